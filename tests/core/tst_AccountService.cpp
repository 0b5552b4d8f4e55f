// Account settings: the legal business profile, the support profile and the Partner ID. Only an
// Admin agent edits them (U2); values are validated field by field and stored normalized; another
// Partner ID must be an Active profile of the same PMC account in the tenant's country (E2) that no
// other partner account uses (E3).

#include "TestSupport.h"
#include "domain/Countries.h"
#include "services/AccountService.h"
#include "storage/AuditStore.h"
#include "storage/PartnerStore.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestAccountService : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void legalProfileStoredNormalized();
    void supportProfileStoredNormalized();
    void salesAgentRefused_U2_data();
    void salesAgentRefused_U2();
    void invalidLegalFieldNamed_data();
    void invalidLegalFieldNamed();
    void invalidSupportFieldNamed_data();
    void invalidSupportFieldNamed();
    void validateListsEveryProblem();
    void countryChangeRefused();
    void changePartnerIdToSiblingProfile();
    void changePartnerIdRefused_data();
    void changePartnerIdRefused();
    void mpnProfilesOfOwnPmcAccount();

private:
    AccountService& accounts() { return m_tw->workspace().accounts(); }
    PartnerAccount stored();
    int auditCount() { return m_tw->count(u"audit_events"_s); }

    std::unique_ptr<TestWorkspace> m_tw;
    PartnerFixture m_partner;
    Session m_admin;
    Session m_sales;
};

void TestAccountService::init()
{
    m_tw = std::make_unique<TestWorkspace>();
    PD_VERIFY_OK(m_tw->openStatus());
    auto partner = m_tw->createPartner(u"harborlight"_s, PartnerType::IndirectReseller);
    PD_VERIFY_OK(partner);
    m_partner = partner.value();

    // More profiles of the same PMC account: Active in the US, Inactive in the US, Active in Mexico,
    // and one already linked to another partner's account.
    PD_VERIFY_OK(m_tw->addMpnProfile(m_partner.pmc, u"5200002"_s, u"US"_s, MpnStatus::Active,
                                     u"Harborlight IT Services LLC (Seattle office)"_s));
    PD_VERIFY_OK(m_tw->addMpnProfile(m_partner.pmc, u"5200003"_s, u"US"_s, MpnStatus::Inactive,
                                     u"Harborlight IT Services LLC (former branch)"_s));
    PD_VERIFY_OK(
        m_tw->addMpnProfile(m_partner.pmc, u"5200004"_s, u"MX"_s, MpnStatus::Active, u"Harborlight Servicios TI"_s));
    PD_VERIFY_OK(
        m_tw->addMpnProfile(m_partner.pmc, u"5200005"_s, u"US"_s, MpnStatus::Active, u"Harborlight Portland"_s));
    auto sibling = m_tw->createTenant(u"harborportland"_s);
    PD_VERIFY_OK(sibling);
    PD_VERIFY_OK(m_tw->createPartnerAccount(sibling->tenant, u"5200005"_s, PartnerType::IndirectReseller,
                                            PartnerStatus::Active));
    // And a profile of some other organization's PMC account.
    auto stranger = m_tw->createPmcAccount(u"quillfeather.pmc"_s);
    PD_VERIFY_OK(stranger);
    PD_VERIFY_OK(m_tw->addMpnProfile(stranger.value(), u"5300001"_s, u"US"_s));

    auto sales = m_tw->addAgent(m_partner, u"jordan"_s, {PartnerRole::SalesAgent});
    PD_VERIFY_OK(sales);

    auto admin = m_tw->signIn(m_partner.admin.upn);
    PD_VERIFY_OK(admin);
    m_admin = admin.value();
    auto salesSession = m_tw->signIn(sales->upn);
    PD_VERIFY_OK(salesSession);
    m_sales = salesSession.value();
    QCOMPARE(auditCount(), 0);
}

void TestAccountService::cleanup()
{
    m_tw.reset();
}

