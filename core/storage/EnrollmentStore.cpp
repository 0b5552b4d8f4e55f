#include "EnrollmentStore.h"

#include "storage/Rows.h"

using namespace Rows;

Status EnrollmentStore::setVerificationCode(const QSqlDatabase& db, const QString& accountId, const QString& codeHash,
                                            const QDateTime& expires)
{
    return SqlQuery::runOne(db,
                            QStringLiteral("UPDATE partner_accounts SET verification_code_hash = ?, "
                                           "verification_expires_at = ?, verification_failures = 0 WHERE id = ?"),
                            {codeHash, iso(expires), accountId});
}

namespace {

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

} // namespace

Result<CodeCheck> EnrollmentStore::checkCode(const QSqlDatabase& db, const QString& accountId, const QString& codeHash,
                                             const QDateTime& at)
{
    using Outcome = CodeCheck::Outcome;
    auto state = one<QVariantList>(db,
                                   QStringLiteral("SELECT verification_code_hash, verification_expires_at, "
                                                  "verification_failures FROM partner_accounts WHERE id = ?"),
                                   {accountId}, [](const QSqlQuery& q) {
                                       return QVariantList{q.value(0), q.value(1), q.value(2)};
                                   });
    if (!state) {
        return state.error();
    }
    const QVariantList row = state->value_or(QVariantList{QVariant(), QVariant(), 0});
    const int failures = row.at(2).toInt();
    const QDateTime expires = fromIso(row.at(1));
    if (failures >= MaxCodeFailures) {
        return CodeCheck{Outcome::Locked, failures};
    }
    if (!expires.isValid() || expires < at) {
        return CodeCheck{Outcome::Expired, failures};
    }
    if (!sameHash(codeHash, row.at(0).toString())) {
        Status counted
            = SqlQuery::runOne(db, QStringLiteral("UPDATE partner_accounts SET verification_failures = ? WHERE id = ?"),
                               {failures + 1, accountId});
        if (!counted) {
            return counted.error();
        }
        return CodeCheck{Outcome::Wrong, failures + 1};
    }
    Status moved = setStatus(db, accountId, PartnerStatus::UnderReview, VettingStatus::BusinessVerification, {}, at);
    if (!moved) {
        return moved.error();
    }
    return CodeCheck{Outcome::Verified, 0};
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
