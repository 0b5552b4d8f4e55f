#pragma once

// A workspace: its database, the policy it runs under (password cost, lockout), its clock, and
// the services that work on it. Tests inject a clock and a lower password cost explicitly; the
// product keeps the defaults.

#include "common/Result.h"
#include "domain/OutboxMessage.h"
#include "mail/MailTransport.h"
#include "security/PasswordHasher.h"
#include "security/Session.h"
#include "storage/Database.h"
#include "storage/DatabaseLogins.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>

#include <functional>
#include <memory>

class DirectoryService;
class AccountService;
class AuditService;
class BackgroundReader;
class ChangeWatch;
class CustomerService;
class CustomerManagementService;
class EnrollmentService;
class InvitationService;
class LicenseService;
class MfaService;
class OrderService;
class OutboxService;
class RelationshipService;
class ReferralService;
class UserService;

struct WorkspaceOptions
{
    // The cost of new password hashes; tests lower it explicitly, the product never does.
    PasswordCost passwordCost = PasswordCost::product();
    // Called before each password hash or verification, on the thread doing it (tests only).
    PasswordHasher::Observer passwordObserver;
    int maxFailedSignIns = 5;
    int lockoutMinutes = 15;
    std::function<QDateTime()> clock; // UTC now; empty means the system clock
    // Where messages carrying a secret go; empty means the mail drop folder (MailDrop).
    std::shared_ptr<MailTransport> mail;
};

class Workspace
{
    Q_DECLARE_TR_FUNCTIONS(Workspace)

public:
    explicit Workspace(WorkspaceOptions options = {});
    ~Workspace();

    Status open(const QString& path);
    Status open(const WorkspaceLocation& location);
    void close();
    bool isOpen() const { return m_database.isOpen(); }
    // The file's path, or the shared workspace's address (never its password).
    QString path() const { return m_database.path(); }
    // The engine it lives on, as people know it: "SQLite", "PostgreSQL".
    QString engineName() const;

    Database& database() { return m_database; }

    // On a shared workspace each person signed in at this desk works on a connection with their
    // own database login (ARCHITECTURE §7), opened once their password was checked: the server's
    // row-level security then applies to all they do. For the length of a service call db() is
    // the connection of the person the call is for (actFor); outside any, the workspace's own.
    // A session made without a password (the owner's desk loading the sample) acts through the
    // workspace's connection, naming its person where the server asks (rights.act_as).
    //
    // Opens the person's connection (nothing on a SQLite file); sign-in fails when it can't be.
    Status connectPerson(const QString& userId, const QString& password);
    // The same for a session just made with this password: the session, or why it can't work.
    Result<Session> connected(Result<Session> session, const QString& password);
    // Behind the gate: opens a connection with the login and password, the server checking the
    // password, and makes it the own connection of the user it belongs to, for now: settleLogin
    // keeps it or puts back the one they had. WrongPassword, Disabled, or why the server could not
    // be asked.
    struct LoginConnection
    {
        QString userId;
        QString connection;
        QString previous; // the user's own connection before, still open; empty if none
    };
    Result<LoginConnection> connectLogin(const QString& login, const QString& password);
    // Keeps the new connection and closes the previous one when the person signed in; otherwise
    // closes the new one, and the previous one is theirs again.
    void settleLogin(const LoginConnection& login, bool signedIn);
    // Whether the workspace's own connection is its gate's (Database::isBehindGate).
    bool behindGate() const { return m_database.isBehindGate(); }
    // Whether what runs now runs on the gate's connection (no one's own).
    bool onGate() const { return behindGate() && db().connectionName() == m_database.connection().connectionName(); }
    // Why a desk behind the gate can't bring the catalog or the permission matrix up to date.
    Error ownerMustUpdate() const;
    // Closes the person's connection: they signed out.
    void disconnectPerson(const QString& userId);
    // Closes everyone's: what they do next goes through the workspace's connection.
    void disconnectPeople() { disconnectPeopleBut({}); }
    // The name of the person's own connection; empty when they have none.
    QString personConnection(const QString& userId) const { return m_people.value(userId); }

    // Until it is destroyed, db() is the connection of the person it was made for. Within a
    // transaction already open, the transaction's connection stays: it decides for both.
    class [[nodiscard]] Acting
    {
    public:
        ~Acting();
        Acting(const Acting&) = delete;
        Acting& operator=(const Acting&) = delete;

    private:
        friend class Workspace;
        Acting(Workspace& workspace, const QString& connectionName);
        Workspace& m_workspace;
        qsizetype m_depth;
    };
    Acting actFor(const Session& session);
    // Closes every person's connection but userId's: who signed in at this desk now.
    void disconnectPeopleBut(const QString& userId);
    // Reads on a thread of their own, as the session's person (on a shared workspace, with their
    // own login, so that their rights apply there too): none for a workspace in memory.
    std::unique_ptr<BackgroundReader> backgroundReader(const Session& session);
    // Says changed() when the workspace changed here, at another desk or in another PartnerDesk on
    // the same file: what open lists listen to.
    ChangeWatch& changes() { return *m_changes; }
    QSqlDatabase db() const;
    QDateTime now() const;
    const WorkspaceOptions& options() const { return m_options; }
    PasswordHasher hasher() const { return PasswordHasher(m_options.passwordCost, m_options.passwordObserver); }
    // What a new password is stored as: its hash and, on a shared workspace, the verifier of the
    // person's database login. Costly: call it outside any transaction (ARCHITECTURE §7).
    StoredPassword newPassword(const QString& password) const;
    static QString newId();

