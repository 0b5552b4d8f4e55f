// Licenses (C4, C6): the customer's reseller, with delegated admin, assigns the licenses of an
// Active subscription to enabled users of the customer's tenant, never more than its quantity;
// partners without administrator access or not serving the customer are refused (V1), and every
// refusal leaves the workspace as it was.

#include "TestSupport.h"
#include "services/LicenseService.h"
#include "services/OrderService.h"
#include "storage/AuditStore.h"
#include "storage/PartnerStore.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestLicenses : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void c4_resellerAssignsAndUnassigns();
    void c6_assignBeyondQuantityRefused();
    void c4_providerWithoutDelegatedAdminRefused();
    void u2_onlyAdminAndHelpdeskAgentsAssign_E10();
    void assignNeedsAnEnabledUserOfTheCustomer();
    void assignNeedsAnActiveLicenseSubscription();
    void unassignNeedsAnAssignedLicense();
    void v1_otherPartnersCannotSeeAssignments();

private:
    LicenseService& licenses() { return m_tw->workspace().licenses(); }
    // The provider orders for the customer; returns the new subscription's id, or an empty string.
    QString subscribe(const QString& offerId, int quantity, Term term = Term::P1Y);
    TenantUser customerUser(const QString& name, bool enabled = true);
    Session partnerUser(const PartnerFixture& partner, const QString& name, const QList<PartnerRole>& roles);
    QStringList snapshot() const;
    QStringList auditActions(const QString& partnerAccountId) const;

    std::unique_ptr<TestWorkspace> m_tw;
    ChannelFixture m_channel;
    ServedCustomer m_customer;
    QString m_subscriptionId; // 5 × Microsoft 365 Business Standard
};

void TestLicenses::init()
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
    m_subscriptionId = subscribe(u"m365-business-standard"_s, 5);
    QVERIFY(!m_subscriptionId.isEmpty());
}

void TestLicenses::cleanup()
{
    m_tw.reset();
}

QString TestLicenses::subscribe(const QString& offerId, int quantity, Term term)
{
    OrderDraft draft;
    draft.customerId = m_customer.customerId;
    draft.resellerAccountId = m_channel.reseller.account.id;
    draft.line.offerId = offerId;
    draft.line.quantity = quantity;
    draft.line.term = term;
    auto order = m_tw->workspace().orders().submit(m_channel.providerSession, draft);
    if (!order) {
        qWarning("%s", qPrintable(order.errorString()));
        return {};
    }
    return order->lines.constFirst().subscriptionId;
}

TenantUser TestLicenses::customerUser(const QString& name, bool enabled)
{
    auto user = m_tw->addUser(m_customer.tenant, name, DirectoryRole::User, enabled);
    if (!user) {
        qWarning("%s", qPrintable(user.errorString()));
        return {};
    }
    return user.value();
}

