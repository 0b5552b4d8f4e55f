#pragma once

// Everything PostgreSQL-specific in one place (ARCHITECTURE §6): the engine's statements for the
// portable stores, and opening a shared workspace's connection through Qt's QPSQL driver, with
// what went wrong named from libpq's own state rather than from its (translated) messages.

#include "storage/SqlEngine.h"
#include "storage/WorkspaceLocation.h"

#include <QCoreApplication>

class PostgresAdapter : public SqlEngine
{
    Q_DECLARE_TR_FUNCTIONS(PostgresAdapter)

public:
    static constexpr auto DriverName = "QPSQL";
    // Codes this adapter raises itself (SQLSTATE class "PD": PartnerDesk).
    static constexpr auto AppendOnlyState = "PD001";
    // The channel every committed change is announced on (NOTIFY), and the desks listen to.
    static constexpr auto ChangeChannel = "partnerdesk_changes";
    // The advisory lock the desks write under (the migrations have 7418011).
    static constexpr qint64 WritersLock = 7418012;

    Kind kind() const override { return Kind::PostgreSql; }
    bool enforcesRights() const override { return true; }
    QString driverName() const override { return QLatin1String(DriverName); }
    QString displayName() const override { return QStringLiteral("PostgreSQL"); }
    Failure failure(const QSqlError& error) const override;
    // At the session's level (Database sets it): SERIALIZABLE on the workspace's own connection,
    // where a check and the write that follows can't both see the rows of a concurrent
    // transaction and miss its writes (one of two racing transactions fails with 40001); READ
    // COMMITTED on a person's, the only level the server seals a person's audit events in.
    QString beginWriteTransaction() const override { return QStringLiteral("BEGIN"); }
    // A session lock, taken before BEGIN so that the transaction's snapshot is taken once the
    // desk before it has committed (a lock taken inside would come after the snapshot). It waits
    // up to the connection's lock_timeout; a connection that is lost gives it back.
    QString lockWriters() const override { return QStringLiteral("SELECT pg_advisory_lock(%1)").arg(WritersLock); }
    QString unlockWriters() const override { return QStringLiteral("SELECT pg_advisory_unlock(%1)").arg(WritersLock); }
    QString beginSnapshot() const override { return QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY"); }
    // The statements of a transaction that failed stay prepared when Qt frees them (the server
    // refuses DEALLOCATE until the rollback): freed together once it is rolled back.
    QString afterRollback() const override { return QStringLiteral("DEALLOCATE ALL"); }
    QString announceChange() const override { return QStringLiteral("NOTIFY ") + QLatin1String(ChangeChannel); }

    QString serialPrimaryKey() const override;
    // A trigger function that refuses UPDATE, DELETE and TRUNCATE.
    QStringList appendOnlyTriggers(const QString& table) const override;
    QStringList suspendAppendOnly(const QString& table) const override;
    QStringList resumeAppendOnly(const QString& table) const override;
    QStringList noReplaceTriggers(const QString& table, const QString& key) const override;
    QStringList databaseRights(int version, const QString& workspaceKey) const override;
    // A GIN index of the columns' words (the "simple" configuration: no stemming, no stop words);
    // prefix queries read it without prefix lengths.
    QStringList fullTextIndex(const QString& table, const QString& key, const QStringList& columns,
                              const QString& prefixes = {}) const override;
    QStringList dropFullTextIndex(const QString& table) const override;
    QStringList rebuildFullTextIndex(const QString& table) const override;
    Result<bool> tableExists(const QSqlDatabase& db, const QString& table) const override;
    Result<QStringList> dataTables(const QSqlDatabase& db) const override;
    QString referencesQuery() const override;
    Result<QStringList> columns(const QSqlDatabase& db, const QString& table) const override;
    Status afterBulkLoad(const QSqlDatabase& db, const QString& table) const override;
    // Marks the pages all-visible, so that index-only scans don't read the table for every row.
    QString tidyAfterBulkLoad(const QString& table) const override
    {
        return QStringLiteral("VACUUM (ANALYZE) \"%1\"")
            .arg(QString(table).replace(QLatin1Char('"'), QStringLiteral("\"\"")));
    }
    Result<int> userTableCount(const QSqlDatabase& db) const override;

    QString joinedText(const QString& column, const QString& separator = QStringLiteral(",")) const override;
    QString fullTextKeys(const QString& table, const QString& key, const QStringList& columns) const override;
    // A tsquery: 'word':* & 'other':*
    QString prefixMatchExpression(const QStringList& words) const override;
    QString indexHint(const QString& index) const override;
    QString orderedJoin() const override { return QStringLiteral("JOIN"); }
    // The planner reads a LIKE '% word%' as matching a few rows (42 estimated where 35,353 match
    // among a million), skips walking the name index and sorts every match; for strpos() it
    // assumes a third of the rows and walks the index, a page at a time (ms instead of 100s).
    QString wordStartCondition(const QString& column) const override
    {
        return QStringLiteral("strpos(' ' || %1, ?) > 0").arg(column);
    }
    QString wordStartValue(const QString& word) const override { return QLatin1Char(' ') + word; }

    // The connection
    // The QPSQL connection options of a location (TLS mode, timeouts, application name).
    static QString connectOptions(const WorkspaceLocation& location);
    // Set on each new connection: notices (such as "table does not exist, skipping") are not for
    // the desk, and a desk waits for another's write (or lock) at most as long as on a file.
    static QStringList sessionSettings();
    // Why a connection to location could not be made, asking the server again through libpq: a
    // server that doesn't answer, a password that is needed or refused, a database that doesn't
    // exist, TLS refused. driverText is what QPSQL reported.
    static Error connectFailure(const WorkspaceLocation& location, const QString& driverText);
    // Whether the connection of db is still up (false after the server went away).
    static bool isConnected(const QSqlDatabase& db);
    // Whether the server of location accepts connections again. It may wait for the network (up
    // to the connect timeout), so call it away from the window's thread; it sends no password.
    static bool answers(const WorkspaceLocation& location);
    // The database's collation sorts by code point ("C" or "POSIX"), which the name and domain
    // ranges of the customer lists need.
    static Result<bool> sortsByCodePoint(const QSqlDatabase& db);
};
