// Two desks on one workspace: two PartnerDesk processes, each with its own connection, change the
// same rows at the same moment, thousands of times, as two people at two desks would. Nothing a
// desk was told it saved is lost (a quantity raised 4,000 times is 4,000 higher; every rename is
// in the audit log, each starting from the name the one before it left) and nothing happens
// twice (each invitation is accepted at exactly one desk; the other is told it was already
// accepted: §5, C3). Runs on SQLite (two processes on one file, BEGIN IMMEDIATE) and, as
// tst_TwoDesks_postgresql, on the test server (one writer at a time under an advisory lock, each
// SERIALIZABLE; a lost race would run again up to Workspace::MaxAttempts times).
//
// The test is its own desk program: started as "tst_TwoDesks --desk <case> <desk> <location>
// <clock> <arguments…>" it opens the workspace, signs in, says "ready", waits for "go" on its
// standard input so that both desks start together, does its writes through the services and
// prints one line of figures. A write that fails counts as failed: nothing here retries for the
// product.

#include "CapturingMailTransport.h"
#include "TestSupport.h"
#include "services/CustomerManagementService.h"
#include "services/CustomerService.h"
#include "services/DirectoryService.h"
#include "services/OrderService.h"
#include "storage/AuditStore.h"
#include "storage/SqlQuery.h"

#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>

#include <algorithm>
#include <array>
#include <cstdio>
#include <functional>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

// Writes per desk in the quantities and renames cases.
constexpr int Writes = 2000;
// Invitations both desks try to accept. Each acceptance checks the reseller still works with the
// provider, and that check counts their shared customers, so on PostgreSQL an acceptance takes
// longer the more customers there are: 2,000 took 50-80 s there, 1,000 take about 16 s.
constexpr int Invitations = 1000;
// A desk that has not finished by then is stuck (the whole test has ctest's 300 s).
constexpr int DeskTimeoutMs = 240 * 1000;
constexpr int StartTimeoutMs = 60 * 1000;
const QString FiguresPrefix = u"figures "_s;

// ---- The desk program -------------------------------------------------------------------------

// What the storage layer logged while the desk worked: every SQL statement that failed is logged
// as a warning of partnerdesk.storage, and a race lost on PostgreSQL (SQLSTATE 40001 or 40P01,
// which the workspace runs again) is one such failure. The test cluster speaks English (initdb
// --locale=C), so its messages name them.
//
// After each race lost on PostgreSQL, Qt's driver also says it could not free the failed
// statement (the transaction is aborted by then, so DEALLOCATE is refused): counted as unfreed
// rather than printed thousands of times.
struct SqlFailures
{
    int concurrent = 0;
    int other = 0;
    int unfreed = 0;
    QString firstOther;
};
SqlFailures sqlFailures;
QtMessageHandler defaultHandler = nullptr;

void countSqlFailures(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    if (type == QtWarningMsg && message.startsWith("Unable to free statement"_L1)) {
        ++sqlFailures.unfreed;
        return;
    }
    if (type == QtWarningMsg && context.category && qstrcmp(context.category, "partnerdesk.storage") == 0
        && message.startsWith("SQL failed:"_L1)) {
        if (message.contains("could not serialize access"_L1) || message.contains("deadlock detected"_L1)) {
            ++sqlFailures.concurrent;
            return;
        }
        ++sqlFailures.other;
        if (sqlFailures.firstOther.isEmpty()) {
            sqlFailures.firstOther = message;
        }
    }
    defaultHandler(type, context, message);
}

// How a desk's writes ended.
struct Tally
{
    int writes = 0;
    int ok = 0;
    int refused = 0; // with the refusal the case expects
    int exhausted = 0; // ConcurrentChange after Workspace::MaxAttempts attempts
    int failed = 0; // anything else
    QString firstFailure;

