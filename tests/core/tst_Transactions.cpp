// One transaction per service call: what a Transaction commits is kept whole, what it doesn't is
// gone, and a nested one can only join its outer transaction, never half-commit it.

#include "TestSupport.h"
#include "services/DirectoryService.h"
#include "storage/Database.h"
#include "storage/SqlQuery.h"

#include <QtTest>

using namespace Qt::StringLiterals;

class TestTransactions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void commitKeepsEverything();
    void leavingWithoutCommitKeepsNothing();
    void innerFailureFailsTheOuterCommit();
    void innerCommitLeavesTheDecisionToTheOuter();
    void serviceRefusalWritesNothing();

private:
    void insertTenant(const QString& prefix);
    int tenants() { return m_tw->count(u"tenants"_s); }

    std::unique_ptr<TestWorkspace> m_tw;
};

void TestTransactions::init()
{
    m_tw = std::make_unique<TestWorkspace>();
    PD_VERIFY_OK(m_tw->openStatus());
}

void TestTransactions::cleanup()
{
    m_tw.reset();
}

void TestTransactions::insertTenant(const QString& prefix)
{
    Status inserted = SqlQuery::run(m_tw->workspace().db(),
                                    u"INSERT INTO tenants (id, display_name, domain_prefix, country, created_at) "
                                    "VALUES (?, ?, ?, 'US', '2026-11-24T09:00:00.000Z')"_s,
                                    {Workspace::newId(), prefix, prefix});
    QVERIFY2(inserted.ok(), qPrintable(inserted.errorString()));
}

void TestTransactions::commitKeepsEverything()
{
    {
        Transaction transaction(m_tw->workspace().db());
        QVERIFY(transaction.isActive());
        insertTenant(u"first"_s);
        insertTenant(u"second"_s);
        PD_VERIFY_OK(transaction.commit());
    }
    QCOMPARE(tenants(), 2);
}

void TestTransactions::leavingWithoutCommitKeepsNothing()
{
    {
        Transaction transaction(m_tw->workspace().db());
        insertTenant(u"first"_s);
        QCOMPARE(tenants(), 1); // visible inside the transaction
    }
    QCOMPARE(tenants(), 0);
}

void TestTransactions::innerFailureFailsTheOuterCommit()
{
    Transaction outer(m_tw->workspace().db());
    insertTenant(u"first"_s);
    {
        Transaction inner(m_tw->workspace().db());
        QVERIFY(inner.isActive());
        insertTenant(u"second"_s);
        // inner ends without commit: its work must not be kept, so neither can the outer's
    }
    Status committed = outer.commit();
    PD_VERIFY_ERROR(committed, ErrorCode::Storage);
    QCOMPARE(committed.errorString(), u"The change could not be saved: part of it failed, so none of it was kept."_s);
    QCOMPARE(tenants(), 0);

    // The connection is usable again afterwards.
    Transaction next(m_tw->workspace().db());
    insertTenant(u"third"_s);
    PD_VERIFY_OK(next.commit());
    QCOMPARE(tenants(), 1);
}

void TestTransactions::innerCommitLeavesTheDecisionToTheOuter()
{
    {
        Transaction outer(m_tw->workspace().db());
        {
            Transaction inner(m_tw->workspace().db());
            insertTenant(u"first"_s);
            PD_VERIFY_OK(inner.commit());
        }
        // outer is abandoned: the inner commit was only a vote
    }
    QCOMPARE(tenants(), 0);
}

void TestTransactions::serviceRefusalWritesNothing()
{
    // createTenant validates inside its transaction; a refused call leaves no tenant and no user.
    auto refused = m_tw->workspace().directory().createTenant(
        NewTenant{u"Contoso"_s, u"contoso"_s, u"US"_s},
        NewUser{u"Ada Admin"_s, u"ada"_s, u"short"_s, DirectoryRole::GlobalAdministrator});
    PD_VERIFY_ERROR(refused, ErrorCode::InvalidInput);
    QCOMPARE(tenants(), 0);
    QCOMPARE(m_tw->count(u"tenant_users"_s), 0);
}

QTEST_GUILESS_MAIN(TestTransactions)
#include "tst_Transactions.moc"
