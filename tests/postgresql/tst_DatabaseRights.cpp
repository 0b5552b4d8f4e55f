// Database-enforced rights on a shared workspace (ARCHITECTURE §7, schema versions 9 and 10): each person
// of the sample workspace, and a user of another reseller, connects with their own database login
// (not through PartnerDesk's services, as psql would) and tries to read and write what is not
// theirs. Every attempt is refused by the server or finds no rows; where a person may, the same
// statement works, so a refusal is the rights' and not a mistake in the statement. Writes run in a
// transaction that is rolled back. Runs on the test server only (labels "postgresql",
// "database-rights"); the table of outcomes it prints is the one in the README.

#include "TestSupport.h"
#include "security/InvitationLinks.h"
#include "security/ScramVerifier.h"
#include "services/AuditService.h"
#include "services/CustomerManagementService.h"
#include "services/SampleWorkspace.h"
#include "services/UserService.h"
#include "services/Workspace.h"
#include "storage/DatabaseLogins.h"
#include "storage/SqlQuery.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QtTest>

using namespace Qt::StringLiterals;

namespace {

const QString SamplePassword = u"Sample!2026"_s;
// The server's time in the form PartnerDesk stores: a person's audit event is written at the time
// it happens.
const QString ServerNow = u"to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"')"_s;

// Who tries, in the order of the printed table.
enum Who {
    Program, // admin@pdprogram: the program administrator
    ProviderAdmin, // ethan@northstarcloud: Admin agent of harborlight's provider
    OtherProviderAdmin, // dana@bluewaterdist: Admin agent of a provider harborlight doesn't work with
    ProviderSales, // sam@bluewaterdist: Sales agent
    ResellerAdmin, // riley@harborlightit
    ResellerSales, // jordan@harborlightit
    ResellerHelpdesk, // casey@harborlightit
    CustomerAdmin, // morgan@lakesidedental: a customer's Global administrator
    OtherReseller, // admin@copperline: Admin agent of another reseller
    PersonaCount
};

const char* const PersonaNames[]
    = {"program administrator",   "provider Admin", "other provider Admin", "provider Sales",
       "reseller Admin",          "reseller Sales", "reseller Helpdesk",    "customer Global administrator",
       "another reseller's Admin"};

// What the server answered: refused (SQLSTATE 42501, insufficient privilege, which a row-level
// policy's refusal is too) or the number a statement counted or changed.
const QString Refused = u"refused"_s;
QString rows(int n)
{
    return n == 1 ? u"1 row"_s : u"%1 rows"_s.arg(n);
}

} // namespace

class TestDatabaseRights : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void everyPersonSignsInWithTheirOwnLogin();
    void everyTableHasRowLevelSecurity();
    void theDatabaseKeepsCoresPermissionMatrix();
    void attempts_data();
    void attempts();
    void printTable();
    void aPersonsAuditEventIsChained();
    void aPartnerMembershipCenterLoginTakesOnlyItsOwnTicket();
    void aLoginFollowsItsUser();
    void aLoginsPasswordFollowsTheirs();
    void aStepAcrossPartnersIsTheDatabasesOwn();

private:
    struct Person
    {
        QString upn;
        QString password;
        QString userId;
        QString login;
        QSqlDatabase db;
    };
    // A connection of the person's own login over TCP, as psql would make it.
    QSqlDatabase connect(const QString& login, const QString& password, const QString& name, QString* error = nullptr);
    // Runs sql as the person in a transaction it rolls back; the answer as the table prints it.
    QString attempt(Who persona, const QString& sql);
    // The same on db, ":me" standing for me (an SQL literal).
    QString attemptOn(QSqlDatabase db, const QString& me, const QString& sql);
    // sql with the ids it names (":copperline" and so on) in place.
    QString withIds(const QString& sql) const;
    QString id(const QString& sql, const QVariantList& values = {}) const;

    std::unique_ptr<TestWorkspace> m_tw;
    Person m_people[PersonaCount];
    // The gate's login, as a desk opens the workspace with it (schema version 13): nobody signed in.
    QSqlDatabase m_gate;
    QMap<QString, QString> m_ids; // placeholders the attempts name: ":copperline" and so on
    QList<QStringList> m_outcomes; // attempt and its outcome per persona, for the table
    int m_nextConnection = 0;
};

QString TestDatabaseRights::id(const QString& sql, const QVariantList& values) const
{
    return m_tw->scalar(sql, values).toString();
}

QSqlDatabase TestDatabaseRights::connect(const QString& login, const QString& password, const QString& name,
                                         QString* error)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, u"%1-%2"_s.arg(name).arg(++m_nextConnection));
    db.setHostName(u"127.0.0.1"_s);
    db.setPort(TestServer::port());
    db.setDatabaseName(m_tw->location().database());
    db.setUserName(login);
    db.setPassword(password);
    if (!db.open() && error) {
        *error = db.lastError().text();
    }
    return db;
}

