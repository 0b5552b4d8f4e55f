#include "EnrollmentService.h"

#include "common/MessageLanguage.h"
#include "domain/Countries.h"
#include "domain/PartnerRules.h"
#include "domain/Validators.h"
#include "services/AccountService.h"
#include "services/DirectoryService.h"
#include "services/Workspace.h"
#include "storage/DirectoryStore.h"
#include "storage/EnrollmentStore.h"
#include "storage/OutboxStore.h"
#include "storage/PartnerStore.h"
#include "storage/SqlEngine.h"

#include <QCryptographicHash>
#include <QJsonObject>
#include <QLocale>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QUrl>

namespace {

QString codeHash(const QString& accountId, const QString& code)
{
    // The account id salts the hash, so equal codes of two accounts differ in storage.
    return QString::fromLatin1(
        QCryptographicHash::hash((accountId + QLatin1Char(':') + code.trimmed()).toUtf8(), QCryptographicHash::Sha256)
            .toHex());
}

bool sameHash(const QString& a, const QString& b)
{
    // Compared in constant time, like password hashes.
    if (a.size() != b.size()) {
        return false;
    }
    ushort difference = 0;
    for (qsizetype i = 0; i < a.size(); ++i) {
        difference |= a[i].unicode() ^ b[i].unicode();
    }
    return difference == 0;
}

QString newCode()
{
    return QStringLiteral("%1").arg(QRandomGenerator::system()->bounded(1000000), 6, 10, QLatin1Char('0'));
}

QString domainOf(const QString& email)
{
    return email.section(QLatin1Char('@'), 1).toLower();
}

// A legal or organization name without case, punctuation and the usual company suffixes.
QString comparableName(const QString& name)
{
    static const QRegularExpression punctuation(QStringLiteral("[^\\w ]+"),
                                                QRegularExpression::UseUnicodePropertiesOption);
    static const QStringList suffixes{QStringLiteral("llc"),  QStringLiteral("inc"), QStringLiteral("ltd"),
                                      QStringLiteral("corp"), QStringLiteral("sl"),  QStringLiteral("sa"),
                                      QStringLiteral("de"),   QStringLiteral("cv"),  QStringLiteral("gmbh"),
                                      QStringLiteral("sarl")};
    QStringList words
        = name.toLower().replace(punctuation, QStringLiteral(" ")).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    while (!words.isEmpty() && suffixes.contains(words.last())) {
        words.removeLast();
    }
    return words.join(QLatin1Char(' '));
}

} // namespace

EnrollmentService::EnrollmentService(Workspace& workspace)
    : m_workspace(workspace)
{
}

Result<Session> EnrollmentService::requireEnrollable(const QString& userId) const
{
    auto session = m_workspace.directory().session(userId);
    if (!session) {
        return session.error();
    }
    if (!session->isGlobalAdministrator()) {
        return Error(ErrorCode::PermissionDenied,
                     tr("%1 is not a Global administrator of %2. Only a Global administrator of the tenant can enroll "
                        "it; sign in as one, or create a new tenant.")
                         .arg(session->user.upn, session->tenant.displayName),
                     QStringLiteral("upn"));
    }
    if (session->tenant.isProgram) {
        return Error(ErrorCode::InvalidState, tr("The program tenant can't enroll as a partner."),
                     QStringLiteral("upn"));
    }
    if (session->partner) {
        return Error(ErrorCode::Conflict,
                     tr("%1 already has a partner account (%2). A tenant holds one partner account.")
                         .arg(session->tenant.displayName, session->partner->legal.legalName),
                     QStringLiteral("upn"));
    }
    return session;
}

Result<Session> EnrollmentService::signInAdministrator(const QString& upn, const QString& password)
{
    auto attempt = m_workspace.directory().prepareSignIn(upn);
    if (!attempt) {
        return attempt.error();
    }
    return signInAdministrator(attempt.value(), DirectoryService::checkSignIn(attempt.value(), password));
}

