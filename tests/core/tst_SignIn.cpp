// Signing in (ARCHITECTURE §1, §7): tenant users by user principal name and password, PMC accounts
// by user name and password; repeated failures lock the credential for a while; the first run
// creates the program administrator once; E4 checks a new tenant's domain prefix. S10: an unknown
// name is answered as a wrong password after as much work, weaker hashes are upgraded on sign-in,
// a stored cost over the cap is refused at once, and the password check runs apart from the
// database, on any thread.

#include "TestSupport.h"
#include "domain/Validators.h"
#include "services/DirectoryService.h"
#include "storage/SqlQuery.h"

#include <QElapsedTimer>
#include <QLocale>
#include <QSqlQuery>
#include <QTest>
#include <QThread>

using namespace Qt::StringLiterals;

namespace {
const QString Wrong = u"Wrong!Pass9"_s;

// TestWorkspace::defaultPassword() as versions before S10 stored it: PBKDF2-HMAC-SHA256 (1,000
// iterations, salt "legacy-salt-0001").
const QString LegacyHash
    = u"pbkdf2-sha256$1000$bGVnYWN5LXNhbHQtMDAwMQ==$T3p6F7NJKyZzn0siglhZU1RqqgpJmf2ndue/SZfJWvs="_s;
} // namespace

class TestSignIn : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void unknownUserAnsweredAsWrongPassword_S10_data();
    void unknownUserAnsweredAsWrongPassword_S10();
    void weakerHashUpgradedOnSignIn_S10_data();
    void weakerHashUpgradedOnSignIn_S10();
    void storedCostOverCapRefusedQuickly_S10();
    void signInStepsApartFromTheDatabase_S10();
    void passwordChangedDuringCheckRefused_S10();
    void emptyUserNameRefused();
    void wrongPassword();
    void rightPasswordGivesSession_data();
    void rightPasswordGivesSession();
    void upnIsCaseInsensitive();
    void fiveFailuresLock();
    void lockRunsOutAfterFifteenMinutes();
    void successResetsFailureCount();
    void disabledUserRefused();
    void pmcSignIn();
    void pmcLockout();
    void programAdministratorCreatedOnce();
    void programAdministratorOnlyInEmptyWorkspace();
    void programAdministratorNeedsValidInput();
    void domainPrefix_E4_data();
    void domainPrefix_E4();
    void createTenantRefusesTakenPrefix_E4();

private:
    DirectoryService& directory() { return m_tw->workspace().directory(); }
    // The refusal of a sign-in as a tenant user, or as a PMC account when pmc.
    Error signInError(bool pmc, const QString& name, const QString& password);
    QString storedHash(bool pmc, const QString& id) const;
    void setStoredHash(bool pmc, const QString& id, const QString& hash);
    int failedSignIns(const QString& table, const QString& id) const;
    QString lockedUntil(const QString& table, const QString& id) const;

    std::unique_ptr<TestWorkspace> m_tw;
    TenantFixture m_contoso;
};

void TestSignIn::init()
{
    m_tw = std::make_unique<TestWorkspace>();
    PD_VERIFY_OK(m_tw->openStatus());
    auto tenant = m_tw->createTenant(u"contoso"_s);
    PD_VERIFY_OK(tenant);
    m_contoso = tenant.value();
    QCOMPARE(m_contoso.admin.upn, u"admin@contoso.onmicrosoft.com"_s);
}

void TestSignIn::cleanup()
{
    m_tw.reset();
}

int TestSignIn::failedSignIns(const QString& table, const QString& id) const
{
    return m_tw->scalar(u"SELECT failed_sign_ins FROM %1 WHERE id = ?"_s.arg(table), {id}).toInt();
}

QString TestSignIn::lockedUntil(const QString& table, const QString& id) const
{
    return m_tw->scalar(u"SELECT locked_until FROM %1 WHERE id = ?"_s.arg(table), {id}).toString();
}

