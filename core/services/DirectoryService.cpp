#include "DirectoryService.h"

#include "common/MessageLanguage.h"
#include "domain/Countries.h"
#include "domain/PartnerRules.h"
#include "domain/Validators.h"
#include "security/ScramVerifier.h"
#include "services/AccountService.h"
#include "services/MfaService.h"
#include "services/Workspace.h"
#include "storage/AuditStore.h"
#include "storage/CustomerStore.h"
#include "storage/PartnerStore.h"
#include "storage/SqlEngine.h"

#include <QJsonArray>
#include <QLocale>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcDirectory, "partnerdesk.directory", QtWarningMsg)

namespace {
// A moment as people read it: local time, in the format of the interface language.
QString localTime(const QDateTime& at)
{
    return MessageLanguage::current().toString(at.toLocalTime(), QLocale::ShortFormat);
}

ProviderListing normalizedListing(const ProviderListing& input)
{
    ProviderListing listing;
    listing.official = true;
    listing.services = Enums::inDeclarationOrder(input.services);
    for (const QString& country : input.countries) {
        listing.countries << country.trimmed();
    }
    listing.countries.removeDuplicates();
    listing.countries.sort();
    listing.contactName = input.contactName.simplified();
    listing.contactEmail = Validators::normalizedEmail(input.contactEmail);
    listing.contactPhone
        = input.contactPhone.trimmed().isEmpty() ? QString() : Validators::normalizedPhone(input.contactPhone);
    listing.website = input.website.trimmed().isEmpty() ? QString() : Validators::normalizedWebSite(input.website);
    listing.description = input.description.trimmed();
    return listing;
}
} // namespace

DirectoryService::DirectoryService(Workspace& workspace)
    : m_workspace(workspace)
{
}

Status DirectoryService::checkDomainPrefix(const QString& prefix) const
{
    Status valid = Validators::domainPrefix(prefix);
    if (!valid) {
        return valid;
    }
    const QString normalized = Validators::normalizedDomainPrefix(prefix);
    auto taken = DirectoryStore::domainPrefixTaken(m_workspace.db(), normalized);
    if (!taken) {
        return taken.error();
    }
    if (taken.value()) {
        return Error(ErrorCode::Conflict,
                     tr("%1 is already taken. Try another prefix.").arg(Tenant::domainFor(normalized)),
                     QStringLiteral("domainPrefix"));
    }
    return {};
}

QList<Error> DirectoryService::validateNewTenant(const NewTenant& tenant, const NewUser& admin) const
{
    QList<Error> errors;
    collectError(errors, Validators::required(tenant.displayName, tr("the organization name")),
                 QStringLiteral("displayName"));
    collectError(errors, checkDomainPrefix(tenant.domainPrefix), QStringLiteral("domainPrefix"));
    collectError(errors, Validators::countryCode(tenant.country), QStringLiteral("country"));
    collectError(errors, Validators::required(admin.displayName, tr("the administrator's name")),
                 QStringLiteral("userDisplayName"));
    collectError(errors, Validators::userNameLocalPart(admin.userName), QStringLiteral("userName"));
    collectError(errors, Validators::password(admin.password), QStringLiteral("password"));
    return errors;
}

StoredPassword DirectoryService::hashIfValid(const QString& password) const
{
    return Validators::password(password) ? m_workspace.newPassword(password) : StoredPassword();
}

Result<Tenant> DirectoryService::createTenant(const NewTenant& input, const NewUser& admin)
{
    return createTenant(input, admin, hashIfValid(admin.password));
}

Result<Tenant> DirectoryService::createTenant(const NewTenant& input, const NewUser& admin,
                                              const StoredPassword& password)
{
    return m_workspace.inTransaction([&]() { return insertTenant(input, admin, password, false); });
}

Result<Tenant> DirectoryService::insertTenant(const NewTenant& input, const NewUser& admin,
                                              const StoredPassword& password, bool program)
{
    const QList<Error> errors = validateNewTenant(input, admin);
    if (!errors.isEmpty()) {
        return errors.first();
    }
    Tenant tenant;
    tenant.id = Workspace::newId();
    tenant.displayName = input.displayName.trimmed();
    tenant.domainPrefix = Validators::normalizedDomainPrefix(input.domainPrefix);
    tenant.country = input.country.trimmed();
    tenant.isProgram = program;
    tenant.created = m_workspace.now();
    Status stored = DirectoryStore::insertTenant(m_workspace.db(), tenant);
    if (!stored) {
        return stored.error();
    }
    TenantUser user;
    user.id = Workspace::newId();
    user.tenantId = tenant.id;
    user.upn = Tenant::upnFor(admin.userName, tenant.defaultDomain());
    user.displayName = admin.displayName.trimmed();
    user.directoryRole = DirectoryRole::GlobalAdministrator;
    stored = DirectoryStore::insertUser(m_workspace.db(), user, password, tenant.created);
    // Behind the gate, whoever adds a tenant is its first user for the rest of the transaction
    // (a new customer accepting an invitation): the policies then apply as to them.
    if (stored && m_workspace.onGate()) {
        stored = DatabaseLogins::actAs(m_workspace.db(), user.id);
    }
    if (!stored) {
        return stored.error();
    }
    return tenant;
}

Result<Session> DirectoryService::createProgramAdministrator(const NewTenant& input, const NewUser& admin)
{
    const StoredPassword password = hashIfValid(admin.password);
    auto created = m_workspace.inTransaction([&]() -> Result<Session> {
        auto existing = hasProgramTenant();
        if (!existing) {
            return existing.error();
        }
        if (existing.value()) {
            return Error(ErrorCode::Conflict,
                         tr("This workspace already has a program administrator. Sign in "
                            "as that administrator to add others."));
        }
        // Whoever starts a workspace becomes its program administrator, not whoever comes along later.
        auto empty = m_workspace.isEmpty();
        if (!empty) {
            return empty.error();
        }
        if (!empty.value()) {
            return Error(ErrorCode::Conflict,
                         tr("A program administrator can only be created in an empty "
                            "workspace."));
        }
        auto tenant = insertTenant(input, admin, password, true);
        if (!tenant) {
            return tenant.error();
        }
        auto users = DirectoryStore::usersOfTenant(m_workspace.db(), tenant->id);
        if (!users) {
            return users.error();
        }
        return loadSession(users->first());
    });
    return m_workspace.connected(created, admin.password);
}