    // Reloads who is signed in (a role removed a moment ago no longer counts) and checks that
    // they may act: every service call starts here (U2).
    Result<Session> authorize(const Session& session, Action action) const;
    Result<Session> authorize(const Session& session, Status (Session::*check)() const) const;

    // Appends to the audit log in the caller's transaction (ARCHITECTURE §7). actor may be null
    // for what the workspace does by itself, such as loading the sample.
    Status audit(const Session* actor, const QString& action, const QString& subjectType, const QString& subjectId,
                 const QJsonObject& details = {});
    // The same event in another partner's log: a change between two partners is on both sides.
    Status auditFor(const QString& partnerAccountId, const Session* actor, const QString& action,
                    const QString& subjectType, const QString& subjectId, const QJsonObject& details = {});

    // Puts a message in the outbox in the caller's transaction; fills in its id and time.
    Status send(OutboxMessage message);
    // Sends a partner's primary contact a message in the contact's language, whatever the
    // sender's: compose writes it with tr() as usual and runs while that language answers (dates
    // and numbers formatted for it too). kind and related say what it is about (OutboxMessage).
    Status notify(const PartnerAccount& to, const QString& kind, const QString& relatedType, const QString& relatedId,
                  const std::function<MessageText()>& compose);
    // The message notify() sends, for a step that hands it to the database to send.
    static OutboxMessage messageTo(const PartnerAccount& to, const QString& kind, const QString& relatedType,
                                   const QString& relatedId, const std::function<MessageText()>& compose);
    // Delivers a message that carries a secret to the recipient's mailbox only (never to the
    // outbox); dated now. Call it last in a transaction, so that a failed delivery stores nothing.
    Status deliverPrivately(MailMessage message);
    const MailTransport& mail() const { return *m_mail; }

    // True while the workspace holds no tenant at all (the first-run start screen offers more).
    Result<bool> isEmpty() const;

    DirectoryService& directory() { return *m_directory; }
    AccountService& accounts() { return *m_accounts; }
    AuditService& auditLog() { return *m_auditLog; }
    CustomerService& customers() { return *m_customers; }
    CustomerManagementService& customerManagement() { return *m_customerManagement; }
    EnrollmentService& enrollment() { return *m_enrollment; }
    InvitationService& invitations() { return *m_invitations; }
    LicenseService& licenses() { return *m_licenses; }
    MfaService& mfa() { return *m_mfa; }
    OrderService& orders() { return *m_orders; }
    RelationshipService& relationships() { return *m_relationships; }
    ReferralService& referrals() { return *m_referrals; }
    OutboxService& outbox() { return *m_outbox; }
    UserService& users() { return *m_users; }

    // Runs work in one transaction: everything it wrote is committed if it succeeded, nothing
    // otherwise (ARCHITECTURE §2: one transaction per service call). When a concurrent
    // transaction of another desk changed what it read (ErrorCode::ConcurrentChange), the work
    // runs again from the start, up to MaxAttempts times; a lost connection is made again first.
    static constexpr int MaxAttempts = 5;
    template <typename Work>
    auto inTransaction(Work&& work) -> decltype(work());

private:
    void noteCommitted();
    Status checkActing(const Session& session) const;
    // Forgets who works on which connection, and the calls under way: the workspace closes.
    void forgetPeople();
    // Connects the connection db() names again when it was lost.
    void reconnect();
    // A shared workspace's policies read the permission matrix from the database: core's own is
    // written there at opening wherever it differs (a newer PartnerDesk changed it).
    Status writePermissionMatrix();
    // A random pause that grows with each attempt, so that desks racing for the same rows stop
    // meeting at the same moment.
    static void waitBeforeAttempt(int attempt);

    WorkspaceOptions m_options;
    std::shared_ptr<MailTransport> m_mail;
    Database m_database;
    QHash<QString, QString> m_people; // user id → their own connection's name
    QStringList m_acting; // connections of the calls under way, innermost last; empty: the workspace's
    std::unique_ptr<ChangeWatch> m_changes;
    std::unique_ptr<DirectoryService> m_directory;
    std::unique_ptr<AccountService> m_accounts;
    std::unique_ptr<AuditService> m_auditLog;
    std::unique_ptr<CustomerService> m_customers;
    std::unique_ptr<CustomerManagementService> m_customerManagement;
    std::unique_ptr<EnrollmentService> m_enrollment;
    std::unique_ptr<InvitationService> m_invitations;
    std::unique_ptr<LicenseService> m_licenses;
    std::unique_ptr<MfaService> m_mfa;
    std::unique_ptr<OrderService> m_orders;
    std::unique_ptr<RelationshipService> m_relationships;
    std::unique_ptr<ReferralService> m_referrals;
    std::unique_ptr<OutboxService> m_outbox;
    std::unique_ptr<UserService> m_users;
};

template <typename Work>
auto Workspace::inTransaction(Work&& work) -> decltype(work())
{
    for (int attempt = 1;; ++attempt) {
        reconnect();
        Transaction transaction(db());
        if (!transaction.isActive()) {
            return Error(ErrorCode::Storage, tr("The workspace is busy or unavailable; try again."));
        }
        auto result = work();
        Status committed = result.ok() ? transaction.commit() : Status(result.error());
        if (committed) {
            if (!transaction.isJoined()) {
                noteCommitted();
            }
            return result;
        }
        // Only the outermost transaction can start again; an inner one fails its outer one.
        if (committed.code() != ErrorCode::ConcurrentChange || transaction.isJoined() || attempt == MaxAttempts) {
            return committed.error();
        }
        waitBeforeAttempt(attempt + 1);
    }
}