PartnerAccount TestAccountService::stored()
{
    auto account = PartnerStore::accountById(m_tw->db(), m_partner.account.id);
    if (!account || !account->has_value()) {
        qWarning("The partner account could not be read back");
        return {};
    }
    return account->value();
}

void TestAccountService::legalProfileStoredNormalized()
{
    LegalBusinessProfile input = m_partner.account.legal;
    input.legalName = u"  Harborlight   IT Services  LLC "_s;
    input.address.line1 = u" 1200  Harbor Avenue "_s;
    input.address.line2 = u" Suite 300 "_s;
    input.address.city = u" Seattle "_s;
    input.address.region = u"WA"_s;
    input.address.postalCode = u" 98101 "_s;
    input.contactFirstName = u" Riley "_s;
    input.contactLastName = u"Chen"_s;
    input.contactEmail = u"  Riley.Chen@HarborlightIT.Example "_s;
    input.contactPhone = u"+1 (206) 555-0147"_s;
    input.contactLanguage = u"es"_s;
    m_tw->clock().advance(30);

    auto updated = accounts().updateLegalProfile(m_admin, input);
    PD_VERIFY_OK(updated);

    const PartnerAccount account = stored();
    QCOMPARE(account.legal.legalName, u"Harborlight IT Services LLC"_s);
    QCOMPARE(account.legal.address.line1, u"1200 Harbor Avenue"_s);
    QCOMPARE(account.legal.address.line2, u"Suite 300"_s);
    QCOMPARE(account.legal.address.city, u"Seattle"_s);
    QCOMPARE(account.legal.address.region, u"WA"_s);
    QCOMPARE(account.legal.address.postalCode, u"98101"_s);
    QCOMPARE(account.legal.address.country, u"US"_s);
    QCOMPARE(account.legal.contactFirstName, u"Riley"_s);
    QCOMPARE(account.legal.contactEmail, u"Riley.Chen@harborlightit.example"_s);
    QCOMPARE(account.legal.contactPhone, u"+12065550147"_s);
    QCOMPARE(account.legal.contactLanguage, u"es"_s);
    QCOMPARE(account.updated, TestClock::defaultStart().addSecs(30 * 60));
    QCOMPARE(m_tw->scalar(u"SELECT name_key FROM partner_accounts WHERE id = ?"_s, {account.id}).toString(),
             u"harborlight it services llc"_s);
    // What the service returns is what was stored.
    QCOMPARE(updated->legal, account.legal);
    QCOMPARE(auditCount(), 1);
}

void TestAccountService::supportProfileStoredNormalized()
{
    auto updated = accounts().updateSupportProfile(
        m_admin,
        SupportProfile{u" Help@HarborlightIT.Example"_s, u"+1 206.555.0199"_s, u" www.harborlightit.example "_s});
    PD_VERIFY_OK(updated);
    const PartnerAccount account = stored();
    QCOMPARE(account.support.email, u"Help@harborlightit.example"_s);
    QCOMPARE(account.support.phone, u"+12065550199"_s);
    QCOMPARE(account.support.website, u"https://www.harborlightit.example"_s);
    QCOMPARE(updated->support, account.support);

    // The website is optional: clearing it stores NULL.
    PD_VERIFY_OK(accounts().updateSupportProfile(
        m_admin, SupportProfile{account.support.email, account.support.phone, u"  "_s}));
    QVERIFY(stored().support.website.isEmpty());
    QVERIFY(m_tw->scalar(u"SELECT support_website FROM partner_accounts WHERE id = ?"_s, {account.id}).isNull());
    QCOMPARE(auditCount(), 2);

    // A support number without "+" is read in the partner's country (the United States).
    PD_VERIFY_OK(accounts().updateSupportProfile(
        m_admin, SupportProfile{account.support.email, u"(206) 555-0142"_s, QString()}));
    QCOMPARE(stored().support.phone, u"+12065550142"_s);
}

