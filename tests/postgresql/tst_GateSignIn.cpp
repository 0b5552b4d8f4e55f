// A desk that opens a shared workspace through its gate (schema version 13, ARCHITECTURE §7): it
// holds the gate's password, not the owner's, and signs people in by connecting with their own
// login: the server checks the password, the database counts failures and locks, and checks the
// second factor against a secret no login reads. The workspace is arranged on the owner's
// connection (TestWorkspace); everything a person does here goes through the gate's desk. Runs on
// the test server only (label "postgresql").

#include "TestSupport.h"
#include "security/RecoveryCodes.h"
#include "security/Totp.h"
#include "services/AccountService.h"
#include "services/CustomerService.h"
#include "services/DirectoryService.h"
#include "services/EnrollmentService.h"
#include "services/MfaService.h"
#include "services/UserService.h"
#include "services/Workspace.h"
#include "storage/DatabaseLogins.h"
#include "storage/PartnerStore.h"
#include "storage/Rows.h"
#include "storage/SqlQuery.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QtTest>

using namespace Qt::StringLiterals;

class TestGateSignIn : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase();
    void theDeskOpensThroughTheGate();
    void theServerChecksThePassword();
    void aWrongPasswordAndAnUnknownNameAnswerAlike();
    void failuresLockTheAccountAndItsLogin();
    void aSuccessStartsTheCountAgain();
    void aFailedSignInLeavesAnOpenSessionAlone();
    void aDisabledUserIsToldOnlyAfterTheRightPassword();
    void theSecondFactorIsCheckedByTheDatabase();
    void aRecoveryCodeWorksOnce();
    void aRequiredSecondFactorIsSetUpWhileSigningIn();
    void aPartnerMembershipCenterAccountSignsInThroughTheGate_E5();
    void aSignedInAdministratorEnrollsThroughTheGate_E1_E6();
    void aNewTenantEnrollsThroughTheGate_E1_E4();
    void theDatabaseHoldsEnrollingToItsRules_E1_E3();
    void aNewCustomerAcceptsThroughTheGate();
    void anApplicantChecksTheirEmailThroughTheGate_E7();
    void aDeskWithAnotherPermissionMatrixWaitsForTheOwner();
    void thePartnerReadsWhoChangedItsStatus();

private:
    Result<Session> signIn(const QString& upn, const QString& password, const SecondFactor& factor = {},
                           QStringList* recoveryCodes = nullptr);
    int failedSignIns(const QString& upn) const;
    // A Sales agent of the partner with two-step verification, set up on the owner's desk: its
    // secret and recovery codes.
    Result<TenantUser> enrolledAgent(const QString& userName, QByteArray* secret = nullptr,
                                     QStringList* codes = nullptr);
    QString loginOf(const TenantUser& user) const;
    Result<PmcAccount> signInPmc(const QString& userName, const QString& password);
    // A PMC account with an Active US profile and an Inactive one, opened on the owner's desk with
    // its login, as the program administrator opens one.
    Result<PmcAccount> pmcAccount(const QString& userName, const QString& activeId, const QString& inactiveId);
    // What enrolling wrote for the partner account of the tenant, as the owner reads it: its status,
    // its Admin agents, its history and its audit events.
    QStringList enrolled(const QString& tenantId) const;
    // A connection of the login as psql would make it: whether the server took the password.
    bool serverAccepts(const QString& login, const QString& password, QString* error = nullptr);

    std::unique_ptr<TestWorkspace> m_tw;
    std::shared_ptr<Workspace> m_desk;
    WorkspaceLocation m_gate;
    PartnerFixture m_partner;
    int m_nextConnection = 0;
};

void TestGateSignIn::initTestCase()
{
    QVERIFY2(TestServer::enabled(), "needs the test server (ctest -L postgresql)");
    m_tw = std::make_unique<TestWorkspace>();
    PD_VERIFY_OK(m_tw->openStatus());
    auto partner = m_tw->createPartner(u"fernwood"_s, PartnerType::IndirectReseller);
    PD_VERIFY_OK(partner);
    m_partner = partner.value();
    // The server's administrator gives the gate its password (README, "Set up a server").
    auto gate = m_tw->gateLocation();
    PD_VERIFY_OK(gate);
    m_gate = gate.value();
    QVERIFY(m_gate.user().endsWith(u"_gate"_s));
}

void TestGateSignIn::init()
{
    auto desk = m_tw->openGateDesk();
    PD_VERIFY_OK(desk);
    m_desk = desk.value();
}

void TestGateSignIn::cleanup()
{
    m_desk.reset();
}

void TestGateSignIn::cleanupTestCase()
{
    m_tw.reset();
}

Result<Session> TestGateSignIn::signIn(const QString& upn, const QString& password, const SecondFactor& factor,
                                       QStringList* recoveryCodes)
{
    auto attempt = m_desk->directory().prepareSignIn(upn);
    if (!attempt) {
        return attempt.error();
    }
    return m_desk->directory().finishSignIn(attempt.value(), DirectoryService::checkSignIn(attempt.value(), password),
                                            factor, recoveryCodes);
}

int TestGateSignIn::failedSignIns(const QString& upn) const
{
    return m_tw->scalar(u"SELECT failed_sign_ins FROM tenant_users WHERE upn = ?"_s, {upn}).toInt();
}

QString TestGateSignIn::loginOf(const TenantUser& user) const
{
    auto login = DatabaseLogins::loginName(m_tw->db(), user.id);
    return login ? login.value() : QString();
}

bool TestGateSignIn::serverAccepts(const QString& login, const QString& password, QString* error)
{
    const QString name = u"psql-%1"_s.arg(++m_nextConnection);
    bool accepted = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, name);
        db.setHostName(u"127.0.0.1"_s);
        db.setPort(TestServer::port());
        db.setDatabaseName(m_tw->location().database());
        db.setUserName(login);
        db.setPassword(password);
        accepted = db.open();
        if (!accepted && error) {
            *error = db.lastError().text();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return accepted;
}

