#include "CustomerService.h"

#include "common/Csv.h"
#include "common/MessageLanguage.h"
#include "security/InvitationLinks.h"
#include "services/AccountService.h"
#include "services/DirectoryService.h"
#include "services/InvitationService.h"
#include "services/Workspace.h"
#include "storage/CrossPartnerSteps.h"
#include "storage/CustomerListStore.h"
#include "storage/CustomerStore.h"
#include "storage/DirectoryStore.h"
#include "storage/PartnerStore.h"
#include "storage/RelationshipStore.h"

#include <QIODevice>
#include <QLocale>

namespace {

// The relationship as the viewer holds it, in English; relationshipName() translates it.
const char* relationshipText(PartnerType viewer, bool delegatedAdmin)
{
    if (viewer == PartnerType::IndirectProvider) {
        return QT_TRANSLATE_NOOP("CustomerService", "Indirect provider");
    }
    return delegatedAdmin ? QT_TRANSLATE_NOOP("CustomerService", "Reseller with administration")
                          : QT_TRANSLATE_NOOP("CustomerService", "Reseller");
}

// Who is listing customers, once the session may (read on the person's connection).
Result<CustomerListStore::Viewer> viewerOf(Workspace& workspace, const Session& stale)
{
    const auto acting = workspace.actFor(stale);
    auto session = workspace.authorize(stale, Action::ViewCustomers);
    if (!session) {
        return session.error();
    }
    if (!session->partner) {
        return Error(ErrorCode::PermissionDenied,
                     CustomerService::tr("Only a partner's users see a list of customers."));
    }
    return CustomerListStore::Viewer{session->partner->id, session->partner->type};
}

} // namespace

CustomerService::CustomerService(Workspace& workspace)
    : m_workspace(workspace)
    , m_probes(std::make_shared<CustomerListProbes>())
{
}

Result<QList<CustomerPartner>> CustomerService::partnersOf(const Session& session) const
{
    const auto acting = m_workspace.actFor(session);
    auto customer = m_workspace.authorize(session, &Session::requireCustomerAdministrator);
    if (!customer) {
        return customer.error();
    }
    return CustomerStore::partnersOfTenant(m_workspace.db(), customer->tenant.id);
}

Result<InvitationPreview> CustomerService::customerInvitation(const QString& link) const
{
    auto preview = m_workspace.invitations().open(link);
    if (!preview) {
        return preview.error();
    }
    if (preview->kind == InvitationKind::ResellerOfProvider) {
        return Error(ErrorCode::InvalidInput,
                     tr("This invitation asks an indirect reseller to authorize a provider: an Admin agent of the "
                        "reseller accepts it."),
                     QStringLiteral("link"));
    }
    if (preview->kind == InvitationKind::CustomerOfResellerAndProvider) {
        // C1, P6: the provider comes with the reseller only while they still work together.
        if (!preview->providerWorksWithPartner) {
            return Error(ErrorCode::InvalidState,
                         tr("%1 no longer works with the indirect provider named in this invitation, so it can't be "
                            "accepted. Ask %1 for a new invitation.")
                             .arg(preview->partnerName),
                         QStringLiteral("link"));
        }
    }
    return preview;
}

