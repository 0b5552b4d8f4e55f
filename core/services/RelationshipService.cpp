#include "RelationshipService.h"

#include "common/MessageLanguage.h"
#include "domain/Countries.h"
#include "security/InvitationLinks.h"
#include "services/DirectoryService.h"
#include "services/InvitationService.h"
#include "services/Workspace.h"
#include "storage/CrossPartnerSteps.h"
#include "storage/CustomerStore.h"
#include "storage/PartnerStore.h"
#include "storage/RelationshipStore.h"

#include <QLocale>

namespace {

// What messages about a relationship are related to.
const QString RelationshipType = QStringLiteral("IndirectRelationship");

QString shortDate(const QDateTime& at)
{
    return MessageLanguage::current().toString(at.toLocalTime(), QLocale::ShortFormat);
}

} // namespace

RelationshipService::RelationshipService(Workspace& workspace)
    : m_workspace(workspace)
{
}

Result<QList<ProviderListing>> RelationshipService::findProviders(const Session& stale, const QString& country,
                                                                  const QList<ProviderService>& services) const
{
    const auto acting = m_workspace.actFor(stale);
    auto session = m_workspace.authorize(stale, Action::FindProviders);
    if (!session) {
        return session.error();
    }
    auto listings = PartnerStore::listings(m_workspace.db(), country.isEmpty() ? session->tenant.country : country);
    if (!listings) {
        return listings.error();
    }
    QList<ProviderListing> found;
    for (const ProviderListing& listing : listings.value()) {
        const bool offersAll = std::all_of(services.cbegin(), services.cend(),
                                           [&listing](ProviderService s) { return listing.services.contains(s); });
        if (listing.official && listing.status == PartnerStatus::Active && offersAll) {
            found << listing;
        }
    }
    return found;
}

Result<InvitationPreview> RelationshipService::check(const Session& stale, const QString& link) const
{
    const auto acting = m_workspace.actFor(stale);
    auto preview = m_workspace.invitations().open(link);
    if (!preview) {
        return preview.error();
    }
    if (preview->kind != InvitationKind::ResellerOfProvider) {
        return Error(ErrorCode::InvalidInput,
                     tr("This invitation asks a customer for a reseller relationship: a Global administrator of the "
                        "customer's tenant accepts it."),
                     QStringLiteral("link"));
    }
    auto fresh = m_workspace.directory().session(stale.user.id);
    if (!fresh) {
        return fresh.error();
    }
    const Session& session = fresh.value();
    // P3: said plainly for those who are not an indirect reseller at all.
    if (!session.partner) {
        return Error(ErrorCode::PermissionDenied,
                     tr("%1 invites an indirect reseller. Sign in as an Admin agent of your reseller's partner "
                        "account to accept; %2 has no partner account.")
                         .arg(preview->partnerName, session.tenant.displayName));
    }
    if (!session.partner->types().contains(PartnerType::IndirectReseller)) {
        return Error(ErrorCode::PermissionDenied,
                     tr("%1 invites an indirect reseller, and %2 is not one. Sign in as an Admin agent of an "
                        "indirect reseller to accept.")
                         .arg(preview->partnerName, session.partner->legal.legalName));
    }
    Status allowed = session.require(Action::AuthorizeProvider);
    if (!allowed) {
        return allowed.error();
    }
    if (preview->partnerAccountId == session.partner->id) {
        return Error(ErrorCode::InvalidInput, tr("This invitation comes from your own partner account."));
    }
    // P5
    auto serves = RelationshipStore::serves(m_workspace.db(), preview->partnerAccountId, session.tenant.country);
    if (!serves) {
        return serves.error();
    }
    if (!serves.value()) {
        return Error(ErrorCode::PermissionDenied,
                     tr("%1 serves resellers in %2, not in %3: a provider can only be authorized by resellers in a "
                        "country it serves.")
                         .arg(preview->partnerName,
                              preview->countriesServed.isEmpty() ? tr("no country yet")
                                                                 : Countries::names(preview->countriesServed),
                              Countries::name(session.tenant.country)));
    }
    auto existing = RelationshipStore::activeBetween(m_workspace.db(), preview->partnerAccountId, session.partner->id);
    if (!existing) {
        return existing.error();
    }
    if (existing.value()) {
        return Error(ErrorCode::Conflict,
                     tr("%1 is already your indirect provider (since %2).")
                         .arg(preview->partnerName, shortDate(existing.value()->since)));
    }
    // S4 the other way round: a partner that is already the other's customer, or holds the other
    // as its customer, would be the provider or reseller of a partner it administers.
    for (const auto& [holder, held] : {std::pair{preview->partnerAccountId, session.partner->id},
                                       std::pair{session.partner->id, preview->partnerAccountId}}) {
        auto serves = CustomerStore::servesTenantOf(m_workspace.db(), holder, held);
        if (!serves) {
            return serves.error();
        }
        if (serves.value()) {
            const bool providerHolds = holder == preview->partnerAccountId;
            const QString customer = providerHolds ? session.partner->legal.legalName : preview->partnerName;
            const QString partner = providerHolds ? preview->partnerName : session.partner->legal.legalName;
            return Error(ErrorCode::PermissionDenied,
                         tr("%1 is a customer of %2, so the two can't work together as indirect provider and "
                            "reseller: %2 would serve as a customer the tenant of its own provider or reseller.")
                             .arg(customer, partner));
        }
    }
    // S5: an invitation older than the pair's last ending was revoked with it, whoever it was
    // sent to.
    auto latest = RelationshipStore::latestBetween(m_workspace.db(), preview->partnerAccountId, session.partner->id);
    if (!latest) {
        return latest.error();
    }
    if (latest.value() && latest.value()->ended.isValid() && preview->created < latest.value()->ended) {
        return InvitationService::revokedError(preview->partnerName, latest.value()->ended);
    }
    return preview;
}

