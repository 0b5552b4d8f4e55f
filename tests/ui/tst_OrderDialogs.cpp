// Orders driven as people would (C5, C6): a provider adds a subscription from a customer's
// Services tab through the order dialog, which checks the choices as they change and names the
// relationship that is missing; a change below what is assigned is refused with core's words; a
// reseller raises an order request, which the provider fulfills or declines on its Order requests
// page, and the reseller reads the outcome there.

#include "TestSupport.h"
#include "UiTestSupport.h"
#include "dialogs/OrderDialog.h"
#include "dialogs/OrderRequestDialog.h"
#include "pages/OrderRequestsPage.h"
#include "services/LicenseService.h"
#include "services/OrderService.h"
#include "services/RelationshipService.h"
#include "storage/PartnerStore.h"
#include "widgets/CustomerServicesTab.h"
#include "widgets/Labels.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

class TestOrderDialogs : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void c5_orderRefusalNamesTheRelationship_data();
    void c5_orderRefusalNamesTheRelationship();
    void c5_newSubscriptionThroughDialog();
    void endedProviderNoLongerReadsCustomer_S3();
    void c5_termAndQuantityFollowTheOffer();
    void c6_changeBelowAssignedRefused();
    void c5_requestRefusedWithoutServingProvider();
    void c5_requestFulfilledOnRequestsPage();
    void c5_declineWithReasonShownToReseller();
    void c5_onlyWhoMayOrderSeesTheButtons_U2();
    void accelerators();

private:
    static QStringList rowTexts(const QTableWidget* table, int row);
    static void choose(QComboBox* combo, const QString& text);
    // Subscribes the customer to offerId through core and returns the subscription's id.
    QString subscribe(int quantity, const QString& offerId = u"m365-business-standard"_s);
    // Raises a request through core for a new subscription to Office 365 E3.
    QString raiseRequest();
    QString resellerName() const { return m_channel.reseller.account.legal.legalName; }
    QString providerName() const { return m_channel.provider.account.legal.legalName; }

    std::unique_ptr<TestWorkspace> m_tw;
    ChannelFixture m_channel;
    ServedCustomer m_customer;
};

QStringList TestOrderDialogs::rowTexts(const QTableWidget* table, int row)
{
    QStringList texts;
    for (int column = 0; column < table->columnCount(); ++column) {
        texts << (table->item(row, column) ? table->item(row, column)->text() : QString());
    }
    return texts;
}

void TestOrderDialogs::choose(QComboBox* combo, const QString& text)
{
    QVERIFY(combo);
    const int index = combo->findText(text);
    QVERIFY2(index >= 0, qPrintable(u"no item %1 in %2"_s.arg(text, combo->objectName())));
    combo->setCurrentIndex(index);
}

void TestOrderDialogs::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestOrderDialogs::init()
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
}

void TestOrderDialogs::cleanup()
{
    m_tw.reset();
}

QString TestOrderDialogs::subscribe(int quantity, const QString& offerId)
{
    OrderDraft draft;
    draft.customerId = m_customer.customerId;
    draft.resellerAccountId = m_channel.reseller.account.id;
    draft.line.offerId = offerId;
    draft.line.term = offerId == "azure-plan"_L1 ? Term::P1M : Term::P1Y;
    draft.line.quantity = quantity;
    auto order = m_tw->workspace().orders().submit(m_channel.providerSession, draft);
    if (!order) {
        qWarning("%s", qPrintable(order.errorString()));
        return {};
    }
    return order->lines.constFirst().subscriptionId;
}

QString TestOrderDialogs::raiseRequest()
{
    OrderRequestDraft draft;
    draft.providerAccountId = m_channel.provider.account.id;
    draft.customerId = m_customer.customerId;
    draft.line.offerId = u"o365-e3"_s;
    draft.line.term = Term::P1Y;
    draft.line.quantity = 2;
    auto request = m_tw->workspace().orders().requestOrder(m_channel.resellerSession, draft);
    if (!request) {
        qWarning("%s", qPrintable(request.errorString()));
        return {};
    }
    return request->id;
}

