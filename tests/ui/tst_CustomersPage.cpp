// The Customers page (C1, C4, V1) as a person uses it: the list of the customers the partner
// serves, searched as they type and sorted by a column; the current customer's account,
// services, users and licenses below the list, kept across reloads and asked about before
// unsaved edits are left; a reseller relationship requested by email; the
// list exported as CSV. The model under it passes QAbstractItemModelTester.

#include "TestSupport.h"
#include "UiTestSupport.h"
#include "dialogs/InvitationDraftDialog.h"
#include "domain/SearchText.h"
#include "models/CustomersModel.h"
#include "pages/CustomersPage.h"
#include "services/CustomerService.h"
#include "storage/SyntheticData.h"
#include "widgets/CsvExport.h"
#include "widgets/CustomerAccountTab.h"
#include "widgets/CustomerDetailsWidget.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimer>
#include <QTreeView>

using namespace Qt::StringLiterals;

class TestCustomersPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void modelPassesTheTester();
    void modelReadsPagesAsTheViewScrolls();
    void searchAsYouType_V1();
    void headerSortsByIndexedColumnsOnly();
    void selectShowsAccountServicesUsersLicenses_C4();
    void leavingUnsavedAccountAsks();
    void columnWidthsKept();
    void columnsFitTheListOnFirstShow();
    void resellerEditsTheAccount_C4();
    void providerReadsTheAccount_C4();
    void requestResellerRelationship_C1();
    void exportWritesTheCurrentList_V1();
    void exportIsPrivate_S6();
    void exportOnTheReaderGoesOnAndCancels();

private:
    std::unique_ptr<TestWorkspace> m_tw;
    Session m_provider;
    Session m_reseller;
};

void TestCustomersPage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true); // the widths and splitter kept go to a test folder
    QSettings().remove(u"customersPage"_s);
    m_tw = std::make_unique<TestWorkspace>();
    PD_VERIFY_OK(m_tw->openStatus());
    SyntheticSpec spec;
    spec.customers = 450;
    spec.resellers = 2;
    spec.passwordCost = TestWorkspace::passwordCost();
    spec.now = m_tw->clock().now();
    PD_VERIFY_OK(SyntheticData::generate(m_tw->db(), spec, {}));
    auto provider = m_tw->signIn(SyntheticData::providerAdminUpn(), SyntheticData::password());
    PD_VERIFY_OK(provider);
    m_provider = provider.value();
    auto reseller = m_tw->signIn(SyntheticData::resellerAdminUpn(1), SyntheticData::password());
    PD_VERIFY_OK(reseller);
    m_reseller = reseller.value();
}

void TestCustomersPage::cleanupTestCase()
{
    m_tw.reset();
}

void TestCustomersPage::modelPassesTheTester()
{
    CustomersModel model(m_tw->workspace(), m_provider);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.reload();
    QCOMPARE(model.rowCount(), int(CustomerService::PageSize));
    QVERIFY(model.canFetchMore({}));
    model.fetchMore({});
    QCOMPARE(model.rowCount(), 2 * int(CustomerService::PageSize));
    const QModelIndex first = model.index(0, 0);
    QCOMPARE(model.rowCount(first), 0); // a flat list: the details are beside it
    QVERIFY(!model.hasChildren(first));
    model.sort(CustomersModel::DomainColumn, Qt::DescendingOrder);
    model.sort(CustomersModel::RelationshipColumn, Qt::AscendingOrder); // not an indexed order: ignored
    QCOMPARE(model.query().sort, CustomerSort::Domain);
    model.setQuery({u"nor"_s, CustomerSort::Since, false});
    model.setQuery({u"zzqx"_s, CustomerSort::Name, false});
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!model.canFetchMore({}));
}