Error TestSignIn::signInError(bool pmc, const QString& name, const QString& password)
{
    if (pmc) {
        auto account = directory().signInPmc(name, password);
        return account ? Error(ErrorCode::None, u"signed in"_s) : account.error();
    }
    auto session = m_tw->signIn(name, password);
    return session ? Error(ErrorCode::None, u"signed in"_s) : session.error();
}

QString TestSignIn::storedHash(bool pmc, const QString& id) const
{
    return m_tw
        ->scalar(u"SELECT password_hash FROM %1 WHERE id = ?"_s.arg(pmc ? u"pmc_accounts"_s : u"tenant_users"_s), {id})
        .toString();
}

void TestSignIn::setStoredHash(bool pmc, const QString& id, const QString& hash)
{
    PD_VERIFY_OK(SqlQuery::runOne(
        m_tw->db(), u"UPDATE %1 SET password_hash = ? WHERE id = ?"_s.arg(pmc ? u"pmc_accounts"_s : u"tenant_users"_s),
        {hash, id}));
}

void TestSignIn::unknownUserAnsweredAsWrongPassword_S10_data()
{
    QTest::addColumn<bool>("pmc");
    QTest::addColumn<QString>("unknown");
    QTest::addColumn<QString>("message");
    QTest::newRow("S10 tenant user") << false << u"  nobody@contoso.onmicrosoft.com "_s
                                     << u"The user name or password is incorrect. Try again."_s;
    QTest::newRow("S10 PMC account")
        << true << u"fabrikam.pmc"_s
        << u"The Partner Membership Center user name or password is incorrect. Try again."_s;
}

void TestSignIn::unknownUserAnsweredAsWrongPassword_S10()
{
    QFETCH(bool, pmc);
    QFETCH(QString, unknown);
    QFETCH(QString, message);
    auto account = m_tw->createPmcAccount(u"contoso.pmc"_s);
    PD_VERIFY_OK(account);
    const QString known = pmc ? account->userName : m_contoso.admin.upn;

    m_tw->watchPasswordWork();
    const Error wrong = signInError(pmc, known, Wrong);
    QCOMPARE(m_tw->passwordWork(), 1);
    const QStringList before = m_tw->snapshot();
    m_tw->watchPasswordWork();
    const Error nobody = signInError(pmc, unknown, Wrong);
    // The same answer, after the same work: an Argon2id verification at the current cost against
    // a dummy hash, so neither the message nor the time tells which names exist.
    QCOMPARE(m_tw->passwordWork(), 1);
    QCOMPARE(nobody.message(), message);
    QCOMPARE(wrong.message(), message);
    QCOMPARE(nobody.code(), ErrorCode::WrongPassword);
    QCOMPARE(wrong.code(), ErrorCode::WrongPassword);
    QCOMPARE(nobody.field(), wrong.field());
    QCOMPARE(m_tw->snapshot(), before);

    // The right password of an account under another name is refused the same way.
    const Error other
        = signInError(pmc, pmc ? m_contoso.admin.upn : account->userName, TestWorkspace::defaultPassword());
    QCOMPARE(other.message(), message);
    QCOMPARE(other.code(), ErrorCode::WrongPassword);
}

void TestSignIn::weakerHashUpgradedOnSignIn_S10_data()
{
    QTest::addColumn<bool>("pmc");
    QTest::addColumn<QString>("stored");
    const QString password = TestWorkspace::defaultPassword();
    QTest::newRow("S10 tenant user, legacy PBKDF2") << false << LegacyHash;
    QTest::newRow("S10 PMC account, legacy PBKDF2") << true << LegacyHash;
    QTest::newRow("S10 tenant user, Argon2id of a lower cost")
        << false << PasswordHasher(PasswordCost{1, PasswordCost::lowest().memLimitBytes}).hash(password);
}

