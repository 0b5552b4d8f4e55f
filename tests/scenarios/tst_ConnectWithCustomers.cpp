// The seed's "Connect with customers", end to end through core services (C1–C8, V1): a reseller
// asks a customer for a reseller relationship alone, then with its provider; the customer accepts
// by creating its tenant, then as its Global administrator; the provider can order only once it
// serves the customer, and the order carries the reseller's Partner ID; licenses never outnumber
// the subscription; and across two resellers and two providers every list, search, export and
// count shows each partner its own customers only.

#include "TestSupport.h"
#include "services/CustomerService.h"
#include "services/InvitationService.h"
#include "services/LicenseService.h"
#include "services/OrderService.h"
#include "services/RelationshipService.h"

#include <QBuffer>
#include <QtTest>

using namespace Qt::StringLiterals;

class TestConnectWithCustomers : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void bothInvitationKindsEndToEnd_C1_C3_C4();
    void providerOrdersOnlyWithTheRelationship_C5();
    void licensesNeverOutnumberTheSubscription_C6();
    void twoResellersTwoProvidersSeeTheirOwn_V1();

private:
    Result<ChannelFixture> channel(const QString& provider, const QString& reseller);
    // The reseller invites recipient (with the channel's provider when withProvider); returns the link.
    QString invite(const ChannelFixture& c, bool withProvider, const QString& recipient);
    // A new customer named name accepts link, creating tenant prefix.
    Session acceptAsNew(const QString& link, const QString& prefix, const QString& name);
    QStringList names(const Session& viewer, const QString& search = {});
    QString newSubscription(const ChannelFixture& c, const QString& customerId, int quantity);

    std::unique_ptr<TestWorkspace> m_tw;
};

void TestConnectWithCustomers::init()
{
    m_tw = std::make_unique<TestWorkspace>();
    PD_VERIFY_OK(m_tw->openStatus());
}

void TestConnectWithCustomers::cleanup()
{
    m_tw.reset();
}

Result<ChannelFixture> TestConnectWithCustomers::channel(const QString& provider, const QString& reseller)
{
    ChannelFixture c;
    auto p = m_tw->createPartner(provider, PartnerType::IndirectProvider);
    if (!p) {
        return p.error();
    }
    c.provider = p.value();
    Status listed = m_tw->addListing(c.provider.account.id, {u"US"_s});
    if (!listed) {
        return listed.error();
    }
    auto r = m_tw->createPartner(reseller, PartnerType::IndirectReseller);
    if (!r) {
        return r.error();
    }
    c.reseller = r.value();
    auto ps = m_tw->signIn(c.provider.admin.upn);
    auto rs = m_tw->signIn(c.reseller.admin.upn);
    if (!ps || !rs) {
        return !ps ? ps.error() : rs.error();
    }
    c.providerSession = ps.value();
    c.resellerSession = rs.value();
    Status connected = connectChannel(*m_tw, c);
    if (!connected) {
        return connected.error();
    }
    return c;
}

QString TestConnectWithCustomers::invite(const ChannelFixture& c, bool withProvider, const QString& recipient)
{
    auto draft = m_tw->workspace().invitations().newDraft(c.resellerSession,
                                                          withProvider ? InvitationKind::CustomerOfResellerAndProvider
                                                                       : InvitationKind::CustomerOfReseller,
                                                          u"en"_s, withProvider ? c.provider.account.id : QString());
    if (!draft) {
        qWarning() << draft.errorString();
        return {};
    }
    draft.value().recipientEmail = recipient;
    auto recorded = m_tw->workspace().invitations().record(c.resellerSession, draft.value());
    if (!recorded) {
        qWarning() << recorded.errorString();
        return {};
    }
    return draft->link;
}

Session TestConnectWithCustomers::acceptAsNew(const QString& link, const QString& prefix, const QString& name)
{
    NewCustomer customer = TestWorkspace::newCustomer(prefix);
    customer.company.legalName = name;
    customer.tenant.displayName = name;
    auto session = m_tw->workspace().customers().acceptAsNewCustomer(link, customer, true);
    if (!session) {
        qWarning() << session.errorString();
        return {};
    }
    return session.value();
}