Status CustomerService::checkTenant(const Session& session, const InvitationPreview& invitation) const
{
    const auto acting = m_workspace.actFor(session);
    if (session.tenant.isProgram) {
        return Error(ErrorCode::PermissionDenied, tr("The program's tenant can't become a customer."));
    }
    if (!session.isGlobalAdministrator()) {
        return Error(ErrorCode::PermissionDenied,
                     tr("Only a Global administrator of %1 can accept for it, and %2 is not one. Sign in as a Global "
                        "administrator.")
                         .arg(session.tenant.displayName, session.user.displayName));
    }
    if (session.partner
        && (session.partner->id == invitation.partnerAccountId
            || session.partner->id == invitation.providerAccountId)) {
        return Error(ErrorCode::InvalidInput, tr("A partner can't become its own customer."));
    }
    // S4: a partner would administer the tenant of its own provider or reseller.
    if (session.partner) {
        const QSqlDatabase db = m_workspace.db();
        const QString own = session.partner->id;
        for (const auto& [partnerId, partnerName] :
             {std::pair{invitation.partnerAccountId, invitation.partnerName},
              std::pair{invitation.providerAccountId, invitation.providerName}}) {
            if (partnerId.isEmpty()) {
                continue;
            }
            for (const auto& [provider, reseller] : {std::pair{partnerId, own}, std::pair{own, partnerId}}) {
                auto related = RelationshipStore::activeBetween(db, provider, reseller);
                if (!related) {
                    return related.error();
                }
                if (related.value()) {
                    return Error(ErrorCode::PermissionDenied,
                                 tr("%1 has an indirect relationship with %2, so it can't become a customer of %2: "
                                    "%2 would hold administrator access to the tenant of its own provider or "
                                    "reseller.")
                                     .arg(session.partner->legal.legalName, partnerName));
                }
            }
        }
    }
    auto customer = CustomerStore::customerOfTenant(m_workspace.db(), session.tenant.id);
    if (!customer) {
        return customer.error();
    }
    if (!customer.value()) {
        return {};
    }
    // C4: a customer that already has every partner asked for has nothing to accept.
    for (const QString& partner : {invitation.partnerAccountId, invitation.providerAccountId}) {
        if (partner.isEmpty()) {
            continue;
        }
        auto has = CustomerStore::hasActiveRelationship(m_workspace.db(), customer.value()->id, partner);
        if (!has) {
            return has.error();
        }
        if (!has.value()) {
            return {};
        }
    }
    return Error(ErrorCode::Conflict,
                 invitation.providerName.isEmpty()
                     ? tr("%1 is already a reseller of %2.").arg(invitation.partnerName, session.tenant.displayName)
                     : tr("%1 and %2 are already resellers of %3.")
                           .arg(invitation.partnerName, invitation.providerName, session.tenant.displayName));
}

Result<InvitationPreview> CustomerService::checkAcceptance(const Session& stale, const QString& link) const
{
    const auto acting = m_workspace.actFor(stale);
    auto preview = customerInvitation(link);
    if (!preview) {
        return preview.error();
    }
    auto session = m_workspace.directory().session(stale.user.id);
    if (!session) {
        return session.error();
    }
    Status allowed = checkTenant(session.value(), preview.value());
    if (!allowed) {
        return allowed.error();
    }
    return preview;
}

namespace {

Error consentMissing()
{
    return Error(ErrorCode::InvalidInput,
                 CustomerService::tr("Check the box to confirm that these partners may serve your organization."),
                 QStringLiteral("consent"));
}

} // namespace

Result<Customer> CustomerService::accept(const Session& stale, const QString& link, bool consent)
{
    const auto acting = m_workspace.actFor(stale);
    return m_workspace.inTransaction([&]() -> Result<Customer> {
        auto preview = checkAcceptance(stale, link);
        if (!preview) {
            return preview.error();
        }
        if (!consent) {
            return consentMissing();
        }
        auto session = m_workspace.directory().session(stale.user.id);
        if (!session) {
            return session.error();
        }
        return connect(session.value(), link, preview.value(), std::nullopt);
    });
}

QList<Error> CustomerService::validateNewCustomer(const NewCustomer& input) const
{
    QList<Error> errors = m_workspace.directory().validateNewTenant(input.tenant, input.administrator);
    // The company's address is in the tenant's country, which the tenant's own field checks.
    LegalBusinessProfile company = input.company;
    company.address.country = input.tenant.country.trimmed();
    for (const Error& error : AccountService::validate(company)) {
        if (error.field() != QLatin1String("country")) {
            errors << error;
        }
    }
    return errors;
}