void TestSignIn::weakerHashUpgradedOnSignIn_S10()
{
    QFETCH(bool, pmc);
    QFETCH(QString, stored);
    // A workspace whose cost is above the stored hash's: twice the lowest memory, two passes.
    const PasswordCost current{2, 2 * PasswordCost::lowest().memLimitBytes};
    m_tw = std::make_unique<TestWorkspace>(current);
    PD_VERIFY_OK(m_tw->openStatus());
    auto tenant = m_tw->createTenant(u"contoso"_s);
    auto account = m_tw->createPmcAccount(u"contoso.pmc"_s);
    PD_VERIFY_OK(tenant);
    PD_VERIFY_OK(account);
    const QString id = pmc ? account->id : tenant->admin.id;
    const QString name = pmc ? account->userName : tenant->admin.upn;
    setStoredHash(pmc, id, stored);

    // A wrong password changes nothing but the count.
    QCOMPARE(signInError(pmc, name, Wrong).code(), ErrorCode::WrongPassword);
    QCOMPARE(storedHash(pmc, id), stored);

    m_tw->watchPasswordWork();
    QCOMPARE(signInError(pmc, name, TestWorkspace::defaultPassword()).code(), ErrorCode::None);
    const QString upgraded = storedHash(pmc, id);
    QVERIFY2(upgraded.startsWith(u"$argon2id$v=19$m=16,t=2,p=1$"_s), qPrintable(upgraded));
    QVERIFY(!m_tw->workspace().hasher().needsRehash(upgraded));
    // One verification and one hash, neither under the write lock.
    QCOMPARE(m_tw->passwordWork(), 2);
    QCOMPARE(m_tw->passwordWorkUnderWriteLock(), 0);

    // The same password still signs in, now against the new hash, which stays as it is.
    QCOMPARE(signInError(pmc, name, TestWorkspace::defaultPassword()).code(), ErrorCode::None);
    QCOMPARE(storedHash(pmc, id), upgraded);
    QCOMPARE(signInError(pmc, name, Wrong).code(), ErrorCode::WrongPassword);
}

void TestSignIn::storedCostOverCapRefusedQuickly_S10()
{
    // A tampered workspace whose hash asks for 2^31 - 1 PBKDF2 iterations: verifying it hung the
    // window for 70 minutes. It is refused as a wrong password without computing anything.
    setStoredHash(false, m_contoso.admin.id,
                  u"pbkdf2-sha256$2147483647$c2FsdA==$VawEblbjCJ/sFpHCJUS2BflBhSFt3gRl5oudV8INrLw="_s);
    m_tw->watchPasswordWork();
    QElapsedTimer timer;
    timer.start();
    auto session = m_tw->signIn(m_contoso.admin.upn);
    QVERIFY2(timer.elapsed() < 2000, qPrintable(u"took %1 ms"_s.arg(timer.elapsed())));
    PD_VERIFY_ERROR(session, ErrorCode::WrongPassword);
    QCOMPARE(m_tw->passwordWork(), 0);
    QCOMPARE(failedSignIns(u"tenant_users"_s, m_contoso.admin.id), 1);
}

