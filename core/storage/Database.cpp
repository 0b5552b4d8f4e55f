#include "Database.h"

#include "storage/Schema.h"
#include "storage/SqlQuery.h"
#include "storage/SqliteAdapter.h"

#include <QAtomicInt>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QSqlError>
#include <QStandardPaths>

namespace {
QString nextConnectionName()
{
    static QAtomicInt counter;
    return QStringLiteral("partnerdesk-%1").arg(counter.fetchAndAddRelaxed(1));
}
} // namespace

Database::Database()
    : m_connectionName(nextConnectionName())
{
}

Database::~Database()
{
    close();
}

QString Database::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/workspace.sqlite");
}

Status Database::open(const QString& path)
{
    return open(path, Schema::migrations());
}

Status Database::open(const QString& path, const QList<Migration>& migrations)
{
    close();
    m_path = path;
    m_backupPath.clear();
    if (path != QLatin1String(":memory:")) {
        const QFileInfo info(path);
        if (!QDir().mkpath(info.absolutePath())) {
            return Error(ErrorCode::Storage, tr("The folder %1 could not be created.").arg(info.absolutePath()));
        }
    }
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QLatin1String(SqliteAdapter::DriverName), m_connectionName);
        db.setDatabaseName(path);
        db.setConnectOptions(SqliteAdapter::connectOptions());
        if (!db.open()) {
            const QString reason = db.lastError().text();
            db = QSqlDatabase();
            close();
            return Error(ErrorCode::Storage, tr("The workspace %1 could not be opened: %2").arg(path, reason));
        }
    }
    // migrate() applies the pragmas once it knows the file is a workspace: journal_mode=WAL is
    // stored in the file, and a file that is refused must be left as it was.
    Status status = migrate(migrations);
    if (!status) {
        close();
    }
    return status;
}

void Database::close()
{
    if (QSqlDatabase::contains(m_connectionName)) {
        {
            QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_connectionName);
    }
}

bool Database::isOpen() const
{
    return QSqlDatabase::contains(m_connectionName) && connection().isOpen();
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

int Database::schemaVersion() const
{
    auto version = SqlQuery::scalar(connection(), QStringLiteral("SELECT max(version) FROM schema_migrations"));
    return version ? version->toInt() : 0;
}

Status Database::applyPragmas()
{
    for (const QString& pragma : SqliteAdapter::pragmas()) {
        auto query = SqlQuery::run(connection(), pragma);
        if (!query) {
            return Error(ErrorCode::Storage,
                         tr("The file %1 is not a PartnerDesk workspace: %2").arg(m_path, query.errorString()));
        }
    }
    return {};
}

Status Database::migrate(const QList<Migration>& migrations)
{
    QSqlDatabase db = connection();
    const int latest = migrations.isEmpty() ? 0 : migrations.constLast().version;

    auto hasTable = SqliteAdapter::tableExists(db, QStringLiteral("schema_migrations"));
    if (!hasTable) {
        return Error(ErrorCode::Storage, tr("The file %1 is not a PartnerDesk workspace.").arg(m_path));
    }
    int current = 0;
    if (hasTable.value()) {
        current = schemaVersion();
    } else {
        auto tables = SqliteAdapter::userTableCount(db);
        if (!tables || tables.value() > 0) {
            return Error(ErrorCode::Storage, tr("The file %1 is not a PartnerDesk workspace.").arg(m_path));
        }
    }
    if (current > latest) {
        return Error(ErrorCode::SchemaTooNew,
                     tr("The workspace %1 was written by a newer PartnerDesk (schema version %2); this version "
                        "reads up to schema version %3. Update PartnerDesk to open it.")
                         .arg(m_path)
                         .arg(current)
                         .arg(latest));
    }
    Status pragmas = applyPragmas();
    if (!pragmas) {
        return pragmas;
    }
    if (current == latest) {
        return {};
    }
    if (current > 0 && m_path != QLatin1String(":memory:")) {
        const QString stamp = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
        const QString backup = QStringLiteral("%1.schema%2-%3.bak").arg(m_path).arg(current).arg(stamp);
        Status saved = SqliteAdapter::backupTo(db, backup);
        if (!saved) {
            return Error(ErrorCode::Storage,
                         tr("The workspace could not be backed up before its upgrade, so it "
                            "was left as it was: %1")
                             .arg(saved.errorString()));
        }
        m_backupPath = backup;
    }
    for (const Migration& migration : migrations) {
        if (migration.version <= current) {
            continue;
        }
        Transaction transaction(db);
        if (!transaction.isActive()) {
            return Error(ErrorCode::Storage,
                         tr("The workspace is busy or read-only, so it could not be upgraded; nothing was changed."));
        }
        if (current == 0 && !hasTable.value()) {
            auto created = SqlQuery::run(db,
                                         QStringLiteral("CREATE TABLE schema_migrations ("
                                                        "version INTEGER PRIMARY KEY, "
                                                        "description TEXT NOT NULL, "
                                                        "applied_at TEXT NOT NULL)"));
            if (!created) {
                return created.error();
            }
            hasTable = true;
        }
        for (const QString& statement : migration.statements) {
            auto query = SqlQuery::run(db, statement);
            if (!query) {
                return Error(ErrorCode::Storage,
                             tr("The workspace could not be upgraded to schema version %1: %2")
                                 .arg(migration.version)
                                 .arg(query.errorString()));
            }
        }
        if (migration.code) {
            Status done = migration.code(db);
            if (!done) {
                return Error(ErrorCode::Storage, tr("The workspace could not be upgraded to schema version %1: %2")
                                                     .arg(migration.version)
                                                     .arg(done.errorString()));
            }
        }
        auto recorded = SqlQuery::run(
            db, QStringLiteral("INSERT INTO schema_migrations (version, description, applied_at) VALUES (?, ?, ?)"),
            {migration.version, migration.description, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)});
        if (!recorded) {
            return recorded.error();
        }
        Status committed = transaction.commit();
        if (!committed) {
            return committed;
        }
    }
    return {};
}