void TestGateSignIn::theDeskOpensThroughTheGate()
{
    QVERIFY(m_desk->behindGate());
    QVERIFY(!m_tw->workspace().behindGate());
    QCOMPARE(SqlQuery::scalar(m_desk->db(), u"SELECT session_user"_s)->toString(), m_gate.user());
    // The gate is nobody: no partner, user or hash is its to read.
    for (const QString& table : {u"tenants"_s, u"tenant_users"_s, u"partner_accounts"_s, u"customers"_s}) {
        auto rows = SqlQuery::scalar(m_desk->db(), u"SELECT count(*) FROM %1"_s.arg(table));
        PD_VERIFY_OK(rows);
        QCOMPARE(rows->toInt(), 0);
    }
    QVERIFY(!SqlQuery::scalar(m_desk->db(), u"SELECT count(password_hash) FROM tenant_users"_s));
    // Yet the start screen knows the workspace isn't empty, and offers to sign in.
    auto empty = m_desk->isEmpty();
    PD_VERIFY_OK(empty);
    QCOMPARE(empty.value(), false);
}

void TestGateSignIn::theServerChecksThePassword()
{
    auto session = signIn(m_partner.admin.upn, TestWorkspace::defaultPassword());
    PD_VERIFY_OK(session);
    QCOMPARE(session->user.id, m_partner.admin.id);
    QCOMPARE(session->partner->id, m_partner.account.id);
    // Everything after sign-in runs on the person's own login.
    const QString own = m_desk->personConnection(m_partner.admin.id);
    QVERIFY(!own.isEmpty());
    QCOMPARE(SqlQuery::scalar(QSqlDatabase::database(own, false), u"SELECT session_user"_s)->toString(),
             loginOf(m_partner.admin));
    auto users = m_desk->users().users(session.value());
    PD_VERIFY_OK(users);
    QVERIFY(!users->isEmpty());
}

void TestGateSignIn::aWrongPasswordAndAnUnknownNameAnswerAlike()
{
    auto wrong = signIn(m_partner.admin.upn, u"Wrong!2026pass"_s);
    auto unknown = signIn(u"nobody@harborlight.onmicrosoft.com"_s, TestWorkspace::defaultPassword());
    PD_VERIFY_ERROR(wrong, ErrorCode::WrongPassword);
    PD_VERIFY_ERROR(unknown, ErrorCode::WrongPassword);
    QCOMPARE(wrong.errorString(), unknown.errorString());
    QCOMPARE(wrong.error().field(), unknown.error().field());
    QVERIFY(m_desk->personConnection(m_partner.admin.id).isEmpty());
    QCOMPARE(failedSignIns(m_partner.admin.upn), 1);
    // Signing in resets it for the next test.
    PD_VERIFY_OK(signIn(m_partner.admin.upn, TestWorkspace::defaultPassword()));
}

void TestGateSignIn::failuresLockTheAccountAndItsLogin()
{
    auto user = m_tw->addUser(m_partner.tenant, u"avery"_s);
    PD_VERIFY_OK(user);
    const int limit = m_desk->options().maxFailedSignIns;
    for (int i = 1; i < limit; ++i) {
        PD_VERIFY_ERROR(signIn(user->upn, u"Wrong!2026pass"_s), ErrorCode::WrongPassword);
        QCOMPARE(failedSignIns(user->upn), i);
    }
    auto locked = signIn(user->upn, u"Wrong!2026pass"_s);
    PD_VERIFY_ERROR(locked, ErrorCode::Locked);
    QVERIFY2(locked.errorString().contains(u"now locked"_s), qPrintable(locked.errorString()));
    // A failure counted meanwhile (another desk's, racing) changes nothing of the lock.
    const QString lockedUntil
        = m_tw->scalar(u"SELECT locked_until FROM tenant_users WHERE id = ?"_s, {user->id}).toString();
    auto again = SqlQuery::scalar(m_desk->db(), u"SELECT rights.record_sign_in(?, false, ?)"_s,
                                  {user->upn, m_tw->clock().now().toString(Qt::ISODateWithMs)});
    PD_VERIFY_OK(again);
    QCOMPARE(again->toString(), lockedUntil);
    QCOMPARE(m_tw->scalar(u"SELECT locked_until FROM tenant_users WHERE id = ?"_s, {user->id}).toString(), lockedUntil);
    // The right password too, at the desk and at the server itself, until the lock ends.
    PD_VERIFY_ERROR(signIn(user->upn, TestWorkspace::defaultPassword()), ErrorCode::Locked);
    QString error;
    QVERIFY(!serverAccepts(loginOf(user.value()), TestWorkspace::defaultPassword(), &error));
    QVERIFY2(error.contains(u"password authentication failed"_s), qPrintable(error));
    QCOMPARE(m_tw->scalar(u"SELECT locked_until > now() + interval '14 minutes' FROM rights.logins "
                          "WHERE user_id = ?"_s,
                          {user->id})
                 .toBool(),
             true);
    // Once the server's lock has ended, the next sign-in gives the login its password back.
    PD_VERIFY_OK(
        SqlQuery::run(m_tw->db(), u"UPDATE rights.logins SET locked_until = now() WHERE user_id = ?"_s, {user->id}));
    m_tw->clock().advance(m_desk->options().lockoutMinutes + 1);
    PD_VERIFY_OK(signIn(user->upn, TestWorkspace::defaultPassword()));
    QVERIFY(serverAccepts(loginOf(user.value()), TestWorkspace::defaultPassword()));
    QCOMPARE(m_tw->scalar(u"SELECT locked_until IS NULL FROM rights.logins WHERE user_id = ?"_s, {user->id}).toBool(),
             true);
}

void TestGateSignIn::aSuccessStartsTheCountAgain()
{
    auto user = m_tw->addUser(m_partner.tenant, u"blake"_s);
    PD_VERIFY_OK(user);
    PD_VERIFY_ERROR(signIn(user->upn, u"Wrong!2026pass"_s), ErrorCode::WrongPassword);
    PD_VERIFY_ERROR(signIn(user->upn, u"Wrong!2026pass"_s), ErrorCode::WrongPassword);
    QCOMPARE(failedSignIns(user->upn), 2);
    auto session = signIn(user->upn, TestWorkspace::defaultPassword());
    PD_VERIFY_OK(session);
    QCOMPARE(failedSignIns(user->upn), 0);
    QVERIFY(serverAccepts(loginOf(user.value()), TestWorkspace::defaultPassword()));
}

