#include "SqlEngine.h"

#include "storage/PostgresAdapter.h"
#include "storage/SqlQuery.h"
#include "storage/SqliteAdapter.h"

#include <QSqlDriver>

const SqlEngine& SqlEngine::sqlite()
{
    static const SqliteAdapter engine;
    return engine;
}

const SqlEngine& SqlEngine::postgreSql()
{
    static const PostgresAdapter engine;
    return engine;
}

const SqlEngine& SqlEngine::of(const QSqlDriver* driver)
{
    return driver && driver->dbmsType() == QSqlDriver::PostgreSQL ? postgreSql() : sqlite();
}

const SqlEngine& SqlEngine::of(const QSqlDatabase& db)
{
    return of(db.driver());
}

Result<QList<std::pair<QString, QString>>> SqlEngine::references(const QSqlDatabase& db) const
{
    auto rows = SqlQuery::texts(db, referencesQuery());
    if (!rows) {
        return rows.error();
    }
    QList<std::pair<QString, QString>> pairs;
    for (const QStringList& row : rows.value()) {
        pairs.append({row.value(0), row.value(1)});
    }
    return pairs;
}
