#pragma once

// SQL for the directory: tenants, tenant users, PMC accounts and MPN profiles. Callers hold the
// transaction; every function here is one or a few statements on the given connection.

#include "common/Result.h"
#include "domain/Directory.h"
#include "storage/DatabaseLogins.h"

#include <QSqlDatabase>

// A stored credential with its lockout state, as sign-in reads it.
struct StoredCredential
{
    QString id;
    QString passwordHash;
    int failedSignIns = 0;
    QDateTime lockedUntil;
    bool enabled = true;
};

class DirectoryStore
{
public:
    static Status insertTenant(const QSqlDatabase& db, const Tenant& tenant);
    static Result<std::optional<Tenant>> tenantById(const QSqlDatabase& db, const QString& id);
    static Result<bool> domainPrefixTaken(const QSqlDatabase& db, const QString& prefix);
    static Result<std::optional<Tenant>> programTenant(const QSqlDatabase& db);
    static Result<int> tenantCount(const QSqlDatabase& db);
    // Whether there is no tenant at all, whoever asks (on a shared workspace the policies hide
    // the tenants of others, and the gate sees none).
    static Result<bool> noTenants(const QSqlDatabase& db);

    // With the user's database login on a shared workspace (DatabaseLogins).
    static Status insertUser(const QSqlDatabase& db, const TenantUser& user, const StoredPassword& password,
                             const QDateTime& created);
    static Result<std::optional<TenantUser>> userById(const QSqlDatabase& db, const QString& id);
    static Result<std::optional<TenantUser>> userByUpn(const QSqlDatabase& db, const QString& upn);
    static Result<QList<TenantUser>> usersOfTenant(const QSqlDatabase& db, const QString& tenantId);

    static Result<std::optional<StoredCredential>> credential(const QSqlDatabase& db, CredentialTable table,
                                                              const QString& name);
    static Status recordSignInAttempt(const QSqlDatabase& db, CredentialTable table, const QString& id,
                                      int failedSignIns, const QDateTime& lockedUntil);
    // The same password hashed again at a higher cost, on a successful sign-in.
    static Status upgradePasswordHash(const QSqlDatabase& db, CredentialTable table, const QString& id,
                                      const QString& passwordHash);

    // With its database login on a shared workspace when the password has a verifier.
    static Status insertPmcAccount(const QSqlDatabase& db, const PmcAccount& account, const StoredPassword& password,
                                   const QDateTime& created);
    static Result<std::optional<PmcAccount>> pmcAccountById(const QSqlDatabase& db, const QString& id);
    static Result<std::optional<PmcAccount>> pmcAccountByName(const QSqlDatabase& db, const QString& userName);
    static Status setMpnStatus(const QSqlDatabase& db, const QString& partnerId, MpnStatus status);
    static Status insertMpnProfile(const QSqlDatabase& db, const MpnProfile& profile);
    static Result<std::optional<MpnProfile>> mpnProfile(const QSqlDatabase& db, const QString& partnerId);
    // All profiles of one PMC account, or of every account when pmcAccountId is empty.
    // The MPN profiles of the PMC account whose ticket it is (DatabaseLogins::pmcTicket), for whoever
    // holds it: behind the gate, the applicant sees no profile otherwise.
    static Result<QList<MpnProfile>> mpnProfilesOfTicket(const QSqlDatabase& db, const QString& ticket);
    static Result<QList<MpnProfile>> mpnProfiles(const QSqlDatabase& db, const QString& pmcAccountId = {});
};