    template <typename R>
    bool add(const R& result, ErrorCode expectedRefusal = ErrorCode::None)
    {
        ++writes;
        if (result.ok()) {
            ++ok;
            return true;
        }
        if (expectedRefusal != ErrorCode::None && result.code() == expectedRefusal) {
            ++refused;
        } else if (result.code() == ErrorCode::ConcurrentChange) {
            ++exhausted;
        } else {
            ++failed;
            if (firstFailure.isEmpty()) {
                firstFailure = u"code %1: %2"_s.arg(static_cast<int>(result.code())).arg(result.errorString());
            }
        }
        return false;
    }
};

void say(const QString& line)
{
    std::fputs(qPrintable(line + u'\n'), stdout);
    std::fflush(stdout);
}

int deskFails(const QString& why)
{
    std::fputs(qPrintable(u"desk: "_s + why + u'\n'), stderr);
    return 2;
}

// "--desk <case> <desk> <location> <clock> <arguments…>"
int runDesk(const QStringList& arguments)
{
    if (arguments.size() < 6) {
        return deskFails(u"too few arguments: "_s + arguments.join(u' '));
    }
    const QString deskCase = arguments.at(2);
    const QString desk = arguments.at(3);
    const QStringList rest = arguments.mid(6);
    auto location = WorkspaceLocation::parse(arguments.at(4));
    if (!location) {
        return deskFails(location.errorString());
    }
    // The desk's clock goes on from the arranging test's, so invitations it made are not expired.
    const QDateTime start = QDateTime::fromString(arguments.at(5), Qt::ISODateWithMs);
    QElapsedTimer sinceStart;
    sinceStart.start();
    int passwordWork = 0;
    WorkspaceOptions options;
    options.passwordCost = TestWorkspace::passwordCost();
    options.passwordObserver = [&passwordWork]() { ++passwordWork; };
    options.clock = [start, sinceStart]() { return start.addMSecs(sinceStart.elapsed()); };
    options.mail = std::make_shared<CapturingMailTransport>();
    Workspace workspace(std::move(options));
    Status opened = workspace.open(location.value());
    if (!opened) {
        return deskFails(u"could not open the workspace: "_s + opened.errorString());
    }
    Session session;
    if (deskCase != "invitations"_L1) {
        if (rest.isEmpty()) {
            return deskFails(u"no user to sign in as"_s);
        }
        auto signedIn = workspace.directory().signIn(rest.constFirst(), TestWorkspace::defaultPassword());
        if (!signedIn) {
            return deskFails(u"could not sign in: "_s + signedIn.errorString());
        }
        session = signedIn.value();
    }
    QStringList links;
    if (deskCase == "invitations"_L1) {
        QFile file(rest.value(0));
        if (!file.open(QIODevice::ReadOnly)) {
            return deskFails(u"no links: "_s + file.errorString());
        }
        links = QString::fromUtf8(file.readAll()).split(u'\n', Qt::SkipEmptyParts);
    }

    say(u"ready"_s);
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly) || in.readLine().trimmed() != "go") {
        return deskFails(u"no go"_s);
    }
    defaultHandler = qInstallMessageHandler(countSqlFailures);
    passwordWork = 0;
    QElapsedTimer elapsed;
    elapsed.start();
    Tally tally;
    QString extra;
    if (deskCase == "quantities"_L1) {
        // "Change quantity…": one more license, as the order dialog submits it.
        OrderDraft draft;
        draft.customerId = rest.value(1);
        draft.resellerAccountId = rest.value(2);
        draft.line.type = TransactionType::AddQuantity;
        draft.line.subscriptionId = rest.value(3);
        draft.line.quantity = 1;
        for (int i = 0; i < Writes; ++i) {
            tally.add(workspace.orders().submit(session, draft));
        }
    } else if (deskCase == "renames"_L1) {
        QString last;
        for (int i = 0; i < Writes; ++i) {
            const QString name = desk + QString::number(i);
            if (tally.add(workspace.customerManagement().updateUser(session, rest.value(1), rest.value(2),
                                                                    u"Alex "_s + name, DirectoryRole::User))) {
                last = name;
            }
        }
        extra = u" last="_s + last;
    } else if (deskCase == "invitations"_L1) {
        // A new customer opens the link and creates its tenant: "<desk><i>.onmicrosoft.com".
        QString outcomes;
        for (int i = 0; i < links.size(); ++i) {
            NewCustomer customer = TestWorkspace::newCustomer(desk.toLower() + QString::number(i));
            customer.company.legalName = u"Customer %1 of desk %2"_s.arg(i).arg(desk);
            auto session = workspace.customers().acceptAsNewCustomer(links.at(i), customer, true);
            if (session) {
                // Signed out again, as the window does when the next person signs in: a desk keeps one
                // person's connection, not one for each customer made.
                workspace.disconnectPerson(session->user.id);
            }
            const bool accepted = tally.add(session, ErrorCode::Conflict);
            outcomes += accepted ? u'1' : (tally.refused + tally.ok == i + 1 ? u'0' : u'x');
        }
        extra = u" outcomes="_s + outcomes;
    } else {
        return deskFails(u"unknown case "_s + deskCase);
    }
    const qint64 ms = elapsed.elapsed();
    qInstallMessageHandler(defaultHandler);
    if (!tally.firstFailure.isEmpty()) {
        std::fputs(qPrintable(u"desk %1, first failure: %2\n"_s.arg(desk, tally.firstFailure)), stderr);
    }
    if (!sqlFailures.firstOther.isEmpty()) {
        std::fputs(qPrintable(u"desk %1, first other SQL failure: %2\n"_s.arg(desk, sqlFailures.firstOther)), stderr);
    }
    say(FiguresPrefix
        + u"desk=%1 writes=%2 ok=%3 refused=%4 exhausted=%5 failed=%6 concurrent=%7 othersql=%8 hashed=%9 ms=%10 "
          "unfreed=%11"_s.arg(desk)
              .arg(tally.writes)
              .arg(tally.ok)
              .arg(tally.refused)
              .arg(tally.exhausted)
              .arg(tally.failed)
              .arg(sqlFailures.concurrent)
              .arg(sqlFailures.other)
              .arg(passwordWork)
              .arg(ms)
              .arg(sqlFailures.unfreed)
        + extra);
    return 0;
}

