// Orders (C5, C6): a provider orders for a customer of one of its resellers only while it serves
// the customer and works with that Active reseller, which the order names as partner on record;
// a reseller asks its provider through order requests, which the provider fulfills or declines.
// Every refusal leaves the workspace as it was (V1 hides what a partner doesn't serve).

#include "TestSupport.h"
#include "services/CustomerService.h"
#include "services/InvitationService.h"
#include "services/LicenseService.h"
#include "services/OrderService.h"
#include "services/OutboxService.h"
#include "services/RelationshipService.h"
#include "storage/AuditStore.h"
#include "storage/CommerceStore.h"
#include "storage/PartnerStore.h"
#include "storage/SqlQuery.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestOrders : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void catalogComesFromResources();
    void c5_orderRecordsResellersPartnerId();
    void c5_providerWithoutCustomerRelationshipIsRefused_S12();
    void c5_resellerWithoutCustomerRelationshipIsRefused();
    void c5_endedIndirectRelationshipRefuses();
    void c5_suspendedResellerRefuses();
    void c5_onlyActiveProviderAgentsSubmit_E10_U2();
    void c5_unservedCustomerIsNotNamed_V1();
    void c5_checkOrderWritesNothing();
    void c5_lineRules_data();
    void c5_lineRules();
    void c5_quantityChangesAndCancel();
    void c5_resellersForOrderAreThePossiblePartnersOnRecord();
    void c6_quantityBelowAssignedRefused();
    void c6_cancelRefusedWhileLicensesAssigned();
    void v1_otherProviderCannotSeeSubscriptions();
    void v1_ordersListOnlyThePartnersOwn();
    void c5_requestFulfilledByProvider();
    void c5_requestDeclinedWithReason();
    void c5_onlyOpenRequestsAreDecided();
    void c5_requestNeedsProviderServingCustomer();
    void c5_requestNeedsActiveIndirectRelationship();
    void c5_providersForRequestServeTheCustomer();
    void v1_requestsOnlyForTheirParties();

private:
    OrderService& orders() { return m_tw->workspace().orders(); }
    OrderDraft newOrder(const QString& offerId = u"m365-business-standard"_s, int quantity = 5,
                        Term term = Term::P1Y) const;
    OrderDraft change(TransactionType type, const QString& subscriptionId, int quantity) const;
    // Orders newOrder() and returns the new subscription's id, or an empty string.
    QString subscribe(const QString& offerId = u"m365-business-standard"_s, int quantity = 5);
    // Everything a refused call must leave as it was, commerce included.
    QStringList snapshot() const;
    // A further user of partner's tenant holding roles, signed in.
    Session partnerUser(const PartnerFixture& partner, const QString& name, const QList<PartnerRole>& roles);
    // Another Active partner, signed in as its Admin agent; a reseller also authorizes the channel's
    // provider when connect is set.
    Session otherPartner(const QString& prefix, PartnerType type, bool connect = false);
    QStringList auditActions(const QString& partnerAccountId) const;
    QString providerName() const { return m_channel.provider.account.legal.legalName; }
    QString resellerName() const { return m_channel.reseller.account.legal.legalName; }

    std::unique_ptr<TestWorkspace> m_tw;
    ChannelFixture m_channel;
    ServedCustomer m_customer;
};

void TestOrders::init()
{
    m_tw = std::make_unique<TestWorkspace>();
    PD_VERIFY_OK(m_tw->openStatus());
    auto channel = m_tw->createProviderAndReseller();
    PD_VERIFY_OK(channel);
    m_channel = channel.value();
    PD_VERIFY_OK(connectChannel(*m_tw, m_channel));
    auto customer = addServedCustomer(*m_tw, m_channel);
    PD_VERIFY_OK(customer);
    m_customer = customer.value();
}

void TestOrders::cleanup()
{
    m_tw.reset();
}

OrderDraft TestOrders::newOrder(const QString& offerId, int quantity, Term term) const
{
    OrderDraft draft;
    draft.customerId = m_customer.customerId;
    draft.resellerAccountId = m_channel.reseller.account.id;
    draft.line.type = TransactionType::New;
    draft.line.offerId = offerId;
    draft.line.term = term;
    draft.line.quantity = quantity;
    return draft;
}

OrderDraft TestOrders::change(TransactionType type, const QString& subscriptionId, int quantity) const
{
    OrderDraft draft = newOrder();
    draft.line.type = type;
    draft.line.offerId.clear();
    draft.line.subscriptionId = subscriptionId;
    draft.line.quantity = quantity;
    return draft;
}

QString TestOrders::subscribe(const QString& offerId, int quantity)
{
    auto order = orders().submit(m_channel.providerSession,
                                 newOrder(offerId, quantity, offerId == "azure-plan"_L1 ? Term::P1M : Term::P1Y));
    if (!order) {
        qWarning("%s", qPrintable(order.errorString()));
        return {};
    }
    return order->lines.constFirst().subscriptionId;
}