void TestGateSignIn::aFailedSignInLeavesAnOpenSessionAlone()
{
    auto user = m_tw->addUser(m_partner.tenant, u"dakota"_s);
    PD_VERIFY_OK(user);
    PD_VERIFY_OK(signIn(user->upn, TestWorkspace::defaultPassword()));
    const QString own = m_desk->personConnection(user->id);
    QVERIFY(!own.isEmpty());
    // Someone types a wrong password for them at the same desk, in another window.
    PD_VERIFY_ERROR(signIn(user->upn, u"Wrong!2026pass"_s), ErrorCode::WrongPassword);
    QCOMPARE(m_desk->personConnection(user->id), own);
    QCOMPARE(SqlQuery::scalar(QSqlDatabase::database(own, false), u"SELECT rights.me()"_s)->toString(), user->id);
    // Signing in again replaces the connection: one per person.
    PD_VERIFY_OK(signIn(user->upn, TestWorkspace::defaultPassword()));
    QVERIFY(m_desk->personConnection(user->id) != own);
    QVERIFY(!QSqlDatabase::contains(own));
}

void TestGateSignIn::aDisabledUserIsToldOnlyAfterTheRightPassword()
{
    auto user = m_tw->addUser(m_partner.tenant, u"casey"_s, DirectoryRole::User, false);
    PD_VERIFY_OK(user);
    PD_VERIFY_ERROR(signIn(user->upn, u"Wrong!2026pass"_s), ErrorCode::WrongPassword);
    auto disabled = signIn(user->upn, TestWorkspace::defaultPassword());
    PD_VERIFY_ERROR(disabled, ErrorCode::Disabled);
    QVERIFY2(disabled.errorString().contains(u"disabled"_s), qPrintable(disabled.errorString()));
    QVERIFY(m_desk->personConnection(user->id).isEmpty());
}

Result<TenantUser> TestGateSignIn::enrolledAgent(const QString& userName, QByteArray* secret, QStringList* codes)
{
    auto user = m_tw->addAgent(m_partner, userName, {PartnerRole::SalesAgent});
    if (!user) {
        return user;
    }
    auto owner = m_tw->signIn(user->upn);
    if (!owner) {
        return owner.error();
    }
    const MfaService::Setup setup = MfaService::newSetup(user->upn);
    auto enrolled
        = m_tw->workspace().mfa().enroll(owner.value(), setup.secret, Totp::code(setup.secret, m_tw->clock().now()));
    if (!enrolled) {
        return enrolled.error();
    }
    if (secret) {
        *secret = setup.secret;
    }
    if (codes) {
        *codes = enrolled.value();
    }
    return user;
}

void TestGateSignIn::theSecondFactorIsCheckedByTheDatabase()
{
    QByteArray secret;
    auto user = enrolledAgent(u"drew"_s, &secret);
    PD_VERIFY_OK(user);
    m_tw->clock().advanceSeconds(60);

    // The password alone: a code is asked for, and the person's connection is closed again.
    auto asked = signIn(user->upn, TestWorkspace::defaultPassword());
    PD_VERIFY_ERROR(asked, ErrorCode::SecondFactorRequired);
    QVERIFY(m_desk->personConnection(user->id).isEmpty());
    QCOMPARE(failedSignIns(user->upn), 0);
    // A wrong code counts as a failure.
    const QString now = Totp::code(secret, m_tw->clock().now());
    const QString wrongCode = now == u"000000"_s ? u"111111"_s : u"000000"_s;
    PD_VERIFY_ERROR(signIn(user->upn, TestWorkspace::defaultPassword(), {wrongCode, {}}), ErrorCode::WrongSecondFactor);
    QCOMPARE(failedSignIns(user->upn), 1);
    QVERIFY(m_desk->personConnection(user->id).isEmpty());
    // The right one signs in, once.
    PD_VERIFY_OK(signIn(user->upn, TestWorkspace::defaultPassword(), {now, {}}));
    QCOMPARE(failedSignIns(user->upn), 0);
    QVERIFY(!m_desk->personConnection(user->id).isEmpty());
    m_desk->disconnectPerson(user->id);
    PD_VERIFY_ERROR(signIn(user->upn, TestWorkspace::defaultPassword(), {now, {}}), ErrorCode::WrongSecondFactor);
    // The secret is no login's to read, the person's own included.
    const QString own = loginOf(user.value());
    QVERIFY(serverAccepts(own, TestWorkspace::defaultPassword()));
    auto visible = SqlQuery::texts(m_desk->db(), u"SELECT secret, recovery_salt FROM rights.mfa_of(?)"_s, {user->id});
    PD_VERIFY_OK(visible);
    QVERIFY(visible->isEmpty());
}

void TestGateSignIn::aRecoveryCodeWorksOnce()
{
    QStringList codes;
    auto user = enrolledAgent(u"emery"_s, nullptr, &codes);
    PD_VERIFY_OK(user);
    const QString code = codes.at(3).toLower(); // as a person may type it
    auto session = signIn(user->upn, TestWorkspace::defaultPassword(), {code, {}});
    PD_VERIFY_OK(session);
    QCOMPARE(
        m_tw->scalar(u"SELECT count(*) FROM mfa_recovery_codes WHERE user_id = ? AND used_at IS NULL"_s, {user->id})
            .toInt(),
        RecoveryCodes::Count - 1);
    QCOMPARE(m_tw->scalar(u"SELECT count(*) FROM audit_events WHERE action = 'mfa.recoveryCodeUsed' "
                          "AND actor_user_id = ?"_s,
                          {user->id})
                 .toInt(),
             1);
    m_desk->disconnectPerson(user->id);
    PD_VERIFY_ERROR(signIn(user->upn, TestWorkspace::defaultPassword(), {code, {}}), ErrorCode::WrongSecondFactor);
}