Session TestLicenses::partnerUser(const PartnerFixture& partner, const QString& name, const QList<PartnerRole>& roles)
{
    auto user = m_tw->addUser(partner.tenant, name);
    if (!user) {
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

QStringList TestLicenses::snapshot() const
{
    QStringList state = m_tw->snapshot();
    state
        << m_tw->scalar(u"SELECT group_concat(subscription_id || ':' || user_id) FROM license_assignments"_s).toString()
        << m_tw->scalar(u"SELECT group_concat(id || ':' || quantity || ':' || status) FROM subscriptions"_s).toString();
    return state;
}

QStringList TestLicenses::auditActions(const QString& partnerAccountId) const
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

void TestLicenses::c4_resellerAssignsAndUnassigns()
{
    const TenantUser jordan = customerUser(u"Jordan Avery"_s);
    m_tw->clock().advance(3);
    PD_VERIFY_OK(licenses().assign(m_channel.resellerSession, m_subscriptionId, jordan.id));
    auto held = licenses().assignments(m_channel.resellerSession, m_subscriptionId);
    PD_VERIFY_OK(held);
    QCOMPARE(held->size(), 1);
    QCOMPARE(held->constFirst().userId, jordan.id);
    QCOMPARE(held->constFirst().userName, u"Jordan Avery"_s);
    QCOMPARE(held->constFirst().upn, jordan.upn);
    QCOMPARE(held->constFirst().assigned, m_tw->clock().now());
    auto subscriptions = m_tw->workspace().orders().subscriptions(m_channel.resellerSession, m_customer.customerId);
    PD_VERIFY_OK(subscriptions);
    QCOMPARE(subscriptions->constFirst().assigned, 1);
    QVERIFY(auditActions(m_channel.reseller.account.id).contains(u"license.assigned"_s));

    PD_VERIFY_OK(licenses().unassign(m_channel.resellerSession, m_subscriptionId, jordan.id));
    held = licenses().assignments(m_channel.resellerSession, m_subscriptionId);
    PD_VERIFY_OK(held);
    QVERIFY(held->isEmpty());
    QVERIFY(auditActions(m_channel.reseller.account.id).contains(u"license.unassigned"_s));
    auto events = AuditStore::eventsOfSubject(m_tw->db(), u"Subscription"_s, m_subscriptionId);
    PD_VERIFY_OK(events);
    QCOMPARE(events->size(), 2);
}

void TestLicenses::c6_assignBeyondQuantityRefused()
{
    for (int i = 1; i <= 5; ++i) {
        PD_VERIFY_OK(
            licenses().assign(m_channel.resellerSession, m_subscriptionId, customerUser(u"user%1"_s.arg(i)).id));
    }
    const TenantUser sixth = customerUser(u"user6"_s);
    const QStringList before = snapshot();
    auto refused = licenses().assign(m_channel.resellerSession, m_subscriptionId, sixth.id);
    PD_VERIFY_ERROR(refused, ErrorCode::InvalidState);
    QCOMPARE(refused.errorString(),
             u"All 5 licenses of Microsoft 365 Business Standard are assigned. Ask your "
             "provider for more licenses, or unassign one first."_s);
    QCOMPARE(snapshot(), before);

    // One more license from the provider makes room.
    OrderDraft more;
    more.customerId = m_customer.customerId;
    more.resellerAccountId = m_channel.reseller.account.id;
    more.line.type = TransactionType::AddQuantity;
    more.line.subscriptionId = m_subscriptionId;
    more.line.quantity = 1;
    PD_VERIFY_OK(m_tw->workspace().orders().submit(m_channel.providerSession, more));
    PD_VERIFY_OK(licenses().assign(m_channel.resellerSession, m_subscriptionId, sixth.id));
    QCOMPARE(m_tw->count(u"license_assignments"_s), 6);
}

void TestLicenses::c4_providerWithoutDelegatedAdminRefused()
{
    const TenantUser jordan = customerUser(u"jordan"_s);
    const QStringList before = snapshot();
    auto refused = licenses().assign(m_channel.providerSession, m_subscriptionId, jordan.id);
    PD_VERIFY_ERROR(refused, ErrorCode::PermissionDenied);
    QVERIFY(refused.errorString().contains(u"delegated admin"_s));
    QCOMPARE(snapshot(), before);
    // It still sees who holds licenses of a customer it serves (V1).
    PD_VERIFY_OK(licenses().assignments(m_channel.providerSession, m_subscriptionId));
}

void TestLicenses::u2_onlyAdminAndHelpdeskAgentsAssign_E10()
{
    const TenantUser jordan = customerUser(u"jordan"_s);
    const Session sales = partnerUser(m_channel.reseller, u"sales"_s, {PartnerRole::SalesAgent});
    const Session helpdesk = partnerUser(m_channel.reseller, u"helpdesk"_s, {PartnerRole::HelpdeskAgent});
    const QStringList before = snapshot();
    PD_VERIFY_ERROR(licenses().assign(sales, m_subscriptionId, jordan.id), ErrorCode::PermissionDenied);
    QCOMPARE(snapshot(), before);
    PD_VERIFY_OK(PartnerStore::setStatus(m_tw->db(), m_channel.reseller.account.id, PartnerStatus::Suspended,
                                         m_tw->workspace().now()));
    PD_VERIFY_ERROR(licenses().assign(helpdesk, m_subscriptionId, jordan.id), ErrorCode::InvalidState);
    QCOMPARE(snapshot(), before);
    PD_VERIFY_OK(PartnerStore::setStatus(m_tw->db(), m_channel.reseller.account.id, PartnerStatus::Active,
                                         m_tw->workspace().now()));
    PD_VERIFY_OK(licenses().assign(helpdesk, m_subscriptionId, jordan.id));
}

void TestLicenses::assignNeedsAnEnabledUserOfTheCustomer()
{
    const TenantUser disabled = customerUser(u"blocked"_s, false);
    const TenantUser jordan = customerUser(u"jordan"_s);
    PD_VERIFY_OK(licenses().assign(m_channel.resellerSession, m_subscriptionId, jordan.id));
    const QStringList before = snapshot();

    auto outsider = licenses().assign(m_channel.resellerSession, m_subscriptionId, m_channel.reseller.admin.id);
    PD_VERIFY_ERROR(outsider, ErrorCode::NotFound);
    QCOMPARE(outsider.error().field(), u"user"_s);
    auto blocked = licenses().assign(m_channel.resellerSession, m_subscriptionId, disabled.id);
    PD_VERIFY_ERROR(blocked, ErrorCode::InvalidState);
    QVERIFY(blocked.errorString().contains(u"Enable the user"_s));
    auto twice = licenses().assign(m_channel.resellerSession, m_subscriptionId, jordan.id);
    PD_VERIFY_ERROR(twice, ErrorCode::Conflict);
    QCOMPARE(twice.errorString(), u"jordan already has a license of Microsoft 365 Business Standard."_s);
    QCOMPARE(snapshot(), before);
}

void TestLicenses::assignNeedsAnActiveLicenseSubscription()
{
    const QString azure = subscribe(u"azure-plan"_s, 1, Term::P1M);
    QVERIFY(!azure.isEmpty());
    const QString cancelled = subscribe(u"o365-e3"_s, 2);
    OrderDraft cancel;
    cancel.customerId = m_customer.customerId;
    cancel.resellerAccountId = m_channel.reseller.account.id;
    cancel.line.type = TransactionType::Cancel;
    cancel.line.subscriptionId = cancelled;
    PD_VERIFY_OK(m_tw->workspace().orders().submit(m_channel.providerSession, cancel));

    const TenantUser jordan = customerUser(u"jordan"_s);
    const QStringList before = snapshot();
    PD_VERIFY_ERROR(licenses().assign(m_channel.resellerSession, azure, jordan.id), ErrorCode::InvalidInput);
    PD_VERIFY_ERROR(licenses().assign(m_channel.resellerSession, cancelled, jordan.id), ErrorCode::InvalidState);
    PD_VERIFY_ERROR(licenses().assign(m_channel.resellerSession, u"no-such-subscription"_s, jordan.id),
                    ErrorCode::NotFound);
    QCOMPARE(snapshot(), before);
}

void TestLicenses::unassignNeedsAnAssignedLicense()
{
    const TenantUser jordan = customerUser(u"jordan"_s);
    auto refused = licenses().unassign(m_channel.resellerSession, m_subscriptionId, jordan.id);
    PD_VERIFY_ERROR(refused, ErrorCode::NotFound);
    QVERIFY(refused.errorString().startsWith(u"jordan has no license of Microsoft 365 Business Standard."_s));
    PD_VERIFY_OK(licenses().assign(m_channel.resellerSession, m_subscriptionId, jordan.id));
    PD_VERIFY_ERROR(licenses().unassign(m_channel.providerSession, m_subscriptionId, jordan.id),
                    ErrorCode::PermissionDenied);
    QCOMPARE(m_tw->count(u"license_assignments"_s), 1);
}

void TestLicenses::v1_otherPartnersCannotSeeAssignments()
{
    const TenantUser jordan = customerUser(u"jordan"_s);
    PD_VERIFY_OK(licenses().assign(m_channel.resellerSession, m_subscriptionId, jordan.id));
    auto northstar = m_tw->createPartner(u"northstar"_s, PartnerType::IndirectProvider);
    PD_VERIFY_OK(northstar);
    auto northstarSession = m_tw->signIn(northstar->admin.upn);
    PD_VERIFY_OK(northstarSession);
    auto northwind = m_tw->createPartner(u"northwind"_s, PartnerType::IndirectReseller);
    PD_VERIFY_OK(northwind);
    auto northwindSession = m_tw->signIn(northwind->admin.upn);
    PD_VERIFY_OK(northwindSession);
    const QStringList before = snapshot();
    for (const Session& stranger : {northstarSession.value(), northwindSession.value()}) {
        auto refused = licenses().assignments(stranger, m_subscriptionId);
        PD_VERIFY_ERROR(refused, ErrorCode::NotFound);
        QVERIFY(!refused.errorString().contains(m_customer.companyName));
        PD_VERIFY_ERROR(licenses().unassign(stranger, m_subscriptionId, jordan.id), ErrorCode::NotFound);
    }
    PD_VERIFY_ERROR(licenses().assign(northwindSession.value(), m_subscriptionId, jordan.id), ErrorCode::NotFound);
    QCOMPARE(snapshot(), before);
}

QTEST_GUILESS_MAIN(TestLicenses)
#include "tst_Licenses.moc"
