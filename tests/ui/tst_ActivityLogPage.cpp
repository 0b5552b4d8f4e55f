// The Activity log page: an Admin agent reads who did what, about what and when in their
// partner's log, narrows it by kind, person, dates and words, keeps the selected event over a
// reload, reads further pages as the list scrolls, and exports what it lists; the program
// administrator also sees whose log each event is in. A Sales agent has no such page.

#include "LanguageManager.h"
#include "MainWindow.h"
#include "TestSupport.h"
#include "UiTestSupport.h"
#include "domain/AuditActions.h"
#include "models/ActivityLogModel.h"
#include "pages/ActivityLogPage.h"
#include "services/AccountService.h"
#include "services/AuditService.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;

class TestActivityLogPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void listsWhoWhatAboutWhen();
    void programSeesWhoseLog();
    void filtersNarrowTheList();
    void selectionKeptAcrossReload();
    void scrollingReadsFurtherPages();
    void exportWritesTheListedEvents();
    void onlyAdminAgentsHaveThePage();

private:
    template <typename T>
    T* child(ActivityLogPage& page, const QString& name)
    {
        return UiTest::child<T>(&page, name);
    }
    QString cell(ActivityLogPage& page, int row, int column)
    {
        auto* view = child<QTableView>(page, u"activityTableView"_s);
        return view->model()->index(row, column).data().toString();
    }
    void changeSupportEmail(const QString& email);

    std::unique_ptr<TestWorkspace> m_tw;
    Session m_program;
    ChannelFixture m_channel;
};

void TestActivityLogPage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestActivityLogPage::init()
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
    PD_VERIFY_OK(addServedCustomer(*m_tw, m_channel, true, u"lakeside"_s, u"Lakeside Dental Group LLC"_s));
}

void TestActivityLogPage::cleanup()
{
    m_tw.reset();
}

void TestActivityLogPage::changeSupportEmail(const QString& email)
{
    auto account = m_tw->workspace().accounts().account(m_channel.resellerSession);
    PD_VERIFY_OK(account);
    SupportProfile support = account->support;
    support.email = email;
    PD_VERIFY_OK(m_tw->workspace().accounts().updateSupportProfile(m_channel.resellerSession, support));
}

void TestActivityLogPage::listsWhoWhatAboutWhen()
{
    ActivityLogPage page(m_tw->workspace(), m_channel.resellerSession);
    page.resize(1024, 700);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    auto events = m_tw->workspace().auditLog().activity(m_channel.resellerSession, {}, 500);
    PD_VERIFY_OK(events);
    auto* view = child<QTableView>(page, u"activityTableView"_s);
    QCOMPARE(view->model()->rowCount(), events->size());
    const AuditEvent& newest = events->constFirst();
    QCOMPARE(cell(page, 0, ActivityLogModel::WhoColumn), AuditService::actorText(newest));
    QCOMPARE(cell(page, 0, ActivityLogModel::WhatColumn), AuditActions::describe(newest.action));
    QCOMPARE(cell(page, 0, ActivityLogModel::AboutColumn), AuditService::subjectText(newest));
    QCOMPARE(cell(page, 0, ActivityLogModel::WhenColumn),
             QLocale().toString(newest.at.toLocalTime(), QLocale::ShortFormat));
    // The relationship the reseller authorized, by its partners' names.
    QStringList about;
    for (int row = 0; row < view->model()->rowCount(); ++row) {
        about << cell(page, row, ActivityLogModel::WhatColumn) + u" | "_s
                + cell(page, row, ActivityLogModel::AboutColumn);
    }
    QVERIFY2(about.contains(u"Indirect provider authorized | Indirect relationship: %1 / %2"_s.arg(
                 m_channel.provider.account.legal.legalName, m_channel.reseller.account.legal.legalName)),
             qPrintable(about.join(u'\n')));
    // An Admin agent reads only their own partner's log: no Partner column.
    QVERIFY(view->isColumnHidden(ActivityLogModel::PartnerColumn));
    QVERIFY(!child<QLabel>(page, u"activityEmptyLabel"_s)->isVisible());
    QVERIFY(child<QPushButton>(page, u"exportActivityPushButton"_s)->isEnabled());
    QCOMPARE(page.searchField(), child<QLineEdit>(page, u"activitySearchLineEdit"_s));
}