QStringList TestOrders::snapshot() const
{
    QStringList state = m_tw->snapshot();
    for (const char* table : {"orders", "order_lines", "order_requests", "license_assignments"}) {
        state << u"%1=%2"_s.arg(QString::fromLatin1(table)).arg(m_tw->count(QString::fromLatin1(table)));
    }
    state
        << m_tw->scalar(u"SELECT group_concat(id || ':' || quantity || ':' || status) FROM subscriptions"_s).toString()
        << m_tw->scalar(u"SELECT group_concat(id || ':' || status) FROM order_requests"_s).toString();
    return state;
}

Session TestOrders::partnerUser(const PartnerFixture& partner, const QString& name, const QList<PartnerRole>& roles)
{
    auto user = m_tw->addUser(partner.tenant, name);
    if (!user) {
        qWarning("%s", qPrintable(user.errorString()));
        return {};
    }
    Status added = m_tw->addRoles(partner.account.id, user->id, roles);
    auto session = m_tw->signIn(user->upn);
    if (!added || !session) {
        qWarning("could not sign in %s", qPrintable(name));
        return {};
    }
    return session.value();
}

Session TestOrders::otherPartner(const QString& prefix, PartnerType type, bool connect)
{
    auto partner = m_tw->createPartner(prefix, type);
    if (!partner) {
        qWarning("%s", qPrintable(partner.errorString()));
        return {};
    }
    auto session = m_tw->signIn(partner->admin.upn);
    if (!session) {
        return {};
    }
    if (connect) {
        auto link = m_tw->inviteReseller(m_channel.providerSession, u"admin@%1.example"_s.arg(prefix));
        Status authorized = link
            ? m_tw->workspace().relationships().authorizeProvider(session.value(), link.value(), true)
            : Status(link.error());
        if (!authorized) {
            qWarning("%s", qPrintable(authorized.errorString()));
        }
    }
    return session.value();
}

QStringList TestOrders::auditActions(const QString& partnerAccountId) const
{
    QStringList actions;
    auto events = AuditStore::eventsOfPartner(m_tw->db(), partnerAccountId, 200);
    if (events) {
        for (const AuditEvent& e : events.value()) {
            actions << e.action;
        }
    }
    return actions;
}

void TestOrders::catalogComesFromResources()
{
    auto offers = orders().offers();
    PD_VERIFY_OK(offers);
    QCOMPARE(offers->size(), 9);
    QCOMPARE(offers->constFirst().name, u"Microsoft 365 Business Basic"_s);
    QCOMPARE(offers->constFirst().terms, (QList<Term>{Term::P1M, Term::P1Y, Term::P3Y}));
    const Offer azure = offers->constLast();
    QCOMPARE(azure.id, u"azure-plan"_s);
    QCOMPARE(azure.billingType, BillingType::Usage);
    QCOMPARE(azure.terms, QList<Term>{Term::P1M});
    QCOMPARE(m_tw->count(u"offers"_s), 9);
    // Every term is stored; offers.term keeps the shortest.
    QCOMPARE(m_tw->count(u"offer_terms"_s), 22);
    QCOMPARE(m_tw->scalar(u"SELECT term FROM offers WHERE id = 'm365-e5'"_s).toString(), u"P1M"_s);
    auto stored = CommerceStore::offers(m_tw->db());
    PD_VERIFY_OK(stored);
    for (const Offer& offer : stored.value()) {
        if (offer.id == "teams-essentials"_L1) {
            QCOMPARE(offer.terms, (QList<Term>{Term::P1M, Term::P1Y}));
        }
    }
    // Opening again brings the same catalog up to date without duplicates, and drops a term it no
    // longer sells.
    PD_VERIFY_OK(SqlQuery::run(m_tw->db(), u"INSERT INTO offer_terms (offer_id, term) VALUES (?, ?)"_s,
                               {u"teams-essentials"_s, u"P3Y"_s}));
    PD_VERIFY_OK(orders().loadCatalog());
    QCOMPARE(m_tw->count(u"offers"_s), 9);
    QCOMPARE(m_tw->count(u"offer_terms"_s), 22);
    QCOMPARE(m_tw->scalar(u"SELECT count(*) FROM offer_terms WHERE offer_id = 'teams-essentials'"_s).toInt(), 2);
}