// ---- The test ---------------------------------------------------------------------------------

// One desk's line of figures, by name.
struct Figures
{
    QHash<QString, QString> values;

    int number(const QString& key) const { return values.value(key, u"-1"_s).toInt(); }
    QString text(const QString& key) const { return values.value(key); }
};

} // namespace

class TestTwoDesks : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void c5_quantityRaisedAtTwoDesksLosesNothing();
    void c4_renamesAtTwoDesksAreEachKeptAndAudited();
    void c3_invitationAcceptedAtTwoDesksOnlyOnce();

private:
    // Starts desks A and B with the case's arguments and waits until both are signed in and ready;
    // then calls beforeGo, lets both go at once and waits for their figures.
    void runDesks(const QString& deskCase, const QStringList& argumentsA, const QStringList& argumentsB,
                  const std::function<void()>& beforeGo = {});
    QString engine() const { return m_tw->workspace().engineName(); }
    // The row count of every table but those named.
    QStringList rowCounts(const QStringList& except) const;
    // Every row of table ordered by key, its columns joined; in the row whose key is id, the column
    // masked is left out.
    QStringList rows(const QString& table, const QString& key, const QString& id = {},
                     const QString& masked = {}) const;
    int retried() const;
    // How often consecutive values differ: how often the stored writes went from one desk's to the
    // other's, proof that the desks really worked at the same time.
    static int switches(const QStringList& values);
    int sum(const QString& key) const;
    int longest() const;
    // Every write was kept, or given up as ConcurrentChange after Workspace::MaxAttempts lost
    // races, which only PostgreSQL has: SQLite's desks wait for the write lock instead. Writes
    // given up are said (QWARN), not hidden: the desk was told "try again", nothing was lost.
    void checkKeptOrGivenUp(const QString& what, int kept);

    std::unique_ptr<TestWorkspace> m_tw;
    ChannelFixture m_channel;
    std::array<Figures, 2> m_desks;
};

void TestTwoDesks::init()
{
    m_tw = std::make_unique<TestWorkspace>();
    PD_VERIFY_OK(m_tw->openStatus());
    auto channel = m_tw->createProviderAndReseller();
    PD_VERIFY_OK(channel);
    m_channel = channel.value();
    PD_VERIFY_OK(connectChannel(*m_tw, m_channel));
    m_desks = {};
}

