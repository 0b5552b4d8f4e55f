#include "ReferralService.h"

#include "common/MessageLanguage.h"
#include "domain/Countries.h"
#include "domain/Validators.h"
#include "services/InvitationService.h"
#include "services/Workspace.h"
#include "storage/InvitationStore.h"
#include "storage/PartnerStore.h"
#include "storage/ReferralStore.h"
#include "storage/RelationshipStore.h"

#include <QJsonObject>
#include <QLocale>

namespace {

const QString SubjectType = QStringLiteral("Referral");

QJsonObject details(const Referral& r)
{
    QJsonObject d{{QStringLiteral("company"), r.companyName},
                  {QStringLiteral("source"), Enums::key(r.source)},
                  {QStringLiteral("status"), Enums::key(r.status)}};
    if (!r.referredByAccountId.isEmpty()) {
        d.insert(QStringLiteral("referredBy"), r.referredByName);
    }
    if (!r.invitationId.isEmpty()) {
        d.insert(QStringLiteral("invitation"), r.invitationId);
    }
    return d;
}

QString shortDate(const QDateTime& at)
{
    return MessageLanguage::current().toString(at.toLocalTime(), QLocale::ShortFormat);
}

bool isReseller(const Session& session)
{
    return session.partner && session.partner->types().contains(PartnerType::IndirectReseller);
}

bool isProvider(const Session& session)
{
    return session.partner && session.partner->types().contains(PartnerType::IndirectProvider);
}

} // namespace

ReferralService::ReferralService(Workspace& workspace)
    : m_workspace(workspace)
{
}

Result<QList<Referral>> ReferralService::referrals(const Session& stale) const
{
    const auto acting = m_workspace.actFor(stale);
    auto session = m_workspace.authorize(stale, Action::ManageReferrals);
    if (!session) {
        return session.error();
    }
    QList<Referral> all;
    if (isReseller(session.value())) {
        auto own = ReferralStore::ofReseller(m_workspace.db(), session->partner->id);
        if (!own) {
            return own.error();
        }
        all << own.value();
    }
    if (isProvider(session.value())) {
        auto referred = ReferralStore::referredBy(m_workspace.db(), session->partner->id);
        if (!referred) {
            return referred.error();
        }
        for (const Referral& r : referred.value()) {
            if (r.partnerAccountId != session->partner->id) {
                all << r;
            }
        }
        // Both lists are newest first; an account that is both sees them as one.
        std::stable_sort(all.begin(), all.end(),
                         [](const Referral& a, const Referral& b) { return a.created > b.created; });
    }
    return all;
}

QList<Error> ReferralService::validate(const ReferralDraft& draft) const
{
    QList<Error> errors;
    auto tooLong = [&errors](const QString& value, int max, const QString& message, const QString& field) {
        if (value.trimmed().size() > max) {
            errors << Error(ErrorCode::InvalidInput, message.arg(max), field);
            return true;
        }
        return false;
    };
    if (!tooLong(draft.companyName, CompanyNameMaxLength,
                 tr("The company name is too long. Use at most %1 characters."), QStringLiteral("companyName"))) {
        collectError(errors, Validators::required(draft.companyName, tr("the company name")),
                     QStringLiteral("companyName"));
    }
    tooLong(draft.contactName, ContactNameMaxLength, tr("The contact's name is too long. Use at most %1 characters."),
            QStringLiteral("contactName"));
    collectError(errors, Validators::email(draft.contactEmail), QStringLiteral("contactEmail"));
    if (!draft.contactPhone.trimmed().isEmpty()) {
        collectError(errors, Validators::phone(draft.contactPhone, draft.country.trimmed()),
                     QStringLiteral("contactPhone"));
    }
    if (!draft.country.trimmed().isEmpty()) {
        collectError(errors, Validators::countryCode(draft.country), QStringLiteral("country"));
    }
    tooLong(draft.notes, NotesMaxLength, tr("The notes are too long. Use at most %1 characters."),
            QStringLiteral("notes"));
    return errors;
}