void TestAccountService::salesAgentRefused_U2_data()
{
    QTest::addColumn<int>("what");
    QTest::addColumn<QString>("message");
    QTest::newRow("U2 legal profile") << 0
                                      << u"Your roles in harborlight Ltd don't allow you to edit the legal business "
                                         "profile. Ask an Admin agent."_s;
    QTest::newRow("U2 support profile")
        << 1 << u"Your roles in harborlight Ltd don't allow you to edit the support profile. Ask an Admin agent."_s;
    QTest::newRow("U2 Partner ID")
        << 2 << u"Your roles in harborlight Ltd don't allow you to change the Partner ID. Ask an Admin agent."_s;
}

void TestAccountService::salesAgentRefused_U2()
{
    QFETCH(int, what);
    QFETCH(QString, message);
    const PartnerAccount before = stored();
    Error error;
    if (what == 0) {
        LegalBusinessProfile profile = before.legal;
        profile.legalName = u"Taken Over Inc."_s;
        auto result = accounts().updateLegalProfile(m_sales, profile);
        QVERIFY(!result.ok());
        error = result.error();
    } else if (what == 1) {
        SupportProfile profile = before.support;
        profile.email = u"sales@harborlight.example"_s;
        auto result = accounts().updateSupportProfile(m_sales, profile);
        QVERIFY(!result.ok());
        error = result.error();
    } else {
        auto result = accounts().changePartnerId(m_sales, u"5200002"_s);
        QVERIFY(!result.ok());
        error = result.error();
    }
    QCOMPARE(error.code(), ErrorCode::PermissionDenied);
    QCOMPARE(error.message(), message);

    const PartnerAccount after = stored();
    QCOMPARE(after.legal, before.legal);
    QCOMPARE(after.support, before.support);
    QCOMPARE(after.partnerId, before.partnerId);
    QCOMPARE(after.updated, before.updated);
    QCOMPARE(auditCount(), 0);
    // The Sales agent may still read the settings.
    auto readable = accounts().account(m_sales);
    PD_VERIFY_OK(readable);
    QCOMPARE(readable->legal, before.legal);
}

void TestAccountService::invalidLegalFieldNamed_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    QTest::newRow("legal name empty") << u"legalName"_s << u"   "_s;
    QTest::newRow("street empty") << u"addressLine1"_s << QString();
    QTest::newRow("city empty") << u"city"_s << QString();
    QTest::newRow("first name empty") << u"contactFirstName"_s << QString();
    QTest::newRow("last name empty") << u"contactLastName"_s << QString();
    QTest::newRow("email without at") << u"contactEmail"_s << u"riley.harborlight.example"_s;
    QTest::newRow("phone that doesn't exist") << u"contactPhone"_s << u"+1 206-000-0147"_s;
    QTest::newRow("language PartnerDesk doesn't write") << u"contactLanguage"_s << u"fr"_s;
}

void TestAccountService::invalidLegalFieldNamed()
{
    QFETCH(QString, field);
    QFETCH(QString, value);
    LegalBusinessProfile profile = m_partner.account.legal;
    profile.address.region = u"WA"_s; // a valid change alongside the invalid one
    if (field == u"legalName"_s) {
        profile.legalName = value;
    } else if (field == u"addressLine1"_s) {
        profile.address.line1 = value;
    } else if (field == u"city"_s) {
        profile.address.city = value;
    } else if (field == u"contactFirstName"_s) {
        profile.contactFirstName = value;
    } else if (field == u"contactLastName"_s) {
        profile.contactLastName = value;
    } else if (field == u"contactEmail"_s) {
        profile.contactEmail = value;
    } else if (field == u"contactPhone"_s) {
        profile.contactPhone = value;
    } else if (field == u"contactLanguage"_s) {
        profile.contactLanguage = value;
    }
    const QList<Error> errors = AccountService::validate(profile);
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors.constFirst().field(), field);
    QCOMPARE(errors.constFirst().code(), ErrorCode::InvalidInput);
    QVERIFY(!errors.constFirst().message().isEmpty());

    auto result = accounts().updateLegalProfile(m_admin, profile);
    PD_VERIFY_ERROR(result, ErrorCode::InvalidInput);
    QCOMPARE(result.error().field(), field);
    QCOMPARE(result.errorString(), errors.constFirst().message());
    QCOMPARE(stored().legal, m_partner.account.legal);
    QCOMPARE(auditCount(), 0);
}

