// A shared workspace's connection lost while the desk is open: the change in progress is not
// half-written and the person is told why; the desk connects again once the server answers, by
// itself (the lists then reload) or at the next change; changes of other desks are heard again.
// Runs on the test server only (label "postgresql").

#include "TestSupport.h"
#include "services/Workspace.h"
#include "storage/ChangeWatch.h"
#include "storage/Database.h"
#include "storage/SqlQuery.h"

#include <QSignalSpy>
#include <QtTest>

using namespace Qt::StringLiterals;

class TestSharedWorkspaceConnection : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void lostConnectionIsMadeAgainAndChangesAreHeardAgain();
    void droppedInTheMiddleOfAChangeWritesNothing();

private:
    static qint64 backendOf(const QSqlDatabase& db);
    static bool terminate(qint64 backend);
    int tenantsNamed(const QString& prefix);

    std::unique_ptr<TestWorkspace> m_tw;
};

void TestSharedWorkspaceConnection::initTestCase()
{
    QVERIFY2(TestServer::enabled(), "needs the test server (ctest -L postgresql)");
}

void TestSharedWorkspaceConnection::init()
{
    m_tw = std::make_unique<TestWorkspace>();
    PD_VERIFY_OK(m_tw->openStatus());
}

void TestSharedWorkspaceConnection::cleanup()
{
    m_tw.reset();
}

qint64 TestSharedWorkspaceConnection::backendOf(const QSqlDatabase& db)
{
    auto pid = SqlQuery::scalar(db, u"SELECT pg_backend_pid()"_s);
    return pid ? pid->toLongLong() : -1;
}

bool TestSharedWorkspaceConnection::terminate(qint64 backend)
{
    // As an administrator would, or as a server restart does to every desk.
    return TestServer::exec(u"SELECT pg_terminate_backend(%1)"_s.arg(backend));
}

int TestSharedWorkspaceConnection::tenantsNamed(const QString& prefix)
{
    return m_tw->scalar(u"SELECT count(*) FROM tenants WHERE domain_prefix = ?"_s, {prefix}).toInt();
}

void TestSharedWorkspaceConnection::lostConnectionIsMadeAgainAndChangesAreHeardAgain()
{
    WorkspaceOptions options;
    options.passwordCost = TestWorkspace::passwordCost();
    Workspace other(options);
    PD_VERIFY_OK(other.open(m_tw->location()));
    QSignalSpy connection(&other.changes(), &ChangeWatch::connectionChanged);
    QSignalSpy changed(&other.changes(), &ChangeWatch::changed);
    const qint64 before = backendOf(other.db());
    QVERIFY(before > 0);

    QVERIFY(terminate(before));
    QTRY_VERIFY_WITH_TIMEOUT(connection.count() >= 1, 3000);
    QCOMPARE(connection.at(0).at(0).toBool(), false);
    // The server is up, so the desk connects again by itself, and its lists reload.
    QTRY_VERIFY_WITH_TIMEOUT(connection.count() == 2, ChangeWatch::RetryMs + 3000);
    QCOMPARE(connection.at(1).at(0).toBool(), true);
    QVERIFY(other.changes().isConnected());
    QTRY_VERIFY_WITH_TIMEOUT(changed.count() >= 1, 2000);
    const qint64 after = backendOf(other.db());
    QVERIFY(after > 0);
    QVERIFY(after != before);

    // It listens again: another desk's change is heard.
    changed.clear();
    QTest::qWait(ChangeWatch::MinGapMs);
    PD_VERIFY_OK(m_tw->createTenant(u"harborlight"_s));
    QVERIFY(changed.wait(2000));
}

void TestSharedWorkspaceConnection::droppedInTheMiddleOfAChangeWritesNothing()
{
    const qint64 backend = backendOf(m_tw->db());
    QVERIFY(backend > 0);
    const auto insertTenant = [this](const QString& prefix) {
        return SqlQuery::run(m_tw->db(),
                             u"INSERT INTO tenants (id, display_name, domain_prefix, country, created_at) "
                             "VALUES (?, ?, ?, 'US', '2026-11-24T09:00:00.000Z')"_s,
                             {Workspace::newId(), prefix, prefix});
    };
    int attempts = 0;
    const Status changed = m_tw->workspace().inTransaction([&]() -> Status {
        ++attempts;
        Status first = insertTenant(u"first"_s);
        if (!first) {
            return first;
        }
        terminate(backend);
        return insertTenant(u"second"_s);
    });
    PD_VERIFY_ERROR(changed, ErrorCode::ConnectionLost);
    QVERIFY2(changed.errorString().contains(u"nothing of this change was saved"_s), qPrintable(changed.errorString()));
    QCOMPARE(attempts, 1); // a lost connection is not a race: the person decides to try again

    // The next change connects again and is saved; the half of the first one is not there.
    PD_VERIFY_OK(m_tw->createTenant(u"third"_s));
    QVERIFY(backendOf(m_tw->db()) != backend);
    QCOMPARE(tenantsNamed(u"first"_s), 0);
    QCOMPARE(tenantsNamed(u"second"_s), 0);
    QCOMPARE(tenantsNamed(u"third"_s), 1);
}

QTEST_GUILESS_MAIN(TestSharedWorkspaceConnection)
#include "tst_SharedWorkspaceConnection.moc"