void TestActivityLogPage::programSeesWhoseLog()
{
    ActivityLogPage page(m_tw->workspace(), m_program);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    auto* view = child<QTableView>(page, u"activityTableView"_s);
    QVERIFY(!view->isColumnHidden(ActivityLogModel::PartnerColumn));
    QCOMPARE(view->model()->rowCount(), m_tw->count(u"audit_events"_s));
    QSet<QString> partners;
    for (int row = 0; row < view->model()->rowCount(); ++row) {
        partners.insert(cell(page, row, ActivityLogModel::PartnerColumn));
    }
    QVERIFY(partners.contains(m_channel.provider.account.legal.legalName));
    QVERIFY(partners.contains(m_channel.reseller.account.legal.legalName));
}

void TestActivityLogPage::filtersNarrowTheList()
{
    ActivityLogPage page(m_tw->workspace(), m_channel.resellerSession);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    auto* view = child<QTableView>(page, u"activityTableView"_s);
    const int all = view->model()->rowCount();
    QVERIFY(all > 3);

    // Kind: orders. None yet: the page says so, and there is nothing to export.
    auto* kind = child<QComboBox>(page, u"activityKindComboBox"_s);
    kind->setFocus();
    const int orders = kind->findText(AuditActions::kindName(AuditKind::Orders));
    QVERIFY(orders > 0);
    while (kind->currentIndex() != orders) {
        QTest::keyClick(kind, Qt::Key_Down);
    }
    QCOMPARE(view->model()->rowCount(), 0);
    auto* empty = child<QLabel>(page, u"activityEmptyLabel"_s);
    QVERIFY(empty->isVisible());
    QCOMPARE(empty->text(), u"No events match these filters. Clear filters to see every event."_s);
    QVERIFY(!child<QPushButton>(page, u"exportActivityPushButton"_s)->isEnabled());

    QTest::mouseClick(child<QPushButton>(page, u"clearActivityFiltersPushButton"_s), Qt::LeftButton);
    QCOMPARE(view->model()->rowCount(), all);
    QCOMPARE(kind->currentIndex(), 0);

    // Person: the reseller's administrator.
    auto* person = child<QComboBox>(page, u"activityPersonComboBox"_s);
    const int admin = person->findText(m_channel.reseller.admin.displayName);
    QVERIFY(admin > 0);
    person->setFocus();
    while (person->currentIndex() != admin) {
        QTest::keyClick(person, Qt::Key_Down);
    }
    QVERIFY(view->model()->rowCount() > 0);
    QVERIFY(view->model()->rowCount() < all);
    for (int row = 0; row < view->model()->rowCount(); ++row) {
        QCOMPARE(cell(page, row, ActivityLogModel::WhoColumn), m_channel.reseller.admin.displayName);
    }
    QTest::mouseClick(child<QPushButton>(page, u"clearActivityFiltersPushButton"_s), Qt::LeftButton);

    // Words, once typing pauses.
    auto* search = child<QLineEdit>(page, u"activitySearchLineEdit"_s);
    QTest::keyClicks(search, u"lakeside"_s);
    QTRY_VERIFY(view->model()->rowCount() < all);
    QVERIFY(view->model()->rowCount() > 0);
    search->clear();
    QTRY_COMPARE(view->model()->rowCount(), all);

    // Dates: from tomorrow, nothing; the day the customer came, only its events.
    auto* fromCheck = child<QCheckBox>(page, u"activityFromCheckBox"_s);
    auto* from = child<QDateEdit>(page, u"activityFromDateEdit"_s);
    QVERIFY(!from->isEnabled());
    UiTest::click(fromCheck);
    QVERIFY(from->isEnabled());
    const QDate today = m_tw->clock().now().toLocalTime().date();
    from->setDate(today.addDays(1));
    QCOMPARE(view->model()->rowCount(), 0);
    // To follows: it can't be set before From.
    auto* to = child<QDateEdit>(page, u"activityToDateEdit"_s);
    QVERIFY(to->date() >= from->date());
    to->setDate(today.addDays(-3));
    QCOMPARE(to->date(), today.addDays(1));
    from->setDate(today);
    const int onToday = view->model()->rowCount();
    QVERIFY(onToday > 0);
    QVERIFY(onToday < all);
    UiTest::click(fromCheck);
    QVERIFY(!from->isEnabled());
    QCOMPARE(view->model()->rowCount(), all);
}