void TestOrders::c5_orderRecordsResellersPartnerId()
{
    auto order = orders().submit(m_channel.providerSession, newOrder());
    PD_VERIFY_OK(order);
    QCOMPARE(order->status, OrderStatus::Completed);
    QCOMPARE(order->partnerOnRecord, m_channel.reseller.account.partnerId);
    QCOMPARE(order->submittedByPartnerId, m_channel.provider.account.id);
    QCOMPARE(order->submittedByName, providerName());
    QCOMPARE(order->lines.size(), 1);
    QCOMPARE(order->lines.constFirst().offerName, u"Microsoft 365 Business Standard"_s);
    QCOMPARE(order->lines.constFirst().quantity, 5);
    QCOMPARE(order->partnerOnRecordName, resellerName());
    QCOMPARE(m_tw->scalar(u"SELECT partner_on_record FROM orders"_s).toString(), m_channel.reseller.account.partnerId);

    // The reseller sees the subscription with itself on record, billed by the provider.
    auto subscriptions = orders().subscriptions(m_channel.resellerSession, m_customer.customerId);
    PD_VERIFY_OK(subscriptions);
    QCOMPARE(subscriptions->size(), 1);
    const Subscription& s = subscriptions->constFirst();
    QCOMPARE(s.id, order->lines.constFirst().subscriptionId);
    QCOMPARE(s.quantity, 5);
    QCOMPARE(s.assigned, 0);
    QCOMPARE(s.term, Term::P1Y);
    QCOMPARE(s.status, SubscriptionStatus::Active);
    QCOMPARE(s.partnerOnRecord, m_channel.reseller.account.partnerId);
    QCOMPARE(s.partnerOnRecordName, resellerName());
    QCOMPARE(s.billedByName, providerName());

    // Both sides log it; the reseller's primary contact hears of it.
    QVERIFY(auditActions(m_channel.provider.account.id).contains(u"order.submitted"_s));
    QVERIFY(auditActions(m_channel.reseller.account.id).contains(u"order.submitted"_s));
    auto mail = m_tw->workspace().outbox().messages(m_channel.resellerSession);
    PD_VERIFY_OK(mail);
    const OutboxMessage& message = mail->constFirst();
    QCOMPARE(message.recipient, m_channel.reseller.account.legal.contactEmail);
    QCOMPARE(message.subject, u"%1 placed an order for %2"_s.arg(providerName(), m_customer.companyName));
    QVERIFY(message.body.contains(m_channel.reseller.account.partnerId));
    QVERIFY(message.body.contains(u"Microsoft 365 Business Standard"_s));
}

void TestOrders::c5_providerWithoutCustomerRelationshipIsRefused_S12()
{
    auto alone = addServedCustomer(*m_tw, m_channel, false, u"pinecrest"_s);
    PD_VERIFY_OK(alone);
    const QStringList before = snapshot();
    OrderDraft draft = newOrder();
    draft.customerId = alone->customerId;
    auto refused = orders().submit(m_channel.providerSession, draft);
    PD_VERIFY_ERROR(refused, ErrorCode::PermissionDenied);
    // S12: the refusal names the provider's relationship with the reseller, not a customer the
    // provider doesn't serve.
    QCOMPARE(refused.errorString(),
             u"%1 doesn't serve this customer of %2 yet. Ask %2 to invite the customer with you."_s.arg(
                 providerName(), resellerName()));
    QVERIFY(!refused.errorString().contains(alone->companyName));
    QVERIFY(!refused.errorString().contains(u"Lakeside"_s));
    QCOMPARE(refused.error().field(), u"customer"_s);
    PD_VERIFY_ERROR(orders().checkOrder(m_channel.providerSession, draft), ErrorCode::PermissionDenied);
    QCOMPARE(snapshot(), before);
}

void TestOrders::c5_resellerWithoutCustomerRelationshipIsRefused()
{
    const Session northwind = otherPartner(u"northwind"_s, PartnerType::IndirectReseller, true);
    const QStringList before = snapshot();
    OrderDraft draft = newOrder();
    draft.resellerAccountId = northwind.partner->id;
    auto refused = orders().submit(m_channel.providerSession, draft);
    PD_VERIFY_ERROR(refused, ErrorCode::PermissionDenied);
    QVERIFY(refused.errorString().startsWith(
        u"%1 has no reseller relationship with %2"_s.arg(northwind.partner->legal.legalName, m_customer.companyName)));
    QCOMPARE(refused.error().field(), u"reseller"_s);
    QCOMPARE(snapshot(), before);

    // No reseller at all: the customer's reseller must be chosen.
    draft.resellerAccountId.clear();
    auto unnamed = orders().submit(m_channel.providerSession, draft);
    PD_VERIFY_ERROR(unnamed, ErrorCode::InvalidInput);
    QCOMPARE(unnamed.error().field(), u"reseller"_s);
}

void TestOrders::c5_endedIndirectRelationshipRefuses()
{
    PD_VERIFY_OK(orders().submit(m_channel.providerSession, newOrder()));
    auto relationships = m_tw->workspace().relationships().providersOf(m_channel.resellerSession);
    PD_VERIFY_OK(relationships);
    PD_VERIFY_OK(m_tw->workspace().relationships().end(m_channel.resellerSession, relationships->constFirst().id));
    const QStringList before = snapshot();
    auto refused = orders().submit(m_channel.providerSession, newOrder());
    PD_VERIFY_ERROR(refused, ErrorCode::PermissionDenied);
    QVERIFY2(refused.errorString().contains(u"ended"_s), qPrintable(refused.errorString()));
    QCOMPARE(refused.error().field(), u"reseller"_s);
    QCOMPARE(snapshot(), before);
}

void TestOrders::c5_suspendedResellerRefuses()
{
    PD_VERIFY_OK(PartnerStore::setStatus(m_tw->db(), m_channel.reseller.account.id, PartnerStatus::Suspended,
                                         m_tw->workspace().now()));
    const QStringList before = snapshot();
    auto refused = orders().submit(m_channel.providerSession, newOrder());
    PD_VERIFY_ERROR(refused, ErrorCode::InvalidState);
    QVERIFY(refused.errorString().contains(resellerName()));
    QCOMPARE(snapshot(), before);

    PD_VERIFY_OK(PartnerStore::setStatus(m_tw->db(), m_channel.reseller.account.id, PartnerStatus::Active,
                                         m_tw->workspace().now()));
    PD_VERIFY_OK(orders().submit(m_channel.providerSession, newOrder()));
}