void TestSignIn::signInStepsApartFromTheDatabase_S10()
{
    const QStringList before = m_tw->snapshot();
    const QString hashBefore = storedHash(false, m_contoso.admin.id);
    auto attempt = directory().prepareSignIn(u" Admin@Contoso.onmicrosoft.com"_s);
    PD_VERIFY_OK(attempt);
    QCOMPARE(attempt->credentialId, m_contoso.admin.id);
    // Preparing only reads: nothing written, no write lock held.
    QCOMPARE(m_tw->snapshot(), before);
    QVERIFY(!m_tw->writeLockHeldElsewhere());

    // The check runs on another thread while this one holds the write lock from a second
    // connection: it needs neither the database nor this thread.
    SignInCheck wrong;
    SignInCheck right;
    QSqlDatabase blocker = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"blocker"_s);
    {
        blocker.setDatabaseName(m_tw->databasePath());
        QVERIFY(blocker.open());
        QSqlQuery lock(blocker);
        QVERIFY(lock.exec(u"BEGIN IMMEDIATE"_s));
        const SignInAttempt copy = attempt.value();
        std::unique_ptr<QThread> worker(QThread::create([&wrong, &right, copy]() {
            wrong = DirectoryService::checkSignIn(copy, Wrong);
            right = DirectoryService::checkSignIn(copy, TestWorkspace::defaultPassword());
        }));
        worker->start();
        QVERIFY(worker->wait(10000));
        QVERIFY(lock.exec(u"ROLLBACK"_s));
        blocker.close();
    }
    blocker = QSqlDatabase();
    QSqlDatabase::removeDatabase(u"blocker"_s);
    QVERIFY(!wrong.passwordMatched);
    QVERIFY(right.passwordMatched);
    QVERIFY(right.upgradedHash.isEmpty()); // the stored hash has the current cost
    QCOMPARE(m_tw->snapshot(), before);

    // Finishing records what the check found, in one transaction each.
    auto refused = directory().finishSignIn(attempt.value(), wrong);
    PD_VERIFY_ERROR(refused, ErrorCode::WrongPassword);
    QCOMPARE(failedSignIns(u"tenant_users"_s, m_contoso.admin.id), 1);
    auto session = directory().finishSignIn(attempt.value(), right);
    PD_VERIFY_OK(session);
    QCOMPARE(session->user.id, m_contoso.admin.id);
    QCOMPARE(failedSignIns(u"tenant_users"_s, m_contoso.admin.id), 0);
    QCOMPARE(storedHash(false, m_contoso.admin.id), hashBefore);

    // A locked account is refused while preparing, before any password work.
    for (int i = 0; i < 5; ++i) {
        PD_VERIFY_ERROR(m_tw->signIn(m_contoso.admin.upn, Wrong), i < 4 ? ErrorCode::WrongPassword : ErrorCode::Locked);
    }
    PD_VERIFY_ERROR(directory().prepareSignIn(m_contoso.admin.upn), ErrorCode::Locked);
}

void TestSignIn::passwordChangedDuringCheckRefused_S10()
{
    auto attempt = directory().prepareSignIn(m_contoso.admin.upn);
    PD_VERIFY_OK(attempt);
    const SignInCheck check = DirectoryService::checkSignIn(attempt.value(), TestWorkspace::defaultPassword());
    QVERIFY(check.passwordMatched);
    // An administrator sets a new password while the old one is being checked.
    const QString changed = m_tw->workspace().hasher().hash(u"New!Password2026"_s);
    setStoredHash(false, m_contoso.admin.id, changed);
    auto session = directory().finishSignIn(attempt.value(), check);
    PD_VERIFY_ERROR(session, ErrorCode::WrongPassword);
    QCOMPARE(storedHash(false, m_contoso.admin.id), changed);
    QCOMPARE(failedSignIns(u"tenant_users"_s, m_contoso.admin.id), 0);
    PD_VERIFY_OK(m_tw->signIn(m_contoso.admin.upn, u"New!Password2026"_s));
}

void TestSignIn::emptyUserNameRefused()
{
    auto session = m_tw->signIn(u"   "_s);
    PD_VERIFY_ERROR(session, ErrorCode::InvalidInput);
    QCOMPARE(session.error().field(), u"upn"_s);
}

void TestSignIn::wrongPassword()
{
    auto session = m_tw->signIn(m_contoso.admin.upn, Wrong);
    PD_VERIFY_ERROR(session, ErrorCode::WrongPassword);
    QCOMPARE(session.errorString(), u"The user name or password is incorrect. Try again."_s);
    QCOMPARE(session.error().field(), u"password"_s);
    // The failure is counted even though sign-in failed.
    QCOMPARE(failedSignIns(u"tenant_users"_s, m_contoso.admin.id), 1);
    QVERIFY(lockedUntil(u"tenant_users"_s, m_contoso.admin.id).isEmpty());
}

void TestSignIn::rightPasswordGivesSession_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("persona");
    QTest::newRow("tenant without partner or customer") << 0 << int(Persona::Unenrolled);
    QTest::newRow("partner's user") << 1 << int(Persona::Partner);
}