Result<bool> DirectoryService::hasProgramTenant() const
{
    auto tenant = DirectoryStore::programTenant(m_workspace.db());
    if (!tenant) {
        return tenant.error();
    }
    return tenant->has_value();
}

QString DirectoryService::nameFieldOf(CredentialTable table)
{
    return table == CredentialTable::TenantUsers ? QStringLiteral("upn") : QStringLiteral("pmcUserName");
}

Error DirectoryService::lockedError(const QDateTime& lockedUntil, CredentialTable table) const
{
    return Error(
        ErrorCode::Locked,
        tr("This account is locked after too many failed sign-ins. Try again after %1.").arg(localTime(lockedUntil)),
        nameFieldOf(table));
}

Error DirectoryService::disabledError(CredentialTable table) const
{
    return Error(ErrorCode::Disabled,
                 tr("This account is disabled. Ask an administrator of your organization to enable it."),
                 nameFieldOf(table));
}

QString DirectoryService::wrongUserOrPassword()
{
    return tr("The user name or password is incorrect. Try again.");
}

Result<SignInAttempt> DirectoryService::prepareCredential(CredentialTable table, const QString& name) const
{
    // No write lock is held while the password is checked afterwards, on whatever thread the
    // caller likes (behind the gate, rights.sign_in_login gives a login back its password when its
    // lock has ended, and commits at once).
    if (m_workspace.behindGate()) {
        auto login = DatabaseLogins::signInLogin(m_workspace.db(), table, name);
        if (!login) {
            return login.error();
        }
        if (login->lockedUntil.isValid() && login->lockedUntil > m_workspace.now()) {
            return lockedError(login->lockedUntil, table);
        }
        return SignInAttempt{table, name.trimmed(), {}, {}, m_workspace.hasher(), true, login->login};
    }
    auto stored = DirectoryStore::credential(m_workspace.db(), table, name);
    if (!stored) {
        return stored.error();
    }
    SignInAttempt attempt{table, name.trimmed(), {}, {}, m_workspace.hasher(), DatabaseLogins::apply(m_workspace.db()),
                          {}};
    if (!stored->has_value()) {
        attempt.storedHash = attempt.hasher.dummyHash();
        return attempt;
    }
    const StoredCredential& credential = stored->value();
    if (credential.lockedUntil.isValid() && credential.lockedUntil > m_workspace.now()) {
        return lockedError(credential.lockedUntil, table);
    }
    if (!credential.enabled) {
        return disabledError(table);
    }
    attempt.credentialId = credential.id;
    attempt.storedHash = credential.passwordHash;
    return attempt;
}

SignInCheck DirectoryService::checkSignIn(const SignInAttempt& attempt, const QString& password)
{
    SignInCheck check;
    if (!attempt.gateLogin.isEmpty()) {
        check.loginPassword = password; // the server checks it, in finishSignIn
        return check;
    }
    // The dummy hash of an unknown name is verified too, for the time it takes.
    const bool matched = attempt.hasher.verify(password, attempt.storedHash);
    check.passwordMatched = matched && !attempt.credentialId.isEmpty();
    if (check.passwordMatched && attempt.hasher.needsRehash(attempt.storedHash)) {
        check.upgradedHash = attempt.hasher.hash(password);
    }
    if (check.passwordMatched && attempt.databaseLogin) {
        check.loginVerifier = ScramVerifier::make(password);
        check.loginPassword = password;
    }
    return check;
}

