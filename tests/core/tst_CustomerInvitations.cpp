// Customer invitations (C1) and their acceptance (C3, C4): a reseller invites a customer alone or
// together with one of its Active indirect providers; a Global administrator of the customer's
// tenant accepts, or a new customer creates its tenant and company profile while accepting; a
// customer that already has the reseller only gains the provider. Refusals write nothing.

#include "TestSupport.h"
#include "services/CustomerService.h"
#include "services/InvitationService.h"
#include "services/OutboxService.h"
#include "services/RelationshipService.h"
#include "storage/AuditStore.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestCustomerInvitations : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void inviteWithProviderNeedsActiveRelationship_C1();
    void inviteAloneNamesNoProvider_C1();
    void providersDoNotInviteCustomers_C1();
    void newCustomerCreatesTenantAndAccepts_C3();
    void newCustomerInputChecked_C3_data();
    void newCustomerInputChecked_C3();
    void globalAdministratorOfExistingTenantAccepts_C3();
    void whoMayAccept_C3_data();
    void whoMayAccept_C3();
    void consentRequired_C3_data();
    void consentRequired_C3();
    void providerNoLongerWithResellerRefused_C1_P6();
    void providerTenantCannotBecomeOwnCustomer_C3();
    void relatedPartnerCannotBecomeCustomer_S4_data();
    void relatedPartnerCannotBecomeCustomer_S4();
    void customerCannotBecomeRelatedPartner_S4_data();
    void customerCannotBecomeRelatedPartner_S4();
    void existingCustomerGainsOnlyTheProvider_C4();
    void customerWithEveryPartnerRefused_C4();
    void invitationKindsDoNotMix_V1();

private:
    // A draft of kind by the reseller, recorded; returns the link.
    QString invite(InvitationKind kind, const QString& providerAccountId = {});
    static NewCustomer newCustomer(const QString& prefix = u"lakeside"_s) { return TestWorkspace::newCustomer(prefix); }
    CustomerService& customers() { return m_tw->workspace().customers(); }
    QStringList partnerNamesOf(const Session& customer);

    std::unique_ptr<TestWorkspace> m_tw;
    ChannelFixture m_channel;
    Session m_programAdmin;
};

void TestCustomerInvitations::init()
{
    m_tw = std::make_unique<TestWorkspace>();
    PD_VERIFY_OK(m_tw->openStatus());
    auto programAdmin = m_tw->createProgramAdministrator();
    PD_VERIFY_OK(programAdmin);
    m_programAdmin = programAdmin.value();
    auto channel = m_tw->createProviderAndReseller();
    PD_VERIFY_OK(channel);
    m_channel = channel.value();
    auto link = m_tw->inviteReseller(m_channel.providerSession);
    PD_VERIFY_OK(link);
    PD_VERIFY_OK(m_tw->workspace().relationships().authorizeProvider(m_channel.resellerSession, link.value(), true));
}

void TestCustomerInvitations::cleanup()
{
    m_tw.reset();
}

QString TestCustomerInvitations::invite(InvitationKind kind, const QString& providerAccountId)
{
    auto draft = m_tw->workspace().invitations().newDraft(m_channel.resellerSession, kind, u"en"_s, providerAccountId);
    if (!draft) {
        qWarning("%s", qPrintable(draft.errorString()));
        return {};
    }
    draft.value().recipientEmail = u"morgan@lakeside.example"_s;
    auto recorded = m_tw->workspace().invitations().record(m_channel.resellerSession, draft.value());
    if (!recorded) {
        qWarning("%s", qPrintable(recorded.errorString()));
        return {};
    }
    return draft->link;
}

QStringList TestCustomerInvitations::partnerNamesOf(const Session& customer)
{
    QStringList names;
    auto partners = customers().partnersOf(customer);
    if (partners) {
        for (const CustomerPartner& p : partners.value()) {
            names << u"%1 (%2)"_s.arg(p.partnerName, p.delegatedAdmin ? u"admin"_s : u"orders"_s);
        }
    }
    return names;
}

