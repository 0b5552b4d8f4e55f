// The pages of "Connect with an indirect provider" driven as people would: a provider invites a
// reseller from its Indirect resellers page and revokes an invitation; the reseller finds
// providers by country and service and contacts one; a link opened while PartnerDesk runs walks
// the reseller through signing in and authorizing; both pages list each other; ending asks
// first, says what the provider loses and keeps the history (P1–P6).

#include "LanguageManager.h"
#include "MainWindow.h"
#include "TestSupport.h"
#include "UiTestSupport.h"
#include "dialogs/AcceptInvitationDialog.h"
#include "dialogs/InvitationDraftDialog.h"
#include "dialogs/SharedCustomersDialog.h"
#include "dialogs/SignInDialog.h"
#include "pages/FindProviderPage.h"
#include "pages/IndirectProvidersPage.h"
#include "pages/IndirectResellersPage.h"
#include "services/CustomerService.h"
#include "services/InvitationService.h"
#include "services/RelationshipService.h"
#include "widgets/Email.h"
#include "widgets/Tables.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDesktopServices>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStyle>
#include <QStyleOptionButton>
#include <QTableWidget>
#include <QTest>
#include <QTimer>

#include <functional>
#include <memory>

using namespace Qt::StringLiterals;

class TestIndirectPages : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void providerInvitesFromResellersPage_P2();
    void revokeAfterConfirming_P2();
    void bothPagesListEachOther_P4();
    void statusColumnStaysInSight();
    void endAsksAndKeepsHistory_P6_data();
    void endAsksAndKeepsHistory_P6();
    void endRefusedShowsWhy_P6();
    void viewCustomersListsShared_C7();
    void salesAgentSeesNoEndOrAccept_P3_P6();
    void findProviderByCountryAndService_P1();
    void linkWhileRunningSignsInAndAuthorizes_P3_P4();
    void linkWaitsForOpenDialog();
    void navigationFollowsPartnerType();

private:
    static QStringList rowTexts(const QTableWidget* table, int row);
    Session session(const PartnerFixture& partner);
    IndirectRelationship connectPair();

    UiTest::MailCatcher m_mail;
    std::unique_ptr<TestWorkspace> m_tw;
    PartnerFixture m_provider;
    PartnerFixture m_reseller;
};

QStringList TestIndirectPages::rowTexts(const QTableWidget* table, int row)
{
    QStringList texts;
    for (int column = 0; column < table->columnCount(); ++column) {
        texts << (table->item(row, column) ? table->item(row, column)->text() : QString());
    }
    return texts;
}

void TestIndirectPages::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestIndirectPages::init()
{
    m_mail.urls.clear();
    m_tw = std::make_unique<TestWorkspace>();
    PD_VERIFY_OK(m_tw->openStatus());
    auto channel = m_tw->createProviderAndReseller();
    PD_VERIFY_OK(channel);
    m_provider = channel->provider;
    m_reseller = channel->reseller;
}

void TestIndirectPages::cleanup()
{
    m_tw.reset();
}

Session TestIndirectPages::session(const PartnerFixture& partner)
{
    auto signedIn = m_tw->signIn(partner.admin.upn);
    return signedIn ? signedIn.value() : Session();
}

IndirectRelationship TestIndirectPages::connectPair()
{
    auto link = m_tw->inviteReseller(session(m_provider));
    auto made = link ? m_tw->workspace().relationships().authorizeProvider(session(m_reseller), link.value(), true)
                     : Result<IndirectRelationship>(link.error());
    if (!made) {
        qWarning("%s", qPrintable(made.errorString()));
        return {};
    }
    return made.value();
}