void TestOrderDialogs::c5_orderRefusalNamesTheRelationship_data()
{
    QTest::addColumn<QString>("change");
    QTest::addColumn<QString>("expected"); // %1: the reseller's name
    QTest::newRow("reseller suspended") << u"suspend"_s << u"The partner account of %1 is suspended"_s;
}

void TestOrderDialogs::c5_orderRefusalNamesTheRelationship()
{
    QFETCH(QString, change);
    QFETCH(QString, expected);
    if (change == "suspend"_L1) {
        PD_VERIFY_OK(PartnerStore::setStatus(m_tw->db(), m_channel.reseller.account.id, PartnerStatus::Suspended,
                                             m_tw->workspace().now()));
    }
    CustomerServicesTab tab(m_tw->workspace(), m_channel.providerSession, m_customer.customerId);
    tab.reload();
    tab.show();
    const QStringList before = m_tw->snapshot();
    UiTest::whenModal<OrderDialog>(
        [&](OrderDialog* dialog) {
            QCOMPARE(UiTest::child<QLabel>(dialog, u"customerLabel"_s)->text(), m_customer.companyName);
            auto* resellers = UiTest::child<QComboBox>(dialog, u"resellerComboBox"_s);
            QCOMPARE(resellers->count(), 0);
            QVERIFY(!resellers->isEnabled());
            auto* check = UiTest::child<QLabel>(dialog, u"orderCheckLabel"_s);
            QVERIFY(check->isVisible());
            QVERIFY2(check->text().startsWith(expected.arg(resellerName())), qPrintable(check->text()));
            auto* submit = UiTest::child<QPushButton>(dialog, u"submitOrderPushButton"_s);
            QVERIFY(!submit->isEnabled());
            // Other choices don't lift it.
            UiTest::child<QSpinBox>(dialog, u"quantitySpinBox"_s)->setValue(3);
            QVERIFY(check->text().contains(resellerName()));
            QVERIFY(!submit->isEnabled());
        },
        [&]() { QTest::mouseClick(UiTest::child<QPushButton>(&tab, u"addSubscriptionPushButton"_s), Qt::LeftButton); });
    QCOMPARE(m_tw->snapshot(), before);
    QCOMPARE(m_tw->count(u"subscriptions"_s), 0);
}

void TestOrderDialogs::endedProviderNoLongerReadsCustomer_S3()
{
    // The provider reached the customer only through the reseller: once their relationship ends,
    // the customer's services tab says it isn't one the provider serves, and lists nothing.
    auto relationships = m_tw->workspace().relationships().providersOf(m_channel.resellerSession);
    PD_VERIFY_OK(relationships);
    PD_VERIFY_OK(m_tw->workspace().relationships().end(m_channel.resellerSession, relationships->constFirst().id));
    CustomerServicesTab tab(m_tw->workspace(), m_channel.providerSession, m_customer.customerId);
    tab.reload();
    tab.show();
    auto* error = UiTest::child<QLabel>(&tab, u"errorLabel"_s);
    QVERIFY(error->isVisible());
    QCOMPARE(error->text(),
             u"This customer isn't one %1 serves. Choose a customer from your Customers page."_s.arg(providerName()));
    QCOMPARE(UiTest::child<QTableWidget>(&tab, u"subscriptionsTableWidget"_s)->rowCount(), 0);
}