void TestTwoDesks::cleanup()
{
    m_tw.reset();
}

void TestTwoDesks::runDesks(const QString& deskCase, const QStringList& argumentsA, const QStringList& argumentsB,
                            const std::function<void()>& beforeGo)
{
    const QStringList names{u"A"_s, u"B"_s};
    const QStringList common{m_tw->location().toString(), m_tw->clock().now().toString(Qt::ISODateWithMs)};
    std::array<std::unique_ptr<QProcess>, 2> desks;
    for (int d = 0; d < 2; ++d) {
        desks[d] = std::make_unique<QProcess>();
        desks[d]->setProcessChannelMode(QProcess::ForwardedErrorChannel);
        desks[d]->start(QCoreApplication::applicationFilePath(),
                        QStringList{u"--desk"_s, deskCase, names[d]} + common + (d == 0 ? argumentsA : argumentsB));
    }
    for (int d = 0; d < 2; ++d) {
        QProcess& desk = *desks[d];
        QVERIFY2(desk.waitForStarted(StartTimeoutMs), qPrintable(desk.errorString()));
        QElapsedTimer waited;
        waited.start();
        while (!desk.canReadLine() && desk.state() == QProcess::Running && waited.elapsed() < StartTimeoutMs) {
            desk.waitForReadyRead(1000);
        }
        const QByteArray line = desk.readLine().trimmed();
        QVERIFY2(line == "ready",
                 qPrintable(u"desk %1 did not get ready: \"%2\""_s.arg(names[d], QString::fromUtf8(line))));
    }
    if (beforeGo) {
        beforeGo();
        if (QTest::currentTestFailed()) {
            return;
        }
    }
    for (auto& desk : desks) {
        desk->write("go\n");
    }
    for (auto& desk : desks) {
        QVERIFY(desk->waitForBytesWritten(StartTimeoutMs));
    }
    for (int d = 0; d < 2; ++d) {
        QProcess& desk = *desks[d];
        QVERIFY2(desk.waitForFinished(DeskTimeoutMs), qPrintable(u"desk %1 did not finish"_s.arg(names[d])));
        QCOMPARE(desk.exitStatus(), QProcess::NormalExit);
        QCOMPARE(desk.exitCode(), 0);
        const QStringList lines = QString::fromUtf8(desk.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);
        const auto figures = std::find_if(lines.cbegin(), lines.cend(),
                                          [](const QString& line) { return line.startsWith(FiguresPrefix); });
        QVERIFY2(figures != lines.cend(), qPrintable(u"desk %1 printed no figures"_s.arg(names[d])));
        for (const QString& pair : figures->mid(FiguresPrefix.size()).split(u' ', Qt::SkipEmptyParts)) {
            m_desks[d].values.insert(pair.section(u'=', 0, 0), pair.section(u'=', 1));
        }
        qInfo().noquote() << u"desk %1 (%2):"_s.arg(names[d], engine()) << figures->mid(FiguresPrefix.size()).left(160);
        QCOMPARE(m_desks[d].text(u"desk"_s), names[d]);
        // Whatever the race, a desk is never told something other than success, the case's
        // refusal or (on PostgreSQL, after every attempt) ConcurrentChange.
        QCOMPARE(m_desks[d].number(u"failed"_s), 0);
        QCOMPARE(m_desks[d].number(u"othersql"_s), 0);
    }
}

QStringList TestTwoDesks::rowCounts(const QStringList& except) const
{
    const QString tables = m_tw->onServer()
        ? u"SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' "
          "AND table_type = 'BASE TABLE' ORDER BY table_name"_s
        : u"SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name"_s;
    auto names = SqlQuery::column(m_tw->db(), tables);
    if (!names) {
        qWarning().noquote() << names.errorString();
        return {};
    }
    QStringList counts;
    for (const QString& table : names.value()) {
        if (!except.contains(table)) {
            counts << u"%1=%2"_s.arg(table).arg(m_tw->count(table));
        }
    }
    return counts;
}

