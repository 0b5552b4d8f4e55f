#include "InvitationService.h"

#include "common/MessageLanguage.h"
#include "domain/Validators.h"
#include "security/InvitationLinks.h"
#include "services/Workspace.h"
#include "storage/DirectoryStore.h"
#include "storage/InvitationStore.h"
#include "storage/PartnerStore.h"
#include "storage/RelationshipStore.h"

#include <QJsonObject>
#include <QLocale>

namespace {

// Message templates, translated into the recipient's language rather than the interface's.
constexpr const char* Context = "InvitationMessages";

const char* const ResellerSubject
    = QT_TRANSLATE_NOOP("InvitationMessages", "%1 invites you to connect as an indirect reseller");
const char* const ResellerBody = QT_TRANSLATE_NOOP(
    "InvitationMessages",
    "Hello,\n\n"
    "%1 (Partner ID %2) would like to be your indirect provider in the Cloud Solution Provider program.\n\n"
    "To accept, open this link with PartnerDesk and sign in as an Admin agent of your partner account:\n\n"
    "%3\n\n"
    "When you accept, you authorize %1 to submit orders and add subscriptions on behalf of your customers, and "
    "you grant it administrator access to your tenant. The link works once, until %4.\n\n"
    "Kind regards,\n"
    "%5\n"
    "%1");

const char* const CustomerSubject = QT_TRANSLATE_NOOP("InvitationMessages",
                                                      "%1 asks to become your reseller in the Cloud Solution "
                                                      "Provider program");
const char* const CustomerBody = QT_TRANSLATE_NOOP(
    "InvitationMessages",
    "Hello,\n\n"
    "%1 (Partner ID %2) would like to become a reseller of your organization in the Cloud Solution Provider "
    "program.\n\n"
    "To accept, open this link with PartnerDesk and sign in as a Global administrator of your organization's "
    "tenant, or create your organization's tenant there:\n\n"
    "%3\n\n"
    "When you accept, %1 becomes your reseller of record, with administrator access to manage your subscriptions, "
    "licenses and users on your behalf. The link works once, until %4.\n\n"
    "Kind regards,\n"
    "%5\n"
    "%1");
const char* const CustomerWithProviderSubject = QT_TRANSLATE_NOOP(
    "InvitationMessages", "%1 and %2 ask to become your resellers in the Cloud Solution Provider program");
const char* const CustomerWithProviderBody = QT_TRANSLATE_NOOP(
    "InvitationMessages",
    "Hello,\n\n"
    "%1 (Partner ID %2) and its indirect provider %6 would like to become resellers of your organization in the "
    "Cloud Solution Provider program.\n\n"
    "To accept, open this link with PartnerDesk and sign in as a Global administrator of your organization's "
    "tenant, or create your organization's tenant there:\n\n"
    "%3\n\n"
    "When you accept, %1 becomes your reseller of record, with administrator access to manage your subscriptions, "
    "licenses and users on your behalf, and %6 can submit orders for you. The link works once, until %4.\n\n"
    "Kind regards,\n"
    "%5\n"
    "%1");

// Whether text holds link exactly: found, and not running on into more token characters.
bool containsLink(const QString& text, const QString& link)
{
    for (qsizetype at = text.indexOf(link); at >= 0; at = text.indexOf(link, at + 1)) {
        const qsizetype after = at + link.size();
        if (after == text.size() || !InvitationLinks::isTokenCharacter(text.at(after))) {
            return true;
        }
    }
    return false;
}

QJsonObject details(const Invitation& invitation)
{
    return {{QStringLiteral("kind"), Enums::key(invitation.kind)},
            {QStringLiteral("recipient"), invitation.recipientEmail},
            {QStringLiteral("language"), invitation.language}};
}

} // namespace

InvitationService::InvitationService(Workspace& workspace)
    : m_workspace(workspace)
{
}

Action InvitationService::actionFor(InvitationKind kind)
{
    return kind == InvitationKind::ResellerOfProvider ? Action::InviteResellers : Action::InviteCustomers;
}

Status InvitationService::checkProvider(const Session& session, InvitationKind kind,
                                        const QString& providerAccountId) const
{
    const auto acting = m_workspace.actFor(session);
    if (kind != InvitationKind::CustomerOfResellerAndProvider) {
        if (!providerAccountId.isEmpty()) {
            return Error(ErrorCode::InvalidInput,
                         tr("Only an invitation for the reseller and its provider names a "
                            "provider."));
        }
        return {};
    }
    // C1: the provider the customer is asked to accept too works with this reseller now.
    auto relationship = RelationshipStore::activeBetween(m_workspace.db(), providerAccountId, session.partner->id);
    if (!relationship) {
        return relationship.error();
    }
    if (!relationship.value()) {
        return Error(ErrorCode::PermissionDenied,
                     tr("Choose one of your indirect providers: a customer can only be invited together with a "
                        "provider that has an active relationship with you."),
                     QStringLiteral("provider"));
    }
    if (relationship.value()->provider.status != PartnerStatus::Active) {
        return Error(ErrorCode::InvalidState,
                     tr("The partner account of %1 is %2, so customers can't be invited with it for now.")
                         .arg(relationship.value()->provider.name,
                              Enums::displayName(relationship.value()->provider.status).toLower()),
                     QStringLiteral("provider"));
    }
    return {};
}