Result<InvitationPreview> RelationshipService::checkAuthorization(const Session& session, const QString& link) const
{
    const auto acting = m_workspace.actFor(session);
    return check(session, link);
}

Result<IndirectRelationship> RelationshipService::authorizeProvider(const Session& stale, const QString& link,
                                                                    bool consent)
{
    const auto acting = m_workspace.actFor(stale);
    return m_workspace.inTransaction([&]() -> Result<IndirectRelationship> {
        auto preview = check(stale, link);
        if (!preview) {
            return preview.error();
        }
        if (!consent) {
            return Error(ErrorCode::InvalidInput,
                         tr("Check the box to confirm that %1 may submit orders and add subscriptions for your "
                            "customers and have administrator access to your tenant.")
                             .arg(preview->partnerName),
                         QStringLiteral("consent"));
        }
        auto session = m_workspace.directory().session(stale.user.id);
        if (!session) {
            return session.error();
        }
        auto token = InvitationLinks::tokenOf(link);
        if (!token) {
            return token.error();
        }
        const QDateTime now = m_workspace.now();
        const QString id = Workspace::newId();
        Status authorized = CrossPartnerSteps::authorizeProvider(m_workspace.db(),
                                                                 {.actorUserId = session->user.id,
                                                                  .invitationToken = token.value(),
                                                                  .relationshipId = id,
                                                                  .at = now,
                                                                  .invitationId = preview->invitationId,
                                                                  .providerAccountId = preview->partnerAccountId,
                                                                  .resellerAccountId = session->partner->id,
                                                                  .resellerTenantId = session->tenant.id});
        if (!authorized) {
            return authorized.error();
        }
        auto relationship = RelationshipStore::byId(m_workspace.db(), id);
        if (!relationship) {
            return relationship.error();
        }
        const IndirectRelationship& r = *relationship.value();
        auto provider = PartnerStore::accountById(m_workspace.db(), r.provider.accountId);
        if (!provider) {
            return provider.error();
        }
        const PartnerAccount& reseller = *session->partner;
        Status toReseller = m_workspace.notify(
            reseller, QStringLiteral("indirectRelationship.authorized"), RelationshipType, r.id, [&]() {
                return MessageText{
                    tr("%1 is now your indirect provider").arg(r.provider.name),
                    tr("Hello %1,\n\n%2 authorized %3 (Partner ID %4) as the indirect provider of %5 on %6.\n\n%3 may "
                       "now submit orders and add subscriptions on behalf of your customers, and has administrator "
                       "access to your tenant. An Admin agent can end this relationship on the Indirect providers "
                       "page.")
                        .arg(reseller.legal.contactFirstName, session->user.displayName, r.provider.name,
                             r.provider.partnerId, r.reseller.name, shortDate(now))};
            });
        if (!toReseller) {
            return toReseller.error();
        }
        if (provider.value()) {
            const PartnerAccount& to = *provider.value();
            Status toProvider = m_workspace.notify(
                to, QStringLiteral("indirectRelationship.authorized"), RelationshipType, r.id, [&]() {
                    return MessageText{
                        tr("%1 accepted your invitation").arg(r.reseller.name),
                        tr("Hello %1,\n\n%2 (Partner ID %3) authorized %4 as its indirect provider on %5. It is now "
                           "on your Indirect resellers page.")
                            .arg(to.legal.contactFirstName, r.reseller.name, r.reseller.partnerId, r.provider.name,
                                 shortDate(now))};
                });
            if (!toProvider) {
                return toProvider.error();
            }
        }
        return r;
    });
}

