#include "DatabaseLogins.h"

#include "storage/Rows.h"
#include "storage/SqlEngine.h"
#include "storage/SqlQuery.h"

#include <QSqlQuery>

#include <algorithm>

bool DatabaseLogins::apply(const QSqlDatabase& db)
{
    return SqlEngine::of(db).enforcesRights();
}

Status DatabaseLogins::set(const QSqlDatabase& db, const QString& userId, const QString& loginVerifier)
{
    if (!apply(db) || loginVerifier.isEmpty()) {
        return {};
    }
    auto set = SqlQuery::run(db, QStringLiteral("SELECT rights.set_login(?, ?)"), {userId, loginVerifier});
    if (!set) {
        return set.error();
    }
    return {};
}

Status DatabaseLogins::ensure(const QSqlDatabase& db, const QString& userId, const QString& loginVerifier)
{
    auto found = exists(db, userId);
    if (!found) {
        return found.error();
    }
    return found.value() ? Status() : set(db, userId, loginVerifier);
}

Status DatabaseLogins::setEnabled(const QSqlDatabase& db, const QString& userId, bool enabled)
{
    if (!apply(db)) {
        return {};
    }
    auto set
        = SqlQuery::run(db, QStringLiteral("SELECT rights.set_login_enabled(?, ? = 1)"), {userId, enabled ? 1 : 0});
    if (!set) {
        return set.error();
    }
    return {};
}

namespace {

// The one text value a statement answers (empty for NULL).
Result<QString> text(const QSqlDatabase& db, const QString& sql, const QVariantList& values = {})
{
    auto value = SqlQuery::scalar(db, sql, values);
    if (!value) {
        return value.error();
    }
    return value->toString();
}

} // namespace

Result<QString> DatabaseLogins::loginName(const QSqlDatabase& db, const QString& userId)
{
    if (!apply(db)) {
        return QString();
    }
    return text(db, QStringLiteral("SELECT rights.login_name(?)"), {userId});
}

Result<bool> DatabaseLogins::exists(const QSqlDatabase& db, const QString& userId)
{
    if (!apply(db)) {
        return false;
    }
    auto found = SqlQuery::scalar(db, QStringLiteral("SELECT 1 FROM rights.logins WHERE user_id = ?"), {userId});
    if (!found) {
        return found.error();
    }
    return found->isValid();
}

namespace {

QList<MatrixRow> sorted(QList<MatrixRow> rows)
{
    std::sort(rows.begin(), rows.end(), [](const MatrixRow& a, const MatrixRow& b) {
        return std::tie(a.action, a.partnerType, a.role) < std::tie(b.action, b.partnerType, b.role);
    });
    return rows;
}

} // namespace

Result<bool> DatabaseLogins::byAPerson(const QSqlDatabase& db)
{
    auto person = SqlQuery::scalar(db, QStringLiteral("SELECT rights.by_a_person()"));
    if (!person) {
        return person.error();
    }
    return person->toBool();
}

namespace {

QString kindOf(CredentialTable table)
{
    return table == CredentialTable::TenantUsers ? QStringLiteral("user") : QStringLiteral("pmc");
}

} // namespace

Result<GateLogin> DatabaseLogins::signInLogin(const QSqlDatabase& db, CredentialTable table, const QString& name)
{
    auto login
        = Rows::one<GateLogin>(db, QStringLiteral("SELECT login_name, locked_until FROM rights.credential_login(?, ?)"),
                               {kindOf(table), name}, [](const QSqlQuery& row) {
                                   return GateLogin{row.value(0).toString(), Rows::fromIso(row.value(1))};
                               });
    if (!login) {
        return login.error();
    }
    if (!login->has_value()) {
        return Error(ErrorCode::Storage, QStringLiteral("rights.credential_login gave no row"));
    }
    return login->value();
}