void TestGateSignIn::aRequiredSecondFactorIsSetUpWhileSigningIn()
{
    auto admin = m_tw->signIn(m_partner.admin.upn);
    PD_VERIFY_OK(admin);
    PD_VERIFY_OK(m_tw->workspace().mfa().setRequired(admin.value(), true));
    auto user = m_tw->addAgent(m_partner, u"finley"_s, {PartnerRole::SalesAgent});
    PD_VERIFY_OK(user);

    PD_VERIFY_ERROR(signIn(user->upn, TestWorkspace::defaultPassword()), ErrorCode::SecondFactorEnrollmentRequired);
    const MfaService::Setup setup = MfaService::newSetup(user->upn);
    QStringList recoveryCodes;
    auto session = signIn(user->upn, TestWorkspace::defaultPassword(),
                          {Totp::code(setup.secret, m_tw->clock().now()), setup.secret}, &recoveryCodes);
    PD_VERIFY_OK(session);
    QCOMPARE(recoveryCodes.size(), RecoveryCodes::Count);
    QCOMPARE(m_tw->scalar(u"SELECT secret FROM user_mfa WHERE user_id = ?"_s, {user->id}).toString(),
             Totp::toBase32(setup.secret));
    // Once set up, a new secret while signing in never replaces it.
    m_desk->disconnectPerson(user->id);
    m_tw->clock().advanceSeconds(60);
    const MfaService::Setup other = MfaService::newSetup(user->upn);
    PD_VERIFY_ERROR(signIn(user->upn, TestWorkspace::defaultPassword(),
                           {Totp::code(other.secret, m_tw->clock().now()), other.secret}),
                    ErrorCode::SecondFactorRequired);
    PD_VERIFY_OK(m_tw->workspace().mfa().setRequired(admin.value(), false));
}

Result<PmcAccount> TestGateSignIn::signInPmc(const QString& userName, const QString& password)
{
    auto attempt = m_desk->directory().preparePmcSignIn(userName);
    if (!attempt) {
        return attempt.error();
    }
    return m_desk->directory().finishPmcSignIn(attempt.value(),
                                               DirectoryService::checkSignIn(attempt.value(), password));
}

Result<PmcAccount> TestGateSignIn::pmcAccount(const QString& userName, const QString& activeId,
                                              const QString& inactiveId)
{
    auto pmc = m_tw->createPmcAccount(userName);
    if (!pmc) {
        return pmc.error();
    }
    for (const auto& [id, status] :
         {std::pair{activeId, MpnStatus::Active}, std::pair{inactiveId, MpnStatus::Inactive}}) {
        auto profile = m_tw->addMpnProfile(pmc.value(), id, u"US"_s, status, u"Organization %1"_s.arg(id));
        if (!profile) {
            return profile.error();
        }
    }
    return pmc;
}

QStringList TestGateSignIn::enrolled(const QString& tenantId) const
{
    const QString account
        = m_tw->scalar(u"SELECT id FROM partner_accounts WHERE tenant_id = ?"_s, {tenantId}).toString();
    QStringList rows;
    rows << m_tw->scalar(
                    u"SELECT type || ' ' || status || ' ' || vetting_status || ' ' || partner_id || ' ' || country "
                    "FROM partner_accounts WHERE id = ?"_s,
                    {account})
                .toString();
    rows << m_tw->scalar(u"SELECT string_agg(u.upn || ' ' || r.role, ', ') FROM partner_roles r "
                         "JOIN tenant_users u ON u.id = r.user_id WHERE r.partner_account_id = ?"_s,
                         {account})
                .toString();
    rows << m_tw->scalar(
                    u"SELECT string_agg(coalesce(h.from_status, '-') || '>' || h.to_status || ' by ' || u.upn, ', ') "
                    "FROM partner_status_history h JOIN tenant_users u ON u.id = h.actor_user_id "
                    "WHERE h.partner_account_id = ?"_s,
                    {account})
                .toString();
    rows << m_tw->scalar(u"SELECT string_agg(a.action || ' by ' || u.upn || ' ' || a.details, ', ' ORDER BY a.id) "
                         "FROM audit_events a JOIN tenant_users u ON u.id = a.actor_user_id "
                         "WHERE a.partner_account_id = ?"_s,
                         {account})
                .toString();
    rows << m_tw->scalar(u"SELECT string_agg(kind || ' to ' || recipient, ', ') FROM outbox_messages "
                         "WHERE partner_account_id = ?"_s,
                         {account})
                .toString();
    return rows;
}

