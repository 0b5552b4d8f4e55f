#include "SqliteAdapter.h"

#include "storage/PrivateFiles.h"
#include "storage/SqlQuery.h"

#include <QFile>
#include <QRegularExpression>
#include <QSqlError>

QString SqliteAdapter::connectOptions()
{
    return QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(BusyTimeoutMs);
}

SqlEngine::Failure SqliteAdapter::failure(const QSqlError& error) const
{
    // SQLite's result codes (Qt's driver reports the extended ones, whose low byte is the
    // primary code).
    enum : int {
        Perm = 3,
        Busy = 5,
        Locked = 6,
        ReadOnly = 8,
        IoErr = 10,
        Corrupt = 11,
        Full = 13,
        CantOpen = 14,
        Constraint = 19,
        NotADb = 26,
        ConstraintTrigger = Constraint | (7 << 8),
        ConstraintPrimaryKey = Constraint | (6 << 8),
        ConstraintUnique = Constraint | (8 << 8),
    };
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    if (!ok) {
        return Failure::Other;
    }
    switch (code) {
    case ConstraintUnique:
    case ConstraintPrimaryKey:
        return Failure::Duplicate;
    case ConstraintTrigger:
        return Failure::AppendOnly; // RAISE(ABORT) is only used by the append-only triggers
    default:
        break;
    }
    switch (code & 0xff) {
    case Busy:
    case Locked:
        return Failure::Busy;
    case Perm:
    case ReadOnly:
        return Failure::ReadOnly;
    case IoErr:
        return Failure::IoError;
    case Full:
        return Failure::DiskFull;
    case Corrupt:
        return Failure::Damaged;
    case NotADb:
        return Failure::NotADatabase;
    case CantOpen:
        return Failure::CantOpen;
    default:
        return Failure::Other;
    }
}

QStringList SqliteAdapter::pragmas()
{
    // recursive_triggers: without it, INSERT OR REPLACE deletes the clashing row without firing
    // DELETE triggers, which would let it rewrite an append-only table (and skip the FTS triggers).
    return {QStringLiteral("PRAGMA foreign_keys = ON"),
            QStringLiteral("PRAGMA journal_mode = WAL"),
            QStringLiteral("PRAGMA synchronous = NORMAL"),
            QStringLiteral("PRAGMA recursive_triggers = ON"),
            QStringLiteral("PRAGMA busy_timeout = %1").arg(BusyTimeoutMs),
            cacheSizePragma()};
}

Status SqliteAdapter::backupTo(const QSqlDatabase& db, const QString& targetPath)
{
    // VACUUM INTO writes a consistent copy, WAL content included, without closing the connection.
    // It would create the file 0644 (less the umask); into an empty file it keeps that file's mode.
    QFile::remove(targetPath);
    QString reason;
    if (!PrivateFiles::createFile(targetPath, &reason)) {
        return Error(ErrorCode::Storage, reason);
    }
    auto query = SqlQuery::run(db, QStringLiteral("VACUUM INTO ?"), {targetPath});
    if (!query) {
        QFile::remove(targetPath);
    }
    return query;
}

QString SqliteAdapter::integrityCheck(int maxErrors)
{
    // quick_check reads every page and checks the b-trees, without comparing indexes to tables.
    return QStringLiteral("PRAGMA quick_check(%1)").arg(maxErrors);
}

QString SqliteAdapter::integrityCheck(const QString& table)
{
    QString quoted = table;
    quoted.replace(QLatin1Char('\''), QStringLiteral("''"));
    return QStringLiteral("PRAGMA quick_check('%1')").arg(quoted);
}

QString SqliteAdapter::storedTables()
{
    // Without rowids (the full-text index's term table) a table's size can't be estimated cheaply.
    return QStringLiteral("SELECT name FROM (SELECT name, 1 AS position FROM sqlite_schema WHERE type = 'table' "
                          "AND rootpage > 0 AND sql NOT LIKE '%WITHOUT ROWID%' "
                          "UNION ALL SELECT 'sqlite_schema', 0) ORDER BY position, name");
}

QString SqliteAdapter::estimatedRows(const QString& table)
{
    QString quoted = table;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QStringLiteral("SELECT max(rowid) FROM \"%1\"").arg(quoted);
}