void TestCustomersPage::modelReadsPagesAsTheViewScrolls()
{
    CustomersModel model(m_tw->workspace(), m_provider);
    // A window of two pages: the first and the last read; the others are read again when asked.
    model.setWindowPages(2);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.reload();
    int pages = 1;
    while (model.canFetchMore({})) {
        model.fetchMore({});
        ++pages;
        QCOMPARE(model.heldPages(), 2);
    }
    auto counted = m_tw->workspace().customers().countCustomers(m_provider, {});
    PD_VERIFY_OK(counted);
    QCOMPARE(model.rowCount(), counted->count);
    QCOMPARE(pages, (counted->count + CustomerService::PageSize - 1) / CustomerService::PageSize);
    // In name order, without gaps or repeats between pages.
    QSet<QString> ids;
    QString previous;
    for (int row = 0; row < model.rowCount(); ++row) {
        const std::optional<CustomerRow> customer = model.customerAt(model.index(row, 0));
        QVERIFY(customer);
        QVERIFY(!ids.contains(customer->id));
        ids.insert(customer->id);
        // Names sort by their words, without case or accents (SearchText).
        const QString key = SearchText::key({customer->companyName});
        QVERIFY2(key >= previous, qPrintable(key + u" after "_s + previous));
        previous = key;
        QVERIFY(model.heldPages() <= 2);
    }
    // Read again, a page that left the window holds what it held, in its place.
    CustomersModel whole(m_tw->workspace(), m_provider);
    whole.reload();
    while (whole.canFetchMore({})) {
        whole.fetchMore({});
    }
    QCOMPARE(whole.heldPages(), pages);
    for (const int row :
         {0, int(CustomerService::PageSize) + 7, model.rowCount() - 1, 3 * int(CustomerService::PageSize)}) {
        QCOMPARE(model.customerAt(model.index(row, 0))->id, whole.customerAt(whole.index(row, 0))->id);
        QCOMPARE(model.data(model.index(row, CustomersModel::DomainColumn)),
                 whole.data(whole.index(row, CustomersModel::DomainColumn)));
        QCOMPARE(model.rowOf(whole.customerAt(whole.index(row, 0))->id), row);
    }
    QCOMPARE(model.heldPages(), 2);
}

void TestCustomersPage::searchAsYouType_V1()
{
    CustomersPage page(m_tw->workspace(), m_reseller);
    auto* count = UiTest::child<QLabel>(&page, u"customerCountLabel"_s);
    // Shown, the page reads its first rows; the count comes from a thread of its own, after.
    QCOMPARE(page.model()->rowCount(), 0);
    page.show();
    QVERIFY(page.model()->rowCount() > 0);
    QCOMPARE(count->text(), u"Counting…"_s);
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    auto* search = UiTest::child<QLineEdit>(&page, u"customerSearchLineEdit"_s);
    auto all = m_tw->workspace().customers().countCustomers(m_reseller, {});
    PD_VERIFY_OK(all);
    QTRY_COMPARE(count->text(), u"Customers: %1"_s.arg(QLocale().toString(all->count)));
    QVERIFY(all->count > 0 && all->count < 450); // the reseller's own, not the provider's
    search->setFocus();
    for (const QChar c : u"blue"_s) {
        QTest::keyClick(search, c.toLatin1());
        // The count of the list before is gone with it; this one's comes once typing pauses.
        QCOMPARE(count->text(), u"Counting…"_s);
        // Each keystroke lists at once what matches so far.
        for (int row = 0; row < page.model()->rowCount(); ++row) {
            const std::optional<CustomerRow> customer = page.model()->customerAt(page.model()->index(row, 0));
            const QString typed = search->text();
            const QStringList words = SearchText::words(customer->companyName)
                + SearchText::words(customer->primaryDomain.section(u'.', 0, 0));
            QVERIFY2(std::any_of(words.cbegin(), words.cend(), [&](const QString& w) { return w.startsWith(typed); }),
                     qPrintable(customer->companyName + u" for "_s + typed));
        }
    }
    // The count follows once typing pauses.
    auto matching = m_tw->workspace().customers().countCustomers(m_reseller, {u"blue"_s, CustomerSort::Name, false});
    PD_VERIFY_OK(matching);
    QTRY_COMPARE(count->text(), u"Matching: %1"_s.arg(QLocale().toString(matching->count)));

    UiTest::retype(search, u"zzqx"_s);
    QCOMPARE(page.model()->rowCount(), 0);
    auto* empty = UiTest::child<QLabel>(&page, u"emptyLabel"_s);
    QVERIFY(empty->isVisible());
    QVERIFY2(empty->text().contains(u"zzqx"_s), qPrintable(empty->text()));
}