void TestDatabaseRights::initTestCase()
{
    QVERIFY2(TestServer::enabled(), "needs the test server (ctest -L database-rights)");
    m_tw = std::make_unique<TestWorkspace>();
    PD_VERIFY_OK(m_tw->openStatus());
    PD_VERIFY_OK(SampleWorkspace::load(m_tw->workspace()));

    // Another reseller with a customer of its own, made the way its people would.
    auto copperline = m_tw->createPartner(u"copperline"_s, PartnerType::IndirectReseller);
    PD_VERIFY_OK(copperline);
    ChannelFixture channel;
    channel.reseller = copperline.value();
    auto copperSession = m_tw->signIn(TestWorkspace::upn(u"admin"_s, u"copperline"_s));
    PD_VERIFY_OK(copperSession);
    channel.resellerSession = copperSession.value();
    auto copperCustomer = addServedCustomer(*m_tw, channel, false, u"copperclient"_s, u"Copper Client Inc."_s);
    PD_VERIFY_OK(copperCustomer);

    const QString sample = u".onmicrosoft.com"_s;
    const QStringList upns{u"admin@pdprogram"_s,     u"ethan@northstarcloud"_s, u"dana@bluewaterdist"_s,
                           u"sam@bluewaterdist"_s,   u"riley@harborlightit"_s,  u"jordan@harborlightit"_s,
                           u"casey@harborlightit"_s, u"morgan@lakesidedental"_s};
    for (int p = 0; p < PersonaCount; ++p) {
        Person& person = m_people[p];
        person.upn = p == OtherReseller ? TestWorkspace::upn(u"admin"_s, u"copperline"_s) : upns.at(p) + sample;
        person.password = p == OtherReseller ? TestWorkspace::defaultPassword() : SamplePassword;
        // Everyone has their login from the start: the sample's people from the sample (with its
        // password), the other reseller's Admin agent since the tenant was made.
        auto session = m_tw->signIn(person.upn, person.password);
        PD_VERIFY_OK(session);
        person.userId = session->user.id;
        auto login = DatabaseLogins::loginName(m_tw->db(), person.userId);
        PD_VERIFY_OK(login);
        person.login = login.value();
        QString error;
        person.db = connect(person.login, person.password, u"persona"_s, &error);
        QVERIFY2(person.db.isOpen(), qPrintable(person.upn + u": "_s + error));
    }

    // The gate, with the password the server's administrator gives it.
    const QString gate = m_tw->scalar(u"SELECT gate_role FROM rights.workspace"_s).toString();
    PD_VERIFY_OK(SqlQuery::run(m_tw->db(), u"ALTER ROLE %1 PASSWORD 'Gate!2026pass'"_s.arg(gate)));
    QString gateError;
    m_gate = connect(gate, u"Gate!2026pass"_s, u"gate"_s, &gateError);
    QVERIFY2(m_gate.isOpen(), qPrintable(gateError));

    m_ids[u":copperline"_s] = copperline->account.id;
    m_ids[u":copperlineTenant"_s] = copperline->tenant.id;
    m_ids[u":copperlineAdmin"_s] = copperline->admin.id;
    m_ids[u":copperlinePartnerId"_s] = copperline->account.partnerId;
    m_ids[u":copperclient"_s] = copperCustomer->customerId;
    m_ids[u":riley"_s] = m_people[ResellerAdmin].userId;
    m_ids[u":jordan"_s] = m_people[ResellerSales].userId;
    m_ids[u":morgan"_s] = m_people[CustomerAdmin].userId;
    m_ids[u":harborlight"_s] = id(u"SELECT id FROM partner_accounts WHERE legal_name LIKE 'Harborlight%'"_s);
    m_ids[u":harborlightTenant"_s]
        = id(u"SELECT tenant_id FROM tenant_users WHERE id = ?"_s, {m_people[ResellerAdmin].userId});
    m_ids[u":harborlightPmc"_s] = id(u"SELECT m.pmc_account_id FROM mpn_profiles m JOIN partner_accounts p "
                                     "ON p.partner_id = m.partner_id WHERE p.id = ?"_s,
                                     {m_ids[u":harborlight"_s]});
    m_ids[u":harborlightPmcUser"_s]
        = id(u"SELECT user_name FROM pmc_accounts WHERE id = ?"_s, {m_ids[u":harborlightPmc"_s]});
    m_ids[u":harborlightPartnerId"_s]
        = id(u"SELECT partner_id FROM partner_accounts WHERE id = ?"_s, {m_ids[u":harborlight"_s]});
    m_ids[u":copperlinePmc"_s]
        = id(u"SELECT pmc_account_id FROM mpn_profiles WHERE partner_id = ?"_s, {m_ids[u":copperlinePartnerId"_s]});
    // A PMC account of a workspace before schema version 14, which has no login yet.
    m_ids[u":loginlessPmc"_s] = Workspace::newId();
    PD_VERIFY_OK(SqlQuery::run(m_tw->db(),
                               u"INSERT INTO pmc_accounts (id, user_name, password_hash, created_at) "
                               "VALUES (?, 'earlier.pmc', 'pbkdf2-sha256$1$c2FsdA==$aGFzaA==', ?)"_s,
                               {m_ids[u":loginlessPmc"_s], u"2026-12-01T00:00:00.000Z"_s}));
    m_ids[u":bluewater"_s] = id(u"SELECT id FROM partner_accounts WHERE legal_name LIKE 'Bluewater%'"_s);
    m_ids[u":northstar"_s] = id(u"SELECT id FROM partner_accounts WHERE legal_name LIKE 'Northstar%'"_s);
    m_ids[u":lakeside"_s] = id(u"SELECT id FROM customers WHERE company_name LIKE 'Lakeside%'"_s);
    m_ids[u":lakesideTenant"_s] = id(u"SELECT tenant_id FROM customers WHERE company_name LIKE 'Lakeside%'"_s);
    m_ids[u":pinecrest"_s] = id(u"SELECT id FROM customers WHERE company_name LIKE 'Pinecrest%'"_s);
    m_ids[u":lakesideSubscription"_s]
        = id(u"SELECT id FROM subscriptions WHERE customer_id = ? ORDER BY id"_s, {m_ids[u":lakeside"_s]});
    m_ids[u":harborlightNorthstar"_s] = id(u"SELECT id FROM indirect_relationships WHERE reseller_account_id = ? "
                                           "AND provider_account_id = ?"_s,
                                           {m_ids[u":harborlight"_s], m_ids[u":northstar"_s]});
    // A provider's pending invitation to a reseller, which whoever holds its link may accept.
    auto dana = m_tw->signIn(m_people[OtherProviderAdmin].upn, SamplePassword);
    PD_VERIFY_OK(dana);
    auto link = m_tw->inviteReseller(dana.value(), m_people[ResellerAdmin].upn);
    PD_VERIFY_OK(link);
    auto token = InvitationLinks::tokenOf(link.value());
    PD_VERIFY_OK(token);
    m_ids[u":bluewaterToken"_s] = token.value();
    // Harborlight's pending invitation to a new customer, with Northstar.
    ChannelFixture harborlight;
    harborlight.provider.account.id = m_ids[u":northstar"_s];
    auto riley = m_tw->signIn(m_people[ResellerAdmin].upn, SamplePassword);
    PD_VERIFY_OK(riley);
    harborlight.resellerSession = riley.value();
    link = inviteCustomer(*m_tw, harborlight, true, u"owner@newcustomer.example"_s);
    PD_VERIFY_OK(link);
    token = InvitationLinks::tokenOf(link.value());
    PD_VERIFY_OK(token);
    m_ids[u":harborlightToken"_s] = token.value();
    m_ids[u":assignedSubscription"_s] = id(u"SELECT s.id FROM subscriptions s WHERE s.customer_id = ? AND EXISTS "
                                           "(SELECT 1 FROM license_assignments a WHERE a.subscription_id = s.id) "
                                           "ORDER BY s.id"_s,
                                           {m_ids[u":lakeside"_s]});
    m_ids[u":northstarContact"_s]
        = id(u"SELECT contact_email FROM partner_accounts WHERE id = ?"_s, {m_ids[u":northstar"_s]});
    m_ids[u":copperlineContact"_s]
        = id(u"SELECT contact_email FROM partner_accounts WHERE id = ?"_s, {m_ids[u":copperline"_s]});
    m_ids[u":copperlineInvitation"_s]
        = id(u"SELECT id FROM invitations WHERE inviting_partner_id = ?"_s, {m_ids[u":copperline"_s]});
    // A referral of harborlight's own, for the attempts to link it elsewhere.
    PD_VERIFY_OK(SqlQuery::run(m_tw->db(),
                               u"INSERT INTO referrals (id, partner_account_id, source, company_name, status, "
                               "created_at, updated_at) VALUES (?, ?, 'OwnMarketing', 'Fernwood Bakery', 'New', "
                               "'2026-12-01T00:00:00.000Z', '2026-12-01T00:00:00.000Z')"_s,
                               {Workspace::newId(), m_ids[u":harborlight"_s]}));
    // Two-step verification of the other reseller's Admin, with three recovery codes left, so that
    // reading none of it means something.
    PD_VERIFY_OK(SqlQuery::run(m_tw->db(),
                               u"INSERT INTO user_mfa (user_id, secret, recovery_salt, enrolled_at, last_used_step) "
                               "VALUES (?, 'secret', 'salt', '2026-12-01T00:00:00.000Z', 0)"_s,
                               {m_ids[u":copperlineAdmin"_s]}));
    for (const QString& code : {u"one"_s, u"two"_s, u"three"_s}) {
        PD_VERIFY_OK(SqlQuery::run(m_tw->db(), u"INSERT INTO mfa_recovery_codes (user_id, code_hash) VALUES (?, ?)"_s,
                                   {m_ids[u":copperlineAdmin"_s], code}));
    }
    for (auto it = m_ids.cbegin(); it != m_ids.cend(); ++it) {
        QVERIFY2(!it.value().isEmpty(), qPrintable(it.key()));
    }
    // Arranged at the test clock's time; the attempts meet the workspace's default tolerance.
    PD_VERIFY_OK(
        SqlQuery::run(m_tw->db(), u"UPDATE rights.workspace SET audit_clock_tolerance = interval '5 minutes'"_s));
    // What the other reseller has, so that finding none of it means something.
    for (const QString& table : {u"invitations"_s, u"outbox_messages"_s, u"audit_events"_s}) {
        const QString column = table == u"invitations"_s ? u"inviting_partner_id"_s : u"partner_account_id"_s;
        QVERIFY2(m_tw->scalar(u"SELECT count(*) FROM %1 WHERE %2 = ?"_s.arg(table, column), {m_ids[u":copperline"_s]})
                         .toInt()
                     > 0,
                 qPrintable(table));
    }
    // And what the harborlight's own agents would read of its log.
    QVERIFY(
        m_tw->scalar(u"SELECT count(*) FROM audit_events WHERE partner_account_id = ?"_s, {m_ids[u":harborlight"_s]})
            .toInt()
        > 0);
}

void TestDatabaseRights::cleanupTestCase()
{
    const QString gate = m_gate.connectionName();
    m_gate = QSqlDatabase();
    QSqlDatabase::removeDatabase(gate);
    for (Person& person : m_people) {
        const QString name = person.db.connectionName();
        person.db = QSqlDatabase();
        QSqlDatabase::removeDatabase(name);
    }
    m_tw.reset();
}

void TestDatabaseRights::everyPersonSignsInWithTheirOwnLogin()
{
    QSet<QString> logins;
    for (const Person& person : m_people) {
        auto who = SqlQuery::texts(person.db, u"SELECT session_user, rights.me()"_s);
        PD_VERIFY_OK(who);
        QCOMPARE(who->constFirst().at(0), person.login);
        QCOMPARE(who->constFirst().at(1), person.userId);
        logins.insert(person.login);
        // Not with another password.
        QString error;
        QSqlDatabase wrong = connect(person.login, u"Wrong!2026"_s, u"wrong"_s, &error);
        QVERIFY(!wrong.isOpen());
        QVERIFY2(error.contains(u"password authentication failed"_s), qPrintable(error));
    }
    QCOMPARE(logins.size(), int(PersonaCount));
    // The server keeps only a SCRAM-SHA-256 verifier of each.
    QCOMPARE(TestServer::admin().isOpen(), true);
    auto verifiers = SqlQuery::scalar(TestServer::admin(),
                                      u"SELECT count(*) FROM pg_authid WHERE rolname LIKE ? "
                                      "AND rolpassword LIKE 'SCRAM-SHA-256$4096:%'"_s,
                                      {m_people[ResellerAdmin].login.section(u'_', 0, 0) + u"\\_%"_s});
    PD_VERIFY_OK(verifiers);
    QVERIFY(verifiers->toInt() >= int(PersonaCount));
}