Result<QString> DirectoryService::finishCredential(const SignInAttempt& attempt, const SignInCheck& check,
                                                   const QString& wrongMessage, const QString& field,
                                                   const SecondStep& secondStep)
{
    // An unknown name gets the answer of a wrong password: nothing tells which names exist.
    if (attempt.credentialId.isEmpty()) {
        return Error(ErrorCode::WrongPassword, wrongMessage, field);
    }
    const QSqlDatabase db = m_workspace.db();
    // A failure is recorded and committed although sign-in fails: the transaction returns it as
    // its value, and it becomes the refusal afterwards.
    struct Failure
    {
        QDateTime lockedUntil; // set when this failure locked the credential
        QString secondFactorRefusal; // set when the password matched but the second factor didn't
    };
    // Counts a failed sign-in, and locks the credential at the limit.
    auto failed = [&](const StoredCredential& current, const QString& refusal) -> Result<std::optional<Failure>> {
        // A lock that has run out starts the count again.
        const int failures = (current.lockedUntil.isValid() ? 0 : current.failedSignIns) + 1;
        const WorkspaceOptions& options = m_workspace.options();
        QDateTime lockedUntil;
        if (failures >= options.maxFailedSignIns) {
            lockedUntil = m_workspace.now().addSecs(options.lockoutMinutes * 60);
        }
        Status recorded = DirectoryStore::recordSignInAttempt(db, attempt.table, current.id,
                                                              lockedUntil.isValid() ? 0 : failures, lockedUntil);
        if (!recorded) {
            return recorded.error();
        }
        return std::optional<Failure>(Failure{lockedUntil, refusal});
    };
    auto outcome = m_workspace.inTransaction([&]() -> Result<std::optional<Failure>> {
        // The count is updated under the lock, from what is stored now.
        auto fresh = DirectoryStore::credential(db, attempt.table, attempt.name);
        if (!fresh) {
            return fresh.error();
        }
        if (!fresh->has_value() || fresh->value().id != attempt.credentialId) {
            return Error(ErrorCode::WrongPassword, wrongMessage, field);
        }
        const StoredCredential& current = fresh->value();
        const QDateTime now = m_workspace.now();
        if (current.lockedUntil.isValid() && current.lockedUntil > now) {
            // Another window's failures locked it while the password was being checked.
            return lockedError(current.lockedUntil, attempt.table);
        }
        if (check.passwordMatched) {
            if (current.passwordHash != attempt.storedHash) {
                // The password was changed while this one was being checked against the old one.
                return Error(ErrorCode::WrongPassword, wrongMessage, field);
            }
            QString refusal;
            if (secondStep) {
                auto second = secondStep(current.id);
                if (!second) {
                    return second.error();
                }
                refusal = second.value();
            }
            if (!refusal.isEmpty()) {
                return failed(current, refusal);
            }
            Status reset = DirectoryStore::recordSignInAttempt(db, attempt.table, current.id, 0, {});
            if (reset && !check.upgradedHash.isEmpty()) {
                reset = DirectoryStore::upgradePasswordHash(db, attempt.table, current.id, check.upgradedHash);
            }
            if (reset && !check.loginVerifier.isEmpty()) {
                reset = attempt.table == CredentialTable::TenantUsers
                    ? DatabaseLogins::ensure(db, current.id, check.loginVerifier)
                    : DatabaseLogins::ensurePmc(db, current.id, check.loginVerifier);
            }
            if (!reset) {
                return reset.error();
            }
            return std::optional<Failure>();
        }
        return failed(current, QString());
    });
    if (!outcome) {
        return outcome.error();
    }
    if (!outcome->has_value()) {
        return attempt.credentialId;
    }
    return failedSignIn(outcome->value().lockedUntil, outcome->value().secondFactorRefusal, wrongMessage, field);
}

Error DirectoryService::failedSignIn(const QDateTime& lockedUntil, const QString& secondFactorRefusal,
                                     const QString& wrongMessage, const QString& field) const
{
    if (!secondFactorRefusal.isEmpty()) {
        if (!lockedUntil.isValid()) {
            return Error(ErrorCode::WrongSecondFactor, secondFactorRefusal, QStringLiteral("code"));
        }
        return Error(ErrorCode::Locked,
                     tr("The code is incorrect, and this account is now locked after too many failed sign-ins. Try "
                        "again after %1.")
                         .arg(localTime(lockedUntil)),
                     QStringLiteral("code"));
    }
    if (!lockedUntil.isValid()) {
        return Error(ErrorCode::WrongPassword, wrongMessage, field);
    }
    return Error(ErrorCode::Locked,
                 tr("The password is incorrect, and this account is now locked after too many failed sign-ins. "
                    "Try again after %1.")
                     .arg(localTime(lockedUntil)),
                 field);
}

Result<SignInAttempt> DirectoryService::prepareSignIn(const QString& upn) const
{
    if (upn.trimmed().isEmpty()) {
        return Error(ErrorCode::InvalidInput, tr("Enter your user name, such as someone@example.onmicrosoft.com."),
                     QStringLiteral("upn"));
    }
    return prepareCredential(CredentialTable::TenantUsers, upn);
}

Result<Session> DirectoryService::finishSignIn(const SignInAttempt& attempt, const SignInCheck& check,
                                               const SecondFactor& factor, QStringList* recoveryCodes)
{
    if (!attempt.gateLogin.isEmpty()) {
        return finishThroughGate(attempt, check.loginPassword, factor, recoveryCodes);
    }
    auto id = finishCredential(attempt, check, wrongUserOrPassword(), QStringLiteral("password"),
                               [&](const QString& userId) { return secondStep(userId, factor, recoveryCodes); });
    if (!id) {
        return id.error();
    }
    qCInfo(lcDirectory) << "Signed in" << attempt.name;
    return m_workspace.connected(session(id.value()), check.loginPassword);
}

Error DirectoryService::refusedByServer(const SignInAttempt& attempt, const Error& refusal, const QString& wrongMessage,
                                        const QString& field)
{
    if (refusal.code() == ErrorCode::Disabled) {
        return disabledError(attempt.table);
    }
    if (refusal.code() != ErrorCode::WrongPassword) {
        return refusal;
    }
    // The lock this failure set, if it did.
    auto locked = m_workspace.inTransaction([&]() {
        return DatabaseLogins::recordSignIn(m_workspace.db(), attempt.table, attempt.name, false, m_workspace.now());
    });
    if (!locked) {
        return locked.error();
    }
    return failedSignIn(locked.value(), {}, wrongMessage, field);
}

Result<Session> DirectoryService::finishThroughGate(const SignInAttempt& attempt, const QString& password,
                                                    const SecondFactor& factor, QStringList* recoveryCodes)
{
    const QString wrongMessage = wrongUserOrPassword();
    const QString field = QStringLiteral("password");
    auto connection = m_workspace.connectLogin(attempt.gateLogin, password);
    if (!connection) {
        return refusedByServer(attempt, connection.error(), wrongMessage, field);
    }
    // From here on the person's own new connection: the second step, and the count starting again.
    // A connection they had already (signed in in another window) stays until this one succeeds.
    const QString userId = connection->userId;
    struct Outcome
    {
        QString refusal; // the second factor's, when it was wrong
        QDateTime lockedUntil;
    };
    Result<Outcome> outcome = Outcome{};
    Result<Session> session = Session();
    {
        // Off the new connection again before it may be closed.
        Session person;
        person.user.id = userId;
        const auto acting = m_workspace.actFor(person);
        outcome = m_workspace.inTransaction([&]() -> Result<Outcome> {
            auto second = secondStep(userId, factor, recoveryCodes);
            if (!second) {
                return second.error();
            }
            auto locked = DatabaseLogins::recordSignIn(m_workspace.db(), attempt.table, attempt.name, second->isEmpty(),
                                                       m_workspace.now());
            if (!locked) {
                return locked.error();
            }
            return Outcome{second.value(), locked.value()};
        });
        if (outcome && outcome->refusal.isEmpty()) {
            session = this->session(userId);
        }
    }
    const bool signedIn = outcome && outcome->refusal.isEmpty() && session;
    m_workspace.settleLogin(connection.value(), signedIn);
    if (!outcome) {
        return outcome.error();
    }
    if (!outcome->refusal.isEmpty()) {
        return failedSignIn(outcome->lockedUntil, outcome->refusal, wrongMessage, field);
    }
    qCInfo(lcDirectory) << "Signed in through the gate" << attempt.name;
    return session;
}

