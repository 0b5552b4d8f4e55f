// Copy a workspace: a desk's file into a new shared workspace, and a shared workspace into a file,
// every row of every table, checked, and the copy works as a workspace (people sign in, search
// finds customers, new rows get new keys). A target that holds a workspace is refused; a
// cancelled copy writes nothing. On the test server this runs shared → file → shared again.

#include "TestSupport.h"
#include "services/CustomerService.h"
#include "services/DirectoryService.h"
#include "services/OrderService.h"
#include "storage/Database.h"
#include "storage/SqlEngine.h"
#include "storage/SqlQuery.h"
#include "storage/WorkspaceCopy.h"

#include <QFile>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QtTest>

using namespace Qt::StringLiterals;

class TestWorkspaceCopy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void everyRowIsCopiedAndTheCopyWorks();
    void aTargetHoldingAWorkspaceIsRefused();
    void aTargetHoldingAnyRecordIsRefused();
    void aCancelledCopyWritesNothing();

private:
    // Every row of every data table, as text, in a stable order.
    static QStringList contents(const QSqlDatabase& db);
    // Signs in to the copy at location as the reseller and lists its customers by search.
    void checkWorks(const WorkspaceLocation& location);

    std::unique_ptr<TestWorkspace> m_tw;
    ChannelFixture m_channel;
    ServedCustomer m_customer;
};

void TestWorkspaceCopy::init()
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
    OrderRequestDraft draft;
    draft.providerAccountId = m_channel.provider.account.id;
    draft.customerId = m_customer.customerId;
    draft.line.offerId = u"m365-business-basic"_s;
    draft.line.quantity = 3;
    PD_VERIFY_OK(m_tw->workspace().orders().requestOrder(m_channel.resellerSession, draft));
}

void TestWorkspaceCopy::cleanup()
{
    m_tw.reset();
}

QStringList TestWorkspaceCopy::contents(const QSqlDatabase& db)
{
    QStringList lines;
    const SqlEngine& engine = SqlEngine::of(db);
    auto tables = engine.dataTables(db);
    if (!tables) {
        qWarning("%s", qPrintable(tables.errorString()));
        return {};
    }
    for (const QString& table : tables.value()) {
        if (table == u"schema_migrations"_s) {
            continue; // each workspace's own record of when it was migrated
        }
        auto columns = engine.columns(db, table);
        if (!columns) {
            qWarning("%s", qPrintable(columns.errorString()));
            return {};
        }
        QStringList order;
        for (int i = 1; i <= columns->size(); ++i) {
            order << QString::number(i);
        }
        auto rows = SqlQuery::texts(
            db, u"SELECT %1 FROM %2 ORDER BY %3"_s.arg(columns->join(u", "_s), table, order.join(u", "_s)));
        if (!rows) {
            qWarning("%s", qPrintable(rows.errorString()));
            return {};
        }
        lines << table + u": "_s + columns->join(u", "_s);
        for (const QStringList& row : rows.value()) {
            lines << table + u" | "_s + row.join(u" | "_s);
        }
    }
    return lines;
}

void TestWorkspaceCopy::checkWorks(const WorkspaceLocation& location)
{
    WorkspaceOptions options;
    options.passwordCost = TestWorkspace::passwordCost();
    Workspace copy(options);
    PD_VERIFY_OK(copy.open(location));
    auto reseller = copy.directory().signIn(m_channel.reseller.admin.upn, TestWorkspace::defaultPassword());
    PD_VERIFY_OK(reseller);
    CustomerListQuery query;
    query.search = u"lakeside"_s;
    auto page = copy.customers().customerPage(reseller.value(), query);
    PD_VERIFY_OK(page);
    QCOMPARE(page->size(), 1);
    QCOMPARE(page->at(0).companyName, m_customer.companyName);
    // New rows get keys after the copied ones (the audit log's numbered rows).
    PD_VERIFY_OK(copy.audit(&reseller.value(), u"test.copy-checked"_s, u"Tenant"_s, reseller->tenant.id));
}