void TestGateSignIn::aPartnerMembershipCenterAccountSignsInThroughTheGate_E5()
{
    auto pmc = pmcAccount(u"alder.pmc"_s, u"6100001"_s, u"6100002"_s);
    PD_VERIFY_OK(pmc);
    auto failures = [this]() {
        return m_tw->scalar(u"SELECT failed_sign_ins FROM pmc_accounts WHERE user_name = 'alder.pmc'"_s).toInt();
    };
    // A wrong password and an unknown name get the same answer; the database counts the first.
    auto wrong = signInPmc(u"alder.pmc"_s, u"Wrong!2026pass"_s);
    PD_VERIFY_ERROR(wrong, ErrorCode::WrongPassword);
    auto unknown = signInPmc(u"nobody.pmc"_s, u"Wrong!2026pass"_s);
    PD_VERIFY_ERROR(unknown, ErrorCode::WrongPassword);
    QCOMPARE(unknown.errorString(), wrong.errorString());
    QCOMPARE(wrong.error().field(), u"pmcPassword"_s);
    QCOMPARE(failures(), 1);

    // The right one: the server took the account's own login, which got a ticket; the count starts again.
    auto account = signInPmc(u"ALDER.pmc"_s, TestWorkspace::defaultPassword());
    PD_VERIFY_OK(account);
    QCOMPARE(account->id, pmc->id);
    QCOMPARE(account->ticket.size(), 64);
    QCOMPARE(failures(), 0);
    QCOMPARE(m_tw->scalar(u"SELECT count(*) FROM rights.pmc_tickets WHERE pmc_account_id = ? AND ticket_hash = "
                          "encode(sha256(convert_to(?, 'UTF8')), 'hex')"_s,
                          {pmc->id, account->ticket})
                 .toInt(),
             1);
    // The ticket shows the account's profiles, which the gate alone does not see.
    auto profiles = m_desk->directory().mpnProfilesOf(account.value());
    PD_VERIFY_OK(profiles);
    QCOMPARE(profiles->size(), 2);
    QCOMPARE(profiles->first().partnerId, u"6100001"_s);
    QCOMPARE(SqlQuery::scalar(m_desk->db(), u"SELECT count(*) FROM mpn_profiles"_s)->toInt(), 0);
    // Made up, or another account's, a ticket shows nothing.
    PmcAccount forged = account.value();
    forged.ticket = QString(64, u'a');
    PD_VERIFY_ERROR(m_desk->directory().mpnProfilesOf(forged), ErrorCode::InvalidState);
    PmcAccount other = account.value();
    other.id = m_partner.tenant.id;
    PD_VERIFY_ERROR(m_desk->directory().mpnProfilesOf(other), ErrorCode::InvalidState);
    // After two hours it has ended, and the wizard says to sign in again.
    PD_VERIFY_OK(SqlQuery::run(m_tw->db(),
                               u"UPDATE rights.pmc_tickets SET expires_at = now() - interval '1 second' "
                               "WHERE pmc_account_id = ?"_s,
                               {pmc->id}));
    auto ended = m_desk->directory().mpnProfilesOf(account.value());
    PD_VERIFY_ERROR(ended, ErrorCode::InvalidState);
    QVERIFY2(ended.errorString().contains(u"Sign in to it again"_s), qPrintable(ended.errorString()));

    // Five failures lock the account, and the server refuses its login's password meanwhile.
    for (int i = 0; i < 4; ++i) {
        PD_VERIFY_ERROR(signInPmc(u"alder.pmc"_s, u"Wrong!2026pass"_s), ErrorCode::WrongPassword);
    }
    PD_VERIFY_ERROR(signInPmc(u"alder.pmc"_s, u"Wrong!2026pass"_s), ErrorCode::Locked);
    PD_VERIFY_ERROR(signInPmc(u"alder.pmc"_s, TestWorkspace::defaultPassword()), ErrorCode::Locked);
    const QString login
        = m_tw->scalar(u"SELECT login_name FROM rights.pmc_logins WHERE pmc_account_id = ?"_s, {pmc->id}).toString();
    QVERIFY(login.contains(u"_pmc_"_s));
    QVERIFY(!serverAccepts(login, TestWorkspace::defaultPassword()));
    // The lock ends; the next sign-in gives the login its password back.
    m_tw->clock().advanceSeconds(16 * 60);
    PD_VERIFY_OK(SqlQuery::run(m_tw->db(),
                               u"UPDATE rights.pmc_logins SET locked_until = now() - interval '1 second' "
                               "WHERE pmc_account_id = ?"_s,
                               {pmc->id}));
    PD_VERIFY_OK(signInPmc(u"alder.pmc"_s, TestWorkspace::defaultPassword()));
    QVERIFY(serverAccepts(login, TestWorkspace::defaultPassword()));
}

void TestGateSignIn::aSignedInAdministratorEnrollsThroughTheGate_E1_E6()
{
    auto pmc = pmcAccount(u"birch.pmc"_s, u"6200001"_s, u"6200002"_s);
    PD_VERIFY_OK(pmc);
    auto tenant = m_tw->createTenant(u"birchwood"_s);
    PD_VERIFY_OK(tenant);
    // Steps 2–6 at the gate's desk: the Global administrator, the PMC account, the profile.
    auto administrator = m_desk->enrollment().signInAdministrator(tenant->admin.upn, TestWorkspace::defaultPassword());
    PD_VERIFY_OK(administrator);
    auto account = signInPmc(u"birch.pmc"_s, TestWorkspace::defaultPassword());
    PD_VERIFY_OK(account);
    PD_VERIFY_ERROR(m_desk->enrollment().checkProfile(account.value(), u"6200002"_s, u"US"_s), ErrorCode::InvalidState);
    PD_VERIFY_OK(m_desk->enrollment().checkProfile(account.value(), u"6200001"_s, u"US"_s));

    // Step 8, "Enroll now", on the administrator's own login.
    const EnrollmentDraft draft = TestWorkspace::enrollmentDraft(administrator->user.id, account.value(), u"6200001"_s);
    auto session = m_desk->enrollment().enroll(draft);
    PD_VERIFY_OK(session);
    QVERIFY(session->partner.has_value());
    QCOMPARE(session->partner->status, PartnerStatus::PendingEmailVerification);
    const QString upn = tenant->admin.upn;
    QCOMPARE(
        enrolled(tenant->tenant.id),
        (QStringList{u"IndirectReseller PendingEmailVerification EmailOwnership 6200001 US"_s, upn + u" AdminAgent"_s,
                     u"->PendingEmailVerification by "_s + upn,
                     u"partner.enrolled by "_s + upn
                         + uR"( {"tenant": "birchwood.onmicrosoft.com", "newTenant": false, "partnerId": "6200001"})"_s,
                     u"enrollment.verificationCode to ada@contoso.example"_s}));
    // The code reached the primary contact, and it verifies the email (E7).
    const QString code = m_tw->mail().lastCode(u"ada@contoso.example"_s);
    QVERIFY(!code.isEmpty());
    PD_VERIFY_OK(m_desk->enrollment().verifyEmail(session.value(), code));
    // The ticket is used up: the profile can't enroll a second tenant with it.
    QCOMPARE(m_tw->scalar(u"SELECT count(*) FROM rights.pmc_tickets WHERE pmc_account_id = ?"_s, {pmc->id}).toInt(), 0);
    PD_VERIFY_ERROR(m_desk->directory().mpnProfilesOf(account.value()), ErrorCode::InvalidState);
}

