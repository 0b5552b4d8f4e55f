// The Activity log (ARCHITECTURE §7): a partner's Admin agents read their partner's events, the
// program administrator every partner's; others are refused. Filters by person, kind, dates and
// words select on the database's side; pages follow one another without gaps; each event names
// who, what and what about in the interface language; the export holds every selected event.

#include "TestSupport.h"
#include "domain/AuditActions.h"
#include "services/AuditService.h"
#include "services/UserService.h"
#include "storage/SqlQuery.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;

class TestActivityLog : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void adminReadsOwnPartnersLog();
    void othersAreRefused();
    void programReadsEveryLog();
    void filtersByPersonKindAndDates();
    void searchFindsWordsOfWhoAndWhat();
    void pagesFollowWithoutGaps();
    void everyEventWrittenIsDescribed();
    void subjectsAndDetailsAreNamed();
    void exportHoldsEverySelectedEvent();
    void actorsAreThePeopleWhoWrote();

private:
    QList<AuditEvent> read(const Session& session, const AuditQuery& query = {}, int limit = 500)
    {
        auto events = m_tw->workspace().auditLog().activity(session, query, limit);
        if (!events) {
            // A refusal or an SQL error is never an empty log: the test fails here.
            QTest::qFail(qPrintable(u"unexpected error: "_s + events.errorString()), __FILE__, __LINE__);
            return {};
        }
        return events.value();
    }

    std::unique_ptr<TestWorkspace> m_tw;
    Session m_program;
    ChannelFixture m_channel;
    ServedCustomer m_customer;
};

void TestActivityLog::init()
{
    m_tw = std::make_unique<TestWorkspace>();
    PD_VERIFY_OK(m_tw->openStatus());
    auto program = m_tw->createProgramAdministrator();
    PD_VERIFY_OK(program);
    m_program = program.value();
    auto channel = m_tw->createProviderAndReseller();
    PD_VERIFY_OK(channel);
    m_channel = channel.value();
    PD_VERIFY_OK(connectChannel(*m_tw, m_channel));
    m_tw->clock().advance(24 * 60);
    auto customer = addServedCustomer(*m_tw, m_channel, true, u"lakeside"_s, u"Lakeside Dental Group LLC"_s);
    PD_VERIFY_OK(customer);
    m_customer = customer.value();
}

void TestActivityLog::cleanup()
{
    m_tw.reset();
}

void TestActivityLog::adminReadsOwnPartnersLog()
{
    const QList<AuditEvent> reseller = read(m_channel.resellerSession);
    QVERIFY(!reseller.isEmpty());
    QStringList actions;
    for (const AuditEvent& e : reseller) {
        QCOMPARE(e.partnerAccountId, m_channel.reseller.account.id);
        actions << e.action;
    }
    QVERIFY2(actions.contains(u"indirectRelationship.authorized"_s), qPrintable(actions.join(u", ")));
    QVERIFY2(actions.contains(u"invitation.created"_s), qPrintable(actions.join(u", ")));

    // Asking for another partner's log still reads one's own.
    AuditQuery other;
    other.partnerAccountId = m_channel.provider.account.id;
    for (const AuditEvent& e : read(m_channel.resellerSession, other)) {
        QCOMPARE(e.partnerAccountId, m_channel.reseller.account.id);
    }
    const QList<AuditEvent> provider = read(m_channel.providerSession);
    QVERIFY(!provider.isEmpty());
    for (const AuditEvent& e : provider) {
        QCOMPARE(e.partnerAccountId, m_channel.provider.account.id);
    }
}