Result<Session> DirectoryService::signIn(const QString& upn, const QString& password, const SecondFactor& factor,
                                         QStringList* recoveryCodes)
{
    auto attempt = prepareSignIn(upn);
    if (!attempt) {
        return attempt.error();
    }
    return finishSignIn(attempt.value(), checkSignIn(attempt.value(), password), factor, recoveryCodes);
}

Result<QString> DirectoryService::secondStep(const QString& userId, const SecondFactor& factor,
                                             QStringList* recoveryCodes)
{
    auto user = session(userId);
    if (!user) {
        return user.error();
    }
    MfaService& mfa = m_workspace.mfa();
    auto need = mfa.needAtSignIn(user->user);
    if (!need) {
        return need.error();
    }
    const Error codeRequired(ErrorCode::SecondFactorRequired,
                             tr("Enter the 6-digit code from your authenticator app, or one of your recovery codes."),
                             QStringLiteral("code"));
    if (!factor.newSecret.isEmpty()) {
        // Setting up while signing in never replaces a second factor: the password alone would.
        if (need.value() == MfaService::SignInNeed::Code) {
            return codeRequired;
        }
        // Nor sets one up that nobody requires: that is done from User management, signed in.
        if (need.value() != MfaService::SignInNeed::Enrollment) {
            return Error(ErrorCode::InvalidState,
                         tr("Two-step verification isn't required to sign in. Set it up from User management "
                            "once signed in."));
        }
        auto codes = mfa.enrollAtSignIn(user.value(), factor.newSecret, factor.code);
        if (!codes) {
            return codes.error();
        }
        if (recoveryCodes) {
            *recoveryCodes = codes.value();
        }
        return QString();
    }
    switch (need.value()) {
    case MfaService::SignInNeed::Nothing:
        return QString();
    case MfaService::SignInNeed::Enrollment:
        return Error(ErrorCode::SecondFactorEnrollmentRequired,
                     tr("%1 requires two-step verification. Set it up to finish signing in.")
                         .arg(user->partner ? user->partner->legal.legalName : user->tenant.displayName));
    case MfaService::SignInNeed::Code:
        break;
    }
    if (factor.code.trimmed().isEmpty()) {
        return codeRequired;
    }
    auto checked = mfa.checkCode(user.value(), factor.code);
    if (!checked) {
        return checked.error();
    }
    switch (checked.value()) {
    case MfaService::CodeCheck::Accepted:
        return QString();
    case MfaService::CodeCheck::Reused:
        return tr("This code has already been used. Wait for the next code in your app and enter that one.");
    case MfaService::CodeCheck::Wrong:
        break;
    }
    return tr("The code is incorrect. Enter the code your app shows now, or an unused recovery code.");
}

Result<Session> DirectoryService::session(const QString& userId) const
{
    // On the person's own connection when they have one (behind the gate the workspace's sees no
    // one); within a transaction, on its connection.
    Session who;
    who.user.id = userId;
    const auto acting = m_workspace.actFor(who);
    auto user = DirectoryStore::userById(m_workspace.db(), userId);
    if (!user) {
        return user.error();
    }
    if (!user->has_value() && m_workspace.db().connectionName() == m_workspace.personConnection(userId)) {
        // On their own login a disabled user reads nothing, their own user included.
        return Error(ErrorCode::Disabled, tr("Your user has been disabled or removed."));
    }
    if (!user->has_value()) {
        return Error(ErrorCode::UnknownUser, tr("Your user no longer exists in this workspace."));
    }
    if (!user->value().enabled) {
        return Error(ErrorCode::Disabled, tr("Your user has been disabled."));
    }
    return loadSession(user->value());
}

Result<Session> DirectoryService::loadSession(const TenantUser& user) const
{
    const QSqlDatabase db = m_workspace.db();
    auto tenant = DirectoryStore::tenantById(db, user.tenantId);
    if (!tenant || !tenant->has_value()) {
        return tenant ? Error(ErrorCode::NotFound, tr("Your organization no longer exists in this workspace."))
                      : tenant.error();
    }
    Session session;
    session.user = user;
    session.tenant = tenant->value();
    auto partner = PartnerStore::accountOfTenant(db, user.tenantId);
    if (!partner) {
        return partner.error();
    }
    session.partner = partner.value();
    if (session.partner) {
        auto roles = PartnerStore::rolesOf(db, session.partner->id, user.id);
        auto programs = PartnerStore::programsOf(db, session.partner->id);
        if (!roles || !programs) {
            return roles ? programs.error() : roles.error();
        }
        session.roles = roles.value();
        session.partner->programs = programs.value();
    }
    auto customer = CustomerStore::customerOfTenant(db, user.tenantId);
    if (!customer) {
        return customer.error();
    }
    session.customerTenant = customer->has_value();
    return session;
}

Result<SignInAttempt> DirectoryService::preparePmcSignIn(const QString& userName) const
{
    if (userName.trimmed().isEmpty()) {
        return Error(ErrorCode::InvalidInput, tr("Enter your Partner Membership Center user name."),
                     QStringLiteral("pmcUserName"));
    }
    return prepareCredential(CredentialTable::PmcAccounts, userName);
}