Result<Session> EnrollmentService::signInAdministrator(const SignInAttempt& attempt, const SignInCheck& check)
{
    auto session = m_workspace.directory().finishSignIn(attempt, check);
    if (!session) {
        // The password was right, but a second step is due: only a partner's users have one, and
        // a partner's tenant can't enroll again. Say that, rather than ask for a code the wizard
        // has no field for.
        if (session.code() == ErrorCode::SecondFactorRequired
            || session.code() == ErrorCode::SecondFactorEnrollmentRequired) {
            auto enrollable = requireEnrollable(attempt.credentialId);
            if (!enrollable) {
                return enrollable.error();
            }
        }
        return session.error();
    }
    return requireEnrollable(session->user.id);
}

Status EnrollmentService::checkProfile(const PmcAccount& pmc, const QString& partnerId,
                                       const QString& tenantCountry) const
{
    Result<std::optional<MpnProfile>> profile = std::optional<MpnProfile>();
    if (pmc.ticket.isEmpty()) {
        profile = DirectoryStore::mpnProfile(m_workspace.db(), partnerId);
    } else {
        // Behind the gate only the PMC sign-in's ticket shows the account's profiles.
        auto profiles = m_workspace.directory().mpnProfilesOf(pmc);
        if (!profiles) {
            return profiles.error();
        }
        for (const MpnProfile& candidate : profiles.value()) {
            if (candidate.partnerId == Validators::normalizedPartnerId(partnerId)) {
                profile = std::optional<MpnProfile>(candidate);
            }
        }
    }
    if (!profile) {
        return profile.error();
    }
    if (!profile->has_value() || profile->value().pmcAccountId != pmc.id) {
        return Error(ErrorCode::NotFound,
                     tr("Choose one of the organization profiles of the Partner Membership Center account you signed "
                        "in to."),
                     QStringLiteral("partnerId"));
    }
    Status usable = PartnerRules::mpnProfileUsable(profile->value(), tenantCountry);
    if (!usable) {
        return usable;
    }
    return PartnerRules::partnerIdAvailable(profile->value());
}

QString EnrollmentService::tenantCountry(const EnrollmentDraft& draft) const
{
    if (draft.createTenant) {
        return draft.newTenant.country.trimmed();
    }
    auto session = m_workspace.directory().session(draft.administratorUserId);
    return session ? session->tenant.country : QString();
}

QString EnrollmentService::tenantDomain(const EnrollmentDraft& draft) const
{
    if (draft.createTenant) {
        return Tenant::domainFor(Validators::normalizedDomainPrefix(draft.newTenant.domainPrefix));
    }
    auto session = m_workspace.directory().session(draft.administratorUserId);
    return session ? session->tenant.defaultDomain() : QString();
}

EnrollmentCheck EnrollmentService::emailDomainCheck(const QString& contactEmail, const QString& website,
                                                    const QString& tenantDomain)
{
    const QString emailDomain = domainOf(contactEmail.trimmed());
    QString siteHost = QUrl::fromUserInput(website.trimmed()).host().toLower();
    if (website.trimmed().isEmpty()) {
        siteHost.clear();
    }
    if (siteHost.startsWith(QLatin1String("www."))) {
        siteHost = siteHost.mid(4);
    }
    const bool domainMatches = !emailDomain.isEmpty()
        && ((!siteHost.isEmpty() && (emailDomain == siteHost || siteHost.endsWith(QLatin1Char('.') + emailDomain)))
            || emailDomain == tenantDomain);
    return EnrollmentCheck{tr("Primary contact's email domain"), domainMatches,
                           domainMatches
                               ? tr("%1 matches the organization's web site or tenant domain.").arg(emailDomain)
                               : tr("%1 matches neither the web site (%2) nor the tenant domain (%3).")
                                     .arg(emailDomain, siteHost.isEmpty() ? tr("none") : siteHost, tenantDomain)};
}