void TestIndirectPages::providerInvitesFromResellersPage_P2()
{
    IndirectResellersPage page(m_tw->workspace(), session(m_provider));
    page.show();
    QPushButton* invite = UiTest::child<QPushButton>(&page, u"inviteResellerPushButton"_s);
    QVERIFY(invite->isVisible());
    QString link;
    UiTest::whenModal<InvitationDraftDialog>(
        [&](InvitationDraftDialog* dialog) {
            link = UiTest::child<QLineEdit>(dialog, u"linkLineEdit"_s)->text();
            UiTest::retype(UiTest::child<QLineEdit>(dialog, u"recipientLineEdit"_s), u"riley@harborlight.example"_s);
            QTest::mouseClick(UiTest::child<QPushButton>(dialog, u"copyToClipboardPushButton"_s), Qt::LeftButton);
            QTest::mouseClick(UiTest::child<QPushButton>(dialog, u"donePushButton"_s), Qt::LeftButton);
        },
        [&]() { QTest::mouseClick(invite, Qt::LeftButton); });
    QVERIFY(QApplication::clipboard()->text().contains(link));

    auto* invitations = UiTest::child<QTableWidget>(&page, u"invitationsTableWidget"_s);
    QCOMPARE(invitations->rowCount(), 1);
    const QStringList row = rowTexts(invitations, 0);
    QCOMPARE(row.at(0), u"riley@harborlight.example"_s);
    QCOMPARE(row.at(2), m_provider.admin.displayName);
    QCOMPARE(row.at(4), u"Pending"_s);
    QVERIFY(invitations->isVisible()); // the page shows the Invitations tab after inviting
    QVERIFY(UiTest::child<QLabel>(&page, u"doneLabel"_s)->text().contains(u"riley@harborlight.example"_s));
    QCOMPARE(m_tw->count(u"invitations"_s), 1);
}

void TestIndirectPages::revokeAfterConfirming_P2()
{
    PD_VERIFY_OK(m_tw->inviteReseller(session(m_provider), u"riley@harborlight.example"_s));
    IndirectResellersPage page(m_tw->workspace(), session(m_provider));
    page.show();
    auto* invitations = UiTest::child<QTableWidget>(&page, u"invitationsTableWidget"_s);
    QPushButton* revoke = UiTest::child<QPushButton>(&page, u"revokeInvitationPushButton"_s);
    QVERIFY(!revoke->isEnabled());
    invitations->selectRow(0);
    QVERIFY(revoke->isEnabled());

    // Cancel keeps it; Revoke revokes it.
    UiTest::whenModal<QMessageBox>([](QMessageBox* box) { box->reject(); },
                                   [&]() { QTest::mouseClick(revoke, Qt::LeftButton); });
    QCOMPARE(rowTexts(invitations, 0).at(4), u"Pending"_s);
    UiTest::whenModal<QMessageBox>(
        [](QMessageBox* box) {
            QVERIFY(box->text().contains(u"riley@harborlight.example"_s));
            QTest::mouseClick(UiTest::child<QPushButton>(box, u"confirmRevokePushButton"_s), Qt::LeftButton);
        },
        [&]() { QTest::mouseClick(revoke, Qt::LeftButton); });
    QVERIFY(rowTexts(invitations, 0).at(4).startsWith(u"Revoked on"_s));
    QVERIFY(!revoke->isEnabled());
    QCOMPARE(m_tw->scalar(u"SELECT status FROM invitations"_s).toString(), u"Revoked"_s);
}

void TestIndirectPages::bothPagesListEachOther_P4()
{
    connectPair();
    IndirectResellersPage resellers(m_tw->workspace(), session(m_provider));
    resellers.show(); // a page reads what it lists when it is shown
    auto* resellerTable = UiTest::child<QTableWidget>(&resellers, u"relationshipsTableWidget"_s);
    QCOMPARE(resellerTable->rowCount(), 1);
    // The shared customers are counted on a reader of the page's own, the list shown meanwhile.
    QCOMPARE(rowTexts(resellerTable, 0).at(3), u"Counting…"_s);
    QTRY_COMPARE(rowTexts(resellerTable, 0).at(3), u"0"_s);
    const QStringList resellerRow = rowTexts(resellerTable, 0);
    QCOMPARE(
        resellerRow.mid(0, 4),
        (QStringList{m_reseller.account.legal.legalName, m_reseller.account.partnerId, u"United States"_s, u"0"_s}));
    QVERIFY(!resellerRow.at(4).isEmpty()); // since
    QCOMPARE(resellerRow.at(5), u"Active"_s);
    auto* invitations = UiTest::child<QTableWidget>(&resellers, u"invitationsTableWidget"_s);
    QVERIFY(rowTexts(invitations, 0).at(4).startsWith(u"Accepted on"_s));
    QVERIFY(rowTexts(invitations, 0).at(4).contains(m_reseller.account.legal.legalName));

    IndirectProvidersPage providers(m_tw->workspace(), session(m_reseller));
    providers.show(); // a page reads what it lists when it is shown
    auto* providerTable = UiTest::child<QTableWidget>(&providers, u"relationshipsTableWidget"_s);
    QCOMPARE(providerTable->rowCount(), 1);
    const QStringList providerRow = rowTexts(providerTable, 0);
    QCOMPARE(providerRow.at(0), m_provider.account.legal.legalName);
    QCOMPARE(providerRow.at(1), m_provider.account.partnerId);
    QCOMPARE(providerRow.at(2), u"United States"_s);
    QVERIFY(providerRow.at(3).contains(m_provider.account.support.email));
    QCOMPARE(providerRow.at(5), u"Active"_s);

    // Find a provider marks it, so that nobody contacts it anew.
    FindProviderPage find(m_tw->workspace(), session(m_reseller));
    find.show(); // a page reads what it lists when it is shown
    QCOMPARE(rowTexts(UiTest::child<QTableWidget>(&find, u"providersTableWidget"_s), 0).at(0),
             u"%1 (already your provider)"_s.arg(m_provider.account.legal.legalName));
}