void TestActivityLog::othersAreRefused()
{
    auto sales = m_tw->addAgent(m_channel.reseller, u"sam"_s, {PartnerRole::SalesAgent});
    PD_VERIFY_OK(sales);
    const Session salesSession = m_tw->sessionOf(sales->upn);
    PD_VERIFY_ERROR(m_tw->workspace().auditLog().activity(salesSession, {}, 10), ErrorCode::PermissionDenied);
    PD_VERIFY_ERROR(m_tw->workspace().auditLog().actors(salesSession), ErrorCode::PermissionDenied);
    QBuffer out;
    out.open(QIODevice::WriteOnly);
    PD_VERIFY_ERROR(m_tw->workspace().auditLog().exportCsv(salesSession, {}, out), ErrorCode::PermissionDenied);
    QCOMPARE(out.data().size(), 0);
    PD_VERIFY_ERROR(m_tw->workspace().auditLog().activity(m_customer.administrator, {}, 10),
                    ErrorCode::PermissionDenied);
}

void TestActivityLog::programReadsEveryLog()
{
    const QList<AuditEvent> all = read(m_program);
    QSet<QString> partners;
    for (const AuditEvent& e : all) {
        partners.insert(e.partnerAccountId);
        if (e.partnerAccountId == m_channel.reseller.account.id) {
            QCOMPARE(e.partnerName, m_channel.reseller.account.legal.legalName);
        }
    }
    QVERIFY(partners.contains(m_channel.reseller.account.id));
    QVERIFY(partners.contains(m_channel.provider.account.id));
    QCOMPARE(all.size(), m_tw->count(u"audit_events"_s));

    AuditQuery one;
    one.partnerAccountId = m_channel.provider.account.id;
    const QList<AuditEvent> provider = read(m_program, one);
    QCOMPARE(provider.size(), read(m_channel.providerSession).size());
}

void TestActivityLog::filtersByPersonKindAndDates()
{
    const Session& reseller = m_channel.resellerSession;
    const int all = int(read(reseller).size());

    AuditQuery byPerson;
    byPerson.actorUserId = m_channel.reseller.admin.id;
    const QList<AuditEvent> theirs = read(reseller, byPerson);
    QVERIFY(!theirs.isEmpty());
    QVERIFY(theirs.size() < all);
    for (const AuditEvent& e : theirs) {
        QCOMPARE(e.actorUserId, m_channel.reseller.admin.id);
    }

    AuditQuery byKind;
    byKind.actions = AuditActions::actionsOf(AuditKind::Relationships);
    const QList<AuditEvent> relationships = read(reseller, byKind);
    QVERIFY(!relationships.isEmpty());
    for (const AuditEvent& e : relationships) {
        QVERIFY2(byKind.actions.contains(e.action), qPrintable(e.action));
    }
    byKind.actions = AuditActions::actionsOf(AuditKind::Orders);
    QCOMPARE(read(reseller, byKind).size(), 0);

    // The channel was connected a day before the customer came: each day holds its own events.
    const QDate today = m_tw->clock().now().toLocalTime().date();
    AuditQuery todayOnly;
    todayOnly.from = today;
    todayOnly.to = today;
    AuditQuery before;
    before.to = today.addDays(-1);
    const int onToday = int(read(reseller, todayOnly).size());
    const int earlier = int(read(reseller, before).size());
    QVERIFY(onToday > 0);
    QVERIFY(earlier > 0);
    QCOMPARE(onToday + earlier, all);
    AuditQuery tomorrow;
    tomorrow.from = today.addDays(1);
    QCOMPARE(read(reseller, tomorrow).size(), 0);
}

