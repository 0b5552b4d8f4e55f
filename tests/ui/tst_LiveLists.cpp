// Live lists: what is done at one desk shows in the windows of the others without reloading,
// within 2 s, and a page of the same window that was out of sight shows it when it is opened.
// Two desks are two Workspaces with their own connections to one workspace (the same file; on
// the test server, the same database: ctest runs this on both). A page the person is working in
// is not reloaded under them.

#include "LanguageManager.h"
#include "MainWindow.h"
#include "TestSupport.h"
#include "UiTestSupport.h"
#include "models/CustomersModel.h"
#include "pages/CustomersPage.h"
#include "pages/Page.h"
#include "services/OrderService.h"
#include "services/RelationshipService.h"
#include "storage/ChangeWatch.h"

#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>
#include <QTreeView>

#include <memory>

using namespace Qt::StringLiterals;

class TestLiveLists : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void resellerShowsOnProviderDeskWithinTwoSeconds();
    void orderRequestShowsOnBothDesksAndOnTheSendersOtherPage();
    void customerInvitationShowsOnCustomersPage();
    void currentCustomerStaysAcrossLiveUpdates();

private:
    struct Desk
    {
        std::unique_ptr<Workspace> workspace; // null: the test workspace's own
        std::unique_ptr<MainWindow> window;
    };
    // A window signed in as session: on the test workspace's own connection, or on a desk of its
    // own (another connection, as another PartnerDesk would have).
    Desk openDesk(const Session& session, bool ownConnection);
    static Page* page(const MainWindow& window, const QString& objectName);
    // Waits up to 2 s for table to hold a row whose first column is text; the milliseconds it took, or -1.
    static qint64 waitForRow(const QTableWidget* table, const QString& text, int column = 0);

    std::unique_ptr<TestWorkspace> m_tw;
    std::unique_ptr<LanguageManager> m_language;
    ChannelFixture m_channel;
};

void TestLiveLists::init()
{
    m_tw = std::make_unique<TestWorkspace>();
    PD_VERIFY_OK(m_tw->openStatus());
    m_language = std::make_unique<LanguageManager>();
    auto channel = m_tw->createProviderAndReseller();
    PD_VERIFY_OK(channel);
    m_channel = channel.value();
}

void TestLiveLists::cleanup()
{
    m_tw.reset();
}

TestLiveLists::Desk TestLiveLists::openDesk(const Session& session, bool ownConnection)
{
    Desk desk;
    Workspace* workspace = &m_tw->workspace();
    if (ownConnection) {
        WorkspaceOptions options;
        options.passwordCost = TestWorkspace::passwordCost();
        desk.workspace = std::make_unique<Workspace>(options);
        Status opened = desk.workspace->open(m_tw->location());
        if (!opened) {
            qWarning("The desk could not open the workspace: %s", qPrintable(opened.errorString()));
            return {};
        }
        workspace = desk.workspace.get();
    }
    desk.window = std::make_unique<MainWindow>(*workspace, *m_language);
    desk.window->show();
    desk.window->signIn(session);
    return desk;
}

Page* TestLiveLists::page(const MainWindow& window, const QString& objectName)
{
    for (Page* p : window.pages()) {
        if (p->objectName() == objectName) {
            return p;
        }
    }
    qWarning("no page %s", qPrintable(objectName));
    return nullptr;
}

qint64 TestLiveLists::waitForRow(const QTableWidget* table, const QString& text, int column)
{
    QElapsedTimer waited;
    waited.start();
    while (waited.elapsed() < 2000) {
        for (int row = 0; row < table->rowCount(); ++row) {
            if (table->item(row, column) && table->item(row, column)->text() == text) {
                return waited.elapsed();
            }
        }
        QTest::qWait(10);
    }
    return -1;
}

void TestLiveLists::resellerShowsOnProviderDeskWithinTwoSeconds()
{
    Desk dana = openDesk(m_channel.providerSession, true);
    QVERIFY(dana.window);
    QVERIFY(dana.window->showPage(u"indirectResellersPage"_s));
    auto* resellers
        = UiTest::child<QTableWidget>(page(*dana.window, u"indirectResellersPage"_s), u"relationshipsTableWidget"_s);
    QCOMPARE(resellers->rowCount(), 0);

    // Riley accepts at his own desk.
    Desk riley = openDesk(m_channel.resellerSession, true);
    QVERIFY(riley.window);
    auto link = m_tw->inviteReseller(m_channel.providerSession);
    PD_VERIFY_OK(link);
    PD_VERIFY_OK(riley.workspace->relationships().authorizeProvider(m_channel.resellerSession, link.value(), true));

    const qint64 took = waitForRow(resellers, m_channel.reseller.account.legal.legalName);
    QVERIFY2(took >= 0, "the reseller did not show on the provider's page within 2 s");
    qInfo("Harborlight showed on the provider's Indirect resellers page %lld ms after Riley accepted", took);
    // Riley's own Indirect providers page shows the provider too, though it was out of sight.
    QVERIFY(riley.window->showPage(u"indirectProvidersPage"_s));
    auto* providers
        = UiTest::child<QTableWidget>(page(*riley.window, u"indirectProvidersPage"_s), u"relationshipsTableWidget"_s);
    QVERIFY(waitForRow(providers, m_channel.provider.account.legal.legalName) >= 0);
}

