#include "MfaStore.h"

#include "storage/Rows.h"
#include "storage/SqlEngine.h"

using namespace Rows;

// On a shared workspace no person's login reads the MFA tables: the server's functions tell them
// what they may know (postgresql-rights-11.sql), the secret only to the owner's connection, and
// check codes and write enrollments for the person themselves (postgresql-rights-13.sql).

Result<std::optional<MfaEnrollment>> MfaStore::enrollment(const QSqlDatabase& db, const QString& userId)
{
    return one<MfaEnrollment>(db,
                              SqlEngine::of(db).enforcesRights()
                                  ? QStringLiteral("SELECT * FROM rights.mfa_of(?)")
                                  : QStringLiteral("SELECT user_id, secret, recovery_salt, enrolled_at, "
                                                   "last_used_step FROM user_mfa WHERE user_id = ?"),
                              {userId}, [](const QSqlQuery& row) {
                                  MfaEnrollment enrollment;
                                  enrollment.userId = row.value(0).toString();
                                  enrollment.secret = row.value(1).toString();
                                  enrollment.recoverySalt = row.value(2).toString();
                                  enrollment.enrolledAt = fromIso(row.value(3));
                                  enrollment.lastUsedStep = row.value(4).toLongLong();
                                  return enrollment;
                              });
}

Status MfaStore::replaceEnrollment(const QSqlDatabase& db, const MfaEnrollment& enrollment,
                                   const QStringList& recoveryCodeHashes)
{
    if (SqlEngine::of(db).enforcesRights()) {
        return SqlQuery::run(db, QStringLiteral("SELECT rights.set_second_factor(?, ?, ?, ?::TEXT[], ?, ?)"),
                             {enrollment.userId, enrollment.secret, enrollment.recoverySalt,
                              QStringLiteral("{%1}").arg(recoveryCodeHashes.join(QLatin1Char(','))),
                              enrollment.lastUsedStep, iso(enrollment.enrolledAt)});
    }
    auto removed = removeEnrollment(db, enrollment.userId);
    if (!removed) {
        return removed.error();
    }
    Status stored = SqlQuery::run(db,
                                  QStringLiteral("INSERT INTO user_mfa (user_id, secret, recovery_salt, enrolled_at, "
                                                 "last_used_step) VALUES (?, ?, ?, ?, ?)"),
                                  {enrollment.userId, enrollment.secret, enrollment.recoverySalt,
                                   iso(enrollment.enrolledAt), enrollment.lastUsedStep});
    for (const QString& hash : recoveryCodeHashes) {
        if (!stored) {
            break;
        }
        stored = SqlQuery::run(db, QStringLiteral("INSERT INTO mfa_recovery_codes (user_id, code_hash) VALUES (?, ?)"),
                               {enrollment.userId, hash});
    }
    return stored;
}

Result<bool> MfaStore::removeEnrollment(const QSqlDatabase& db, const QString& userId)
{
    if (SqlEngine::of(db).enforcesRights()) {
        auto removed = SqlQuery::scalar(db, QStringLiteral("SELECT rights.take_away_second_factor(?)"), {userId});
        if (!removed) {
            return removed.error();
        }
        return removed->toBool();
    }
    Status codes = SqlQuery::run(db, QStringLiteral("DELETE FROM mfa_recovery_codes WHERE user_id = ?"), {userId});
    if (!codes) {
        return codes.error();
    }
    auto removed = SqlQuery::run(db, QStringLiteral("DELETE FROM user_mfa WHERE user_id = ?"), {userId});
    if (!removed) {
        return removed.error();
    }
    return removed->numRowsAffected() > 0;
}

Result<bool> MfaStore::advanceStep(const QSqlDatabase& db, const QString& userId, qint64 step)
{
    auto updated = SqlQuery::run(
        db, QStringLiteral("UPDATE user_mfa SET last_used_step = ? WHERE user_id = ? AND last_used_step < ?"),
        {step, userId, step});
    if (!updated) {
        return updated.error();
    }
    return updated->numRowsAffected() == 1;
}