void TestAccountService::invalidSupportFieldNamed_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("email");
    QTest::addColumn<QString>("phone");
    QTest::addColumn<QString>("website");
    QTest::newRow("email") << u"supportEmail"_s << u"help@"_s << u"+12065550101"_s << QString();
    QTest::newRow("phone") << u"supportPhone"_s << u"help@harborlight.example"_s << u"555"_s << QString();
    QTest::newRow("website") << u"supportWebsite"_s << u"help@harborlight.example"_s << u"+12065550101"_s
                             << u"ftp://harborlight.example"_s;
}

void TestAccountService::invalidSupportFieldNamed()
{
    QFETCH(QString, field);
    QFETCH(QString, email);
    QFETCH(QString, phone);
    QFETCH(QString, website);
    const SupportProfile profile{email, phone, website};
    // As the service checks it: a number without "+" is read in the partner's country.
    const QList<Error> errors = AccountService::validate(profile, m_partner.account.legal.address.country);
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors.constFirst().field(), field);

    auto result = accounts().updateSupportProfile(m_admin, profile);
    PD_VERIFY_ERROR(result, ErrorCode::InvalidInput);
    QCOMPARE(result.error().field(), field);
    QCOMPARE(result.errorString(), errors.constFirst().message());
    QCOMPARE(stored().support, m_partner.account.support);
    QCOMPARE(auditCount(), 0);
}

void TestAccountService::validateListsEveryProblem()
{
    LegalBusinessProfile profile;
    profile.address.country = u"XX"_s;
    QStringList fields;
    for (const Error& error : AccountService::validate(profile)) {
        fields << error.field();
    }
    QCOMPARE(fields,
             (QStringList{u"legalName"_s, u"addressLine1"_s, u"city"_s, u"country"_s, u"contactFirstName"_s,
                          u"contactLastName"_s, u"contactEmail"_s, u"contactPhone"_s}));
    QVERIFY(AccountService::validate(m_partner.account.legal).isEmpty());
    QVERIFY(AccountService::validate(m_partner.account.support).isEmpty());
}

void TestAccountService::countryChangeRefused()
{
    LegalBusinessProfile profile = m_partner.account.legal;
    profile.address.country = u"MX"_s;
    auto result = accounts().updateLegalProfile(m_admin, profile);
    PD_VERIFY_ERROR(result, ErrorCode::InvalidInput);
    QCOMPARE(result.error().field(), u"country"_s);
    QCOMPARE(result.errorString(),
             u"The country/region of a partner account is fixed when it enrolls and can't be changed."_s);
    QCOMPARE(stored().legal.address.country, u"US"_s);
    QCOMPARE(auditCount(), 0);
}

void TestAccountService::changePartnerIdToSiblingProfile()
{
    m_tw->clock().advance(60);
    auto updated = accounts().changePartnerId(m_admin, u" 5200002 "_s);
    PD_VERIFY_OK(updated);
    QCOMPARE(updated->partnerId, u"5200002"_s);
    QCOMPARE(stored().partnerId, u"5200002"_s);
    QCOMPARE(stored().updated, TestClock::defaultStart().addSecs(3600));

    auto events = AuditStore::eventsOfPartner(m_tw->db(), m_partner.account.id);
    PD_VERIFY_OK(events);
    QCOMPARE(events->size(), 1);
    QCOMPARE(events->constFirst().action, u"partner.partnerIdChanged"_s);
    QCOMPARE(events->constFirst().actorUserId, m_partner.admin.id);
    const QJsonObject change = events->constFirst().details.value(u"partnerId"_s).toObject();
    QCOMPARE(change.value(u"from"_s).toString(), m_partner.profile.partnerId);
    QCOMPARE(change.value(u"to"_s).toString(), u"5200002"_s);

    // The old profile is free again and the new one is linked (E3 bookkeeping).
    auto profiles = accounts().mpnProfiles(m_admin);
    PD_VERIFY_OK(profiles);
    for (const MpnProfile& profile : profiles.value()) {
        if (profile.partnerId == m_partner.profile.partnerId) {
            QVERIFY(profile.linkedPartnerAccountId.isEmpty());
        } else if (profile.partnerId == u"5200002"_s) {
            QCOMPARE(profile.linkedPartnerAccountId, m_partner.account.id);
        }
    }
    // Choosing the Partner ID already in use changes nothing and records nothing.
    PD_VERIFY_OK(accounts().changePartnerId(m_admin, u"5200002"_s));
    QCOMPARE(auditCount(), 1);
}