void TestCustomerInvitations::inviteWithProviderNeedsActiveRelationship_C1()
{
    auto draft = m_tw->workspace().invitations().newDraft(m_channel.resellerSession,
                                                          InvitationKind::CustomerOfResellerAndProvider, u"en"_s,
                                                          m_channel.provider.account.id);
    PD_VERIFY_OK(draft);
    QVERIFY(draft->subject.contains(m_channel.reseller.account.legal.legalName));
    QVERIFY(draft->subject.contains(m_channel.provider.account.legal.legalName));
    QVERIFY(draft->body.contains(draft->link));
    QVERIFY(draft->body.contains(u"reseller of record"_s));

    // A provider the reseller doesn't work with can't be named.
    auto stranger = m_tw->createPartner(u"northstar"_s, PartnerType::IndirectProvider);
    PD_VERIFY_OK(stranger);
    auto refused = m_tw->workspace().invitations().newDraft(
        m_channel.resellerSession, InvitationKind::CustomerOfResellerAndProvider, u"en"_s, stranger->account.id);
    PD_VERIFY_ERROR(refused, ErrorCode::PermissionDenied);
    QCOMPARE(refused.error().field(), u"provider"_s);

    // Nor one whose relationship ended, even with a draft made before.
    auto relationships = m_tw->workspace().relationships().providersOf(m_channel.resellerSession);
    PD_VERIFY_OK(relationships);
    PD_VERIFY_OK(m_tw->workspace().relationships().end(m_channel.resellerSession, relationships->constFirst().id));
    InvitationDraft stale = draft.value();
    stale.recipientEmail = u"morgan@lakeside.example"_s;
    PD_VERIFY_ERROR(m_tw->workspace().invitations().record(m_channel.resellerSession, stale),
                    ErrorCode::PermissionDenied);
    QCOMPARE(m_tw->count(u"invitations"_s), 1); // the reseller's own invitation from init()
}

void TestCustomerInvitations::inviteAloneNamesNoProvider_C1()
{
    const QString link = invite(InvitationKind::CustomerOfReseller);
    QVERIFY(!link.isEmpty());
    auto preview = m_tw->workspace().invitations().open(link);
    PD_VERIFY_OK(preview);
    QCOMPARE(preview->partnerName, m_channel.reseller.account.legal.legalName);
    QVERIFY(preview->providerName.isEmpty());
    PD_VERIFY_ERROR(m_tw->workspace().invitations().newDraft(m_channel.resellerSession,
                                                             InvitationKind::CustomerOfReseller, u"en"_s,
                                                             m_channel.provider.account.id),
                    ErrorCode::InvalidInput);
}

void TestCustomerInvitations::providersDoNotInviteCustomers_C1()
{
    PD_VERIFY_ERROR(m_tw->workspace().invitations().newDraft(m_channel.providerSession,
                                                             InvitationKind::CustomerOfReseller, u"en"_s),
                    ErrorCode::PermissionDenied);
}

void TestCustomerInvitations::newCustomerCreatesTenantAndAccepts_C3()
{
    const QString link = invite(InvitationKind::CustomerOfResellerAndProvider, m_channel.provider.account.id);
    auto preview = m_tw->workspace().invitations().open(link);
    PD_VERIFY_OK(preview);
    QCOMPARE(preview->providerName, m_channel.provider.account.legal.legalName);

    auto session = customers().acceptAsNewCustomer(link, newCustomer(), true);
    PD_VERIFY_OK(session);
    QCOMPARE(session->persona(), Persona::Customer);
    QCOMPARE(session->user.upn, u"morgan@lakeside.onmicrosoft.com"_s);
    QVERIFY(session->isGlobalAdministrator());
    QCOMPARE(partnerNamesOf(session.value()),
             (QStringList{m_channel.provider.account.legal.legalName + u" (orders)"_s,
                          m_channel.reseller.account.legal.legalName + u" (admin)"_s}));
    QCOMPARE(m_tw->scalar(u"SELECT company_name FROM customers"_s).toString(), u"Lakeside Dental Group LLC"_s);
    QCOMPARE(m_tw->scalar(u"SELECT city FROM customers"_s).toString(), u"Madison"_s);
    QCOMPARE(m_tw->scalar(u"SELECT status FROM invitations WHERE kind = 'CustomerOfResellerAndProvider'"_s).toString(),
             u"Accepted"_s);
    // Both partners hear of it and log it.
    for (const Session& partner : {m_channel.resellerSession, m_channel.providerSession}) {
        auto mail = m_tw->workspace().outbox().messages(partner);
        PD_VERIFY_OK(mail);
        QVERIFY(mail->constFirst().subject.contains(u"Lakeside Dental Group LLC"_s));
        auto events = AuditStore::eventsOfPartner(m_tw->db(), partner.partner->id, 100);
        PD_VERIFY_OK(events);
        QVERIFY(std::any_of(events->cbegin(), events->cend(),
                            [](const AuditEvent& e) { return e.action == "customer.relationshipAuthorized"_L1; }));
    }
    // The link is used up.
    PD_VERIFY_ERROR(customers().acceptAsNewCustomer(link, newCustomer(u"another"_s), true), ErrorCode::Conflict);
}

