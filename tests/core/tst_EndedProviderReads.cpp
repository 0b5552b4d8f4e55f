// S3 (P6, V1): when an indirect relationship ends, from either side, the provider stops reading
// the customers it reached through that reseller: not in its list, count, search or export, and
// not their subscriptions, license holders or profile. A customer that another reseller with an
// Active relationship with the provider also serves stays readable. The provider's ended customer
// relationships stay as history and the ending is audited.

#include "TestSupport.h"
#include "services/CustomerManagementService.h"
#include "services/CustomerService.h"
#include "services/InvitationService.h"
#include "services/LicenseService.h"
#include "services/OrderService.h"
#include "services/RelationshipService.h"
#include "storage/AuditStore.h"
#include "storage/SqlQuery.h"

#include <QBuffer>
#include <QTest>

#include <algorithm>
#include <array>

using namespace Qt::StringLiterals;

class TestEndedProviderReads : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void providerStopsReadingEndedResellersCustomers_S3_data();
    void providerStopsReadingEndedResellersCustomers_S3();
    void endedBeforeTheUpgradeEndsReachToo_S3();
    void openOrderRequestsDeclinedAtTheEnd_S3();

private:
    // The provider orders 3 licenses for the customer with reseller as partner on record; the
    // customer's administrator holds one. Returns the subscription.
    QString subscribeWithHolder(const ServedCustomer& customer, const QString& resellerAccountId,
                                const Session& reseller);
    QStringList listed(const Session& session, const QString& search = {}) const;
    int counted(const Session& session, const QString& search = {}) const;
    QString exported(const Session& session) const;

    std::unique_ptr<TestWorkspace> m_tw;
    ChannelFixture m_channel;
    PartnerFixture m_other; // a second reseller of the provider
    Session m_otherSession;
    IndirectRelationship m_relationship; // the provider and m_channel's reseller
};

void TestEndedProviderReads::init()
{
    m_tw = std::make_unique<TestWorkspace>();
    PD_VERIFY_OK(m_tw->openStatus());
    auto channel = m_tw->createProviderAndReseller();
    PD_VERIFY_OK(channel);
    m_channel = channel.value();
    auto link = m_tw->inviteReseller(m_channel.providerSession);
    PD_VERIFY_OK(link);
    auto made = m_tw->workspace().relationships().authorizeProvider(m_channel.resellerSession, link.value(), true);
    PD_VERIFY_OK(made);
    m_relationship = made.value();

    auto other = m_tw->createPartner(u"quillfeather"_s, PartnerType::IndirectReseller);
    PD_VERIFY_OK(other);
    m_other = other.value();
    auto otherSession = m_tw->signIn(m_other.admin.upn);
    PD_VERIFY_OK(otherSession);
    m_otherSession = otherSession.value();
    auto otherLink = m_tw->inviteReseller(m_channel.providerSession, u"avery@quillfeather.example"_s);
    PD_VERIFY_OK(otherLink);
    PD_VERIFY_OK(m_tw->workspace().relationships().authorizeProvider(m_otherSession, otherLink.value(), true));
}

void TestEndedProviderReads::cleanup()
{
    m_tw.reset();
}