void TestOrderDialogs::c5_newSubscriptionThroughDialog()
{
    CustomerServicesTab tab(m_tw->workspace(), m_channel.providerSession, m_customer.customerId);
    tab.reload();
    tab.show();
    QSignalSpy done(&tab, &CustomerTab::done);
    QSignalSpy changed(&tab, &CustomerTab::changed);
    auto* subscriptions = UiTest::child<QTableWidget>(&tab, u"subscriptionsTableWidget"_s);
    QCOMPARE(subscriptions->rowCount(), 0);
    UiTest::whenModal<OrderDialog>(
        [&](OrderDialog* dialog) {
            auto* resellers = UiTest::child<QComboBox>(dialog, u"resellerComboBox"_s);
            QCOMPARE(resellers->count(), 1);
            QCOMPARE(resellers->currentText(),
                     u"%1 (Partner ID %2)"_s.arg(resellerName(), m_channel.reseller.account.partnerId));
            choose(UiTest::child<QComboBox>(dialog, u"offerComboBox"_s), u"Office 365 E3"_s);
            choose(UiTest::child<QComboBox>(dialog, u"termComboBox"_s), u"1 year"_s);
            auto* quantity = UiTest::child<QSpinBox>(dialog, u"quantitySpinBox"_s);
            quantity->setFocus();
            quantity->selectAll();
            QTest::keyClicks(quantity, u"12"_s);
            QCOMPARE(quantity->value(), 12);
            QVERIFY(!UiTest::child<QLabel>(dialog, u"orderCheckLabel"_s)->isVisible());
            auto* submit = UiTest::child<QPushButton>(dialog, u"submitOrderPushButton"_s);
            QVERIFY(submit->isEnabled());
            QTest::mouseClick(submit, Qt::LeftButton);
            QVERIFY(!dialog->isVisible());
        },
        [&]() { QTest::mouseClick(UiTest::child<QPushButton>(&tab, u"addSubscriptionPushButton"_s), Qt::LeftButton); });

    // Stored with the reseller's Partner ID as partner on record, billed by the provider.
    QCOMPARE(m_tw->scalar(u"SELECT partner_on_record FROM orders"_s).toString(), m_channel.reseller.account.partnerId);
    QCOMPARE(m_tw->scalar(u"SELECT offer_id || ':' || quantity || ':' || term || ':' || partner_on_record || ':' || "
                          "billed_by_account_id FROM subscriptions"_s)
                 .toString(),
             u"o365-e3:12:P1Y:%1:%2"_s.arg(m_channel.reseller.account.partnerId, m_channel.provider.account.id));
    // And there on the tab, for the provider and for the reseller.
    QCOMPARE(subscriptions->rowCount(), 1);
    const QStringList row = rowTexts(subscriptions, 0);
    QCOMPARE(row,
             (QStringList{u"Office 365 E3"_s, u"12"_s, u"0"_s, u"1 year"_s, u"Active"_s,
                          u"%1 (%2)"_s.arg(resellerName(), m_channel.reseller.account.partnerId), providerName()}));
    QCOMPARE(done.size(), 1);
    QVERIFY(done.constFirst().constFirst().toString().contains(m_channel.reseller.account.partnerId));
    QCOMPARE(changed.size(), 1);
    UiTest::child<QPushButton>(&tab, u"showOrdersPushButton"_s)->click();
    auto* orders = UiTest::child<QTableWidget>(&tab, u"ordersTableWidget"_s);
    QVERIFY(orders->isVisible());
    QCOMPARE(orders->rowCount(), 1);
    const QStringList order = rowTexts(orders, 0);
    QCOMPARE(order.mid(1),
             (QStringList{u"New subscription: Office 365 E3"_s, u"12"_s,
                          u"%1 (%2)"_s.arg(m_channel.provider.admin.displayName, providerName()),
                          u"%1 (%2)"_s.arg(resellerName(), m_channel.reseller.account.partnerId)}));

    CustomerServicesTab resellerTab(m_tw->workspace(), m_channel.resellerSession, m_customer.customerId);
    resellerTab.reload();
    auto* theirs = UiTest::child<QTableWidget>(&resellerTab, u"subscriptionsTableWidget"_s);
    QCOMPARE(theirs->rowCount(), 1);
    QCOMPARE(rowTexts(theirs, 0), row);
}

