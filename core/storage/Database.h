#pragma once

// The workspace database: one named QSQLITE connection with its pragmas, opened through the
// numbered migrations of Schema. A file whose schema is newer than this build is refused, and an
// existing file is backed up before it is migrated (ARCHITECTURE §6). The file, its -wal and -shm
// and its backups are private to the user (S6); a damaged file is refused with the newest
// backup's path, and a busy, read-only or unreadable one is named as such (S9).

#include "common/Result.h"
#include "storage/Migration.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

class QSqlError;

class Database
{
    Q_DECLARE_TR_FUNCTIONS(Database)

public:
    Database();
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    // Opens (creating if needed) and migrates the file at path; ":memory:" works for tests.
    Status open(const QString& path);
    Status open(const QString& path, const QList<Migration>& migrations);
    void close();

    bool isOpen() const;
    QString path() const { return m_path; }
    QSqlDatabase connection() const;
    int schemaVersion() const;
    // Where the last migration's backup was written, or empty when none was needed.
    QString backupPath() const { return m_backupPath; }

    static QString defaultPath();
    // The backups written before the upgrades of the workspace at path, newest first.
    static QStringList backupsOf(const QString& path);

private:
    Status checkReadable();
    Status checkIntact();
    Status checkWritable();
    Error openFailure(const QSqlError& error) const;
    Error damaged() const;
    // The workspace's file and the -wal, -shm and -journal beside it (after links).
    static QStringList filesOf(const QString& path);
    Status checkOwnFiles() const;
    Error notPrivate(const QString& part) const;
    Status makePrivate() const;
    Status applyPragmas();
    Status migrate(const QList<Migration>& migrations);

    QString m_connectionName;
    QString m_path;
    QString m_backupPath;
};

// Rolls back in its destructor unless commit() succeeded, so an early return writes nothing.
class Transaction
{
    Q_DECLARE_TR_FUNCTIONS(Transaction)

public:
    explicit Transaction(const QSqlDatabase& db);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    bool isActive() const { return m_active; }
    Status commit();

private:
    QSqlDatabase m_db;
    bool m_active = false;
    bool m_joined = false;
};
