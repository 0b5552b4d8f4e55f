// The fictional sample workspace: what it holds once loaded, that it only goes into an empty
// workspace and all-or-nothing, and that its people sign in with the persona the window follows.
// Its hashes use the product's Argon2id cost (about 0.1 s per check), so each sample user signs
// in once, in initTestCase.

#include "TestSupport.h"
#include "services/AccountService.h"
#include "services/DirectoryService.h"
#include "services/RelationshipService.h"
#include "services/SampleWorkspace.h"

#include <QFile>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
const QString SamplePassword = u"Sample!2026"_s;
}

class TestSampleWorkspace : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void counts();
    void providersListedInSeveralCountries();
    void profilesToTryEnrollment_E2();
    void customersHaveRelationships();
    void resellerHasAnIndirectProvider_P4();
    void loadIsAudited();
    void programAdministratorPersona();
    void resellerAdminAgentPersona();
    void customerPersona();
    void directoriesForProgramAdministratorOnly();
    void refusedOnNonEmptyWorkspace();
    void malformedSourceRefused_data();
    void malformedSourceRefused();
    void brokenContentWritesNothing();

private:
    int scalarInt(const QString& sql) { return m_tw->scalar(sql).toInt(); }

    std::unique_ptr<TestWorkspace> m_tw;
    Session m_programAdmin;
    Session m_riley;
    Session m_morgan;
};

void TestSampleWorkspace::initTestCase()
{
    m_tw = std::make_unique<TestWorkspace>();
    PD_VERIFY_OK(m_tw->openStatus());
    PD_VERIFY_OK(SampleWorkspace::load(m_tw->workspace()));

    auto admin = m_tw->signIn(u"admin@pdprogram.onmicrosoft.com"_s, SamplePassword);
    PD_VERIFY_OK(admin);
    m_programAdmin = admin.value();
    auto riley = m_tw->signIn(u"riley@harborlightit.onmicrosoft.com"_s, SamplePassword);
    PD_VERIFY_OK(riley);
    m_riley = riley.value();
    auto morgan = m_tw->signIn(u"morgan@lakesidedental.onmicrosoft.com"_s, SamplePassword);
    PD_VERIFY_OK(morgan);
    m_morgan = morgan.value();
}

void TestSampleWorkspace::cleanupTestCase()
{
    m_tw.reset();
}

void TestSampleWorkspace::counts()
{
    QCOMPARE(scalarInt(u"SELECT count(*) FROM tenants WHERE is_program = 1"_s), 1);
    QVERIFY(scalarInt(u"SELECT count(*) FROM tenant_users u JOIN tenants t ON t.id = u.tenant_id "
                      "WHERE t.is_program = 1 AND u.directory_role = 'GlobalAdministrator'"_s)
            >= 1);
    const int providers = scalarInt(u"SELECT count(*) FROM partner_accounts WHERE type = 'IndirectProvider'"_s);
    QVERIFY2(providers >= 4 && providers <= 6, qPrintable(QString::number(providers)));
    QVERIFY(scalarInt(u"SELECT count(*) FROM partner_accounts WHERE type = 'IndirectReseller' AND status = 'Active'"_s)
            >= 1);
    QVERIFY(m_tw->count(u"pmc_accounts"_s) >= 1);
    // Every partner has at least one Admin agent, and its Partner ID is one of the MPN profiles.
    QCOMPARE(scalarInt(u"SELECT count(*) FROM partner_accounts p WHERE NOT EXISTS (SELECT 1 FROM partner_roles r "
                       "WHERE r.partner_account_id = p.id AND r.role = 'AdminAgent')"_s),
             0);
    QCOMPARE(scalarInt(u"SELECT count(*) FROM partner_accounts p LEFT JOIN mpn_profiles m "
                       "ON m.partner_id = p.partner_id WHERE m.partner_id IS NULL"_s),
             0);
    // Passwords are stored as hashes only, at the product's cost (S10).
    const QString productCost = u"$argon2id$v=19$m=65536,t=3,p=1$%"_s;
    QCOMPARE(scalarInt(u"SELECT count(*) FROM tenant_users WHERE password_hash NOT LIKE '%1'"_s.arg(productCost)), 0);
    QCOMPARE(scalarInt(u"SELECT count(*) FROM pmc_accounts WHERE password_hash NOT LIKE '%1'"_s.arg(productCost)), 0);
}