void TestIndirectPages::statusColumnStaysInSight()
{
    connectPair();
    IndirectProvidersPage providers(m_tw->workspace(), session(m_reseller));
    providers.resize(560, 400);
    providers.show();
    QVERIFY(QTest::qWaitForWindowExposed(&providers));
    auto* table = UiTest::child<QTableWidget>(&providers, u"relationshipsTableWidget"_s);
    const QAbstractItemView* view = table; // QTableView hides sizeHintForColumn
    int natural = 0;
    for (int column = 0; column < table->columnCount(); ++column) {
        natural += view->sizeHintForColumn(column);
    }
    QVERIFY2(natural > table->viewport()->width(), "the columns' whole texts are wider than the table");
    const auto statusInSight = [table]() {
        QHeaderView* header = table->horizontalHeader();
        const int status = table->columnCount() - 1;
        const int right = header->sectionViewportPosition(status) + header->sectionSize(status);
        return header->sectionViewportPosition(status) >= 0 && right <= table->viewport()->width()
            && header->sectionSize(status) >= header->sectionSizeHint(status);
    };
    // The support contact is long: it gives up room and elides, the whole text its tool tip.
    QTRY_VERIFY(statusInSight());
    QCOMPARE(table->item(0, 5)->text(), u"Active"_s);
    QVERIFY(table->horizontalHeader()->sectionSize(3) < view->sizeHintForColumn(3));
    QCOMPARE(table->item(0, 3)->toolTip(), table->item(0, 3)->text());
    // Wider, every column has its whole text again.
    providers.resize(1400, 400);
    QTRY_COMPARE(table->horizontalHeader()->sectionSize(3), view->sizeHintForColumn(3));
    QVERIFY(statusInSight());
    // The headings don't sort here, and don't look as if they did.
    QVERIFY(!table->horizontalHeader()->sectionsClickable());
}

void TestIndirectPages::endAsksAndKeepsHistory_P6_data()
{
    QTest::addColumn<bool>("fromProvider");
    QTest::newRow("the reseller ends it") << false;
    QTest::newRow("the provider ends it") << true;
}