void TestGateSignIn::aNewTenantEnrollsThroughTheGate_E1_E4()
{
    auto pmc = pmcAccount(u"cedar.pmc"_s, u"6300001"_s, u"6300002"_s);
    PD_VERIFY_OK(pmc);
    auto account = signInPmc(u"cedar.pmc"_s, TestWorkspace::defaultPassword());
    PD_VERIFY_OK(account);
    EnrollmentDraft draft = TestWorkspace::enrollmentDraft({}, account.value(), u"6300001"_s);
    draft.createTenant = true;
    draft.newTenant = {u"Cedar Row"_s, u"cedarrow"_s, u"US"_s};
    draft.newAdministrator = {u"Ada Lovelace"_s, u"ada"_s, u"Cedar!2026pass"_s, DirectoryRole::GlobalAdministrator};
    // E4 behind the gate: another tenant's prefix is taken, and nothing is written.
    draft.newTenant.domainPrefix = u"fernwood"_s;
    const QStringList before = m_tw->snapshot();
    PD_VERIFY_ERROR(m_desk->enrollment().enroll(draft), ErrorCode::Conflict);
    QCOMPARE(m_tw->snapshot(), before);
    draft.newTenant.domainPrefix = u"cedarrow"_s;

    auto session = m_desk->enrollment().enroll(draft);
    PD_VERIFY_OK(session);
    QCOMPARE(session->user.upn, u"ada@cedarrow.onmicrosoft.com"_s);
    QCOMPARE(session->partner->status, PartnerStatus::PendingEmailVerification);
    const QStringList written = enrolled(session->tenant.id);
    QCOMPARE(written.at(0), u"IndirectReseller PendingEmailVerification EmailOwnership 6300001 US"_s);
    QCOMPARE(written.at(1), u"ada@cedarrow.onmicrosoft.com AdminAgent"_s);
    QVERIFY2(written.at(3).contains(uR"("newTenant": true)"_s), qPrintable(written.at(3)));
    // The new administrator works on their own login from here, and it takes their password.
    const QString own = m_desk->personConnection(session->user.id);
    QVERIFY(!own.isEmpty());
    QCOMPARE(SqlQuery::scalar(QSqlDatabase::database(own, false), u"SELECT session_user"_s)->toString(),
             loginOf(session->user));
    QVERIFY(serverAccepts(loginOf(session->user), u"Cedar!2026pass"_s));
}

void TestGateSignIn::theDatabaseHoldsEnrollingToItsRules_E1_E3()
{
    // Each refusal below is made on a connection core's checks never guard: the gate's, or a
    // person's own, as psql would use them.
    auto pmc = pmcAccount(u"dogwood.pmc"_s, u"6400001"_s, u"6400002"_s);
    PD_VERIFY_OK(pmc);
    PD_VERIFY_OK(m_tw->addMpnProfile(pmc.value(), u"6400003"_s, u"MX"_s, MpnStatus::Active, u"Dogwood MX"_s));
    auto tenant = m_tw->createTenant(u"dogwood"_s);
    PD_VERIFY_OK(tenant);
    auto user = m_tw->addUser(tenant->tenant, u"sam"_s);
    PD_VERIFY_OK(user);
    auto administrator = signIn(tenant->admin.upn, TestWorkspace::defaultPassword());
    PD_VERIFY_OK(administrator);
    auto colleague = signIn(user->upn, TestWorkspace::defaultPassword());
    PD_VERIFY_OK(colleague);
    const QSqlDatabase own = QSqlDatabase::database(m_desk->personConnection(administrator->user.id), false);
    const QSqlDatabase theirs = QSqlDatabase::database(m_desk->personConnection(colleague->user.id), false);

    const auto ticket = [this]() {
        auto account = signInPmc(u"dogwood.pmc"_s, TestWorkspace::defaultPassword());
        return account ? account->ticket : QString();
    };
    auto enroll = [&](const QSqlDatabase& db, const QString& actor, const QString& ticket, const QString& partnerId) {
        const EnrollmentDraft d = TestWorkspace::enrollmentDraft(actor, pmc.value(), partnerId);
        PartnerAccount account;
        account.id = Workspace::newId();
        account.tenantId = tenant->tenant.id;
        account.partnerId = partnerId;
        account.legal = d.legal;
        account.support = d.support;
        account.status = PartnerStatus::Active; // the database decides it, whatever a caller says
        account.type = PartnerType::IndirectProvider;
        account.created = m_tw->clock().now();
        account.updated = account.created;
        return PartnerStore::enrollInDatabase(db, actor, ticket, account, false);
    };
    const QString tenantId = tenant->tenant.id;
    auto partners = [&]() {
        return m_tw->scalar(u"SELECT count(*) FROM partner_accounts WHERE tenant_id = ?"_s, {tenantId}).toInt();
    };
    // Each refusal is the server's (42501), for the reason it names.
    const auto refused = [](const Status& status, const QString& reason) {
        if (status || status.error().code() != ErrorCode::PermissionDenied || !status.errorString().contains(reason)) {
            qWarning().noquote() << "expected a refusal for" << reason << "got"
                                 << (status ? u"success"_s : status.errorString());
            return false;
        }
        return true;
    };
    const QString noSignIn = u"enrolling takes a Partner Membership Center sign-in of the last two hours"_s;
    const QString noProfile = u"a partner enrolls with an active MPN profile of its PMC account"_s;
    const QString noAdministrator = u"a Global administrator enrolls a tenant that has no partner account"_s;
    const QString notThem = u"a step is taken by the person signed in"_s;
    // No ticket, or a made-up one; another PMC account's profile (E1).
    QVERIFY(refused(enroll(own, administrator->user.id, QString(), u"6400001"_s), noSignIn));
    QVERIFY(refused(enroll(own, administrator->user.id, QString(64, u'b'), u"6400001"_s), noSignIn));
    QVERIFY(refused(enroll(own, administrator->user.id, ticket(), m_partner.account.partnerId), noProfile));
    // An inactive profile, or one of another country (E2).
    QVERIFY(refused(enroll(own, administrator->user.id, ticket(), u"6400002"_s), noProfile));
    QVERIFY(refused(enroll(own, administrator->user.id, ticket(), u"6400003"_s), noProfile));
    // A user who is no Global administrator, or someone acting for another (E1).
    QVERIFY(refused(enroll(theirs, colleague->user.id, ticket(), u"6400001"_s), noAdministrator));
    QVERIFY(refused(enroll(theirs, administrator->user.id, ticket(), u"6400001"_s), notThem));
    // The gate, for nobody or for an existing user.
    QVERIFY(refused(enroll(m_desk->db(), QString(), ticket(), u"6400001"_s), notThem));
    QVERIFY(refused(enroll(m_desk->db(), administrator->user.id, ticket(), u"6400001"_s), notThem));
    QCOMPARE(partners(), 0);
    // A ticket of the PMC account is for its own login.
    QVERIFY(!SqlQuery::run(own, u"SELECT * FROM rights.pmc_ticket(?, ?)"_s, {pmc->id, Rows::iso(m_tw->clock().now())}));
    QVERIFY(!SqlQuery::run(m_desk->db(), u"SELECT * FROM rights.pmc_ticket(?, ?)"_s,
                           {pmc->id, Rows::iso(m_tw->clock().now())}));
    // Right: the account is the tenant's indirect reseller waiting for its email check, whatever
    // the caller said, and the ticket is used up.
    const QString used = ticket();
    PD_VERIFY_OK(enroll(own, administrator->user.id, used, u"6400001"_s));
    QCOMPARE(partners(), 1);
    QCOMPARE(m_tw->scalar(u"SELECT type || ' ' || status FROM partner_accounts WHERE tenant_id = ?"_s, {tenantId})
                 .toString(),
             u"IndirectReseller PendingEmailVerification"_s);
    QCOMPARE(m_tw->scalar(u"SELECT count(*) FROM rights.pmc_tickets WHERE ticket_hash = "
                          "encode(sha256(convert_to(?, 'UTF8')), 'hex')"_s,
                          {used})
                 .toInt(),
             0);
    // A second account for the same tenant (E1), or the same Partner ID for another tenant (E3).
    QVERIFY(refused(enroll(own, administrator->user.id, ticket(), u"6400001"_s), noAdministrator));
    auto second = m_tw->createTenant(u"dogwoodtwo"_s);
    PD_VERIFY_OK(second);
    auto secondAdministrator = signIn(second->admin.upn, TestWorkspace::defaultPassword());
    PD_VERIFY_OK(secondAdministrator);
    const QSqlDatabase secondOwn
        = QSqlDatabase::database(m_desk->personConnection(secondAdministrator->user.id), false);
    QVERIFY(refused(enroll(secondOwn, secondAdministrator->user.id, ticket(), u"6400001"_s), noProfile));
    QVERIFY(refused(enroll(secondOwn, secondAdministrator->user.id, used, u"6400002"_s), noSignIn));
    QCOMPARE(partners(), 1);
    QCOMPARE(m_tw->scalar(u"SELECT count(*) FROM partner_accounts WHERE partner_id = '6400001'"_s).toInt(), 1);
}