void TestSampleWorkspace::providersListedInSeveralCountries()
{
    QCOMPARE(scalarInt(u"SELECT count(*) FROM partner_accounts p WHERE p.type = 'IndirectProvider' "
                       "AND NOT EXISTS (SELECT 1 FROM provider_listings l WHERE l.partner_account_id = p.id)"_s),
             0);
    QVERIFY(scalarInt(u"SELECT count(DISTINCT country) FROM provider_countries"_s) >= 3);
    auto listings = m_tw->workspace().directory().providerDirectory(m_programAdmin);
    PD_VERIFY_OK(listings);
    QSet<QString> countries;
    for (const ProviderListing& listing : listings.value()) {
        QVERIFY2(!listing.countries.isEmpty(), qPrintable(listing.name));
        QVERIFY2(!listing.services.isEmpty(), qPrintable(listing.name));
        QVERIFY(!listing.contactEmail.isEmpty());
        for (const QString& country : listing.countries) {
            countries.insert(country);
        }
    }
    QVERIFY(countries.size() >= 3);
}

void TestSampleWorkspace::profilesToTryEnrollment_E2()
{
    // E2 needs something to refuse: Inactive profiles, and PMC accounts with profiles in more than
    // one country.
    QVERIFY(scalarInt(u"SELECT count(*) FROM mpn_profiles WHERE status = 'Inactive'"_s) >= 1);
    QVERIFY(scalarInt(u"SELECT count(*) FROM (SELECT pmc_account_id FROM mpn_profiles GROUP BY pmc_account_id "
                      "HAVING count(DISTINCT country) > 1) AS mixed"_s)
            >= 1);
    // And unenrolled tenants to enroll from.
    QVERIFY(scalarInt(u"SELECT count(*) FROM tenants t WHERE t.is_program = 0 AND NOT EXISTS "
                      "(SELECT 1 FROM partner_accounts p WHERE p.tenant_id = t.id) AND NOT EXISTS "
                      "(SELECT 1 FROM customers c WHERE c.tenant_id = t.id)"_s)
            >= 1);
}

void TestSampleWorkspace::customersHaveRelationships()
{
    QVERIFY(m_tw->count(u"customers"_s) >= 1);
    QCOMPARE(scalarInt(u"SELECT count(*) FROM customers c WHERE NOT EXISTS (SELECT 1 FROM customer_relationships r "
                       "WHERE r.customer_id = c.id AND r.status = 'Active')"_s),
             0);
    // The full-text index of the words after a name's first follows the customers table.
    QCOMPARE(m_tw->fullTextMatches({u"dent"_s}), 1);
    QCOMPARE(m_tw->fullTextMatches({u"lakeside"_s}), 0);
    // Lakeside's subscription: billed by Northstar with Harborlight on record (C5), one license
    // of ten assigned to Morgan (C6).
    QCOMPARE(
        m_tw->scalar(u"SELECT s.partner_on_record || '/' || p.legal_name || '/' || s.quantity FROM subscriptions s "
                     "JOIN partner_accounts p ON p.id = s.billed_by_account_id"_s)
            .toString(),
        m_tw->scalar(u"SELECT partner_id FROM partner_accounts WHERE legal_name LIKE 'Harborlight%'"_s).toString()
            + u"/Northstar Cloud Wholesale Corp./10"_s);
    QCOMPARE(scalarInt(u"SELECT count(*) FROM license_assignments a JOIN tenant_users u ON u.id = a.user_id "
                       "WHERE u.upn = 'morgan@lakesidedental.onmicrosoft.com'"_s),
             1);
}

void TestSampleWorkspace::resellerHasAnIndirectProvider_P4()
{
    auto providers = m_tw->workspace().relationships().providersOf(m_riley);
    PD_VERIFY_OK(providers);
    QCOMPARE(providers->size(), 1);
    QCOMPARE(providers->constFirst().provider.name, u"Northstar Cloud Wholesale Corp."_s);
    QCOMPARE(providers->constFirst().status, RelationshipStatus::Active);
    QCOMPARE(providers->constFirst().authorizedByName, m_riley.user.displayName);
    // Northstar serves one of Harborlight's two customers: that is all it counts (V1).
    QCOMPARE(providers->constFirst().sharedCustomers, 1);
    // Bluewater, which serves the United States too, is left for the walk-through's invitation.
    auto found = m_tw->workspace().relationships().findProviders(m_riley);
    PD_VERIFY_OK(found);
    QCOMPARE(found->size(), 2);
}

