#pragma once

// What differs between the engines a workspace can live on (ARCHITECTURE §6): SQLite for one
// desk, PostgreSQL for a workspace a channel shares. One adapter per engine implements it; the
// stores, the schema and the migrations are written once and ask the adapter of their connection
// for the few statements that differ: auto-numbered keys, append-only tables, full-text search,
// join hints, transactions, and what a driver's error means.

#include "common/Result.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <utility>

class QSqlDriver;
class QSqlError;

class SqlEngine
{
public:
    enum class Kind { Sqlite, PostgreSql };

    // What a failure of the driver means for the person at the desk, from the engine's native
    // code (SQLite's result code, PostgreSQL's SQLSTATE), never from its message text.
    enum class Failure {
        Busy, // another connection holds a lock
        ReadOnly, // the file, the database or the login may not be written
        IoError,
        DiskFull,
        Damaged,
        NotADatabase,
        CantOpen,
        Duplicate, // a unique key exists already
        AppendOnly, // an update or delete of an append-only table
        Serialization, // a concurrent transaction won: the work may be done again
        Refused, // the database's own rights refused the person (a shared workspace's policies and steps)
        ConnectionLost, // the server went away
        Other,
    };

    virtual ~SqlEngine() = default;

    // The adapter of a connection, from its driver.
    static const SqlEngine& of(const QSqlDatabase& db);
    static const SqlEngine& of(const QSqlDriver* driver);
    static const SqlEngine& sqlite();
    static const SqlEngine& postgreSql();

    virtual Kind kind() const = 0;
    // Whether the database itself decides who may read and write what (ARCHITECTURE §7): people's
    // logins, row-level security, and the functions some steps go through. Not where one desk
    // owns the file.
    virtual bool enforcesRights() const = 0;
    virtual QString driverName() const = 0;
    // The engine's name as people know it: "SQLite", "PostgreSQL".
    virtual QString displayName() const = 0;

    virtual Failure failure(const QSqlError& error) const = 0;
    // Starts a transaction that writes: it locks what it reads as it would at a write, or fails
    // with Failure::Serialization when a concurrent one changed it.
    virtual QString beginWriteTransaction() const = 0;
    // Taken before a write transaction begins and given back once it ended: one desk writes at a
    // time, as on a SQLite file, so that racing desks wait for each other instead of failing.
    // Empty where beginWriteTransaction() locks by itself.
    virtual QString lockWriters() const = 0;
    virtual QString unlockWriters() const = 0;
    // Run in a write transaction just before it commits, so that the other desks of a shared
    // workspace hear of the change when it is committed (and not if it is rolled back); empty
    // where they find out by themselves (another process on a SQLite file reads data_version).
    virtual QString announceChange() const = 0;
    // Run after a transaction was rolled back: what the failed statements left on the server
    // (PostgreSQL can't free a prepared statement inside a failed transaction); empty if nothing.
    virtual QString afterRollback() const = 0;

    // Schema
    // Type of an auto-numbered primary key column.
    virtual QString serialPrimaryKey() const = 0;
    // Statements that make UPDATE and DELETE of table fail as append-only.
    virtual QStringList appendOnlyTriggers(const QString& table) const = 0;
    // Statements that lift appendOnlyTriggers(table) for a migration that must rewrite its rows,
    // and statements that put them back, in the same transaction.
    virtual QStringList suspendAppendOnly(const QString& table) const = 0;
    virtual QStringList resumeAppendOnly(const QString& table) const = 0;
    // Statements that make an insert of an existing key fail as append-only where the engine
    // could replace a row on insert (SQLite's INSERT OR REPLACE); none elsewhere.
    virtual QStringList noReplaceTriggers(const QString& table, const QString& key) const = 0;
    // Statements that make the database itself refuse what a person may not read or write
    // (ARCHITECTURE §7): their logins, row-level security, privileges, the functions of the steps
    // that cross partners; the part schema version takes. workspaceKey names this workspace's
    // roles. None where one desk owns the file.
    virtual QStringList databaseRights(int version, const QString& workspaceKey = {}) const = 0;
    // A full-text index over text columns of table, kept current by the engine. prefixes lists
    // prefix lengths to index as well where the engine can (SQLite FTS5 "prefix").
    virtual QStringList fullTextIndex(const QString& table, const QString& key, const QStringList& columns,
                                      const QString& prefixes = {}) const = 0;
    virtual QStringList dropFullTextIndex(const QString& table) const = 0;
    // Fills an index its table already has rows for; nothing where the engine indexes as it goes.
    virtual QStringList rebuildFullTextIndex(const QString& table) const = 0;
    virtual Result<bool> tableExists(const QSqlDatabase& db, const QString& table) const = 0;
    // The tables that hold the workspace's data, without those derived from them (a full-text
    // index) and without the engine's own.
    virtual Result<QStringList> dataTables(const QSqlDatabase& db) const = 0;
    // Each foreign key as (table, the table it refers to).
    Result<QList<std::pair<QString, QString>>> references(const QSqlDatabase& db) const;
    // The statement listing them: rows of (table, referenced table).
    virtual QString referencesQuery() const = 0;
    // The columns of table, in their order.
    virtual Result<QStringList> columns(const QSqlDatabase& db, const QString& table) const = 0;
    // After rows were written with their keys given (a copy), in their transaction:
    // auto-numbered keys go on after the highest.
    virtual Status afterBulkLoad(const QSqlDatabase& db, const QString& table) const = 0;
    // Run on a table once rows written in bulk are committed (outside any transaction): the
    // planner learns its new size, and its reads are as fast as on a table that grew slowly;
    // empty if nothing is needed.
    virtual QString tidyAfterBulkLoad(const QString& table) const = 0;
    // Starts a transaction that only reads, and sees one moment of the workspace throughout.
    virtual QString beginSnapshot() const = 0;
    virtual Result<int> userTableCount(const QSqlDatabase& db) const = 0;

    // Queries
    // An aggregate that joins a text column of the group with separator.
    virtual QString joinedText(const QString& column, const QString& separator = QStringLiteral(",")) const = 0;
    // The keys of the rows of table whose index over columns matches one bound value, which
    // prefixMatchExpression() makes: a SELECT of one column.
    virtual QString fullTextKeys(const QString& table, const QString& key, const QStringList& columns) const = 0;
    // The bound value that finds rows where every word is the start of a word.
    virtual QString prefixMatchExpression(const QStringList& words) const = 0;
    // Makes the planner walk table by index (written after the table's alias): the order it
    // needs when it stops after a page. Empty where the planner chooses by itself.
    virtual QString indexHint(const QString& index) const = 0;
    // An inner join that keeps the written order of the tables where the engine allows it.
    virtual QString orderedJoin() const = 0;
    // A condition that a word of the text column begins with a value, and that value for word
    // (lowercase letters and digits, as SearchText makes them).
    virtual QString wordStartCondition(const QString& column) const = 0;
    virtual QString wordStartValue(const QString& word) const = 0;

protected:
    SqlEngine() = default;
};
