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
    // The same with the administrator's password hashed beforehand (hashPassword), for callers
    // that create a tenant inside their own transaction: PBKDF2 stays out of the write lock.
    Result<Tenant> createTenant(const NewTenant& tenant, const NewUser& firstAdministrator,
                                const QString& passwordHash);
    // The stored form of password, empty when the password rules refuse it.
    QString hashPassword(const QString& password) const { return hashIfValid(password); }
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

    // The program administrator's directory views. Every provider is listed, suspended ones with
    // their status.
    Result<QList<ProviderListing>> providerDirectory(const Session& session) const;
    Result<QList<MpnProfile>> mpnDirectory(const Session& session) const;

    // The program administrator keeps the official provider list: adds an indirect provider with
    // its new tenant (E4), first user, Partner ID (E2, E3), profiles and listing, and suspends or
    // reinstates one.
    QList<Error> validateNewProvider(const NewProviderAccount& provider) const;
    // The MPN profile a Partner ID names, for the administrator's form; empty when none does.
    Result<std::optional<MpnProfile>> findMpnProfile(const Session& session, const QString& partnerId) const;
    // In one transaction: tenant, first user (Global administrator and Admin agent), Active
    // partner account, status history, listing, audit event and a welcome to the primary contact.
    Result<ProviderListing> addProvider(const Session& session, const NewProviderAccount& provider);
    // Active → Suspended, with the reason the primary contact reads, or Suspended → Active. A
    // suspended provider is out of "Find a provider" and can't invite (E10).
    Result<ProviderListing> setProviderStatus(const Session& session, const QString& accountId, PartnerStatus status,
                                              const QString& reason = {});

private:
    // passwordHash is the first administrator's password, hashed before the transaction began.
    Result<Tenant> insertTenant(const NewTenant& tenant, const NewUser& firstAdministrator, const QString& passwordHash,
                                bool program);
    // PBKDF2 takes most of a second, so callers hash before they take the write lock; a password
    // the rules refuse is not hashed (validation refuses it anyway).
    QString hashIfValid(const QString& password) const;
    // E2, E3 for a provider's Partner ID; tenantCountry empty when it is not known yet.
    Status checkProviderProfile(const QString& partnerId, const QString& tenantCountry) const;
    Status sendProviderWelcome(const PartnerAccount& account, const Tenant& tenant, const TenantUser& firstUser,
                               const QStringList& countries);
    Status sendProviderStatus(const PartnerAccount& account, PartnerStatus status, const QString& reason);
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