void TestDatabaseRights::everyTableHasRowLevelSecurity()
{
    auto tables = SqlQuery::column(m_tw->db(),
                                   u"SELECT c.relname FROM pg_class c JOIN pg_namespace n "
                                   "ON n.oid = c.relnamespace WHERE n.nspname = 'public' "
                                   "AND c.relkind = 'r' AND NOT c.relrowsecurity"_s);
    PD_VERIFY_OK(tables);
    QCOMPARE(tables.value(), QStringList());
    QVERIFY(m_tw->scalar(u"SELECT count(*) FROM pg_tables WHERE schemaname = 'public'"_s).toInt() >= 25);
    // And none grants anything to everyone.
    QCOMPARE(m_tw->scalar(u"SELECT count(*) FROM information_schema.role_table_grants "
                          "WHERE grantee = 'PUBLIC' AND table_schema = 'public'"_s)
                 .toInt(),
             0);
}

void TestDatabaseRights::theDatabaseKeepsCoresPermissionMatrix()
{
    int allowed = 0;
    for (const Action action : PermissionMatrix::actions()) {
        for (const PartnerType type : EnumValues<PartnerType>::all) {
            for (const PartnerRole role : EnumValues<PartnerRole>::all) {
                if (!PermissionMatrix::allows(action, type, role)) {
                    continue;
                }
                ++allowed;
                QCOMPARE(m_tw->scalar(u"SELECT count(*) FROM rights.permission_matrix WHERE action = ? "
                                      "AND partner_type = ? AND role = ? AND needs_active = (? = 1)"_s,
                                      {PermissionMatrix::key(action), Enums::key(type), Enums::key(role),
                                       PermissionMatrix::needsActiveAccount(action) ? 1 : 0})
                             .toInt(),
                         1);
            }
        }
    }
    QCOMPARE(m_tw->count(u"rights.permission_matrix"_s), allowed);
}

QString TestDatabaseRights::withIds(const QString& sql) const
{
    QString statement = sql;
    for (auto it = m_ids.cbegin(); it != m_ids.cend(); ++it) {
        statement.replace(QRegularExpression(QRegularExpression::escape(it.key()) + u"\\b"_s),
                          u"'%1'"_s.arg(it.value()));
    }
    return statement;
}

QString TestDatabaseRights::attempt(Who persona, const QString& sql)
{
    return attemptOn(m_people[persona].db, u"'%1'"_s.arg(m_people[persona].userId), sql);
}

QString TestDatabaseRights::attemptOn(QSqlDatabase db, const QString& me, const QString& sql)
{
    QString statement = withIds(sql);
    statement.replace(u":me"_s, me);
    statement.replace(u":now"_s, ServerNow);
    statement.replace(u":newId"_s, u"'%1'"_s.arg(Workspace::newId()));
    statement.replace(u":verifier"_s, u"'%1'"_s.arg(ScramVerifier::make(u"Taken!2026"_s)));
    QSqlQuery query(db);
    if (!query.exec(u"BEGIN"_s)) {
        return u"no transaction: "_s + query.lastError().text();
    }
    // Statements on lines of their own run one after the other; the last one's answer counts.
    QString outcome;
    const QStringList statements = statement.split(u'\n');
    bool done = true;
    for (const QString& each : statements) {
        done = query.exec(each);
        if (!done) {
            break;
        }
    }
    // The attempt is rolled back, never committed: the checks deferred to the commit (a partner
    // keeps an Admin agent) are made here, as a commit would.
    QSqlQuery commit(db);
    if (done && !commit.exec(u"SET CONSTRAINTS ALL IMMEDIATE"_s)) {
        done = false;
        query = std::move(commit);
    }
    if (!done) {
        const QSqlError error = query.lastError();
        outcome = error.nativeErrorCode() == u"42501"_s
            ? Refused
            : u"error %1: %2"_s.arg(error.nativeErrorCode(), error.databaseText());
    } else if (query.isSelect()) {
        outcome = query.next() ? rows(query.value(0).toInt()) : u"no answer"_s;
    } else {
        outcome = rows(query.numRowsAffected());
    }
    QSqlQuery(db).exec(u"ROLLBACK"_s);
    return outcome;
}

