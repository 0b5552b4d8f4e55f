// The program administrator keeps the official provider list: adds an indirect provider with its
// tenant, Partner ID, first user and listing in one transaction (E2, E3, E4), and suspends or
// reinstates one. Every refusal writes nothing; nobody else may do either (U2).

#include "TestSupport.h"
#include "services/DirectoryService.h"
#include "storage/AuditStore.h"
#include "storage/OutboxStore.h"
#include "storage/PartnerStore.h"

#include <QtTest>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(NewProviderAccount)

namespace {

// The tables addProvider writes to, with their row counts.
QMap<QString, int> counts(const TestWorkspace& tw)
{
    QMap<QString, int> result;
    for (const QString& table :
         {u"tenants"_s, u"tenant_users"_s, u"partner_accounts"_s, u"partner_roles"_s, u"partner_status_history"_s,
          u"provider_listings"_s, u"provider_countries"_s, u"audit_events"_s, u"outbox_messages"_s}) {
        result.insert(table, tw.count(table));
    }
    return result;
}

} // namespace

class TestProviderDirectory : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void addedProviderIsListed();
    void firstUserSignsInAsAdminAgent();
    void onlyProgramAdministrators_U2();
    void refusalsWriteNothing_data();
    void refusalsWriteNothing();
    void refusesInvalidListing_data();
    void refusesInvalidListing();
    void suspendNeedsReason();
    void suspendAndReinstate();
    void onlyActiveAndSuspendedMove();

private:
    DirectoryService& directory() { return m_tw->workspace().directory(); }
    // A valid provider on the Active MPN profile m_partnerId (Mexico).
    NewProviderAccount valid() const;
    ProviderListing addValid();

    std::unique_ptr<TestWorkspace> m_tw;
    Session m_admin;
    PmcAccount m_pmc;
    QString m_partnerId;
};

void TestProviderDirectory::init()
{
    m_tw = std::make_unique<TestWorkspace>();
    PD_VERIFY_OK(m_tw->openStatus());
    auto admin = m_tw->createProgramAdministrator();
    PD_VERIFY_OK(admin);
    m_admin = admin.value();
    auto pmc = m_tw->createPmcAccount(u"fabrikam.pmc"_s);
    PD_VERIFY_OK(pmc);
    m_pmc = pmc.value();
    m_partnerId = m_tw->nextPartnerId();
    PD_VERIFY_OK(
        m_tw->addMpnProfile(m_pmc, m_partnerId, u"MX"_s, MpnStatus::Active, u"Fabrikam Distribution S.A. de C.V."_s));
}

void TestProviderDirectory::cleanup()
{
    m_tw.reset();
}

NewProviderAccount TestProviderDirectory::valid() const
{
    NewProviderAccount p;
    p.tenant = {u"Fabrikam Distribution"_s, u"FabrikamDist"_s, u"MX"_s};
    p.firstUser = {u"Rosa Méndez"_s, u"Rosa.Mendez"_s, u"Provider!2026"_s, DirectoryRole::User};
    p.partnerId = u" "_s + m_partnerId + u" "_s;
    p.legal.legalName = u"Fabrikam Distribution S.A. de C.V."_s;
    p.legal.address = {u"Av. Reforma 222"_s, {}, u"Ciudad de México"_s, u"CDMX"_s, u"06600"_s, u"US"_s};
    p.legal.contactFirstName = u"Rosa"_s;
    p.legal.contactLastName = u"Méndez"_s;
    p.legal.contactEmail = u"rosa@Fabrikam.example"_s;
    p.legal.contactPhone = u"+52 55 5555 0100"_s;
    p.support = {u"support@fabrikam.example"_s, u"+52 55 5555 0199"_s, u"www.fabrikam.example"_s};
    p.listing.countries = {u"MX"_s, u"GT"_s, u"MX"_s};
    p.listing.services = {ProviderService::FinancingAndCredit, ProviderService::CustomerSupport};
    p.listing.contactName = u"  Partner   desk "_s;
    p.listing.contactEmail = u"partners@fabrikam.example"_s;
    p.listing.contactPhone = u"+52 55 5555 0111"_s;
    p.listing.website = u"fabrikam.example/partners"_s;
    p.listing.description = u" Distribution across Central America. "_s;
    return p;
}