void TestGateSignIn::aNewCustomerAcceptsThroughTheGate()
{
    // C1, C3: a reseller invites a new customer, with its provider; the customer's administrator,
    // who has no login yet, accepts at a desk behind the gate.
    auto channel = m_tw->createProviderAndReseller();
    PD_VERIFY_OK(channel);
    PD_VERIFY_OK(connectChannel(*m_tw, channel.value()));
    auto link = inviteCustomer(*m_tw, channel.value(), true, u"owner@lakeside.example"_s);
    PD_VERIFY_OK(link);

    // A domain prefix another tenant has is refused as taken, not as a clash in the database.
    PD_VERIFY_ERROR(
        m_desk->customers().acceptAsNewCustomer(link.value(), TestWorkspace::newCustomer(u"fernwood"_s), true),
        ErrorCode::Conflict);
    const QStringList before = m_tw->snapshot();

    auto session = m_desk->customers().acceptAsNewCustomer(link.value(), TestWorkspace::newCustomer(), true);
    PD_VERIFY_OK(session);
    QVERIFY(session->isGlobalAdministrator());
    QCOMPARE(session->tenant.domainPrefix, u"lakeside"_s);
    // The new administrator works on their own login from now on.
    const QString own = m_desk->personConnection(session->user.id);
    QVERIFY(!own.isEmpty());
    QCOMPARE(SqlQuery::scalar(QSqlDatabase::database(own, false), u"SELECT session_user"_s)->toString(),
             loginOf(session->user));
    // What the acceptance wrote, as the owner reads it.
    QVERIFY(m_tw->snapshot() != before);
    const QString customer
        = m_tw->scalar(u"SELECT id FROM customers WHERE tenant_id = ?"_s, {session->tenant.id}).toString();
    QVERIFY(!customer.isEmpty());
    QCOMPARE(m_tw->scalar(u"SELECT count(*) FROM customer_relationships WHERE customer_id = ? AND status = 'Active'"_s,
                          {customer})
                 .toInt(),
             2);
    QCOMPARE(
        m_tw->scalar(u"SELECT status FROM invitations WHERE accepted_tenant_id = ?"_s, {session->tenant.id}).toString(),
        u"Accepted"_s);
    QVERIFY(m_tw->scalar(u"SELECT count(*) FROM audit_events WHERE actor_user_id = ?"_s, {session->user.id}).toInt()
            >= 2);
    // The gate itself is nobody again once that transaction is over.
    QCOMPARE(SqlQuery::scalar(m_desk->db(), u"SELECT count(*) FROM customers"_s)->toInt(), 0);
    auto impersonate = SqlQuery::run(m_desk->db(), u"SELECT rights.act_as(?)"_s, {session->user.id});
    QVERIFY(!impersonate);
    // Nor does a tenant it adds make it more than that tenant's administrator: no provider.
    QSqlQuery raw(m_desk->db());
    QVERIFY(raw.exec(u"BEGIN"_s));
    const QString tenant = Workspace::newId();
    const QString admin = Workspace::newId();
    QVERIFY2(raw.exec(u"INSERT INTO tenants (id, display_name, domain_prefix, country, is_program, created_at) "
                      "VALUES ('%1', 'Gatecrash', 'gatecrash', 'US', 0, '2026-12-01T00:00:00.000Z')"_s.arg(tenant))
                 && raw.exec(u"INSERT INTO tenant_users (id, tenant_id, upn, display_name, password_hash, "
                             "directory_role, enabled, created_at) VALUES ('%1', '%2', 'a@gatecrash.onmicrosoft.com', "
                             "'A', 'x', 'GlobalAdministrator', 1, '2026-12-01T00:00:00.000Z')"_s.arg(admin, tenant))
                 && raw.exec(u"SELECT rights.act_as('%1')"_s.arg(admin)),
             qPrintable(raw.lastError().text()));
    QVERIFY(!raw.exec(u"INSERT INTO partner_accounts (id, tenant_id, type, partner_id, legal_name, name_key, "
                      "address_line1, city, country, contact_first_name, contact_last_name, contact_email, "
                      "contact_phone, support_email, support_phone, status, created_at, updated_at) VALUES ('%1', "
                      "'%2', 'IndirectProvider', '9999999', 'Gatecrash', 'gatecrash', 'a', 'c', 'US', 'f', 'l', "
                      "'e@example.com', '1', 'e@example.com', '1', 'Active', '2026-12-01T00:00:00.000Z', "
                      "'2026-12-01T00:00:00.000Z')"_s.arg(Workspace::newId(), tenant)));
    QCOMPARE(raw.lastError().nativeErrorCode(), u"42501"_s);
    QVERIFY(raw.exec(u"ROLLBACK"_s));
}

