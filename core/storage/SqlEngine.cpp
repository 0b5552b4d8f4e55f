#include "SqlEngine.h"

#include "storage/PostgresAdapter.h"
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