ProviderListing TestProviderDirectory::addValid()
{
    auto added = directory().addProvider(m_admin, valid());
    if (!added) {
        qWarning().noquote() << "addProvider failed:" << added.errorString();
        return {};
    }
    return added.value();
}

void TestProviderDirectory::addedProviderIsListed()
{
    QVERIFY(directory().validateNewProvider(valid()).isEmpty());
    const QMap<QString, int> before = counts(*m_tw);
    auto added = directory().addProvider(m_admin, valid());
    PD_VERIFY_OK(added);
    QCOMPARE(added->partnerId, m_partnerId);
    QCOMPARE(added->name, u"Fabrikam Distribution S.A. de C.V."_s);
    QCOMPARE(added->status, PartnerStatus::Active);
    QCOMPARE(added->countries, (QStringList{u"GT"_s, u"MX"_s}));
    QCOMPARE(added->services,
             (QList<ProviderService>{ProviderService::CustomerSupport, ProviderService::FinancingAndCredit}));
    QCOMPARE(added->contactName, u"Partner desk"_s);
    QCOMPARE(added->website, u"https://fabrikam.example/partners"_s);
    QCOMPARE(added->description, u"Distribution across Central America."_s);

    auto listings = directory().providerDirectory(m_admin);
    PD_VERIFY_OK(listings);
    QCOMPARE(listings->size(), 1);
    QCOMPARE(listings->first().partnerAccountId, added->partnerAccountId);
    QCOMPARE(listings->first().countries, (QStringList{u"GT"_s, u"MX"_s}));
    QCOMPARE(listings->first().services, added->services);

    // One of each, all in one transaction; the listing serves two countries.
    const QMap<QString, int> after = counts(*m_tw);
    for (const QString& table :
         {u"tenants"_s, u"partner_accounts"_s, u"provider_listings"_s, u"audit_events"_s, u"outbox_messages"_s,
          u"tenant_users"_s, u"partner_roles"_s, u"partner_status_history"_s}) {
        QVERIFY2(after.value(table) == before.value(table) + 1, qPrintable(table));
    }
    QCOMPARE(after.value(u"provider_countries"_s), before.value(u"provider_countries"_s) + 2);

    // The account: an Active indirect provider in the tenant's country, linked to the profile (E3).
    auto account = PartnerStore::accountById(m_tw->db(), added->partnerAccountId);
    PD_VERIFY_OK(account);
    QVERIFY(account->has_value());
    QCOMPARE(account->value().type, PartnerType::IndirectProvider);
    QCOMPARE(account->value().legal.address.country, u"MX"_s);
    QCOMPARE(account->value().legal.contactEmail, u"rosa@fabrikam.example"_s);
    QCOMPARE(account->value().support.website, u"https://www.fabrikam.example"_s);
    QCOMPARE(m_tw->scalar(u"SELECT domain_prefix FROM tenants WHERE id = ?"_s, {account->value().tenantId}),
             QVariant(u"fabrikamdist"_s));
    auto history = PartnerStore::statusHistory(m_tw->db(), added->partnerAccountId);
    PD_VERIFY_OK(history);
    QCOMPARE(history->size(), 1);
    QCOMPARE(history->first().toStatus, PartnerStatus::Active);
    QCOMPARE(history->first().actorName, m_admin.user.displayName);

    auto events = AuditStore::eventsOfPartner(m_tw->db(), added->partnerAccountId);
    PD_VERIFY_OK(events);
    QCOMPARE(events->size(), 1);
    QCOMPARE(events->first().action, u"provider.added"_s);
    QCOMPARE(events->first().actorUserId, m_admin.user.id);
    QCOMPARE(events->first().details.value(u"firstUser"_s).toString(), u"rosa.mendez@fabrikamdist.onmicrosoft.com"_s);

    auto messages = OutboxStore::messages(m_tw->db(), added->partnerAccountId);
    PD_VERIFY_OK(messages);
    QCOMPARE(messages->size(), 1);
    QCOMPARE(messages->first().kind, u"provider.welcome"_s);
    QCOMPARE(messages->first().recipient, u"rosa@fabrikam.example"_s);
    QVERIFY(messages->first().body.contains(u"rosa.mendez@fabrikamdist.onmicrosoft.com"_s));
    QVERIFY(messages->first().body.contains(u"Guatemala, Mexico"_s));

    // The Partner ID is now linked (E3): a second provider can't take it.
    NewProviderAccount second = valid();
    second.tenant.domainPrefix = u"other"_s;
    auto refused = directory().addProvider(m_admin, second);
    PD_VERIFY_ERROR(refused, ErrorCode::Conflict);
    QCOMPARE(refused.error().field(), u"partnerId"_s);
}