Error DirectoryService::pmcSignInEnded()
{
    return Error(ErrorCode::InvalidState,
                 tr("Your sign-in to Partner Membership Center has ended (it lasts two hours). Sign in to it again."),
                 QStringLiteral("pmcUserName"));
}

QString DirectoryService::wrongPmcUserOrPassword()
{
    return tr("The Partner Membership Center user name or password is incorrect. Try again.");
}

Result<PmcAccount> DirectoryService::finishPmcSignIn(const SignInAttempt& attempt, const SignInCheck& check)
{
    if (!attempt.gateLogin.isEmpty()) {
        return finishPmcThroughGate(attempt, check.loginPassword);
    }
    auto id = finishCredential(attempt, check, wrongPmcUserOrPassword(), QStringLiteral("pmcPassword"));
    if (!id) {
        return id.error();
    }
    auto account = DirectoryStore::pmcAccountById(m_workspace.db(), id.value());
    if (!account || !account->has_value()) {
        return account ? Error(ErrorCode::NotFound, tr("The account no longer exists.")) : account.error();
    }
    PmcAccount signedIn = account->value();
    // On a shared workspace the owner's desk, which checked the password itself, takes the
    // sign-in's ticket too: the profiles and enrolling go by it, for two hours, as behind the gate.
    if (SqlEngine::of(m_workspace.db()).enforcesRights()) {
        auto ticket = DatabaseLogins::pmcTicket(m_workspace.db(), signedIn.id, m_workspace.now());
        if (!ticket) {
            return ticket.error();
        }
        signedIn.ticket = ticket.value();
    }
    return signedIn;
}

Result<PmcAccount> DirectoryService::finishPmcThroughGate(const SignInAttempt& attempt, const QString& password)
{
    auto connection = m_workspace.database().connectPerson(attempt.gateLogin, password);
    if (!connection) {
        return refusedByServer(attempt, connection.error(), wrongPmcUserOrPassword(), QStringLiteral("pmcPassword"));
    }
    // On the account's own connection, which sees nothing else: its ticket (its count of failures
    // starts again), for the rest of the enrollment. The connection is closed again.
    Result<PmcAccount> account = PmcAccount{};
    {
        const QSqlDatabase own = QSqlDatabase::database(connection.value(), false);
        auto id = DatabaseLogins::signedInPmcAccount(own);
        if (!id) {
            account = id.error();
        } else {
            auto ticket = DatabaseLogins::pmcTicket(own, id.value(), m_workspace.now());
            if (ticket) {
                account = PmcAccount{id.value(), attempt.name.toLower(), ticket.value()};
            } else {
                account = ticket.error();
            }
        }
    }
    m_workspace.database().disconnectPerson(connection.value());
    if (account) {
        qCInfo(lcDirectory) << "Signed in to Partner Membership Center through the gate" << attempt.name;
    }
    return account;
}

Result<PmcAccount> DirectoryService::signInPmc(const QString& userName, const QString& password)
{
    auto attempt = preparePmcSignIn(userName);
    if (!attempt) {
        return attempt.error();
    }
    return finishPmcSignIn(attempt.value(), checkSignIn(attempt.value(), password));
}

Result<QList<MpnProfile>> DirectoryService::mpnProfilesOf(const PmcAccount& account) const
{
    if (account.id.isEmpty()) {
        return Error(ErrorCode::InvalidInput, tr("Sign in to Partner Membership Center first."));
    }
    if (account.ticket.isEmpty()) {
        return DirectoryStore::mpnProfiles(m_workspace.db(), account.id);
    }
    auto holder = DatabaseLogins::ticketAccount(m_workspace.db(), account.ticket);
    if (!holder) {
        return holder.error();
    }
    if (holder.value() != account.id) {
        return pmcSignInEnded();
    }
    return DirectoryStore::mpnProfilesOfTicket(m_workspace.db(), account.ticket);
}

Result<QList<ProviderListing>> DirectoryService::providerDirectory(const Session& session) const
{
    const auto acting = m_workspace.actFor(session);
    auto administrator = m_workspace.authorize(session, &Session::requireProgramAdministrator);
    if (!administrator) {
        return administrator.error();
    }
    return PartnerStore::listings(m_workspace.db());
}

Result<QList<MpnProfile>> DirectoryService::mpnDirectory(const Session& session) const
{
    const auto acting = m_workspace.actFor(session);
    auto administrator = m_workspace.authorize(session, &Session::requireProgramAdministrator);
    if (!administrator) {
        return administrator.error();
    }
    return DirectoryStore::mpnProfiles(m_workspace.db());
}

bool DirectoryService::pmcAccountExists(const QString& userName) const
{
    auto account = DirectoryStore::pmcAccountByName(m_workspace.db(), userName);
    return account && account->has_value();
}

QList<Error> DirectoryService::validateNewMpnProfile(const NewMpnProfile& input) const
{
    QList<Error> errors;
    collectError(errors, Validators::userNameLocalPart(input.pmcUserName), QStringLiteral("pmcUserName"));
    if (!pmcAccountExists(input.pmcUserName)) {
        // A new PMC account needs the password its owner will sign in with.
        collectError(errors, Validators::password(input.pmcPassword), QStringLiteral("pmcPassword"));
    }
    Status partnerId = Validators::partnerId(input.partnerId);
    if (partnerId) {
        auto taken = DirectoryStore::mpnProfile(m_workspace.db(), Validators::normalizedPartnerId(input.partnerId));
        if (taken && taken->has_value()) {
            partnerId = Error(ErrorCode::Conflict,
                              tr("The Partner ID %1 already belongs to %2.")
                                  .arg(taken->value().partnerId, taken->value().organizationName));
        }
    }
    collectError(errors, partnerId, QStringLiteral("partnerId"));
    collectError(errors, Validators::required(input.organizationName, tr("the organization name")),
                 QStringLiteral("organizationName"));
    collectError(errors, Validators::countryCode(input.country.trimmed()), QStringLiteral("country"));
    return errors;
}