void TestIndirectPages::endAsksAndKeepsHistory_P6()
{
    QFETCH(bool, fromProvider);
    connectPair();
    std::unique_ptr<IndirectPartnersPage> page;
    if (fromProvider) {
        page = std::make_unique<IndirectResellersPage>(m_tw->workspace(), session(m_provider));
    } else {
        page = std::make_unique<IndirectProvidersPage>(m_tw->workspace(), session(m_reseller));
    }
    page->show();
    auto* table = UiTest::child<QTableWidget>(page.get(), u"relationshipsTableWidget"_s);
    QPushButton* end = UiTest::child<QPushButton>(page.get(), u"endRelationshipPushButton"_s);
    QVERIFY(!end->isEnabled());
    table->selectRow(0);
    QVERIFY(end->isEnabled());
    const QString other = fromProvider ? m_reseller.account.legal.legalName : m_provider.account.legal.legalName;

    UiTest::whenModal<QMessageBox>(
        [&](QMessageBox* box) {
            QCOMPARE(box->text(), u"End the relationship with %1?"_s.arg(other));
            QVERIFY2(box->informativeText().contains(u"submit orders or add subscriptions"_s)
                         && box->informativeText().contains(u"administrator access"_s),
                     qPrintable(box->informativeText()));
            QCOMPARE(box->defaultButton(), box->button(QMessageBox::Cancel));
            box->reject();
        },
        [&]() { QTest::mouseClick(end, Qt::LeftButton); });
    QCOMPARE(m_tw->scalar(u"SELECT status FROM indirect_relationships"_s).toString(), u"Active"_s);

    UiTest::whenModal<QMessageBox>(
        [](QMessageBox* box) {
            QTest::mouseClick(UiTest::child<QPushButton>(box, u"confirmEndPushButton"_s), Qt::LeftButton);
        },
        [&]() { QTest::mouseClick(end, Qt::LeftButton); });
    QCOMPARE(table->rowCount(), 1); // history stays
    const QString status = rowTexts(table, 0).at(5);
    QVERIFY2(status.startsWith(u"Ended on"_s), qPrintable(status));
    QVERIFY(status.contains(fromProvider ? m_provider.admin.displayName : m_reseller.admin.displayName));
    QVERIFY(!end->isEnabled());
    QVERIFY(UiTest::child<QLabel>(page.get(), u"doneLabel"_s)->text().contains(other));
    QCOMPARE(m_tw->scalar(u"SELECT status FROM indirect_relationships"_s).toString(), u"Ended"_s);
    PD_VERIFY_ERROR(
        m_tw->workspace().relationships().requireActiveRelationship(session(m_provider), m_reseller.account.id),
        ErrorCode::PermissionDenied);
}

void TestIndirectPages::endRefusedShowsWhy_P6()
{
    const IndirectRelationship made = connectPair();
    IndirectProvidersPage page(m_tw->workspace(), session(m_reseller));
    page.show();
    auto* table = UiTest::child<QTableWidget>(&page, u"relationshipsTableWidget"_s);
    table->selectRow(0);
    // Meanwhile the provider ends it.
    PD_VERIFY_OK(m_tw->workspace().relationships().end(session(m_provider), made.id));
    UiTest::whenModal<QMessageBox>(
        [](QMessageBox* box) {
            QTest::mouseClick(UiTest::child<QPushButton>(box, u"confirmEndPushButton"_s), Qt::LeftButton);
        },
        [&]() {
            QTest::mouseClick(UiTest::child<QPushButton>(&page, u"endRelationshipPushButton"_s), Qt::LeftButton);
        });
    QLabel* error = UiTest::child<QLabel>(&page, u"errorLabel"_s);
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains(u"already ended"_s), qPrintable(error->text()));
    QVERIFY(rowTexts(table, 0).at(5).startsWith(u"Ended on"_s));
}

void TestIndirectPages::viewCustomersListsShared_C7()
{
    connectPair();
    // A customer accepts the reseller's invitation with the provider: both now serve it.
    auto draft = m_tw->workspace().invitations().newDraft(
        session(m_reseller), InvitationKind::CustomerOfResellerAndProvider, u"en"_s, m_provider.account.id);
    PD_VERIFY_OK(draft);
    draft.value().recipientEmail = u"morgan@lakeside.example"_s;
    PD_VERIFY_OK(m_tw->workspace().invitations().record(session(m_reseller), draft.value()));
    NewCustomer customer = TestWorkspace::newCustomer();
    customer.company.legalName = u"Lakeside Dental Group"_s;
    PD_VERIFY_OK(m_tw->workspace().customers().acceptAsNewCustomer(draft->link, customer, true));

    // The provider's page counts it once the list shows, the relationship selected meanwhile staying so.
    IndirectResellersPage resellers(m_tw->workspace(), session(m_provider));
    resellers.show();
    auto* resellerTable = UiTest::child<QTableWidget>(&resellers, u"relationshipsTableWidget"_s);
    resellerTable->selectRow(0);
    QTRY_COMPARE(rowTexts(resellerTable, 0).at(3), u"1"_s);
    QCOMPARE(Tables::selectedRow(resellerTable), 0);
    QVERIFY(UiTest::child<QPushButton>(&resellers, u"viewCustomersPushButton"_s)->isEnabled());

    IndirectProvidersPage page(m_tw->workspace(), session(m_reseller));
    page.show();
    QPushButton* view = UiTest::child<QPushButton>(&page, u"viewCustomersPushButton"_s);
    QVERIFY(!view->isEnabled());
    UiTest::child<QTableWidget>(&page, u"relationshipsTableWidget"_s)->selectRow(0);
    QVERIFY(view->isEnabled());
    UiTest::whenModal<SharedCustomersDialog>(
        [&](SharedCustomersDialog* dialog) {
            QCOMPARE(dialog->windowTitle(), u"Customers shared with %1"_s.arg(m_provider.account.legal.legalName));
            auto* table = UiTest::child<QTableWidget>(dialog, u"sharedCustomersTableWidget"_s);
            QCOMPARE(table->rowCount(), 1);
            QCOMPARE(rowTexts(table, 0).mid(0, 3),
                     (QStringList{u"Lakeside Dental Group"_s, u"lakeside.onmicrosoft.com"_s, u"United States"_s}));
            dialog->reject();
        },
        [&]() { QTest::mouseClick(view, Qt::LeftButton); });
}