void TestProviderDirectory::firstUserSignsInAsAdminAgent()
{
    PD_VERIFY_OK(directory().addProvider(m_admin, valid()));
    auto session = directory().signIn(u"Rosa.Mendez@FabrikamDist.onmicrosoft.com"_s, u"Provider!2026"_s);
    PD_VERIFY_OK(session);
    QCOMPARE(session->persona(), Persona::Partner);
    QVERIFY(session->isGlobalAdministrator());
    QCOMPARE(session->user.displayName, u"Rosa Méndez"_s);
    QCOMPARE(session->roles, QList<PartnerRole>{PartnerRole::AdminAgent});
    QVERIFY(session->partner);
    QCOMPARE(session->partner->type, PartnerType::IndirectProvider);
    QCOMPARE(session->partner->status, PartnerStatus::Active);
    // The password was hashed with the workspace's cost, not the product default.
    QVERIFY(m_tw->scalar(u"SELECT password_hash FROM tenant_users WHERE id = ?"_s, {session->user.id})
                .toString()
                .startsWith(u"$argon2id$v=19$m=8,t=1,p=1$"_s));
}

void TestProviderDirectory::onlyProgramAdministrators_U2()
{
    auto partner = m_tw->createPartner(u"harbor"_s, PartnerType::IndirectProvider);
    PD_VERIFY_OK(partner);
    auto session = m_tw->signIn(partner->admin.upn);
    PD_VERIFY_OK(session);
    const QMap<QString, int> before = counts(*m_tw);

    auto refused = directory().addProvider(session.value(), valid());
    PD_VERIFY_ERROR(refused, ErrorCode::PermissionDenied);
    QCOMPARE(refused.errorString(), u"Only a program administrator of this workspace can do this."_s);
    PD_VERIFY_ERROR(
        directory().setProviderStatus(session.value(), partner->account.id, PartnerStatus::Suspended, u"Testing"_s),
        ErrorCode::PermissionDenied);
    PD_VERIFY_ERROR(directory().findMpnProfile(session.value(), m_partnerId), ErrorCode::PermissionDenied);
    PD_VERIFY_ERROR(directory().providerDirectory(session.value()), ErrorCode::PermissionDenied);
    QCOMPARE(counts(*m_tw), before);
    QCOMPARE(m_tw->scalar(u"SELECT status FROM partner_accounts WHERE id = ?"_s, {partner->account.id}).toString(),
             u"Active"_s);
}

