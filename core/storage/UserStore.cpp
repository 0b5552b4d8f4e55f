#include "UserStore.h"

#include "storage/Rows.h"
#include "storage/SqlEngine.h"

using namespace Rows;

Result<QList<PartnerUser>> UserStore::partnerUsers(const QSqlDatabase& db, const QString& tenantId,
                                                   const QString& accountId)
{
    // One row per user and role (a user without roles gets one row with a NULL role), merged here:
    // portable SQL, no string aggregation.
    auto q
        = SqlQuery::run(db,
                        QStringLiteral("SELECT u.id, u.tenant_id, u.upn, u.display_name, u.directory_role, u.enabled, "
                                       "u.locked_until, r.role FROM tenant_users u LEFT JOIN partner_roles r "
                                       "ON r.user_id = u.id AND r.partner_account_id = ? "
                                       "WHERE u.tenant_id = ? ORDER BY u.display_name, u.id"),
                        {accountId, tenantId});
    if (!q) {
        return q.error();
    }
    QList<PartnerUser> users;
    while (q.value().next()) {
        const QSqlQuery& row = q.value();
        const QString id = row.value(0).toString();
        if (users.isEmpty() || users.constLast().user.id != id) {
            PartnerUser user;
            user.user.id = id;
            user.user.tenantId = row.value(1).toString();
            user.user.upn = row.value(2).toString();
            user.user.displayName = row.value(3).toString();
            user.user.directoryRole
                = Enums::fromKey<DirectoryRole>(row.value(4).toString()).value_or(DirectoryRole::User);
            user.user.enabled = row.value(5).toBool();
            user.user.lockedUntil = fromIso(row.value(6));
            users << user;
        }
        if (const auto role = Enums::fromKey<PartnerRole>(row.value(7).toString())) {
            users.last().roles << *role;
        }
    }
    for (PartnerUser& user : users) {
        user.roles = Enums::inDeclarationOrder(user.roles);
    }
    return users;
}

Status UserStore::replaceRoles(const QSqlDatabase& db, const QString& accountId, const QString& userId,
                               const QList<PartnerRole>& roles)
{
    if (roles.isEmpty()) {
        return removeRoles(db, accountId, userId);
    }
    // The new roles first, then the old ones go: an Admin agent changing their own roles keeps
    // the right to while the statements run (on a shared workspace, the server checks each).
    for (PartnerRole role : Enums::inDeclarationOrder(roles)) {
        Status added = SqlQuery::run(db,
                                     QStringLiteral("INSERT INTO partner_roles (partner_account_id, user_id, role) "
                                                    "SELECT ?, ?, ? WHERE NOT EXISTS (SELECT 1 FROM partner_roles "
                                                    "WHERE partner_account_id = ? AND user_id = ? AND role = ?)"),
                                     {accountId, userId, Enums::key(role), accountId, userId, Enums::key(role)});
        if (!added) {
            return added;
        }
    }
    // The others go in one statement: statement by statement, an Admin agent dropping their own
    // Admin role first would lose the right to drop the rest, and the server would skip them.
    QStringList marks;
    QVariantList values{accountId, userId};
    for (PartnerRole role : roles) {
        marks << QStringLiteral("?");
        values << Enums::key(role);
    }
    Status removed = SqlQuery::run(db,
                                   QStringLiteral("DELETE FROM partner_roles WHERE partner_account_id = ? AND "
                                                  "user_id = ? AND role NOT IN (%1)")
                                       .arg(marks.join(QStringLiteral(", "))),
                                   values);
    return removed;
}

Status UserStore::remove(const QSqlDatabase& db, const QString& actorUserId, const QString& accountId,
                         const QString& tenantId, const QString& userId)
{
    if (SqlEngine::of(db).enforcesRights()) {
        auto removed = SqlQuery::run(db, QStringLiteral("SELECT rights.remove_user(?, ?)"), {actorUserId, userId});
        if (!removed) {
            return removed.error();
        }
        return {};
    }
    Status removed = removeRoles(db, accountId, userId);
    return removed ? setEnabled(db, tenantId, userId, false) : removed;
}