void TestOrders::c5_onlyActiveProviderAgentsSubmit_E10_U2()
{
    const Session helpdesk = partnerUser(m_channel.provider, u"helpdesk"_s, {PartnerRole::HelpdeskAgent});
    const Session sales = partnerUser(m_channel.provider, u"sales"_s, {PartnerRole::SalesAgent});
    const QStringList before = snapshot();
    // Resellers ask through order requests instead.
    PD_VERIFY_ERROR(orders().submit(m_channel.resellerSession, newOrder()), ErrorCode::PermissionDenied);
    PD_VERIFY_ERROR(orders().submit(helpdesk, newOrder()), ErrorCode::PermissionDenied);
    PD_VERIFY_OK(orders().checkOrder(sales, newOrder()));
    PD_VERIFY_OK(PartnerStore::setStatus(m_tw->db(), m_channel.provider.account.id, PartnerStatus::Suspended,
                                         m_tw->workspace().now()));
    PD_VERIFY_ERROR(orders().submit(sales, newOrder()), ErrorCode::InvalidState);
    QCOMPARE(snapshot(), before);
}

void TestOrders::c5_unservedCustomerIsNotNamed_V1()
{
    const Session northstar = otherPartner(u"northstar"_s, PartnerType::IndirectProvider);
    const QStringList before = snapshot();
    auto refused = orders().submit(northstar, newOrder());
    PD_VERIFY_ERROR(refused, ErrorCode::NotFound);
    QVERIFY(!refused.errorString().contains(m_customer.companyName));
    OrderDraft unknown = newOrder();
    unknown.customerId = u"no-such-customer"_s;
    auto missing = orders().submit(m_channel.providerSession, unknown);
    PD_VERIFY_ERROR(missing, ErrorCode::NotFound);
    QCOMPARE(snapshot(), before);
}

void TestOrders::c5_checkOrderWritesNothing()
{
    const QStringList before = snapshot();
    PD_VERIFY_OK(orders().checkOrder(m_channel.providerSession, newOrder()));
    QCOMPARE(snapshot(), before);
    auto wrongTerm = orders().checkOrder(m_channel.providerSession, newOrder(u"azure-plan"_s, 1, Term::P1Y));
    PD_VERIFY_ERROR(wrongTerm, ErrorCode::InvalidInput);
    QCOMPARE(wrongTerm.error().field(), u"term"_s);
    QCOMPARE(snapshot(), before);
}

void TestOrders::c5_lineRules_data()
{
    QTest::addColumn<QString>("offerId");
    QTest::addColumn<int>("quantity");
    QTest::addColumn<Term>("term");
    QTest::addColumn<ErrorCode>("code");
    QTest::addColumn<QString>("field");
    QTest::newRow("unknown offer") << u"m365-nothing"_s << 1 << Term::P1M << ErrorCode::NotFound << u"offer"_s;
    QTest::newRow("term not sold") << u"teams-essentials"_s << 1 << Term::P3Y << ErrorCode::InvalidInput << u"term"_s;
    QTest::newRow("usage with quantity 2")
        << u"azure-plan"_s << 2 << Term::P1M << ErrorCode::InvalidInput << u"quantity"_s;
    QTest::newRow("no licenses") << u"o365-e3"_s << 0 << Term::P1M << ErrorCode::InvalidInput << u"quantity"_s;
    QTest::newRow("too many licenses") << u"o365-e3"_s << OrderService::MaxQuantity + 1 << Term::P1M
                                       << ErrorCode::InvalidInput << u"quantity"_s;
    QTest::newRow("usage with quantity 1") << u"azure-plan"_s << 1 << Term::P1M << ErrorCode::None << QString();
    QTest::newRow("three years") << u"m365-e5"_s << 300 << Term::P3Y << ErrorCode::None << QString();
}

void TestOrders::c5_lineRules()
{
    QFETCH(QString, offerId);
    QFETCH(int, quantity);
    QFETCH(Term, term);
    QFETCH(ErrorCode, code);
    QFETCH(QString, field);
    const QStringList before = snapshot();
    auto order = orders().submit(m_channel.providerSession, newOrder(offerId, quantity, term));
    QCOMPARE(order.code(), code);
    if (code == ErrorCode::None) {
        QCOMPARE(m_tw->count(u"subscriptions"_s), 1);
        QCOMPARE(m_tw->scalar(u"SELECT term FROM subscriptions"_s).toString(), Enums::key(term));
    } else {
        QCOMPARE(order.error().field(), field);
        QVERIFY(order.errorString().endsWith(u'.'));
        QCOMPARE(snapshot(), before);
    }
}