void TestProviderDirectory::refusalsWriteNothing_data()
{
    QTest::addColumn<QString>("arrange");
    QTest::addColumn<ErrorCode>("code");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown Partner ID") << u"unknown"_s << ErrorCode::NotFound << u"partnerId"_s
                                        << u"No MPN profile has the Partner ID 7777777. Add the profile on the MPN "
                                           "profiles tab first."_s;
    QTest::newRow("E2 inactive profile") << u"inactive"_s << ErrorCode::InvalidState << u"partnerId"_s << QString();
    QTest::newRow("E2 country mismatch")
        << u"country"_s << ErrorCode::InvalidState << u"partnerId"_s
        << u"The MPN profile %1 is located in Mexico, but the provider's tenant is in Guatemala. Choose Mexico for "
           "the tenant, or a profile located in Guatemala."_s;
    QTest::newRow("E3 Partner ID already linked") << u"linked"_s << ErrorCode::Conflict << u"partnerId"_s
                                                  << u"The Partner ID %1 is already linked to the partner account "
                                                     "of harbor Ltd."_s;
    QTest::newRow("E4 domain prefix taken") << u"prefix"_s << ErrorCode::Conflict << u"domainPrefix"_s
                                            << u"harbor.onmicrosoft.com is already taken. Try another prefix."_s;
    QTest::newRow("no country served") << u"noCountry"_s << ErrorCode::InvalidInput << u"countriesServed"_s
                                       << u"Choose at least one country/region the provider serves."_s;
    QTest::newRow("weak password") << u"password"_s << ErrorCode::InvalidInput << u"password"_s << QString();
}

void TestProviderDirectory::refusalsWriteNothing()
{
    QFETCH(QString, arrange);
    QFETCH(ErrorCode, code);
    QFETCH(QString, field);
    QFETCH(QString, message);
    NewProviderAccount input = valid();
    if (arrange == u"unknown"_s) {
        input.partnerId = u"7777777"_s;
    } else if (arrange == u"inactive"_s) {
        const QString id = m_tw->nextPartnerId();
        PD_VERIFY_OK(m_tw->addMpnProfile(m_pmc, id, u"MX"_s, MpnStatus::Inactive));
        input.partnerId = id;
    } else if (arrange == u"country"_s) {
        input.tenant.country = u"GT"_s;
    } else if (arrange == u"linked"_s) {
        auto partner = m_tw->createPartner(u"harbor"_s, PartnerType::IndirectReseller, PartnerStatus::Active,
                                           {PartnerRole::AdminAgent}, u"MX"_s);
        PD_VERIFY_OK(partner);
        input.partnerId = partner->profile.partnerId;
    } else if (arrange == u"prefix"_s) {
        PD_VERIFY_OK(m_tw->createTenant(u"harbor"_s));
        input.tenant.domainPrefix = u"Harbor"_s;
    } else if (arrange == u"noCountry"_s) {
        input.listing.countries.clear();
    } else if (arrange == u"password"_s) {
        input.firstUser.password = u"password"_s;
    }
    const QMap<QString, int> before = counts(*m_tw);

    const QList<Error> problems = directory().validateNewProvider(input);
    QCOMPARE(problems.size(), 1);
    QCOMPARE(problems.first().field(), field);
    auto refused = directory().addProvider(m_admin, input);
    PD_VERIFY_ERROR(refused, code);
    QCOMPARE(refused.error().field(), field);
    if (!message.isEmpty()) {
        QCOMPARE(refused.errorString(), message.contains(u"%1"_s) ? message.arg(input.partnerId.trimmed()) : message);
    }
    QCOMPARE(counts(*m_tw), before);
}

void TestProviderDirectory::refusesInvalidListing_data()
{
    QTest::addColumn<NewProviderAccount>("input");
    QTest::addColumn<QString>("field");
    NewProviderAccount input = valid();
    input.listing.countries = {u"MX"_s, u"XX"_s};
    QTest::newRow("unknown country served") << input << u"countriesServed"_s;
    input = valid();
    input.listing.contactName = u" "_s;
    QTest::newRow("no contact name") << input << u"listingContactName"_s;
    input = valid();
    input.listing.contactEmail = u"partners"_s;
    QTest::newRow("contact email") << input << u"listingContactEmail"_s;
    input = valid();
    input.listing.contactPhone = u"12"_s;
    QTest::newRow("contact phone") << input << u"listingContactPhone"_s;
    input = valid();
    input.listing.website = u"not a site"_s;
    QTest::newRow("web site") << input << u"listingWebsite"_s;
    input = valid();
    input.legal.contactEmail.clear();
    QTest::newRow("primary contact email") << input << u"contactEmail"_s;
    input = valid();
    input.support.phone.clear();
    QTest::newRow("support phone") << input << u"supportPhone"_s;
    input = valid();
    input.firstUser.userName = u"rosa mendez"_s;
    QTest::newRow("user name") << input << u"userName"_s;
}

