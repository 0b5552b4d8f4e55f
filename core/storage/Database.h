#pragma once

// The workspace database: one named QSQLITE connection with its pragmas, opened through the
// numbered migrations of Schema. A file whose schema is newer than this build is refused, and an
// existing file is backed up before it is migrated (ARCHITECTURE §6).

#include "common/Result.h"
#include "storage/Migration.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

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

private:
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