void TestCustomerInvitations::newCustomerInputChecked_C3_data()
{
    QTest::addColumn<QString>("change");
    QTest::addColumn<QString>("field");
    QTest::newRow("domain prefix taken") << u"prefix"_s << u"domainPrefix"_s;
    QTest::newRow("weak password") << u"password"_s << u"password"_s;
    QTest::newRow("no company name") << u"company"_s << u"legalName"_s;
    QTest::newRow("contact email without domain") << u"email"_s << u"contactEmail"_s;
}

void TestCustomerInvitations::newCustomerInputChecked_C3()
{
    QFETCH(QString, change);
    QFETCH(QString, field);
    const QString link = invite(InvitationKind::CustomerOfReseller);
    NewCustomer input = newCustomer();
    if (change == "prefix"_L1) {
        input.tenant.domainPrefix = u"harborlight"_s;
    } else if (change == "password"_L1) {
        input.administrator.password = u"short"_s;
    } else if (change == "company"_L1) {
        input.company.legalName = u"  "_s;
    } else if (change == "email"_L1) {
        input.company.contactEmail = u"morgan@"_s;
    }
    const QList<Error> problems = customers().validateNewCustomer(input);
    QCOMPARE(problems.size(), 1);
    QCOMPARE(problems.constFirst().field(), field);
    const QStringList before = m_tw->snapshot();
    auto refused = customers().acceptAsNewCustomer(link, input, true);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().field(), field);
    QCOMPARE(m_tw->snapshot(), before);
}

void TestCustomerInvitations::globalAdministratorOfExistingTenantAccepts_C3()
{
    auto tenant = m_tw->createTenant(u"pinecrest"_s);
    PD_VERIFY_OK(tenant);
    auto admin = m_tw->signIn(tenant->admin.upn);
    PD_VERIFY_OK(admin);
    const QString link = invite(InvitationKind::CustomerOfReseller);
    PD_VERIFY_OK(customers().checkAcceptance(admin.value(), link));
    auto customer = customers().accept(admin.value(), link, true);
    PD_VERIFY_OK(customer);
    QCOMPARE(customer->tenantId, tenant->tenant.id);
    QCOMPARE(customer->company.legalName, tenant->tenant.displayName);
    auto again = m_tw->signIn(tenant->admin.upn);
    PD_VERIFY_OK(again);
    QCOMPARE(again->persona(), Persona::Customer);
    QCOMPARE(partnerNamesOf(again.value()), QStringList{m_channel.reseller.account.legal.legalName + u" (admin)"_s});
}

void TestCustomerInvitations::whoMayAccept_C3_data()
{
    QTest::addColumn<QString>("who");
    QTest::addColumn<ErrorCode>("expected");
    QTest::newRow("a user who is not a Global administrator") << u"user"_s << ErrorCode::PermissionDenied;
    QTest::newRow("the program administrator") << u"program"_s << ErrorCode::PermissionDenied;
    QTest::newRow("the inviting reseller itself") << u"reseller"_s << ErrorCode::InvalidInput;
}

void TestCustomerInvitations::whoMayAccept_C3()
{
    QFETCH(QString, who);
    QFETCH(ErrorCode, expected);
    const QString link = invite(InvitationKind::CustomerOfReseller);
    Session session;
    if (who == "user"_L1) {
        auto tenant = m_tw->createTenant(u"pinecrest"_s);
        PD_VERIFY_OK(tenant);
        auto user = m_tw->addUser(tenant->tenant, u"taylor"_s);
        PD_VERIFY_OK(user);
        auto signedIn = m_tw->signIn(user->upn);
        PD_VERIFY_OK(signedIn);
        session = signedIn.value();
    } else if (who == "program"_L1) {
        session = m_programAdmin;
    } else {
        auto reseller = m_tw->signIn(m_channel.reseller.admin.upn);
        PD_VERIFY_OK(reseller);
        session = reseller.value();
    }
    const QStringList before = m_tw->snapshot();
    PD_VERIFY_ERROR(customers().accept(session, link, true), expected);
    QCOMPARE(m_tw->snapshot(), before);
}