QStringList TestTwoDesks::rows(const QString& table, const QString& key, const QString& id, const QString& masked) const
{
    QSqlQuery query(m_tw->db());
    if (!query.exec(u"SELECT * FROM %1 ORDER BY %2"_s.arg(table, key))) {
        qWarning().noquote() << "rows of" << table << "could not be read";
        return {};
    }
    QStringList all;
    while (query.next()) {
        const QSqlRecord record = query.record();
        QStringList columns;
        for (int c = 0; c < record.count(); ++c) {
            const bool hide = record.fieldName(c) == masked && query.value(key).toString() == id;
            columns << record.fieldName(c) + u'=' + (hide ? u"…"_s : query.value(c).toString());
        }
        all << columns.join(u'|');
    }
    return all;
}

int TestTwoDesks::sum(const QString& key) const
{
    return m_desks[0].number(key) + m_desks[1].number(key);
}

int TestTwoDesks::retried() const
{
    // Every race lost is one failed statement; those of writes that gave up were not run again.
    return sum(u"concurrent"_s) - sum(u"exhausted"_s);
}

int TestTwoDesks::switches(const QStringList& values)
{
    int n = 0;
    for (qsizetype i = 1; i < values.size(); ++i) {
        n += values.at(i) != values.at(i - 1) ? 1 : 0;
    }
    return n;
}

void TestTwoDesks::checkKeptOrGivenUp(const QString& what, int kept)
{
    // Desks wait for each other's writes (BEGIN IMMEDIATE; the writers' lock on the server), so
    // no write runs out of attempts: every one the desks made is kept.
    const int gaveUp = sum(u"exhausted"_s);
    QVERIFY2(gaveUp == 0,
             qPrintable(u"%1 (%2): %3 of %4 writes gave up after %5 lost races (ConcurrentChange)"_s.arg(what, engine())
                            .arg(gaveUp)
                            .arg(sum(u"writes"_s))
                            .arg(Workspace::MaxAttempts)));
    QCOMPARE(kept, sum(u"writes"_s));
}

int TestTwoDesks::longest() const
{
    return std::max(m_desks[0].number(u"ms"_s), m_desks[1].number(u"ms"_s));
}

void TestTwoDesks::c5_quantityRaisedAtTwoDesksLosesNothing()
{
    auto customer = addServedCustomer(*m_tw, m_channel);
    PD_VERIFY_OK(customer);
    OrderDraft draft;
    draft.customerId = customer->customerId;
    draft.resellerAccountId = m_channel.reseller.account.id;
    draft.line.type = TransactionType::New;
    draft.line.offerId = u"m365-business-standard"_s;
    draft.line.term = Term::P1Y;
    draft.line.quantity = 5;
    auto order = m_tw->workspace().orders().submit(m_channel.providerSession, draft);
    PD_VERIFY_OK(order);
    const QString subscriptionId = order->lines.constFirst().subscriptionId;
    // Two people of the provider, each at their own desk.
    auto second = m_tw->addAgent(m_channel.provider, u"jordan"_s, {PartnerRole::SalesAgent});
    PD_VERIFY_OK(second);

    const QString quantitySql = u"SELECT quantity FROM subscriptions WHERE id = ?"_s;
    const int start = m_tw->scalar(quantitySql, {subscriptionId}).toInt();
    QCOMPARE(start, 5);
    const int ordersBefore = m_tw->count(u"orders"_s);
    const QStringList ids{customer->customerId, m_channel.reseller.account.id, subscriptionId};
    runDesks(u"quantities"_s, QStringList{m_channel.provider.admin.upn} + ids, QStringList{second->upn} + ids);
    if (QTest::currentTestFailed()) {
        return;
    }

    const int writes = sum(u"writes"_s);
    const int kept = sum(u"ok"_s);
    const int quantity = m_tw->scalar(quantitySql, {subscriptionId}).toInt();
    const int lost = start + kept - quantity;
    // The provider's log holds the orders in the order they were stored, each with who placed it.
    auto placedBy = SqlQuery::column(m_tw->db(),
                                     u"SELECT actor_user_id FROM audit_events WHERE action = 'order.submitted' "
                                     "AND partner_account_id = ? ORDER BY id"_s,
                                     {m_channel.provider.account.id});
    PD_VERIFY_OK(placedBy);
    qInfo().noquote() << u"two desks, quantities (%1): %2 writes, %3 kept, %4 lost, %5 retried, %6 gave up after "
                         "%7 attempts, %8 switches between desks, %9 ms"_s.arg(engine())
                             .arg(writes)
                             .arg(kept)
                             .arg(lost)
                             .arg(retried())
                             .arg(sum(u"exhausted"_s))
                             .arg(Workspace::MaxAttempts)
                             .arg(switches(placedBy.value()))
                             .arg(longest());
    QCOMPARE(writes, 2 * Writes);
    QVERIFY(switches(placedBy.value()) > 0);
    QCOMPARE(lost, 0);
    QCOMPARE(quantity, start + kept);
    // Each kept change is one order of one more license; nothing else was ordered.
    QCOMPARE(m_tw->count(u"orders"_s), ordersBefore + kept);
    QCOMPARE(m_tw->scalar(u"SELECT count(*) FROM order_lines WHERE subscription_id = ? AND "
                          "transaction_type = 'AddQuantity' AND quantity = 1"_s,
                          {subscriptionId})
                 .toInt(),
             kept);
    checkKeptOrGivenUp(u"quantities"_s, kept);
}

