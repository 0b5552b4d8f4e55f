#pragma once

// The database's own part in who may do what on a shared workspace (ARCHITECTURE §7, schema
// version 9 on PostgreSQL, core/storage/sql/postgresql-rights-9.sql): each person's login, and
// the permission matrix the row-level policies read. Every function is a no-op on a SQLite file,
// which one desk owns. Callers hold the transaction.

#include "common/Result.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>

// What is stored of a new password: its hash for PartnerDesk's own sign-in and, on a shared
// workspace, the SCRAM-SHA-256 verifier of the person's database login (empty elsewhere).
struct StoredPassword
{
    QString hash;
    QString loginVerifier;

    bool isEmpty() const { return hash.isEmpty(); }
};

// One row of the permission matrix as the database keeps it.
struct MatrixRow
{
    QString action;
    QString partnerType;
    QString role;
    bool needsActive = false;

    friend bool operator==(const MatrixRow&, const MatrixRow&) = default;
};

// What a desk signs in with: a tenant's user, or a Partner Membership Center account.
enum class CredentialTable { TenantUsers, PmcAccounts };

// What a desk behind the gate tries to sign someone in with (schema version 13): the login to
// connect as, and until when the user is locked (invalid: not locked, or no such user).
struct GateLogin
{
    QString login;
    QDateTime lockedUntil;
};

class DatabaseLogins
{
public:
    // Whether the connection's database has logins of its own.
    static bool apply(const QSqlDatabase& db);

    // Creates the user's login with the verifier's password, or gives it that password; nothing
    // when the verifier is empty (a password only hashed for PartnerDesk).
    static Status set(const QSqlDatabase& db, const QString& userId, const QString& loginVerifier);
    // The same, only for a user who has no login yet (their first sign-in on schema version 9).
    static Status ensure(const QSqlDatabase& db, const QString& userId, const QString& loginVerifier);
    // A removed or disabled user's login can't sign in; enabled again, it can.
    static Status setEnabled(const QSqlDatabase& db, const QString& userId, bool enabled);
    // The name of the user's login (whether it exists or not); empty on a SQLite file.
    static Result<QString> loginName(const QSqlDatabase& db, const QString& userId);
    static Result<bool> exists(const QSqlDatabase& db, const QString& userId);

    // Whether the connection is one of the workspace's people's rather than its owner's: on a
    // desk's own connection, that it opened the workspace through the gate (schema version 13).
    static Result<bool> byAPerson(const QSqlDatabase& db);
    // The login a desk behind the gate tries for the name (one no role has for a name no user or
    // PMC account has), and the credential's lock.
    static Result<GateLogin> signInLogin(const QSqlDatabase& db, CredentialTable table, const QString& name);
    // Records how a sign-in of the name ended at `at`: a success (on the credential's own
    // connection) starts its count of failures again; a failure counts, and the last the
    // workspace allows (rights.workspace, five by default) locks the credential and its login (for
    // fifteen minutes): the lock, when this failure set it or the credential was locked already.
    static Result<QDateTime> recordSignIn(const QSqlDatabase& db, CredentialTable table, const QString& name,
                                          bool succeeded, const QDateTime& at);

    // A Partner Membership Center account's login (schema version 14), made with the verifier's
    // password by the program administrator who opens the account; nothing when the verifier is
    // empty. ensurePmc makes it only when the account has none (its first sign-in at the owner's
    // desk, which alone reads rights.pmc_logins).
    static Status setPmc(const QSqlDatabase& db, const QString& accountId, const QString& loginVerifier);
    static Status ensurePmc(const QSqlDatabase& db, const QString& accountId, const QString& loginVerifier);
    // The PMC account whose own login the connection is; empty when it is none's.
    static Result<QString> signedInPmcAccount(const QSqlDatabase& db);
    // A ticket of the PMC account for two hours: on the account's own connection once the server
    // checked its password (its count of failures starts again), or on the owner's.
    static Result<QString> pmcTicket(const QSqlDatabase& db, const QString& accountId, const QDateTime& at);
    // The PMC account whose ticket it is, while it lasts; empty otherwise.
    static Result<QString> ticketAccount(const QSqlDatabase& db, const QString& ticket);
    // For the rest of the transaction the connection acts as the user: the gate, as the first user
    // of a tenant it has just added (the owner, as anyone).
    static Status actAs(const QSqlDatabase& db, const QString& userId);
    // The user whose own login the connection is; empty when it is nobody's.
    static Result<QString> signedInUser(const QSqlDatabase& db);

    // Whether the workspace's permission matrix is rows, in any order (always on a SQLite file).
    static Result<bool> permissionMatrixIs(const QSqlDatabase& db, const QList<MatrixRow>& rows);
    // Makes rows the workspace's permission matrix.
    static Status writePermissionMatrix(const QSqlDatabase& db, const QList<MatrixRow>& rows);
};