void TestOrders::c5_quantityChangesAndCancel()
{
    const QString id = subscribe();
    QVERIFY(!id.isEmpty());
    m_tw->clock().advance(1);
    auto added = orders().submit(m_channel.providerSession, change(TransactionType::AddQuantity, id, 3));
    PD_VERIFY_OK(added);
    QCOMPARE(added->lines.constFirst().subscriptionId, id);
    QCOMPARE(m_tw->scalar(u"SELECT quantity FROM subscriptions"_s).toInt(), 8);
    m_tw->clock().advance(1);
    PD_VERIFY_OK(orders().submit(m_channel.providerSession, change(TransactionType::RemoveQuantity, id, 2)));
    QCOMPARE(m_tw->scalar(u"SELECT quantity FROM subscriptions"_s).toInt(), 6);

    // Removing every license is cancelling.
    auto all = orders().submit(m_channel.providerSession, change(TransactionType::RemoveQuantity, id, 6));
    PD_VERIFY_ERROR(all, ErrorCode::InvalidInput);
    QVERIFY(all.errorString().contains(u"cancel"_s));

    m_tw->clock().advance(1);
    PD_VERIFY_OK(orders().submit(m_channel.providerSession, change(TransactionType::Cancel, id, 0)));
    auto subscriptions = orders().subscriptions(m_channel.providerSession, m_customer.customerId);
    PD_VERIFY_OK(subscriptions);
    QCOMPARE(subscriptions->constFirst().status, SubscriptionStatus::Cancelled);
    PD_VERIFY_ERROR(orders().submit(m_channel.providerSession, change(TransactionType::AddQuantity, id, 1)),
                    ErrorCode::InvalidState);

    auto history = orders().orders(m_channel.providerSession, m_customer.customerId);
    PD_VERIFY_OK(history);
    QList<TransactionType> types;
    for (const Order& o : history.value()) {
        types << o.lines.constFirst().type;
    }
    QCOMPARE(types,
             (QList<TransactionType>{TransactionType::Cancel, TransactionType::RemoveQuantity,
                                     TransactionType::AddQuantity, TransactionType::New}));
    QCOMPARE(history->constFirst().lines.constFirst().quantity, 6); // what the cancellation ended
}

void TestOrders::c5_resellersForOrderAreThePossiblePartnersOnRecord()
{
    // A second reseller of the provider that doesn't serve the customer isn't offered.
    otherPartner(u"northwind"_s, PartnerType::IndirectReseller, true);
    auto resellers = orders().resellersForOrder(m_channel.providerSession, m_customer.customerId);
    PD_VERIFY_OK(resellers);
    QCOMPARE(resellers->size(), 1);
    QCOMPARE(resellers->constFirst().accountId, m_channel.reseller.account.id);
    QCOMPARE(resellers->constFirst().partnerId, m_channel.reseller.account.partnerId);

    auto relationships = m_tw->workspace().relationships().providersOf(m_channel.resellerSession);
    PD_VERIFY_OK(relationships);
    PD_VERIFY_OK(m_tw->workspace().relationships().end(m_channel.resellerSession, relationships->constFirst().id));
    // S3: the provider reached the customer only through that reseller, so it no longer serves it.
    PD_VERIFY_ERROR(orders().resellersForOrder(m_channel.providerSession, m_customer.customerId), ErrorCode::NotFound);
    // Ordering for the reseller names the relationship that ended.
    auto named = orders().checkOrder(m_channel.providerSession, newOrder());
    PD_VERIFY_ERROR(named, ErrorCode::PermissionDenied);
    QVERIFY2(named.errorString().startsWith(u"The relationship with %1 ended on"_s.arg(resellerName())),
             qPrintable(named.errorString()));
    QCOMPARE(named.error().field(), u"reseller"_s);
    // Without a reseller, the customer is one the provider doesn't serve.
    OrderDraft unnamed = newOrder();
    unnamed.resellerAccountId.clear();
    PD_VERIFY_ERROR(orders().checkOrder(m_channel.providerSession, unnamed), ErrorCode::NotFound);

    PD_VERIFY_ERROR(orders().resellersForOrder(m_channel.resellerSession, m_customer.customerId),
                    ErrorCode::PermissionDenied);
}

void TestOrders::c6_quantityBelowAssignedRefused()
{
    const QString id = subscribe();
    for (int i = 1; i <= 4; ++i) {
        auto user = m_tw->addUser(m_customer.tenant, u"user%1"_s.arg(i));
        PD_VERIFY_OK(user);
        PD_VERIFY_OK(m_tw->workspace().licenses().assign(m_channel.resellerSession, id, user->id));
    }
    const QStringList before = snapshot();
    auto refused = orders().submit(m_channel.providerSession, change(TransactionType::RemoveQuantity, id, 2));
    PD_VERIFY_ERROR(refused, ErrorCode::InvalidState);
    QVERIFY2(refused.errorString().startsWith(u"4 licenses of Microsoft 365 Business Standard are assigned"_s),
             qPrintable(refused.errorString()));
    QCOMPARE(snapshot(), before);
    // Down to exactly what is assigned is fine.
    PD_VERIFY_OK(orders().submit(m_channel.providerSession, change(TransactionType::RemoveQuantity, id, 1)));
    auto subscriptions = orders().subscriptions(m_channel.resellerSession, m_customer.customerId);
    PD_VERIFY_OK(subscriptions);
    QCOMPARE(subscriptions->constFirst().quantity, 4);
    QCOMPARE(subscriptions->constFirst().assigned, 4);
}