QStringList TestConnectWithCustomers::names(const Session& viewer, const QString& search)
{
    auto rows = m_tw->workspace().customers().customerPage(viewer, {search, CustomerSort::Name, false}, {}, 1000);
    if (!rows) {
        return {rows.errorString()};
    }
    QStringList result;
    for (const CustomerRow& row : rows.value()) {
        result << row.companyName;
    }
    return result;
}

QString TestConnectWithCustomers::newSubscription(const ChannelFixture& c, const QString& customerId, int quantity)
{
    auto offers = m_tw->workspace().orders().offers();
    if (!offers || offers->isEmpty()) {
        return {};
    }
    OrderDraft draft;
    draft.customerId = customerId;
    draft.resellerAccountId = c.reseller.account.id;
    draft.line.type = TransactionType::New;
    draft.line.offerId = offers->constFirst().id;
    draft.line.term = offers->constFirst().terms.constFirst();
    draft.line.quantity = quantity;
    auto order = m_tw->workspace().orders().submit(c.providerSession, draft);
    if (!order) {
        qWarning() << order.errorString();
        return {};
    }
    return m_tw->scalar(u"SELECT id FROM subscriptions WHERE customer_id = ?"_s, {customerId}).toString();
}

void TestConnectWithCustomers::bothInvitationKindsEndToEnd_C1_C3_C4()
{
    auto c = channel(u"bluewater"_s, u"harborlight"_s);
    PD_VERIFY_OK(c);
    // "Request a reseller relationship": the reseller alone.
    const QString alone = invite(c.value(), false, u"morgan@lakeside.example"_s);
    QVERIFY(!alone.isEmpty());
    const Session customer = acceptAsNew(alone, u"lakeside"_s, u"Lakeside Dental Group"_s);
    QVERIFY(customer.customerTenant);
    QCOMPARE(names(c->resellerSession), QStringList{u"Lakeside Dental Group"_s});
    QCOMPARE(names(c->providerSession), QStringList());
    auto partners = m_tw->workspace().customers().partnersOf(customer);
    PD_VERIFY_OK(partners);
    QCOMPARE(partners->size(), 1);
    QVERIFY(partners->constFirst().delegatedAdmin);

    // "Invite new customers" with the provider: the customer already has the reseller, so it
    // gains the provider only, accepting as its Global administrator.
    const QString both = invite(c.value(), true, u"morgan@lakeside.example"_s);
    PD_VERIFY_OK(m_tw->workspace().customers().accept(customer, both, true));
    QCOMPARE(names(c->providerSession), QStringList{u"Lakeside Dental Group"_s});
    QCOMPARE(m_tw->scalar(u"SELECT count(*) FROM customer_relationships"_s).toInt(), 2);
    auto rows = m_tw->workspace().customers().customerPage(c->resellerSession, {});
    PD_VERIFY_OK(rows);
    QCOMPARE(rows->constFirst().partners, QStringList{c->provider.account.legal.legalName});

    // A new customer invited with the provider shows on both pages at once.
    const QString fresh = invite(c.value(), true, u"ana@cafeole.example"_s);
    acceptAsNew(fresh, u"cafeole"_s, u"Café Olé Roasters"_s);
    QCOMPARE(names(c->resellerSession), (QStringList{u"Café Olé Roasters"_s, u"Lakeside Dental Group"_s}));
    QCOMPARE(names(c->providerSession), (QStringList{u"Café Olé Roasters"_s, u"Lakeside Dental Group"_s}));
    // Both invitations are listed with their status.
    auto sent = m_tw->workspace().invitations().sent(
        c->resellerSession, {InvitationKind::CustomerOfReseller, InvitationKind::CustomerOfResellerAndProvider});
    PD_VERIFY_OK(sent);
    QCOMPARE(sent->size(), 3);
    for (const Invitation& invitation : sent.value()) {
        QCOMPARE(invitation.status, InvitationStatus::Accepted);
        QVERIFY(!invitation.acceptedByPartnerName.isEmpty());
    }
}