Referral ReferralService::fromDraft(const ReferralDraft& draft) const
{
    Referral r;
    r.id = Workspace::newId();
    r.source = draft.source;
    r.companyName = draft.companyName.simplified();
    r.contactName = draft.contactName.simplified();
    r.contactEmail = Validators::normalizedEmail(draft.contactEmail);
    r.contactPhone = draft.contactPhone.trimmed().isEmpty()
        ? QString()
        : Validators::normalizedPhone(draft.contactPhone, draft.country.trimmed());
    r.country = draft.country.trimmed();
    r.notes = draft.notes.trimmed();
    r.status = ReferralStatus::New;
    r.created = m_workspace.now();
    r.updated = r.created;
    return r;
}

Result<Referral> ReferralService::add(const Session& stale, const ReferralDraft& draft)
{
    const auto acting = m_workspace.actFor(stale);
    auto session = m_workspace.authorize(stale, Action::ManageReferrals);
    if (!session) {
        return session.error();
    }
    if (!isReseller(session.value())) {
        return Error(ErrorCode::PermissionDenied,
                     tr("Only an indirect reseller records its own leads. As an indirect provider, refer a lead to "
                        "one of your resellers."));
    }
    if (draft.source == ReferralSource::IndirectProvider) {
        return Error(ErrorCode::InvalidInput,
                     tr("Choose Own marketing or Microsoft referral: leads from an indirect provider arrive when the "
                        "provider refers them to you."),
                     QStringLiteral("source"));
    }
    const QList<Error> problems = validate(draft);
    if (!problems.isEmpty()) {
        return problems.constFirst();
    }
    return m_workspace.inTransaction([&]() -> Result<Referral> {
        Referral r = fromDraft(draft);
        r.partnerAccountId = session->partner->id;
        Status stored = ReferralStore::insert(m_workspace.db(), r);
        if (!stored) {
            return stored.error();
        }
        auto found = ReferralStore::byId(m_workspace.db(), r.id);
        if (!found) {
            return found.error();
        }
        const Referral& added = *found.value();
        Status audited = m_workspace.audit(&session.value(), QStringLiteral("referral.created"), SubjectType, added.id,
                                           details(added));
        if (!audited) {
            return audited.error();
        }
        return added;
    });
}

Result<Referral> ReferralService::refer(const Session& stale, const QString& resellerAccountId,
                                        const ReferralDraft& draft)
{
    const auto acting = m_workspace.actFor(stale);
    auto session = m_workspace.authorize(stale, Action::ManageReferrals);
    if (!session) {
        return session.error();
    }
    if (!isProvider(session.value())) {
        return Error(ErrorCode::PermissionDenied,
                     tr("Only an indirect provider refers leads to its resellers. Record your own leads with New "
                        "referral."));
    }
    if (session->partner->status != PartnerStatus::Active) {
        return Error(ErrorCode::InvalidState,
                     tr("Your partner account is %1: you can refer leads once it is Active.")
                         .arg(Enums::displayName(session->partner->status).toLower()));
    }
    const QList<Error> problems = validate(draft);
    if (!problems.isEmpty()) {
        return problems.constFirst();
    }
    return m_workspace.inTransaction([&]() -> Result<Referral> {
        auto relationship = RelationshipStore::activeBetween(m_workspace.db(), session->partner->id, resellerAccountId);
        if (!relationship) {
            return relationship.error();
        }
        // V1: a reseller that has not authorized this provider is not named, only refused.
        if (!relationship.value()) {
            return Error(ErrorCode::PermissionDenied,
                         tr("Choose one of your indirect resellers: you can refer a lead only to a reseller that has "
                            "an active relationship with you."),
                         QStringLiteral("reseller"));
        }
        const IndirectRelationship& rel = *relationship.value();
        if (rel.reseller.status != PartnerStatus::Active) {
            return Error(ErrorCode::InvalidState,
                         tr("The partner account of %1 is %2: refer leads to it once it is Active again.")
                             .arg(rel.reseller.name, Enums::displayName(rel.reseller.status).toLower()),
                         QStringLiteral("reseller"));
        }
        Referral r = fromDraft(draft);
        r.source = ReferralSource::IndirectProvider;
        r.partnerAccountId = rel.reseller.accountId;
        r.referredByAccountId = session->partner->id;
        Status stored = ReferralStore::insert(m_workspace.db(), r);
        if (!stored) {
            return stored.error();
        }
        auto found = ReferralStore::byId(m_workspace.db(), r.id);
        if (!found) {
            return found.error();
        }
        const Referral& referred = *found.value();
        for (const QString& side : {referred.referredByAccountId, referred.partnerAccountId}) {
            Status audited = m_workspace.auditFor(side, &session.value(), QStringLiteral("referral.referred"),
                                                  SubjectType, referred.id, details(referred));
            if (!audited) {
                return audited.error();
            }
        }
        auto reseller = PartnerStore::accountById(m_workspace.db(), referred.partnerAccountId);
        if (!reseller) {
            return reseller.error();
        }
        if (reseller.value()) {
            const PartnerAccount& to = *reseller.value();
            Status sent = m_workspace.notify(to, QStringLiteral("referral.referred"), SubjectType, referred.id, [&]() {
                const QString none = tr("(not given)");
                return MessageText{
                    tr("%1 referred a lead to you: %2").arg(referred.referredByName, referred.companyName),
                    tr("Hello %1,\n\n%2 of %3 referred a lead to %4 on %5:\n\nCompany: %6\nContact: %7\nEmail: "
                       "%8\nPhone: %9\n")
                            .arg(to.legal.contactFirstName, session->user.displayName, referred.referredByName,
                                 referred.partnerName, shortDate(referred.created), referred.companyName,
                                 referred.contactName.isEmpty() ? none : referred.contactName, referred.contactEmail,
                                 referred.contactPhone.isEmpty() ? none : referred.contactPhone)
                        + tr("Country/region: %1\nNotes: %2\n\nIt is on your Referrals page as New. Invite the "
                             "customer from there to request a reseller relationship.")
                              .arg(referred.country.isEmpty() ? none : Countries::name(referred.country),
                                   referred.notes.isEmpty() ? none : referred.notes)};
            });
            if (!sent) {
                return sent.error();
            }
        }
        return referred;
    });
}