void TestWorkspaceCopy::everyRowIsCopiedAndTheCopyWorks()
{
    const QStringList original = contents(m_tw->db());
    QVERIFY(original.size() > 40);
    QTemporaryDir folder;
    const WorkspaceLocation file = WorkspaceLocation::file(folder.filePath(u"copy.sqlite"_s));
    QList<CopyProgress> told;
    auto copied = WorkspaceCopy::copy(m_tw->workspace().database(), file, [&](const CopyProgress& at) {
        told << at;
        return true;
    });
    PD_VERIFY_OK(copied);
    qint64 rows = 0;
    for (const CopiedTable& table : copied.value()) {
        rows += table.rows;
    }
    QVERIFY(rows > 0);
    QVERIFY(!told.isEmpty());
    QCOMPARE(told.last().rows, rows);
    QCOMPARE(told.last().total, rows);
    {
        Database copy;
        PD_VERIFY_OK(copy.open(file));
        QCOMPARE(contents(copy.connection()), original);
    }
    checkWorks(file);

    if (!TestServer::enabled()) {
        return;
    }
    // And back into a new shared workspace: the same rows again, with what the copy was used for.
    auto database = TestServer::createDatabase();
    PD_VERIFY_OK(database);
    QStringList fileContents;
    {
        Database fileCopy;
        PD_VERIFY_OK(fileCopy.open(file));
        fileContents = contents(fileCopy.connection());
        PD_VERIFY_OK(WorkspaceCopy::copy(fileCopy, database.value()));
    }
    QVERIFY(fileContents.size() > original.size()); // the audit row checkWorks wrote
    {
        Database shared;
        PD_VERIFY_OK(shared.open(database.value()));
        QCOMPARE(contents(shared.connection()), fileContents);
    }
    checkWorks(database.value());
    TestServer::dropDatabase(database->database());
}

void TestWorkspaceCopy::aTargetHoldingAWorkspaceIsRefused()
{
    TestWorkspace other;
    PD_VERIFY_OK(other.openStatus());
    PD_VERIFY_OK(other.createTenant(u"keep"_s));
    const QStringList before = contents(other.db());
    auto copied = WorkspaceCopy::copy(m_tw->workspace().database(), other.workspace().database());
    PD_VERIFY_ERROR(copied, ErrorCode::Conflict);
    QVERIFY2(copied.errorString().contains(u"already holds a workspace"_s), qPrintable(copied.errorString()));
    QCOMPARE(contents(other.db()), before);
}

void TestWorkspaceCopy::aTargetHoldingAnyRecordIsRefused()
{
    // No tenant yet, but a Partner Membership Center account: still someone's data.
    TestWorkspace other;
    PD_VERIFY_OK(other.openStatus());
    PD_VERIFY_OK(other.createPmcAccount(u"keep.pmc"_s));
    QCOMPARE(other.count(u"tenants"_s), 0);
    const QStringList before = contents(other.db());
    auto copied = WorkspaceCopy::copy(m_tw->workspace().database(), other.workspace().database());
    PD_VERIFY_ERROR(copied, ErrorCode::Conflict);
    QCOMPARE(contents(other.db()), before);
}

void TestWorkspaceCopy::aCancelledCopyWritesNothing()
{
    QTemporaryDir folder;
    const QString path = folder.filePath(u"cancelled.sqlite"_s);
    int calls = 0;
    auto copied = WorkspaceCopy::copy(m_tw->workspace().database(), WorkspaceLocation::file(path),
                                      [&](const CopyProgress&) { return ++calls < 3; });
    PD_VERIFY_ERROR(copied, ErrorCode::InvalidState);
    QVERIFY2(copied.errorString().contains(u"cancelled"_s), qPrintable(copied.errorString()));
    QCOMPARE(calls, 3);
    QVERIFY(!QFile::exists(path)); // the new file is gone again
}

QTEST_GUILESS_MAIN(TestWorkspaceCopy)
#include "tst_WorkspaceCopy.moc"