void TestCustomersPage::headerSortsByIndexedColumnsOnly()
{
    CustomersPage page(m_tw->workspace(), m_provider);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QHeaderView* header = page.view()->header();
    // A heading that can't sort says so in its tool tip, and names those that can.
    const QString why
        = page.model()->headerData(CustomersModel::RelationshipColumn, Qt::Horizontal, Qt::ToolTipRole).toString();
    QVERIFY2(why.startsWith(u"This column can't be sorted."_s), qPrintable(why));
    QVERIFY(page.model()
                ->headerData(CustomersModel::CompanyColumn, Qt::Horizontal, Qt::ToolTipRole)
                .toString()
                .startsWith(u"Click to sort"_s));
    auto clickSection = [&](int column) {
        const int x = header->sectionViewportPosition(column) + header->sectionSize(column) / 2;
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(x, header->height() / 2));
    };
    clickSection(CustomersModel::CountryColumn);
    QCOMPARE(page.model()->query().sort, CustomerSort::Country);
    QString previous;
    for (int row = 0; row < page.model()->rowCount(); ++row) {
        const QString country = page.model()->customerAt(page.model()->index(row, 0))->country;
        QVERIFY(country >= previous);
        previous = country;
    }
    clickSection(CustomersModel::CountryColumn);
    QVERIFY(page.model()->query().descending);
    // The relationship column isn't an order the workspace indexes: the list and arrow stay.
    clickSection(CustomersModel::RelationshipColumn);
    QCOMPARE(page.model()->query().sort, CustomerSort::Country);
    QCOMPARE(header->sortIndicatorSection(), int(CustomersModel::CountryColumn));
    QCOMPARE(header->sortIndicatorOrder(), Qt::DescendingOrder);
}

void TestCustomersPage::selectShowsAccountServicesUsersLicenses_C4()
{
    CustomersPage page(m_tw->workspace(), m_reseller);
    page.resize(1000, 700);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QTreeView* view = page.view();
    auto* none = UiTest::child<QLabel>(&page, u"noCustomerLabel"_s);
    QVERIFY(!page.details());
    QVERIFY(none->isVisible());
    QVERIFY(!view->rootIsDecorated()); // no arrows: a row is chosen, not opened

    // A click on a customer shows its details below the list.
    const QModelIndex first = page.model()->index(0, 0);
    const QString name = page.model()->customerAt(first)->companyName;
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(first).center());
    CustomerDetailsWidget* details = page.details();
    QVERIFY(details);
    QVERIFY(details->isVisible());
    QVERIFY(!none->isVisible());
    QCOMPARE(details->accessibleName(), name);
    QVERIFY(details->mapTo(&page, QPoint(0, 0)).y() > view->mapTo(&page, QPoint(0, view->height())).y());
    QStringList tabs;
    for (int i = 0; i < details->tabs()->count(); ++i) {
        tabs << details->tabs()->tabText(i);
    }
    QCOMPARE(tabs, (QStringList{u"Account"_s, u"Services"_s, u"Users"_s, u"Licenses"_s}));
    QCOMPARE(UiTest::child<QLineEdit>(details, u"legalNameLineEdit"_s)->text(), name);

    // Enter moves into the details; the arrow keys in the list show the next customer.
    view->setFocus();
    QTest::keyClick(view, Qt::Key_Return);
    QVERIFY(details->tabs()->hasFocus());
    view->setFocus();
    QTest::keyClick(view, Qt::Key_Down);
    const QString second = page.model()->customerAt(page.model()->index(1, 0))->id;
    QVERIFY(page.details());
    QCOMPARE(page.details()->customerId(), second);
    QTRY_VERIFY(!UiTest::child<QLineEdit>(&page, u"legalNameLineEdit"_s)->text().isEmpty());

    // A reload reads the list again and the same customer stays shown.
    details = page.details();
    page.reload();
    QCOMPARE(page.details(), details);
    QCOMPARE(page.model()->customerAt(view->currentIndex())->id, second);
    QVERIFY(view->selectionModel()->isRowSelected(view->currentIndex().row(), {}));
    // A search that leaves it out empties the pane.
    UiTest::retype(UiTest::child<QLineEdit>(&page, u"customerSearchLineEdit"_s), u"zzqx"_s);
    QVERIFY(!page.details());
    QVERIFY(none->isVisible());
}