void TestOrderDialogs::c5_termAndQuantityFollowTheOffer()
{
    OrderDialog dialog(m_tw->workspace(), m_channel.providerSession, m_customer.customerId);
    QVERIFY(dialog.isReady());
    auto* offers = UiTest::child<QComboBox>(&dialog, u"offerComboBox"_s);
    auto* terms = UiTest::child<QComboBox>(&dialog, u"termComboBox"_s);
    auto* quantity = UiTest::child<QSpinBox>(&dialog, u"quantitySpinBox"_s);
    QCOMPARE(offers->count(), 9);
    choose(offers, u"Microsoft Teams Essentials"_s);
    QCOMPARE(terms->count(), 2);
    choose(terms, u"1 year"_s);
    quantity->setValue(7);
    choose(offers, u"Microsoft 365 E5"_s);
    QCOMPARE(terms->count(), 3);
    QCOMPARE(terms->currentText(), u"1 year"_s); // kept where the new offer has it
    QVERIFY(quantity->isEnabled());
    choose(offers, u"Azure plan"_s);
    QCOMPARE(terms->count(), 1);
    QCOMPARE(terms->currentText(), u"Monthly"_s);
    QCOMPARE(quantity->value(), 1);
    QVERIFY(!quantity->isEnabled());
    QVERIFY(UiTest::child<QPushButton>(&dialog, u"submitOrderPushButton"_s)->isEnabled());
    QCOMPARE(dialog.draft().line.quantity, 1);

    // A subscription billed by usage has no quantity to change: cancelling is what is offered.
    QVERIFY(!subscribe(1, u"azure-plan"_s).isEmpty());
    auto subscriptions = m_tw->workspace().orders().subscriptions(m_channel.providerSession, m_customer.customerId);
    PD_VERIFY_OK(subscriptions);
    OrderDialog change(m_tw->workspace(), m_channel.providerSession, m_customer.customerId,
                       subscriptions->constFirst());
    QCOMPARE(UiTest::child<QComboBox>(&change, u"transactionTypeComboBox"_s)->currentText(), u"Cancel subscription"_s);
    QVERIFY(!UiTest::child<QSpinBox>(&change, u"quantitySpinBox"_s)->isEnabled());
    QVERIFY(UiTest::child<QPushButton>(&change, u"submitOrderPushButton"_s)->isEnabled());
}

void TestOrderDialogs::c6_changeBelowAssignedRefused()
{
    const QString id = subscribe(5);
    QVERIFY(!id.isEmpty());
    QList<TenantUser> users;
    for (int i = 1; i <= 5; ++i) {
        auto user = m_tw->addUser(m_customer.tenant, u"user%1"_s.arg(i));
        PD_VERIFY_OK(user);
        users << user.value();
    }
    for (int i = 0; i < 4; ++i) {
        PD_VERIFY_OK(m_tw->workspace().licenses().assign(m_channel.resellerSession, id, users.at(i).id));
    }
    CustomerServicesTab tab(m_tw->workspace(), m_channel.providerSession, m_customer.customerId);
    tab.reload();
    tab.show();
    auto* subscriptions = UiTest::child<QTableWidget>(&tab, u"subscriptionsTableWidget"_s);
    auto* change = UiTest::child<QPushButton>(&tab, u"changeSubscriptionPushButton"_s);
    QVERIFY(!change->isEnabled());
    subscriptions->selectRow(0);
    QVERIFY(change->isEnabled());
    const QString c6 = u"4 licenses of Microsoft 365 Business Standard are assigned to users, so the quantity can't go "
                       "below 4."_s;
    UiTest::whenModal<OrderDialog>(
        [&](OrderDialog* dialog) {
            QVERIFY(UiTest::child<QLabel>(dialog, u"subscriptionLabel"_s)->text().contains(u"4 assigned"_s));
            choose(UiTest::child<QComboBox>(dialog, u"transactionTypeComboBox"_s), u"Remove licenses"_s);
            auto* quantity = UiTest::child<QSpinBox>(dialog, u"quantitySpinBox"_s);
            auto* check = UiTest::child<QLabel>(dialog, u"orderCheckLabel"_s);
            auto* submit = UiTest::child<QPushButton>(dialog, u"submitOrderPushButton"_s);
            quantity->setValue(2);
            QVERIFY(check->isVisible());
            QVERIFY2(check->text().startsWith(c6), qPrintable(check->text()));
            QVERIFY(!submit->isEnabled());
            quantity->setValue(1);
            QVERIFY(!check->isVisible());
            QVERIFY(submit->isEnabled());
            QCOMPARE(UiTest::child<QLabel>(dialog, u"resultLabel"_s)->text(),
                     u"After this order: quantity 4, 4 assigned."_s);
            // Someone assigns one more meanwhile: Submit is refused and the dialog stays as it was.
            PD_VERIFY_OK(m_tw->workspace().licenses().assign(m_channel.resellerSession, id, users.at(4).id));
            QTest::mouseClick(submit, Qt::LeftButton);
            QVERIFY(dialog->isVisible());
            QVERIFY2(check->text().startsWith(u"5 licenses of Microsoft 365 Business Standard are assigned"_s),
                     qPrintable(check->text()));
            QCOMPARE(quantity->value(), 1);
            QVERIFY(!submit->isEnabled());
        },
        [&]() { QTest::mouseClick(change, Qt::LeftButton); });
    QCOMPARE(m_tw->scalar(u"SELECT quantity FROM subscriptions"_s).toInt(), 5);
    QCOMPARE(m_tw->count(u"orders"_s), 1);
}