void TestCustomerInvitations::consentRequired_C3_data()
{
    QTest::addColumn<bool>("asNewCustomer");
    QTest::newRow("new customer") << true;
    QTest::newRow("existing tenant") << false;
}

void TestCustomerInvitations::consentRequired_C3()
{
    QFETCH(bool, asNewCustomer);
    const QString link = invite(InvitationKind::CustomerOfReseller);
    auto tenant = m_tw->createTenant(u"pinecrest"_s);
    PD_VERIFY_OK(tenant);
    auto admin = m_tw->signIn(tenant->admin.upn);
    PD_VERIFY_OK(admin);
    const QStringList before = m_tw->snapshot();
    const Status refused = asNewCustomer ? Status(customers().acceptAsNewCustomer(link, newCustomer(), false))
                                         : Status(customers().accept(admin.value(), link, false));
    PD_VERIFY_ERROR(refused, ErrorCode::InvalidInput);
    QCOMPARE(refused.error().field(), u"consent"_s);
    QCOMPARE(m_tw->snapshot(), before);
}

void TestCustomerInvitations::providerNoLongerWithResellerRefused_C1_P6()
{
    const QString pending = invite(InvitationKind::CustomerOfResellerAndProvider, m_channel.provider.account.id);
    const QString alone = invite(InvitationKind::CustomerOfReseller);
    auto relationships = m_tw->workspace().relationships().providersOf(m_channel.resellerSession);
    PD_VERIFY_OK(relationships);
    PD_VERIFY_OK(m_tw->workspace().relationships().end(m_channel.providerSession, relationships->constFirst().id));
    // Ending revokes the reseller's pending invitations with that provider, and only those.
    QCOMPARE(m_tw->scalar(u"SELECT status FROM invitations WHERE kind = 'CustomerOfResellerAndProvider'"_s).toString(),
             u"Revoked"_s);
    QCOMPARE(m_tw->scalar(u"SELECT status FROM invitations WHERE kind = 'CustomerOfReseller'"_s).toString(),
             u"Pending"_s);
    const QStringList before = m_tw->snapshot();
    PD_VERIFY_ERROR(customers().acceptAsNewCustomer(pending, newCustomer(), true), ErrorCode::InvalidState);
    QCOMPARE(m_tw->snapshot(), before);
    PD_VERIFY_OK(customers().acceptAsNewCustomer(alone, newCustomer(), true));
}

void TestCustomerInvitations::providerTenantCannotBecomeOwnCustomer_C3()
{
    const QString link = invite(InvitationKind::CustomerOfResellerAndProvider, m_channel.provider.account.id);
    const QStringList before = m_tw->snapshot();
    PD_VERIFY_ERROR(customers().accept(m_channel.providerSession, link, true), ErrorCode::InvalidInput);
    QCOMPARE(m_tw->snapshot(), before);
}

void TestCustomerInvitations::relatedPartnerCannotBecomeCustomer_S4_data()
{
    QTest::addColumn<QString>("who");
    QTest::addColumn<ErrorCode>("code");
    QTest::newRow("S4 provider accepts its reseller's invitation") << u"provider"_s << ErrorCode::PermissionDenied;
    QTest::newRow("S4 reseller accepts another reseller's invitation with its provider")
        << u"reseller"_s << ErrorCode::PermissionDenied;
    QTest::newRow("S4 reseller accepts its own invitation") << u"self"_s << ErrorCode::InvalidInput;
    QTest::newRow("S4 unrelated partner accepts") << u"stranger"_s << ErrorCode::None;
}

