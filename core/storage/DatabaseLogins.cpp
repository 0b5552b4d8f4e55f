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

Result<QString> DatabaseLogins::loginName(const QSqlDatabase& db, const QString& userId)
{
    if (!apply(db)) {
        return QString();
    }
    auto name = SqlQuery::scalar(db, QStringLiteral("SELECT rights.login_name(?)"), {userId});
    if (!name) {
        return name.error();
    }
    return name->toString();
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

Result<GateLogin> DatabaseLogins::signInLogin(const QSqlDatabase& db, const QString& upn)
{
    auto login
        = Rows::one<GateLogin>(db, QStringLiteral("SELECT login_name, locked_until FROM rights.sign_in_login(?)"),
                               {upn}, [](const QSqlQuery& row) {
                                   return GateLogin{row.value(0).toString(), Rows::fromIso(row.value(1))};
                               });
    if (!login) {
        return login.error();
    }
    if (!login->has_value()) {
        return Error(ErrorCode::Storage, QStringLiteral("rights.sign_in_login gave no row"));
    }
    return login->value();
}

Result<QDateTime> DatabaseLogins::recordSignIn(const QSqlDatabase& db, const QString& upn, bool succeeded,
                                               const QDateTime& at)
{
    auto locked = SqlQuery::scalar(db, QStringLiteral("SELECT rights.record_sign_in(?, ? = 1, ?)"),
                                   {upn, succeeded ? 1 : 0, Rows::iso(at)});
    if (!locked) {
        return locked.error();
    }
    return Rows::fromIso(locked.value());
}

Status DatabaseLogins::actAs(const QSqlDatabase& db, const QString& userId)
{
    return SqlQuery::run(db, QStringLiteral("SELECT rights.act_as(?)"), {userId});
}

Result<QString> DatabaseLogins::signedInUser(const QSqlDatabase& db)
{
    auto me = SqlQuery::scalar(db, QStringLiteral("SELECT rights.me()"));
    if (!me) {
        return me.error();
    }
    return me->toString();
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