void TestSampleWorkspace::loadIsAudited()
{
    QCOMPARE(scalarInt(u"SELECT count(*) FROM audit_events WHERE action = 'workspace.sampleLoaded'"_s), 1);
}

void TestSampleWorkspace::programAdministratorPersona()
{
    QCOMPARE(m_programAdmin.persona(), Persona::ProgramAdministrator);
    QVERIFY(m_programAdmin.isProgramAdministrator());
    QCOMPARE(m_programAdmin.tenant.domainPrefix, u"pdprogram"_s);
    QVERIFY(!m_programAdmin.partner.has_value());
}

void TestSampleWorkspace::resellerAdminAgentPersona()
{
    QCOMPARE(m_riley.persona(), Persona::Partner);
    QVERIFY(m_riley.partner.has_value());
    QCOMPARE(m_riley.partner->type, PartnerType::IndirectReseller);
    QCOMPARE(m_riley.partner->status, PartnerStatus::Active);
    QVERIFY(m_riley.hasRole(PartnerRole::AdminAgent));
    QVERIFY(m_riley.can(Action::InviteCustomers));
    QVERIFY(m_riley.can(Action::AuthorizeProvider));
    // Home's history says who made the partner Active: the program administrator.
    auto history = m_tw->workspace().accounts().statusHistory(m_riley);
    PD_VERIFY_OK(history);
    QCOMPARE(history->size(), 1);
    QCOMPARE(history->constFirst().toStatus, PartnerStatus::Active);
    QCOMPARE(history->constFirst().actorName, u"Paula Reyes"_s);
}

void TestSampleWorkspace::customerPersona()
{
    QCOMPARE(m_morgan.persona(), Persona::Customer);
    QVERIFY(m_morgan.customerTenant);
    QVERIFY(m_morgan.isGlobalAdministrator());
    QVERIFY(!m_morgan.partner.has_value());
    QVERIFY(!m_morgan.can(Action::ViewCustomers));
}

void TestSampleWorkspace::directoriesForProgramAdministratorOnly()
{
    auto providers = m_tw->workspace().directory().providerDirectory(m_programAdmin);
    PD_VERIFY_OK(providers);
    QCOMPARE(providers->size(), scalarInt(u"SELECT count(*) FROM partner_accounts WHERE type = 'IndirectProvider'"_s));
    auto profiles = m_tw->workspace().directory().mpnDirectory(m_programAdmin);
    PD_VERIFY_OK(profiles);
    QCOMPARE(profiles->size(), m_tw->count(u"mpn_profiles"_s));

    const QString refusal = u"Only a program administrator of this workspace can do this."_s;
    for (const Session* someone : {&m_riley, &m_morgan}) {
        auto deniedProviders = m_tw->workspace().directory().providerDirectory(*someone);
        PD_VERIFY_ERROR(deniedProviders, ErrorCode::PermissionDenied);
        QCOMPARE(deniedProviders.errorString(), refusal);
        auto deniedProfiles = m_tw->workspace().directory().mpnDirectory(*someone);
        PD_VERIFY_ERROR(deniedProfiles, ErrorCode::PermissionDenied);
        QCOMPARE(deniedProfiles.errorString(), refusal);
    }

    // A session that claims more than it is gets no further: the service reloads who the user is.
    Session forged = m_riley;
    forged.tenant.isProgram = true;
    PD_VERIFY_ERROR(m_tw->workspace().directory().providerDirectory(forged), ErrorCode::PermissionDenied);
}