Result<Session> EnrollmentService::enroll(const EnrollmentDraft& draft)
{
    // The new administrator's password is hashed before the write lock is taken (ARCHITECTURE §7).
    const StoredPassword password
        = draft.createTenant ? m_workspace.directory().hashPassword(draft.newAdministrator.password) : StoredPassword();
    // On a shared workspace the database checks the PMC account against the ticket of its sign-in,
    // which the draft holds. A draft without one (made by a caller that signed the account in
    // otherwise) gets one here on the owner's desk; behind the gate the sign-in must be made again.
    PmcAccount pmc = draft.pmcAccount();
    if (pmc.ticket.isEmpty() && !pmc.id.isEmpty() && SqlEngine::of(m_workspace.db()).enforcesRights()) {
        if (m_workspace.behindGate()) {
            return DirectoryService::pmcSignInEnded();
        }
        auto ticket = DatabaseLogins::pmcTicket(m_workspace.db(), pmc.id, m_workspace.now());
        if (!ticket) {
            return ticket.error();
        }
        pmc.ticket = ticket.value();
    }
    // The administrator who signed in enrolls on their own connection; a new tenant is added on the
    // workspace's (behind the gate, its first user then acts for the rest of the transaction).
    Session administrator;
    administrator.user.id = draft.createTenant ? QString() : draft.administratorUserId;
    const auto acting = m_workspace.actFor(administrator);
    auto enrolled = m_workspace.inTransaction([&]() -> Result<Session> {
        const QSqlDatabase db = m_workspace.db();
        // E1: a tenant with its Global administrator, signed in or created now.
        QString userId = draft.administratorUserId;
        if (draft.createTenant) {
            auto tenant = m_workspace.directory().createTenant(draft.newTenant, draft.newAdministrator, password);
            if (!tenant) {
                return tenant.error();
            }
            auto users = DirectoryStore::usersOfTenant(db, tenant->id);
            if (!users) {
                return users.error();
            }
            userId = users->first().id;
        }
        auto enrolling = requireEnrollable(userId);
        if (!enrolling) {
            return enrolling.error();
        }
        const Tenant& tenant = enrolling->tenant;

        // E1, E2, E3: the MPN profile of the PMC account signed in to.
        if (draft.pmcAccountId.isEmpty()) {
            return Error(ErrorCode::InvalidInput, tr("Sign in to Partner Membership Center first."),
                         QStringLiteral("pmcUserName"));
        }
        Status usable = checkProfile(pmc, draft.partnerId, tenant.country);
        if (!usable) {
            return usable.error();
        }

        // E1: the legal business profile, primary contact and support details.
        LegalBusinessProfile legal = draft.legal;
        legal.address.country = tenant.country; // a partner's country is its tenant's
        QList<Error> errors = AccountService::validate(legal);
        errors << AccountService::validate(draft.support, tenant.country);
        if (!errors.isEmpty()) {
            return errors.first();
        }

        PartnerAccount account;
        account.id = Workspace::newId();
        account.tenantId = tenant.id;
        account.type = PartnerType::IndirectReseller;
        account.partnerId = Validators::normalizedPartnerId(draft.partnerId);
        account.legal = AccountService::normalized(legal);
        account.support = AccountService::normalized(draft.support, tenant.country);
        account.status = PartnerStatus::PendingEmailVerification;
        account.vetting = VettingStatus::EmailOwnership;
        account.created = m_workspace.now();
        account.updated = account.created;
        Status stored = recordEnrollment(account, userId, pmc.ticket, draft.createTenant);
        if (!stored) {
            return stored.error();
        }
        auto session = m_workspace.directory().session(userId);
        if (!session) {
            return session.error();
        }
        stored = issueCode(session.value(), account);
        if (!stored) {
            return stored.error();
        }
        return session;
    });
    // An administrator who signed in has their connection already; a new one's login exists now.
    return draft.createTenant ? m_workspace.connected(enrolled, draft.newAdministrator.password) : enrolled;
}

Status EnrollmentService::recordEnrollment(const PartnerAccount& account, const QString& userId,
                                           const QString& pmcTicket, bool newTenant)
{
    const QSqlDatabase db = m_workspace.db();
    if (SqlEngine::of(db).enforcesRights()) {
        return PartnerStore::enrollInDatabase(db, userId, pmcTicket, account, newTenant);
    }
    Status stored = PartnerStore::insertAccount(db, account);
    // E6: the enrolling user is the account's first Admin agent.
    if (stored) {
        stored = PartnerStore::addRole(db, account.id, userId, PartnerRole::AdminAgent);
    }
    if (stored) {
        stored = PartnerStore::appendStatusChange(db, account.id, {}, account.status, {}, userId, account.created);
    }
    if (!stored) {
        return stored;
    }
    auto session = m_workspace.directory().session(userId);
    if (!session) {
        return session.error();
    }
    return m_workspace.audit(&session.value(), QStringLiteral("partner.enrolled"), QStringLiteral("PartnerAccount"),
                             account.id,
                             {{QStringLiteral("partnerId"), account.partnerId},
                              {QStringLiteral("tenant"), session->tenant.defaultDomain()},
                              {QStringLiteral("newTenant"), newTenant}});
}