void TestCustomersPage::leavingUnsavedAccountAsks()
{
    CustomersPage page(m_tw->workspace(), m_reseller);
    page.resize(1000, 700);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QTreeView* view = page.view();
    view->setCurrentIndex(page.model()->index(0, 0));
    const QString firstId = page.details()->customerId();
    auto* company = UiTest::child<QLineEdit>(page.details(), u"legalNameLineEdit"_s);
    UiTest::retype(company, u"Renamed Customer"_s);
    QVERIFY(page.hasUnsavedChanges());

    // The question comes once the list is done changing its current row.
    bool asked = false;
    const auto chooseSecond = [&]() {
        asked = false;
        view->setCurrentIndex(page.model()->index(1, 0));
        QVERIFY(QTest::qWaitFor([&asked]() { return asked; }, 5000));
    };
    // Keep editing: back on the customer, the edit still there.
    UiTest::whenModal<QMessageBox>(
        [&asked](QMessageBox* box) {
            asked = true;
            QCOMPARE(box->objectName(), u"discardCustomerChangesMessageBox"_s);
            QVERIFY2(box->text().contains(u"not saved"_s), qPrintable(box->text()));
            box->button(QMessageBox::Cancel)->click();
        },
        chooseSecond);
    QTRY_COMPARE(page.model()->customerAt(view->currentIndex())->id, firstId);
    QCOMPARE(page.details()->customerId(), firstId);
    QCOMPARE(company->text(), u"Renamed Customer"_s);

    // Discard: the next customer is shown, nothing was saved.
    UiTest::whenModal<QMessageBox>(
        [&asked](QMessageBox* box) {
            asked = true;
            box->button(QMessageBox::Discard)->click();
        },
        chooseSecond);
    QTRY_VERIFY(page.details() && page.details()->customerId() != firstId);
    QVERIFY(!page.hasUnsavedChanges());
    QVERIFY(m_tw->scalar(u"SELECT company_name FROM customers WHERE id = ?"_s, {firstId}).toString()
            != u"Renamed Customer"_s);
}

void TestCustomersPage::columnWidthsKept()
{
    {
        CustomersPage page(m_tw->workspace(), m_reseller);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        page.view()->setColumnWidth(CustomersModel::DomainColumn, 123);
    }
    CustomersPage again(m_tw->workspace(), m_reseller);
    QCOMPARE(again.view()->columnWidth(CustomersModel::DomainColumn), 123);
    QSettings().remove(u"customersPage"_s);
}

void TestCustomersPage::columnsFitTheListOnFirstShow()
{
    QSettings().remove(u"customersPage"_s);
    CustomersPage page(m_tw->workspace(), m_reseller);
    page.resize(700, 600);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    // Every column, the last one included, starts within the list's width: nothing is scrolled off.
    QHeaderView* header = page.view()->header();
    const int last = CustomersModel::ColumnCount - 1;
    QVERIFY2(header->sectionViewportPosition(last) + header->sectionSizeHint(last) / 2
                 <= page.view()->viewport()->width(),
             qPrintable(QString::number(header->sectionViewportPosition(last))));
    QVERIFY(header->length() <= page.view()->viewport()->width());
    QSettings().remove(u"customersPage"_s);
}