Result<QList<IndirectRelationship>> RelationshipService::providersOf(const Session& stale) const
{
    const auto acting = m_workspace.actFor(stale);
    auto session = m_workspace.authorize(stale, Action::ViewIndirectPartners);
    if (!session) {
        return session.error();
    }
    return RelationshipStore::ofReseller(m_workspace.db(), session->partner->id);
}

Result<QList<IndirectRelationship>> RelationshipService::resellersOf(const Session& stale, SharedCounts counts) const
{
    const auto acting = m_workspace.actFor(stale);
    auto session = m_workspace.authorize(stale, Action::ViewIndirectPartners);
    if (!session) {
        return session.error();
    }
    return RelationshipStore::ofProvider(m_workspace.db(), session->partner->id, counts == SharedCounts::Now);
}

Result<RelationshipService::SharedCountsRead> RelationshipService::sharedCountsRead(const Session& stale) const
{
    const auto acting = m_workspace.actFor(stale);
    auto session = m_workspace.authorize(stale, Action::ViewIndirectPartners);
    if (!session) {
        return session.error();
    }
    return SharedCountsRead([provider = session->partner->id](const QSqlDatabase& db) {
        return RelationshipStore::sharedCounts(db, provider);
    });
}

Result<IndirectRelationship> RelationshipService::partyTo(const Session& session, const QString& relationshipId) const
{
    const auto acting = m_workspace.actFor(session);
    auto found = RelationshipStore::byId(m_workspace.db(), relationshipId);
    if (!found) {
        return found.error();
    }
    const QString own = session.partner->id;
    // V1: a relationship between others is as good as none.
    if (!found.value() || (found.value()->provider.accountId != own && found.value()->reseller.accountId != own)) {
        return Error(ErrorCode::NotFound, tr("This relationship doesn't exist."));
    }
    return *found.value();
}

Result<QList<SharedCustomer>> RelationshipService::sharedCustomers(const Session& stale,
                                                                   const QString& relationshipId) const
{
    const auto acting = m_workspace.actFor(stale);
    auto session = m_workspace.authorize(stale, Action::ViewCustomers);
    if (!session) {
        return session.error();
    }
    auto found = partyTo(session.value(), relationshipId);
    if (!found) {
        return found.error();
    }
    // V1: an ended relationship shares nothing; what the two still have in common is no longer
    // the other's business.
    if (found->status != RelationshipStatus::Active) {
        return QList<SharedCustomer>();
    }
    return CustomerStore::sharedCustomers(m_workspace.db(), found->reseller.accountId, found->provider.accountId);
}