void TestProviderDirectory::refusesInvalidListing()
{
    QFETCH(NewProviderAccount, input);
    QFETCH(QString, field);
    const QMap<QString, int> before = counts(*m_tw);
    auto refused = directory().addProvider(m_admin, input);
    PD_VERIFY_ERROR(refused, ErrorCode::InvalidInput);
    QCOMPARE(refused.error().field(), field);
    QCOMPARE(counts(*m_tw), before);
}

void TestProviderDirectory::suspendNeedsReason()
{
    const ProviderListing provider = addValid();
    QVERIFY(!provider.partnerAccountId.isEmpty());
    const QMap<QString, int> before = counts(*m_tw);
    auto refused = directory().setProviderStatus(m_admin, provider.partnerAccountId, PartnerStatus::Suspended, u"  "_s);
    PD_VERIFY_ERROR(refused, ErrorCode::InvalidInput);
    QCOMPARE(refused.error().field(), u"reason"_s);
    QCOMPARE(refused.errorString(),
             u"Enter the reason for suspending Fabrikam Distribution S.A. de C.V.: its primary contact reads it."_s);
    QCOMPARE(counts(*m_tw), before);
    QCOMPARE(m_tw->scalar(u"SELECT status FROM partner_accounts WHERE id = ?"_s, {provider.partnerAccountId}),
             QVariant(u"Active"_s));
}

void TestProviderDirectory::suspendAndReinstate()
{
    const ProviderListing provider = addValid();
    QVERIFY(!provider.partnerAccountId.isEmpty());
    m_tw->clock().advance(60);
    auto suspended = directory().setProviderStatus(m_admin, provider.partnerAccountId, PartnerStatus::Suspended,
                                                   u" Unpaid invoices "_s);
    PD_VERIFY_OK(suspended);
    QCOMPARE(suspended->status, PartnerStatus::Suspended);

    // Still in the administrator's directory, with its status.
    auto listings = directory().providerDirectory(m_admin);
    PD_VERIFY_OK(listings);
    QCOMPARE(listings->size(), 1);
    QCOMPARE(listings->first().status, PartnerStatus::Suspended);
    QCOMPARE(listings->first().countries, (QStringList{u"GT"_s, u"MX"_s}));

    auto history = PartnerStore::statusHistory(m_tw->db(), provider.partnerAccountId);
    PD_VERIFY_OK(history);
    QCOMPARE(history->size(), 2);
    QCOMPARE(history->last().fromStatus, u"Active"_s);
    QCOMPARE(history->last().toStatus, PartnerStatus::Suspended);
    QCOMPARE(history->last().reason, u"Unpaid invoices"_s);
    auto events = AuditStore::eventsOfPartner(m_tw->db(), provider.partnerAccountId);
    PD_VERIFY_OK(events);
    QCOMPARE(events->size(), 2);
    QCOMPARE(events->first().action, u"partner.statusChanged"_s); // newest first
    QCOMPARE(events->first().details.value(u"reason"_s).toString(), u"Unpaid invoices"_s);
    QCOMPARE(events->first().actorUserId, m_admin.user.id);
    auto messages = OutboxStore::messages(m_tw->db(), provider.partnerAccountId);
    PD_VERIFY_OK(messages);
    QCOMPARE(messages->size(), 2);
    QCOMPARE(messages->first().kind, u"provider.statusChanged"_s);
    QCOMPARE(messages->first().recipient, u"rosa@fabrikam.example"_s);
    QCOMPARE(messages->first().subject, u"Partner account of Fabrikam Distribution S.A. de C.V.: Suspended"_s);
    QVERIFY(messages->first().body.contains(u"Reason: Unpaid invoices"_s));

    // E10: the provider's own users can no longer invite.
    auto user = directory().signIn(u"rosa.mendez@fabrikamdist.onmicrosoft.com"_s, u"Provider!2026"_s);
    PD_VERIFY_OK(user);
    QVERIFY(!user->can(Action::InviteResellers));

    m_tw->clock().advance(60);
    auto reinstated = directory().setProviderStatus(m_admin, provider.partnerAccountId, PartnerStatus::Active);
    PD_VERIFY_OK(reinstated);
    QCOMPARE(reinstated->status, PartnerStatus::Active);
    QCOMPARE(m_tw->count(u"partner_status_history"_s), 3);
    messages = OutboxStore::messages(m_tw->db(), provider.partnerAccountId);
    PD_VERIFY_OK(messages);
    QCOMPARE(messages->size(), 3);
    QVERIFY(messages->first().body.contains(u"is active again"_s));
    user = directory().signIn(u"rosa.mendez@fabrikamdist.onmicrosoft.com"_s, u"Provider!2026"_s);
    PD_VERIFY_OK(user);
    QVERIFY(user->can(Action::InviteResellers));
}