void TestAccountService::changePartnerIdRefused_data()
{
    QTest::addColumn<QString>("partnerId");
    QTest::addColumn<ErrorCode>("code");
    QTest::addColumn<QStringList>("mentions");
    QTest::newRow("unknown ID") << u"7777777"_s << ErrorCode::NotFound
                                << QStringList{u"No MPN profile has the Partner ID 7777777."_s};
    QTest::newRow("not a Partner ID") << u"12AB"_s << ErrorCode::InvalidInput << QStringList();
    // On a shared workspace a person, on their own login, can't read another PMC account's
    // profiles (V1): to them the Partner ID is unknown.
    if (TestServer::enabled()) {
        QTest::newRow("profile of another PMC account")
            << u"5300001"_s << ErrorCode::NotFound << QStringList{u"No MPN profile has the Partner ID 5300001."_s};
    } else {
        QTest::newRow("profile of another PMC account")
            << u"5300001"_s << ErrorCode::PermissionDenied
            << QStringList{u"5300001"_s, u"belongs to another Partner Membership Center account"_s};
    }
    QTest::newRow("E2 Inactive profile") << u"5200003"_s << ErrorCode::InvalidState
                                         << QStringList{u"5200003"_s, u"inactive"_s,
                                                        u"Choose an active organization profile."_s};
    QTest::newRow("E2 other country names both countries")
        << u"5200004"_s << ErrorCode::InvalidState
        << QStringList{u"The MPN profile 5200004 is located in Mexico, but your tenant is in United States."_s};
    QTest::newRow("E3 already linked to another account")
        << u"5200005"_s << ErrorCode::Conflict
        << QStringList{u"The Partner ID 5200005 is already linked to the partner account of harborportland Ltd."_s};
}

void TestAccountService::changePartnerIdRefused()
{
    QFETCH(QString, partnerId);
    QFETCH(ErrorCode, code);
    QFETCH(QStringList, mentions);
    QCOMPARE(Countries::name(u"MX"_s), u"Mexico"_s);
    QCOMPARE(Countries::name(u"US"_s), u"United States"_s);

    auto result = accounts().changePartnerId(m_admin, partnerId);
    PD_VERIFY_ERROR(result, code);
    QCOMPARE(result.error().field(), u"partnerId"_s);
    for (const QString& text : mentions) {
        QVERIFY2(result.errorString().contains(text), qPrintable(result.errorString()));
    }
    QCOMPARE(stored().partnerId, m_partner.profile.partnerId);
    QCOMPARE(auditCount(), 0);
}

void TestAccountService::mpnProfilesOfOwnPmcAccount()
{
    auto profiles = accounts().mpnProfiles(m_sales);
    PD_VERIFY_OK(profiles);
    QStringList ids;
    for (const MpnProfile& profile : profiles.value()) {
        ids << profile.partnerId;
    }
    ids.sort();
    QCOMPARE(ids, (QStringList{m_partner.profile.partnerId, u"5200002"_s, u"5200003"_s, u"5200004"_s, u"5200005"_s}));
}

QTEST_GUILESS_MAIN(TestAccountService)
#include "tst_AccountService.moc"