void TestDatabaseRights::attempts_data()
{
    QTest::addColumn<QString>("sql");
    // The outcome for each persona in the enum's order; "n" is what the workspace's owner counts.
    QTest::addColumn<QStringList>("expected");

    const QString R = Refused;
    const QString n = u"n"_s;
    const QString z = rows(0);
    const QString one = rows(1);
    auto row = [](const char* name, const QString& sql, const QStringList& expected) {
        QTest::newRow(name) << sql << expected;
    };
    //                                                     Program ProvA  OProvA ProvS ResA ResS ResH Cust  Other
    row("read another reseller's customers", u"SELECT count(*) FROM customers WHERE id = :copperclient"_s,
        {z, z, z, z, z, z, z, z, one});
    row("read a customer served by harborlight and its provider",
        u"SELECT count(*) FROM customers WHERE id = :lakeside"_s, {z, one, z, z, one, one, one, one, z});
    row("read another partner's users", u"SELECT count(*) FROM tenant_users WHERE tenant_id = :copperlineTenant"_s,
        {n, z, z, z, z, z, z, z, n});
    row("read another partner's relationships",
        u"SELECT count(*) FROM indirect_relationships WHERE reseller_account_id = :harborlight"_s,
        {n, n, z, z, n, n, n, z, z});
    // The full-text index, read through the owner's function, gives a partner's people their own.
    row("search another partner's customers by a word",
        u"SELECT count(*) FROM rights.customers_matching(:copperline, 'client:*') AS m (seq)"_s,
        {z, z, z, z, z, z, z, z, one});
    row("read another partner's customer relationships",
        u"SELECT count(*) FROM customer_relationships WHERE customer_id = :copperclient"_s,
        {z, z, z, z, z, z, z, z, n});
    row("read another partner's invitations",
        u"SELECT count(*) FROM invitations WHERE inviting_partner_id = :copperline"_s, {n, z, z, z, z, z, z, z, n});
    row("read another partner's outbox",
        u"SELECT count(*) FROM outbox_messages WHERE partner_account_id = :copperline"_s, {n, z, z, z, z, z, z, z, n});
    row("read another partner's audit log",
        u"SELECT count(*) FROM audit_events WHERE partner_account_id = :copperline"_s, {n, z, z, z, z, z, z, z, n});
    // The activity log is its Admin agents' (ViewActivityLog): a Sales or Helpdesk agent reads none of it.
    row("read one's own partner's audit log",
        u"SELECT count(*) FROM audit_events WHERE partner_account_id = :harborlight"_s, {n, z, z, z, n, z, z, z, z});
    const QStringList everyone(PersonaCount, R);
    row("read password hashes", u"SELECT count(password_hash) FROM tenant_users"_s, everyone);
    row("read PMC password hashes", u"SELECT count(password_hash) FROM pmc_accounts"_s, everyone);
    row("read PMC lockouts", u"SELECT count(failed_sign_ins) FROM pmc_accounts"_s, everyone);
    row("read invitation token hashes", u"SELECT count(token_hash) FROM invitations"_s, everyone);
    row("read verification codes", u"SELECT count(verification_code_hash) FROM partner_accounts"_s, everyone);
    row("read MFA secrets", u"SELECT count(*) FROM user_mfa"_s, everyone);
    row("read MFA recovery codes", u"SELECT count(*) FROM mfa_recovery_codes"_s, everyone);
    row("read the logins", u"SELECT count(*) FROM rights.logins"_s, everyone);
    row("update another partner's profile",
        u"UPDATE partner_accounts SET legal_name = 'Taken over' WHERE id = :copperline"_s,
        {R, z, z, z, z, z, z, z, one});
    row("change one's own enrollment status",
        u"UPDATE partner_accounts SET status = 'Rejected' WHERE tenant_id = rights.my_tenant()"_s,
        {z, R, R, z, R, z, z, z, R});
    row("change another partner's enrollment status",
        u"UPDATE partner_accounts SET status = 'Rejected' WHERE id = :copperline"_s, {one, z, z, z, z, z, z, z, R});
    row("give oneself the Admin agent role",
        u"INSERT INTO partner_roles (partner_account_id, user_id, role) VALUES (rights.my_partner(), :me, "
        "'AdminAgent') ON CONFLICT DO NOTHING"_s,
        {R, z, z, R, z, R, R, R, z});
    row("change a colleague's password hash", u"UPDATE tenant_users SET password_hash = 'x' WHERE id = :jordan"_s,
        everyone);
    row("read a password hash through a function", u"SELECT count((rights.login_user(:me, true)).password_hash)"_s,
        everyone);
    row("write to the outbox",
        u"INSERT INTO outbox_messages (id, recipient, subject, body, kind, partner_account_id, created_at) "
        "VALUES (:newId, 'a@example.com', 's', 'b', 'Forged', rights.my_partner(), :now)"_s,
        everyone);
    const QString orderRequest
        = u"INSERT INTO order_requests (id, reseller_account_id, provider_account_id, customer_id, "
          "requested_by_user_id, subscription_id, transaction_type, quantity, status, created_at) "
          "VALUES (:newId, rights.my_partner(), :northstar, %1, :me, :lakesideSubscription, 'AddQuantity', 1, "
          "'Open', :now)"_s;
    row("request an order for a served customer", orderRequest.arg(u":lakeside"_s), {R, R, R, R, one, one, R, R, R});
    row("request an order with another customer's subscription", orderRequest.arg(u":pinecrest"_s), everyone);
    row("link one's referral to another partner's invitation",
        u"UPDATE referrals SET invitation_id = :copperlineInvitation WHERE partner_account_id = rights.my_partner()"_s,
        {z, z, z, z, R, R, z, z, z});
    row("insert a relationship",
        u"INSERT INTO indirect_relationships (id, provider_account_id, reseller_account_id, status, since) "
        "VALUES (:newId, :bluewater, :harborlight, 'Active', '2026-12-01T00:00:00.000Z')"_s,
        everyone);
    row("insert a customer relationship",
        u"INSERT INTO customer_relationships (id, customer_id, partner_account_id, delegated_admin, status, since) "
        "VALUES (:newId, :copperclient, rights.my_partner(), 1, 'Active', '2026-12-01T00:00:00.000Z')"_s,
        everyone);
    row("insert an accepted invitation",
        u"INSERT INTO invitations (id, kind, token_hash, inviting_partner_id, recipient_email, subject, message, "
        "status, created_by_user_id, created_at, expires_at, accepted_at, accepted_by_user_id) "
        "VALUES (:newId, 'CustomerOfReseller', :newId, rights.my_partner(), 'x@example.com', 's', 'm', "
        "'Accepted', :me, '2026-12-01T00:00:00.000Z', '2026-12-31T00:00:00.000Z', "
        "'2026-12-01T00:00:00.000Z', :me)"_s,
        everyone);
    const QString newUser = u"INSERT INTO tenant_users (id, tenant_id, upn, display_name, password_hash, "
                            "directory_role, enabled, created_at) VALUES (:newId, %1, :newId, 'Added', 'x', "
                            "'%2', 1, '2026-12-01T00:00:00.000Z')"_s;
    row("add a user to the reseller", newUser.arg(u":harborlightTenant"_s, u"User"_s), {R, R, R, R, one, R, R, R, R});
    row("add a user to a customer", newUser.arg(u":lakesideTenant"_s, u"User"_s), {R, R, R, R, one, R, one, R, R});
    row("add a customer's Global administrator", newUser.arg(u":lakesideTenant"_s, u"GlobalAdministrator"_s),
        {R, R, R, R, one, R, R, R, R});
    // The program administrator sets up what is new (E1, P1), and only that: not a second program
    // tenant, nor a user, an account or a role of a tenant that was there before.
    row("open a PMC account",
        u"INSERT INTO pmc_accounts (id, user_name, password_hash, created_at) "
        "VALUES (:newId, :newId, 'pbkdf2-sha256$1$c2FsdA==$aGFzaA==', :now)"_s,
        {one, R, R, R, R, R, R, R, R});
    row("open a PMC account with a plain password",
        u"INSERT INTO pmc_accounts (id, user_name, password_hash, created_at) VALUES (:newId, :newId, 'x', :now)"_s,
        everyone);
    row("add an MPN profile",
        u"INSERT INTO mpn_profiles (partner_id, pmc_account_id, organization_name, country, status) "
        "VALUES ('9999991', :harborlightPmc, 'Added', 'US', 'Active')"_s,
        {one, R, R, R, R, R, R, R, R});
    row("suspend another partner's MPN profile",
        u"UPDATE mpn_profiles SET status = 'Suspended' WHERE partner_id = :copperlinePartnerId"_s,
        {one, z, z, z, z, z, z, z, z});
    const QString newTenant = u"INSERT INTO tenants (id, display_name, domain_prefix, country, is_program, "
                              "created_at) VALUES (:newId, 'Added', 'addedtenant', 'US', %1, :now)"_s;
    row("add a tenant with its Global administrator",
        newTenant.arg(0) + u"\n"_s + newUser.arg(u":newId"_s, u"GlobalAdministrator"_s), {one, R, R, R, R, R, R, R, R});
    // The gate, too, when the administrator's user name is in the new tenant's domain (a new
    // customer's): not above, where it is another's.
    row("add a tenant with its Global administrator in its domain",
        newTenant.arg(0)
            + u"\nINSERT INTO tenant_users (id, tenant_id, upn, display_name, password_hash, "
              "directory_role, enabled, created_at) VALUES (:newId, :newId, "
              "'admin@addedtenant.onmicrosoft.com', 'Added', 'x', 'GlobalAdministrator', 1, :now)"_s,
        {one, R, R, R, R, R, R, R, R});
    row("add a tenant with its Global administrator after a savepoint",
        u"SAVEPOINT before_tenant\n"_s + newTenant.arg(0) + u"\n"_s
            + newUser.arg(u":newId"_s, u"GlobalAdministrator"_s),
        {one, R, R, R, R, R, R, R, R});
    row("add a tenant with two Global administrators in one statement",
        newTenant.arg(0)
            + u"\nINSERT INTO tenant_users (id, tenant_id, upn, display_name, password_hash, directory_role, "
              "enabled, created_at) VALUES (:newId, :newId, :newId, 'Added', 'x', 'GlobalAdministrator', 1, :now), "
              "(:newId || '2', :newId, :newId || '2', 'Added', 'x', 'GlobalAdministrator', 1, :now)"_s,
        everyone);
    row("add a tenant without a Global administrator", newTenant.arg(0), everyone);
    row("add a second program tenant", newTenant.arg(1), everyone);
    row("add a Global administrator to another partner", newUser.arg(u":copperlineTenant"_s, u"GlobalAdministrator"_s),
        {R, R, R, R, R, R, R, R, one});
    row("add a provider account to another partner's tenant",
        u"INSERT INTO partner_accounts (id, tenant_id, type, partner_id, legal_name, name_key, address_line1, "
        "city, country, contact_first_name, contact_last_name, contact_email, contact_phone, support_email, "
        "support_phone, status, created_at, updated_at) SELECT :newId, :copperlineTenant, 'IndirectProvider', "
        "partner_id, 'Taken', 'taken', 'a', 'c', 'US', 'f', 'l', 'e@example.com', '1', 'e@example.com', '1', "
        "'Active', :now, :now "
        "FROM mpn_profiles LIMIT 1"_s,
        everyone);
    row("make oneself an Admin agent of another partner",
        u"INSERT INTO partner_roles (partner_account_id, user_id, role) VALUES (:copperline, :me, 'BillingAdmin')"_s,
        {R, R, R, R, R, R, R, R, one});
    // A partner account one just updated is not new for that: the program administrator adds to
    // none that was there before.
    row("touch another provider's account, then add to its listing",
        u"UPDATE partner_accounts SET updated_at = updated_at WHERE id = :northstar\n"
        "INSERT INTO provider_countries (partner_account_id, country) VALUES (:northstar, 'ZW')"_s,
        {R, one, R, R, R, R, R, R, R});
    row("add to another provider's listing",
        u"INSERT INTO provider_countries (partner_account_id, country) VALUES (:northstar, 'ZW')"_s,
        {R, one, R, R, R, R, R, R, R});
    row("update audit events", u"UPDATE audit_events SET details = '{}'"_s, everyone);
    row("delete audit events", u"DELETE FROM audit_events"_s, everyone);
    row("truncate the audit log", u"TRUNCATE audit_events"_s, everyone);
    row("write an audit event as someone else",
        u"INSERT INTO audit_events (at, actor_user_id, partner_account_id, action, subject_type, subject_id) "
        "VALUES (:now, :copperlineAdmin, :copperline, 'Forged', 'partner', 'x')"_s,
        {R, R, R, R, R, R, R, R, one});
    row("backdate one's own audit event",
        u"INSERT INTO audit_events (at, actor_user_id, partner_account_id, action, subject_type, subject_id) "
        "VALUES ('2026-01-01T00:00:00.000Z', :me, rights.my_partner(), 'Backdated', 'partner', 'x')"_s,
        everyone);
    // A step between two partners is in both logs, but only about a record of the two.
    row("write an event in northstar's log about nothing of the two",
        u"INSERT INTO audit_events (at, actor_user_id, partner_account_id, action, subject_type, subject_id) "
        "VALUES (:now, :me, :northstar, 'referral.forged', 'Referral', 'x')"_s,
        {one, one, R, R, R, R, R, R, R});
    // The password alone never replaces a second factor, nor passes an application's email check.
    row("take away one's own two-step verification", u"DELETE FROM user_mfa WHERE user_id = :me"_s, everyone);
    row("set one's own application's verification code",
        u"UPDATE partner_accounts SET verification_code_hash = 'x', verification_failures = 0 "
        "WHERE id = rights.my_partner()"_s,
        {z, R, R, z, R, z, z, z, R});
    // A partner keeps an enabled Admin agent and a tenant an enabled Global administrator, whatever
    // statements take them away (checked at commit; here at once).
    row("take away the Admin agent roles",
        u"DELETE FROM partner_roles WHERE partner_account_id = rights.my_partner() AND role = 'AdminAgent'"_s,
        {z, R, R, z, R, z, z, z, R});
    row("disable one's tenant's Global administrators",
        u"UPDATE tenant_users SET enabled = 0 WHERE tenant_id = rights.my_tenant() "
        "AND directory_role = 'GlobalAdministrator'"_s,
        {z, R, R, z, R, z, z, z, R});
    row("demote a served customer's Global administrators",
        u"UPDATE tenant_users SET directory_role = 'User' WHERE tenant_id = :lakesideTenant "
        "AND directory_role = 'GlobalAdministrator'"_s,
        {z, z, z, z, R, z, z, z, z});
    row("remove a colleague without auditing it", u"SELECT count(rights.remove_user(:me, :jordan))"_s, everyone);
    row("set a colleague's login password", u"SELECT count(rights.set_login(:jordan, :verifier))"_s,
        {R, R, R, R, R, one, R, R, R});
    row("reset a served customer's administrator's login password",
        u"SELECT count(rights.set_login(:morgan, :verifier))"_s, {R, R, R, R, one, R, R, one, R});
    row("set another partner's user's login password", u"SELECT count(rights.set_login(:copperlineAdmin, :verifier))"_s,
        {R, R, R, R, R, R, R, R, one});
    // An invitation opens for whoever holds its link, through a function that hashes the link's
    // token itself: the hashes stay unread.
    row("open an invitation with its link", u"SELECT count(*) FROM rights.invitation_of_link(:bluewaterToken)"_s,
        QStringList(PersonaCount, one));
    row("open an invitation with a made-up link", u"SELECT count(*) FROM rights.invitation_of_link('made-up')"_s,
        QStringList(PersonaCount, z));
    // A message goes through a function: to the primary contact of one's own partner or of one it
    // works with (the program administrator: any partner's).
    const QString send
        = u"SELECT count(rights.send(:newId, %1, 's', 'b', 'referral.statusChanged', NULL, NULL, %2, :now))"_s;
    row("send a message to one's partner's primary contact",
        send.arg(u"(SELECT contact_email FROM partner_accounts WHERE id = rights.my_partner())"_s,
                 u"rights.my_partner()"_s),
        {R, one, one, one, one, one, one, R, one});
    row("send a message to an unrelated partner", send.arg(u":copperlineContact"_s, u":copperline"_s),
        {one, R, R, R, R, R, R, R, one});
    row("send a message filed under a partner one works with to a stranger",
        send.arg(u"'stranger@example.com'"_s, u":northstar"_s), everyone);
    row("send a message of a kind PartnerDesk never sends",
        u"SELECT count(rights.send(:newId, (SELECT contact_email FROM partner_accounts WHERE id = "
        "rights.my_partner()), 's', 'b', 'Forged', NULL, NULL, rights.my_partner(), :now))"_s,
        everyone);
    row("file a verification code under a partner",
        u"SELECT count(rights.send(:newId, :northstarContact, 's', 'b', 'enrollment.verificationCode', "
        "'PartnerAccount', :northstar, :northstar, :now))"_s,
        {R, one, R, R, R, R, R, R, R});
    // A password hash changes only through a function: a reset by whoever manages the customer's
    // user (the login's password with it).
    row("reset a served customer's administrator's password",
        u"SELECT count(rights.reset_password(:me, :morgan, 'new hash', :verifier))"_s, {R, R, R, R, one, R, R, R, R});
    row("reset another partner's user's password",
        u"SELECT count(rights.reset_password(:me, :copperlineAdmin, 'new hash', :verifier))"_s, everyone);
    // The steps that cross partners: only through the database's functions, which check the
    // person's rights as core does (P3, P5, S3) and write the audit events themselves.
    const QString authorize = u"SELECT count(rights.authorize_provider(%1, :bluewaterToken, :newId, :now))"_s;
    row("authorize a provider with its invitation link", authorize.arg(u":me"_s), {R, R, R, R, one, R, R, R, one});
    row("authorize a provider in a colleague's name", authorize.arg(u":riley"_s), {R, R, R, R, one, R, R, R, R});
    row("authorize a provider with a made-up link",
        u"SELECT count(rights.authorize_provider(:me, 'made-up', :newId, :now))"_s, everyone);
    const QString end = u"SELECT count(rights.end_relationship(%1, :harborlightNorthstar, :now, 'Ended.'))"_s;
    row("end a relationship", end.arg(u":me"_s), {R, one, R, R, one, R, R, R, R});
    row("end a relationship in a party's name", end.arg(u":riley"_s), {R, R, R, R, one, R, R, R, R});
    const QString accept = u"SELECT count(*) FROM rights.accept_customer_invitation(:me, :harborlightToken, "
                           "jsonb_build_object('id', :newId, 'company_name', 'Taken Over', 'name_key', 'taken over', "
                           "'search_key', 'over'), :now)"_s;
    const QString two = rows(2);
    row("accept a reseller's invitation as a customer", accept, {R, R, two, R, R, R, R, R, two});
    const QString order = u"SELECT count(rights.place_order(:me, :newId, :newId, %1, %2, NULL, 'AddQuantity', NULL, "
                          "NULL, :lakesideSubscription, 1, :now))"_s;
    row("order on behalf of a served customer", order.arg(u":lakeside"_s, u":harborlight"_s),
        {R, one, R, R, R, R, R, R, R});
    row("cancel a subscription whose licenses are assigned",
        u"SELECT count(rights.place_order(:me, :newId, :newId, :lakeside, :harborlight, NULL, 'Cancel', NULL, NULL, "
        ":assignedSubscription, 0, :now))"_s,
        everyone);
    row("order on behalf of another reseller's customer", order.arg(u":copperclient"_s, u":copperline"_s), everyone);
    row("act in another's name", u"SELECT count(rights.act_as(:riley))"_s, everyone);
    row("write a step's audit event by itself",
        u"SELECT count(rights.audit(:now, rights.my_partner(), 'Forged', 'partner', 'x', '{}'))"_s, everyone);
    // The functions that answer about someone: only about those one may know.
    row("read another partner's user's two-step verification",
        u"SELECT count(*) FROM rights.mfa_of(:copperlineAdmin)"_s, {z, z, z, z, z, z, z, z, one});
    row("read another partner's user's two-step secret", u"SELECT count(secret) FROM rights.mfa_of(:copperlineAdmin)"_s,
        QStringList(PersonaCount, z));
    row("count another partner's user's recovery codes", u"SELECT rights.mfa_recovery_codes_left(:copperlineAdmin)"_s,
        {z, z, z, z, z, z, z, z, rows(3)});
    row("list another partner's users with two-step verification",
        u"SELECT count(*) FROM rights.mfa_users_of_tenant(:copperlineTenant)"_s, {z, z, z, z, z, z, z, z, one});
    row("read another partner's delegated administration",
        u"SELECT count(rights.delegated_admin(:copperclient, :copperline))"_s, {z, z, z, z, z, z, z, z, one});
    row("read who sent an invitation with its link",
        u"SELECT count(*) FROM rights.invitation_parties(:bluewaterToken)"_s, QStringList(PersonaCount, one));
    row("read who sent an invitation with a made-up link",
        u"SELECT count(*) FROM rights.invitation_parties('made-up')"_s, QStringList(PersonaCount, z));
    row("take the other reseller's Partner ID",
        u"SELECT count(rights.change_partner_id(:me, :copperlinePartnerId, :now))"_s, {R, R, R, R, R, R, R, R, one});
    row("disable another partner's user's login", u"SELECT count(rights.set_login_enabled(:copperlineAdmin, false))"_s,
        {R, R, R, R, R, R, R, R, one});
    // Schema version 13: signing in and two-step verification through the database's functions,
    // for the person themselves (and the gate, for signing in).
    row("check another person's two-step code",
        u"SELECT count(*) FROM rights.check_second_factor(:copperlineAdmin, '123456', :now) c WHERE c = 'Accepted'"_s,
        {R, R, R, R, R, R, R, R, z});
    row("use another person's recovery code",
        u"SELECT count(*) FROM rights.use_recovery_code(:copperlineAdmin, 'one', :now) l WHERE l IS NOT NULL"_s,
        {R, R, R, R, R, R, R, R, z});
    // The other reseller's Admin has two-step verification and never proved it: their password
    // alone (their login) replaces it no more than anyone else does.
    row("replace a person's two-step verification with the password alone",
        u"SELECT count(*) FROM (SELECT rights.set_second_factor(:copperlineAdmin, 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ', "
        "md5('salt'), ARRAY(SELECT md5(g::TEXT) || md5(g::TEXT) FROM generate_series(1, 10) g), 0, :now)) s"_s,
        everyone);
    row("set up two-step verification for the first time",
        u"SELECT count(*) FROM (SELECT rights.set_second_factor(:me, 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ', "
        "md5('salt'), ARRAY(SELECT md5(g::TEXT) || md5(g::TEXT) FROM generate_series(1, 10) g), 0, :now)) s"_s,
        {one, one, one, one, one, one, one, one, R});
    row("take away one's own two-step verification through a function",
        u"SELECT count(*) FROM (SELECT rights.take_away_second_factor(:me)) t"_s, everyone);
    row("take away a colleague's two-step verification",
        u"SELECT count(*) FROM (SELECT rights.take_away_second_factor(:jordan)) t"_s, {R, R, R, R, one, R, R, R, R});
    const QString riley = u"'riley@harborlightit.onmicrosoft.com'"_s;
    row("learn which login a user name signs in with", u"SELECT count(*) FROM rights.sign_in_login(%1)"_s.arg(riley),
        QStringList(PersonaCount, one));
    row("count a failed sign-in of another person",
        u"SELECT count(*) FROM (SELECT rights.record_sign_in(%1, false, :now)) r"_s.arg(riley),
        QStringList(PersonaCount, one));
    // E7's code only for an Admin agent of an account that waits for its email check: none here.
    row("enter an email check's code without one pending",
        u"SELECT count(*) FROM rights.check_verification_code(:me, repeat('a', 64), :now, :newId, 's', 'b')"_s,
        everyone);
    row("set an email check's code without one pending",
        u"SELECT count(rights.new_verification_code(:me, repeat('a', 64), :now, :now))"_s, everyone);
    row("clear another person's failed sign-ins",
        u"SELECT count(*) FROM (SELECT rights.record_sign_in(%1, true, :now)) r"_s.arg(riley),
        {R, R, R, R, one, R, R, R, R});
    // Schema version 14: a Partner Membership Center account signs in with its own login, whose
    // ticket lets a Global administrator enroll (E1-E3); no person's login takes one.
    row("read the PMC logins", u"SELECT count(*) FROM rights.pmc_logins"_s, everyone);
    row("read the PMC sign-ins", u"SELECT count(*) FROM rights.pmc_tickets"_s, everyone);
    row("learn which login a PMC user name signs in with",
        u"SELECT count(*) FROM rights.credential_login('pmc', :harborlightPmcUser)"_s, QStringList(PersonaCount, one));
    row("sign in to another's PMC account without its password",
        u"SELECT count(*) FROM rights.pmc_ticket(:harborlightPmc, :now)"_s, everyone);
    row("give a PMC account's login a new password",
        u"SELECT count(rights.set_pmc_login(:harborlightPmc, :verifier))"_s, everyone);
    row("give a PMC account of an earlier workspace a login",
        u"SELECT count(rights.set_pmc_login(:loginlessPmc, :verifier))"_s, everyone);
    row("open a PMC account with its login",
        u"INSERT INTO pmc_accounts (id, user_name, password_hash, created_at) "
        "VALUES (:newId, :newId, 'pbkdf2-sha256$1$c2FsdA==$aGFzaA==', :now)\n"
        "SELECT count(rights.set_pmc_login(:newId, :verifier))"_s,
        {one, R, R, R, R, R, R, R, R});
    row("list the MPN profiles of a made-up PMC sign-in", u"SELECT count(*) FROM rights.pmc_profiles('made-up')"_s,
        QStringList(PersonaCount, z));
    row("enroll with a made-up PMC sign-in",
        u"SELECT count(*) FROM (SELECT rights.enroll(:me, 'made-up', jsonb_build_object('id', :newId, "
        "'partner_id', '9999991'), false, :now)) e"_s,
        everyone);
}

