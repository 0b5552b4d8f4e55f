#pragma once

// Helpers shared by the tests: a workspace in a temporary folder with fast password hashing
// (the product's Argon2id cost stays untouched), a clock tests can move, and small
// functions that arrange tenants, partner accounts, PMC accounts and MPN profiles. Tests may use
// the stores directly to arrange data; what they test goes through the services.
//
// No QtGui or QtWidgets here: core tests and ui tests both link this library.

#include "CapturingMailTransport.h"
#include "common/Result.h"
#include "domain/Customer.h"
#include "domain/Directory.h"
#include "domain/Enrollment.h"
#include "domain/PartnerAccount.h"
#include "security/Session.h"
#include "services/Workspace.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QTemporaryDir>
#include <QTest>
#include <QVariant>

#include <memory>

// Fails the current test function with the error's message unless result (a Result or a Status)
// is ok. Only for test functions (it returns on failure, like QVERIFY).
#define PD_VERIFY_OK(result)                                                                                           \
    do {                                                                                                               \
        const auto& pdChecked = (result);                                                                              \
        QVERIFY2(pdChecked.ok(), qPrintable(QStringLiteral("unexpected error: ") + pdChecked.errorString()));          \
    } while (false)

// Fails unless result was refused with the given ErrorCode.
#define PD_VERIFY_ERROR(result, expectedCode)                                                                          \
    do {                                                                                                               \
        const auto& pdChecked = (result);                                                                              \
        QVERIFY2(!pdChecked.ok(), "accepted, but a refusal was expected");                                             \
        QCOMPARE(pdChecked.code(), (expectedCode));                                                                    \
    } while (false)

// The throwaway PostgreSQL cluster ctest starts for the tests labelled "postgresql"
// (tests/support/postgres-cluster.sh): PARTNERDESK_TEST_POSTGRES names its folder. When it is
// set, every TestWorkspace lives in a new database of that cluster, so one test body runs on
// SQLite and on PostgreSQL.
class TestServer
{
public:
    static bool enabled();
    static QString socketFolder();
    static int port();
    // A new empty database (UTF-8, C collation) and where it is, as the superuser "postgres".
    static Result<WorkspaceLocation> createDatabase();
    static void dropDatabase(const QString& name);
    // A connection as the superuser to the cluster's "postgres" database, for arranging what a
    // test needs (roles, databases) and for looking at the server's activity.
    static QSqlDatabase admin();
    // Runs one statement as the superuser; false (with a warning) when it fails.
    static bool exec(const QString& sql);
    // The tables of database's public schema, as the superuser sees them; -1 when there is no
    // such database.
    static int tableCount(const QString& database);
};

// A clock the test moves by hand; the workspace reads it for every timestamp and for lockouts.
class TestClock
{
public:
    static QDateTime defaultStart(); // 2026-11-24T09:00:00Z

    explicit TestClock(QDateTime start = defaultStart());

    QDateTime now() const { return m_now; }
    void set(const QDateTime& at) { m_now = at.toUTC(); }
    void advance(int minutes) { m_now = m_now.addSecs(qint64(minutes) * 60); }
    void advanceSeconds(qint64 seconds) { m_now = m_now.addSecs(seconds); }

private:
    QDateTime m_now;
};

// A tenant with its first Global administrator, as DirectoryService::createTenant made them.
struct TenantFixture
{
    Tenant tenant;
    TenantUser admin;
};

// A partner's tenant, its Global administrator holding some partner roles, the PMC account and
// MPN profile behind its Partner ID, and the partner account itself.
struct PartnerFixture
{
    Tenant tenant;
    TenantUser admin;
    PmcAccount pmc;
    MpnProfile profile;
    PartnerAccount account;
};

// The pair tests of indirect relationships start from: the provider "bluewater" and the Active
// reseller "harborlight", both in the United States, each signed in as its Admin agent.
struct ChannelFixture
{
    PartnerFixture provider;
    PartnerFixture reseller;
    Session providerSession;
    Session resellerSession;
};

class TestWorkspace
{
public:
    // Explicitly lowered for tests: libsodium's lowest Argon2id cost, well under a millisecond.
    static PasswordCost passwordCost() { return PasswordCost::lowest(); }
    // Every user and PMC account the helpers create gets this password unless told otherwise.
    static QString defaultPassword(); // "Test!2026pass"