void TestActivityLog::searchFindsWordsOfWhoAndWhat()
{
    const Session& reseller = m_channel.resellerSession;
    AuditQuery query;
    query.search = u"dental LAKESIDE"_s;
    const QList<AuditEvent> found = read(reseller, query);
    QVERIFY(!found.isEmpty());
    for (const AuditEvent& e : found) {
        const QString text = (e.subjectName + u' ' + QString::fromUtf8(QJsonDocument(e.details).toJson())).toLower();
        QVERIFY2(text.contains(u"lakeside"_s) && text.contains(u"dental"_s), qPrintable(text));
    }
    // The person's name is searched too, in any case, accented capitals included.
    query.search = m_channel.reseller.admin.displayName.split(u' ').constFirst().toUpper();
    QVERIFY(!read(reseller, query).isEmpty());
    auto renamed = m_tw->addAgent(m_channel.reseller, u"angel"_s, {PartnerRole::SalesAgent});
    PD_VERIFY_OK(renamed);
    PD_VERIFY_OK(SqlQuery::run(m_tw->db(), u"UPDATE tenant_users SET display_name = 'Ángel Núñez' WHERE id = ?"_s,
                               {renamed->id}));
    PD_VERIFY_OK(m_tw->workspace().users().changeRoles(m_channel.resellerSession, renamed->id,
                                                       {PartnerRole::SalesAgent, PartnerRole::HelpdeskAgent}));
    query.search = u"ángel"_s;
    const QList<AuditEvent> accented = read(reseller, query);
    QCOMPARE(accented.size(), 1);
    QCOMPARE(accented.constFirst().subjectName, u"Ángel Núñez"_s);
    // LIKE's own characters are plain text.
    for (const QString& odd : {u"%"_s, u"_"_s, u"!"_s, u"lake%side"_s}) {
        query.search = odd;
        QCOMPARE(read(reseller, query).size(), 0);
    }
}

void TestActivityLog::pagesFollowWithoutGaps()
{
    const QList<AuditEvent> all = read(m_program);
    QVERIFY(all.size() > 5);
    QList<qint64> paged;
    AuditQuery query;
    while (true) {
        const QList<AuditEvent> page = read(m_program, query, 2);
        for (const AuditEvent& e : page) {
            paged << e.id;
        }
        if (page.size() < 2) {
            break;
        }
        query.beforeId = page.constLast().id;
    }
    QList<qint64> expected;
    for (const AuditEvent& e : all) {
        expected << e.id;
    }
    QCOMPARE(paged, expected);
    QVERIFY(std::is_sorted(expected.crbegin(), expected.crend()));
}

void TestActivityLog::everyEventWrittenIsDescribed()
{
    // A user added and given other roles, too.
    auto added = m_tw->addAgent(m_channel.reseller, u"kim"_s, {PartnerRole::SalesAgent});
    PD_VERIFY_OK(added);
    PD_VERIFY_OK(m_tw->workspace().users().changeRoles(m_channel.resellerSession, added->id,
                                                       {PartnerRole::SalesAgent, PartnerRole::HelpdeskAgent}));
    for (const AuditEvent& e : read(m_program)) {
        QVERIFY2(AuditActions::isKnown(e.action), qPrintable(e.action));
        QVERIFY(AuditActions::describe(e.action) != e.action);
    }
}

void TestActivityLog::subjectsAndDetailsAreNamed()
{
    AuditQuery query;
    query.actions = {u"indirectRelationship.authorized"_s};
    const QList<AuditEvent> authorized = read(m_channel.resellerSession, query);
    QCOMPARE(authorized.size(), 1);
    QCOMPARE(AuditService::subjectText(authorized.constFirst()),
             u"Indirect relationship: %1 / %2"_s.arg(m_channel.provider.account.legal.legalName,
                                                     m_channel.reseller.account.legal.legalName));
    QCOMPARE(AuditService::actorText(authorized.constFirst()), m_channel.reseller.admin.displayName);
    QCOMPARE(AuditActions::describe(u"indirectRelationship.authorized"_s), u"Indirect provider authorized"_s);

    QCOMPARE(AuditActions::describeDetails(u"partner.statusChanged"_s,
                                           {{u"to"_s, u"Active"_s}, {u"from"_s, u"UnderReview"_s}}),
             u"From: Under review; To: Active"_s);
    QCOMPARE(AuditActions::describeDetails(
                 u"user.rolesChanged"_s,
                 {{u"roles"_s, QJsonArray{u"AdminAgent"_s, u"SalesAgent"_s}}, {u"userId"_s, u"u-1"_s}}),
             u"Roles: Admin agent, Sales agent"_s);
    QCOMPARE(AuditActions::describeDetails(u"mfa.requirementChanged"_s, {{u"required"_s, true}}), u"Required: Yes"_s);
    // A profile's fields: what each was and became, an emptied one said so, a language by name.
    const auto change = [](const QString& from, const QString& to) {
        return QJsonObject{{u"from"_s, from}, {u"to"_s, to}};
    };
    QCOMPARE(AuditActions::describeDetails(u"partner.legalProfileUpdated"_s,
                                           {{u"city"_s, change(u"Seattle"_s, u"Tacoma"_s)},
                                            {u"addressLine2"_s, change(u"Suite 300"_s, QString())},
                                            {u"language"_s, change(u"en"_s, u"es"_s)}}),
             u"Address line 2: Suite 300 → (empty); City: Seattle → Tacoma; Language: English → Spanish"_s);
    // A key a newer PartnerDesk wrote is shown as stored, not hidden.
    QCOMPARE(AuditActions::describeDetails(u"future.action"_s, {{u"colour"_s, u"blue"_s}}), u"colour: blue"_s);
    QCOMPARE(AuditActions::describe(u"future.action"_s), u"future.action"_s);

    AuditEvent unseen;
    unseen.subjectType = u"Customer"_s;
    unseen.subjectId = u"c-42"_s;
    unseen.actorUserId = u"u-7"_s;
    QCOMPARE(AuditService::subjectText(unseen), u"Customer: c-42"_s);
    QCOMPARE(AuditService::actorText(unseen), u"Someone of another organization"_s);
    unseen.actorUserId.clear();
    QCOMPARE(AuditService::actorText(unseen), u"PartnerDesk"_s);
}