void TestProviderDirectory::onlyActiveAndSuspendedMove()
{
    const ProviderListing provider = addValid();
    QVERIFY(!provider.partnerAccountId.isEmpty());
    PD_VERIFY_OK(
        directory().setProviderStatus(m_admin, provider.partnerAccountId, PartnerStatus::Suspended, u"Audit"_s));
    const QMap<QString, int> before = counts(*m_tw);

    auto again
        = directory().setProviderStatus(m_admin, provider.partnerAccountId, PartnerStatus::Suspended, u"Audit again"_s);
    PD_VERIFY_ERROR(again, ErrorCode::InvalidState);
    QCOMPARE(again.errorString(), u"Fabrikam Distribution S.A. de C.V. is already suspended."_s);
    PD_VERIFY_ERROR(directory().setProviderStatus(m_admin, provider.partnerAccountId, PartnerStatus::Rejected, u"No"_s),
                    ErrorCode::InvalidState);
    PD_VERIFY_ERROR(directory().setProviderStatus(m_admin, provider.partnerAccountId, PartnerStatus::UnderReview),
                    ErrorCode::InvalidState);
    QCOMPARE(counts(*m_tw), before);

    // A reseller is not on the provider list; an unknown account is not found.
    auto reseller = m_tw->createPartner(u"harbor"_s, PartnerType::IndirectReseller);
    PD_VERIFY_OK(reseller);
    PD_VERIFY_ERROR(directory().setProviderStatus(m_admin, reseller->account.id, PartnerStatus::Suspended, u"No"_s),
                    ErrorCode::NotFound);
    PD_VERIFY_ERROR(directory().setProviderStatus(m_admin, u"nobody"_s, PartnerStatus::Active), ErrorCode::NotFound);

    // A provider still under review is neither suspended nor reinstated here.
    auto pending = m_tw->createPartner(u"pending"_s, PartnerType::IndirectProvider, PartnerStatus::UnderReview);
    PD_VERIFY_OK(pending);
    auto refused = directory().setProviderStatus(m_admin, pending->account.id, PartnerStatus::Suspended, u"No"_s);
    PD_VERIFY_ERROR(refused, ErrorCode::InvalidState);
    QCOMPARE(refused.errorString(),
             u"pending Ltd is under review. Only an active provider can be suspended, and "
             "only a suspended one reinstated."_s);
}

QTEST_GUILESS_MAIN(TestProviderDirectory)
#include "tst_ProviderDirectory.moc"