    // Creates a temporary folder and opens workspace.sqlite in it, or a new database of the test
    // server when TestServer::enabled(); check openStatus().
    explicit TestWorkspace(PasswordCost passwordCost = TestWorkspace::passwordCost());
    ~TestWorkspace();
    TestWorkspace(const TestWorkspace&) = delete;
    TestWorkspace& operator=(const TestWorkspace&) = delete;

    const Status& openStatus() const { return m_openStatus; }
    // On the test server: another desk, which opens this workspace through its gate as people's
    // desks do, once the server's administrator has given the gate a password (README, "Set up a
    // server"). Its clock and mailboxes are this workspace's.
    Result<std::shared_ptr<Workspace>> openGateDesk();
    static QString gatePassword(); // "Gate!2026pass"
    // The gate's address, its password included.
    Result<WorkspaceLocation> gateLocation();
    Workspace& workspace() { return *m_workspace; }
    Workspace* operator->() { return m_workspace.get(); }
    QSqlDatabase db() const { return m_workspace->db(); }
    TestClock& clock() { return *m_clock; }
    // The mailboxes messages carrying a secret were delivered to (verification codes).
    CapturingMailTransport& mail() { return *m_mail; }
    // The newest verification code delivered to the primary contact of the partner account, as
    // they read it in their mailbox; empty when none was delivered.
    QString verificationCode(const QString& partnerAccountId) const;
    QString folder() const { return m_dir.path(); }
    QString databasePath() const { return m_dir.filePath(QStringLiteral("workspace.sqlite")); }
    // Where the workspace is: databasePath(), or the test server's database.
    const WorkspaceLocation& location() const { return m_location; }
    bool onServer() const { return m_location.isShared(); }

    // Counts every password hash and verification from now on (S10), and which of them ran while
    // some connection held the workspace's write lock: a second connection then can't begin a
    // write transaction. Only for work on the test's own thread.
    void watchPasswordWork();
    int passwordWork() const { return m_passwordWork->calls; }
    int passwordWorkUnderWriteLock() const { return m_passwordWork->underWriteLock; }
    // Whether another connection holds the write lock of this workspace's file now (on the test
    // server: whether the workspace's connection has a transaction open).
    bool writeLockHeldElsewhere() const;

    // The first column of the first row of sql, or an invalid QVariant (with a warning) on error.
    QVariant scalar(const QString& sql, const QVariantList& values = {}) const;
    int count(const QString& table) const;
    // How many customers the full-text index finds with a word of their name after the first
    // starting with each of words.
    int fullTextMatches(const QStringList& words) const;
    // Leaves the open workspace as a PartnerDesk of schema version `version` would have: the later
    // versions unrecorded and their columns gone (version 8: the audit chain), so that reopening
    // runs them again (version 11: the people_names and mpn_profile_links views; on a shared
    // workspace, rewinding goes below 9). A structural migration added later adds its undoing here.
    Status rewindSchema(int version);
    // Runs statements as the database's owner can: with the audit log's append-only triggers lifted
    // for them and put back after (tampering the audit chain must find).
    Status tamperWithAuditLog(const QStringList& statements);

    static QString upn(const QString& userName, const QString& domainPrefix);

    // A tenant and its Global administrator "admin@<prefix>.onmicrosoft.com", through
    // DirectoryService::createTenant.
    Result<TenantFixture> createTenant(const QString& domainPrefix, const QString& country = QStringLiteral("US"),
                                       const QString& password = defaultPassword());
    // One more user of a tenant, stored directly.
    Result<TenantUser> addUser(const Tenant& tenant, const QString& userName, DirectoryRole role = DirectoryRole::User,
                               bool enabled = true, const QString& password = defaultPassword());

    Result<PmcAccount> createPmcAccount(const QString& userName, const QString& password = defaultPassword());
    Result<MpnProfile> addMpnProfile(const PmcAccount& pmc, const QString& partnerId, const QString& country,
                                     MpnStatus status = MpnStatus::Active, const QString& organizationName = {});
    // A fresh Partner ID no helper has handed out yet (7 digits).
    QString nextPartnerId();

    // A partner account of the tenant on an existing MPN profile, with a complete, normalized legal
    // and support profile. Stored in one transaction.
    Result<PartnerAccount> createPartnerAccount(const Tenant& tenant, const QString& partnerId, PartnerType type,
                                                PartnerStatus status);
    Status addRoles(const QString& partnerAccountId, const QString& userId, const QList<PartnerRole>& roles);
    // One more user of the partner's tenant ("<userName>@<prefix>.onmicrosoft.com", directory role
    // User) with the given partner roles.
    Result<TenantUser> addAgent(const PartnerFixture& partner, const QString& userName,
                                const QList<PartnerRole>& roles);