Result<Referral> ReferralService::visible(const Session& session, const QString& referralId) const
{
    const auto acting = m_workspace.actFor(session);
    auto found = ReferralStore::byId(m_workspace.db(), referralId);
    if (!found) {
        return found.error();
    }
    const QString own = session.partner->id;
    // V1: another partner's referral is as good as none.
    if (!found.value() || (found.value()->partnerAccountId != own && found.value()->referredByAccountId != own)) {
        return Error(ErrorCode::NotFound, tr("This referral doesn't exist."));
    }
    return *found.value();
}

Result<Referral> ReferralService::owned(const Session& session, const QString& referralId) const
{
    const auto acting = m_workspace.actFor(session);
    auto found = visible(session, referralId);
    if (!found) {
        return found;
    }
    if (found->partnerAccountId != session.partner->id) {
        return Error(ErrorCode::PermissionDenied,
                     tr("Only %1, the reseller working on the lead %2, can change it.")
                         .arg(found->partnerName, found->companyName));
    }
    return found;
}

Status ReferralService::setStatus(const Session& stale, const QString& referralId, ReferralStatus status)
{
    const auto acting = m_workspace.actFor(stale);
    auto session = m_workspace.authorize(stale, Action::ManageReferrals);
    if (!session) {
        return session.error();
    }
    return m_workspace.inTransaction([&]() -> Status {
        auto before = owned(session.value(), referralId);
        if (!before) {
            return before.error();
        }
        if (!before->canMoveTo(status)) {
            //: %1 is a company, %2 and %3 are referral statuses such as New and Won.
            return Error(ErrorCode::InvalidState,
                         tr("The referral of %1 is %2, so it can't be marked %3. A new referral is accepted or lost; "
                            "an accepted one is won or lost.")
                             .arg(before->companyName, Enums::displayName(before->status), Enums::displayName(status)));
        }
        const QDateTime now = m_workspace.now();
        Status updated = ReferralStore::updateStatus(m_workspace.db(), before->id, before->status, status, now);
        if (!updated) {
            return updated;
        }
        Referral after = before.value();
        after.status = status;
        after.updated = now;
        return recordChange(session.value(), before.value(), after, QStringLiteral("referral.statusChanged"));
    });
}

