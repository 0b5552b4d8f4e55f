#pragma once

// Tenants, tenant users and sign-in; Partner Membership Center accounts and their MPN profiles;
// the program tenant and its administrators. Sign-in locks a credential after repeated
// failures (ARCHITECTURE §7).

#include "common/Result.h"
#include "domain/Directory.h"
#include "domain/PartnerAccount.h"
#include "security/PasswordHasher.h"
#include "security/Session.h"
#include "storage/DirectoryStore.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <functional>

class Workspace;

// What a user gives after the password when two-step verification is on (issue 10, MFA).
struct SecondFactor
{
    QString code; // a code from the authenticator app or a recovery code; empty before one is asked for
    // The new secret of a user setting it up while signing in, because the partner requires it;
    // code is then a code of this secret.
    QByteArray newSecret;
};

// What sign-in read from the workspace (prepareSignIn), enough to check the password anywhere.
struct SignInAttempt
{
    CredentialTable table = CredentialTable::TenantUsers;
    QString name; // the user name as typed, trimmed
    QString credentialId; // empty when no such user or PMC account exists
    QString storedHash; // the stored hash, or a dummy of the current cost for an unknown name
    PasswordHasher hasher; // the workspace's current cost, for the check and the upgrade
    bool databaseLogin = false; // on a shared workspace: the user or PMC account has a login of its own
    // Behind the gate: the login whose password the server checks (credentialId and storedHash
    // stay empty; no login reads a password hash).
    QString gateLogin;
};

// The outcome of checkSignIn; finishSignIn records it.
struct SignInCheck
{
    bool passwordMatched = false;
    QString upgradedHash; // the password hashed at the current cost, when the stored hash is weaker
    // The verifier of the person's database login, made when the password matched on a shared
    // workspace: the login is created at their first sign-in if they have none yet.
    QString loginVerifier;
    // The password itself, for the person's own connection (Workspace::connectPerson): held in
    // memory from the check until finishSignIn opens it, never stored.
    QString loginPassword;
};

class DirectoryService
{
    Q_DECLARE_TR_FUNCTIONS(DirectoryService)

public:
    explicit DirectoryService(Workspace& workspace);

    // E4: a valid prefix that no tenant of the workspace uses yet. The message says which.
    Status checkDomainPrefix(const QString& prefix) const;
    // Field-by-field problems of a new tenant and its first user, empty when all is well.
    QList<Error> validateNewTenant(const NewTenant& tenant, const NewUser& firstAdministrator) const;

    Result<Tenant> createTenant(const NewTenant& tenant, const NewUser& firstAdministrator);
    // The same with the administrator's password hashed beforehand (hashPassword), for callers
    // that create a tenant inside their own transaction: hashing stays out of the write lock.
    Result<Tenant> createTenant(const NewTenant& tenant, const NewUser& firstAdministrator,
                                const StoredPassword& password);
    // The stored form of password, empty when the password rules refuse it.
    StoredPassword hashPassword(const QString& password) const { return hashIfValid(password); }
    // The first run's program tenant and its Global administrator: only in an empty workspace.
    Result<Session> createProgramAdministrator(const NewTenant& tenant, const NewUser& administrator);
    Result<bool> hasProgramTenant() const;

    // Sign-in in three steps, so that the GUI checks the password on a worker thread and keeps
    // painting (Argon2id or a legacy PBKDF2 hash takes from 0.1 to a few seconds):
    // 1. prepareSignIn, on the calling thread: reads the stored credential, outside any
    //    transaction. Refuses an empty name, a locked or a disabled account at once.
    // 2. checkSignIn, on any thread: verifies the password, touching no database. An unknown
    //    name is checked against a dummy hash of the current cost, so it takes as long as a wrong
    //    password and gets the same answer. A match on a hash weaker than the current cost (or a
    //    legacy PBKDF2 one) also brings the password hashed at the current cost.
    // 3. finishSignIn, on the calling thread: one transaction recording the failure (and the
    //    lock it causes) or the success and the upgraded hash; then the session.
    // signIn runs the three on the calling thread.
    Result<SignInAttempt> prepareSignIn(const QString& upn) const;
    static SignInCheck checkSignIn(const SignInAttempt& attempt, const QString& password);
    //
    // Two-step verification: for a user who has it, finishSignIn refuses with SecondFactorRequired
    // until factor holds a valid code (the password stays checked: call it again with the same
    // attempt and check); for one whose partner requires it and who has none, with
    // SecondFactorEnrollmentRequired until factor holds a new secret and a code of it, and then
    // recoveryCodes receives the ten new recovery codes. A wrong code counts as a failed sign-in,
    // and a right password alone no longer clears earlier failures.
    Result<Session> finishSignIn(const SignInAttempt& attempt, const SignInCheck& check,
                                 const SecondFactor& factor = {}, QStringList* recoveryCodes = nullptr);
    Result<Session> signIn(const QString& upn, const QString& password, const SecondFactor& factor = {},
                           QStringList* recoveryCodes = nullptr);
    // Reloads who a user is and what they may do, as every service call does.
    Result<Session> session(const QString& userId) const;