void TestEndedProviderReads::endedBeforeTheUpgradeEndsReachToo_S3()
{
    auto lakeside = addServedCustomer(*m_tw, m_channel, true, u"lakeside"_s);
    PD_VERIFY_OK(lakeside);
    m_tw->clock().advance(60);
    PD_VERIFY_OK(m_tw->workspace().relationships().end(m_channel.resellerSession, m_relationship.id));
    const QString endedAt
        = m_tw->scalar(u"SELECT ended_at FROM indirect_relationships WHERE id = ?"_s, {m_relationship.id}).toString();
    // As a PartnerDesk before S3 left it: the pair ended, the provider still reaching Lakeside.
    const QString provider = m_channel.provider.account.id;
    PD_VERIFY_OK(SqlQuery::run(m_tw->db(),
                               u"UPDATE customer_relationships SET status = 'Active', ended_at = NULL "
                               "WHERE partner_account_id = ? AND customer_id = ?"_s,
                               {provider, lakeside->customerId}));
    PD_VERIFY_OK(m_tw->rewindSchema(5));
    QCOMPARE(listed(m_channel.providerSession), QStringList{u"Lakeside Dental Group LLC"_s});

    // Opened by this version, the upgrade ends that reach as of the pair's end, as history.
    m_tw->workspace().close();
    PD_VERIFY_OK(m_tw->workspace().open(m_tw->location()));
    QCOMPARE(listed(m_channel.providerSession), QStringList());
    const QString relationship = u"SELECT status || ' ' || ended_at FROM customer_relationships "
                                 "WHERE partner_account_id = ? AND customer_id = ?"_s;
    QCOMPARE(m_tw->scalar(relationship, {provider, lakeside->customerId}).toString(), u"Ended "_s + endedAt);
    // The reseller keeps its customer.
    QCOMPARE(listed(m_channel.resellerSession), QStringList{u"Lakeside Dental Group LLC"_s});
}

void TestEndedProviderReads::openOrderRequestsDeclinedAtTheEnd_S3()
{
    auto lakeside = addServedCustomer(*m_tw, m_channel, true, u"lakeside"_s);
    PD_VERIFY_OK(lakeside);
    OrderRequestDraft draft;
    draft.providerAccountId = m_channel.provider.account.id;
    draft.customerId = lakeside->customerId;
    draft.line.type = TransactionType::New;
    draft.line.offerId = u"m365-business-basic"_s;
    draft.line.term = Term::P1Y;
    draft.line.quantity = 2;
    auto request = m_tw->workspace().orders().requestOrder(m_channel.resellerSession, draft);
    PD_VERIFY_OK(request);
    m_tw->clock().advance(60);
    PD_VERIFY_OK(m_tw->workspace().relationships().end(m_channel.resellerSession, m_relationship.id));

    // The provider can no longer fulfill it: declined, with the reason, on both sides' pages.
    for (const Session& side : {m_channel.providerSession, m_channel.resellerSession}) {
        auto requests = m_tw->workspace().orders().orderRequests(side);
        PD_VERIFY_OK(requests);
        QCOMPARE(requests->size(), 1);
        QCOMPARE(requests->constFirst().status, OrderRequestStatus::Declined);
        QCOMPARE(requests->constFirst().decisionReason,
                 u"The indirect relationship between %1 and %2 ended."_s.arg(
                     m_channel.provider.account.legal.legalName, m_channel.reseller.account.legal.legalName));
    }
    PD_VERIFY_ERROR(m_tw->workspace().orders().fulfill(m_channel.providerSession, request->id),
                    ErrorCode::InvalidState);
    QCOMPARE(m_tw->scalar(u"SELECT count(*) FROM audit_events WHERE action = 'orderRequest.declined'"_s).toInt(), 1);
}

QString TestEndedProviderReads::subscribeWithHolder(const ServedCustomer& customer, const QString& resellerAccountId,
                                                    const Session& reseller)
{
    auto offers = m_tw->workspace().orders().offers();
    if (!offers || offers->isEmpty()) {
        qWarning("no offers");
        return {};
    }
    OrderDraft draft;
    draft.customerId = customer.customerId;
    draft.resellerAccountId = resellerAccountId;
    draft.line.type = TransactionType::New;
    for (const Offer& offer : offers.value()) {
        if (offer.billingType == BillingType::License) {
            draft.line.offerId = offer.id;
            draft.line.term = offer.terms.constFirst();
            break;
        }
    }
    draft.line.quantity = 3;
    auto order = m_tw->workspace().orders().submit(m_channel.providerSession, draft);
    if (!order) {
        qWarning("%s", qPrintable(order.errorString()));
        return {};
    }
    const QString subscriptionId = order->lines.constFirst().subscriptionId;
    Status assigned = m_tw->workspace().licenses().assign(reseller, subscriptionId, customer.administrator.user.id);
    if (!assigned) {
        qWarning("%s", qPrintable(assigned.errorString()));
        return {};
    }
    return subscriptionId;
}