void TestCustomersPage::resellerEditsTheAccount_C4()
{
    CustomersPage page(m_tw->workspace(), m_reseller);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    const QModelIndex first = page.model()->index(0, 0);
    const QString id = page.model()->customerAt(first)->id;
    page.view()->setCurrentIndex(first);
    CustomerDetailsWidget* details = page.details();
    QVERIFY(details);
    auto* account = UiTest::child<CustomerAccountTab>(details, u"customerAccountTab"_s);
    auto* save = UiTest::child<QPushButton>(account, u"saveAccountPushButton"_s);
    QVERIFY(save->isVisible());
    QVERIFY(!save->isEnabled()); // nothing changed yet
    // A wrong email is named under its field and nothing is saved.
    UiTest::retype(account->line(u"contactEmail"_s), u"not-an-address"_s);
    QVERIFY(!save->isEnabled());
    // The synthetic customers' profiles lack an address and a contact: the tab says so at once,
    // and the form is complete once they are filled in.
    const QList<QPair<QString, QString>> filled{{u"addressLine1"_s, u"1 Main Street"_s},
                                                {u"city"_s, u"Portland"_s},
                                                {u"region"_s, u"OR"_s},
                                                {u"postalCode"_s, u"97201"_s},
                                                {u"contactFirstName"_s, u"Ana"_s},
                                                {u"contactLastName"_s, u"Ruiz"_s},
                                                {u"contactEmail"_s, u"it@customer.example"_s},
                                                {u"contactPhone"_s, u"+1 503 555 0100"_s}};
    for (const auto& [field, text] : filled) {
        UiTest::retype(account->line(field), text);
    }
    QVERIFY(save->isEnabled());
    QTest::mouseClick(save, Qt::LeftButton);
    QCOMPARE(m_tw->scalar(u"SELECT city FROM customers WHERE id = ?"_s, {id}).toString(), u"Portland"_s);
    QCOMPARE(m_tw->scalar(u"SELECT contact_email FROM customers WHERE id = ?"_s, {id}).toString(),
             u"it@customer.example"_s);
    auto* done = UiTest::child<QLabel>(&page, u"doneLabel"_s);
    QVERIFY2(done->text().contains(u"saved"_s), qPrintable(done->text()));
}

void TestCustomersPage::providerReadsTheAccount_C4()
{
    CustomersPage page(m_tw->workspace(), m_provider);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    const QModelIndex first = page.model()->index(0, 0);
    page.view()->setCurrentIndex(first);
    CustomerDetailsWidget* details = page.details();
    QVERIFY(details);
    auto* account = UiTest::child<CustomerAccountTab>(details, u"customerAccountTab"_s);
    QVERIFY(account->line(u"legalName"_s)->isReadOnly());
    QVERIFY(!UiTest::child<QPushButton>(account, u"saveAccountPushButton"_s)->isVisible());
    auto* reason = UiTest::child<QLabel>(account, u"accessLabel"_s);
    QVERIFY2(reason->text().contains(u"administration"_s), qPrintable(reason->text()));
    // A provider doesn't request reseller relationships.
    QVERIFY(!UiTest::child<QPushButton>(&page, u"requestRelationshipPushButton"_s)->isVisible());
}

void TestCustomersPage::requestResellerRelationship_C1()
{
    CustomersPage page(m_tw->workspace(), m_reseller);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    auto* request = UiTest::child<QPushButton>(&page, u"requestRelationshipPushButton"_s);
    QVERIFY(request->isVisible());
    UiTest::whenModal<InvitationDraftDialog>(
        [&](InvitationDraftDialog* dialog) {
            UiTest::retype(UiTest::child<QLineEdit>(dialog, u"recipientLineEdit"_s), u"it@newcustomer.example"_s);
            QTest::mouseClick(UiTest::child<QPushButton>(dialog, u"donePushButton"_s), Qt::LeftButton);
        },
        [&]() { QTest::mouseClick(request, Qt::LeftButton); });
    auto* tabs = UiTest::child<QTabWidget>(&page, u"customersTabWidget"_s);
    QCOMPARE(tabs->currentIndex(), 1);
    auto* invitations = UiTest::child<QTableWidget>(&page, u"invitationsTableWidget"_s);
    QCOMPARE(invitations->rowCount(), 1);
    QCOMPARE(invitations->item(0, 0)->text(), u"it@newcustomer.example"_s);
    QCOMPARE(invitations->item(0, 1)->text(), QString()); // no provider: the reseller alone
    QCOMPARE(invitations->item(0, 5)->text(), u"Pending"_s);
    QCOMPARE(m_tw->scalar(u"SELECT kind FROM invitations WHERE recipient_email = 'it@newcustomer.example'"_s),
             QVariant(u"CustomerOfReseller"_s));
}