    // The same three steps for a Partner Membership Center account (E5).
    Result<SignInAttempt> preparePmcSignIn(const QString& userName) const;
    Result<PmcAccount> finishPmcSignIn(const SignInAttempt& attempt, const SignInCheck& check);
    Result<PmcAccount> signInPmc(const QString& userName, const QString& password);
    // The MPN profiles of the PMC account signed in to: through its ticket when it has one (on a
    // shared workspace; behind the gate only the ticket shows them).
    Result<QList<MpnProfile>> mpnProfilesOf(const PmcAccount& account) const;
    // A PMC account's ticket ran out (or isn't the account's): what the wizard's steps are told.
    static Error pmcSignInEnded();

    // The program administrator keeps the directory of PMC accounts and MPN profiles, so that
    // partners can link their Partner ID when they enroll (E1, E2).
    QList<Error> validateNewMpnProfile(const NewMpnProfile& profile) const;
    bool pmcAccountExists(const QString& userName) const;
    Result<MpnProfile> addMpnProfile(const Session& session, const NewMpnProfile& profile);
    Result<MpnProfile> setMpnProfileStatus(const Session& session, const QString& partnerId, MpnStatus status);

    // The program administrator's directory views. Every provider is listed, suspended ones with
    // their status.
    Result<QList<ProviderListing>> providerDirectory(const Session& session) const;
    Result<QList<MpnProfile>> mpnDirectory(const Session& session) const;

    // The program administrator keeps the official provider list: adds an indirect provider with
    // its new tenant (E4), first user, Partner ID (E2, E3), profiles and listing, and suspends or
    // reinstates one.
    QList<Error> validateNewProvider(const NewProviderAccount& provider) const;
    // The MPN profile a Partner ID names, for the administrator's form; empty when none does.
    Result<std::optional<MpnProfile>> findMpnProfile(const Session& session, const QString& partnerId) const;
    // In one transaction: tenant, first user (Global administrator and Admin agent), Active
    // partner account, status history, listing, audit event and a welcome to the primary contact.
    Result<ProviderListing> addProvider(const Session& session, const NewProviderAccount& provider);
    // Active → Suspended, with the reason the primary contact reads, or Suspended → Active. A
    // suspended provider is out of "Find a provider" and can't invite (E10).
    Result<ProviderListing> setProviderStatus(const Session& session, const QString& accountId, PartnerStatus status,
                                              const QString& reason = {});

private:
    // password is the first administrator's, hashed before the transaction began.
    Result<Tenant> insertTenant(const NewTenant& tenant, const NewUser& firstAdministrator,
                                const StoredPassword& password, bool program);
    // Hashing takes a tenth of a second or more, so callers hash before they take the write lock;
    // a password the rules refuse is not hashed (validation refuses it anyway).
    StoredPassword hashIfValid(const QString& password) const;
    // E2, E3 for a provider's Partner ID; tenantCountry empty when it is not known yet.
    Status checkProviderProfile(const QString& partnerId, const QString& tenantCountry) const;
    Status sendProviderWelcome(const PartnerAccount& account, const Tenant& tenant, const TenantUser& firstUser,
                               const QStringList& countries);
    Status sendProviderStatus(const PartnerAccount& account, PartnerStatus status, const QString& reason);
    Result<Session> loadSession(const TenantUser& user) const;
    static QString nameFieldOf(CredentialTable table);
    Error lockedError(const QDateTime& lockedUntil, CredentialTable table) const;
    Error disabledError(CredentialTable table) const;
    static QString wrongUserOrPassword();
    Result<SignInAttempt> prepareCredential(CredentialTable table, const QString& name) const;
    // After a matching password, in finishCredential's transaction: empty when sign-in may go on,
    // else the refusal of a wrong second factor, which counts as a failed sign-in. An error stops
    // sign-in without counting it.
    using SecondStep = std::function<Result<QString>(const QString& credentialId)>;
    // Records the check in one transaction; the id of the credential that matched.
    Result<QString> finishCredential(const SignInAttempt& attempt, const SignInCheck& check,
                                     const QString& wrongMessage, const QString& field,
                                     const SecondStep& secondStep = {});
    Result<QString> secondStep(const QString& userId, const SecondFactor& factor, QStringList* recoveryCodes);
    // A failed sign-in as the user sees it: a wrong password or second factor (secondFactorRefusal
    // set), and whether it locked the account (lockedUntil valid).
    Error failedSignIn(const QDateTime& lockedUntil, const QString& secondFactorRefusal, const QString& wrongMessage,
                       const QString& field) const;
    // finishSignIn behind the gate: the server checks the password by connecting with the login;
    // the second step runs on that connection, and the database counts failures.
    Result<Session> finishThroughGate(const SignInAttempt& attempt, const QString& password, const SecondFactor& factor,
                                      QStringList* recoveryCodes);
    // finishPmcSignIn behind the gate: the server checks the password by connecting with the PMC
    // account's login, which gets its ticket on that connection, closed again.
    Result<PmcAccount> finishPmcThroughGate(const SignInAttempt& attempt, const QString& password);
    // The server refused the login's password: a disabled login, or a wrong password (for an
    // unknown name too), which the database counts in a transaction of its own.
    Error refusedByServer(const SignInAttempt& attempt, const Error& refusal, const QString& wrongMessage,
                          const QString& field);
    static QString wrongPmcUserOrPassword();

    Workspace& m_workspace;
};