void TestTwoDesks::c4_renamesAtTwoDesksAreEachKeptAndAudited()
{
    auto customer = addServedCustomer(*m_tw, m_channel);
    PD_VERIFY_OK(customer);
    auto alex = m_tw->workspace().customerManagement().addUser(m_channel.resellerSession, customer->customerId,
                                                               {u"Alex Rivera"_s, u"alex"_s, DirectoryRole::User});
    PD_VERIFY_OK(alex);
    const QString userId = alex->user.id;
    // Two people of the reseller, each at their own desk: its Admin agent and a Helpdesk agent.
    auto second = m_tw->addAgent(m_channel.reseller, u"casey"_s, {PartnerRole::HelpdeskAgent});
    PD_VERIFY_OK(second);

    const QString auditSql = u"SELECT count(*) FROM audit_events WHERE action = 'customerUser.updated' "
                             "AND subject_id = ?"_s;
    QStringList countsBefore;
    QStringList usersBefore;
    QStringList customersBefore;
    int auditBefore = 0;
    const QStringList ids{customer->customerId, userId};
    runDesks(u"renames"_s, QStringList{m_channel.reseller.admin.upn} + ids, QStringList{second->upn} + ids, [&]() {
        // Both desks signed in; from here on only the renames write.
        countsBefore = rowCounts({u"audit_events"_s});
        usersBefore = rows(u"tenant_users"_s, u"id"_s, userId, u"display_name"_s);
        customersBefore = rows(u"customers"_s, u"id"_s);
        auditBefore = m_tw->count(u"audit_events"_s);
        QCOMPARE(m_tw->scalar(auditSql, {userId}).toInt(), 0);
    });
    if (QTest::currentTestFailed()) {
        return;
    }

    const int writes = sum(u"writes"_s);
    const int kept = sum(u"ok"_s);
    const QString stored = m_tw->scalar(u"SELECT display_name FROM tenant_users WHERE id = ?"_s, {userId}).toString();
    // The audit log in the order the renames were stored: each starts from the name the one
    // before it left, so none was overwritten unseen.
    QSqlQuery query(m_tw->db());
    query.prepare(u"SELECT details FROM audit_events WHERE action = 'customerUser.updated' AND subject_id = ? "
                  "ORDER BY id"_s);
    query.addBindValue(userId);
    QVERIFY(query.exec());
    QString previous = u"Alex Rivera"_s;
    int audited = 0;
    int unchained = 0;
    std::array<int, 2> byDesk{0, 0};
    QSet<QString> names;
    QStringList desks;
    while (query.next()) {
        const QJsonObject change
            = QJsonDocument::fromJson(query.value(0).toString().toUtf8()).object().value(u"displayName"_s).toObject();
        const QString from = change.value(u"from"_s).toString();
        const QString to = change.value(u"to"_s).toString();
        if (from != previous) {
            ++unchained;
            if (unchained == 1) {
                qWarning().noquote() << "rename" << audited << "starts from" << from << "but the name was" << previous;
            }
        }
        ++byDesk[to.startsWith("Alex A"_L1) ? 0 : 1];
        desks << to.left(6);
        names.insert(to);
        previous = to;
        ++audited;
    }
    const int lost = kept - audited + unchained;
    qInfo().noquote() << u"two desks, renames (%1): %2 writes, %3 kept, %4 audited, %5 lost, %6 retried, %7 gave up "
                         "after %8 attempts, %9 switches between desks, %10 ms"_s.arg(engine())
                             .arg(writes)
                             .arg(kept)
                             .arg(audited)
                             .arg(lost)
                             .arg(retried())
                             .arg(sum(u"exhausted"_s))
                             .arg(Workspace::MaxAttempts)
                             .arg(switches(desks))
                             .arg(longest());
    QCOMPARE(writes, 2 * Writes);
    QVERIFY(switches(desks) > 0);
    QCOMPARE(unchained, 0);
    QCOMPARE(audited, kept);
    QCOMPARE(names.size(), kept);
    QCOMPARE(byDesk[0], m_desks[0].number(u"ok"_s));
    QCOMPARE(byDesk[1], m_desks[1].number(u"ok"_s));
    QCOMPARE(stored, previous);
    // The name left is the last one a desk saved.
    const QStringList lastNames{u"Alex "_s + m_desks[0].text(u"last"_s), u"Alex "_s + m_desks[1].text(u"last"_s)};
    QVERIFY2(lastNames.contains(stored), qPrintable(stored));
    // Nothing else changed: no row added or removed anywhere but the audit log, which holds the
    // renames and nothing more, and no other field of any user or customer.
    QCOMPARE(rowCounts({u"audit_events"_s}), countsBefore);
    QCOMPARE(m_tw->count(u"audit_events"_s), auditBefore + kept);
    // Two desks appending at once never chained two events to the same one.
    auto chain = AuditStore::verifyChain(m_tw->db());
    PD_VERIFY_OK(chain);
    QVERIFY2(chain->intact(), qPrintable(u"first broken event %1"_s.arg(chain->brokenEvent.id)));
    QCOMPARE(chain->events, auditBefore + kept);
    QCOMPARE(rows(u"tenant_users"_s, u"id"_s, userId, u"display_name"_s), usersBefore);
    QCOMPARE(rows(u"customers"_s, u"id"_s), customersBefore);
    checkKeptOrGivenUp(u"renames"_s, kept);
}

