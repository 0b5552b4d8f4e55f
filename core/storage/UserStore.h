#pragma once

// SQL for a partner's users: the tenant users of the partner's tenant with their partner roles,
// replacing and removing roles, enabling and disabling users, and the counts the last-Admin-agent
// rule (U1) reads. Callers hold the transaction.

#include "common/Result.h"
#include "domain/PartnerUser.h"
#include "storage/DatabaseLogins.h"

#include <QSqlDatabase>

class UserStore
{
public:
    // Every user of the tenant, by name, each with the roles held in the partner account (one query).
    static Result<QList<PartnerUser>> partnerUsers(const QSqlDatabase& db, const QString& tenantId,
                                                   const QString& accountId);
    // Replaces the user's roles in the account by roles.
    static Status replaceRoles(const QSqlDatabase& db, const QString& accountId, const QString& userId,
                               const QList<PartnerRole>& roles);
    static Status removeRoles(const QSqlDatabase& db, const QString& accountId, const QString& userId);
    // U1: the user loses every role of the partner and is disabled, with their login; by
    // actorUserId, an Admin agent of the partner (on a shared workspace, the server's
    // rights.remove_user checks it, and lets one remove oneself in one step). The caller audits
    // the step ("user.removed") first, in the same transaction: the server refuses it otherwise.
    static Status remove(const QSqlDatabase& db, const QString& actorUserId, const QString& accountId,
                         const QString& tenantId, const QString& userId);
    static Status setEnabled(const QSqlDatabase& db, const QString& tenantId, const QString& userId, bool enabled);
    // Enabled users holding Admin agent in the account, leaving out excludingUserId if given.
    static Result<int> adminAgentCount(const QSqlDatabase& db, const QString& accountId,
                                       const QString& excludingUserId = {});
    // Enabled Global administrators of the tenant, leaving out excludingUserId if given.
    static Result<int> globalAdministratorCount(const QSqlDatabase& db, const QString& tenantId,
                                                const QString& excludingUserId = {});
    static Status updateDisplayName(const QSqlDatabase& db, const QString& tenantId, const QString& userId,
                                    const QString& displayName);

    // Customer management: a tenant user's directory role, and a new password that actorUserId
    // gives (with the user's database login on a shared workspace, where the database checks that
    // the actor may) and that also clears failed sign-ins and any lock.
    static Status setDirectoryRole(const QSqlDatabase& db, const QString& tenantId, const QString& userId,
                                   DirectoryRole role);
    static Status setPassword(const QSqlDatabase& db, const QString& actorUserId, const QString& tenantId,
                              const QString& userId, const StoredPassword& password);
};