Result<bool> SqliteAdapter::tableExists(const QSqlDatabase& db, const QString& table) const
{
    auto count = SqlQuery::scalar(
        db, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = ?"), {table});
    if (!count) {
        return count.error();
    }
    return count->toInt() > 0;
}

Result<QStringList> SqliteAdapter::dataTables(const QSqlDatabase& db) const
{
    // A full-text index is a virtual table and shadow tables named after it; its triggers fill it
    // from the table it indexes.
    return SqlQuery::column(db,
                            QStringLiteral("SELECT t.name FROM sqlite_master t WHERE t.type = 'table' "
                                           "AND t.name NOT LIKE 'sqlite_%' AND t.sql NOT LIKE 'CREATE VIRTUAL%' "
                                           "AND NOT EXISTS (SELECT 1 FROM sqlite_master v WHERE v.type = 'table' "
                                           "AND v.sql LIKE 'CREATE VIRTUAL%' AND t.name LIKE v.name || '_%') "
                                           "ORDER BY t.name"));
}

QString SqliteAdapter::referencesQuery() const
{
    return QStringLiteral("SELECT t.name, k.\"table\" FROM sqlite_master t, pragma_foreign_key_list(t.name) k "
                          "WHERE t.type = 'table'");
}

Result<QStringList> SqliteAdapter::columns(const QSqlDatabase& db, const QString& table) const
{
    return SqlQuery::column(db, QStringLiteral("SELECT name FROM pragma_table_info(?) ORDER BY cid"), {table});
}

Status SqliteAdapter::afterBulkLoad(const QSqlDatabase&, const QString&) const
{
    return {}; // an INTEGER PRIMARY KEY goes on after the highest by itself
}

Result<int> SqliteAdapter::userTableCount(const QSqlDatabase& db) const
{
    auto count = SqlQuery::scalar(
        db, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"));
    if (!count) {
        return count.error();
    }
    return count->toInt();
}

QStringList SqliteAdapter::appendOnlyTriggers(const QString& table) const
{
    return {QStringLiteral("CREATE TRIGGER %1_no_update BEFORE UPDATE ON %1 "
                           "BEGIN SELECT RAISE(ABORT, '%1 is append-only'); END")
                .arg(table),
            QStringLiteral("CREATE TRIGGER %1_no_delete BEFORE DELETE ON %1 "
                           "BEGIN SELECT RAISE(ABORT, '%1 is append-only'); END")
                .arg(table)};
}

QStringList SqliteAdapter::suspendAppendOnly(const QString& table) const
{
    return {QStringLiteral("DROP TRIGGER %1_no_update").arg(table),
            QStringLiteral("DROP TRIGGER %1_no_delete").arg(table)};
}

QStringList SqliteAdapter::resumeAppendOnly(const QString& table) const
{
    return appendOnlyTriggers(table);
}

QStringList SqliteAdapter::noReplaceTriggers(const QString& table, const QString& key) const
{
    return {QStringLiteral("CREATE TRIGGER %1_no_replace BEFORE INSERT ON %1 "
                           "WHEN EXISTS (SELECT 1 FROM %1 WHERE %2 = new.%2) "
                           "BEGIN SELECT RAISE(ABORT, '%1 is append-only'); END")
                .arg(table, key)};
}

QString SqliteAdapter::joinedText(const QString& column, const QString& separator) const
{
    QString quoted = separator;
    quoted.replace(QLatin1Char('\''), QStringLiteral("''"));
    return QStringLiteral("group_concat(%1, '%2')").arg(column, quoted);
}

QString SqliteAdapter::serialPrimaryKey() const
{
    return QStringLiteral("INTEGER PRIMARY KEY");
}

QStringList SqliteAdapter::fullTextIndex(const QString& table, const QString& key, const QStringList& columns,
                                         const QString& prefixes) const
{
    const QString index = table + QStringLiteral("_fts");
    const QString cols = columns.join(QStringLiteral(", "));
    QStringList newValues;
    QStringList oldValues;
    for (const QString& column : columns) {
        newValues << QStringLiteral("new.") + column;
        oldValues << QStringLiteral("old.") + column;
    }
    const QString insertNew = QStringLiteral("INSERT INTO %1(rowid, %2) VALUES (new.%3, %4);")
                                  .arg(index, cols, key, newValues.join(QStringLiteral(", ")));
    const QString deleteOld = QStringLiteral("INSERT INTO %1(%1, rowid, %2) VALUES ('delete', old.%3, %4);")
                                  .arg(index, cols, key, oldValues.join(QStringLiteral(", ")));
    return {
        QStringLiteral("CREATE VIRTUAL TABLE %1 USING fts5(%2, content='%3', content_rowid='%4', "
                       "tokenize='unicode61 remove_diacritics 2'%5)")
            .arg(index, cols, table, key,
                 prefixes.isEmpty() ? QString() : QStringLiteral(", prefix='%1'").arg(prefixes)),
        QStringLiteral("CREATE TRIGGER %1_ai AFTER INSERT ON %2 BEGIN %3 END").arg(index, table, insertNew),
        QStringLiteral("CREATE TRIGGER %1_ad AFTER DELETE ON %2 BEGIN %3 END").arg(index, table, deleteOld),
        QStringLiteral("CREATE TRIGGER %1_au AFTER UPDATE ON %2 BEGIN %3 %4 END")
            .arg(index, table, deleteOld, insertNew),
    };
}

QString SqliteAdapter::prefixMatchExpression(const QStringList& words) const
{
    QStringList terms;
    for (QString word : words) {
        word.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        terms << QLatin1Char('"') + word + QStringLiteral("\"*");
    }
    return terms.join(QStringLiteral(" AND "));
}

QString SqliteAdapter::fullTextKeys(const QString& table, const QString& key, const QStringList& columns) const
{
    Q_UNUSED(key)
    Q_UNUSED(columns)
    return QStringLiteral("SELECT rowid FROM %1_fts WHERE %1_fts MATCH ?").arg(table);
}

QString SqliteAdapter::indexHint(const QString& index) const
{
    return QStringLiteral("INDEXED BY %1").arg(index);
}

QStringList SqliteAdapter::dropFullTextIndex(const QString& table) const
{
    const QString index = table + QStringLiteral("_fts");
    return {
        QStringLiteral("DROP TRIGGER %1_ai").arg(index),
        QStringLiteral("DROP TRIGGER %1_ad").arg(index),
        QStringLiteral("DROP TRIGGER %1_au").arg(index),
        QStringLiteral("DROP TABLE %1").arg(index),
    };
}

QStringList SqliteAdapter::rebuildFullTextIndex(const QString& table) const
{
    return {QStringLiteral("INSERT INTO %1_fts(%1_fts) VALUES ('rebuild')").arg(table)};
}