void TestOrders::c6_cancelRefusedWhileLicensesAssigned()
{
    const QString id = subscribe();
    auto user = m_tw->addUser(m_customer.tenant, u"jordan"_s);
    PD_VERIFY_OK(user);
    PD_VERIFY_OK(m_tw->workspace().licenses().assign(m_channel.resellerSession, id, user->id));
    const QStringList before = snapshot();
    auto refused = orders().submit(m_channel.providerSession, change(TransactionType::Cancel, id, 0));
    PD_VERIFY_ERROR(refused, ErrorCode::InvalidState);
    QVERIFY(refused.errorString().contains(u"Unassign"_s));
    QCOMPARE(snapshot(), before);
    PD_VERIFY_OK(m_tw->workspace().licenses().unassign(m_channel.resellerSession, id, user->id));
    PD_VERIFY_OK(orders().submit(m_channel.providerSession, change(TransactionType::Cancel, id, 0)));
}

void TestOrders::v1_otherProviderCannotSeeSubscriptions()
{
    subscribe();
    const Session northstar = otherPartner(u"northstar"_s, PartnerType::IndirectProvider);
    auto refused = orders().subscriptions(northstar, m_customer.customerId);
    PD_VERIFY_ERROR(refused, ErrorCode::NotFound);
    QVERIFY(!refused.errorString().contains(m_customer.companyName));
    PD_VERIFY_ERROR(orders().orders(northstar, m_customer.customerId), ErrorCode::NotFound);
    PD_VERIFY_ERROR(orders().resellersForOrder(northstar, m_customer.customerId), ErrorCode::NotFound);
    // Nor a reseller of the same provider that doesn't serve the customer.
    const Session northwind = otherPartner(u"northwind"_s, PartnerType::IndirectReseller, true);
    PD_VERIFY_ERROR(orders().subscriptions(northwind, m_customer.customerId), ErrorCode::NotFound);
    // Both partners serving it do.
    for (const Session& serving : {m_channel.providerSession, m_channel.resellerSession}) {
        auto subscriptions = orders().subscriptions(serving, m_customer.customerId);
        PD_VERIFY_OK(subscriptions);
        QCOMPARE(subscriptions->size(), 1);
    }
}

void TestOrders::v1_ordersListOnlyThePartnersOwn()
{
    subscribe();
    for (const Session& party : {m_channel.providerSession, m_channel.resellerSession}) {
        auto list = orders().orders(party, m_customer.customerId);
        PD_VERIFY_OK(list);
        QCOMPARE(list->size(), 1);
    }
    // A second reseller serving the same customer sees its subscriptions but is no party to the
    // first reseller's orders.
    const Session northwind = otherPartner(u"northwind"_s, PartnerType::IndirectReseller);
    auto draft = m_tw->workspace().invitations().newDraft(northwind, InvitationKind::CustomerOfReseller, u"en"_s);
    PD_VERIFY_OK(draft);
    draft.value().recipientEmail = u"morgan@lakeside.example"_s;
    PD_VERIFY_OK(m_tw->workspace().invitations().record(northwind, draft.value()));
    PD_VERIFY_OK(m_tw->workspace().customers().accept(m_customer.administrator, draft->link, true));
    auto subscriptions = orders().subscriptions(northwind, m_customer.customerId);
    PD_VERIFY_OK(subscriptions);
    QCOMPARE(subscriptions->size(), 1);
    auto theirs = orders().orders(northwind, m_customer.customerId);
    PD_VERIFY_OK(theirs);
    QVERIFY(theirs->isEmpty());
}

void TestOrders::c5_requestFulfilledByProvider()
{
    OrderRequestDraft draft;
    draft.providerAccountId = m_channel.provider.account.id;
    draft.customerId = m_customer.customerId;
    draft.line.type = TransactionType::New;
    draft.line.offerId = u"m365-business-basic"_s;
    draft.line.term = Term::P3Y;
    draft.line.quantity = 3;
    draft.note = u"  For the new office.  "_s;
    auto request = orders().requestOrder(m_channel.resellerSession, draft);
    PD_VERIFY_OK(request);
    QCOMPARE(request->status, OrderRequestStatus::Open);
    QCOMPARE(request->note, u"For the new office."_s);
    QCOMPARE(request->offerName, u"Microsoft 365 Business Basic"_s);
    QCOMPARE(request->line.term, Term::P3Y);
    QCOMPARE(m_tw->scalar(u"SELECT term FROM order_requests"_s).toString(), u"P3Y"_s);
    QCOMPARE(request->customerName, m_customer.companyName);
    QCOMPARE(request->resellerPartnerId, m_channel.reseller.account.partnerId);
    QCOMPARE(request->requestedByName, m_channel.reseller.admin.displayName);
    QVERIFY(auditActions(m_channel.reseller.account.id).contains(u"orderRequest.raised"_s));
    QVERIFY(auditActions(m_channel.provider.account.id).contains(u"orderRequest.raised"_s));
    auto mail = m_tw->workspace().outbox().messages(m_channel.providerSession);
    PD_VERIFY_OK(mail);
    QCOMPARE(mail->constFirst().recipient, m_channel.provider.account.legal.contactEmail);
    QVERIFY(mail->constFirst().subject.contains(resellerName()));
    QVERIFY(mail->constFirst().body.contains(u"For the new office."_s));

    for (const Session& party : {m_channel.resellerSession, m_channel.providerSession}) {
        auto list = orders().orderRequests(party);
        PD_VERIFY_OK(list);
        QCOMPARE(list->size(), 1);
        QCOMPARE(list->constFirst().id, request->id);
    }

    m_tw->clock().advance(5);
    auto order = orders().fulfill(m_channel.providerSession, request->id);
    PD_VERIFY_OK(order);
    QCOMPARE(order->orderRequestId, request->id);
    QCOMPARE(order->partnerOnRecord, m_channel.reseller.account.partnerId);
    QCOMPARE(order->lines.constFirst().term, Term::P3Y);
    QCOMPARE(m_tw->scalar(u"SELECT quantity || ':' || term FROM subscriptions"_s).toString(), u"3:P3Y"_s);
    auto list = orders().orderRequests(m_channel.resellerSession);
    PD_VERIFY_OK(list);
    QCOMPARE(list->constFirst().status, OrderRequestStatus::Fulfilled);
    QCOMPARE(list->constFirst().decidedByName, m_channel.provider.admin.displayName);
    QCOMPARE(list->constFirst().decided, m_tw->clock().now());
    QVERIFY(auditActions(m_channel.reseller.account.id).contains(u"orderRequest.fulfilled"_s));
    QVERIFY(auditActions(m_channel.provider.account.id).contains(u"orderRequest.fulfilled"_s));
    auto told = m_tw->workspace().outbox().messages(m_channel.resellerSession);
    PD_VERIFY_OK(told);
    QVERIFY(told->constFirst().body.contains(u"order request"_s));
}