void TestDatabaseRights::attempts()
{
    QFETCH(QString, sql);
    QFETCH(QStringList, expected);
    QCOMPARE(expected.size(), int(PersonaCount));
    QStringList outcomes;
    for (int p = 0; p < PersonaCount; ++p) {
        QString want = expected.at(p);
        if (want == u"n"_s) {
            // Everything there is: what the owner counts, and something.
            QSqlQuery owner(m_tw->db());
            QVERIFY2(owner.exec(withIds(sql)) && owner.next(), qPrintable(owner.lastError().text()));
            QVERIFY(owner.value(0).toInt() > 0);
            want = rows(owner.value(0).toInt());
        }
        const QString outcome = attempt(Who(p), sql);
        QVERIFY2(outcome == want,
                 qPrintable(u"%1: %2, expected %3"_s.arg(QLatin1String(PersonaNames[p]), outcome, want)));
        outcomes << outcome;
    }
    // The gate is refused everything or finds nothing, but what is anyone's without signing in:
    // what an invitation's link opens, signing in, and a new tenant with its first user named in
    // its domain (a new customer's).
    const QString gate = attemptOn(m_gate, u"NULL"_s, sql);
    const QString tag = QString::fromLatin1(QTest::currentDataTag());
    const bool anyones = tag.contains(u"with its link"_s) || tag == u"learn which login a user name signs in with"_s
        || tag == u"count a failed sign-in of another person"_s
        || tag == u"learn which login a PMC user name signs in with"_s
        || tag == u"add a tenant with its Global administrator in its domain"_s;
    if (anyones) {
        QCOMPARE(gate, rows(1));
    } else {
        QVERIFY2(gate == Refused || gate == rows(0), qPrintable(u"the gate: "_s + gate));
    }
    outcomes << gate;
    m_outcomes.append(QStringList{QString::fromLatin1(QTest::currentDataTag())} + outcomes);
}