void TestSignIn::rightPasswordGivesSession()
{
    QFETCH(int, kind);
    QFETCH(int, persona);
    QString upn = m_contoso.admin.upn;
    if (kind == 1) {
        auto partner = m_tw->createPartner(u"harborlight"_s, PartnerType::IndirectReseller, PartnerStatus::Active,
                                           {PartnerRole::AdminAgent, PartnerRole::SalesAgent});
        PD_VERIFY_OK(partner);
        upn = partner->admin.upn;
    }
    auto session = m_tw->signIn(upn);
    PD_VERIFY_OK(session);
    QCOMPARE(session->user.upn, upn);
    QCOMPARE(session->persona(), Persona(persona));
    QVERIFY(session->isGlobalAdministrator());
    QVERIFY(!session->isProgramAdministrator());
    if (kind == 1) {
        QCOMPARE(session->tenant.domainPrefix, u"harborlight"_s);
        QVERIFY(session->partner.has_value());
        QCOMPARE(session->roles, (QList<PartnerRole>{PartnerRole::AdminAgent, PartnerRole::SalesAgent}));
    } else {
        QCOMPARE(session->tenant.id, m_contoso.tenant.id);
        QVERIFY(!session->partner.has_value());
        QVERIFY(session->roles.isEmpty());
    }
}

void TestSignIn::upnIsCaseInsensitive()
{
    auto session = m_tw->signIn(u" Admin@CONTOSO.onmicrosoft.COM "_s);
    PD_VERIFY_OK(session);
    QCOMPARE(session->user.id, m_contoso.admin.id);
    QCOMPARE(session->user.upn, u"admin@contoso.onmicrosoft.com"_s);
}

void TestSignIn::fiveFailuresLock()
{
    const QString upn = m_contoso.admin.upn;
    for (int i = 1; i <= 4; ++i) {
        PD_VERIFY_ERROR(m_tw->signIn(upn, Wrong), ErrorCode::WrongPassword);
        QCOMPARE(failedSignIns(u"tenant_users"_s, m_contoso.admin.id), i);
        m_tw->clock().advance(1);
    }
    // The fifth failure says the password is wrong and that the account is now locked.
    const QDateTime fifth = m_tw->clock().now();
    const QDateTime until = fifth.addSecs(15 * 60);
    const QString untilText = QLocale().toString(until.toLocalTime(), QLocale::ShortFormat);
    auto fifthFailure = m_tw->signIn(upn, Wrong);
    PD_VERIFY_ERROR(fifthFailure, ErrorCode::Locked);
    QCOMPARE(fifthFailure.errorString(),
             u"The password is incorrect, and this account is now locked after too many failed sign-ins. "
             u"Try again after %1."_s.arg(untilText));
    QCOMPARE(fifthFailure.error().field(), u"password"_s);
    QCOMPARE(lockedUntil(u"tenant_users"_s, m_contoso.admin.id), until.toString(Qt::ISODateWithMs));

    const QString expected = u"This account is locked after too many failed sign-ins. Try again after %1."_s.arg(
        QLocale().toString(until.toLocalTime(), QLocale::ShortFormat));
    auto wrongWhileLocked = m_tw->signIn(upn, Wrong);
    PD_VERIFY_ERROR(wrongWhileLocked, ErrorCode::Locked);
    QCOMPARE(wrongWhileLocked.errorString(), expected);

    // Even the right password is refused while the lock lasts, up to its last second.
    m_tw->clock().advanceSeconds(15 * 60 - 1);
    auto rightWhileLocked = m_tw->signIn(upn);
    PD_VERIFY_ERROR(rightWhileLocked, ErrorCode::Locked);
    QCOMPARE(rightWhileLocked.errorString(), expected);
    QCOMPARE(rightWhileLocked.error().field(), u"upn"_s);
    QCOMPARE(lockedUntil(u"tenant_users"_s, m_contoso.admin.id), until.toString(Qt::ISODateWithMs));
}