void TestActivityLogPage::selectionKeptAcrossReload()
{
    ActivityLogPage page(m_tw->workspace(), m_channel.resellerSession);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    auto* view = child<QTableView>(page, u"activityTableView"_s);
    view->selectRow(2);
    const QString what = cell(page, 2, ActivityLogModel::WhatColumn);
    const QString when = cell(page, 2, ActivityLogModel::WhenColumn);
    changeSupportEmail(u"care@harborlight.example"_s);
    page.reload();
    // A newer event came on top: the one selected is a row lower, still selected.
    QCOMPARE(cell(page, 0, ActivityLogModel::WhatColumn), u"Support profile changed"_s);
    QCOMPARE(view->currentIndex().row(), 3);
    QCOMPARE(cell(page, 3, ActivityLogModel::WhatColumn), what);
    QCOMPARE(cell(page, 3, ActivityLogModel::WhenColumn), when);
}

void TestActivityLogPage::scrollingReadsFurtherPages()
{
    for (int i = 0; i < ActivityLogModel::PageSize + 10; ++i) {
        changeSupportEmail(u"care%1@harborlight.example"_s.arg(i));
    }
    ActivityLogPage page(m_tw->workspace(), m_channel.resellerSession);
    page.resize(900, 600);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    auto* view = child<QTableView>(page, u"activityTableView"_s);
    auto events = m_tw->workspace().auditLog().activity(m_channel.resellerSession, {}, 1000);
    PD_VERIFY_OK(events);
    QVERIFY(events->size() > ActivityLogModel::PageSize);
    QCOMPARE(view->model()->rowCount(), ActivityLogModel::PageSize);
    view->setFocus();
    QTest::keyClick(view, Qt::Key_End, Qt::ControlModifier);
    QTRY_COMPARE(view->model()->rowCount(), events->size());
    QCOMPARE(cell(page, int(events->size()) - 1, ActivityLogModel::WhatColumn),
             AuditActions::describe(events->constLast().action));
}

void TestActivityLogPage::exportWritesTheListedEvents()
{
    ActivityLogPage page(m_tw->workspace(), m_channel.resellerSession);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    auto* view = child<QTableView>(page, u"activityTableView"_s);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"activity.csv"_s);
    QVERIFY(page.exportTo(path));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(file.readAll()).split(u"\r\n"_s, Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), view->model()->rowCount() + 1);
    QVERIFY(lines.at(1).contains(cell(page, 0, ActivityLogModel::WhatColumn)));
    QVERIFY(file.permissions() & QFileDevice::ReadOwner);
    QVERIFY(!(file.permissions() & QFileDevice::ReadOther));
    auto* done = child<QLabel>(page, u"activityDoneLabel"_s);
    QVERIFY(done->isVisible());
    QCOMPARE(done->text(), u"The activity is exported to %1."_s.arg(QDir::toNativeSeparators(path)));

    // A folder that isn't there: said, and nothing written.
    QVERIFY(!page.exportTo(dir.filePath(u"missing/activity.csv"_s)));
    QVERIFY(child<QLabel>(page, u"activityErrorLabel"_s)->isVisible());
    QVERIFY(!done->isVisible());
}

void TestActivityLogPage::onlyAdminAgentsHaveThePage()
{
    auto sales = m_tw->addAgent(m_channel.reseller, u"sam"_s, {PartnerRole::SalesAgent});
    PD_VERIFY_OK(sales);
    LanguageManager language;
    MainWindow window(m_tw->workspace(), language);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.signIn(m_tw->sessionOf(sales->upn));
    QVERIFY(!UiTest::navigationTexts(&window).contains(u"Activity log"_s));
    QVERIFY(!window.showPage(u"activityLogPage"_s));
    window.signIn(m_channel.resellerSession);
    QVERIFY(UiTest::navigationTexts(&window).contains(u"Activity log"_s));
    QVERIFY(window.showPage(u"activityLogPage"_s));
}

QTEST_MAIN(TestActivityLogPage)
#include "tst_ActivityLogPage.moc"