void TestConnectWithCustomers::providerOrdersOnlyWithTheRelationship_C5()
{
    auto c = channel(u"bluewater"_s, u"harborlight"_s);
    PD_VERIFY_OK(c);
    const Session customer = acceptAsNew(invite(c.value(), false, u"morgan@lakeside.example"_s), u"lakeside"_s,
                                         u"Lakeside Dental Group"_s);
    const QString customerId
        = m_tw->scalar(u"SELECT id FROM customers WHERE tenant_id = ?"_s, {customer.tenant.id}).toString();
    const QStringList before = m_tw->snapshot();
    QVERIFY(newSubscription(c.value(), customerId, 5).isEmpty()); // refused: the provider doesn't serve it
    QCOMPARE(m_tw->snapshot(), before);
    OrderDraft draft;
    draft.customerId = customerId;
    draft.resellerAccountId = c->reseller.account.id;
    draft.line.offerId = m_tw->workspace().orders().offers()->constFirst().id;
    draft.line.term = m_tw->workspace().orders().offers()->constFirst().terms.constFirst();
    draft.line.quantity = 5;
    Status refused = m_tw->workspace().orders().checkOrder(c->providerSession, draft);
    QVERIFY(!refused.ok());
    QVERIFY2(refused.errorString().contains(c->provider.account.legal.legalName), qPrintable(refused.errorString()));

    PD_VERIFY_OK(
        m_tw->workspace().customers().accept(customer, invite(c.value(), true, u"morgan@lakeside.example"_s), true));
    const QString subscription = newSubscription(c.value(), customerId, 5);
    QVERIFY(!subscription.isEmpty());
    QCOMPARE(m_tw->scalar(u"SELECT partner_on_record FROM subscriptions WHERE id = ?"_s, {subscription}).toString(),
             c->reseller.account.partnerId);
    QCOMPARE(m_tw->scalar(u"SELECT partner_on_record FROM orders WHERE customer_id = ?"_s, {customerId}).toString(),
             c->reseller.account.partnerId);
    QCOMPARE(m_tw->scalar(u"SELECT billed_by_account_id FROM subscriptions WHERE id = ?"_s, {subscription}).toString(),
             c->provider.account.id);
    // Once the reseller ends the relationship with the provider, the provider's orders stop (P6).
    auto relationship = m_tw->scalar(u"SELECT id FROM indirect_relationships WHERE status = 'Active'"_s).toString();
    PD_VERIFY_OK(m_tw->workspace().relationships().end(c->resellerSession, relationship));
    QVERIFY(newSubscription(c.value(), customerId, 1).isEmpty());
    QCOMPARE(m_tw->count(u"orders"_s), 1);
}

void TestConnectWithCustomers::licensesNeverOutnumberTheSubscription_C6()
{
    auto c = channel(u"bluewater"_s, u"harborlight"_s);
    PD_VERIFY_OK(c);
    const Session customer
        = acceptAsNew(invite(c.value(), true, u"morgan@lakeside.example"_s), u"lakeside"_s, u"Lakeside Dental Group"_s);
    const QString customerId
        = m_tw->scalar(u"SELECT id FROM customers WHERE tenant_id = ?"_s, {customer.tenant.id}).toString();
    const QString subscription = newSubscription(c.value(), customerId, 1);
    QVERIFY(!subscription.isEmpty());
    auto second = m_tw->addUser(customer.tenant, u"sam"_s);
    PD_VERIFY_OK(second);
    LicenseService& licenses = m_tw->workspace().licenses();
    PD_VERIFY_OK(licenses.assign(c->resellerSession, subscription, customer.user.id));
    const QStringList before = m_tw->snapshot();
    Status overflow = licenses.assign(c->resellerSession, subscription, second->id);
    QVERIFY(!overflow.ok());
    QVERIFY2(overflow.errorString().contains(u"assigned"_s), qPrintable(overflow.errorString()));
    QCOMPARE(m_tw->snapshot(), before);
    QCOMPARE(m_tw->scalar(u"SELECT count(*) FROM license_assignments"_s).toInt(), 1);
    // The provider, without administration of the customer, assigns nothing (C4).
    QVERIFY(!licenses.unassign(c->providerSession, subscription, customer.user.id).ok());
}