void TestSignIn::lockRunsOutAfterFifteenMinutes()
{
    const QString upn = m_contoso.admin.upn;
    for (int i = 1; i <= 5; ++i) {
        PD_VERIFY_ERROR(m_tw->signIn(upn, Wrong), i < 5 ? ErrorCode::WrongPassword : ErrorCode::Locked);
    }
    PD_VERIFY_ERROR(m_tw->signIn(upn), ErrorCode::Locked);

    m_tw->clock().advance(15);
    auto session = m_tw->signIn(upn);
    PD_VERIFY_OK(session);
    QCOMPARE(session->user.id, m_contoso.admin.id);
    QCOMPARE(failedSignIns(u"tenant_users"_s, m_contoso.admin.id), 0);
    QVERIFY(lockedUntil(u"tenant_users"_s, m_contoso.admin.id).isEmpty());

    // Counting starts again from zero: four more failures don't lock.
    for (int i = 1; i <= 4; ++i) {
        PD_VERIFY_ERROR(m_tw->signIn(upn, Wrong), ErrorCode::WrongPassword);
    }
    QCOMPARE(failedSignIns(u"tenant_users"_s, m_contoso.admin.id), 4);
    PD_VERIFY_OK(m_tw->signIn(upn));
}

void TestSignIn::successResetsFailureCount()
{
    const QString upn = m_contoso.admin.upn;
    for (int i = 0; i < 4; ++i) {
        PD_VERIFY_ERROR(m_tw->signIn(upn, Wrong), ErrorCode::WrongPassword);
    }
    QCOMPARE(failedSignIns(u"tenant_users"_s, m_contoso.admin.id), 4);
    PD_VERIFY_OK(m_tw->signIn(upn));
    QCOMPARE(failedSignIns(u"tenant_users"_s, m_contoso.admin.id), 0);
    // One more failure is the first of a new series, not the fifth.
    PD_VERIFY_ERROR(m_tw->signIn(upn, Wrong), ErrorCode::WrongPassword);
    PD_VERIFY_OK(m_tw->signIn(upn));
    QVERIFY(lockedUntil(u"tenant_users"_s, m_contoso.admin.id).isEmpty());
}

void TestSignIn::disabledUserRefused()
{
    auto user = m_tw->addUser(m_contoso.tenant, u"former"_s, DirectoryRole::User, false);
    PD_VERIFY_OK(user);
    auto session = m_tw->signIn(user->upn);
    PD_VERIFY_ERROR(session, ErrorCode::Disabled);
    QCOMPARE(session.errorString(),
             u"This account is disabled. Ask an administrator of your organization to enable it."_s);
    // An enabled user of the same tenant is not affected.
    auto colleague = m_tw->addUser(m_contoso.tenant, u"current"_s);
    PD_VERIFY_OK(colleague);
    PD_VERIFY_OK(m_tw->signIn(colleague->upn));
}

void TestSignIn::pmcSignIn()
{
    auto pmc = m_tw->createPmcAccount(u"Contoso.PMC"_s);
    PD_VERIFY_OK(pmc);
    auto account = directory().signInPmc(u"CONTOSO.pmc"_s, TestWorkspace::defaultPassword());
    PD_VERIFY_OK(account);
    QCOMPARE(account->id, pmc->id);
    QCOMPARE(account->userName, u"contoso.pmc"_s);

    auto wrong = directory().signInPmc(u"contoso.pmc"_s, Wrong);
    PD_VERIFY_ERROR(wrong, ErrorCode::WrongPassword);
    QCOMPARE(wrong.errorString(), u"The Partner Membership Center user name or password is incorrect. Try again."_s);
    QCOMPARE(wrong.error().field(), u"pmcPassword"_s);

    // A tenant user's password is no PMC password, and the other way round.
    PD_VERIFY_ERROR(directory().signInPmc(m_contoso.admin.upn, TestWorkspace::defaultPassword()),
                    ErrorCode::WrongPassword);
    PD_VERIFY_ERROR(m_tw->signIn(u"contoso.pmc"_s), ErrorCode::WrongPassword);
}

