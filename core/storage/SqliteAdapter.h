#pragma once

// Everything SQLite-specific in one place, so the rest of the SQL stays portable to PostgreSQL
// (ARCHITECTURE §6): connection pragmas, online backup, catalog look-ups, the triggers that keep
// a table append-only, and full-text search.

#include "common/Result.h"

#include <QSqlDatabase>
#include <QStringList>

class SqliteAdapter
{
public:
    static constexpr auto DriverName = "QSQLITE";
    static constexpr int BusyTimeoutMs = 5000;

    // What a failure of the driver means for the person at the desk, from SQLite's result code.
    enum class Failure { Busy, ReadOnly, IoError, DiskFull, Damaged, NotADatabase, CantOpen, Other };

    static QString connectOptions();
    // Starts a transaction that takes the write lock at once (waiting up to the busy timeout).
    static QString beginWriteTransaction() { return QStringLiteral("BEGIN IMMEDIATE"); }
    // True when a failure means another connection holds the lock (SQLITE_BUSY, SQLITE_LOCKED).
    static bool isBusy(const QString& nativeErrorCode);
    static Failure failure(const QString& nativeErrorCode);
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
    static Result<bool> tableExists(const QSqlDatabase& db, const QString& table);
    static Result<int> userTableCount(const QSqlDatabase& db);

    // Statements that make UPDATE and DELETE on table fail with "append-only".
    static QStringList appendOnlyTriggers(const QString& table);
    // A statement that makes an INSERT (OR REPLACE, OR IGNORE…) of an existing key of an
    // append-only table fail with "append-only", whatever the connection's recursive_triggers.
    static QString noReplaceTrigger(const QString& table, const QString& key);
    // An aggregate that joins a text column of the group with commas.
    static QString joinedText(const QString& column, const QString& separator = QStringLiteral(","));
    // Type of an auto-numbered primary key column.
    static QString serialPrimaryKey();
    // An external-content FTS5 index over some text columns of a table, kept current by triggers.
    // prefixes lists prefix lengths to index as well (FTS5 "prefix"), which makes short prefix
    // queries read one list instead of merging every word that starts alike.
    static QStringList fullTextIndex(const QString& table, const QString& key, const QStringList& columns,
                                     const QString& prefixes = {});
    static QStringList dropFullTextIndex(const QString& table);
    // Fills an external-content index from its table.
    static QString rebuildFullTextIndex(const QString& table);
    // An FTS5 MATCH expression that finds rows where every typed word is a prefix of a word.
    static QString prefixMatchExpression(const QStringList& words);
    // The rows of table whose full-text index matches an expression (one bound value), joined as
    // alias through its key column: "<index> CROSS JOIN <table> <alias> ON <alias>.<key> = rowid".
    static QString fullTextSource(const QString& table, const QString& alias, const QString& key);
    static QString fullTextCondition(const QString& table);
    // Makes the planner walk table by index: the order it needs when it stops after a page.
    static QString indexHint(const QString& index);
};