Result<IndirectRelationship> RelationshipService::end(const Session& stale, const QString& relationshipId)
{
    const auto acting = m_workspace.actFor(stale);
    auto session = m_workspace.authorize(stale, Action::EndIndirectRelationship);
    if (!session) {
        return session.error();
    }
    return m_workspace.inTransaction([&]() -> Result<IndirectRelationship> {
        auto found = partyTo(session.value(), relationshipId);
        if (!found) {
            return found.error();
        }
        const IndirectRelationship& before = found.value();
        if (before.status != RelationshipStatus::Active) {
            return Error(ErrorCode::InvalidState,
                         tr("The relationship between %1 and %2 already ended on %3.")
                             .arg(before.provider.name, before.reseller.name, shortDate(before.ended)));
        }
        const QDateTime now = m_workspace.now();
        Status ended = CrossPartnerSteps::endRelationship(
            m_workspace.db(),
            {.actorUserId = session->user.id,
             .relationshipId = before.id,
             .declineReason
             = tr("The indirect relationship between %1 and %2 ended.").arg(before.provider.name, before.reseller.name),
             .at = now});
        if (!ended) {
            return ended.error();
        }
        auto after = RelationshipStore::byId(m_workspace.db(), before.id);
        if (!after) {
            return after.error();
        }
        const IndirectRelationship& r = *after.value();
        const QString endedBy = session->partner->legal.legalName;
        for (const QString& side : {r.provider.accountId, r.reseller.accountId}) {
            auto party = PartnerStore::accountById(m_workspace.db(), side);
            if (!party) {
                return party.error();
            }
            if (!party.value()) {
                continue;
            }
            const PartnerAccount& to = *party.value();
            Status told
                = m_workspace.notify(to, QStringLiteral("indirectRelationship.ended"), RelationshipType, r.id, [&]() {
                      return MessageText{
                          tr("The relationship between %1 and %2 has ended").arg(r.provider.name, r.reseller.name),
                          tr("Hello %1,\n\n%2 of %3 ended the indirect relationship between %4 (provider) and %5 "
                             "(reseller) on %6.\n\n%4 can no longer submit orders or add subscriptions for the "
                             "customers of %5, and no longer serves the customers it served only through %5. The "
                             "relationship stays as history on the Indirect providers and Indirect resellers pages.")
                              .arg(to.legal.contactFirstName, session->user.displayName, endedBy, r.provider.name,
                                   r.reseller.name, shortDate(now))};
                  });
            if (!told) {
                return told.error();
            }
        }
        return r;
    });
}

Status RelationshipService::requireActiveRelationship(const Session& stale, const QString& resellerAccountId) const
{
    const auto acting = m_workspace.actFor(stale);
    // Acting for a reseller is ordering for its customers: an Active provider's Admin or Sales
    // agent (E10, U2), for an Active reseller, while their relationship is Active (P6, C5).
    auto session = m_workspace.authorize(stale, Action::SubmitOrders);
    if (!session) {
        return session.error();
    }
    auto latest = RelationshipStore::latestBetween(m_workspace.db(), session->partner->id, resellerAccountId);
    if (!latest) {
        return latest.error();
    }
    if (!latest.value()) {
        return Error(ErrorCode::PermissionDenied,
                     tr("This reseller has not authorized you as its indirect provider, "
                        "so you can't act for it or its customers."));
    }
    const IndirectRelationship& r = *latest.value();
    if (r.status != RelationshipStatus::Active) {
        return Error(ErrorCode::PermissionDenied,
                     tr("The relationship with %1 ended on %2: %3 can no longer act for it or its customers.")
                         .arg(r.reseller.name, shortDate(r.ended), r.provider.name));
    }
    if (r.reseller.status != PartnerStatus::Active) {
        return Error(ErrorCode::InvalidState,
                     tr("The partner account of %1 is %2: nobody can act for it until it is "
                        "Active again.")
                         .arg(r.reseller.name, Enums::displayName(r.reseller.status).toLower()));
    }
    return {};
}