Result<InvitationDraft> InvitationService::newDraft(const Session& stale, InvitationKind kind, const QString& language,
                                                    const QString& providerAccountId) const
{
    const auto acting = m_workspace.actFor(stale);
    auto session = m_workspace.authorize(stale, actionFor(kind));
    if (!session) {
        return session.error();
    }
    Status provider = checkProvider(session.value(), kind, providerAccountId);
    if (!provider) {
        return provider.error();
    }
    InvitationDraft draft;
    draft.id = Workspace::newId();
    draft.kind = kind;
    draft.providerAccountId = providerAccountId;
    draft.language = language;
    draft.link = InvitationLinks::link(InvitationLinks::newToken());
    return written(session.value(), draft);
}

Result<InvitationDraft> InvitationService::rewritten(const Session& stale, InvitationDraft draft,
                                                     const QString& language) const
{
    const auto acting = m_workspace.actFor(stale);
    auto session = m_workspace.authorize(stale, actionFor(draft.kind));
    if (!session) {
        return session.error();
    }
    Status provider = checkProvider(session.value(), draft.kind, draft.providerAccountId);
    if (!provider) {
        return provider.error();
    }
    draft.language = language;
    return written(session.value(), draft);
}

Result<InvitationDraft> InvitationService::written(const Session& session, InvitationDraft draft) const
{
    const auto acting = m_workspace.actFor(session);
    if (!MessageLanguage::available().contains(draft.language)) {
        return Error(ErrorCode::InvalidInput, tr("Messages can be written in English or Spanish."),
                     QStringLiteral("language"));
    }
    const PartnerAccount& partner = *session.partner;
    const QLocale locale = MessageLanguage::locale(draft.language);
    const QString expires
        = locale.toString(m_workspace.now().addDays(ValidityDays).toLocalTime().date(), QLocale::LongFormat);
    auto text = [&draft](const char* source) { return MessageLanguage::translate(draft.language, Context, source); };
    switch (draft.kind) {
    case InvitationKind::ResellerOfProvider:
        draft.subject = text(ResellerSubject).arg(partner.legal.legalName);
        draft.body
            = text(ResellerBody)
                  .arg(partner.legal.legalName, partner.partnerId, draft.link, expires, session.user.displayName);
        break;
    case InvitationKind::CustomerOfReseller:
        draft.subject = text(CustomerSubject).arg(partner.legal.legalName);
        draft.body
            = text(CustomerBody)
                  .arg(partner.legal.legalName, partner.partnerId, draft.link, expires, session.user.displayName);
        break;
    case InvitationKind::CustomerOfResellerAndProvider: {
        auto provider = PartnerStore::accountById(m_workspace.db(), draft.providerAccountId);
        if (!provider) {
            return provider.error();
        }
        const QString providerName = provider.value() ? provider.value()->legal.legalName : QString();
        draft.subject = text(CustomerWithProviderSubject).arg(partner.legal.legalName, providerName);
        draft.body = text(CustomerWithProviderBody)
                         .arg(partner.legal.legalName, partner.partnerId, draft.link, expires, session.user.displayName,
                              providerName);
        break;
    }
    }
    return draft;
}

QList<Error> InvitationService::validate(const InvitationDraft& draft)
{
    QList<Error> errors;
    collectError(errors, Validators::email(draft.recipientEmail), QStringLiteral("recipientEmail"));
    if (draft.subject.trimmed().isEmpty()) {
        errors << Error(ErrorCode::InvalidInput, tr("Enter a subject."), QStringLiteral("subject"));
    } else if (draft.subject.size() > SubjectMaxLength) {
        errors << Error(ErrorCode::InvalidInput,
                        tr("The subject is too long. Use at most %1 characters.").arg(SubjectMaxLength),
                        QStringLiteral("subject"));
    }
    if (draft.body.size() > MessageMaxLength) {
        errors << Error(ErrorCode::InvalidInput,
                        tr("The message is too long. Use at most %1 characters.").arg(MessageMaxLength),
                        QStringLiteral("body"));
    } else if (!containsLink(draft.body, draft.link)) {
        const bool changed = draft.body.contains(InvitationLinks::prefix(), Qt::CaseInsensitive);
        errors << Error(ErrorCode::InvalidInput,
                        changed ? tr("The invitation link in the message was changed. It is personalized for this "
                                     "invitation: put back %1 exactly, or use Restore text.")
                                      .arg(draft.link)
                                : tr("The message must contain the invitation link, which is personalized for this "
                                     "invitation: put back %1, or use Restore text.")
                                      .arg(draft.link),
                        QStringLiteral("body"));
    }
    return errors;
}