void TestTwoDesks::c3_invitationAcceptedAtTwoDesksOnlyOnce()
{
    QStringList links;
    for (int i = 0; i < Invitations; ++i) {
        auto link = inviteCustomer(*m_tw, m_channel, true, u"owner%1@customer.example"_s.arg(i));
        PD_VERIFY_OK(link);
        links << link.value();
    }
    // The links are secrets: they go to the desks in a file of the test's private folder.
    QFile file(m_tw->folder() + u"/links.txt"_s);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(links.join(u'\n').toUtf8());
    file.close();

    const QString customerInvitations = u"FROM invitations WHERE kind = 'CustomerOfResellerAndProvider'"_s;
    QCOMPARE(m_tw->scalar(u"SELECT count(*) "_s + customerInvitations + u" AND status = 'Pending'"_s).toInt(),
             Invitations);
    const QString acceptedEvents = u"SELECT count(*) FROM audit_events WHERE action = 'invitation.accepted'"_s;
    const int tenantsBefore = m_tw->count(u"tenants"_s);
    const int customersBefore = m_tw->count(u"customers"_s);
    const int relationshipsBefore = m_tw->count(u"customer_relationships"_s);
    const int acceptedEventsBefore = m_tw->scalar(acceptedEvents).toInt();
    runDesks(u"invitations"_s, {file.fileName()}, {file.fileName()});
    if (QTest::currentTestFailed()) {
        return;
    }

    // Who each invitation is stored as accepted by: the tenant a desk created, "<desk><i>".
    auto stored = SqlQuery::texts(m_tw->db(),
                                  u"SELECT i.recipient_email, i.status, coalesce(t.domain_prefix, '') "
                                  "FROM invitations i LEFT JOIN tenants t ON t.id = i.accepted_tenant_id "
                                  "WHERE i.kind = 'CustomerOfResellerAndProvider'"_s);
    PD_VERIFY_OK(stored);
    QHash<QString, QString> acceptedBy;
    int accepted = 0;
    for (const QStringList& row : stored.value()) {
        accepted += row.value(1) == "Accepted"_L1 ? 1 : 0;
        acceptedBy.insert(row.value(0), row.value(2));
    }
    const QString outcomesA = m_desks[0].text(u"outcomes"_s);
    const QString outcomesB = m_desks[1].text(u"outcomes"_s);
    QCOMPARE(outcomesA.size(), Invitations);
    QCOMPARE(outcomesB.size(), Invitations);
    int both = 0;
    int neither = 0;
    int wrongTenant = 0;
    QStringList winners;
    for (int i = 0; i < Invitations; ++i) {
        const bool a = outcomesA.at(i) == u'1';
        const bool b = outcomesB.at(i) == u'1';
        both += a && b ? 1 : 0;
        neither += !a && !b ? 1 : 0;
        const QString winner = a ? u"a"_s : u"b"_s;
        winners << winner;
        // The tenant stored as having accepted is the one created at the desk that was told so.
        wrongTenant += acceptedBy.value(u"owner%1@customer.example"_s.arg(i)) == winner + QString::number(i) ? 0 : 1;
    }
    // Both desks got past the first look at the link (and hashed the new administrator's
    // password), and one of them lost at the check under the write lock.
    const int lateRefusals = sum(u"hashed"_s) - sum(u"ok"_s);
    qInfo().noquote() << u"two desks, invitations (%1): %2 invitations, each accepted at both desks; %3 accepted, "
                         "%4 double accepts, %5 refused (%6 after both desks passed the first check), %7 retried, "
                         "%8 gave up after %9 attempts, %10 switches between desks, %11 ms"_s.arg(engine())
                             .arg(Invitations)
                             .arg(sum(u"ok"_s))
                             .arg(both)
                             .arg(sum(u"refused"_s))
                             .arg(lateRefusals)
                             .arg(retried())
                             .arg(sum(u"exhausted"_s))
                             .arg(Workspace::MaxAttempts)
                             .arg(switches(winners))
                             .arg(longest());
    QCOMPARE(both, 0);
    QCOMPARE(neither, 0);
    QCOMPARE(wrongTenant, 0);
    QVERIFY(switches(winners) > 0);
    QCOMPARE(sum(u"ok"_s), Invitations);
    // The other desk was told, every time, that the link was already used (ErrorCode::Conflict),
    // unless it gave up racing the desk that accepted.
    QCOMPARE(sum(u"refused"_s) + sum(u"exhausted"_s), Invitations);
    checkKeptOrGivenUp(u"invitations"_s, sum(u"ok"_s) + sum(u"refused"_s));
    QCOMPARE(accepted, Invitations);
    // One new tenant and customer per invitation, with the reseller and the provider each.
    QCOMPARE(m_tw->count(u"tenants"_s), tenantsBefore + Invitations);
    QCOMPARE(m_tw->count(u"customers"_s), customersBefore + Invitations);
    QCOMPARE(m_tw->count(u"customer_relationships"_s), relationshipsBefore + 2 * Invitations);
    QCOMPARE(m_tw->scalar(acceptedEvents).toInt(), acceptedEventsBefore + Invitations);
}

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    if (argc > 1 && qstrcmp(argv[1], "--desk") == 0) {
        return runDesk(app.arguments());
    }
    app.setAttribute(Qt::AA_Use96Dpi, true);
    TestTwoDesks test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_TwoDesks.moc"