void TestDatabaseRights::printTable()
{
    // The table of the README's "What each login may do": attempt | outcome per persona.
    QVERIFY(!m_outcomes.isEmpty());
    QStringList header{u"attempt"_s};
    for (const char* name : PersonaNames) {
        header << QString::fromLatin1(name);
    }
    header << u"the gate (nobody signed in)"_s;
    qInfo().noquote() << header.join(u" | "_s);
    for (const QStringList& outcome : std::as_const(m_outcomes)) {
        qInfo().noquote() << outcome.join(u" | "_s);
    }
}

void TestDatabaseRights::aPersonsAuditEventIsChained()
{
    // A person's own event, written with their login, takes its place in the chain: the server
    // seals it (the login can't read the event before it) and the chain still verifies.
    const QString note = u"INSERT INTO audit_events (at, actor_user_id, partner_account_id, action, subject_type, "
                         "subject_id) VALUES (%1, '%2', '%3', 'PsqlNote', 'partner', '%3')"_s.arg(
                             ServerNow, m_people[ResellerAdmin].userId, m_ids[u":harborlight"_s]);
    // Not in a snapshot older than the writers' lock, which could fork the chain.
    QSqlQuery insert(m_people[ResellerAdmin].db);
    QVERIFY(insert.exec(u"BEGIN ISOLATION LEVEL REPEATABLE READ"_s));
    QVERIFY(!insert.exec(note));
    QCOMPARE(insert.lastError().nativeErrorCode(), u"42501"_s);
    QVERIFY(insert.exec(u"ROLLBACK"_s));
    QVERIFY2(insert.exec(note), qPrintable(insert.lastError().text()));
    QCOMPARE(m_tw->scalar(u"SELECT count(*) FROM audit_events WHERE action = 'PsqlNote' AND row_hash IS NOT NULL "
                          "AND prev_hash = (SELECT row_hash FROM audit_events e WHERE e.id < audit_events.id "
                          "ORDER BY e.id DESC LIMIT 1)"_s)
                 .toInt(),
             1);
    auto report = m_tw->workspace().auditLog().verifyChain();
    PD_VERIFY_OK(report);
    QVERIFY(report->intact());

    // Desks that run on a clock of their own (as tests do) date events as they like once the
    // owner lifts the tolerance; by default a backdated event is refused (the attempts above).
    const QString backdated = u"INSERT INTO audit_events (at, actor_user_id, partner_account_id, action, "
                              "subject_type, subject_id) VALUES ('2026-01-01T00:00:00.000Z', rights.me(), "
                              "rights.my_partner(), 'PsqlClock', 'partner', rights.my_partner())"_s;
    QVERIFY(!insert.exec(backdated));
    PD_VERIFY_OK(SqlQuery::run(m_tw->db(), u"UPDATE rights.workspace SET audit_clock_tolerance = NULL"_s));
    QVERIFY2(insert.exec(backdated), qPrintable(insert.lastError().text()));
    // Left lifted: the steps below run at the test clock's time.
    report = m_tw->workspace().auditLog().verifyChain();
    PD_VERIFY_OK(report);
    QVERIFY(report->intact());

    // The owner's tampering with it is found, and the event named.
    const qint64 forged = m_tw->scalar(u"SELECT id FROM audit_events WHERE action = 'PsqlNote'"_s).toLongLong();
    PD_VERIFY_OK(m_tw->tamperWithAuditLog(
        {u"UPDATE audit_events SET details = '{\"note\":\"changed\"}' WHERE id = %1"_s.arg(forged)}));
    report = m_tw->workspace().auditLog().verifyChain();
    PD_VERIFY_OK(report);
    QCOMPARE(report->broken, AuditChainReport::Break::Changed);
    QCOMPARE(report->brokenEvent.id, forged);
    PD_VERIFY_OK(m_tw->tamperWithAuditLog({u"UPDATE audit_events SET details = '{}' WHERE id = %1"_s.arg(forged)}));
    report = m_tw->workspace().auditLog().verifyChain();
    PD_VERIFY_OK(report);
    QVERIFY(report->intact());
}