void TestOrderDialogs::c5_requestRefusedWithoutServingProvider()
{
    auto alone = addServedCustomer(*m_tw, m_channel, false, u"pinecrest"_s);
    PD_VERIFY_OK(alone);
    CustomerServicesTab tab(m_tw->workspace(), m_channel.resellerSession, alone->customerId);
    tab.reload();
    tab.show();
    UiTest::whenModal<OrderRequestDialog>(
        [&](OrderRequestDialog* dialog) {
            QCOMPARE(UiTest::child<QComboBox>(dialog, u"providerComboBox"_s)->count(), 0);
            auto* check = UiTest::child<QLabel>(dialog, u"orderRequestCheckLabel"_s);
            QVERIFY(check->isVisible());
            QVERIFY2(check->text().contains(u"has a reseller relationship with %1"_s.arg(alone->companyName)),
                     qPrintable(check->text()));
            QVERIFY(!UiTest::child<QPushButton>(dialog, u"sendRequestPushButton"_s)->isEnabled());
        },
        [&]() { QTest::mouseClick(UiTest::child<QPushButton>(&tab, u"requestOrderPushButton"_s), Qt::LeftButton); });
    QCOMPARE(m_tw->count(u"order_requests"_s), 0);
}

void TestOrderDialogs::c5_requestFulfilledOnRequestsPage()
{
    CustomerServicesTab tab(m_tw->workspace(), m_channel.resellerSession, m_customer.customerId);
    tab.reload();
    tab.show();
    QSignalSpy done(&tab, &CustomerTab::done);
    UiTest::whenModal<OrderRequestDialog>(
        [&](OrderRequestDialog* dialog) {
            auto* providers = UiTest::child<QComboBox>(dialog, u"providerComboBox"_s);
            QCOMPARE(providers->count(), 1);
            QCOMPARE(providers->currentText(), providerName());
            // Only a new subscription: the customer has none to change yet.
            QCOMPARE(UiTest::child<QComboBox>(dialog, u"transactionTypeComboBox"_s)->count(), 1);
            QVERIFY(!UiTest::child<QComboBox>(dialog, u"subscriptionComboBox"_s)->isVisible());
            choose(UiTest::child<QComboBox>(dialog, u"offerComboBox"_s), u"Microsoft 365 Business Basic"_s);
            choose(UiTest::child<QComboBox>(dialog, u"termComboBox"_s), u"3 years"_s);
            UiTest::child<QSpinBox>(dialog, u"quantitySpinBox"_s)->setValue(3);
            // Enter in the note starts a new line; it doesn't send the request.
            auto* note = UiTest::child<QPlainTextEdit>(dialog, u"notePlainTextEdit"_s);
            dialog->activateWindow();
            QVERIFY(QTest::qWaitForWindowActive(dialog));
            note->setFocus();
            QTest::keyClicks(note, u"For the new office."_s);
            QTest::keyClick(note, Qt::Key_Return);
            QTest::keyClicks(note, u"Before Friday."_s);
            QVERIFY(dialog->isVisible());
            QCOMPARE(note->toPlainText(), u"For the new office.\nBefore Friday."_s);
            // Tab leaves the note for Send.
            QTest::keyClick(note, Qt::Key_Tab);
            auto* send = UiTest::child<QPushButton>(dialog, u"sendRequestPushButton"_s);
            QCOMPARE(QApplication::focusWidget(), send);
            QVERIFY(!UiTest::child<QLabel>(dialog, u"orderRequestCheckLabel"_s)->isVisible());
            QTest::mouseClick(send, Qt::LeftButton);
            QVERIFY(!dialog->isVisible());
        },
        [&]() { QTest::mouseClick(UiTest::child<QPushButton>(&tab, u"requestOrderPushButton"_s), Qt::LeftButton); });
    QCOMPARE(m_tw->count(u"order_requests"_s), 1);
    QCOMPARE(done.size(), 1);
    QCOMPARE(m_tw->count(u"subscriptions"_s), 0);

    OrderRequestsPage resellerPage(m_tw->workspace(), m_channel.resellerSession);
    resellerPage.show(); // a page reads what it lists when it is shown
    auto* theirs = UiTest::child<QTableWidget>(&resellerPage, u"orderRequestsTableWidget"_s);
    QCOMPARE(theirs->rowCount(), 1);
    QCOMPARE(rowTexts(theirs, 0).mid(1),
             (QStringList{m_customer.companyName, providerName(), u"New subscription: Microsoft 365 Business Basic"_s,
                          u"3"_s, u"3 years"_s, u"Open"_s, QString(), u"For the new office. Before Friday."_s}));
    QVERIFY(!UiTest::child<QPushButton>(&resellerPage, u"fulfillRequestPushButton"_s)->isVisibleTo(&resellerPage));

    OrderRequestsPage page(m_tw->workspace(), m_channel.providerSession);
    page.show();
    QCOMPARE(page.title(), u"Order requests"_s);
    auto* table = UiTest::child<QTableWidget>(&page, u"orderRequestsTableWidget"_s);
    auto* fulfill = UiTest::child<QPushButton>(&page, u"fulfillRequestPushButton"_s);
    QCOMPARE(table->rowCount(), 1);
    QCOMPARE(rowTexts(table, 0).at(2), u"%1 (%2)"_s.arg(resellerName(), m_channel.reseller.account.partnerId));
    QVERIFY(!fulfill->isEnabled());
    table->selectRow(0);
    QVERIFY(fulfill->isEnabled());
    // Cancel leaves it Open; confirming places the order.
    UiTest::whenModal<QMessageBox>([](QMessageBox* box) { box->reject(); },
                                   [&]() { QTest::mouseClick(fulfill, Qt::LeftButton); });
    QCOMPARE(rowTexts(table, 0).at(6), u"Open"_s);
    UiTest::whenModal<QMessageBox>(
        [&](QMessageBox* box) {
            QVERIFY(box->text().contains(m_channel.reseller.account.partnerId));
            QVERIFY(box->text().contains(u"Microsoft 365 Business Basic"_s));
            QTest::mouseClick(UiTest::child<QPushButton>(box, u"confirmFulfillPushButton"_s), Qt::LeftButton);
        },
        [&]() { QTest::mouseClick(fulfill, Qt::LeftButton); });
    QCOMPARE(rowTexts(table, 0).at(6), u"Fulfilled"_s);
    QVERIFY(rowTexts(table, 0).at(7).contains(m_channel.provider.admin.displayName));
    QVERIFY(!fulfill->isEnabled());
    QVERIFY(UiTest::child<QLabel>(&page, u"doneLabel"_s)->isVisible());

    // The subscription is there, on record for the reseller, for both sides.
    CustomerServicesTab providerTab(m_tw->workspace(), m_channel.providerSession, m_customer.customerId);
    providerTab.reload();
    auto* subscriptions = UiTest::child<QTableWidget>(&providerTab, u"subscriptionsTableWidget"_s);
    QCOMPARE(subscriptions->rowCount(), 1);
    QCOMPARE(rowTexts(subscriptions, 0).mid(0, 5),
             (QStringList{u"Microsoft 365 Business Basic"_s, u"3"_s, u"0"_s, u"3 years"_s, u"Active"_s}));
    QVERIFY(rowTexts(subscriptions, 0).at(5).contains(m_channel.reseller.account.partnerId));
    tab.reload();
    QCOMPARE(UiTest::child<QTableWidget>(&tab, u"subscriptionsTableWidget"_s)->rowCount(), 1);
    resellerPage.reload();
    QCOMPARE(rowTexts(theirs, 0).at(6), u"Fulfilled"_s);
}