Result<Invitation> InvitationService::record(const Session& stale, const InvitationDraft& draft)
{
    const auto acting = m_workspace.actFor(stale);
    auto session = m_workspace.authorize(stale, actionFor(draft.kind));
    if (!session) {
        return session.error();
    }
    const QList<Error> problems = validate(draft);
    if (!problems.isEmpty()) {
        return problems.constFirst();
    }
    auto token = InvitationLinks::tokenOf(draft.link);
    if (!token) {
        return token.error();
    }
    return m_workspace.inTransaction([&]() -> Result<Invitation> {
        const QDateTime now = m_workspace.now();
        auto existing = InvitationStore::byId(m_workspace.db(), draft.id, now);
        if (!existing) {
            return existing.error();
        }
        Invitation invitation;
        if (existing.value()) {
            invitation = *existing.value();
            if (invitation.invitingPartnerId != session->partner->id) {
                return Error(ErrorCode::NotFound, tr("This invitation doesn't exist."));
            }
            if (invitation.status != InvitationStatus::Pending) {
                return Error(ErrorCode::InvalidState,
                             tr("This invitation is %1 already, so its message can't change. Send a new invitation.")
                                 .arg(Enums::displayName(invitation.status).toLower()));
            }
        } else {
            Status provider = checkProvider(session.value(), draft.kind, draft.providerAccountId);
            if (!provider) {
                return provider.error();
            }
            invitation.id = draft.id;
            invitation.kind = draft.kind;
            invitation.invitingPartnerId = session->partner->id;
            invitation.invitingPartnerName = session->partner->legal.legalName;
            invitation.providerAccountId = draft.providerAccountId;
            invitation.createdByName = session->user.displayName;
            invitation.created = now;
            invitation.expires = now.addDays(ValidityDays);
        }
        invitation.recipientEmail = Validators::normalizedEmail(draft.recipientEmail);
        invitation.language = draft.language;
        // The token stays out of the workspace, wherever the sender put it (ARCHITECTURE §5).
        invitation.subject
            = InvitationLinks::withoutToken(draft.subject.trimmed(), token.value(), Invitation::linkPlaceholder());
        invitation.message = InvitationLinks::withoutToken(draft.body, token.value(), Invitation::linkPlaceholder());
        const bool created = !existing.value();
        Status stored = created ? InvitationStore::insert(m_workspace.db(), invitation,
                                                          InvitationLinks::tokenHash(token.value()), session->user.id)
                                : InvitationStore::updateText(m_workspace.db(), invitation);
        if (!stored) {
            return stored.error();
        }
        Status audited = m_workspace.audit(
            &session.value(), created ? QStringLiteral("invitation.created") : QStringLiteral("invitation.edited"),
            QStringLiteral("Invitation"), invitation.id, details(invitation));
        if (!audited) {
            return audited.error();
        }
        return invitation;
    });
}

Result<QList<Invitation>> InvitationService::sent(const Session& stale, const QList<InvitationKind>& kinds) const
{
    const auto acting = m_workspace.actFor(stale);
    auto session = m_workspace.authorize(stale, Action::ViewIndirectPartners);
    if (!session) {
        return session.error();
    }
    return InvitationStore::sentBy(m_workspace.db(), session->partner->id, kinds, m_workspace.now());
}

Result<Invitation> InvitationService::revoke(const Session& stale, const QString& invitationId)
{
    const auto acting = m_workspace.actFor(stale);
    auto viewer = m_workspace.authorize(stale, Action::ViewIndirectPartners);
    if (!viewer) {
        return viewer.error();
    }
    return m_workspace.inTransaction([&]() -> Result<Invitation> {
        const QDateTime now = m_workspace.now();
        auto found = InvitationStore::byId(m_workspace.db(), invitationId, now);
        if (!found) {
            return found.error();
        }
        // V1: another partner's invitation is as good as none.
        if (!found.value() || found.value()->invitingPartnerId != viewer->partner->id) {
            return Error(ErrorCode::NotFound, tr("This invitation doesn't exist."));
        }
        Invitation invitation = *found.value();
        auto session = m_workspace.authorize(stale, actionFor(invitation.kind));
        if (!session) {
            return session.error();
        }
        if (invitation.status != InvitationStatus::Pending) {
            return Error(ErrorCode::InvalidState,
                         tr("The invitation to %1 is %2 already: only a pending "
                            "invitation can be revoked.")
                             .arg(invitation.recipientEmail, Enums::displayName(invitation.status).toLower()));
        }
        Status revoked = InvitationStore::markRevoked(m_workspace.db(), invitation.id, now);
        if (!revoked) {
            return revoked.error();
        }
        Status audited = m_workspace.audit(&session.value(), QStringLiteral("invitation.revoked"),
                                           QStringLiteral("Invitation"), invitation.id, details(invitation));
        if (!audited) {
            return audited.error();
        }
        invitation.status = InvitationStatus::Revoked;
        invitation.revoked = now;
        return invitation;
    });
}