    // Everything a partner needs at once: tenant and Global administrator, PMC account
    // "<prefix>.pmc" with one Active profile in the tenant's country, the partner account, and
    // the given roles for the administrator.
    Result<PartnerFixture> createPartner(const QString& domainPrefix, PartnerType type,
                                         PartnerStatus status = PartnerStatus::Active,
                                         const QList<PartnerRole>& adminRoles = {PartnerRole::AdminAgent},
                                         const QString& country = QStringLiteral("US"));

    Result<Session> signIn(const QString& upn, const QString& password = defaultPassword());
    // The session of user upn (a sample user, say), loaded without the deliberately slow password
    // check; empty, with a warning, when there is no such user.
    Session sessionOf(const QString& upn);
    // The provider's official listing: the countries it serves and, unless told, every service.
    Status addListing(const QString& providerAccountId, const QStringList& countries,
                      const QList<ProviderService>& services
                      = {ProviderService::CustomerSupport, ProviderService::TechnicalAssistance,
                         ProviderService::MarketingHelp, ProviderService::FinancingAndCredit});
    // The provider serving providerCountries with every service, and the reseller.
    Result<ChannelFixture> createProviderAndReseller(const QStringList& providerCountries
                                                     = {QStringLiteral("US"), QStringLiteral("CA")});
    // What a provider user does in the invitation dialog, untouched: a draft to recipient,
    // recorded as Pending. Returns the link.
    Result<QString> inviteReseller(const Session& provider,
                                   const QString& recipient = QStringLiteral("admin@reseller.example"));
    // A complete, valid enrollment of "Contoso Consulting LLC" (contact Ada Lovelace) by the
    // administrator given, with the profile partnerId of the PMC account signed in to (its
    // ticket, if any), the address in country.
    static EnrollmentDraft enrollmentDraft(const QString& administratorUserId, const PmcAccount& pmc,
                                           const QString& partnerId, const QString& country = QStringLiteral("US"));
    // A valid new customer "Lakeside Dental Group" with the tenant prefix given (C3).
    static NewCustomer newCustomer(const QString& domainPrefix = QStringLiteral("lakeside"));
    // The row counts of every table a refused call must leave as it was, and the invitations'
    // and relationships' statuses: equal before and after means nothing was written.
    QStringList snapshot() const;
    // The program tenant "pdprogram" and its Global administrator admin@pdprogram.onmicrosoft.com
    // (Paula Reyes); the workspace must still be empty.
    Result<Session> createProgramAdministrator();

private:
    QTemporaryDir m_dir;
    WorkspaceLocation m_location;
    std::shared_ptr<TestClock> m_clock;
    std::shared_ptr<CapturingMailTransport> m_mail;
    struct PasswordWork
    {
        bool watching = false;
        int calls = 0;
        int underWriteLock = 0;
    };
    std::shared_ptr<PasswordWork> m_passwordWork = std::make_shared<PasswordWork>();
    std::unique_ptr<Workspace> m_workspace;
    Status m_openStatus;
    int m_nextPartnerId = 1000001;
};

// Readable names in QCOMPARE failures.
namespace QTest {
template <>
char* toString(const ErrorCode& code);
template <>
char* toString(const Persona& persona);
} // namespace QTest

// Commerce fixtures (C4, C5): a customer served by the channel's reseller and, unless told
// otherwise, by its provider too, as a customer invitation accepted by a new customer makes it.
struct ServedCustomer
{
    Session administrator; // the customer's Global administrator, signed in
    Tenant tenant;
    QString customerId;
    QString companyName;
};

// P3, P4: the channel's reseller authorizes its provider through the provider's invitation.
Status connectChannel(TestWorkspace& tw, const ChannelFixture& channel);
// C1: the reseller invites recipient as a new customer (with the provider when withProvider; the
// channel must be connected), as the invitation dialog records it untouched. Returns the link.
Result<QString> inviteCustomer(TestWorkspace& tw, const ChannelFixture& channel, bool withProvider,
                               const QString& recipient);
// C1, C3: the reseller invites a new customer (with the provider when withProvider; the channel
// must be connected) and the customer accepts, creating tenant domainPrefix; its company is named
// companyName ("Lakeside Dental Group LLC" when empty).
Result<ServedCustomer> addServedCustomer(TestWorkspace& tw, const ChannelFixture& channel, bool withProvider = true,
                                         const QString& domainPrefix = QStringLiteral("lakeside"),
                                         const QString& companyName = {});