void TestIndirectPages::salesAgentSeesNoEndOrAccept_P3_P6()
{
    connectPair();
    auto sales = m_tw->addUser(m_reseller.tenant, u"jordan"_s);
    PD_VERIFY_OK(sales);
    PD_VERIFY_OK(m_tw->addRoles(m_reseller.account.id, sales->id, {PartnerRole::SalesAgent}));
    auto salesSession = m_tw->signIn(sales->upn);
    PD_VERIFY_OK(salesSession);
    IndirectProvidersPage page(m_tw->workspace(), salesSession.value());
    page.show();
    QCOMPARE(UiTest::child<QTableWidget>(&page, u"relationshipsTableWidget"_s)->rowCount(), 1);
    QVERIFY(!UiTest::child<QPushButton>(&page, u"endRelationshipPushButton"_s)->isVisible());
    QVERIFY(!UiTest::child<QPushButton>(&page, u"acceptInvitationPushButton"_s)->isVisible());
    QVERIFY(UiTest::child<QPushButton>(&page, u"findProviderPushButton"_s)->isVisible());
}

void TestIndirectPages::findProviderByCountryAndService_P1()
{
    auto spanish = m_tw->createPartner(u"altamira"_s, PartnerType::IndirectProvider, PartnerStatus::Active,
                                       {PartnerRole::AdminAgent}, u"ES"_s);
    PD_VERIFY_OK(spanish);
    PD_VERIFY_OK(m_tw->addListing(spanish->account.id, {u"ES"_s}, {ProviderService::CustomerSupport}));
    auto technical = m_tw->createPartner(u"northstar"_s, PartnerType::IndirectProvider);
    PD_VERIFY_OK(technical);
    PD_VERIFY_OK(m_tw->addListing(technical->account.id, {u"US"_s}, {ProviderService::TechnicalAssistance}));

    FindProviderPage page(m_tw->workspace(), session(m_reseller));
    page.show();
    auto* table = UiTest::child<QTableWidget>(&page, u"providersTableWidget"_s);
    QCOMPARE(table->rowCount(), 2); // those serving the United States
    QCOMPARE(rowTexts(table, 0).at(0), m_provider.account.legal.legalName);
    QVERIFY(rowTexts(table, 0).at(2).contains(u"Canada"_s));
    auto* details = UiTest::child<QLabel>(&page, u"providerDetailsLabel"_s);
    QVERIFY(details->text().contains(u"channel@provider.example"_s));

    UiTest::click(UiTest::child<QCheckBox>(&page, u"FinancingAndCreditCheckBox"_s));
    QCOMPARE(table->rowCount(), 1);
    QCOMPARE(rowTexts(table, 0).at(0), m_provider.account.legal.legalName);
    QVERIFY(rowTexts(table, 0).at(3).contains(u"Financing and credit terms"_s));
    UiTest::click(UiTest::child<QCheckBox>(&page, u"TechnicalAssistanceCheckBox"_s));
    QCOMPARE(table->rowCount(), 1);
    UiTest::click(UiTest::child<QCheckBox>(&page, u"FinancingAndCreditCheckBox"_s));
    QCOMPARE(table->rowCount(), 2);

    table->selectRow(1);
    QTest::mouseClick(UiTest::child<QPushButton>(&page, u"contactProviderPushButton"_s), Qt::LeftButton);
    QCOMPARE(m_mail.urls.size(), 1);
    QCOMPARE(m_mail.urls.constFirst().path(), u"channel@provider.example"_s);
    QVERIFY(m_mail.urls.constFirst().query(QUrl::FullyDecoded).contains(m_reseller.account.partnerId));
    auto* done = UiTest::child<QLabel>(&page, u"findProviderDoneLabel"_s);
    QVERIFY(done->isVisible());
    QCOMPARE(done->text(), u"Test Mail has a message to channel@provider.example. Send it from there."_s);

    // Without an email program the message goes on the clipboard, and the page says so.
    Email::setMailProgramFinder([]() { return QString(); });
    QApplication::clipboard()->clear();
    QTest::mouseClick(UiTest::child<QPushButton>(&page, u"contactProviderPushButton"_s), Qt::LeftButton);
    QCOMPARE(m_mail.urls.size(), 1); // nothing was opened
    QVERIFY(!done->isVisible());
    auto* error = UiTest::child<QLabel>(&page, u"findProviderErrorLabel"_s);
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().startsWith(u"No email program opened, so the message to "_s), qPrintable(error->text()));
    QVERIFY(QApplication::clipboard()->text().startsWith(u"To: channel@provider.example\n"_s));
    QVERIFY(QApplication::clipboard()->text().contains(m_reseller.account.partnerId));
    Email::setMailProgramFinder([]() { return u"Test Mail"_s; });

    auto* country = UiTest::child<QComboBox>(&page, u"countryComboBox"_s);
    country->setCurrentIndex(country->findData(u"ES"_s));
    QCOMPARE(table->rowCount(), 0);
    auto* empty = UiTest::child<QLabel>(&page, u"noProviderLabel"_s);
    QVERIFY(empty->isVisible());
    QVERIFY(empty->text().contains(u"Spain"_s));
    UiTest::click(UiTest::child<QCheckBox>(&page, u"TechnicalAssistanceCheckBox"_s));
    QCOMPARE(table->rowCount(), 1);
    QCOMPARE(rowTexts(table, 0).at(0), spanish->account.legal.legalName);
}