Result<Invitation> InvitationService::pendingInvitation(const QString& link) const
{
    auto token = InvitationLinks::tokenOf(link);
    if (!token) {
        return token.error();
    }
    auto found = InvitationStore::byLink(m_workspace.db(), token.value(), m_workspace.now());
    if (!found) {
        return found.error();
    }
    if (!found.value()) {
        return Error(ErrorCode::NotFound,
                     tr("This invitation link is not known in this workspace. Check that PartnerDesk has the "
                        "workspace open that the invitation was sent from, or ask the sender for a new invitation."),
                     QStringLiteral("link"));
    }
    const Invitation& invitation = *found.value();
    const QLocale locale;
    switch (invitation.status) {
    case InvitationStatus::Pending:
        break;
    case InvitationStatus::Accepted:
        // Whoever holds a used link learns that it was used, not who used it (V1).
        return Error(ErrorCode::Conflict,
                     tr("This invitation was already accepted, and a link works only once. Ask %1 for a new "
                        "invitation if you need one.")
                         .arg(invitation.invitingPartnerName),
                     QStringLiteral("link"));
    case InvitationStatus::Expired:
        return Error(ErrorCode::InvalidState,
                     tr("This invitation expired on %1. Ask %2 for a new invitation.")
                         .arg(locale.toString(invitation.expires.toLocalTime(), QLocale::ShortFormat),
                              invitation.invitingPartnerName),
                     QStringLiteral("link"));
    case InvitationStatus::Revoked:
        return revokedError(invitation.invitingPartnerName, invitation.revoked);
    }
    return invitation;
}

Error InvitationService::revokedError(const QString& partnerName, const QDateTime& revoked)
{
    return Error(
        ErrorCode::InvalidState,
        tr("%1 withdrew this invitation on %2. Ask them for a new invitation if you still want to work "
           "together.")
            .arg(partnerName, MessageLanguage::current().toString(revoked.toLocalTime(), QLocale::ShortFormat)),
        QStringLiteral("link"));
}

Result<InvitationPreview> InvitationService::open(const QString& link) const
{
    auto invitation = pendingInvitation(link);
    if (!invitation) {
        return invitation.error();
    }
    // The link's token is valid: pendingInvitation read it.
    auto parties = InvitationStore::partiesOf(m_workspace.db(), InvitationLinks::tokenOf(link).value());
    if (!parties) {
        return parties.error();
    }
    if (!parties.value()) {
        return Error(ErrorCode::NotFound, tr("The partner who sent this invitation no longer exists."));
    }
    const InvitationParties& from = *parties.value();
    if (from.partnerStatus != PartnerStatus::Active) {
        return Error(ErrorCode::InvalidState,
                     tr("The partner account of %1 is %2, so its invitations can't be accepted for now.")
                         .arg(from.partnerName, Enums::displayName(from.partnerStatus).toLower()),
                     QStringLiteral("link"));
    }
    InvitationPreview preview;
    preview.invitationId = invitation->id;
    preview.kind = invitation->kind;
    preview.partnerAccountId = from.partnerAccountId;
    preview.partnerName = from.partnerName;
    preview.partnerId = from.partnerId;
    preview.partnerCountry = from.partnerCountry;
    preview.recipientEmail = invitation->recipientEmail;
    preview.created = invitation->created;
    preview.expires = invitation->expires;
    preview.providerAccountId = from.providerAccountId;
    preview.providerName = from.providerName;
    preview.providerPartnerId = from.providerPartnerId;
    preview.providerWorksWithPartner = !from.providerAccountId.isEmpty() && from.providerWorksWithPartner
        && from.providerStatus == PartnerStatus::Active;
    if (invitation->kind == InvitationKind::ResellerOfProvider) {
        auto countries = RelationshipStore::countriesServed(m_workspace.db(), from.partnerAccountId);
        if (!countries) {
            return countries.error();
        }
        preview.countriesServed = countries.value();
    }
    return preview;
}