void TestDatabaseRights::aPartnerMembershipCenterLoginTakesOnlyItsOwnTicket()
{
    // Harborlight's PMC account signs in with its own login, as a desk behind the gate does
    // (schema version 14): the login reads nothing, takes a ticket of its own account and of no
    // other, and the ticket shows that account's MPN profiles and enrolls no tenant that has a
    // partner account already.
    const QString harborlightPmc = m_ids[u":harborlightPmc"_s];
    const QString login = id(u"SELECT login_name FROM rights.pmc_logins WHERE pmc_account_id = ?"_s, {harborlightPmc});
    QVERIFY(!login.isEmpty());
    QString error;
    QSqlDatabase pmc = connect(login, u"Pmc!2026"_s, u"pmc"_s, &error);
    QVERIFY2(pmc.isOpen(), qPrintable(error));
    QCOMPARE(attemptOn(pmc, u"NULL"_s, u"SELECT count(*) FROM partner_accounts"_s), rows(0));
    QCOMPARE(attemptOn(pmc, u"NULL"_s, u"SELECT count(*) FROM pmc_accounts"_s), rows(0));
    QCOMPARE(attemptOn(pmc, u"NULL"_s, u"SELECT count(*) FROM rights.pmc_ticket(:copperlinePmc, :now)"_s), Refused);
    QCOMPARE(
        attemptOn(pmc, u"NULL"_s, u"SELECT count(*) FROM rights.pmc_login_account() a WHERE a = :harborlightPmc"_s),
        rows(1));

    QSqlQuery ticket(pmc);
    QVERIFY2(ticket.exec(withIds(u"SELECT ticket FROM rights.pmc_ticket(:harborlightPmc, %1)"_s.arg(ServerNow)))
                 && ticket.next(),
             qPrintable(ticket.lastError().text()));
    const QString issued = ticket.value(0).toString();
    QCOMPARE(issued.size(), 64);
    const int profiles
        = m_tw->scalar(u"SELECT count(*) FROM mpn_profiles WHERE pmc_account_id = ?"_s, {harborlightPmc}).toInt();
    QVERIFY(profiles > 0);
    const QString listed = u"SELECT count(*) FROM rights.pmc_profiles('%1')"_s.arg(issued);
    QCOMPARE(attemptOn(m_gate, u"NULL"_s, listed), rows(profiles));
    QCOMPARE(attempt(CustomerAdmin, listed), rows(profiles));
    // Harborlight's administrator has a partner account already (E1); so does every other persona's
    // tenant but the customer's, and harborlight's profile is linked to harborlight (E3).
    const QString enroll = u"SELECT count(*) FROM (SELECT rights.enroll(:me, '%1', jsonb_build_object('id', "
                           ":newId, 'partner_id', '%2', 'legal_name', 'Lakeside Resale LLC', 'name_key', "
                           "'lakeside resale llc', 'address_line1', '1 Main Street', 'city', 'Redmond', "
                           "'contact_first_name', 'Morgan', 'contact_last_name', 'Lee', 'contact_email', "
                           "'morgan@lakeside.example', 'contact_phone', '+14255550100', 'support_email', "
                           "'help@lakeside.example', 'support_phone', '+14255550199'), false, :now)) e"_s;
    for (int p = 0; p < PersonaCount; ++p) {
        QCOMPARE(attempt(Who(p), enroll.arg(issued, m_ids[u":harborlightPartnerId"_s])), Refused);
    }
    QCOMPARE(attemptOn(pmc, u"NULL"_s, enroll.arg(issued, m_ids[u":harborlightPartnerId"_s])), Refused);
    // With a profile of the account that is free, in the customer's country, the customer's Global
    // administrator enrolls their tenant with the ticket (rolled back), and with no other.
    PD_VERIFY_OK(SqlQuery::run(m_tw->db(),
                               u"INSERT INTO mpn_profiles (partner_id, pmc_account_id, organization_name, country, "
                               "status) VALUES ('5390001', ?, 'Lakeside as a reseller', (SELECT country FROM tenants "
                               "WHERE id = ?), 'Active')"_s,
                               {harborlightPmc, m_ids[u":lakesideTenant"_s]}));
    QCOMPARE(attempt(CustomerAdmin, enroll.arg(issued, u"5390001"_s)), rows(1));
    QCOMPARE(attempt(CustomerAdmin, enroll.arg(QString(64, u'0'), u"5390001"_s)), Refused);
    QCOMPARE(attemptOn(m_gate, u"NULL"_s, enroll.arg(issued, u"5390001"_s)), Refused);
    PD_VERIFY_OK(SqlQuery::run(m_tw->db(), u"DELETE FROM mpn_profiles WHERE partner_id = '5390001'"_s));
    // The ticket is the account's only while it lasts.
    PD_VERIFY_OK(
        SqlQuery::run(m_tw->db(), u"UPDATE rights.pmc_tickets SET expires_at = now() - interval '1 second'"_s));
    QCOMPARE(attemptOn(m_gate, u"NULL"_s, listed), rows(0));
    pmc.close();
}

void TestDatabaseRights::aLoginFollowsItsUser()
{
    // An Admin agent adds a user: the user's login is made with the user, and works.
    auto riley = m_tw->signIn(m_people[ResellerAdmin].upn, SamplePassword);
    PD_VERIFY_OK(riley);
    NewUser input{u"Quinn Harper"_s, u"quinn"_s, u"Quinn!2026pass"_s, DirectoryRole::User};
    auto added = m_tw->workspace().users().addUser(riley.value(), input, {PartnerRole::SalesAgent});
    PD_VERIFY_OK(added);
    auto login = DatabaseLogins::loginName(m_tw->db(), added->user.id);
    PD_VERIFY_OK(login);
    QString error;
    QSqlDatabase quinn = connect(login.value(), input.password, u"quinn"_s, &error);
    QVERIFY2(quinn.isOpen(), qPrintable(error));
    QCOMPARE(SqlQuery::scalar(quinn, u"SELECT rights.me()"_s)->toString(), added->user.id);
    quinn.close();

    // Removed, they can't connect; given roles again, they can.
    PD_VERIFY_OK(m_tw->workspace().users().removeUser(riley.value(), added->user.id));
    quinn = connect(login.value(), input.password, u"quinn"_s, &error);
    QVERIFY(!quinn.isOpen());
    QVERIFY2(error.contains(u"is not permitted to log in"_s), qPrintable(error));
    PD_VERIFY_OK(m_tw->workspace().users().changeRoles(riley.value(), added->user.id, {PartnerRole::SalesAgent}));
    quinn = connect(login.value(), input.password, u"quinn"_s, &error);
    QVERIFY2(quinn.isOpen(), qPrintable(error));
    quinn.close();
}

void TestDatabaseRights::aLoginsPasswordFollowsTheirs()
{
    // The reseller resets its customer's administrator's password: the login takes the new one.
    auto riley = m_tw->signIn(m_people[ResellerAdmin].upn, SamplePassword);
    PD_VERIFY_OK(riley);
    auto temporary = m_tw->workspace().customerManagement().resetPassword(riley.value(), m_ids[u":lakeside"_s],
                                                                          m_people[CustomerAdmin].userId);
    PD_VERIFY_OK(temporary);
    QString error;
    QSqlDatabase old = connect(m_people[CustomerAdmin].login, SamplePassword, u"morgan-old"_s, &error);
    QVERIFY(!old.isOpen());
    QVERIFY2(error.contains(u"password authentication failed"_s), qPrintable(error));
    QSqlDatabase renewed = connect(m_people[CustomerAdmin].login, temporary.value(), u"morgan-new"_s, &error);
    QVERIFY2(renewed.isOpen(), qPrintable(error));
    renewed.close();
}