void TestSampleWorkspace::refusedOnNonEmptyWorkspace()
{
    TestWorkspace other;
    PD_VERIFY_OK(other.openStatus());
    PD_VERIFY_OK(other.createTenant(u"contoso"_s));
    const Status loaded = SampleWorkspace::load(other.workspace());
    PD_VERIFY_ERROR(loaded, ErrorCode::Conflict);
    QCOMPARE(loaded.errorString(), u"The sample can only be loaded into an empty workspace."_s);
    QCOMPARE(other.count(u"tenants"_s), 1);
    QCOMPARE(other.count(u"tenant_users"_s), 1);
    QCOMPARE(other.count(u"pmc_accounts"_s), 0);
    QCOMPARE(other.count(u"partner_accounts"_s), 0);
    QCOMPARE(other.count(u"audit_events"_s), 0);

    // Loading twice is refused the same way.
    PD_VERIFY_ERROR(SampleWorkspace::load(m_tw->workspace()), ErrorCode::Conflict);
    QCOMPARE(scalarInt(u"SELECT count(*) FROM tenants WHERE is_program = 1"_s), 1);
}

void TestSampleWorkspace::malformedSourceRefused_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<int>("code");
    QTest::newRow("not JSON") << QByteArray("{ this is not json") << int(ErrorCode::InvalidInput);
    QTest::newRow("JSON of something else")
        << QByteArray(R"({"format": "other-app", "tenants": []})") << int(ErrorCode::InvalidInput);
    QTest::newRow("JSON array") << QByteArray("[1, 2, 3]") << int(ErrorCode::InvalidInput);
    QTest::newRow("empty file") << QByteArray() << int(ErrorCode::InvalidInput);
    QTest::newRow("missing file") << QByteArray("<missing>") << int(ErrorCode::NotFound);
}

void TestSampleWorkspace::malformedSourceRefused()
{
    QFETCH(QByteArray, content);
    QFETCH(int, code);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString source = dir.filePath(u"sample.json"_s);
    if (content != "<missing>") {
        QFile file(source);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
    }
    TestWorkspace empty;
    PD_VERIFY_OK(empty.openStatus());
    const Status loaded = SampleWorkspace::load(empty.workspace(), source);
    PD_VERIFY_ERROR(loaded, ErrorCode(code));
    QVERIFY2(loaded.errorString().contains(source), qPrintable(loaded.errorString()));
    QCOMPARE(empty.count(u"tenants"_s), 0);
    QCOMPARE(empty.count(u"audit_events"_s), 0);
}

void TestSampleWorkspace::brokenContentWritesNothing()
{
    // Well-formed, but a customer names a partner the file doesn't have: the tenants written
    // before the problem must go too.
    const QByteArray content = R"({
        "format": "partnerdesk-sample",
        "program": {
            "tenant": {"displayName": "Program", "domainPrefix": "pdprogram", "country": "US"},
            "administrators": [{"displayName": "Paula", "userName": "admin", "directoryRole": "GlobalAdministrator",
                                "passwordHash": "pbkdf2-sha256$1000$c2FsdHNhbHRzYWx0c2FsdA==$a2V5"}]
        },
        "pmcAccounts": [],
        "tenants": [
            {"displayName": "Lakeside", "domainPrefix": "lakeside", "country": "US",
             "users": [],
             "customer": {"companyName": "Lakeside", "address": {"country": "US"},
                          "partners": [{"domainPrefix": "nosuchpartner"}]}}
        ]
    })";
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString source = dir.filePath(u"broken.json"_s);
    {
        QFile file(source);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
    }
    TestWorkspace empty;
    PD_VERIFY_OK(empty.openStatus());
    const Status loaded = SampleWorkspace::load(empty.workspace(), source);
    PD_VERIFY_ERROR(loaded, ErrorCode::InvalidInput);
    QCOMPARE(loaded.errorString(), u"The sample names an unknown partner nosuchpartner."_s);
    QCOMPARE(empty.count(u"tenants"_s), 0);
    QCOMPARE(empty.count(u"tenant_users"_s), 0);
    QCOMPARE(empty.count(u"customers"_s), 0);
    QCOMPARE(empty.count(u"audit_events"_s), 0);
    auto stillEmpty = empty->isEmpty();
    PD_VERIFY_OK(stillEmpty);
    QVERIFY(stillEmpty.value());
}

QTEST_GUILESS_MAIN(TestSampleWorkspace)
#include "tst_SampleWorkspace.moc"