void TestCustomerInvitations::relatedPartnerCannotBecomeCustomer_S4()
{
    QFETCH(QString, who);
    QFETCH(ErrorCode, code);
    const QString provider = m_channel.provider.account.legal.legalName;
    const QString reseller = m_channel.reseller.account.legal.legalName;
    QString link;
    Session accepting;
    QString expected;
    if (who == u"provider"_s) {
        link = invite(InvitationKind::CustomerOfReseller);
        accepting = m_channel.providerSession;
        expected = provider + u" has an indirect relationship with "_s + reseller
            + u", so it can't become a customer of "_s + reseller + u": "_s + reseller
            + u" would hold administrator access to the tenant of its own provider or reseller."_s;
    } else if (who == u"reseller"_s) {
        // Quillfeather, another reseller of the provider, invites with the provider.
        auto other = m_tw->createPartner(u"quillfeather"_s, PartnerType::IndirectReseller);
        PD_VERIFY_OK(other);
        auto otherSession = m_tw->signIn(other->admin.upn);
        PD_VERIFY_OK(otherSession);
        auto otherLink = m_tw->inviteReseller(m_channel.providerSession, u"avery@quillfeather.example"_s);
        PD_VERIFY_OK(otherLink);
        PD_VERIFY_OK(
            m_tw->workspace().relationships().authorizeProvider(otherSession.value(), otherLink.value(), true));
        auto draft = m_tw->workspace().invitations().newDraft(otherSession.value(),
                                                              InvitationKind::CustomerOfResellerAndProvider, u"en"_s,
                                                              m_channel.provider.account.id);
        PD_VERIFY_OK(draft);
        draft.value().recipientEmail = u"admin@harborlight.example"_s;
        PD_VERIFY_OK(m_tw->workspace().invitations().record(otherSession.value(), draft.value()));
        link = draft->link;
        accepting = m_channel.resellerSession;
        expected = reseller + u" has an indirect relationship with "_s + provider
            + u", so it can't become a customer of "_s + provider + u": "_s + provider
            + u" would hold administrator access to the tenant of its own provider or reseller."_s;
    } else if (who == u"self"_s) {
        link = invite(InvitationKind::CustomerOfReseller);
        accepting = m_channel.resellerSession;
        expected = u"A partner can't become its own customer."_s;
    } else {
        link = invite(InvitationKind::CustomerOfReseller);
        auto stranger = m_tw->createPartner(u"northstar"_s, PartnerType::IndirectReseller);
        PD_VERIFY_OK(stranger);
        auto strangerSession = m_tw->signIn(stranger->admin.upn);
        PD_VERIFY_OK(strangerSession);
        accepting = strangerSession.value();
    }
    const QStringList before = m_tw->snapshot();
    auto checked = customers().checkAcceptance(accepting, link);
    auto accepted = customers().accept(accepting, link, true);
    if (code == ErrorCode::None) {
        PD_VERIFY_OK(checked);
        PD_VERIFY_OK(accepted);
        return;
    }
    PD_VERIFY_ERROR(checked, code);
    PD_VERIFY_ERROR(accepted, code);
    QCOMPARE(accepted.errorString(), expected);
    QCOMPARE(checked.errorString(), expected);
    QCOMPARE(m_tw->snapshot(), before);
}

void TestCustomerInvitations::customerCannotBecomeRelatedPartner_S4_data()
{
    QTest::addColumn<bool>("providerIsCustomer");
    QTest::newRow("S4 a provider that is its would-be reseller's customer") << true;
    QTest::newRow("S4 a reseller that is its would-be provider's customer") << false;
}