void TestConnectWithCustomers::twoResellersTwoProvidersSeeTheirOwn_V1()
{
    auto a = channel(u"bluewater"_s, u"harborlight"_s);
    PD_VERIFY_OK(a);
    auto b = channel(u"northstar"_s, u"tidewater"_s);
    PD_VERIFY_OK(b);
    // Tidewater also works with Bluewater.
    ChannelFixture cross{a->provider, b->reseller, a->providerSession, b->resellerSession};
    PD_VERIFY_OK(connectChannel(*m_tw, cross));

    acceptAsNew(invite(a.value(), true, u"a@alpine.example"_s), u"alpine"_s, u"Alpine Dental"_s);
    acceptAsNew(invite(b.value(), true, u"b@birch.example"_s), u"birch"_s, u"Birch Logistics"_s);
    acceptAsNew(invite(cross, true, u"c@cedar.example"_s), u"cedar"_s, u"Cedar Dental"_s);
    acceptAsNew(invite(b.value(), false, u"d@dune.example"_s), u"dune"_s, u"Dune Dental"_s);

    QCOMPARE(names(a->resellerSession), QStringList{u"Alpine Dental"_s});
    QCOMPARE(names(b->resellerSession), (QStringList{u"Birch Logistics"_s, u"Cedar Dental"_s, u"Dune Dental"_s}));
    QCOMPARE(names(a->providerSession), (QStringList{u"Alpine Dental"_s, u"Cedar Dental"_s}));
    QCOMPARE(names(b->providerSession), QStringList{u"Birch Logistics"_s});
    // Search finds nothing outside one's own.
    QCOMPARE(names(a->resellerSession, u"dental"_s), QStringList{u"Alpine Dental"_s});
    QCOMPARE(names(b->providerSession, u"dental"_s), QStringList());
    QCOMPARE(names(a->providerSession, u"de"_s), (QStringList{u"Alpine Dental"_s, u"Cedar Dental"_s}));
    // Counts.
    const QList<QPair<Session, int>> counts{
        {a->resellerSession, 1}, {b->resellerSession, 3}, {a->providerSession, 2}, {b->providerSession, 1}};
    for (const auto& [viewer, n] : counts) {
        auto counted = m_tw->workspace().customers().countCustomers(viewer, {u"dental"_s, CustomerSort::Name, false});
        PD_VERIFY_OK(counted);
        QCOMPARE(counted->count, int(names(viewer, u"dental"_s).size()));
        auto all = m_tw->workspace().customers().countCustomers(viewer, {});
        PD_VERIFY_OK(all);
        QCOMPARE(all->count, n);
    }
    // The provider column: Bluewater sees, for Cedar, its own reseller Tidewater only.
    auto rows = m_tw->workspace().customers().customerPage(a->providerSession, {u"cedar"_s, CustomerSort::Name, false});
    PD_VERIFY_OK(rows);
    QCOMPARE(rows->constFirst().partners, QStringList{b->reseller.account.legal.legalName});
    // Export holds the same rows as the list.
    QBuffer csv;
    csv.open(QIODevice::WriteOnly);
    PD_VERIFY_OK(m_tw->workspace().customers().exportCsv(b->providerSession, {}, csv));
    const QString text = QString::fromUtf8(csv.data());
    QVERIFY(text.contains(u"Birch Logistics"_s));
    QVERIFY(!text.contains(u"Alpine"_s));
    QVERIFY(!text.contains(u"Cedar"_s));
    QVERIFY(!text.contains(u"Dune"_s));
}

QTEST_GUILESS_MAIN(TestConnectWithCustomers)
#include "tst_ConnectWithCustomers.moc"