void TestGateSignIn::anApplicantChecksTheirEmailThroughTheGate_E7()
{
    auto applicant
        = m_tw->createPartner(u"copse"_s, PartnerType::IndirectReseller, PartnerStatus::PendingEmailVerification);
    PD_VERIFY_OK(applicant);
    auto session = signIn(applicant->admin.upn, TestWorkspace::defaultPassword());
    PD_VERIFY_OK(session);
    // A code, sent from this desk on the applicant's own login.
    PD_VERIFY_OK(m_desk->enrollment().sendNewCode(session.value()));
    const QString code = m_tw->mail().lastCode(applicant->account.legal.contactEmail);
    QVERIFY(!code.isEmpty());
    QCOMPARE(m_tw->scalar(u"SELECT verification_code_hash IS NOT NULL FROM partner_accounts WHERE id = ?"_s,
                          {applicant->account.id})
                 .toBool(),
             true);
    // A wrong code is counted by the database; the right one moves the account to review.
    const QString wrong = code == u"000000"_s ? u"111111"_s : u"000000"_s;
    auto refused = m_desk->enrollment().verifyEmail(session.value(), wrong);
    PD_VERIFY_ERROR(refused, ErrorCode::InvalidInput);
    QVERIFY2(refused.errorString().contains(u"4"_s), qPrintable(refused.errorString()));
    QCOMPARE(m_tw->scalar(u"SELECT verification_failures FROM partner_accounts WHERE id = ?"_s, {applicant->account.id})
                 .toInt(),
             1);
    PD_VERIFY_OK(m_desk->enrollment().verifyEmail(session.value(), code));
    QCOMPARE(m_tw->scalar(u"SELECT status || ' ' || vetting_status FROM partner_accounts WHERE id = ?"_s,
                          {applicant->account.id})
                 .toString(),
             u"UnderReview BusinessVerification"_s);
    QCOMPARE(m_tw->scalar(u"SELECT count(*) FROM partner_status_history WHERE partner_account_id = ? "
                          "AND to_status = 'UnderReview' AND actor_user_id = ?"_s,
                          {applicant->account.id, applicant->admin.id})
                 .toInt(),
             1);
    QCOMPARE(m_tw->scalar(u"SELECT count(*) FROM outbox_messages WHERE partner_account_id = ? "
                          "AND kind = 'enrollment.statusChanged'"_s,
                          {applicant->account.id})
                 .toInt(),
             1);
    QCOMPARE(m_tw->scalar(u"SELECT count(*) FROM audit_events WHERE partner_account_id = ? "
                          "AND action = 'partner.statusChanged' AND actor_user_id = ?"_s,
                          {applicant->account.id, applicant->admin.id})
                 .toInt(),
             1);
    // The applicant's own login can't move it further, nor set a code of its choosing afterwards.
    QSqlDatabase own = QSqlDatabase::database(m_desk->personConnection(applicant->admin.id), false);
    QVERIFY(
        !SqlQuery::run(own, u"UPDATE partner_accounts SET status = 'Active' WHERE id = ?"_s, {applicant->account.id}));
    QVERIFY(!SqlQuery::run(own, u"SELECT rights.new_verification_code(?, repeat('a', 64), ?, ?)"_s,
                           {applicant->admin.id, u"2026-11-30T00:00:00.000Z"_s, u"2026-11-24T09:00:00.000Z"_s}));
}

void TestGateSignIn::aDeskWithAnotherPermissionMatrixWaitsForTheOwner()
{
    m_desk.reset();
    PD_VERIFY_OK(SqlQuery::run(m_tw->db(), u"DELETE FROM rights.permission_matrix WHERE action = 'ManageUsers'"_s));
    Workspace desk;
    auto opened = desk.open(m_gate);
    PD_VERIFY_ERROR(opened, ErrorCode::Storage);
    QVERIFY2(opened.errorString().contains(u"owner"_s), qPrintable(opened.errorString()));
    QVERIFY(m_tw->count(u"rights.permission_matrix"_s) > 0);
    // The owner's opening writes it again; then the gate's desk opens.
    Workspace owner;
    PD_VERIFY_OK(owner.open(m_tw->location()));
    owner.close();
    PD_VERIFY_OK(desk.open(m_gate));
}

void TestGateSignIn::thePartnerReadsWhoChangedItsStatus()
{
    // Someone of another tenant (the program's, in life) changes the partner's status, written as
    // the owner would.
    auto program = m_tw->createTenant(u"fernprogram"_s);
    PD_VERIFY_OK(program);
    PD_VERIFY_OK(PartnerStore::appendStatusChange(m_tw->db(), m_partner.account.id, u"Active"_s, PartnerStatus::Active,
                                                  u"Reviewed again."_s, program->admin.id, m_tw->clock().now()));

    // Behind the gate the partner's administrator reads the name of who did it.
    auto session = signIn(m_partner.admin.upn, TestWorkspace::defaultPassword());
    PD_VERIFY_OK(session);
    auto history = m_desk->accounts().statusHistory(session.value());
    PD_VERIFY_OK(history);
    QCOMPARE(history->constLast().reason, u"Reviewed again."_s);
    QCOMPARE(history->constLast().actorName, program->admin.displayName);
}

QTEST_GUILESS_MAIN(TestGateSignIn)
#include "tst_GateSignIn.moc"