Status EnrollmentService::issueCode(const Session& actor, const PartnerAccount& account)
{
    const QString code = newCode();
    const QDateTime now = m_workspace.now();
    const QDateTime expires = now.addDays(CodeValidityDays);
    Status stored = EnrollmentStore::setVerificationCode(m_workspace.db(), actor.user.id, account.id,
                                                         codeHash(account.id, code), expires, now);
    if (!stored) {
        return stored;
    }
    // The outbox is read by everyone of the partner, the applicant included: it records that a
    // code was sent, and only the primary contact's mailbox gets the code (only its hash is kept).
    const auto compose = [&]() {
        return MessageText{
            tr("Verify your email address for the partner account of %1").arg(account.legal.legalName),
            tr("A verification code was sent to %1. The code is not kept in PartnerDesk; it expires on %2.")
                .arg(account.legal.contactEmail,
                     MessageLanguage::current().toString(expires.toLocalTime(), QLocale::LongFormat))};
    };
    const OutboxMessage record = Workspace::messageTo(account, QStringLiteral("enrollment.verificationCode"),
                                                      QStringLiteral("PartnerAccount"), account.id, compose);
    stored = m_workspace.send(record);
    if (!stored) {
        return stored;
    }
    // The code itself, to the primary contact's mailbox only, in the contact's language too.
    const OutboxMessage mail = Workspace::messageTo(account, {}, {}, {}, [&]() {
        return MessageText{
            tr("Verify your email address for the partner account of %1").arg(account.legal.legalName),
            tr("Hello %1,\n\n"
               "%2 is enrolling in the Cloud Solution Provider program as an indirect reseller and named you "
               "its primary contact. To confirm that you signed up for a partner account and that this email "
               "address belongs to your organization, enter this code on the Home page of PartnerDesk:\n\n"
               "    %3\n\n"
               "The code expires on %4. If you didn't expect this message, you can ignore it.")
                .arg(account.legal.contactFirstName, account.legal.legalName, code,
                     MessageLanguage::current().toString(expires.toLocalTime(), QLocale::LongFormat))};
    });
    MailMessage message;
    message.to = mail.recipient;
    message.subject = mail.subject;
    message.body = mail.body;
    return m_workspace.deliverPrivately(message);
}

Result<Session> EnrollmentService::pendingVerification(const Session& stale) const
{
    const auto acting = m_workspace.actFor(stale);
    // The Admin agents finish setting up the account (seed step 9), email verification included.
    auto session = m_workspace.authorize(stale, Action::VerifyEnrollmentEmail);
    if (!session) {
        return session.error();
    }
    if (session->partner->status != PartnerStatus::PendingEmailVerification) {
        return Error(
            ErrorCode::InvalidState,
            tr("The email of %1 is already verified; the account is %2.")
                .arg(session->partner->legal.legalName, Enums::displayName(session->partner->status).toLower()));
    }
    return session;
}