Result<Session> CustomerService::acceptAsNewCustomer(const QString& link, const NewCustomer& input, bool consent)
{
    // Refusals that need no tenant come first, before hashing's cost.
    auto preview = customerInvitation(link);
    if (!preview) {
        return preview.error();
    }
    if (!consent) {
        return consentMissing();
    }
    const QList<Error> errors = validateNewCustomer(input);
    if (!errors.isEmpty()) {
        return errors.constFirst();
    }
    const StoredPassword password = m_workspace.directory().hashPassword(input.administrator.password);
    auto accepted = m_workspace.inTransaction([&]() -> Result<Session> {
        auto tenant = m_workspace.directory().createTenant(input.tenant, input.administrator, password);
        if (!tenant) {
            return tenant.error();
        }
        auto admin = DirectoryStore::userByUpn(m_workspace.db(),
                                               Tenant::upnFor(input.administrator.userName, tenant->defaultDomain()));
        if (!admin) {
            return admin.error();
        }
        if (!admin.value()) {
            return Error(ErrorCode::Storage, tr("The new tenant's administrator could not be read back."));
        }
        auto session = m_workspace.directory().session(admin.value()->id);
        if (!session) {
            return session.error();
        }
        auto again = customerInvitation(link); // still Pending, now under the write lock
        if (!again) {
            return again.error();
        }
        LegalBusinessProfile company = AccountService::normalized(input.company);
        company.address.country = tenant->country;
        auto customer = connect(session.value(), link, again.value(), company);
        if (!customer) {
            return customer.error();
        }
        return m_workspace.directory().session(admin.value()->id);
    });
    // The new administrator's login exists once the tenant is committed.
    return m_workspace.connected(accepted, input.administrator.password);
}

Result<Customer> CustomerService::connect(const Session& session, const QString& link,
                                          const InvitationPreview& invitation,
                                          const std::optional<LegalBusinessProfile>& company)
{
    const auto acting = m_workspace.actFor(session);
    const QSqlDatabase db = m_workspace.db();
    const QDateTime now = m_workspace.now();
    auto token = InvitationLinks::tokenOf(link);
    if (!token) {
        return token.error();
    }
    auto existing = CustomerStore::customerOfTenant(db, session.tenant.id);
    if (!existing) {
        return existing.error();
    }
    Customer customer;
    if (existing.value()) {
        customer = *existing.value();
    } else {
        customer.id = Workspace::newId();
        customer.tenantId = session.tenant.id;
        if (company) {
            customer.company = *company;
        } else {
            customer.company.legalName = session.tenant.displayName;
        }
        customer.company.address.country = session.tenant.country;
        customer.created = now;
    }
    auto began = CrossPartnerSteps::acceptCustomerInvitation(db,
                                                             {.actorUserId = session.user.id,
                                                              .invitationToken = token.value(),
                                                              .customer = customer,
                                                              .isNew = !existing.value(),
                                                              .at = now,
                                                              .invitationId = invitation.invitationId,
                                                              .resellerAccountId = invitation.partnerAccountId,
                                                              .providerAccountId = invitation.providerAccountId});
    if (!began) {
        return began.error();
    }
    for (const QString& partnerId : began.value()) {
        auto account = PartnerStore::accountById(db, partnerId);
        if (!account) {
            return account.error();
        }
        if (!account.value()) {
            continue;
        }
        const bool delegatedAdmin = partnerId == invitation.partnerAccountId;
        const PartnerAccount& to = *account.value();
        Status sent = m_workspace.notify(
            to, QStringLiteral("customer.invitationAccepted"), QStringLiteral("Customer"), customer.id, [&]() {
                const QString when = MessageLanguage::current().toString(now.toLocalTime(), QLocale::ShortFormat);
                return MessageText{
                    tr("%1 accepted the invitation of %2").arg(customer.company.legalName, invitation.partnerName),
                    delegatedAdmin
                        ? tr("Hello %1,\n\n%2 of %3 accepted your invitation on %4: %5 is now its reseller of record, "
                             "with administrator access to its subscriptions, licenses and users. It is on your "
                             "Customers page.")
                              .arg(to.legal.contactFirstName, session.user.displayName, customer.company.legalName,
                                   when, invitation.partnerName)
                        : tr("Hello %1,\n\n%2 of %3 accepted the invitation of %4 on %5: %6 may now submit orders "
                             "for %3, which is on your Customers page.")
                              .arg(to.legal.contactFirstName, session.user.displayName, customer.company.legalName,
                                   invitation.partnerName, when, to.legal.legalName)};
            });
        if (!sent) {
            return sent.error();
        }
    }
    return customer;
}

QString CustomerService::relationshipName(PartnerType viewer, bool delegatedAdmin)
{
    return tr(relationshipText(viewer, delegatedAdmin));
}

