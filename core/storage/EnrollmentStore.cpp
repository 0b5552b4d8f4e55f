#include "EnrollmentStore.h"

#include "storage/Rows.h"
#include "storage/SqlEngine.h"

using namespace Rows;

Status EnrollmentStore::setVerificationCode(const QSqlDatabase& db, const QString& actorUserId,
                                            const QString& accountId, const QString& codeHash, const QDateTime& expires,
                                            const QDateTime& at)
{
    if (SqlEngine::of(db).enforcesRights()) {
        return SqlQuery::run(db, QStringLiteral("SELECT rights.new_verification_code(?, ?, ?, ?)"),
                             {actorUserId, codeHash, iso(expires), iso(at)});
    }
    return SqlQuery::runOne(db,
                            QStringLiteral("UPDATE partner_accounts SET verification_code_hash = ?, "
                                           "verification_expires_at = ?, verification_failures = 0 WHERE id = ?"),
                            {codeHash, iso(expires), accountId});
}

Result<VerificationState> EnrollmentStore::verification(const QSqlDatabase& db, const QString& accountId)
{
    auto state = one<VerificationState>(
        db,
        QStringLiteral("SELECT verification_code_hash, verification_expires_at, verification_failures "
                       "FROM partner_accounts WHERE id = ?"),
        {accountId}, [](const QSqlQuery& q) {
            return VerificationState{q.value(0).toString(), fromIso(q.value(1)), q.value(2).toInt()};
        });
    if (!state) {
        return state.error();
    }
    return state->value_or(VerificationState());
}

Status EnrollmentStore::setVerificationFailures(const QSqlDatabase& db, const QString& accountId, int failures)
{
    return SqlQuery::runOne(db, QStringLiteral("UPDATE partner_accounts SET verification_failures = ? WHERE id = ?"),
                            {failures, accountId});
}

Status EnrollmentStore::setStatus(const QSqlDatabase& db, const QString& accountId, PartnerStatus status,
                                  VettingStatus vetting, const QString& reason, const QDateTime& at)
{
    return SqlQuery::runOne(db,
                            QStringLiteral("UPDATE partner_accounts SET status = ?, vetting_status = ?, "
                                           "rejection_reason = ?, verification_code_hash = NULL, "
                                           "verification_expires_at = NULL, verification_failures = 0, "
                                           "updated_at = ? WHERE id = ?"),
                            {Enums::key(status), SqlQuery::nullIfEmpty(Enums::key(vetting)),
                             SqlQuery::nullIfEmpty(reason), iso(at), accountId});
}

Result<QStringList> EnrollmentStore::accountIdsWithStatus(const QSqlDatabase& db, PartnerStatus status)
{
    auto ids
        = many<QString>(db, QStringLiteral("SELECT id FROM partner_accounts WHERE status = ? ORDER BY created_at, id"),
                        {Enums::key(status)}, [](const QSqlQuery& q) { return q.value(0).toString(); });
    if (!ids) {
        return ids.error();
    }
    return QStringList(ids.value());
}

Result<CodeCheck> EnrollmentStore::checkCodeInDatabase(const QSqlDatabase& db, const QString& actorUserId,
                                                       const QString& codeHash, const QDateTime& at,
                                                       const OutboxMessage& message)
{
    auto check = one<CodeCheck>(
        db, QStringLiteral("SELECT outcome, failures FROM rights.check_verification_code(?, ?, ?, ?, ?, ?)"),
        {actorUserId, codeHash, iso(at), message.id, message.subject, message.body}, [](const QSqlQuery& row) {
            return CodeCheck{row.value(0).toString(), row.value(1).toInt()};
        });
    if (!check) {
        return check.error();
    }
    if (!check->has_value()) {
        return Error(ErrorCode::Storage, QStringLiteral("rights.check_verification_code gave no row"));
    }
    return check->value();
}