namespace {
// The open transaction of each connection: an inner Transaction joins the outer one. Its commit
// decides for both, and an inner one that ends without committing makes the outer one fail.
struct OpenTransaction
{
    int depth = 0;
    bool rollbackOnly = false;
};
thread_local QHash<QString, OpenTransaction> openTransactions;
} // namespace

Transaction::Transaction(const QSqlDatabase& db)
    : m_db(db)
{
    OpenTransaction& open = openTransactions[m_db.connectionName()];
    if (open.depth > 0) {
        m_joined = true;
        m_active = true;
        ++open.depth;
        return;
    }
    // A write transaction takes the write lock at once, so a read followed by a write can't fail
    // half-way because another connection wrote in between; the busy timeout applies to it.
    auto begun = SqlQuery::run(m_db, SqliteAdapter::beginWriteTransaction());
    m_active = begun.ok();
    if (m_active) {
        open = OpenTransaction{1, false};
    } else {
        qCWarning(lcStorage) << "Could not begin a transaction:" << begun.errorString();
    }
}

Transaction::~Transaction()
{
    if (!m_active) {
        return;
    }
    OpenTransaction& open = openTransactions[m_db.connectionName()];
    --open.depth;
    if (m_joined) {
        open.rollbackOnly = true;
    } else {
        (void)SqlQuery::run(m_db, QStringLiteral("ROLLBACK"));
    }
}

Status Transaction::commit()
{
    if (!m_active) {
        return Error(ErrorCode::Storage, tr("The change could not be saved: no transaction is open."));
    }
    m_active = false;
    OpenTransaction& open = openTransactions[m_db.connectionName()];
    --open.depth;
    if (m_joined) {
        return {};
    }
    if (open.rollbackOnly) {
        (void)SqlQuery::run(m_db, QStringLiteral("ROLLBACK"));
        return Error(ErrorCode::Storage,
                     tr("The change could not be saved: part of it failed, so none of it was "
                        "kept."));
    }
    auto committed = SqlQuery::run(m_db, QStringLiteral("COMMIT"));
    if (!committed) {
        (void)SqlQuery::run(m_db, QStringLiteral("ROLLBACK"));
        return Error(ErrorCode::Storage, tr("The change could not be saved: %1").arg(committed.errorString()));
    }
    return {};
}