void TestOrderDialogs::c5_declineWithReasonShownToReseller()
{
    QVERIFY(!raiseRequest().isEmpty());
    OrderRequestsPage page(m_tw->workspace(), m_channel.providerSession);
    page.show();
    auto* table = UiTest::child<QTableWidget>(&page, u"orderRequestsTableWidget"_s);
    auto* decline = UiTest::child<QPushButton>(&page, u"declineRequestPushButton"_s);
    auto* error = UiTest::child<QLabel>(&page, u"errorLabel"_s);
    table->selectRow(0);

    // Cancelled: what was typed waits for the next time.
    UiTest::whenModal<QInputDialog>(
        [](QInputDialog* prompt) {
            QVERIFY(prompt->textValue().isEmpty());
            prompt->setTextValue(u"  "_s);
            prompt->reject();
        },
        [&]() { QTest::mouseClick(decline, Qt::LeftButton); });
    QCOMPARE(rowTexts(table, 0).at(6), u"Open"_s);
    // Refused (no reason): the refusal is on the page and the text is kept.
    UiTest::whenModal<QInputDialog>(
        [](QInputDialog* prompt) {
            QCOMPARE(prompt->textValue(), u"  "_s);
            prompt->accept();
        },
        [&]() { QTest::mouseClick(decline, Qt::LeftButton); });
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().startsWith(u"Say why you decline the request"_s), qPrintable(error->text()));
    QCOMPARE(rowTexts(table, 0).at(6), u"Open"_s);
    UiTest::whenModal<QInputDialog>(
        [](QInputDialog* prompt) {
            QCOMPARE(prompt->textValue(), u"  "_s);
            prompt->setTextValue(u"Credit limit reached.\nTalk to us first."_s);
            prompt->accept();
        },
        [&]() { QTest::mouseClick(decline, Qt::LeftButton); });
    QVERIFY(!error->isVisible());
    QCOMPARE(rowTexts(table, 0).at(6), u"Declined"_s);
    QCOMPARE(m_tw->count(u"orders"_s), 0);

    OrderRequestsPage resellerPage(m_tw->workspace(), m_channel.resellerSession);
    resellerPage.show(); // a page reads what it lists when it is shown
    auto* theirs = UiTest::child<QTableWidget>(&resellerPage, u"orderRequestsTableWidget"_s);
    QCOMPARE(theirs->rowCount(), 1);
    const QStringList row = rowTexts(theirs, 0);
    QCOMPARE(row.at(2), providerName());
    QCOMPARE(row.at(3), u"New subscription: Office 365 E3"_s);
    QCOMPARE(row.at(6), u"Declined"_s);
    QCOMPARE(row.at(7), u"Credit limit reached. Talk to us first."_s);
    QCOMPARE(theirs->item(0, 7)->toolTip(), Labels::plainToolTip(u"Credit limit reached.\nTalk to us first."_s));
}

