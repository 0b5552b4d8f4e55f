#pragma once

// Tenants, tenant users and sign-in; Partner Membership Center accounts and their MPN profiles;
// the program tenant and its administrators. Sign-in locks a credential after repeated
// failures (ARCHITECTURE §7).

#include "common/Result.h"
#include "domain/Directory.h"
#include "domain/PartnerAccount.h"
#include "security/Session.h"
#include "storage/DirectoryStore.h"

#include <QCoreApplication>
#include <QJsonObject>

class Workspace;

class DirectoryService
{
    Q_DECLARE_TR_FUNCTIONS(DirectoryService)

public:
    explicit DirectoryService(Workspace& workspace);

    // E4: a valid prefix that no tenant of the workspace uses yet. The message says which.
    Status checkDomainPrefix(const QString& prefix) const;
    // Field-by-field problems of a new tenant and its first user, empty when all is well.
    QList<Error> validateNewTenant(const NewTenant& tenant, const NewUser& firstAdministrator) const;

    Result<Tenant> createTenant(const NewTenant& tenant, const NewUser& firstAdministrator);
    // The first run's program tenant and its Global administrator: only in an empty workspace.
    Result<Session> createProgramAdministrator(const NewTenant& tenant, const NewUser& administrator);
    Result<bool> hasProgramTenant() const;

    Result<Session> signIn(const QString& upn, const QString& password);
    // Reloads who a user is and what they may do, as every service call does.
    Result<Session> session(const QString& userId) const;

    Result<PmcAccount> signInPmc(const QString& userName, const QString& password);
    Result<QList<MpnProfile>> mpnProfilesOf(const QString& pmcAccountId) const;

    // The program administrator keeps the directory of PMC accounts and MPN profiles, so that
    // partners can link their Partner ID when they enroll (E1, E2).
    QList<Error> validateNewMpnProfile(const NewMpnProfile& profile) const;
    bool pmcAccountExists(const QString& userName) const;
    Result<MpnProfile> addMpnProfile(const Session& session, const NewMpnProfile& profile);
    Result<MpnProfile> setMpnProfileStatus(const Session& session, const QString& partnerId, MpnStatus status);

    // The program administrator's directory views.
    Result<QList<ProviderListing>> providerDirectory(const Session& session) const;
    Result<QList<MpnProfile>> mpnDirectory(const Session& session) const;

private:
    Result<Tenant> insertTenant(const NewTenant& tenant, const NewUser& firstAdministrator, bool program);
    Result<Session> loadSession(const TenantUser& user) const;
    struct CredentialCheck
    {
        QString id;
        bool passwordMatched = false;
        QDateTime lockedUntil; // set when this failure locked the credential
    };
    Result<CredentialCheck> checkCredential(CredentialTable table, const QString& name, const QString& password,
                                            const QString& unknownMessage, const QString& nameField);
    // The refusal for a wrong password: wrongMessage, or the lock it has just caused.
    Error wrongPassword(const CredentialCheck& check, const QString& wrongMessage, const QString& field) const;

    Workspace& m_workspace;
};