void TestActivityLog::exportHoldsEverySelectedEvent()
{
    AuditQuery query;
    query.actions = AuditActions::actionsOf(AuditKind::Relationships);
    const QList<AuditEvent> events = read(m_channel.resellerSession, query);
    QBuffer out;
    out.open(QIODevice::WriteOnly);
    QList<qint64> progress;
    PD_VERIFY_OK(m_tw->workspace().auditLog().exportCsv(m_channel.resellerSession, query, out, [&](qint64 written) {
        progress << written;
        return true;
    }));
    const QStringList lines = QString::fromUtf8(out.data()).split(u"\r\n"_s, Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), events.size() + 1);
    QCOMPARE(lines.constFirst(), u"Event,When (UTC),Who,Partner,What,About,Details"_s);
    QVERIFY(lines.at(1).startsWith(QString::number(events.constFirst().id) + u','));
    QVERIFY2(lines.join(u'\n').contains(u"Indirect provider authorized"_s), qPrintable(lines.join(u'\n')));
    QCOMPARE(progress, QList<qint64>{events.size()});

    // Stopped by its listener: an error saying so.
    QBuffer stopped;
    stopped.open(QIODevice::WriteOnly);
    PD_VERIFY_ERROR(
        m_tw->workspace().auditLog().exportCsv(m_channel.resellerSession, query, stopped, [](qint64) { return false; }),
        ErrorCode::InvalidState);
}

void TestActivityLog::actorsAreThePeopleWhoWrote()
{
    auto idle = m_tw->addAgent(m_channel.reseller, u"idle"_s, {PartnerRole::HelpdeskAgent});
    PD_VERIFY_OK(idle);
    auto actors = m_tw->workspace().auditLog().actors(m_channel.resellerSession);
    PD_VERIFY_OK(actors);
    QStringList ids;
    for (const AuditActor& actor : actors.value()) {
        ids << actor.userId;
        QVERIFY(!actor.name.isEmpty());
    }
    QVERIFY(ids.contains(m_channel.reseller.admin.id));
    // The customer's administrator accepted the reseller's invitation, in the reseller's log too.
    QVERIFY(ids.contains(m_customer.administrator.user.id));
    // Only people who wrote to this partner's log: a user who did nothing isn't offered.
    QVERIFY(!ids.contains(idle->id));
    auto everyone = m_tw->workspace().auditLog().actors(m_program);
    PD_VERIFY_OK(everyone);
    QVERIFY(everyone->size() >= actors->size());
}

QTEST_GUILESS_MAIN(TestActivityLog)
#include "tst_ActivityLog.moc"