void TestCustomersPage::exportWritesTheCurrentList_V1()
{
    CustomersPage page(m_tw->workspace(), m_reseller);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    UiTest::retype(UiTest::child<QLineEdit>(&page, u"customerSearchLineEdit"_s), u"b"_s);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"customers.csv"_s);
    QVERIFY(page.exportTo(path));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(file.readAll()).split(u"\r\n"_s, Qt::SkipEmptyParts);
    QVERIFY(lines.constFirst().startsWith(u"Microsoft ID,Company name,Primary domain,Relationship"_s));
    auto matching
        = m_tw->workspace().customers().countCustomers(m_reseller, {u"b"_s, CustomerSort::Name, false}, 100000);
    PD_VERIFY_OK(matching);
    QCOMPARE(lines.size() - 1, matching->count);
    auto* done = UiTest::child<QLabel>(&page, u"doneLabel"_s);
    QVERIFY2(done->text().contains(u"customers.csv"_s), qPrintable(done->text()));
    // A file that can't be written is said so, and nothing is claimed.
    QVERIFY(!page.exportTo(dir.filePath(u"missing/folder/customers.csv"_s)));
    QVERIFY(UiTest::child<QLabel>(&page, u"errorLabel"_s)->isVisible());
}

QTEST_MAIN(TestCustomersPage)
void TestCustomersPage::exportIsPrivate_S6()
{
    // A new export is created 0600 whatever the umask; a file the person chose to replace keeps
    // its permissions.
    CustomersPage page(m_tw->workspace(), m_reseller);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QTemporaryDir dir;
    const QString path = dir.filePath(u"customers.csv"_s);
    QVERIFY(page.exportTo(path));
    constexpr QFileDevice::Permissions owner = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
    const QFileDevice::Permissions all = owner | QFileDevice::ReadGroup | QFileDevice::WriteGroup
        | QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOwner | QFileDevice::ExeGroup
        | QFileDevice::ExeOther;
    QCOMPARE(QFile::permissions(path) & all, owner);

    const QString shared = dir.filePath(u"shared.csv"_s);
    {
        QFile file(shared);
        QVERIFY(file.open(QIODevice::WriteOnly));
    }
    const QFileDevice::Permissions chosen = owner | QFileDevice::ReadGroup | QFileDevice::ReadOther;
    QVERIFY(QFile::setPermissions(shared, chosen));
    QVERIFY(page.exportTo(shared));
    QCOMPARE(QFile::permissions(shared) & all, chosen);
    QVERIFY(QFileInfo(shared).size() > 0);
}

void TestCustomersPage::exportOnTheReaderGoesOnAndCancels()
{
    // An export as long as a million rows: written on the reader's thread while the window goes
    // on (its timers keep running), with the progress dialog's Cancel reaching the writer and no
    // file left behind.
    auto reader = m_tw->workspace().backgroundReader(m_reseller);
    QVERIFY(reader);
    QWidget window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTemporaryDir dir;
    const QString path = dir.filePath(u"long.csv"_s);
    int ticks = 0;
    QTimer ticking;
    connect(&ticking, &QTimer::timeout, &window, [&]() { ++ticks; });
    ticking.start(10);
    int ticksWhenCancelled = -1;
    QTimer canceller;
    connect(&canceller, &QTimer::timeout, &window, [&]() {
        auto* dialog = window.findChild<QProgressDialog*>(u"exportProgressDialog"_s);
        if (dialog && dialog->isVisible() && ticks > 20 && ticksWhenCancelled < 0) {
            ticksWhenCancelled = ticks;
            QTest::mouseClick(dialog->findChild<QPushButton*>(), Qt::LeftButton);
        }
    });
    canceller.start(20);
    QThread* wroteOn = nullptr;
    Status exported = CsvExport::write(&window, path, u"Export"_s, u"%1 written"_s, 0, *reader,
                                       [&](const auto&, QIODevice& out, const std::function<bool(qint64)>& progress) {
                                           wroteOn = QThread::currentThread();
                                           for (qint64 n = 1;; ++n) {
                                               out.write("row\r\n");
                                               QThread::msleep(1);
                                               if (!progress(n)) {
                                                   return Status(Error(ErrorCode::InvalidState, u"stopped"_s));
                                               }
                                           }
                                       });
    QVERIFY(!exported.ok());
    QVERIFY2(exported.errorString().contains(u"cancelled"_s), qPrintable(exported.errorString()));
    QVERIFY(!QFile::exists(path));
    QVERIFY(wroteOn && wroteOn != QThread::currentThread());
    // The window's timers ran all along, the dialog shown (window-modal, at once).
    QVERIFY2(ticksWhenCancelled > 20, qPrintable(QString::number(ticksWhenCancelled)));
}

#include "tst_CustomersPage.moc"