QStringList TestEndedProviderReads::listed(const Session& session, const QString& search) const
{
    CustomerListQuery query;
    query.search = search;
    auto page = m_tw->workspace().customers().customerPage(session, query);
    if (!page) {
        qWarning("%s", qPrintable(page.errorString()));
        return {u"error"_s};
    }
    QStringList names;
    for (const CustomerRow& row : page.value()) {
        names << row.companyName;
    }
    return names;
}

int TestEndedProviderReads::counted(const Session& session, const QString& search) const
{
    CustomerListQuery query;
    query.search = search;
    auto count = m_tw->workspace().customers().countCustomers(session, query);
    return count ? count->count : -1;
}

QString TestEndedProviderReads::exported(const Session& session) const
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    Status written = m_tw->workspace().customers().exportCsv(session, {}, buffer);
    return written ? QString::fromUtf8(buffer.data()) : written.errorString();
}

void TestEndedProviderReads::providerStopsReadingEndedResellersCustomers_S3_data()
{
    QTest::addColumn<bool>("byProvider");
    QTest::newRow("S3 reseller ends") << false;
    QTest::newRow("S3 provider ends") << true;
}

void TestEndedProviderReads::providerStopsReadingEndedResellersCustomers_S3()
{
    QFETCH(bool, byProvider);
    // Lakeside came through the reseller alone; Northwind through it and through the provider's
    // other reseller, Quillfeather, which accepted its own invitation with the provider.
    auto lakeside = addServedCustomer(*m_tw, m_channel, true, u"lakeside"_s);
    PD_VERIFY_OK(lakeside);
    auto northwind = addServedCustomer(*m_tw, m_channel, true, u"northwind"_s, u"Northwind Traders LLC"_s);
    PD_VERIFY_OK(northwind);
    auto again = m_tw->workspace().invitations().newDraft(m_otherSession, InvitationKind::CustomerOfResellerAndProvider,
                                                          u"en"_s, m_channel.provider.account.id);
    PD_VERIFY_OK(again);
    again.value().recipientEmail = u"morgan@northwind.example"_s;
    PD_VERIFY_OK(m_tw->workspace().invitations().record(m_otherSession, again.value()));
    PD_VERIFY_OK(m_tw->workspace().customers().accept(northwind->administrator, again->link, true));
    const QString lakesideSubscription
        = subscribeWithHolder(lakeside.value(), m_channel.reseller.account.id, m_channel.resellerSession);
    const QString northwindSubscription
        = subscribeWithHolder(northwind.value(), m_channel.reseller.account.id, m_channel.resellerSession);
    QVERIFY(!lakesideSubscription.isEmpty() && !northwindSubscription.isEmpty());

    const Session& provider = m_channel.providerSession;
    const QStringList both{u"Lakeside Dental Group LLC"_s, u"Northwind Traders LLC"_s};
    QCOMPARE(listed(provider), both);
    QCOMPARE(counted(provider), 2);

    m_tw->clock().advance(60);
    PD_VERIFY_OK(m_tw->workspace().relationships().end(
        byProvider ? m_channel.providerSession : m_channel.resellerSession, m_relationship.id));

    // Ended: Lakeside is gone from every read of the provider.
    QCOMPARE(listed(provider), QStringList{u"Northwind Traders LLC"_s});
    QCOMPARE(counted(provider), 1);
    QCOMPARE(listed(provider, u"Lakeside"_s), QStringList());
    QCOMPARE(counted(provider, u"Lakeside"_s), 0);
    QCOMPARE(listed(provider, u"lakeside.onmicrosoft.com"_s), QStringList());
    const QString csv = exported(provider);
    QVERIFY2(!csv.contains(u"Lakeside"_s), qPrintable(csv));
    PD_VERIFY_ERROR(m_tw->workspace().orders().subscriptions(provider, lakeside->customerId), ErrorCode::NotFound);
    PD_VERIFY_ERROR(m_tw->workspace().licenses().assignments(provider, lakesideSubscription), ErrorCode::NotFound);
    PD_VERIFY_ERROR(m_tw->workspace().customerManagement().customer(provider, lakeside->customerId),
                    ErrorCode::NotFound);
    // The ended relationship shares nothing any more, on either side, in its list and its count.
    for (const Session* side : std::array<const Session*, 2>{&provider, &m_channel.resellerSession}) {
        auto shared = m_tw->workspace().relationships().sharedCustomers(*side, m_relationship.id);
        PD_VERIFY_OK(shared);
        QVERIFY(shared->isEmpty());
    }
    auto resellers = m_tw->workspace().relationships().resellersOf(provider);
    auto uncounted = m_tw->workspace().relationships().resellersOf(provider, RelationshipService::SharedCounts::Later);
    auto providers = m_tw->workspace().relationships().providersOf(m_channel.resellerSession);
    PD_VERIFY_OK(resellers);
    PD_VERIFY_OK(uncounted);
    PD_VERIFY_OK(providers);
    // Listed without counting, an ended relationship still shares none: nothing to count later.
    for (const auto& list : {resellers.value(), uncounted.value(), providers.value()}) {
        const auto ended
            = std::find_if(list.cbegin(), list.cend(), [this](const auto& r) { return r.id == m_relationship.id; });
        QVERIFY(ended != list.cend());
        QCOMPARE(ended->sharedCustomers, 0);
    }

    // Served through another Active reseller: Northwind stays readable everywhere.
    QCOMPARE(listed(provider, u"Northwind"_s), QStringList{u"Northwind Traders LLC"_s});
    QCOMPARE(counted(provider, u"Northwind"_s), 1);
    QVERIFY2(csv.contains(u"Northwind Traders LLC"_s), qPrintable(csv));
    auto subscriptions = m_tw->workspace().orders().subscriptions(provider, northwind->customerId);
    PD_VERIFY_OK(subscriptions);
    QCOMPARE(subscriptions->size(), 1);
    auto holders = m_tw->workspace().licenses().assignments(provider, northwindSubscription);
    PD_VERIFY_OK(holders);
    QCOMPARE(holders->size(), 1);
    QCOMPARE(holders->constFirst().upn, northwind->administrator.user.upn);
    auto profile = m_tw->workspace().customerManagement().customer(provider, northwind->customerId);
    PD_VERIFY_OK(profile);
    QCOMPARE(profile->company.legalName, u"Northwind Traders LLC"_s);

    // The reseller keeps its own customers; the provider's relationship with Lakeside stays as
    // history, ended when the indirect relationship ended, and the log says so.
    QCOMPARE(listed(m_channel.resellerSession), both);
    QCOMPARE(m_tw->scalar(u"SELECT status || ' ' || ended_at FROM customer_relationships "
                          "WHERE customer_id = ? AND partner_account_id = ?"_s,
                          {lakeside->customerId, m_channel.provider.account.id})
                 .toString(),
             u"Ended "_s + m_tw->clock().now().toString(Qt::ISODateWithMs));
    auto events = AuditStore::eventsOfSubject(m_tw->db(), u"IndirectRelationship"_s, m_relationship.id);
    PD_VERIFY_OK(events);
    bool audited = false;
    for (const AuditEvent& event : events.value()) {
        if (event.action == u"customerRelationship.ended"_s) {
            audited = event.partnerAccountId == m_channel.provider.account.id
                && event.details.value(u"customerRelationshipsEnded"_s).toInt() == 1;
        }
    }
    QVERIFY(audited);
    // Lakeside's administrator sees the reseller alone among its partners now.
    auto partners = m_tw->workspace().customers().partnersOf(lakeside->administrator);
    PD_VERIFY_OK(partners);
    QCOMPARE(partners->size(), 1);
    QCOMPARE(partners->constFirst().partnerAccountId, m_channel.reseller.account.id);
}

QTEST_GUILESS_MAIN(TestEndedProviderReads)
#include "tst_EndedProviderReads.moc"