void TestDatabaseRights::aStepAcrossPartnersIsTheDatabasesOwn()
{
    // Riley, with her own login, authorizes the provider that invited her: the relationship, the
    // used invitation and the step's audit events, all hers, in the chain.
    QSqlDatabase riley = m_people[ResellerAdmin].db;
    const QString relationship = Workspace::newId();
    const qint64 before = m_tw->scalar(u"SELECT max(id) FROM audit_events"_s).toLongLong();
    auto authorized = SqlQuery::run(riley, u"SELECT rights.authorize_provider(?, ?, ?, %1)"_s.arg(ServerNow),
                                    {m_people[ResellerAdmin].userId, m_ids[u":bluewaterToken"_s], relationship});
    PD_VERIFY_OK(authorized);
    QCOMPARE(
        m_tw->scalar(u"SELECT status || ' ' || provider_account_id || ' ' || reseller_account_id || ' ' || "
                     "authorized_by_user_id FROM indirect_relationships WHERE id = ?"_s,
                     {relationship})
            .toString(),
        u"Active %1 %2 %3"_s.arg(m_ids[u":bluewater"_s], m_ids[u":harborlight"_s], m_people[ResellerAdmin].userId));
    QCOMPARE(m_tw->scalar(u"SELECT i.status FROM invitations i JOIN indirect_relationships r ON r.invitation_id = "
                          "i.id WHERE r.id = ?"_s,
                          {relationship})
                 .toString(),
             u"Accepted"_s);
    auto events = [&](qint64 after) {
        QStringList found;
        QSqlQuery q(m_tw->db());
        q.prepare(u"SELECT action || ' ' || partner_account_id || ' ' || actor_user_id FROM audit_events "
                  "WHERE id > ? ORDER BY id"_s);
        q.addBindValue(after);
        if (q.exec()) {
            while (q.next()) {
                found << q.value(0).toString();
            }
        }
        return found;
    };
    const QString by = m_people[ResellerAdmin].userId;
    QCOMPARE(events(before),
             QStringList({u"indirectRelationship.authorized %1 %2"_s.arg(m_ids[u":bluewater"_s], by),
                          u"indirectRelationship.authorized %1 %2"_s.arg(m_ids[u":harborlight"_s], by),
                          u"invitation.accepted %1 %2"_s.arg(m_ids[u":bluewater"_s], by)}));
    // Whoever holds the used link learns that it was used, not by whom (V1); its parties do.
    const QString acceptedBy = u"SELECT accepted_by_name FROM rights.invitation_of_link(?)"_s;
    auto seenByStranger = SqlQuery::scalar(m_people[CustomerAdmin].db, acceptedBy, {m_ids[u":bluewaterToken"_s]});
    PD_VERIFY_OK(seenByStranger);
    QVERIFY(seenByStranger->isNull());
    auto seenBySender = SqlQuery::scalar(m_people[OtherProviderAdmin].db, acceptedBy, {m_ids[u":bluewaterToken"_s]});
    PD_VERIFY_OK(seenBySender);
    QCOMPARE(seenBySender->toString(), u"Riley Chen"_s);
    // A link works once.
    auto again = SqlQuery::run(riley, u"SELECT rights.authorize_provider(?, ?, ?, %1)"_s.arg(ServerNow),
                               {by, m_ids[u":bluewaterToken"_s], Workspace::newId()});
    QVERIFY(!again);
    QCOMPARE(again.code(), ErrorCode::PermissionDenied);
    QVERIFY2(again.errorString().startsWith(u"The shared workspace refused this, so nothing of it was saved: no "
                                            "pending invitation"_s),
             qPrintable(again.errorString()));

    // Dana, the provider's Admin agent, ends it with hers.
    const qint64 authorizedUpTo = m_tw->scalar(u"SELECT max(id) FROM audit_events"_s).toLongLong();
    auto ended = SqlQuery::run(m_people[OtherProviderAdmin].db,
                               u"SELECT rights.end_relationship(?, ?, %1, 'Ended.')"_s.arg(ServerNow),
                               {m_people[OtherProviderAdmin].userId, relationship});
    PD_VERIFY_OK(ended);
    QCOMPARE(m_tw->scalar(u"SELECT status || ' ' || ended_by_user_id FROM indirect_relationships WHERE id = ?"_s,
                          {relationship})
                 .toString(),
             u"Ended %1"_s.arg(m_people[OtherProviderAdmin].userId));
    const QString dana = m_people[OtherProviderAdmin].userId;
    QCOMPARE(events(authorizedUpTo),
             QStringList({u"indirectRelationship.ended %1 %2"_s.arg(m_ids[u":bluewater"_s], dana),
                          u"indirectRelationship.ended %1 %2"_s.arg(m_ids[u":harborlight"_s], dana)}));

    // The owner's desk acting for Ethan is refused as Ethan would be: Northstar works with
    // Harborlight, so it can't become its customer (S4).
    const QString acceptAs = u"SELECT * FROM rights.accept_customer_invitation(?, ?, jsonb_build_object('id', "
                             "?::text, 'company_name', 'Copperline Holdings', 'name_key', 'copperline holdings', "
                             "'search_key', 'holdings', 'domain', 'forged.example'), %1)"_s.arg(ServerNow);
    auto asEthan = SqlQuery::run(m_tw->db(), acceptAs,
                                 {m_people[ProviderAdmin].userId, m_ids[u":harborlightToken"_s], Workspace::newId()});
    QCOMPARE(asEthan.code(), ErrorCode::PermissionDenied);

    // The other reseller's Global administrator accepts Harborlight's invitation with theirs: its
    // tenant becomes a customer that Harborlight administers and Northstar serves.
    const QString copperline = m_people[OtherReseller].userId;
    const qint64 endedUpTo = m_tw->scalar(u"SELECT max(id) FROM audit_events"_s).toLongLong();
    auto began = SqlQuery::run(m_people[OtherReseller].db, acceptAs,
                               {copperline, m_ids[u":harborlightToken"_s], Workspace::newId()});
    PD_VERIFY_OK(began);
    const QString customer = id(u"SELECT id FROM customers WHERE tenant_id = ?"_s, {m_ids[u":copperlineTenant"_s]});
    QVERIFY(!customer.isEmpty());
    QCOMPARE(
        id(u"SELECT domain FROM customers WHERE id = ?"_s, {customer}),
        id(u"SELECT domain_prefix || '.onmicrosoft.com' FROM tenants WHERE id = ?"_s, {m_ids[u":copperlineTenant"_s]}));
    QCOMPARE(m_tw->scalar(u"SELECT string_agg(partner_account_id || ':' || delegated_admin, ' ' ORDER BY "
                          "delegated_admin DESC) FROM customer_relationships WHERE customer_id = ? AND status = "
                          "'Active'"_s,
                          {customer})
                 .toString(),
             u"%1:1 %2:0"_s.arg(m_ids[u":harborlight"_s], m_ids[u":northstar"_s]));
    QCOMPARE(events(endedUpTo),
             QStringList({u"customer.relationshipAuthorized %1 %2"_s.arg(m_ids[u":harborlight"_s], copperline),
                          u"customer.relationshipAuthorized %1 %2"_s.arg(m_ids[u":northstar"_s], copperline),
                          u"invitation.accepted %1 %2"_s.arg(m_ids[u":harborlight"_s], copperline)}));

    // Ethan, Northstar's Admin agent, adds a license to Lakeside's subscription with his.
    const QString ethan = m_people[ProviderAdmin].userId;
    const QString subscription = m_ids[u":lakesideSubscription"_s];
    const int licenses = m_tw->scalar(u"SELECT quantity FROM subscriptions WHERE id = ?"_s, {subscription}).toInt();
    const qint64 acceptedUpTo = m_tw->scalar(u"SELECT max(id) FROM audit_events"_s).toLongLong();
    const QString orderId = Workspace::newId();
    auto ordered = SqlQuery::run(
        m_people[ProviderAdmin].db,
        u"SELECT rights.place_order(?, ?, ?, ?, ?, NULL, 'AddQuantity', NULL, NULL, ?, 1, "
        "%1)"_s.arg(ServerNow),
        {ethan, orderId, Workspace::newId(), m_ids[u":lakeside"_s], m_ids[u":harborlight"_s], subscription});
    PD_VERIFY_OK(ordered);
    QCOMPARE(m_tw->scalar(u"SELECT quantity FROM subscriptions WHERE id = ?"_s, {subscription}).toInt(), licenses + 1);
    QCOMPARE(m_tw->scalar(u"SELECT submitted_by_partner_id || ' ' || submitted_by_user_id FROM orders WHERE id = ?"_s,
                          {orderId})
                 .toString(),
             u"%1 %2"_s.arg(m_ids[u":northstar"_s], ethan));
    QCOMPARE(events(acceptedUpTo),
             QStringList({u"order.submitted %1 %2"_s.arg(m_ids[u":northstar"_s], ethan),
                          u"order.submitted %1 %2"_s.arg(m_ids[u":harborlight"_s], ethan)}));
    auto report = m_tw->workspace().auditLog().verifyChain();
    PD_VERIFY_OK(report);
    QVERIFY(report->intact());
}

QTEST_GUILESS_MAIN(TestDatabaseRights)
#include "tst_DatabaseRights.moc"