Result<QList<CustomerRow>> CustomerService::customerPage(const Session& stale, const CustomerListQuery& query,
                                                         const QVariantList& after, int limit) const
{
    const auto acting = m_workspace.actFor(stale);
    auto viewer = viewerOf(m_workspace, stale);
    if (!viewer) {
        return viewer.error();
    }
    return CustomerListStore::page(m_workspace.db(), viewer.value(), query, after, limit, {}, m_probes.get());
}

Result<CustomerCount> CustomerService::countCustomers(const Session& session, const CustomerListQuery& query,
                                                      int cap) const
{
    auto read = countRead(session, query, cap);
    if (!read) {
        return read.error();
    }
    const auto acting = m_workspace.actFor(session);
    return read.value()(m_workspace.db());
}

Result<CustomerService::CountRead> CustomerService::countRead(const Session& stale, const CustomerListQuery& query,
                                                              int cap) const
{
    auto viewer = viewerOf(m_workspace, stale);
    if (!viewer) {
        return viewer.error();
    }
    return CountRead([viewer = viewer.value(), query, cap, probes = m_probes](const QSqlDatabase& db) {
        return CustomerListStore::count(db, viewer, query, cap, {}, probes.get());
    });
}

Status CustomerService::exportCsv(const Session& session, const CustomerListQuery& query, QIODevice& out,
                                  const std::function<bool(qint64)>& progress) const
{
    auto write = exportWrite(session, query);
    if (!write) {
        return write.error();
    }
    const auto acting = m_workspace.actFor(session);
    return write.value()(m_workspace.db(), out, progress);
}

Result<CustomerService::ExportWrite> CustomerService::exportWrite(const Session& stale,
                                                                  const CustomerListQuery& query) const
{
    auto viewer = viewerOf(m_workspace, stale);
    if (!viewer) {
        return viewer.error();
    }
    return ExportWrite([viewer = viewer.value(), query](const QSqlDatabase& db, QIODevice& out,
                                                        const std::function<bool(qint64)>& progress) -> Status {
        const bool reseller = viewer.type == PartnerType::IndirectReseller;
        // Lines go out a chunk at a time: a million writes of a line each cost more than the lines.
        constexpr qsizetype ChunkBytes = 256 * 1024;
        QByteArray chunk
            = Csv::line({QStringLiteral("Microsoft ID"), QStringLiteral("Company name"),
                         QStringLiteral("Primary domain"), QStringLiteral("Relationship"), QStringLiteral("Country"),
                         reseller ? QStringLiteral("Indirect provider") : QStringLiteral("Indirect reseller"),
                         QStringLiteral("Since")});
        chunk.reserve(ChunkBytes + 4096);
        auto flush = [&out, &chunk] {
            const bool written = out.write(chunk) == chunk.size();
            chunk.resize(0);
            return written;
        };
        // Progress is told, and a stop asked for, every so many rows.
        constexpr int ProgressEvery = 1000;
        const QString relationship[2] = {QString::fromLatin1(relationshipText(viewer.type, false)),
                                         QString::fromLatin1(relationshipText(viewer.type, true))};
        qint64 written = 0;
        bool failed = false;
        bool stopped = false;
        Status read = CustomerListStore::forEach(db, viewer, query, [&](const CustomerRow& row) {
            const QString partners = row.partners.join(QStringLiteral("; "));
            const QString since = Csv::isoTime(row.since);
            Csv::appendLine(chunk,
                            {row.tenantId, row.companyName, row.primaryDomain, relationship[row.delegatedAdmin],
                             row.country, partners, since});
            if (chunk.size() >= ChunkBytes && !flush()) {
                failed = true;
                return false;
            }
            ++written;
            if (written % ProgressEvery == 0 && progress && !progress(written)) {
                stopped = true;
                return false;
            }
            return true;
        });
        if (!failed && !stopped && read && !flush()) {
            failed = true;
        }
        if (failed) {
            return Error(ErrorCode::Storage, tr("The file could not be written: %1").arg(out.errorString()));
        }
        if (!stopped && read && progress && !progress(written)) {
            stopped = true;
        }
        if (stopped) {
            return Error(ErrorCode::InvalidState,
                         tr("The export was stopped after %n customers.", nullptr, int(written)));
        }
        return read;
    });
}
