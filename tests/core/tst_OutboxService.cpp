// The outbox as each persona reads it (V1): a program administrator sees every message the
// workspace has sent, a partner's user the messages about their own partner account, customers
// and unenrolled users none. Always newest first, and always from a session reloaded from the
// workspace.

#include "TestSupport.h"
#include "services/DirectoryService.h"
#include "services/OutboxService.h"
#include "storage/CustomerStore.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestOutboxService : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void programAdministratorSeesEveryMessage_V1();
    void partnerUserSeesOwnPartnersMessages_V1_data();
    void partnerUserSeesOwnPartnersMessages_V1();
    void othersSeeNone_V1_data();
    void othersSeeNone_V1();
    void sessionIsReloaded_V1();
    void disabledUserRefused();

private:
    QStringList subjects(const Result<QList<OutboxMessage>>& messages);
    Status send(const QString& subject, const QString& partnerAccountId);
    Session signIn(const QString& userName, const QString& domainPrefix);

    std::unique_ptr<TestWorkspace> m_tw;
    std::unique_ptr<OutboxService> m_outbox;
    Session m_programAdmin;
    PartnerFixture m_reseller;
    PartnerFixture m_provider;
};

void TestOutboxService::init()
{
    m_tw = std::make_unique<TestWorkspace>();
    PD_VERIFY_OK(m_tw->openStatus());
    m_outbox = std::make_unique<OutboxService>(m_tw->workspace());
    auto admin = m_tw->createProgramAdministrator();
    PD_VERIFY_OK(admin);
    m_programAdmin = admin.value();
    auto reseller
        = m_tw->createPartner(u"harborlight"_s, PartnerType::IndirectReseller, PartnerStatus::PendingEmailVerification);
    PD_VERIFY_OK(reseller);
    m_reseller = reseller.value();
    auto provider = m_tw->createPartner(u"northwind"_s, PartnerType::IndirectProvider);
    PD_VERIFY_OK(provider);
    m_provider = provider.value();

    // Five minutes apart, so that the order is the order of sending.
    PD_VERIFY_OK(send(u"Harborlight: verify your email"_s, m_reseller.account.id));
    m_tw->clock().advance(5);
    PD_VERIFY_OK(send(u"Northwind: account approved"_s, m_provider.account.id));
    m_tw->clock().advance(5);
    PD_VERIFY_OK(send(u"Harborlight: new verification code"_s, m_reseller.account.id));
    m_tw->clock().advance(5);
    PD_VERIFY_OK(send(u"About no partner"_s, QString()));
}

void TestOutboxService::cleanup()
{
    m_outbox.reset();
    m_tw.reset();
}

Status TestOutboxService::send(const QString& subject, const QString& partnerAccountId)
{
    OutboxMessage message;
    message.recipient = u"contact@example.com"_s;
    message.subject = subject;
    message.body = u"Body of "_s + subject;
    message.kind = u"test.message"_s;
    message.partnerAccountId = partnerAccountId;
    Workspace& workspace = m_tw->workspace();
    return workspace.inTransaction([&]() { return workspace.send(message); });
}

Session TestOutboxService::signIn(const QString& userName, const QString& domainPrefix)
{
    auto session = m_tw->signIn(TestWorkspace::upn(userName, domainPrefix));
    if (!session) {
        qWarning("could not sign in %s: %s", qPrintable(userName), qPrintable(session.errorString()));
        return {};
    }
    return session.value();
}

QStringList TestOutboxService::subjects(const Result<QList<OutboxMessage>>& messages)
{
    QStringList result;
    if (messages) {
        for (const OutboxMessage& message : messages.value()) {
            result << message.subject;
        }
    }
    return result;
}

void TestOutboxService::programAdministratorSeesEveryMessage_V1()
{
    auto messages = m_outbox->messages(m_programAdmin);
    PD_VERIFY_OK(messages);
    QCOMPARE(subjects(messages),
             QStringList({u"About no partner"_s, u"Harborlight: new verification code"_s,
                          u"Northwind: account approved"_s, u"Harborlight: verify your email"_s}));
    const OutboxMessage& newest = messages->first();
    QCOMPARE(newest.recipient, u"contact@example.com"_s);
    QCOMPARE(newest.body, u"Body of About no partner"_s);
    QCOMPARE(newest.kind, u"test.message"_s);
    QCOMPARE(newest.created, TestClock::defaultStart().addSecs(15 * 60));
    QVERIFY(!newest.id.isEmpty());
}

void TestOutboxService::partnerUserSeesOwnPartnersMessages_V1_data()
{
    QTest::addColumn<QString>("userName");
    QTest::addColumn<QString>("domainPrefix");
    QTest::addColumn<QStringList>("expected");

    const QStringList harborlight{u"Harborlight: new verification code"_s, u"Harborlight: verify your email"_s};
    QTest::newRow("V1 reseller's Admin agent, account pending verification")
        << u"admin"_s << u"harborlight"_s << harborlight;
    QTest::newRow("V1 reseller's user without partner roles") << u"casey"_s << u"harborlight"_s << harborlight;
    QTest::newRow("V1 provider's Admin agent")
        << u"admin"_s << u"northwind"_s << QStringList{u"Northwind: account approved"_s};
}