Status UserStore::removeRoles(const QSqlDatabase& db, const QString& accountId, const QString& userId)
{
    return SqlQuery::run(db, QStringLiteral("DELETE FROM partner_roles WHERE partner_account_id = ? AND user_id = ?"),
                         {accountId, userId});
}

Status UserStore::setEnabled(const QSqlDatabase& db, const QString& tenantId, const QString& userId, bool enabled)
{
    Status set
        = SqlQuery::runOne(db, QStringLiteral("UPDATE tenant_users SET enabled = ? WHERE id = ? AND tenant_id = ?"),
                           {enabled ? 1 : 0, userId, tenantId});
    return set ? DatabaseLogins::setEnabled(db, userId, enabled) : set;
}

Result<int> UserStore::adminAgentCount(const QSqlDatabase& db, const QString& accountId, const QString& excludingUserId)
{
    QString sql = QStringLiteral("SELECT count(*) FROM partner_roles r JOIN tenant_users u ON u.id = r.user_id "
                                 "WHERE r.partner_account_id = ? AND r.role = ? AND u.enabled = 1");
    QVariantList values{accountId, Enums::key(PartnerRole::AdminAgent)};
    if (!excludingUserId.isEmpty()) {
        sql += QStringLiteral(" AND u.id <> ?");
        values << excludingUserId;
    }
    auto n = SqlQuery::scalar(db, sql, values);
    if (!n) {
        return n.error();
    }
    return n->toInt();
}

Result<int> UserStore::globalAdministratorCount(const QSqlDatabase& db, const QString& tenantId,
                                                const QString& excludingUserId)
{
    QString sql = QStringLiteral(
        "SELECT count(*) FROM tenant_users WHERE tenant_id = ? AND directory_role = ? AND enabled = 1");
    QVariantList values{tenantId, Enums::key(DirectoryRole::GlobalAdministrator)};
    if (!excludingUserId.isEmpty()) {
        sql += QStringLiteral(" AND id <> ?");
        values << excludingUserId;
    }
    auto n = SqlQuery::scalar(db, sql, values);
    if (!n) {
        return n.error();
    }
    return n->toInt();
}

Status UserStore::updateDisplayName(const QSqlDatabase& db, const QString& tenantId, const QString& userId,
                                    const QString& displayName)
{
    return SqlQuery::runOne(db,
                            QStringLiteral("UPDATE tenant_users SET display_name = ? WHERE id = ? AND tenant_id = ?"),
                            {displayName, userId, tenantId});
}

// Customer management

Status UserStore::setDirectoryRole(const QSqlDatabase& db, const QString& tenantId, const QString& userId,
                                   DirectoryRole role)
{
    return SqlQuery::runOne(db,
                            QStringLiteral("UPDATE tenant_users SET directory_role = ? WHERE id = ? AND tenant_id = ?"),
                            {Enums::key(role), userId, tenantId});
}

Status UserStore::setPassword(const QSqlDatabase& db, const QString& actorUserId, const QString& tenantId,
                              const QString& userId, const StoredPassword& password)
{
    // On a shared workspace no login writes a password hash: the database's function checks that
    // the actor may reset this user's password, and gives the login the new one too.
    if (SqlEngine::of(db).enforcesRights()) {
        return SqlQuery::run(db, QStringLiteral("SELECT rights.reset_password(?, ?, ?, ?)"),
                             {actorUserId, userId, password.hash, SqlQuery::nullIfEmpty(password.loginVerifier)});
    }
    Status stored = SqlQuery::runOne(db,
                                     QStringLiteral("UPDATE tenant_users SET password_hash = ?, failed_sign_ins = 0, "
                                                    "locked_until = NULL WHERE id = ? AND tenant_id = ?"),
                                     {password.hash, userId, tenantId});
    return stored;
}