Status EnrollmentService::verifyEmail(const Session& stale, const QString& code)
{
    const auto acting = m_workspace.actFor(stale);
    const Error locked(
        ErrorCode::Locked,
        tr("Verification is locked after %1 wrong codes. Send a new code and enter that one.").arg(MaxCodeFailures),
        QStringLiteral("code"));
    const Error expired(ErrorCode::InvalidState, tr("The code has expired. Send a new code and enter that one."),
                        QStringLiteral("code"));
    // The number of wrong codes so far, 0 once verified. A wrong code is stored although the call
    // is refused, so the transaction commits it and the refusal comes after.
    auto failures = m_workspace.inTransaction([&]() -> Result<int> {
        auto session = pendingVerification(stale);
        if (!session) {
            return session.error();
        }
        const PartnerAccount& account = *session->partner;
        const QSqlDatabase db = m_workspace.db();
        if (SqlEngine::of(db).enforcesRights()) {
            // On a shared workspace the database checks the code, by the same rules, and records the
            // move to review: no login reads a code's hash (schema version 13).
            auto checked = EnrollmentStore::checkCodeInDatabase(db, session->user.id, codeHash(account.id, code),
                                                                m_workspace.now(),
                                                                statusMessage(account, PartnerStatus::UnderReview, {}));
            if (!checked) {
                return checked.error();
            }
            if (checked->outcome == QLatin1String("Locked")) {
                return locked;
            }
            if (checked->outcome == QLatin1String("Expired")) {
                return expired;
            }
            return checked->outcome == QLatin1String("Verified") ? 0 : checked->failures;
        }
        auto state = EnrollmentStore::verification(db, account.id);
        if (!state) {
            return state.error();
        }
        if (state->failures >= MaxCodeFailures) {
            return locked;
        }
        if (!state->expires.isValid() || state->expires < m_workspace.now()) {
            return expired;
        }
        if (!sameHash(codeHash(account.id, code), state->codeHash)) {
            Status counted = EnrollmentStore::setVerificationFailures(db, account.id, state->failures + 1);
            if (!counted) {
                return counted.error();
            }
            return state->failures + 1;
        }
        Status moved = EnrollmentStore::setStatus(db, account.id, PartnerStatus::UnderReview,
                                                  VettingStatus::BusinessVerification, {}, m_workspace.now());
        if (moved) {
            moved = recordStatus(&session.value(), account, account.status, PartnerStatus::UnderReview, {});
        }
        if (!moved) {
            return moved.error();
        }
        return 0;
    });
    if (!failures) {
        return failures.error();
    }
    if (failures.value() == 0) {
        return {};
    }
    if (failures.value() >= MaxCodeFailures) {
        return Error(ErrorCode::Locked,
                     tr("The code is incorrect. Verification is now locked after %1 wrong codes: send a new code and "
                        "enter that one.")
                         .arg(MaxCodeFailures),
                     QStringLiteral("code"));
    }
    return Error(ErrorCode::InvalidInput,
                 tr("The code is incorrect. Check the message sent to %1; %2 tries left.")
                     .arg(stale.partner ? stale.partner->legal.contactEmail : tr("the primary contact"))
                     .arg(MaxCodeFailures - failures.value()),
                 QStringLiteral("code"));
}

Status EnrollmentService::sendNewCode(const Session& stale)
{
    const auto acting = m_workspace.actFor(stale);
    return m_workspace.inTransaction([&]() -> Status {
        auto session = pendingVerification(stale);
        if (!session) {
            return session.error();
        }
        const QDateTime now = m_workspace.now();
        auto sent = OutboxStore::sentSince(m_workspace.db(), QStringLiteral("enrollment.verificationCode"),
                                           session->partner->id, now.addDays(-1));
        if (!sent) {
            return sent.error();
        }
        if (sent->size() >= MaxCodesPerDay) {
            return Error(ErrorCode::Locked,
                         tr("%1 codes were sent in the last 24 hours, the most there can be. You can send a new code "
                            "after %2.")
                             .arg(MaxCodesPerDay)
                             .arg(MessageLanguage::current().toString(sent->first().addDays(1).toLocalTime(),
                                                                      QLocale::ShortFormat)),
                         QStringLiteral("code"));
        }
        // The code is delivered last, so that nothing after it can fail and leave a code that
        // doesn't work in the primary contact's mailbox.
        Status issued = m_workspace.audit(&session.value(), QStringLiteral("partner.verificationCodeSent"),
                                          QStringLiteral("PartnerAccount"), session->partner->id);
        if (issued) {
            issued = issueCode(session.value(), *session->partner);
        }
        return issued;
    });
}

Status EnrollmentService::recordStatus(const Session* actor, const PartnerAccount& account, PartnerStatus from,
                                       PartnerStatus to, const QString& reason)
{
    const QDateTime now = m_workspace.now();
    Status recorded = PartnerStore::appendStatusChange(m_workspace.db(), account.id, Enums::key(from), to, reason,
                                                       actor ? actor->user.id : QString(), now);
    if (recorded) {
        QJsonObject details{{QStringLiteral("from"), Enums::key(from)}, {QStringLiteral("to"), Enums::key(to)}};
        if (!reason.isEmpty()) {
            details.insert(QStringLiteral("reason"), reason);
        }
        // A program administrator's decision is about the partner, not the administrator's own account.
        Session subject;
        if (actor) {
            subject = *actor;
        }
        subject.partner = account;
        recorded = m_workspace.audit(&subject, QStringLiteral("partner.statusChanged"),
                                     QStringLiteral("PartnerAccount"), account.id, details);
    }
    if (!recorded) {
        return recorded;
    }
    // E8: every status change messages the primary contact.
    return m_workspace.send(statusMessage(account, to, reason));
}

