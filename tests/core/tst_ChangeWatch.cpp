// Live lists: the workspace says changed() when a change is committed here, at another desk (a
// second connection: another process on the same file, another desk of a shared workspace), and
// says nothing for a read or for a change that was rolled back. Bursts are told once.

#include "TestSupport.h"
#include "services/Workspace.h"
#include "storage/ChangeWatch.h"
#include "storage/Database.h"
#include "storage/SqlQuery.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QtTest>

using namespace Qt::StringLiterals;

class TestChangeWatch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void aChangeHereIsToldOnceForABurst();
    void aReadIsNotAChange();
    void aChangeAtAnotherDeskIsToldWithinTwoSeconds();
    void aRolledBackChangeIsNotTold();
    void aClosedWorkspaceIsNotWatched();

private:
    // A second desk on the same workspace: its own Workspace and connection.
    std::unique_ptr<Workspace> openOtherDesk();

    std::unique_ptr<TestWorkspace> m_tw;
};

void TestChangeWatch::init()
{
    m_tw = std::make_unique<TestWorkspace>();
    PD_VERIFY_OK(m_tw->openStatus());
    // Opening a new workspace stored the offer catalog: that change is told first.
    QSignalSpy opened(&m_tw->workspace().changes(), &ChangeWatch::changed);
    QVERIFY(opened.wait(2000));
}

void TestChangeWatch::cleanup()
{
    m_tw.reset();
}

std::unique_ptr<Workspace> TestChangeWatch::openOtherDesk()
{
    WorkspaceOptions options;
    options.passwordCost = TestWorkspace::passwordCost();
    auto other = std::make_unique<Workspace>(options);
    Status opened = other->open(m_tw->location());
    if (!opened) {
        qWarning() << "The other desk could not open the workspace:" << opened.errorString();
        return {};
    }
    return other;
}

void TestChangeWatch::aChangeHereIsToldOnceForABurst()
{
    QSignalSpy changed(&m_tw->workspace().changes(), &ChangeWatch::changed);
    PD_VERIFY_OK(m_tw->createTenant(u"first"_s));
    PD_VERIFY_OK(m_tw->createTenant(u"second"_s));
    PD_VERIFY_OK(m_tw->createTenant(u"third"_s));
    QVERIFY(changed.wait(2000));
    // The three are told together, and nothing more comes after them.
    QVERIFY(!changed.wait(ChangeWatch::MinGapMs + 200));
    QCOMPARE(changed.count(), 1);
}

void TestChangeWatch::aReadIsNotAChange()
{
    PD_VERIFY_OK(m_tw->createTenant(u"first"_s));
    QSignalSpy settled(&m_tw->workspace().changes(), &ChangeWatch::changed);
    QVERIFY(settled.wait(2000));

    QSignalSpy changed(&m_tw->workspace().changes(), &ChangeWatch::changed);
    auto empty = m_tw->workspace().isEmpty();
    PD_VERIFY_OK(empty);
    QVERIFY(!empty.value());
    QVERIFY(!changed.wait(ChangeWatch::MinGapMs + 2 * ChangeWatch::PollMs));
}

void TestChangeWatch::aChangeAtAnotherDeskIsToldWithinTwoSeconds()
{
    std::unique_ptr<Workspace> other = openOtherDesk();
    QVERIFY(other);
    QSignalSpy changedThere(&other->changes(), &ChangeWatch::changed);
    QVERIFY(!changedThere.wait(2 * ChangeWatch::PollMs)); // opening it changed nothing

    QElapsedTimer sinceCommitted;
    PD_VERIFY_OK(m_tw->createTenant(u"harborlight"_s));
    sinceCommitted.start();
    QVERIFY(changedThere.wait(2000));
    QVERIFY2(sinceCommitted.elapsed() < 2000, qPrintable(u"told after %1 ms"_s.arg(sinceCommitted.elapsed())));
    qInfo("The other desk was told of the change after %lld ms", sinceCommitted.elapsed());
    // And what it reads then is the change.
    auto session
        = SqlQuery::scalar(other->db(), u"SELECT count(*) FROM tenants WHERE domain_prefix = ?"_s, {u"harborlight"_s});
    PD_VERIFY_OK(session);
    QCOMPARE(session->toInt(), 1);
}

void TestChangeWatch::aRolledBackChangeIsNotTold()
{
    std::unique_ptr<Workspace> other = openOtherDesk();
    QVERIFY(other);
    QSignalSpy changedThere(&other->changes(), &ChangeWatch::changed);
    QSignalSpy changedHere(&m_tw->workspace().changes(), &ChangeWatch::changed);
    {
        Transaction transaction(m_tw->db());
        QVERIFY(transaction.isActive());
        Status inserted = SqlQuery::run(m_tw->db(),
                                        u"INSERT INTO tenants (id, display_name, domain_prefix, country, created_at) "
                                        "VALUES (?, 'Gone', 'gone', 'US', '2026-11-24T09:00:00.000Z')"_s,
                                        {Workspace::newId()});
        PD_VERIFY_OK(inserted);
    } // rolled back
    QVERIFY(!changedThere.wait(ChangeWatch::MinGapMs + 2 * ChangeWatch::PollMs));
    QCOMPARE(changedHere.count(), 0);
}

void TestChangeWatch::aClosedWorkspaceIsNotWatched()
{
    std::unique_ptr<Workspace> other = openOtherDesk();
    QVERIFY(other);
    QSignalSpy changedThere(&other->changes(), &ChangeWatch::changed);
    other->close();
    PD_VERIFY_OK(m_tw->createTenant(u"first"_s));
    QVERIFY(!changedThere.wait(ChangeWatch::MinGapMs + 2 * ChangeWatch::PollMs));
}

QTEST_GUILESS_MAIN(TestChangeWatch)
#include "tst_ChangeWatch.moc"
