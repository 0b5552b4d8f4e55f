#pragma once

// Everything SQLite-specific in one place (ARCHITECTURE §6): the engine's statements for the
// portable stores, and what only a workspace file has: connection pragmas, online backup and
// integrity checks.

#include "storage/SqlEngine.h"

#include <QSqlDatabase>
#include <QStringList>

class SqliteAdapter : public SqlEngine
{
public:
    static constexpr auto DriverName = "QSQLITE";
    static constexpr int BusyTimeoutMs = 5000;
    // The page cache of a connection (the default is 2 MiB): the index pages a million customers'
    // views touch stay in memory between keystrokes.
    static constexpr int CacheKib = 32768;
    static QString cacheSizePragma() { return QStringLiteral("PRAGMA cache_size = -%1").arg(CacheKib); }

    Kind kind() const override { return Kind::Sqlite; }
    bool enforcesRights() const override { return false; }
    QString driverName() const override { return QLatin1String(DriverName); }
    QString displayName() const override { return QStringLiteral("SQLite"); }
    Failure failure(const QSqlError& error) const override;
    // Takes the write lock at once (waiting up to the busy timeout).
    QString beginWriteTransaction() const override { return QStringLiteral("BEGIN IMMEDIATE"); }
    QString announceChange() const override { return {}; }
    QString afterRollback() const override { return {}; }
    QString lockWriters() const override { return {}; }
    QString tidyAfterBulkLoad(const QString&) const override { return {}; }
    QString unlockWriters() const override { return {}; }
    QString beginSnapshot() const override { return QStringLiteral("BEGIN"); }
    // A number that changes when another connection commits a change to the file.
    static QString dataVersion() { return QStringLiteral("PRAGMA data_version"); }

    QString serialPrimaryKey() const override;
    QStringList appendOnlyTriggers(const QString& table) const override;
    QStringList suspendAppendOnly(const QString& table) const override;
    QStringList resumeAppendOnly(const QString& table) const override;
    // INSERT (OR REPLACE, OR IGNORE…) of an existing key fails whatever the connection's
    // recursive_triggers.
    QStringList noReplaceTriggers(const QString& table, const QString& key) const override;
    QStringList databaseRights(int, const QString&) const override { return {}; }
    // An external-content FTS5 index kept current by triggers; prefixes are FTS5 "prefix"
    // lengths, which make short prefix queries read one list instead of merging every word that
    // starts alike.
    QStringList fullTextIndex(const QString& table, const QString& key, const QStringList& columns,
                              const QString& prefixes = {}) const override;
    QStringList dropFullTextIndex(const QString& table) const override;
    QStringList rebuildFullTextIndex(const QString& table) const override;
    Result<bool> tableExists(const QSqlDatabase& db, const QString& table) const override;
    Result<QStringList> dataTables(const QSqlDatabase& db) const override;
    QString referencesQuery() const override;
    Result<QStringList> columns(const QSqlDatabase& db, const QString& table) const override;
    Status afterBulkLoad(const QSqlDatabase& db, const QString& table) const override;
    Result<int> userTableCount(const QSqlDatabase& db) const override;

    QString joinedText(const QString& column, const QString& separator = QStringLiteral(",")) const override;
    QString fullTextKeys(const QString& table, const QString& key, const QStringList& columns) const override;
    // An FTS5 MATCH expression.
    QString prefixMatchExpression(const QStringList& words) const override;
    QString indexHint(const QString& index) const override;
    // CROSS JOIN: SQLite's planner keeps the left table outer.
    QString orderedJoin() const override { return QStringLiteral("CROSS JOIN"); }
    QString wordStartCondition(const QString& column) const override
    {
        return QStringLiteral("(' ' || %1) LIKE ?").arg(column);
    }
    QString wordStartValue(const QString& word) const override
    {
        return QStringLiteral("% ") + word + QLatin1Char('%');
    }

    // The file behind a connection
    static QString connectOptions();
    static QStringList pragmas();
    // A consistent copy of db at targetPath, private to the user (S6).
    static Status backupTo(const QSqlDatabase& db, const QString& targetPath);
    // Checks every page of the file, up to the first maxErrors problems: "ok", or what is wrong.
    static QString integrityCheck(int maxErrors);
    // The same for one table and its indexes, up to its first problem.
    static QString integrityCheck(const QString& table);
    // The tables stored in the file with rowids (virtual ones have no pages of their own), the
    // schema first.
    static QString storedTables();
    // About the number of rows of a table, read from the end of its rowid b-tree without a scan.
    static QString estimatedRows(const QString& table);
};
