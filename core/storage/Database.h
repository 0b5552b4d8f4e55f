#pragma once

// The workspace database: one named connection, opened through the numbered migrations of
// Schema. A workspace whose schema is newer than this build is refused (ARCHITECTURE §6).
//
// A SQLite file (QSQLITE) gets its pragmas and is backed up before it is migrated. The file, its
// -wal and -shm and its backups are private to the user (S6); a damaged file is refused with the
// newest backup's path, and a busy, read-only or unreadable one is named as such (S9).
//
// A shared workspace on PostgreSQL (QPSQL) is migrated by the first desk that opens it after an
// upgrade, under a lock the other desks wait for; its server's administrator keeps its backups.
// Beside the workspace's own connection, a shared workspace holds one for each person signed in
// at the desk, with their own login (connectPerson). A connection that was lost is made again by
// reconnect().

#include "common/Result.h"
#include "storage/Migration.h"
#include "storage/WorkspaceLocation.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <optional>

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
    // Opens a file or a shared workspace; a shared one's password is the location's.
    Status open(const WorkspaceLocation& location);
    Status open(const WorkspaceLocation& location, const QList<Migration>& migrations);
    void close();
    // A shared workspace whose connection was lost connects again (the server is back); true
    // when the connection is up. Without a name, the workspace's own connection.
    bool reconnect();
    bool reconnect(const QString& connectionName);

    // A shared workspace's connection with a person's own database login (ARCHITECTURE §7): the
    // same server, database and TLS mode as the workspace's own, so the server's row-level
    // security applies to everything done on it. Its write transactions run in READ COMMITTED
    // (the writers' lock, taken before BEGIN, keeps them one after another, and the server seals
    // a person's audit events only so). Returns the connection's name; a refused password or
    // a disabled login says so.
    Result<QString> connectPerson(const QString& login, const QString& password);
    void disconnectPerson(const QString& connectionName);

    // What another thread needs to open a connection of its own to this workspace, as the
    // connection given (a person's, on a shared workspace, so that their rights apply; or the
    // workspace's own): for reads that must not hold up the interface. None for a file in memory,
    // which no other connection sees.
    struct ReaderSettings
    {
        QString driver;
        QString database;
        QString host;
        int port = -1;
        QString user;
        QString password;
        QString options;
    };
    std::optional<ReaderSettings> readerSettings(const QSqlDatabase& connection) const;
    // On the calling thread: the reader under name, open and set up as the workspace's
    // connections are; opened on first use, and again when it was lost (the server restarted) or
    // could not be opened before. closeReader(name) when done, on the same thread.
    static Result<QSqlDatabase> reader(const ReaderSettings& settings, const QString& name);
    static void closeReader(const QString& name);

    bool isOpen() const;
    // The file's path, or the shared workspace's address (without its password).
    QString path() const { return m_path; }
    const WorkspaceLocation& location() const { return m_location; }
    QSqlDatabase connection() const;
    int schemaVersion() const;
    // Whether the workspace's own connection is its gate's (or any person's), not its owner's: it
    // upgrades nothing, and signs people in through the server (schema version 13).
    bool isBehindGate() const { return m_behindGate; }
    // Where the last migration's backup was written, or empty when none was needed.
    QString backupPath() const { return m_backupPath; }
    // A file workspace's consistent copy at target, as it is at this moment (changes not yet
    // checkpointed included), made while the workspace stays open, and private to its user (S6).
    // target is replaced only once the copy is whole. A shared workspace is backed up on its
    // server; asking here is refused.
    Status backUpTo(const QString& target);

    static QString defaultPath();
    // The backups written before the upgrades of the workspace at path, newest first.
    static QStringList backupsOf(const QString& path);
    // The workspace's file and the -wal, -shm and -journal beside it (after links).
    static QStringList filesOf(const QString& path);

private:
    Status connectFile();
    Status connectServer();
    Status checkServer();
    enum class Login { Shared, Person };
    static Status setUpSession(const QSqlDatabase& db, Login login);
    static Status openReader(const ReaderSettings& settings, const QString& name);
    Status checkReadable();
    Status checkIntact();
    Status checkWritable();
    Error openFailure(const QSqlError& error) const;
    Error damaged() const;
    Status checkOwnFiles() const;
    Error notPrivate(const QString& part) const;
    Status makePrivate() const;
    Status applyPragmas();
    Status migrate(const QList<Migration>& migrations);

    QString m_connectionName;
    QStringList m_personConnections;
    WorkspaceLocation m_location;
    QString m_path;
    QString m_backupPath;
    bool m_behindGate = false;
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

    // Whether a Transaction is open on the connection of db (on this thread).
    static bool isOpenOn(const QSqlDatabase& db);

    bool isActive() const { return m_active; }
    // True when it joined a transaction already open on the connection: the outer one decides.
    bool isJoined() const { return m_joined; }
    Status commit();

private:
    void rollback();
    void unlockWriters();

    QSqlDatabase m_db;
    bool m_active = false;
    bool m_joined = false;
};