void TestLiveLists::orderRequestShowsOnBothDesksAndOnTheSendersOtherPage()
{
    PD_VERIFY_OK(connectChannel(*m_tw, m_channel));
    auto customer = addServedCustomer(*m_tw, m_channel);
    PD_VERIFY_OK(customer);
    Desk riley = openDesk(m_channel.resellerSession, false);
    Desk ethan = openDesk(m_channel.providerSession, true);
    QVERIFY(riley.window && ethan.window);
    QVERIFY(riley.window->showPage(u"customersPage"_s));
    QVERIFY(ethan.window->showPage(u"orderRequestsPage"_s));
    Page* rileyRequests = page(*riley.window, u"orderRequestsPage"_s);
    auto* rileyTable = UiTest::child<QTableWidget>(rileyRequests, u"orderRequestsTableWidget"_s);
    auto* ethanTable
        = UiTest::child<QTableWidget>(page(*ethan.window, u"orderRequestsPage"_s), u"orderRequestsTableWidget"_s);
    QCOMPARE(rileyTable->rowCount(), 0);
    QCOMPARE(ethanTable->rowCount(), 0);

    // Riley sends a request from his desk (as the Customers page's dialog does).
    OrderRequestDraft draft;
    draft.providerAccountId = m_channel.provider.account.id;
    draft.customerId = customer->customerId;
    draft.line.type = TransactionType::New;
    draft.line.offerId = u"m365-business-basic"_s;
    draft.line.term = Term::P1Y;
    draft.line.quantity = 3;
    PD_VERIFY_OK(m_tw->workspace().orders().requestOrder(m_channel.resellerSession, draft));

    QVERIFY2(waitForRow(ethanTable, customer->companyName, 1) >= 0, "the provider's desk did not show the request");
    QVERIFY(riley.window->showPage(u"orderRequestsPage"_s));
    QVERIFY2(waitForRow(rileyTable, customer->companyName, 1) >= 0, "the sender's Order requests page stayed stale");
    QVERIFY(!UiTest::child<QLabel>(rileyRequests, u"noOrderRequestsLabel"_s)->isVisible());
}

void TestLiveLists::customerInvitationShowsOnCustomersPage()
{
    PD_VERIFY_OK(connectChannel(*m_tw, m_channel));
    Desk riley = openDesk(m_channel.resellerSession, false);
    QVERIFY(riley.window);
    QVERIFY(riley.window->showPage(u"indirectProvidersPage"_s));
    auto* customers = qobject_cast<CustomersPage*>(page(*riley.window, u"customersPage"_s));
    QVERIFY(customers);
    auto* invitations = UiTest::child<QTableWidget>(customers, u"invitationsTableWidget"_s);
    QCOMPARE(invitations->rowCount(), 0);

    // Invited with the provider, from Indirect providers (as its "Invite new customers…" does).
    PD_VERIFY_OK(inviteCustomer(*m_tw, m_channel, true, u"morgan@lakeside.example"_s));

    QVERIFY(riley.window->showPage(u"customersPage"_s));
    UiTest::child<QTabWidget>(customers, u"customersTabWidget"_s)->setCurrentIndex(1);
    QVERIFY2(waitForRow(invitations, u"morgan@lakeside.example"_s) >= 0, "Customers > Invitations stayed empty");
}

void TestLiveLists::currentCustomerStaysAcrossLiveUpdates()
{
    PD_VERIFY_OK(connectChannel(*m_tw, m_channel));
    auto customer = addServedCustomer(*m_tw, m_channel);
    PD_VERIFY_OK(customer);
    Desk riley = openDesk(m_channel.resellerSession, true);
    QVERIFY(riley.window);
    QVERIFY(riley.window->showPage(u"customersPage"_s));
    auto* customers = qobject_cast<CustomersPage*>(page(*riley.window, u"customersPage"_s));
    QTreeView* view = customers->view();
    QCOMPARE(customers->model()->rowCount(), 1);
    view->setCurrentIndex(customers->model()->index(0, 0));
    QPointer<CustomerDetailsWidget> details = customers->details();
    QVERIFY(details);
    const QString shownId = details->customerId();

    // Another customer arrives from another desk, whose name sorts first: the list shows it at
    // once, and the customer shown stays current, its details as they were.
    QSignalSpy heard(&riley.workspace->changes(), &ChangeWatch::changed);
    PD_VERIFY_OK(addServedCustomer(*m_tw, m_channel, true, u"aldercrest"_s, u"Aldercrest Logistics"_s));
    QVERIFY(heard.wait(2000));
    QTRY_COMPARE_WITH_TIMEOUT(customers->model()->rowCount(), 2, 2000);
    QCOMPARE(customers->details(), details.data());
    QCOMPARE(customers->model()->customerAt(view->currentIndex())->id, shownId);
    QCOMPARE(view->currentIndex().row(), 1);
    QVERIFY(view->selectionModel()->isRowSelected(1, {}));

    // While its account holds edits, the list waits: nothing typed is lost.
    auto* company = UiTest::child<QLineEdit>(details, u"legalNameLineEdit"_s);
    UiTest::retype(company, company->text() + u" Group"_s);
    QVERIFY(customers->hasUnsavedChanges());
    PD_VERIFY_OK(addServedCustomer(*m_tw, m_channel, true, u"birchwood"_s, u"Birchwood Dental"_s));
    QVERIFY(heard.wait(2000));
    QTest::qWait(100); // the pages have had the change
    QCOMPARE(customers->model()->rowCount(), 2);
    QCOMPARE(customers->details(), details.data());
    QVERIFY(company->text().endsWith(u" Group"_s));
}

QTEST_MAIN(TestLiveLists)
#include "tst_LiveLists.moc"