Status ReferralService::linkInvitation(const Session& stale, const QString& referralId, const QString& invitationId)
{
    const auto acting = m_workspace.actFor(stale);
    auto session = m_workspace.authorize(stale, Action::ManageReferrals);
    if (!session) {
        return session.error();
    }
    return m_workspace.inTransaction([&]() -> Status {
        auto before = owned(session.value(), referralId);
        if (!before) {
            return before.error();
        }
        if (!before->isOpen()) {
            return Error(ErrorCode::InvalidState,
                         tr("The referral of %1 is %2: it can no longer become an invitation.")
                             .arg(before->companyName, Enums::displayName(before->status)));
        }
        if (before->invitationId == invitationId) {
            return {}; // recorded again after a copy: linked already
        }
        const QDateTime now = m_workspace.now();
        auto invitation = InvitationStore::byId(m_workspace.db(), invitationId, now);
        if (!invitation) {
            return invitation.error();
        }
        // V1: another partner's invitation is as good as none.
        if (!invitation.value() || invitation.value()->invitingPartnerId != session->partner->id) {
            return Error(ErrorCode::NotFound, tr("This invitation doesn't exist."));
        }
        const Invitation& sent = *invitation.value();
        if (sent.kind == InvitationKind::ResellerOfProvider) {
            return Error(ErrorCode::InvalidInput,
                         tr("Only an invitation that asks a customer for a reseller relationship can come from a "
                            "referral."));
        }
        if (sent.status == InvitationStatus::Revoked || sent.status == InvitationStatus::Expired) {
            return Error(ErrorCode::InvalidState,
                         tr("The invitation to %1 is %2: send a new one.")
                             .arg(sent.recipientEmail, Enums::displayName(sent.status).toLower()));
        }
        Status linked = ReferralStore::linkInvitation(m_workspace.db(), before->id, sent.id, before->status,
                                                      ReferralStatus::Accepted, now);
        if (!linked) {
            return linked;
        }
        Referral after = before.value();
        after.status = ReferralStatus::Accepted;
        after.invitationId = sent.id;
        after.updated = now;
        return recordChange(session.value(), before.value(), after, QStringLiteral("referral.invited"));
    });
}

Result<Invitation> ReferralService::invite(const Session& session, const QString& referralId,
                                           const InvitationDraft& draft)
{
    const auto acting = m_workspace.actFor(session);
    return m_workspace.inTransaction([&]() -> Result<Invitation> {
        auto recorded = m_workspace.invitations().record(session, draft);
        if (!recorded) {
            return recorded.error();
        }
        Status linked = linkInvitation(session, referralId, recorded->id);
        if (!linked) {
            return linked.error();
        }
        return recorded.value();
    });
}

Status ReferralService::recordChange(const Session& session, const Referral& before, const Referral& after,
                                     const QString& action)
{
    const auto acting = m_workspace.actFor(session);
    QJsonObject d = details(after);
    d.insert(QStringLiteral("fromStatus"), Enums::key(before.status));
    Status audited = m_workspace.audit(&session, action, SubjectType, after.id, d);
    if (!audited) {
        return audited;
    }
    if (after.referredByAccountId.isEmpty()) {
        return {};
    }
    audited = m_workspace.auditFor(after.referredByAccountId, &session, action, SubjectType, after.id, d);
    if (!audited) {
        return audited;
    }
    if (before.status == after.status) {
        return {};
    }
    auto provider = PartnerStore::accountById(m_workspace.db(), after.referredByAccountId);
    if (!provider) {
        return provider.error();
    }
    if (!provider.value()) {
        return {};
    }
    const PartnerAccount& to = *provider.value();
    return m_workspace.notify(to, QStringLiteral("referral.statusChanged"), SubjectType, after.id, [&]() {
        MessageText text;
        //: %1 is the company referred, %2 its new status such as Won.
        text.subject
            = tr("The lead you referred, %1, is now %2").arg(after.companyName, Enums::displayName(after.status));
        text.body
            = tr("Hello %1,\n\n%2 of %3 moved the lead you referred, %4, from %5 to %6 on %7.")
                  .arg(to.legal.contactFirstName, session.user.displayName, after.partnerName, after.companyName,
                       Enums::displayName(before.status), Enums::displayName(after.status), shortDate(after.updated));
        if (!after.invitationId.isEmpty() && after.invitationId != before.invitationId) {
            text.body += QStringLiteral("\n\n")
                + tr("%1 sent %2 an invitation to make it its reseller.").arg(after.partnerName, after.companyName);
        }
        return text;
    });
}