void TestCustomerInvitations::customerCannotBecomeRelatedPartner_S4()
{
    // The order the other test refuses, the other way round: first customer, then indirect
    // provider and reseller. Northstar, a second provider serving the US, is not related yet.
    QFETCH(bool, providerIsCustomer);
    auto northstar = m_tw->createPartner(u"northstar"_s, PartnerType::IndirectProvider);
    PD_VERIFY_OK(northstar);
    PD_VERIFY_OK(m_tw->addListing(northstar->account.id, {u"US"_s}));
    auto northstarSession = m_tw->signIn(northstar->admin.upn);
    PD_VERIFY_OK(northstarSession);
    const QString northstarName = northstar->account.legal.legalName;
    const QString reseller = m_channel.reseller.account.legal.legalName;
    if (providerIsCustomer) {
        // Harborlight invites Northstar's tenant as its customer, and Northstar accepts.
        PD_VERIFY_OK(customers().accept(northstarSession.value(), invite(InvitationKind::CustomerOfReseller), true));
    } else {
        // Northstar, through another reseller of its own, serves Harborlight's tenant.
        auto other = m_tw->createPartner(u"quillfeather"_s, PartnerType::IndirectReseller);
        PD_VERIFY_OK(other);
        auto otherSession = m_tw->signIn(other->admin.upn);
        PD_VERIFY_OK(otherSession);
        auto otherLink = m_tw->inviteReseller(northstarSession.value(), u"avery@quillfeather.example"_s);
        PD_VERIFY_OK(otherLink);
        PD_VERIFY_OK(
            m_tw->workspace().relationships().authorizeProvider(otherSession.value(), otherLink.value(), true));
        auto draft = m_tw->workspace().invitations().newDraft(
            otherSession.value(), InvitationKind::CustomerOfResellerAndProvider, u"en"_s, northstar->account.id);
        PD_VERIFY_OK(draft);
        draft.value().recipientEmail = u"admin@harborlight.example"_s;
        PD_VERIFY_OK(m_tw->workspace().invitations().record(otherSession.value(), draft.value()));
        PD_VERIFY_OK(customers().accept(m_channel.resellerSession, draft->link, true));
    }
    auto link = m_tw->inviteReseller(northstarSession.value(), u"riley@harborlight.example"_s);
    PD_VERIFY_OK(link);
    const QStringList before = m_tw->snapshot();
    RelationshipService& relationships = m_tw->workspace().relationships();
    auto checked = relationships.checkAuthorization(m_channel.resellerSession, link.value());
    auto authorized = relationships.authorizeProvider(m_channel.resellerSession, link.value(), true);
    PD_VERIFY_ERROR(checked, ErrorCode::PermissionDenied);
    PD_VERIFY_ERROR(authorized, ErrorCode::PermissionDenied);
    const QString customer = providerIsCustomer ? northstarName : reseller;
    const QString partner = providerIsCustomer ? reseller : northstarName;
    QCOMPARE(authorized.errorString(),
             customer + u" is a customer of "_s + partner
                 + u", so the two can't work together as indirect provider and reseller: "_s + partner
                 + u" would serve as a customer the tenant of its own provider or reseller."_s);
    QCOMPARE(m_tw->snapshot(), before);
}

void TestCustomerInvitations::existingCustomerGainsOnlyTheProvider_C4()
{
    auto customer = customers().acceptAsNewCustomer(invite(InvitationKind::CustomerOfReseller), newCustomer(), true);
    PD_VERIFY_OK(customer);
    const int relationships = m_tw->count(u"customer_relationships"_s);
    QCOMPARE(relationships, 1);
    const QString both = invite(InvitationKind::CustomerOfResellerAndProvider, m_channel.provider.account.id);
    PD_VERIFY_OK(customers().accept(customer.value(), both, true));
    QCOMPARE(m_tw->count(u"customer_relationships"_s), 2);
    QCOMPARE(m_tw->count(u"customers"_s), 1);
    QCOMPARE(partnerNamesOf(customer.value()),
             (QStringList{m_channel.provider.account.legal.legalName + u" (orders)"_s,
                          m_channel.reseller.account.legal.legalName + u" (admin)"_s}));
}

void TestCustomerInvitations::customerWithEveryPartnerRefused_C4()
{
    auto customer = customers().acceptAsNewCustomer(invite(InvitationKind::CustomerOfReseller), newCustomer(), true);
    PD_VERIFY_OK(customer);
    const QString again = invite(InvitationKind::CustomerOfReseller);
    const QStringList before = m_tw->snapshot();
    auto refused = customers().accept(customer.value(), again, true);
    PD_VERIFY_ERROR(refused, ErrorCode::Conflict);
    QVERIFY(refused.errorString().contains(u"already a reseller"_s));
    QCOMPARE(m_tw->snapshot(), before);
}

void TestCustomerInvitations::invitationKindsDoNotMix_V1()
{
    // A reseller's invitation from a provider is no customer invitation, and the other way round.
    auto resellerLink = m_tw->inviteReseller(m_channel.providerSession);
    PD_VERIFY_OK(resellerLink);
    PD_VERIFY_ERROR(customers().acceptAsNewCustomer(resellerLink.value(), newCustomer(), true),
                    ErrorCode::InvalidInput);
    const QString customerLink = invite(InvitationKind::CustomerOfReseller);
    PD_VERIFY_ERROR(m_tw->workspace().relationships().authorizeProvider(m_channel.resellerSession, customerLink, true),
                    ErrorCode::InvalidInput);
    QCOMPARE(m_tw->count(u"customers"_s), 0);
}

QTEST_GUILESS_MAIN(TestCustomerInvitations)
#include "tst_CustomerInvitations.moc"