Result<QDateTime> DatabaseLogins::recordSignIn(const QSqlDatabase& db, CredentialTable table, const QString& name,
                                               bool succeeded, const QDateTime& at)
{
    auto locked = SqlQuery::scalar(db, QStringLiteral("SELECT rights.record_credential(?, ?, ? = 1, ?)"),
                                   {kindOf(table), name, succeeded ? 1 : 0, Rows::iso(at)});
    if (!locked) {
        return locked.error();
    }
    return Rows::fromIso(locked.value());
}

Status DatabaseLogins::setPmc(const QSqlDatabase& db, const QString& accountId, const QString& loginVerifier)
{
    if (!apply(db) || loginVerifier.isEmpty()) {
        return {};
    }
    return SqlQuery::run(db, QStringLiteral("SELECT rights.set_pmc_login(?, ?)"), {accountId, loginVerifier});
}

Status DatabaseLogins::ensurePmc(const QSqlDatabase& db, const QString& accountId, const QString& loginVerifier)
{
    if (!apply(db) || loginVerifier.isEmpty()) {
        return {};
    }
    return SqlQuery::run(db,
                         QStringLiteral("SELECT rights.set_pmc_login(?, ?) WHERE NOT EXISTS "
                                        "(SELECT 1 FROM rights.pmc_logins WHERE pmc_account_id = ?)"),
                         {accountId, loginVerifier, accountId});
}

Result<QString> DatabaseLogins::signedInPmcAccount(const QSqlDatabase& db)
{
    return text(db, QStringLiteral("SELECT rights.pmc_login_account()"));
}

Result<QString> DatabaseLogins::pmcTicket(const QSqlDatabase& db, const QString& accountId, const QDateTime& at)
{
    return text(db, QStringLiteral("SELECT ticket FROM rights.pmc_ticket(?, ?)"), {accountId, Rows::iso(at)});
}

Result<QString> DatabaseLogins::ticketAccount(const QSqlDatabase& db, const QString& ticket)
{
    return text(db, QStringLiteral("SELECT rights.ticket_account(?)"), {ticket});
}

Status DatabaseLogins::actAs(const QSqlDatabase& db, const QString& userId)
{
    return SqlQuery::run(db, QStringLiteral("SELECT rights.act_as(?)"), {userId});
}

Result<QString> DatabaseLogins::signedInUser(const QSqlDatabase& db)
{
    return text(db, QStringLiteral("SELECT rights.me()"));
}

Result<bool> DatabaseLogins::permissionMatrixIs(const QSqlDatabase& db, const QList<MatrixRow>& rows)
{
    if (!apply(db)) {
        return true;
    }
    auto stored = SqlQuery::texts(db,
                                  QStringLiteral("SELECT action, partner_type, role, "
                                                 "CASE WHEN needs_active THEN '1' ELSE '0' END "
                                                 "FROM rights.permission_matrix"));
    if (!stored) {
        return stored.error();
    }
    QList<MatrixRow> current;
    for (const QStringList& row : stored.value()) {
        current.append({row.at(0), row.at(1), row.at(2), row.at(3) == QLatin1String("1")});
    }
    return sorted(current) == sorted(rows);
}

Status DatabaseLogins::writePermissionMatrix(const QSqlDatabase& db, const QList<MatrixRow>& rows)
{
    if (!apply(db)) {
        return {};
    }
    if (auto cleared = SqlQuery::run(db, QStringLiteral("DELETE FROM rights.permission_matrix")); !cleared) {
        return cleared.error();
    }
    for (const MatrixRow& row : rows) {
        auto inserted = SqlQuery::run(db,
                                      QStringLiteral("INSERT INTO rights.permission_matrix (action, partner_type, "
                                                     "role, needs_active) VALUES (?, ?, ?, ? = 1)"),
                                      {row.action, row.partnerType, row.role, row.needsActive ? 1 : 0});
        if (!inserted) {
            return inserted.error();
        }
    }
    return {};
}