void TestOutboxService::partnerUserSeesOwnPartnersMessages_V1()
{
    QFETCH(QString, userName);
    QFETCH(QString, domainPrefix);
    QFETCH(QStringList, expected);
    PD_VERIFY_OK(m_tw->addUser(m_reseller.tenant, u"casey"_s));

    const Session session = signIn(userName, domainPrefix);
    QCOMPARE(session.persona(), Persona::Partner);
    auto messages = m_outbox->messages(session);
    PD_VERIFY_OK(messages);
    QCOMPARE(subjects(messages), expected);
}

void TestOutboxService::othersSeeNone_V1_data()
{
    QTest::addColumn<QString>("userName");
    QTest::addColumn<QString>("domainPrefix");
    QTest::addColumn<Persona>("persona");

    QTest::newRow("V1 customer's Global administrator") << u"admin"_s << u"contoso"_s << Persona::Customer;
    QTest::newRow("V1 customer's user") << u"riley"_s << u"contoso"_s << Persona::Customer;
    QTest::newRow("V1 unenrolled tenant's Global administrator")
        << u"admin"_s << u"quillfeather"_s << Persona::Unenrolled;
    QTest::newRow("V1 program tenant's user who is not a Global administrator")
        << u"sam"_s << u"pdprogram"_s << Persona::Unenrolled;
}

void TestOutboxService::othersSeeNone_V1()
{
    QFETCH(QString, userName);
    QFETCH(QString, domainPrefix);
    QFETCH(Persona, persona);

    auto customerTenant = m_tw->createTenant(u"contoso"_s);
    PD_VERIFY_OK(customerTenant);
    PD_VERIFY_OK(m_tw->addUser(customerTenant->tenant, u"riley"_s));
    Customer customer;
    customer.id = Workspace::newId();
    customer.tenantId = customerTenant->tenant.id;
    customer.company.legalName = u"Contoso"_s;
    customer.company.address.country = u"US"_s;
    customer.created = m_tw->clock().now();
    {
        Transaction transaction(m_tw->db());
        PD_VERIFY_OK(CustomerStore::insertCustomer(m_tw->db(), customer));
        PD_VERIFY_OK(CustomerStore::insertRelationship(m_tw->db(), Workspace::newId(), customer.id,
                                                       m_reseller.account.id, true, m_tw->clock().now()));
        PD_VERIFY_OK(transaction.commit());
    }
    PD_VERIFY_OK(m_tw->createTenant(u"quillfeather"_s));
    PD_VERIFY_OK(m_tw->addUser(m_programAdmin.tenant, u"sam"_s));

    const Session session = signIn(userName, domainPrefix);
    QCOMPARE(session.persona(), persona);
    auto messages = m_outbox->messages(session);
    PD_VERIFY_OK(messages);
    QVERIFY2(messages->isEmpty(), qPrintable(subjects(messages).join(u", "_s)));
}

void TestOutboxService::sessionIsReloaded_V1()
{
    // A session that claims more than is stored: the program tenant's flag, or another partner.
    Session forged = signIn(u"admin"_s, u"harborlight"_s);
    forged.tenant.isProgram = true;
    QVERIFY(forged.isProgramAdministrator());
    forged.partner = m_provider.account;
    auto messages = m_outbox->messages(forged);
    PD_VERIFY_OK(messages);
    QCOMPARE(subjects(messages),
             QStringList({u"Harborlight: new verification code"_s, u"Harborlight: verify your email"_s}));

    // A role or partner account lost since signing in no longer counts either.
    auto other = m_tw->createTenant(u"quillfeather"_s);
    PD_VERIFY_OK(other);
    Session stale = signIn(u"admin"_s, u"quillfeather"_s);
    stale.partner = m_reseller.account;
    stale.roles = {PartnerRole::AdminAgent};
    messages = m_outbox->messages(stale);
    PD_VERIFY_OK(messages);
    QVERIFY(messages->isEmpty());
}

void TestOutboxService::disabledUserRefused()
{
    auto user = m_tw->addUser(m_reseller.tenant, u"morgan"_s, DirectoryRole::User, false);
    PD_VERIFY_OK(user);
    Session session; // as it was before the user was disabled
    session.user = user.value();
    session.tenant = m_reseller.tenant;
    session.partner = m_reseller.account;
    PD_VERIFY_ERROR(m_outbox->messages(session), ErrorCode::Disabled);
}

QTEST_GUILESS_MAIN(TestOutboxService)
#include "tst_OutboxService.moc"