void TestIndirectPages::linkWhileRunningSignsInAndAuthorizes_P3_P4()
{
    auto link = m_tw->inviteReseller(session(m_provider));
    PD_VERIFY_OK(link);
    LanguageManager language;
    MainWindow window(m_tw->workspace(), language);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(!window.isSignedIn());

    // As a second launch hands it over: the dialog shows the invitation; the person signs in
    // from it, checks the box and authorizes.
    UiTest::whenModal<AcceptInvitationDialog>(
        [&](AcceptInvitationDialog* dialog) {
            QCOMPARE(UiTest::child<QLineEdit>(dialog, u"linkLineEdit"_s)->text(), link.value());
            QVERIFY(UiTest::child<QLabel>(dialog, u"fromLabel"_s)->text().contains(m_provider.account.legal.legalName));
            QCheckBox* consent = UiTest::child<QCheckBox>(dialog, u"consentCheckBox"_s);
            QVERIFY(!consent->isEnabled());
            UiTest::whenModal<SignInDialog>(
                [&](SignInDialog* signIn) {
                    UiTest::retype(UiTest::child<QLineEdit>(signIn, u"userNameLineEdit"_s), m_reseller.admin.upn);
                    UiTest::retype(UiTest::child<QLineEdit>(signIn, u"passwordLineEdit"_s),
                                   TestWorkspace::defaultPassword());
                    QTest::keyClick(UiTest::child<QLineEdit>(signIn, u"passwordLineEdit"_s), Qt::Key_Return);
                    // The password is checked on a worker thread (S10).
                    QTRY_VERIFY_WITH_TIMEOUT(!signIn->isSigningIn(), 30000);
                },
                [&]() {
                    QTest::mouseClick(UiTest::child<QPushButton>(dialog, u"signInPushButton"_s), Qt::LeftButton);
                });
            QVERIFY(consent->isEnabled());
            QPushButton* authorize = UiTest::child<QPushButton>(dialog, u"authorizeProviderPushButton"_s);
            QVERIFY(!authorize->isEnabled());
            UiTest::click(consent);
            QVERIFY(authorize->isEnabled());
            QTest::mouseClick(authorize, Qt::LeftButton);
        },
        [&]() { window.openInvitationLink(link.value()); });

    QVERIFY(window.isSignedIn());
    QCOMPARE(window.session().user.id, m_reseller.admin.id);
    auto* stack = window.findChild<QStackedWidget*>(u"pageStackedWidget"_s);
    QCOMPARE(stack->currentWidget()->objectName(), u"indirectProvidersPage"_s);
    auto* table = UiTest::child<QTableWidget>(stack->currentWidget(), u"relationshipsTableWidget"_s);
    QCOMPARE(table->rowCount(), 1);
    QCOMPARE(rowTexts(table, 0).at(0), m_provider.account.legal.legalName);

    // The same link again: used, said plainly; nothing changes.
    UiTest::whenModal<AcceptInvitationDialog>(
        [&](AcceptInvitationDialog* dialog) {
            QLabel* error = UiTest::child<QLabel>(dialog, u"linkErrorLabel"_s);
            QVERIFY(error->isVisible());
            QVERIFY(error->text().contains(u"already accepted"_s));
            QVERIFY(!UiTest::child<QPushButton>(dialog, u"authorizeProviderPushButton"_s)->isEnabled());
            dialog->reject();
        },
        [&]() { window.openInvitationLink(link.value()); });
    QCOMPARE(m_tw->count(u"indirect_relationships"_s), 1);
}