void TestSignIn::pmcLockout()
{
    auto pmc = m_tw->createPmcAccount(u"contoso.pmc"_s);
    PD_VERIFY_OK(pmc);
    for (int i = 1; i <= 5; ++i) {
        PD_VERIFY_ERROR(directory().signInPmc(u"contoso.pmc"_s, Wrong),
                        i < 5 ? ErrorCode::WrongPassword : ErrorCode::Locked);
    }
    const QDateTime until = m_tw->clock().now().addSecs(15 * 60);
    QCOMPARE(lockedUntil(u"pmc_accounts"_s, pmc->id), until.toString(Qt::ISODateWithMs));
    auto locked = directory().signInPmc(u"contoso.pmc"_s, TestWorkspace::defaultPassword());
    PD_VERIFY_ERROR(locked, ErrorCode::Locked);
    QCOMPARE(locked.errorString(),
             u"This account is locked after too many failed sign-ins. Try again after %1."_s.arg(
                 QLocale().toString(until.toLocalTime(), QLocale::ShortFormat)));
    QCOMPARE(locked.error().field(), u"pmcUserName"_s);
    // The tenant user of the same workspace is not locked by it.
    PD_VERIFY_OK(m_tw->signIn(m_contoso.admin.upn));

    m_tw->clock().advance(15);
    PD_VERIFY_OK(directory().signInPmc(u"contoso.pmc"_s, TestWorkspace::defaultPassword()));
    QCOMPARE(failedSignIns(u"pmc_accounts"_s, pmc->id), 0);
    QVERIFY(lockedUntil(u"pmc_accounts"_s, pmc->id).isEmpty());
}

void TestSignIn::programAdministratorCreatedOnce()
{
    // A workspace of its own: createProgramAdministrator is the first run's step.
    TestWorkspace empty;
    PD_VERIFY_OK(empty.openStatus());
    auto before = empty->directory().hasProgramTenant();
    PD_VERIFY_OK(before);
    QVERIFY(!before.value());

    const NewTenant program{u"PartnerDesk Program"_s, u"pdprogram"_s, u"US"_s};
    auto session = empty->directory().createProgramAdministrator(
        program, NewUser{u"Paula Reyes"_s, u"Admin"_s, TestWorkspace::defaultPassword(), DirectoryRole::User});
    PD_VERIFY_OK(session);
    QCOMPARE(session->persona(), Persona::ProgramAdministrator);
    QVERIFY(session->isProgramAdministrator());
    QCOMPARE(session->user.upn, u"admin@pdprogram.onmicrosoft.com"_s);
    QCOMPARE(session->user.directoryRole, DirectoryRole::GlobalAdministrator);
    auto after = empty->directory().hasProgramTenant();
    PD_VERIFY_OK(after);
    QVERIFY(after.value());
    QCOMPARE(empty.scalar(u"SELECT count(*) FROM tenants WHERE is_program = 1"_s).toInt(), 1);

    // Signing in later gives the same persona.
    auto signedIn = empty.signIn(u"admin@pdprogram.onmicrosoft.com"_s);
    PD_VERIFY_OK(signedIn);
    QCOMPARE(signedIn->persona(), Persona::ProgramAdministrator);

    auto second = empty->directory().createProgramAdministrator(
        NewTenant{u"Another Program"_s, u"otherprogram"_s, u"US"_s},
        NewUser{u"Someone Else"_s, u"someone"_s, TestWorkspace::defaultPassword(), DirectoryRole::User});
    PD_VERIFY_ERROR(second, ErrorCode::Conflict);
    QCOMPARE(second.errorString(),
             u"This workspace already has a program administrator. Sign in as that administrator to add others."_s);
    QCOMPARE(empty.count(u"tenants"_s), 1);
    QCOMPARE(empty.count(u"tenant_users"_s), 1);
}