OutboxMessage EnrollmentService::statusMessage(const PartnerAccount& account, PartnerStatus to,
                                               const QString& reason) const
{
    OutboxMessage message = Workspace::messageTo(
        account, QStringLiteral("enrollment.statusChanged"), QStringLiteral("PartnerAccount"), account.id, [&]() {
            QString next;
            switch (to) {
            case PartnerStatus::UnderReview:
                next = tr("Your email address is verified. We are now reviewing the information you provided; this "
                          "can take several days. We'll email you when the review is complete.");
                break;
            case PartnerStatus::Active:
                next = tr("Your partner account is ready to use. Its Admin agents can now add users, connect with "
                          "indirect providers and invite customers.");
                break;
            case PartnerStatus::Rejected:
                next = tr("We could not approve the application. Reason: %1").arg(reason);
                break;
            case PartnerStatus::Suspended:
                next = tr("The partner account is suspended. Reason: %1").arg(reason);
                break;
            case PartnerStatus::PendingEmailVerification:
                next = tr("Enter the verification code we sent you on the Home page of PartnerDesk.");
                break;
            }
            return MessageText{
                tr("Partner account of %1: %2").arg(account.legal.legalName, Enums::displayName(to)),
                tr("Hello %1,\n\nThe status of the partner account of %2 (Partner ID %3) is now: %4.\n\n%5")
                    .arg(account.legal.contactFirstName, account.legal.legalName, account.partnerId,
                         Enums::displayName(to), next)};
        });
    message.id = Workspace::newId();
    return message;
}

Result<EnrollmentApplication> EnrollmentService::application(const QString& accountId) const
{
    const QSqlDatabase db = m_workspace.db();
    auto account = PartnerStore::accountById(db, accountId);
    if (!account || !account->has_value()) {
        return account ? Error(ErrorCode::NotFound, tr("The application no longer exists.")) : account.error();
    }
    EnrollmentApplication app;
    app.account = account->value();
    auto tenant = DirectoryStore::tenantById(db, app.account.tenantId);
    auto profile = DirectoryStore::mpnProfile(db, app.account.partnerId);
    if (!tenant || !profile) {
        return tenant ? profile.error() : tenant.error();
    }
    app.tenant = tenant->value_or(Tenant());
    app.profile = profile->value_or(MpnProfile());

    app.checks << emailDomainCheck(app.account.legal.contactEmail, app.account.support.website,
                                   app.tenant.defaultDomain());

    const QString legal = comparableName(app.account.legal.legalName);
    const QString organization = comparableName(app.profile.organizationName);
    const bool namesMatch = !legal.isEmpty() && !organization.isEmpty()
        && (legal == organization || legal.contains(organization) || organization.contains(legal));
    app.checks << EnrollmentCheck{
        tr("Legal name and MPN organization"), namesMatch,
        tr("\"%1\" and \"%2\"").arg(app.account.legal.legalName, app.profile.organizationName)};

    const bool countriesMatch
        = app.account.legal.address.country == app.tenant.country && app.profile.country == app.tenant.country;
    app.checks << EnrollmentCheck{tr("Country/region"), countriesMatch,
                                  tr("Tenant: %1; legal address: %2; MPN profile: %3.")
                                      .arg(Countries::name(app.tenant.country),
                                           Countries::name(app.account.legal.address.country),
                                           Countries::name(app.profile.country))};
    return app;
}

Result<QList<EnrollmentApplication>> EnrollmentService::applications(const Session& session) const
{
    const auto acting = m_workspace.actFor(session);
    auto administrator = m_workspace.authorize(session, &Session::requireProgramAdministrator);
    if (!administrator) {
        return administrator.error();
    }
    auto ids = EnrollmentStore::accountIdsWithStatus(m_workspace.db(), PartnerStatus::UnderReview);
    if (!ids) {
        return ids.error();
    }
    QList<EnrollmentApplication> result;
    for (const QString& id : ids.value()) {
        auto app = application(id);
        if (!app) {
            return app.error();
        }
        result << app.value();
    }
    return result;
}