Result<MpnProfile> DirectoryService::addMpnProfile(const Session& session, const NewMpnProfile& input)
{
    const auto acting = m_workspace.actFor(session);
    // A new PMC account's password is hashed before the write lock is taken, and only for whoever
    // may add profiles; both are checked again under the lock.
    auto allowed = m_workspace.authorize(session, &Session::requireProgramAdministrator);
    if (!allowed) {
        return allowed.error();
    }
    const StoredPassword pmcPassword
        = pmcAccountExists(input.pmcUserName) ? StoredPassword() : hashIfValid(input.pmcPassword);
    return m_workspace.inTransaction([&]() -> Result<MpnProfile> {
        auto administrator = m_workspace.authorize(session, &Session::requireProgramAdministrator);
        if (!administrator) {
            return administrator.error();
        }
        const QList<Error> errors = validateNewMpnProfile(input);
        if (!errors.isEmpty()) {
            return errors.first();
        }
        const QSqlDatabase db = m_workspace.db();
        auto account = DirectoryStore::pmcAccountByName(db, input.pmcUserName);
        if (!account) {
            return account.error();
        }
        PmcAccount pmc;
        if (account->has_value()) {
            pmc = account->value();
        } else {
            pmc = PmcAccount{Workspace::newId(), input.pmcUserName.trimmed().toLower(), {}};
            if (pmcPassword.isEmpty()) {
                // Someone else's window created the account, or the password rules refused the
                // password, after it was checked above: nothing is stored.
                return Error(ErrorCode::Conflict,
                             tr("The Partner Membership Center account %1 changed meanwhile. Try again.")
                                 .arg(input.pmcUserName.trimmed().toLower()),
                             QStringLiteral("pmcUserName"));
            }
            Status created = DirectoryStore::insertPmcAccount(db, pmc, pmcPassword, m_workspace.now());
            if (created) {
                created = m_workspace.audit(&administrator.value(), QStringLiteral("pmcAccount.created"),
                                            QStringLiteral("PmcAccount"), pmc.id,
                                            {{QStringLiteral("userName"), pmc.userName}});
            }
            if (!created) {
                return created.error();
            }
        }
        MpnProfile profile;
        profile.partnerId = Validators::normalizedPartnerId(input.partnerId);
        profile.pmcAccountId = pmc.id;
        profile.organizationName = input.organizationName.simplified();
        profile.country = input.country.trimmed();
        profile.status = input.status;
        Status stored = DirectoryStore::insertMpnProfile(db, profile);
        if (stored) {
            stored = m_workspace.audit(&administrator.value(), QStringLiteral("mpnProfile.added"),
                                       QStringLiteral("MpnProfile"), profile.partnerId,
                                       {{QStringLiteral("pmcAccount"), pmc.userName},
                                        {QStringLiteral("organizationName"), profile.organizationName},
                                        {QStringLiteral("country"), profile.country},
                                        {QStringLiteral("status"), Enums::key(profile.status)}});
        }
        if (!stored) {
            return stored.error();
        }
        return profile;
    });
}

Result<MpnProfile> DirectoryService::setMpnProfileStatus(const Session& session, const QString& partnerId,
                                                         MpnStatus status)
{
    const auto acting = m_workspace.actFor(session);
    return m_workspace.inTransaction([&]() -> Result<MpnProfile> {
        auto administrator = m_workspace.authorize(session, &Session::requireProgramAdministrator);
        if (!administrator) {
            return administrator.error();
        }
        const QSqlDatabase db = m_workspace.db();
        auto profile = DirectoryStore::mpnProfile(db, partnerId);
        if (!profile) {
            return profile.error();
        }
        if (!profile->has_value()) {
            return Error(ErrorCode::NotFound, tr("No MPN profile has the Partner ID %1.").arg(partnerId),
                         QStringLiteral("partnerId"));
        }
        MpnProfile changed = profile->value();
        if (changed.status == status) {
            return changed;
        }
        Status stored = DirectoryStore::setMpnStatus(db, partnerId, status);
        if (stored) {
            stored = m_workspace.audit(&administrator.value(), QStringLiteral("mpnProfile.statusChanged"),
                                       QStringLiteral("MpnProfile"), partnerId,
                                       {{QStringLiteral("status"),
                                         QJsonObject{{QStringLiteral("from"), Enums::key(changed.status)},
                                                     {QStringLiteral("to"), Enums::key(status)}}}});
        }
        if (!stored) {
            return stored.error();
        }
        changed.status = status;
        return changed;
    });
}

Status DirectoryService::checkProviderProfile(const QString& partnerId, const QString& tenantCountry) const
{
    Status valid = Validators::partnerId(partnerId);
    if (!valid) {
        return valid;
    }
    const QString id = Validators::normalizedPartnerId(partnerId);
    auto found = DirectoryStore::mpnProfile(m_workspace.db(), id);
    if (!found) {
        return found.error();
    }
    if (!found->has_value()) {
        return Error(ErrorCode::NotFound,
                     tr("No MPN profile has the Partner ID %1. Add the profile on the MPN profiles tab first.").arg(id),
                     QStringLiteral("partnerId"));
    }
    const MpnProfile& profile = found->value();
    if (profile.status != MpnStatus::Active) {
        return Error(
            ErrorCode::InvalidState,
            tr("The MPN profile %1 (%2) is %3. Only an active profile can be linked to a provider.")
                .arg(profile.partnerId, profile.organizationName, Enums::displayName(profile.status).toLower()),
            QStringLiteral("partnerId"));
    }
    // E2, worded for the administrator who chooses the tenant's country in the same form.
    if (!tenantCountry.isEmpty() && profile.country != tenantCountry) {
        return Error(ErrorCode::InvalidState,
                     tr("The MPN profile %1 is located in %2, but the provider's tenant is in %3. Choose %2 for the "
                        "tenant, or a profile located in %3.")
                         .arg(profile.partnerId, Countries::name(profile.country), Countries::name(tenantCountry)),
                     QStringLiteral("partnerId"));
    }
    return PartnerRules::partnerIdAvailable(profile);
}