void TestIndirectPages::linkWaitsForOpenDialog()
{
    auto link = m_tw->inviteReseller(session(m_provider));
    PD_VERIFY_OK(link);
    LanguageManager language;
    MainWindow window(m_tw->workspace(), language);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.signIn(session(m_provider));

    // A link handed over while the provider has a dialog open waits for it to close: accepting
    // could sign someone else in and replace the page under that dialog.
    bool acceptShown = false;
    QTimer watch;
    connect(&watch, &QTimer::timeout, this, [&]() {
        if (auto* dialog = qobject_cast<AcceptInvitationDialog*>(QApplication::activeModalWidget())) {
            acceptShown = true;
            dialog->reject();
        }
    });
    watch.start(20);
    QMessageBox box(QMessageBox::Information, u"Busy"_s, u"A dialog of the page"_s, QMessageBox::Ok, &window);
    QTimer::singleShot(0, this, [&]() {
        window.openInvitationLink(link.value());
        QTest::qWait(600);
        QVERIFY(!acceptShown);
        box.accept();
    });
    box.exec();
    QTRY_VERIFY(acceptShown);
    QVERIFY(window.isSignedIn());
    QCOMPARE(window.session().user.id, m_provider.admin.id);
}

void TestIndirectPages::navigationFollowsPartnerType()
{
    LanguageManager language;
    MainWindow window(m_tw->workspace(), language);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.signIn(session(m_provider));
    QCOMPARE(UiTest::navigationTexts(&window),
             (QStringList{u"Home"_s, u"Customers"_s, u"Indirect resellers"_s, u"Order requests"_s, u"Referrals"_s,
                          u"Account settings"_s, u"Legal business profile"_s, u"Support profile"_s, u"Partner ID"_s,
                          u"User management"_s, u"Activity log"_s, u"Outbox"_s}));
    window.signIn(session(m_reseller));
    QCOMPARE(UiTest::navigationTexts(&window),
             (QStringList{u"Home"_s, u"Customers"_s, u"Indirect providers"_s, u"Find a provider"_s, u"Order requests"_s,
                          u"Referrals"_s, u"Account settings"_s, u"Legal business profile"_s, u"Support profile"_s,
                          u"Partner ID"_s, u"User management"_s, u"Activity log"_s, u"Outbox"_s}));
    // "Find a provider" on the Indirect providers page opens that page.
    QVERIFY(window.showPage(u"indirectProvidersPage"_s));
    auto* stack = window.findChild<QStackedWidget*>(u"pageStackedWidget"_s);
    QTest::mouseClick(UiTest::child<QPushButton>(stack->currentWidget(), u"findProviderPushButton"_s), Qt::LeftButton);
    QCOMPARE(stack->currentWidget()->objectName(), u"findProviderPage"_s);
}

QTEST_MAIN(TestIndirectPages)
#include "tst_IndirectPages.moc"
