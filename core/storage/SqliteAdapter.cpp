#include "SqliteAdapter.h"

#include "storage/SqlQuery.h"

#include <QFile>
#include <QRegularExpression>

QString SqliteAdapter::connectOptions()
{
    return QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(BusyTimeoutMs);
}

bool SqliteAdapter::isBusy(const QString& nativeErrorCode)
{
    // Primary result codes 5 and 6; extended codes keep them in the low byte.
    bool ok = false;
    const int code = nativeErrorCode.toInt(&ok);
    return ok && ((code & 0xff) == 5 || (code & 0xff) == 6);
}

QStringList SqliteAdapter::pragmas()
{
    // recursive_triggers: without it, INSERT OR REPLACE deletes the clashing row without firing
    // DELETE triggers, which would let it rewrite an append-only table (and skip the FTS triggers).
    return {QStringLiteral("PRAGMA foreign_keys = ON"), QStringLiteral("PRAGMA journal_mode = WAL"),
            QStringLiteral("PRAGMA synchronous = NORMAL"), QStringLiteral("PRAGMA recursive_triggers = ON"),
            QStringLiteral("PRAGMA busy_timeout = %1").arg(BusyTimeoutMs),
            // 32 MiB of pages (the default is 2): the index pages a million customers' views touch
            // stay in memory between keystrokes.
            QStringLiteral("PRAGMA cache_size = -32768")};
}

Status SqliteAdapter::backupTo(const QSqlDatabase& db, const QString& targetPath)
{
    // VACUUM INTO writes a consistent copy, WAL content included, without closing the connection.
    QFile::remove(targetPath);
    auto query = SqlQuery::run(db, QStringLiteral("VACUUM INTO ?"), {targetPath});
    return query;
}

Result<bool> SqliteAdapter::tableExists(const QSqlDatabase& db, const QString& table)
{
    auto count = SqlQuery::scalar(
        db, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = ?"), {table});
    if (!count) {
        return count.error();
    }
    return count->toInt() > 0;
}

Result<int> SqliteAdapter::userTableCount(const QSqlDatabase& db)
{
    auto count = SqlQuery::scalar(
        db, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"));
    if (!count) {
        return count.error();
    }
    return count->toInt();
}

QStringList SqliteAdapter::appendOnlyTriggers(const QString& table)
{
    return {QStringLiteral("CREATE TRIGGER %1_no_update BEFORE UPDATE ON %1 "
                           "BEGIN SELECT RAISE(ABORT, '%1 is append-only'); END")
                .arg(table),
            QStringLiteral("CREATE TRIGGER %1_no_delete BEFORE DELETE ON %1 "
                           "BEGIN SELECT RAISE(ABORT, '%1 is append-only'); END")
                .arg(table)};
}

QString SqliteAdapter::noReplaceTrigger(const QString& table, const QString& key)
{
    return QStringLiteral("CREATE TRIGGER %1_no_replace BEFORE INSERT ON %1 "
                          "WHEN EXISTS (SELECT 1 FROM %1 WHERE %2 = new.%2) "
                          "BEGIN SELECT RAISE(ABORT, '%1 is append-only'); END")
        .arg(table, key);
}

QString SqliteAdapter::joinedText(const QString& column, const QString& separator)
{
    QString quoted = separator;
    quoted.replace(QLatin1Char('\''), QStringLiteral("''"));
    return QStringLiteral("group_concat(%1, '%2')").arg(column, quoted);
}

QString SqliteAdapter::serialPrimaryKey()
{
    return QStringLiteral("INTEGER PRIMARY KEY");
}

QStringList SqliteAdapter::fullTextIndex(const QString& table, const QString& key, const QStringList& columns,
                                         const QString& prefixes)
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

QString SqliteAdapter::prefixMatchExpression(const QStringList& words)
{
    QStringList terms;
    for (QString word : words) {
        word.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        terms << QLatin1Char('"') + word + QStringLiteral("\"*");
    }
    return terms.join(QStringLiteral(" AND "));
}

QString SqliteAdapter::fullTextSource(const QString& table, const QString& alias, const QString& key)
{
    return QStringLiteral("%1_fts CROSS JOIN %1 %2 ON %2.%3 = %1_fts.rowid").arg(table, alias, key);
}

QString SqliteAdapter::fullTextCondition(const QString& table)
{
    return QStringLiteral("%1_fts MATCH ?").arg(table);
}

QString SqliteAdapter::indexHint(const QString& index)
{
    return QStringLiteral("INDEXED BY %1").arg(index);
}

QStringList SqliteAdapter::dropFullTextIndex(const QString& table)
{
    const QString index = table + QStringLiteral("_fts");
    return {
        QStringLiteral("DROP TRIGGER %1_ai").arg(index),
        QStringLiteral("DROP TRIGGER %1_ad").arg(index),
        QStringLiteral("DROP TRIGGER %1_au").arg(index),
        QStringLiteral("DROP TABLE %1").arg(index),
    };
}

QString SqliteAdapter::rebuildFullTextIndex(const QString& table)
{
    return QStringLiteral("INSERT INTO %1_fts(%1_fts) VALUES ('rebuild')").arg(table);
}