void TestOrderDialogs::c5_onlyWhoMayOrderSeesTheButtons_U2()
{
    auto helpdeskUser = m_tw->addUser(m_channel.provider.tenant, u"helpdesk"_s);
    PD_VERIFY_OK(helpdeskUser);
    PD_VERIFY_OK(m_tw->addRoles(m_channel.provider.account.id, helpdeskUser->id, {PartnerRole::HelpdeskAgent}));
    auto helpdesk = m_tw->signIn(helpdeskUser->upn);
    PD_VERIFY_OK(helpdesk);
    struct Case
    {
        Session session;
        bool submits;
        bool requests;
    };
    for (const Case& c : {Case{m_channel.providerSession, true, false}, Case{m_channel.resellerSession, false, true},
                          Case{helpdesk.value(), false, false}}) {
        CustomerServicesTab tab(m_tw->workspace(), c.session, m_customer.customerId);
        tab.reload();
        QCOMPARE(UiTest::child<QPushButton>(&tab, u"addSubscriptionPushButton"_s)->isVisibleTo(&tab), c.submits);
        QCOMPARE(UiTest::child<QPushButton>(&tab, u"changeSubscriptionPushButton"_s)->isVisibleTo(&tab), c.submits);
        QCOMPARE(UiTest::child<QPushButton>(&tab, u"requestOrderPushButton"_s)->isVisibleTo(&tab), c.requests);
    }
    QVERIFY(!raiseRequest().isEmpty());
    OrderRequestsPage page(m_tw->workspace(), helpdesk.value());
    page.show(); // a page reads what it lists when it is shown
    QCOMPARE(UiTest::child<QTableWidget>(&page, u"orderRequestsTableWidget"_s)->rowCount(), 1);
    QVERIFY(!UiTest::child<QPushButton>(&page, u"declineRequestPushButton"_s)->isVisibleTo(&page));
}