Result<bool> MfaStore::useRecoveryCode(const QSqlDatabase& db, const QString& userId, const QString& codeHash,
                                       const QDateTime& at)
{
    auto updated = SqlQuery::run(db,
                                 QStringLiteral("UPDATE mfa_recovery_codes SET used_at = ? "
                                                "WHERE user_id = ? AND code_hash = ? AND used_at IS NULL"),
                                 {iso(at), userId, codeHash});
    if (!updated) {
        return updated.error();
    }
    return updated->numRowsAffected() == 1;
}

Result<int> MfaStore::unusedRecoveryCodes(const QSqlDatabase& db, const QString& userId)
{
    auto count = SqlQuery::scalar(
        db,
        SqlEngine::of(db).enforcesRights()
            ? QStringLiteral("SELECT rights.mfa_recovery_codes_left(?)")
            : QStringLiteral("SELECT count(*) FROM mfa_recovery_codes WHERE user_id = ? AND used_at IS NULL"),
        {userId});
    if (!count) {
        return count.error();
    }
    return count->toInt();
}

Result<QSet<QString>> MfaStore::enrolledUsersOfTenant(const QSqlDatabase& db, const QString& tenantId)
{
    auto ids = many<QString>(db,
                             SqlEngine::of(db).enforcesRights()
                                 ? QStringLiteral("SELECT * FROM rights.mfa_users_of_tenant(?)")
                                 : QStringLiteral("SELECT m.user_id FROM user_mfa m JOIN tenant_users u "
                                                  "ON u.id = m.user_id WHERE u.tenant_id = ?"),
                             {tenantId}, [](const QSqlQuery& row) { return row.value(0).toString(); });
    if (!ids) {
        return ids.error();
    }
    return QSet<QString>(ids->cbegin(), ids->cend());
}

Result<bool> MfaStore::partnerRequiresMfa(const QSqlDatabase& db, const QString& accountId)
{
    auto required
        = SqlQuery::scalar(db, QStringLiteral("SELECT require_mfa FROM partner_accounts WHERE id = ?"), {accountId});
    if (!required) {
        return required.error();
    }
    return required->toInt() == 1;
}

Status MfaStore::setPartnerRequiresMfa(const QSqlDatabase& db, const QString& accountId, bool required)
{
    return SqlQuery::runOne(db, QStringLiteral("UPDATE partner_accounts SET require_mfa = ? WHERE id = ?"),
                            {required ? 1 : 0, accountId});
}

Result<bool> MfaStore::tenantRequiresMfa(const QSqlDatabase& db, const QString& tenantId)
{
    auto required = SqlQuery::scalar(db, QStringLiteral("SELECT require_mfa FROM partner_accounts WHERE tenant_id = ?"),
                                     {tenantId});
    if (!required) {
        return required.error();
    }
    return required->toInt() == 1;
}

Result<QString> MfaStore::checkCodeInDatabase(const QSqlDatabase& db, const QString& userId, const QString& code,
                                              const QDateTime& at)
{
    auto checked
        = SqlQuery::scalar(db, QStringLiteral("SELECT rights.check_second_factor(?, ?, ?)"), {userId, code, iso(at)});
    if (!checked) {
        return checked.error();
    }
    return checked->toString();
}

Result<std::optional<int>> MfaStore::useRecoveryCodeInDatabase(const QSqlDatabase& db, const QString& userId,
                                                               const QString& code, const QDateTime& at)
{
    auto left
        = SqlQuery::scalar(db, QStringLiteral("SELECT rights.use_recovery_code(?, ?, ?)"), {userId, code, iso(at)});
    if (!left) {
        return left.error();
    }
    return left->isNull() ? std::optional<int>() : std::optional<int>(left->toInt());
}