Result<PartnerAccount> EnrollmentService::approve(const Session& session, const QString& accountId)
{
    return decide(session, accountId, PartnerStatus::Active, {});
}

Result<PartnerAccount> EnrollmentService::reject(const Session& session, const QString& accountId,
                                                 const QString& reason)
{
    return decide(session, accountId, PartnerStatus::Rejected, reason);
}

Result<PartnerAccount> EnrollmentService::decide(const Session& session, const QString& accountId, PartnerStatus status,
                                                 const QString& reason)
{
    const auto acting = m_workspace.actFor(session);
    return m_workspace.inTransaction([&]() -> Result<PartnerAccount> {
        auto administrator = m_workspace.authorize(session, &Session::requireProgramAdministrator);
        if (!administrator) {
            return administrator.error();
        }
        if (status == PartnerStatus::Rejected && reason.trimmed().isEmpty()) {
            return Error(ErrorCode::InvalidInput,
                         tr("Enter the reason for the rejection: the primary contact reads it."),
                         QStringLiteral("reason"));
        }
        auto account = PartnerStore::accountById(m_workspace.db(), accountId);
        if (!account) {
            return account.error();
        }
        if (!account->has_value()) {
            return Error(ErrorCode::NotFound, tr("The application no longer exists."));
        }
        const PartnerAccount& current = account->value();
        if (current.status != PartnerStatus::UnderReview) {
            return Error(ErrorCode::InvalidState,
                         tr("%1 is %2, not under review, so there is nothing to decide.")
                             .arg(current.legal.legalName, Enums::displayName(current.status).toLower()));
        }
        Status stored = EnrollmentStore::setStatus(m_workspace.db(), accountId, status, VettingStatus::None,
                                                   reason.trimmed(), m_workspace.now());
        if (stored) {
            stored = recordStatus(&administrator.value(), current, current.status, status, reason.trimmed());
        }
        if (!stored) {
            return stored.error();
        }
        auto updated = PartnerStore::accountById(m_workspace.db(), accountId);
        if (!updated || !updated->has_value()) {
            return updated ? Error(ErrorCode::NotFound, tr("The application no longer exists.")) : updated.error();
        }
        return updated->value();
    });
}

Result<Session> EnrollmentService::createResellerAccount(const Session& session, const SupportProfile& input)
{
    const auto acting = m_workspace.actFor(session);
    return m_workspace.inTransaction([&]() -> Result<Session> {
        // The matrix decides who (a provider's Admin agent) and when (once Active, E10).
        auto actor = m_workspace.authorize(session, Action::CreateResellerAccount);
        if (!actor) {
            return actor.error();
        }
        const PartnerAccount& account = *actor->partner;
        if (account.types().contains(PartnerType::IndirectReseller)) {
            return Error(ErrorCode::Conflict, tr("%1 is already an indirect reseller.").arg(account.legal.legalName));
        }
        const QString country = account.legal.address.country;
        const QList<Error> errors = AccountService::validate(input, country);
        if (!errors.isEmpty()) {
            return errors.first();
        }
        PartnerProgram program{PartnerType::IndirectReseller, AccountService::normalized(input, country),
                               m_workspace.now()};
        Status stored = PartnerStore::insertProgram(m_workspace.db(), account.id, program);
        if (stored) {
            stored = m_workspace.audit(&actor.value(), QStringLiteral("partner.resellerAccountCreated"),
                                       QStringLiteral("PartnerAccount"), account.id,
                                       {{QStringLiteral("supportEmail"), program.support.email},
                                        {QStringLiteral("supportPhone"), program.support.phone}});
        }
        if (stored) {
            stored = m_workspace.notify(
                account, QStringLiteral("enrollment.resellerAccountCreated"), QStringLiteral("PartnerAccount"),
                account.id, [&]() {
                    return MessageText{
                        tr("%1 is now an indirect reseller").arg(account.legal.legalName),
                        tr("Hello %1,\n\n%2 (Partner ID %3) now also resells as an indirect reseller in the Cloud "
                           "Solution Provider program. Customers reach its reseller support at %4, %5.")
                            .arg(account.legal.contactFirstName, account.legal.legalName, account.partnerId,
                                 program.support.email, program.support.phone)};
                });
        }
        if (!stored) {
            return stored.error();
        }
        return m_workspace.directory().session(actor->user.id);
    });
}