QList<Error> DirectoryService::validateNewProvider(const NewProviderAccount& input) const
{
    QList<Error> errors = validateNewTenant(input.tenant, input.firstUser);
    const QString country = input.tenant.country.trimmed();
    collectError(errors, checkProviderProfile(input.partnerId, Validators::countryCode(country) ? country : QString()),
                 QStringLiteral("partnerId"));
    // The legal address is in the tenant's country; a problem with it is the tenant's "country".
    LegalBusinessProfile legal = input.legal;
    legal.address.country = country;
    for (const Error& error : AccountService::validate(legal)) {
        if (error.field() != QLatin1String("country")) {
            errors << error;
        }
    }
    errors << AccountService::validate(input.support, country);

    const ProviderListing& listing = input.listing;
    if (listing.countries.isEmpty()) {
        errors << Error(ErrorCode::InvalidInput, tr("Choose at least one country/region the provider serves."),
                        QStringLiteral("countriesServed"));
    }
    for (const QString& served : listing.countries) {
        Status valid = Validators::countryCode(served.trimmed());
        if (!valid) {
            errors << valid.about(QStringLiteral("countriesServed"));
            break;
        }
    }
    collectError(errors, Validators::required(listing.contactName, tr("the name resellers contact")),
                 QStringLiteral("listingContactName"));
    collectError(errors, Validators::email(listing.contactEmail), QStringLiteral("listingContactEmail"));
    if (!listing.contactPhone.trimmed().isEmpty()) {
        collectError(errors, Validators::phone(listing.contactPhone), QStringLiteral("listingContactPhone"));
    }
    if (!listing.website.trimmed().isEmpty()) {
        collectError(errors, Validators::webSite(listing.website), QStringLiteral("listingWebsite"));
    }
    return errors;
}

Result<std::optional<MpnProfile>> DirectoryService::findMpnProfile(const Session& session,
                                                                   const QString& partnerId) const
{
    const auto acting = m_workspace.actFor(session);
    auto administrator = m_workspace.authorize(session, &Session::requireProgramAdministrator);
    if (!administrator) {
        return administrator.error();
    }
    if (!Validators::partnerId(partnerId)) {
        return std::optional<MpnProfile>();
    }
    return DirectoryStore::mpnProfile(m_workspace.db(), Validators::normalizedPartnerId(partnerId));
}

Result<ProviderListing> DirectoryService::addProvider(const Session& session, const NewProviderAccount& input)
{
    const auto acting = m_workspace.actFor(session);
    // Whoever may not add providers is refused before hashing's cost; checked again under the lock.
    auto allowed = m_workspace.authorize(session, &Session::requireProgramAdministrator);
    if (!allowed) {
        return allowed.error();
    }
    const StoredPassword password = hashIfValid(input.firstUser.password);
    return m_workspace.inTransaction([&]() -> Result<ProviderListing> {
        auto administrator = m_workspace.authorize(session, &Session::requireProgramAdministrator);
        if (!administrator) {
            return administrator.error();
        }
        // Validate what was typed, as the form does; normalize only what is stored.
        const QList<Error> errors = validateNewProvider(input);
        if (!errors.isEmpty()) {
            return errors.first();
        }
        const QSqlDatabase db = m_workspace.db();
        NewUser firstUser = input.firstUser;
        firstUser.directoryRole = DirectoryRole::GlobalAdministrator;
        auto tenant = insertTenant(input.tenant, firstUser, password, false);
        if (!tenant) {
            return tenant.error();
        }
        auto users = DirectoryStore::usersOfTenant(db, tenant->id);
        if (!users) {
            return users.error();
        }
        const TenantUser& user = users->first();

        PartnerAccount account;
        account.id = Workspace::newId();
        account.tenantId = tenant->id;
        account.type = PartnerType::IndirectProvider;
        account.partnerId = Validators::normalizedPartnerId(input.partnerId);
        LegalBusinessProfile legal = input.legal;
        legal.address.country = tenant->country;
        account.legal = AccountService::normalized(legal);
        account.support = AccountService::normalized(input.support, tenant->country);
        account.status = PartnerStatus::Active;
        account.created = m_workspace.now();
        account.updated = account.created;
        ProviderListing listing = normalizedListing(input.listing);
        listing.partnerAccountId = account.id;

        Status stored = PartnerStore::insertAccount(db, account);
        if (stored) {
            stored = PartnerStore::addRole(db, account.id, user.id, PartnerRole::AdminAgent);
        }
        if (stored) {
            stored = PartnerStore::appendStatusChange(db, account.id, {}, account.status, {}, administrator->user.id,
                                                      account.created);
        }
        if (stored) {
            stored = PartnerStore::insertListing(db, listing);
        }
        if (stored) {
            QJsonArray services;
            for (ProviderService service : listing.services) {
                services << Enums::key(service);
            }
            // The event is about the new provider, so it shows in that partner's audit trail.
            Session subject = administrator.value();
            subject.partner = account;
            stored = m_workspace.audit(&subject, QStringLiteral("provider.added"), QStringLiteral("PartnerAccount"),
                                       account.id,
                                       {{QStringLiteral("partnerId"), account.partnerId},
                                        {QStringLiteral("tenant"), tenant->defaultDomain()},
                                        {QStringLiteral("firstUser"), user.upn},
                                        {QStringLiteral("countries"), QJsonArray::fromStringList(listing.countries)},
                                        {QStringLiteral("services"), services}});
        }
        if (stored) {
            stored = sendProviderWelcome(account, tenant.value(), user, listing.countries);
        }
        if (!stored) {
            return stored.error();
        }
        qCInfo(lcDirectory) << "Added provider" << account.partnerId << tenant->defaultDomain();
        auto added = PartnerStore::listingOf(db, account.id);
        if (!added || !added->has_value()) {
            return added ? Error(ErrorCode::NotFound, tr("The provider's listing could not be read back."))
                         : added.error();
        }
        return added->value();
    });
}