void TestOrders::c5_requestDeclinedWithReason()
{
    OrderRequestDraft draft;
    draft.providerAccountId = m_channel.provider.account.id;
    draft.customerId = m_customer.customerId;
    draft.line.offerId = u"o365-e3"_s;
    draft.line.quantity = 2;
    auto request = orders().requestOrder(m_channel.resellerSession, draft);
    PD_VERIFY_OK(request);
    // The line is checked when it is raised, as it would be when ordered.
    draft.line.term = Term::P3Y;
    draft.line.offerId = u"teams-essentials"_s;
    PD_VERIFY_ERROR(orders().requestOrder(m_channel.resellerSession, draft), ErrorCode::InvalidInput);

    const QStringList before = snapshot();
    auto noReason = orders().decline(m_channel.providerSession, request->id, u"  "_s);
    PD_VERIFY_ERROR(noReason, ErrorCode::InvalidInput);
    QCOMPARE(noReason.error().field(), u"reason"_s);
    QCOMPARE(snapshot(), before);

    PD_VERIFY_OK(orders().decline(m_channel.providerSession, request->id, u"Credit limit reached."_s));
    auto list = orders().orderRequests(m_channel.resellerSession);
    PD_VERIFY_OK(list);
    QCOMPARE(list->constFirst().status, OrderRequestStatus::Declined);
    QCOMPARE(list->constFirst().decisionReason, u"Credit limit reached."_s);
    QCOMPARE(m_tw->count(u"orders"_s), 0);
    QVERIFY(auditActions(m_channel.reseller.account.id).contains(u"orderRequest.declined"_s));
    auto mail = m_tw->workspace().outbox().messages(m_channel.resellerSession);
    PD_VERIFY_OK(mail);
    QCOMPARE(mail->constFirst().subject,
             u"%1 declined your order request for %2"_s.arg(providerName(), m_customer.companyName));
    QVERIFY(mail->constFirst().body.contains(u"Credit limit reached."_s));
}

void TestOrders::c5_onlyOpenRequestsAreDecided()
{
    OrderRequestDraft draft;
    draft.providerAccountId = m_channel.provider.account.id;
    draft.customerId = m_customer.customerId;
    draft.line.offerId = u"o365-e3"_s;
    draft.line.quantity = 2;
    auto fulfilled = orders().requestOrder(m_channel.resellerSession, draft);
    PD_VERIFY_OK(fulfilled);
    m_tw->clock().advance(1);
    auto declined = orders().requestOrder(m_channel.resellerSession, draft);
    PD_VERIFY_OK(declined);
    auto list = orders().orderRequests(m_channel.providerSession);
    PD_VERIFY_OK(list);
    QCOMPARE(list->constFirst().id, declined->id); // newest first

    PD_VERIFY_OK(orders().fulfill(m_channel.providerSession, fulfilled->id));
    PD_VERIFY_OK(orders().decline(m_channel.providerSession, declined->id, u"Duplicate."_s));
    const QStringList before = snapshot();
    for (const QString& id : {fulfilled->id, declined->id}) {
        PD_VERIFY_ERROR(orders().fulfill(m_channel.providerSession, id), ErrorCode::InvalidState);
        PD_VERIFY_ERROR(orders().decline(m_channel.providerSession, id, u"Again."_s), ErrorCode::InvalidState);
    }
    OrderDraft again = newOrder(u"o365-e3"_s, 2, Term::P1M);
    again.orderRequestId = fulfilled->id;
    PD_VERIFY_ERROR(orders().submit(m_channel.providerSession, again), ErrorCode::InvalidState);
    QCOMPARE(snapshot(), before);
    QCOMPARE(m_tw->count(u"orders"_s), 1);
}