void TestSignIn::programAdministratorOnlyInEmptyWorkspace()
{
    TestWorkspace used;
    PD_VERIFY_OK(used.openStatus());
    PD_VERIFY_OK(used.createTenant(u"contoso"_s));
    auto late = used.createProgramAdministrator();
    PD_VERIFY_ERROR(late, ErrorCode::Conflict);
    QCOMPARE(late.errorString(), u"A program administrator can only be created in an empty workspace."_s);
    QCOMPARE(used.count(u"tenants"_s), 1);
    QCOMPARE(used.scalar(u"SELECT count(*) FROM tenants WHERE is_program = 1"_s).toInt(), 0);
}

void TestSignIn::programAdministratorNeedsValidInput()
{
    TestWorkspace empty;
    PD_VERIFY_OK(empty.openStatus());
    auto weak = empty->directory().createProgramAdministrator(
        NewTenant{u"PartnerDesk Program"_s, u"pdprogram"_s, u"US"_s},
        NewUser{u"Paula Reyes"_s, u"admin"_s, u"password"_s, DirectoryRole::User});
    PD_VERIFY_ERROR(weak, ErrorCode::InvalidInput);
    QCOMPARE(weak.error().field(), u"password"_s);
    QCOMPARE(empty.count(u"tenants"_s), 0);
    QCOMPARE(empty.count(u"tenant_users"_s), 0);
}

void TestSignIn::domainPrefix_E4_data()
{
    QTest::addColumn<QString>("prefix");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("message");
    const int ok = int(ErrorCode::None);
    const int taken = int(ErrorCode::Conflict);
    const int invalid = int(ErrorCode::InvalidInput);
    QTest::newRow("E4 free") << u"fabrikam"_s << ok << QString();
    QTest::newRow("E4 free with digits") << u"contoso2"_s << ok << QString();
    QTest::newRow("E4 taken") << u"contoso"_s << taken
                              << u"contoso.onmicrosoft.com is already taken. Try another prefix."_s;
    QTest::newRow("E4 taken, other case and spaces")
        << u" Contoso "_s << taken << u"contoso.onmicrosoft.com is already taken. Try another prefix."_s;
    QTest::newRow("E4 invalid: empty") << QString() << invalid << QString();
    QTest::newRow("E4 invalid: hyphen") << u"con-toso"_s << invalid << QString();
    QTest::newRow("E4 invalid: 28 characters") << QString(28, u'a') << invalid << QString();
}

void TestSignIn::domainPrefix_E4()
{
    QFETCH(QString, prefix);
    QFETCH(int, code);
    QFETCH(QString, message);
    const Status status = directory().checkDomainPrefix(prefix);
    QCOMPARE(status.code(), ErrorCode(code));
    if (ErrorCode(code) == ErrorCode::InvalidInput) {
        // The validator's own message, which says what to type instead.
        QCOMPARE(status.errorString(), Validators::domainPrefix(prefix).errorString());
        QVERIFY(!status.errorString().isEmpty());
    } else {
        QCOMPARE(status.errorString(), message);
    }
    if (ErrorCode(code) == ErrorCode::Conflict) {
        QCOMPARE(status.error().field(), u"domainPrefix"_s);
    }
}

void TestSignIn::createTenantRefusesTakenPrefix_E4()
{
    auto again = directory().createTenant(
        NewTenant{u"Contoso Again"_s, u"CONTOSO"_s, u"US"_s},
        NewUser{u"Other Admin"_s, u"other"_s, TestWorkspace::defaultPassword(), DirectoryRole::User});
    PD_VERIFY_ERROR(again, ErrorCode::Conflict);
    QCOMPARE(again.error().field(), u"domainPrefix"_s);
    QCOMPARE(again.errorString(), u"contoso.onmicrosoft.com is already taken. Try another prefix."_s);
    QCOMPARE(m_tw->count(u"tenants"_s), 1);
    QCOMPARE(m_tw->count(u"tenant_users"_s), 1);
}

QTEST_GUILESS_MAIN(TestSignIn)
#include "tst_SignIn.moc"