void TestOrderDialogs::accelerators()
{
    // The menus hold Alt+F, V and H; the Customers page Alt+S, T, R and X.
    const QStringList taken{u"F"_s, u"V"_s, u"H"_s, u"S"_s, u"T"_s, u"R"_s, u"X"_s};
    const QString id = subscribe(5);
    CustomerServicesTab providerTab(m_tw->workspace(), m_channel.providerSession, m_customer.customerId);
    CustomerServicesTab resellerTab(m_tw->workspace(), m_channel.resellerSession, m_customer.customerId);
    for (CustomerServicesTab* tab : {&providerTab, &resellerTab}) {
        tab->reload();
        // The tab sits under every expanded customer at once: it claims no Alt key.
        QCOMPARE(UiTest::mnemonics(tab), QStringList());
    }
    auto subscriptions = m_tw->workspace().orders().subscriptions(m_channel.providerSession, m_customer.customerId);
    PD_VERIFY_OK(subscriptions);
    OrderDialog adding(m_tw->workspace(), m_channel.providerSession, m_customer.customerId);
    OrderDialog changing(m_tw->workspace(), m_channel.providerSession, m_customer.customerId,
                         subscriptions->constFirst());
    OrderRequestDialog requesting(m_tw->workspace(), m_channel.resellerSession, m_customer.customerId, id);
    OrderRequestsPage page(m_tw->workspace(), m_channel.providerSession);
    for (QWidget* widget : QList<QWidget*>{&adding, &changing, &requesting, &page}) {
        const QStringList letters = UiTest::mnemonics(widget);
        QVERIFY2(!letters.isEmpty(), qPrintable(widget->objectName()));
        QCOMPARE(QSet<QString>(letters.cbegin(), letters.cend()).size(), letters.size());
        for (const QString& letter : letters) {
            QVERIFY2(!taken.contains(letter), qPrintable(widget->objectName() + u": Alt+"_s + letter));
        }
    }
}

QTEST_MAIN(TestOrderDialogs)
#include "tst_OrderDialogs.moc"
