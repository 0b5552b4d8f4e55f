#include "DirectoryService.h"

#include "domain/Countries.h"
#include "domain/Validators.h"
#include "services/Workspace.h"
#include "storage/AuditStore.h"
#include "storage/CustomerStore.h"
#include "storage/PartnerStore.h"

#include <QLocale>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcDirectory, "partnerdesk.directory", QtWarningMsg)

namespace {
// A moment as people read it: local time, in the format of the interface language.
QString localTime(const QDateTime& at)
{
    return QLocale().toString(at.toLocalTime(), QLocale::ShortFormat);
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

Result<Tenant> DirectoryService::createTenant(const NewTenant& input, const NewUser& admin)
{
    return m_workspace.inTransaction([&]() { return insertTenant(input, admin, false); });
}

Result<Tenant> DirectoryService::insertTenant(const NewTenant& input, const NewUser& admin, bool program)
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
    user.upn = admin.userName.trimmed().toLower() + QLatin1Char('@') + tenant.defaultDomain();
    user.displayName = admin.displayName.trimmed();
    user.directoryRole = DirectoryRole::GlobalAdministrator;
    stored
        = DirectoryStore::insertUser(m_workspace.db(), user, m_workspace.hasher().hash(admin.password), tenant.created);
    if (!stored) {
        return stored.error();
    }
    return tenant;
}

Result<Session> DirectoryService::createProgramAdministrator(const NewTenant& input, const NewUser& admin)
{
    return m_workspace.inTransaction([&]() -> Result<Session> {
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
        auto tenant = insertTenant(input, admin, true);
        if (!tenant) {
            return tenant.error();
        }
        auto users = DirectoryStore::usersOfTenant(m_workspace.db(), tenant->id);
        if (!users) {
            return users.error();
        }
        return loadSession(users->first());
    });
}

Result<bool> DirectoryService::hasProgramTenant() const
{
    auto tenant = DirectoryStore::programTenant(m_workspace.db());
    if (!tenant) {
        return tenant.error();
    }
    return tenant->has_value();
}

Result<DirectoryService::CredentialCheck> DirectoryService::checkCredential(CredentialTable table, const QString& name,
                                                                            const QString& password,
                                                                            const QString& unknownMessage,
                                                                            const QString& nameField)
{
    // Read and verify outside the transaction: PBKDF2 takes most of a second, and no write lock
    // is held meanwhile. The count is then updated under the lock, from what is stored then.
    const QSqlDatabase db = m_workspace.db();
    auto stored = DirectoryStore::credential(db, table, name);
    if (!stored) {
        return stored.error();
    }
    if (!stored->has_value()) {
        return Error(ErrorCode::UnknownUser, unknownMessage, nameField);
    }
    const StoredCredential& credential = stored->value();
    if (credential.lockedUntil.isValid() && credential.lockedUntil > m_workspace.now()) {
        return Error(ErrorCode::Locked,
                     tr("This account is locked after too many failed sign-ins. Try again after %1.")
                         .arg(localTime(credential.lockedUntil)),
                     nameField);
    }
    if (!credential.enabled) {
        return Error(ErrorCode::Disabled,
                     tr("This account is disabled. Ask an administrator of your organization to enable it."),
                     nameField);
    }
    const bool matched = PasswordHasher::verify(password, credential.passwordHash);

    return m_workspace.inTransaction([&]() -> Result<CredentialCheck> {
        auto fresh = DirectoryStore::credential(db, table, name);
        if (!fresh) {
            return fresh.error();
        }
        if (!fresh->has_value()) {
            return Error(ErrorCode::UnknownUser, unknownMessage, nameField);
        }
        const StoredCredential& current = fresh->value();
        const QDateTime now = m_workspace.now();
        if (current.lockedUntil.isValid() && current.lockedUntil > now) {
            // Another window's failures locked it while the password was being checked.
            return Error(ErrorCode::Locked,
                         tr("This account is locked after too many failed sign-ins. Try again after %1.")
                             .arg(localTime(current.lockedUntil)),
                         nameField);
        }
        if (matched) {
            Status reset = DirectoryStore::recordSignInAttempt(db, table, current.id, 0, {});
            if (!reset) {
                return reset.error();
            }
            return CredentialCheck{current.id, true, {}};
        }
        // A lock that has run out starts the count again.
        const int failures = (current.lockedUntil.isValid() ? 0 : current.failedSignIns) + 1;
        const WorkspaceOptions& options = m_workspace.options();
        QDateTime lockedUntil;
        if (failures >= options.maxFailedSignIns) {
            lockedUntil = now.addSecs(options.lockoutMinutes * 60);
        }
        Status recorded = DirectoryStore::recordSignInAttempt(db, table, current.id,
                                                              lockedUntil.isValid() ? 0 : failures, lockedUntil);
        if (!recorded) {
            return recorded.error();
        }
        // The failure is stored even though sign-in fails: this transaction commits it.
        return CredentialCheck{current.id, false, lockedUntil};
    });
}

Error DirectoryService::wrongPassword(const CredentialCheck& check, const QString& wrongMessage,
                                      const QString& field) const
{
    if (!check.lockedUntil.isValid()) {
        return Error(ErrorCode::WrongPassword, wrongMessage, field);
    }
    return Error(ErrorCode::Locked,
                 tr("The password is incorrect, and this account is now locked after too many failed sign-ins. "
                    "Try again after %1.")
                     .arg(localTime(check.lockedUntil)),
                 field);
}

Result<Session> DirectoryService::signIn(const QString& upn, const QString& password)
{
    if (upn.trimmed().isEmpty()) {
        return Error(ErrorCode::InvalidInput, tr("Enter your user name, such as someone@example.onmicrosoft.com."),
                     QStringLiteral("upn"));
    }
    auto check
        = checkCredential(CredentialTable::TenantUsers, upn, password,
                          tr("No user named %1 exists in this workspace. Check the user name.").arg(upn.trimmed()),
                          QStringLiteral("upn"));
    if (!check) {
        return check.error();
    }
    if (!check->passwordMatched) {
        return wrongPassword(check.value(), tr("The password is incorrect. Try again."), QStringLiteral("password"));
    }
    qCInfo(lcDirectory) << "Signed in" << upn;
    return session(check->id);
}

Result<Session> DirectoryService::session(const QString& userId) const
{
    auto user = DirectoryStore::userById(m_workspace.db(), userId);
    if (!user) {
        return user.error();
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

Result<PmcAccount> DirectoryService::signInPmc(const QString& userName, const QString& password)
{
    if (userName.trimmed().isEmpty()) {
        return Error(ErrorCode::InvalidInput, tr("Enter your Partner Membership Center user name."),
                     QStringLiteral("pmcUserName"));
    }
    auto check = checkCredential(
        CredentialTable::PmcAccounts, userName, password,
        tr("No Partner Membership Center account is named %1. Check the user name.").arg(userName.trimmed()),
        QStringLiteral("pmcUserName"));
    if (!check) {
        return check.error();
    }
    if (!check->passwordMatched) {
        return wrongPassword(check.value(), tr("The Partner Membership Center password is incorrect. Try again."),
                             QStringLiteral("pmcPassword"));
    }
    auto account = DirectoryStore::pmcAccountById(m_workspace.db(), check->id);
    if (!account || !account->has_value()) {
        return account ? Error(ErrorCode::NotFound, tr("The account no longer exists.")) : account.error();
    }
    return account->value();
}

Result<QList<MpnProfile>> DirectoryService::mpnProfilesOf(const QString& pmcAccountId) const
{
    if (pmcAccountId.isEmpty()) {
        return Error(ErrorCode::InvalidInput, tr("Sign in to Partner Membership Center first."));
    }
    return DirectoryStore::mpnProfiles(m_workspace.db(), pmcAccountId);
}

Result<QList<ProviderListing>> DirectoryService::providerDirectory(const Session& session) const
{
    auto administrator = m_workspace.authorize(session, &Session::requireProgramAdministrator);
    if (!administrator) {
        return administrator.error();
    }
    return PartnerStore::listings(m_workspace.db());
}

Result<QList<MpnProfile>> DirectoryService::mpnDirectory(const Session& session) const
{
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
            pmc = PmcAccount{Workspace::newId(), input.pmcUserName.trimmed().toLower()};
            Status created = DirectoryStore::insertPmcAccount(db, pmc, m_workspace.hasher().hash(input.pmcPassword),
                                                              m_workspace.now());
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