Status DirectoryService::sendProviderWelcome(const PartnerAccount& account, const Tenant& tenant,
                                             const TenantUser& firstUser, const QStringList& countries)
{
    return m_workspace.notify(
        account, QStringLiteral("provider.welcome"), QStringLiteral("PartnerAccount"), account.id, [&]() {
            return MessageText{
                tr("Welcome to the Cloud Solution Provider program, %1").arg(account.legal.legalName),
                tr("Hello %1,\n\n"
                   "%2 (Partner ID %3) is now an official indirect provider in the Cloud Solution Provider "
                   "program, and its partner account is active.\n\n"
                   "Its tenant is %4. The first user, %5, is a Global administrator of the tenant and an Admin "
                   "agent of the partner account; your program administrator gives them their password. Sign in "
                   "to PartnerDesk as %5 to add users and invite resellers.\n\n"
                   "Resellers in %6 find %2 under Find a provider.")
                    .arg(account.legal.contactFirstName, account.legal.legalName, account.partnerId,
                         tenant.defaultDomain(), firstUser.upn, Countries::names(countries))};
        });
}

Result<ProviderListing> DirectoryService::setProviderStatus(const Session& session, const QString& accountId,
                                                            PartnerStatus status, const QString& reason)
{
    const auto acting = m_workspace.actFor(session);
    return m_workspace.inTransaction([&]() -> Result<ProviderListing> {
        auto administrator = m_workspace.authorize(session, &Session::requireProgramAdministrator);
        if (!administrator) {
            return administrator.error();
        }
        const QSqlDatabase db = m_workspace.db();
        auto found = PartnerStore::accountById(db, accountId);
        if (!found) {
            return found.error();
        }
        if (!found->has_value() || found->value().type != PartnerType::IndirectProvider) {
            return Error(ErrorCode::NotFound, tr("The indirect provider no longer exists in this workspace."));
        }
        const PartnerAccount& account = found->value();
        const QString name = account.legal.legalName;
        if (account.status == status) {
            return Error(ErrorCode::InvalidState,
                         tr("%1 is already %2.").arg(name, Enums::displayName(status).toLower()));
        }
        const bool suspending = account.status == PartnerStatus::Active && status == PartnerStatus::Suspended;
        const bool reinstating = account.status == PartnerStatus::Suspended && status == PartnerStatus::Active;
        if (!suspending && !reinstating) {
            return Error(ErrorCode::InvalidState,
                         tr("%1 is %2. Only an active provider can be suspended, and only a suspended one "
                            "reinstated.")
                             .arg(name, Enums::displayName(account.status).toLower()));
        }
        const QString why = reason.trimmed();
        if (suspending && why.isEmpty()) {
            return Error(ErrorCode::InvalidInput,
                         tr("Enter the reason for suspending %1: its primary contact reads it.").arg(name),
                         QStringLiteral("reason"));
        }
        const QDateTime now = m_workspace.now();
        Status stored = PartnerStore::setStatus(db, account.id, status, now);
        if (stored) {
            stored = PartnerStore::appendStatusChange(db, account.id, Enums::key(account.status), status, why,
                                                      administrator->user.id, now);
        }
        if (stored) {
            QJsonObject details{{QStringLiteral("from"), Enums::key(account.status)},
                                {QStringLiteral("to"), Enums::key(status)}};
            if (!why.isEmpty()) {
                details.insert(QStringLiteral("reason"), why);
            }
            Session subject = administrator.value();
            subject.partner = account;
            stored = m_workspace.audit(&subject, QStringLiteral("partner.statusChanged"),
                                       QStringLiteral("PartnerAccount"), account.id, details);
        }
        if (stored) {
            stored = sendProviderStatus(account, status, why);
        }
        if (!stored) {
            return stored.error();
        }
        auto listing = PartnerStore::listingOf(db, account.id);
        if (!listing || !listing->has_value()) {
            return listing ? Error(ErrorCode::NotFound, tr("The provider's listing could not be read back."))
                           : listing.error();
        }
        return listing->value();
    });
}

Status DirectoryService::sendProviderStatus(const PartnerAccount& account, PartnerStatus status, const QString& reason)
{
    return m_workspace.notify(
        account, QStringLiteral("provider.statusChanged"), QStringLiteral("PartnerAccount"), account.id, [&]() {
            MessageText text;
            text.subject = tr("Partner account of %1: %2").arg(account.legal.legalName, Enums::displayName(status));
            if (status == PartnerStatus::Suspended) {
                text.body
                    = tr("Hello %1,\n\n"
                         "The indirect provider account of %2 (Partner ID %3) is suspended. Until it is "
                         "reinstated, resellers don't find %2 under Find a provider, and it can't invite "
                         "resellers or customers.\n\nReason: %4")
                          .arg(account.legal.contactFirstName, account.legal.legalName, account.partnerId, reason);
            } else {
                text.body = tr("Hello %1,\n\n"
                               "The indirect provider account of %2 (Partner ID %3) is active again. Resellers find "
                               "it under Find a provider, and it can invite resellers and customers.")
                                .arg(account.legal.contactFirstName, account.legal.legalName, account.partnerId);
            }
            return text;
        });
}