void TestOrders::c5_requestNeedsProviderServingCustomer()
{
    auto alone = addServedCustomer(*m_tw, m_channel, false, u"pinecrest"_s);
    PD_VERIFY_OK(alone);
    OrderRequestDraft draft;
    draft.providerAccountId = m_channel.provider.account.id;
    draft.customerId = alone->customerId;
    draft.line.offerId = u"o365-e3"_s;
    draft.line.quantity = 2;
    const QStringList before = snapshot();
    auto refused = orders().requestOrder(m_channel.resellerSession, draft);
    PD_VERIFY_ERROR(refused, ErrorCode::PermissionDenied);
    QVERIFY(refused.errorString().startsWith(
        u"%1 has no reseller relationship with %2"_s.arg(providerName(), alone->companyName)));
    QVERIFY(refused.errorString().contains(u"Invite"_s));
    QCOMPARE(refused.error().field(), u"provider"_s);
    QCOMPARE(snapshot(), before);
}

void TestOrders::c5_requestNeedsActiveIndirectRelationship()
{
    auto relationships = m_tw->workspace().relationships().providersOf(m_channel.resellerSession);
    PD_VERIFY_OK(relationships);
    PD_VERIFY_OK(m_tw->workspace().relationships().end(m_channel.resellerSession, relationships->constFirst().id));
    OrderRequestDraft draft;
    draft.providerAccountId = m_channel.provider.account.id;
    draft.customerId = m_customer.customerId;
    draft.line.offerId = u"o365-e3"_s;
    draft.line.quantity = 2;
    const QStringList before = snapshot();
    PD_VERIFY_ERROR(orders().requestOrder(m_channel.resellerSession, draft), ErrorCode::PermissionDenied);
    // Providers don't raise requests.
    PD_VERIFY_ERROR(orders().requestOrder(m_channel.providerSession, draft), ErrorCode::PermissionDenied);
    QCOMPARE(snapshot(), before);
}

void TestOrders::c5_providersForRequestServeTheCustomer()
{
    auto providers = orders().providersForRequest(m_channel.resellerSession, m_customer.customerId);
    PD_VERIFY_OK(providers);
    QCOMPARE(providers->size(), 1);
    QCOMPARE(providers->constFirst().accountId, m_channel.provider.account.id);
    PD_VERIFY_ERROR(orders().providersForRequest(m_channel.providerSession, m_customer.customerId),
                    ErrorCode::PermissionDenied);

    // A customer the provider doesn't serve: nobody to ask, and the check says why.
    auto alone = addServedCustomer(*m_tw, m_channel, false, u"pinecrest"_s);
    PD_VERIFY_OK(alone);
    providers = orders().providersForRequest(m_channel.resellerSession, alone->customerId);
    PD_VERIFY_OK(providers);
    QVERIFY(providers->isEmpty());
    OrderRequestDraft draft;
    draft.customerId = alone->customerId;
    draft.line.offerId = u"o365-e3"_s;
    draft.line.quantity = 2;
    const QStringList before = snapshot();
    auto refused = orders().checkRequest(m_channel.resellerSession, draft);
    PD_VERIFY_ERROR(refused, ErrorCode::PermissionDenied);
    QVERIFY2(refused.errorString().contains(u"has a reseller relationship with %1"_s.arg(alone->companyName)),
             qPrintable(refused.errorString()));
    QCOMPARE(refused.error().field(), u"provider"_s);
    draft.customerId = m_customer.customerId;
    PD_VERIFY_ERROR(orders().checkRequest(m_channel.resellerSession, draft), ErrorCode::InvalidInput);
    draft.providerAccountId = m_channel.provider.account.id;
    PD_VERIFY_OK(orders().checkRequest(m_channel.resellerSession, draft));
    QCOMPARE(snapshot(), before);
}

void TestOrders::v1_requestsOnlyForTheirParties()
{
    OrderRequestDraft draft;
    draft.providerAccountId = m_channel.provider.account.id;
    draft.customerId = m_customer.customerId;
    draft.line.offerId = u"o365-e3"_s;
    draft.line.quantity = 2;
    auto request = orders().requestOrder(m_channel.resellerSession, draft);
    PD_VERIFY_OK(request);
    const Session northstar = otherPartner(u"northstar"_s, PartnerType::IndirectProvider);
    auto theirs = orders().orderRequests(northstar);
    PD_VERIFY_OK(theirs);
    QVERIFY(theirs->isEmpty());
    const QStringList before = snapshot();
    PD_VERIFY_ERROR(orders().fulfill(northstar, request->id), ErrorCode::NotFound);
    PD_VERIFY_ERROR(orders().decline(northstar, request->id, u"Not mine."_s), ErrorCode::NotFound);
    // The reseller that raised it can't decide it either.
    PD_VERIFY_ERROR(orders().fulfill(m_channel.resellerSession, request->id), ErrorCode::PermissionDenied);
    QCOMPARE(snapshot(), before);
}

QTEST_GUILESS_MAIN(TestOrders)
#include "tst_Orders.moc"
