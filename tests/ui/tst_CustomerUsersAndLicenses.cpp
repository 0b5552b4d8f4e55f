// A customer's Users and Licenses tabs driven as a person would (C4, C6, U2, V1): the reseller
// with delegated admin adds a user through the dialog and reads the temporary password once,
// disables, enables and resets a password; assigns licenses until core refuses one more (C6) and
// unassigns one; a provider and a reseller's Sales agent read why they can't change anything.

#include "TestSupport.h"
#include "UiTestSupport.h"
#include "dialogs/CustomerUserDialog.h"
#include "services/CustomerManagementService.h"
#include "services/LicenseService.h"
#include "services/OrderService.h"
#include "storage/SqlQuery.h"
#include "widgets/CustomerLicensesTab.h"
#include "widgets/CustomerUsersTab.h"

#include <QAccessible>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

namespace {
const QString OfferName = u"Microsoft 365 Business Standard"_s;
const QString Domain = u"lakeside.onmicrosoft.com"_s;
} // namespace

class TestCustomerUsersAndLicenses : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void usersTabListsUsers_C4();
    void addUserShowsPasswordOnce_C4();
    void addUserRefusalStaysInDialog_C4();
    void disableAndEnable_C4();
    void lastGlobalAdministratorRefusedInTab_C4();
    void resetPasswordAfterConfirming_C4();
    void assignShowsCount_C6();
    void assignBeyondQuantityShowsCoreRefusal_C6();
    void unassign_C6();
    void providerSeesReasonWithoutButtons_C4_V1();
    void providerSeesLicensesReadOnly_C4_V1();
    void salesAgentSeesReason_U2();
    void noSubscriptionsSaysWhoAddsThem_C5();
    void keyboardReachesTablesAndButtons();
    void helpdeskSeesAdministratorsLocked_S1();
    void coreRefusalShownWhenRoleRemoved_S1();

private:
    // The provider orders quantity licenses of Microsoft 365 Business Standard for the customer.
    QString subscribe(const QString& customerId, int quantity);
    std::unique_ptr<CustomerUsersTab> openUsersTab(const Session& session);
    std::unique_ptr<CustomerLicensesTab> openLicensesTab(const Session& session);
    static QStringList rowTexts(const QTableWidget* table, int row);
    // The row of table whose column 1 (the UPN) is upn, or -1.
    static int rowOf(const QTableWidget* table, const QString& upn);
    static QStringList comboTexts(const QComboBox* combo);
    // The visible, open child dialog of parent with this objectName, once it is on screen.
    template <typename T>
    static T* openedDialog(const QWidget* parent, const QString& objectName);
    int assignedCount() const;
    QString upn(const QString& userName) const { return userName + u'@' + Domain; }
    Session partnerUser(const PartnerFixture& partner, const QString& name, const QList<PartnerRole>& roles);

    std::unique_ptr<TestWorkspace> m_tw;
    ChannelFixture m_channel;
    ServedCustomer m_customer;
    QString m_subscriptionId; // 2 × Microsoft 365 Business Standard
    TenantUser m_jordan;
    TenantUser m_casey;
};

void TestCustomerUsersAndLicenses::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestCustomerUsersAndLicenses::init()
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
    m_subscriptionId = subscribe(m_customer.customerId, 2);
    QVERIFY(!m_subscriptionId.isEmpty());
    auto jordan = m_tw->addUser(m_customer.tenant, u"jordan"_s);
    PD_VERIFY_OK(jordan);
    m_jordan = jordan.value();
    auto casey = m_tw->addUser(m_customer.tenant, u"casey"_s);
    PD_VERIFY_OK(casey);
    m_casey = casey.value();
}

void TestCustomerUsersAndLicenses::cleanup()
{
    m_tw.reset();
}

QString TestCustomerUsersAndLicenses::subscribe(const QString& customerId, int quantity)
{
    auto offers = m_tw->workspace().orders().offers();
    if (!offers) {
        qWarning("%s", qPrintable(offers.errorString()));
        return {};
    }
    OrderDraft draft;
    draft.customerId = customerId;
    draft.resellerAccountId = m_channel.reseller.account.id;
    draft.line.type = TransactionType::New;
    for (const Offer& offer : offers.value()) {
        if (offer.name == OfferName) {
            draft.line.offerId = offer.id;
            draft.line.term = offer.terms.constFirst();
        }
    }
    draft.line.quantity = quantity;
    auto order = m_tw->workspace().orders().submit(m_channel.providerSession, draft);
    if (!order) {
        qWarning("%s", qPrintable(order.errorString()));
        return {};
    }
    return order->lines.constFirst().subscriptionId;
}

std::unique_ptr<CustomerUsersTab> TestCustomerUsersAndLicenses::openUsersTab(const Session& session)
{
    auto tab = std::make_unique<CustomerUsersTab>(m_tw->workspace(), session, m_customer.customerId);
    tab->resize(800, 400);
    tab->retranslateUi();
    tab->reload();
    tab->show();
    QApplication::setActiveWindow(tab.get());
    if (!QTest::qWaitForWindowActive(tab.get())) {
        qWarning("the users tab did not come up");
    }
    return tab;
}

std::unique_ptr<CustomerLicensesTab> TestCustomerUsersAndLicenses::openLicensesTab(const Session& session)
{
    auto tab = std::make_unique<CustomerLicensesTab>(m_tw->workspace(), session, m_customer.customerId);
    tab->resize(800, 400);
    tab->retranslateUi();
    tab->reload();
    tab->show();
    QApplication::setActiveWindow(tab.get());
    if (!QTest::qWaitForWindowActive(tab.get())) {
        qWarning("the licenses tab did not come up");
    }
    return tab;
}

QStringList TestCustomerUsersAndLicenses::rowTexts(const QTableWidget* table, int row)
{
    QStringList texts;
    for (int column = 0; row >= 0 && column < table->columnCount(); ++column) {
        texts << (table->item(row, column) ? table->item(row, column)->text() : QString());
    }
    return texts;
}

int TestCustomerUsersAndLicenses::rowOf(const QTableWidget* table, const QString& upn)
{
    for (int row = 0; row < table->rowCount(); ++row) {
        if (table->item(row, 1) && table->item(row, 1)->text() == upn) {
            return row;
        }
    }
    return -1;
}

QStringList TestCustomerUsersAndLicenses::comboTexts(const QComboBox* combo)
{
    QStringList texts;
    for (int i = 0; i < combo->count(); ++i) {
        texts << combo->itemText(i);
    }
    return texts;
}

template <typename T>
T* TestCustomerUsersAndLicenses::openedDialog(const QWidget* parent, const QString& objectName)
{
    T* dialog = nullptr;
    if (!QTest::qWaitFor([&]() {
            dialog = parent->findChild<T*>(objectName);
            return dialog && dialog->isVisible();
        })) {
        qWarning("%s did not open", qPrintable(objectName));
        return nullptr;
    }
    return dialog;
}

int TestCustomerUsersAndLicenses::assignedCount() const
{
    return m_tw->scalar(u"SELECT count(*) FROM license_assignments WHERE subscription_id = ?"_s, {m_subscriptionId})
        .toInt();
}

Session TestCustomerUsersAndLicenses::partnerUser(const PartnerFixture& partner, const QString& name,
                                                  const QList<PartnerRole>& roles)
{
    auto user = m_tw->addUser(partner.tenant, name);
    if (!user || !m_tw->addRoles(partner.account.id, user->id, roles)) {
        qWarning("could not add %s", qPrintable(name));
        return {};
    }
    auto session = m_tw->signIn(user->upn);
    return session ? session.value() : Session();
}

void TestCustomerUsersAndLicenses::usersTabListsUsers_C4()
{
    PD_VERIFY_OK(m_tw->workspace().licenses().assign(m_channel.resellerSession, m_subscriptionId, m_jordan.id));
    auto tab = openUsersTab(m_channel.resellerSession);
    QCOMPARE(tab->objectName(), u"customerUsersTab"_s);
    auto* table = UiTest::child<QTableWidget>(tab.get(), u"customerUsersTableWidget"_s);
    QVERIFY(table && table->isVisible());
    QStringList headers;
    for (int column = 0; column < table->columnCount(); ++column) {
        headers << table->horizontalHeaderItem(column)->text();
    }
    QCOMPARE(headers, (QStringList{u"Name"_s, u"User name (UPN)"_s, u"Role"_s, u"Status"_s, u"Licenses"_s}));
    QCOMPARE(table->rowCount(), 3);
    QCOMPARE(rowTexts(table, rowOf(table, upn(u"morgan"_s))),
             (QStringList{u"Morgan Lee"_s, upn(u"morgan"_s), u"Global administrator"_s, u"Enabled"_s, u"0"_s}));
    QCOMPARE(rowTexts(table, rowOf(table, m_jordan.upn)),
             (QStringList{u"jordan"_s, m_jordan.upn, u"User"_s, u"Enabled"_s, u"1"_s}));
    QVERIFY(!UiTest::child<QLabel>(tab.get(), u"accessLabel"_s)->isVisible());

    // Nothing selected: only Add is available.
    QVERIFY(UiTest::child<QPushButton>(tab.get(), u"addCustomerUserPushButton"_s)->isEnabled());
    for (const QString& name :
         {u"editCustomerUserPushButton"_s, u"enableDisableUserPushButton"_s, u"resetPasswordPushButton"_s}) {
        auto* button = UiTest::child<QPushButton>(tab.get(), name);
        QVERIFY2(button->isVisible() && !button->isEnabled(), qPrintable(name));
    }
}

void TestCustomerUsersAndLicenses::addUserShowsPasswordOnce_C4()
{
    auto tab = openUsersTab(m_channel.resellerSession);
    QSignalSpy done(tab.get(), &CustomerTab::done);
    QSignalSpy changed(tab.get(), &CustomerTab::changed);
    auto* add = UiTest::child<QPushButton>(tab.get(), u"addCustomerUserPushButton"_s);
    QCOMPARE(add->text(), u"Add user…"_s);
    QTest::mouseClick(add, Qt::LeftButton);
    auto* dialog = openedDialog<CustomerUserDialog>(tab.get(), u"addCustomerUserDialog"_s);
    QVERIFY(dialog);
    QCOMPARE(dialog->windowTitle(), u"Add user"_s);
    QCOMPARE(UiTest::child<QLabel>(dialog, u"domainLabel"_s)->text(), u"@"_s + Domain);
    auto* name = UiTest::child<QLineEdit>(dialog, u"nameLineEdit"_s);
    auto* userName = UiTest::child<QLineEdit>(dialog, u"userNameLineEdit"_s);
    auto* role = UiTest::child<QComboBox>(dialog, u"roleComboBox"_s);
    auto* addButton = UiTest::child<QPushButton>(dialog, u"addPushButton"_s);
    QCOMPARE(UiTest::labelOf(name), u"&Name:"_s);
    QCOMPARE(comboTexts(role), (QStringList{u"User"_s, u"Global administrator"_s}));
    QCOMPARE(role->currentText(), u"User"_s);
    QVERIFY(!addButton->isEnabled());

    // Checked as typed, by core's validateUser, under the field.
    UiTest::retype(name, u"Avery Lee"_s);
    UiTest::retype(userName, u"avery lee"_s);
    auto* userNameMessage = UiTest::child<QLabel>(dialog, u"userNameWidgetMessageLabel"_s);
    QVERIFY(userNameMessage->isVisible());
    QCOMPARE(userNameMessage->text(), u"The user name can't contain spaces."_s);
    QVERIFY(!addButton->isEnabled());
    UiTest::retype(userName, u"avery"_s);
    QVERIFY(!userNameMessage->isVisible());
    QVERIFY(addButton->isEnabled());
    QTest::mouseClick(addButton, Qt::LeftButton);
    QTRY_VERIFY(!tab->findChild<CustomerUserDialog*>());

    // The password, once, with a way to copy it and what it is for.
    auto* shown = openedDialog<QDialog>(tab.get(), u"temporaryPasswordDialog"_s);
    QVERIFY(shown);
    QCOMPARE(shown->windowTitle(), u"Temporary password"_s);
    auto* passwordLineEdit = UiTest::child<QLineEdit>(shown, u"passwordLineEdit"_s);
    const QString password = passwordLineEdit->text();
    QCOMPARE(password.size(), CustomerManagementService::TemporaryPasswordLength);
    QVERIFY(passwordLineEdit->isReadOnly());
    // A screen reader says what the field is, then reads the password itself.
    QAccessibleInterface* spoken = QAccessible::queryAccessibleInterface(passwordLineEdit);
    QCOMPARE(spoken->text(QAccessible::Name), u"The temporary password of Avery Lee (%1):"_s.arg(upn(u"avery"_s)));
    QCOMPARE(spoken->text(QAccessible::Value), password);
    QCOMPARE(UiTest::child<QLabel>(shown, u"passwordNoteLabel"_s)->text(),
             u"This password won't be shown again. Give it to Avery Lee now: they sign in as "_s + upn(u"avery"_s)
                 + u" with it."_s);
    QTest::mouseClick(UiTest::child<QPushButton>(shown, u"copyPasswordPushButton"_s), Qt::LeftButton);
    QCOMPARE(QApplication::clipboard()->text(), password);

    // Stored as a hash, never as the password; and it signs in with it.
    const QString hash
        = m_tw->scalar(u"SELECT password_hash FROM tenant_users WHERE upn = ?"_s, {upn(u"avery"_s)}).toString();
    QVERIFY(!hash.isEmpty());
    QVERIFY(hash != password);
    QVERIFY(!hash.contains(password));
    PD_VERIFY_OK(m_tw->signIn(upn(u"avery"_s), password));

    // Closing it forgets it: no widget of the tab holds the password any more.
    QTest::mouseClick(UiTest::child<QPushButton>(shown, u"closePushButton"_s), Qt::LeftButton);
    QTRY_VERIFY(!tab->findChild<QDialog*>(u"temporaryPasswordDialog"_s));
    for (const QLabel* label : tab->findChildren<QLabel*>()) {
        QVERIFY(!label->text().contains(password));
    }

    auto* table = UiTest::child<QTableWidget>(tab.get(), u"customerUsersTableWidget"_s);
    QCOMPARE(table->rowCount(), 4);
    QCOMPARE(rowTexts(table, rowOf(table, upn(u"avery"_s))),
             (QStringList{u"Avery Lee"_s, upn(u"avery"_s), u"User"_s, u"Enabled"_s, u"0"_s}));
    QVERIFY(tab->selectedUser());
    QCOMPARE(tab->selectedUser()->upn, upn(u"avery"_s));
    QCOMPARE(done.count(), 1);
    QCOMPARE(done.constFirst().constFirst().toString(),
             u"Avery Lee was added. They sign in as "_s + upn(u"avery"_s) + u"."_s);
    QCOMPARE(changed.count(), 1);
}

void TestCustomerUsersAndLicenses::addUserRefusalStaysInDialog_C4()
{
    auto tab = openUsersTab(m_channel.resellerSession);
    const int users = m_tw->count(u"tenant_users"_s);
    QTest::mouseClick(UiTest::child<QPushButton>(tab.get(), u"addCustomerUserPushButton"_s), Qt::LeftButton);
    auto* dialog = openedDialog<CustomerUserDialog>(tab.get(), u"addCustomerUserDialog"_s);
    QVERIFY(dialog);
    UiTest::retype(UiTest::child<QLineEdit>(dialog, u"nameLineEdit"_s), u"Jordan Two"_s);
    UiTest::retype(UiTest::child<QLineEdit>(dialog, u"userNameLineEdit"_s), u"jordan"_s);
    QTest::mouseClick(UiTest::child<QPushButton>(dialog, u"addPushButton"_s), Qt::LeftButton);

    // Core's refusal under the field; the dialog keeps what was typed, nothing is stored.
    QVERIFY(dialog->isVisible());
    auto* message = UiTest::child<QLabel>(dialog, u"userNameWidgetMessageLabel"_s);
    QVERIFY(message->isVisible());
    QCOMPARE(message->text(), m_jordan.upn + u" is already taken. Choose another user name."_s);
    QCOMPARE(UiTest::child<QLineEdit>(dialog, u"nameLineEdit"_s)->text(), u"Jordan Two"_s);
    QCOMPARE(m_tw->count(u"tenant_users"_s), users);
    QVERIFY(!tab->findChild<QDialog*>(u"temporaryPasswordDialog"_s));

    QTest::mouseClick(UiTest::child<QPushButton>(dialog, u"cancelPushButton"_s), Qt::LeftButton);
    QTRY_VERIFY(!tab->findChild<CustomerUserDialog*>());
}

void TestCustomerUsersAndLicenses::disableAndEnable_C4()
{
    PD_VERIFY_OK(m_tw->workspace().licenses().assign(m_channel.resellerSession, m_subscriptionId, m_jordan.id));
    auto tab = openUsersTab(m_channel.resellerSession);
    QSignalSpy done(tab.get(), &CustomerTab::done);
    QSignalSpy changed(tab.get(), &CustomerTab::changed);
    auto* table = UiTest::child<QTableWidget>(tab.get(), u"customerUsersTableWidget"_s);
    auto* toggle = UiTest::child<QPushButton>(tab.get(), u"enableDisableUserPushButton"_s);
    table->selectRow(rowOf(table, m_jordan.upn));
    QVERIFY(toggle->isEnabled());
    QCOMPARE(toggle->text(), u"Disable"_s);

    QTest::mouseClick(toggle, Qt::LeftButton);
    QCOMPARE(rowTexts(table, rowOf(table, m_jordan.upn)).value(3), u"Disabled"_s);
    QCOMPARE(rowTexts(table, rowOf(table, m_jordan.upn)).value(4), u"1"_s); // the license stays
    QCOMPARE(toggle->text(), u"Enable"_s); // still selected, now disabled
    QCOMPARE(done.constLast().constFirst().toString(),
             u"jordan is disabled and can't sign in. Their licenses stay assigned until you unassign them."_s);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(m_tw->scalar(u"SELECT enabled FROM tenant_users WHERE id = ?"_s, {m_jordan.id}).toInt(), 0);
    PD_VERIFY_ERROR(m_tw->signIn(m_jordan.upn), ErrorCode::Disabled);

    // A disabled user is not offered a license.
    auto licenses = openLicensesTab(m_channel.resellerSession);
    QVERIFY(!comboTexts(UiTest::child<QComboBox>(licenses.get(), u"assignUserComboBox"_s))
                 .contains(u"jordan ("_s + m_jordan.upn + u")"_s));

    QTest::mouseClick(toggle, Qt::LeftButton);
    QCOMPARE(rowTexts(table, rowOf(table, m_jordan.upn)).value(3), u"Enabled"_s);
    QCOMPARE(toggle->text(), u"Disable"_s);
    QCOMPARE(done.constLast().constFirst().toString(), u"jordan is enabled and can sign in again."_s);
    QCOMPARE(changed.count(), 2);
    PD_VERIFY_OK(m_tw->signIn(m_jordan.upn));

    // Selecting another user: the button follows that user.
    table->selectRow(rowOf(table, upn(u"morgan"_s)));
    QCOMPARE(toggle->text(), u"Disable"_s);
}

void TestCustomerUsersAndLicenses::lastGlobalAdministratorRefusedInTab_C4()
{
    auto tab = openUsersTab(m_channel.resellerSession);
    QSignalSpy failed(tab.get(), &CustomerTab::failed);
    auto* table = UiTest::child<QTableWidget>(tab.get(), u"customerUsersTableWidget"_s);
    table->selectRow(rowOf(table, upn(u"morgan"_s)));
    QTest::mouseClick(UiTest::child<QPushButton>(tab.get(), u"enableDisableUserPushButton"_s), Qt::LeftButton);
    auto* error = UiTest::child<QLabel>(tab.get(), u"errorLabel"_s);
    QVERIFY(error->isVisible());
    const QString expected = u"Morgan Lee is the last Global administrator of "_s + m_customer.companyName
        + u" and must stay one: nobody could administer the customer's tenant otherwise. Make "
          "another user a Global administrator first."_s;
    QCOMPARE(error->text(), expected);
    QCOMPARE(failed.count(), 1);
    QCOMPARE(failed.constFirst().constFirst().toString(), expected);
    QCOMPARE(rowTexts(table, rowOf(table, upn(u"morgan"_s))).value(3), u"Enabled"_s);

    // The edit dialog shows the same refusal under the role and stays open.
    QTest::keyClick(table, Qt::Key_Return);
    auto* dialog = openedDialog<CustomerUserDialog>(tab.get(), u"editCustomerUserDialog"_s);
    QVERIFY(dialog);
    QCOMPARE(dialog->windowTitle(), u"Edit user"_s);
    auto* userName = UiTest::child<QLineEdit>(dialog, u"userNameLineEdit"_s);
    QVERIFY(userName->isReadOnly());
    QCOMPARE(userName->text(), u"morgan"_s);
    auto* role = UiTest::child<QComboBox>(dialog, u"roleComboBox"_s);
    QCOMPARE(role->currentText(), u"Global administrator"_s);
    role->setCurrentIndex(role->findText(u"User"_s));
    QTest::mouseClick(UiTest::child<QPushButton>(dialog, u"savePushButton"_s), Qt::LeftButton);
    QVERIFY(dialog->isVisible());
    auto* roleMessage = UiTest::child<QLabel>(dialog, u"roleComboBoxMessageLabel"_s);
    QVERIFY(roleMessage->isVisible());
    QCOMPARE(roleMessage->text(), expected);
    QCOMPARE(m_tw->scalar(u"SELECT count(*) FROM tenant_users WHERE upn = ? AND directory_role = 'User'"_s,
                          {upn(u"morgan"_s)})
                 .toInt(),
             0);

    // A new name saves.
    UiTest::retype(UiTest::child<QLineEdit>(dialog, u"nameLineEdit"_s), u"Morgan Lee-Hart"_s);
    role->setCurrentIndex(role->findText(u"Global administrator"_s));
    QTest::mouseClick(UiTest::child<QPushButton>(dialog, u"savePushButton"_s), Qt::LeftButton);
    QTRY_VERIFY(!tab->findChild<CustomerUserDialog*>());
    QCOMPARE(rowTexts(table, rowOf(table, upn(u"morgan"_s))).value(0), u"Morgan Lee-Hart"_s);
}

void TestCustomerUsersAndLicenses::resetPasswordAfterConfirming_C4()
{
    // Locked after repeated failed sign-ins; the tab says until when.
    for (int i = 0; i < m_tw->workspace().options().maxFailedSignIns; ++i) {
        QVERIFY(!m_tw->signIn(m_jordan.upn, u"wrong-password"_s));
    }
    const QDateTime lockedUntil = m_tw->clock().now().addSecs(qint64(m_tw->workspace().options().lockoutMinutes) * 60);
    const QString oldHash
        = m_tw->scalar(u"SELECT password_hash FROM tenant_users WHERE id = ?"_s, {m_jordan.id}).toString();
    auto tab = openUsersTab(m_channel.resellerSession);
    auto* table = UiTest::child<QTableWidget>(tab.get(), u"customerUsersTableWidget"_s);
    QCOMPARE(rowTexts(table, rowOf(table, m_jordan.upn)).value(3),
             u"Locked until "_s + QLocale().toString(lockedUntil.toLocalTime(), QLocale::ShortFormat));

    // Cancel first: nothing changes.
    table->selectRow(rowOf(table, m_jordan.upn));
    auto* reset = UiTest::child<QPushButton>(tab.get(), u"resetPasswordPushButton"_s);
    QCOMPARE(reset->text(), u"Reset password…"_s);
    QTest::mouseClick(reset, Qt::LeftButton);
    auto* box = openedDialog<QMessageBox>(tab.get(), u"resetPasswordMessageBox"_s);
    QVERIFY(box);
    QCOMPARE(box->text(),
             u"Reset the password of jordan ("_s + m_jordan.upn
                 + u")? Their current password stops working, and you get a temporary password to "
                   "give them."_s);
    box->reject();
    QTRY_VERIFY(!tab->findChild<QMessageBox*>());
    QVERIFY(!tab->findChild<QDialog*>(u"temporaryPasswordDialog"_s));
    QCOMPARE(m_tw->scalar(u"SELECT password_hash FROM tenant_users WHERE id = ?"_s, {m_jordan.id}).toString(), oldHash);

    QTest::mouseClick(reset, Qt::LeftButton);
    box = openedDialog<QMessageBox>(tab.get(), u"resetPasswordMessageBox"_s);
    QVERIFY(box);
    QTest::mouseClick(UiTest::child<QPushButton>(box, u"confirmResetPushButton"_s), Qt::LeftButton);
    auto* shown = openedDialog<QDialog>(tab.get(), u"temporaryPasswordDialog"_s);
    QVERIFY(shown);
    const QString password = UiTest::child<QLineEdit>(shown, u"passwordLineEdit"_s)->text();
    QCOMPARE(password.size(), CustomerManagementService::TemporaryPasswordLength);
    QVERIFY(UiTest::child<QLabel>(shown, u"passwordNoteLabel"_s)->text().contains(u"won't be shown again"_s));
    const QString newHash
        = m_tw->scalar(u"SELECT password_hash FROM tenant_users WHERE id = ?"_s, {m_jordan.id}).toString();
    QVERIFY(newHash != oldHash);
    QVERIFY(!newHash.contains(password));
    shown->reject();
    QTRY_VERIFY(!tab->findChild<QDialog*>(u"temporaryPasswordDialog"_s));

    // The lock is lifted and only the new password signs in.
    QCOMPARE(rowTexts(table, rowOf(table, m_jordan.upn)).value(3), u"Enabled"_s);
    PD_VERIFY_ERROR(m_tw->signIn(m_jordan.upn), ErrorCode::WrongPassword);
    PD_VERIFY_OK(m_tw->signIn(m_jordan.upn, password));
}

void TestCustomerUsersAndLicenses::assignShowsCount_C6()
{
    auto tab = openLicensesTab(m_channel.resellerSession);
    QCOMPARE(tab->objectName(), u"customerLicensesTab"_s);
    QSignalSpy done(tab.get(), &CustomerTab::done);
    QSignalSpy changed(tab.get(), &CustomerTab::changed);
    auto* subscriptions = UiTest::child<QComboBox>(tab.get(), u"subscriptionComboBox"_s);
    auto* count = UiTest::child<QLabel>(tab.get(), u"licenseCountLabel"_s);
    auto* users = UiTest::child<QComboBox>(tab.get(), u"assignUserComboBox"_s);
    auto* assign = UiTest::child<QPushButton>(tab.get(), u"assignLicensePushButton"_s);
    auto* table = UiTest::child<QTableWidget>(tab.get(), u"licenseAssignmentsTableWidget"_s);
    QCOMPARE(comboTexts(subscriptions), QStringList{OfferName + u" — 0 of 2 assigned"_s});
    QCOMPARE(count->text(), u"0 of 2 licenses assigned"_s);
    QCOMPARE(table->rowCount(), 0);
    QVERIFY(!UiTest::child<QLabel>(tab.get(), u"accessLabel"_s)->isVisible());
    QVERIFY(!UiTest::child<QLabel>(tab.get(), u"noSubscriptionsLabel"_s)->isVisible());
    const QString jordanItem = u"jordan ("_s + m_jordan.upn + u")"_s;
    // Enabled users without a license of it, by name as core lists them.
    QCOMPARE(
        comboTexts(users),
        (QStringList{u"casey ("_s + m_casey.upn + u")"_s, jordanItem, u"Morgan Lee ("_s + upn(u"morgan"_s) + u")"_s}));
    QCOMPARE(assign->text(), u"Assign"_s);

    users->setCurrentIndex(users->findText(jordanItem));
    QTest::mouseClick(assign, Qt::LeftButton);
    QCOMPARE(count->text(), u"1 of 2 licenses assigned"_s);
    QCOMPARE(subscriptions->currentText(), OfferName + u" — 1 of 2 assigned"_s);
    QCOMPARE(table->rowCount(), 1);
    QCOMPARE(rowTexts(table, 0),
             (QStringList{u"jordan"_s, m_jordan.upn,
                          QLocale().toString(m_tw->clock().now().toLocalTime().date(), QLocale::ShortFormat)}));
    QVERIFY(!comboTexts(users).contains(jordanItem)); // holds one now
    QCOMPARE(assignedCount(), 1);
    QCOMPARE(done.constLast().constFirst().toString(), u"jordan now has a license of "_s + OfferName + u"."_s);
    QCOMPARE(changed.count(), 1);
    QVERIFY(!UiTest::child<QLabel>(tab.get(), u"errorLabel"_s)->isVisible());
}

void TestCustomerUsersAndLicenses::assignBeyondQuantityShowsCoreRefusal_C6()
{
    auto tab = openLicensesTab(m_channel.resellerSession);
    QSignalSpy failed(tab.get(), &CustomerTab::failed);
    auto* count = UiTest::child<QLabel>(tab.get(), u"licenseCountLabel"_s);
    auto* users = UiTest::child<QComboBox>(tab.get(), u"assignUserComboBox"_s);
    auto* assign = UiTest::child<QPushButton>(tab.get(), u"assignLicensePushButton"_s);
    auto* error = UiTest::child<QLabel>(tab.get(), u"errorLabel"_s);
    for (const TenantUser& user : {m_jordan, m_casey}) {
        users->setCurrentIndex(users->findData(user.id));
        QVERIFY(users->currentIndex() >= 0);
        QTest::mouseClick(assign, Qt::LeftButton);
    }
    QCOMPARE(count->text(), u"2 of 2 licenses assigned"_s);
    QCOMPARE(assignedCount(), 2);
    QVERIFY(!error->isVisible());

    // All assigned: Assign stays available and core says why it refuses one more.
    QCOMPARE(comboTexts(users), QStringList{u"Morgan Lee ("_s + upn(u"morgan"_s) + u")"_s});
    QVERIFY(assign->isEnabled());
    QTest::mouseClick(assign, Qt::LeftButton);
    const QString expected = u"All 2 licenses of "_s + OfferName
        + u" are assigned. Ask your provider for more licenses, or unassign one first."_s;
    QVERIFY(error->isVisible());
    QCOMPARE(error->text(), expected);
    QCOMPARE(failed.count(), 1);
    QCOMPARE(failed.constFirst().constFirst().toString(), expected);
    QCOMPARE(assignedCount(), 2);
    QCOMPARE(count->text(), u"2 of 2 licenses assigned"_s);
    QCOMPARE(UiTest::child<QTableWidget>(tab.get(), u"licenseAssignmentsTableWidget"_s)->rowCount(), 2);
}

void TestCustomerUsersAndLicenses::unassign_C6()
{
    PD_VERIFY_OK(m_tw->workspace().licenses().assign(m_channel.resellerSession, m_subscriptionId, m_jordan.id));
    PD_VERIFY_OK(m_tw->workspace().licenses().assign(m_channel.resellerSession, m_subscriptionId, m_casey.id));
    auto tab = openLicensesTab(m_channel.resellerSession);
    QSignalSpy done(tab.get(), &CustomerTab::done);
    auto* table = UiTest::child<QTableWidget>(tab.get(), u"licenseAssignmentsTableWidget"_s);
    auto* unassign = UiTest::child<QPushButton>(tab.get(), u"unassignLicensePushButton"_s);
    QCOMPARE(table->rowCount(), 2);
    QCOMPARE(unassign->text(), u"Unassign"_s);
    QVERIFY(!unassign->isEnabled()); // nothing selected
    table->selectRow(rowOf(table, m_jordan.upn));
    QVERIFY(unassign->isEnabled());
    QTest::mouseClick(unassign, Qt::LeftButton);

    QCOMPARE(UiTest::child<QLabel>(tab.get(), u"licenseCountLabel"_s)->text(), u"1 of 2 licenses assigned"_s);
    QCOMPARE(table->rowCount(), 1);
    QCOMPARE(rowOf(table, m_jordan.upn), -1);
    QCOMPARE(assignedCount(), 1);
    QCOMPARE(m_tw->scalar(u"SELECT count(*) FROM license_assignments WHERE user_id = ?"_s, {m_jordan.id}).toInt(), 0);
    QCOMPARE(done.constLast().constFirst().toString(), u"jordan no longer has a license of "_s + OfferName + u"."_s);
    QVERIFY(comboTexts(UiTest::child<QComboBox>(tab.get(), u"assignUserComboBox"_s))
                .contains(u"jordan ("_s + m_jordan.upn + u")"_s));
}

void TestCustomerUsersAndLicenses::providerSeesReasonWithoutButtons_C4_V1()
{
    auto access = m_tw->workspace().customerManagement().access(m_channel.providerSession, m_customer.customerId);
    PD_VERIFY_OK(access);
    QVERIFY(!access->delegatedAdmin);
    auto tab = openUsersTab(m_channel.providerSession);
    auto* reason = UiTest::child<QLabel>(tab.get(), u"accessLabel"_s);
    QVERIFY(reason->isVisible());
    QCOMPARE(reason->text(),
             u"Only the reseller of "_s + m_customer.companyName
                 + u" with administration rights manages its account and users. Ask that reseller "
                   "to make the change."_s);
    QCOMPARE(reason->text(), access->reason);
    auto* table = UiTest::child<QTableWidget>(tab.get(), u"customerUsersTableWidget"_s);
    QVERIFY(!table->isVisible());
    QCOMPARE(table->rowCount(), 0);
    for (const QString& name : {u"addCustomerUserPushButton"_s, u"editCustomerUserPushButton"_s,
                                u"enableDisableUserPushButton"_s, u"resetPasswordPushButton"_s}) {
        QVERIFY2(!UiTest::child<QPushButton>(tab.get(), name)->isVisible(), qPrintable(name));
    }
    QVERIFY(!UiTest::child<QLabel>(tab.get(), u"errorLabel"_s)->isVisible());
}

void TestCustomerUsersAndLicenses::providerSeesLicensesReadOnly_C4_V1()
{
    PD_VERIFY_OK(m_tw->workspace().licenses().assign(m_channel.resellerSession, m_subscriptionId, m_jordan.id));
    auto tab = openLicensesTab(m_channel.providerSession);
    auto* reason = UiTest::child<QLabel>(tab.get(), u"accessLabel"_s);
    QVERIFY(reason->isVisible());
    QVERIFY(reason->text().startsWith(u"Only the reseller of "_s + m_customer.companyName));
    QCOMPARE(UiTest::child<QLabel>(tab.get(), u"licenseCountLabel"_s)->text(), u"1 of 2 licenses assigned"_s);
    auto* table = UiTest::child<QTableWidget>(tab.get(), u"licenseAssignmentsTableWidget"_s);
    QVERIFY(table->isVisible());
    QCOMPARE(table->rowCount(), 1);
    QCOMPARE(rowTexts(table, 0).value(1), m_jordan.upn);
    QVERIFY(!UiTest::child<QPushButton>(tab.get(), u"unassignLicensePushButton"_s)->isVisible());
    QVERIFY(!UiTest::child<QPushButton>(tab.get(), u"assignLicensePushButton"_s)->isVisible());
    QVERIFY(!UiTest::child<QComboBox>(tab.get(), u"assignUserComboBox"_s)->isVisible());
}

void TestCustomerUsersAndLicenses::salesAgentSeesReason_U2()
{
    const Session sales = partnerUser(m_channel.reseller, u"riley"_s, {PartnerRole::SalesAgent});
    auto access = m_tw->workspace().customerManagement().access(sales, m_customer.customerId);
    PD_VERIFY_OK(access);
    QVERIFY(access->delegatedAdmin);
    QVERIFY(access->canEditAccount);
    QVERIFY(!access->canManageUsers);
    QVERIFY(!access->reason.isEmpty());

    auto users = openUsersTab(sales);
    QCOMPARE(UiTest::child<QLabel>(users.get(), u"accessLabel"_s)->text(), access->reason);
    QVERIFY(UiTest::child<QLabel>(users.get(), u"accessLabel"_s)->isVisible());
    QVERIFY(!UiTest::child<QPushButton>(users.get(), u"addCustomerUserPushButton"_s)->isVisible());

    auto licenses = openLicensesTab(sales);
    QCOMPARE(UiTest::child<QLabel>(licenses.get(), u"accessLabel"_s)->text(), access->reason);
    QVERIFY(UiTest::child<QTableWidget>(licenses.get(), u"licenseAssignmentsTableWidget"_s)->isVisible());
    QVERIFY(!UiTest::child<QPushButton>(licenses.get(), u"assignLicensePushButton"_s)->isVisible());
}

void TestCustomerUsersAndLicenses::noSubscriptionsSaysWhoAddsThem_C5()
{
    auto other = addServedCustomer(*m_tw, m_channel, true, u"northwind"_s);
    PD_VERIFY_OK(other);
    m_customer = other.value();
    auto reseller = openLicensesTab(m_channel.resellerSession);
    auto* empty = UiTest::child<QLabel>(reseller.get(), u"noSubscriptionsLabel"_s);
    QVERIFY(empty->isVisible());
    QCOMPARE(empty->text(),
             m_customer.companyName
                 + u" has no active subscription with licenses. Its provider adds subscriptions by "
                   "submitting orders; you can request an order on the Services tab."_s);
    QVERIFY(!UiTest::child<QComboBox>(reseller.get(), u"subscriptionComboBox"_s)->isVisible());
    QVERIFY(!UiTest::child<QLabel>(reseller.get(), u"licenseCountLabel"_s)->isVisible());

    auto provider = openLicensesTab(m_channel.providerSession);
    QCOMPARE(UiTest::child<QLabel>(provider.get(), u"noSubscriptionsLabel"_s)->text(),
             m_customer.companyName
                 + u" has no active subscription with licenses. You add one by submitting an order for it on the "
                   "Services tab."_s);
}

void TestCustomerUsersAndLicenses::keyboardReachesTablesAndButtons()
{
    auto users = openUsersTab(m_channel.resellerSession);
    auto* table = UiTest::child<QTableWidget>(users.get(), u"customerUsersTableWidget"_s);
    QVERIFY(table->focusPolicy() & Qt::TabFocus);
    table->setFocus();
    QTRY_VERIFY(table->hasFocus());
    QTest::keyClick(table, Qt::Key_Tab);
    QTRY_COMPARE(QApplication::focusWidget(),
                 static_cast<QWidget*>(UiTest::child<QPushButton>(users.get(), u"addCustomerUserPushButton"_s)));
    // No mnemonic on the tab's buttons: the Customers page holds the Alt keys.
    for (const QPushButton* button : users->findChildren<QPushButton*>()) {
        QVERIFY2(!button->text().contains(u'&'), qPrintable(button->text()));
    }

    auto licenses = openLicensesTab(m_channel.resellerSession);
    auto* assignments = UiTest::child<QTableWidget>(licenses.get(), u"licenseAssignmentsTableWidget"_s);
    assignments->setFocus();
    QTRY_VERIFY(assignments->hasFocus());
    QTest::keyClick(assignments, Qt::Key_Tab);
    // Unassign is disabled until a row is chosen, so Tab goes on to the users to assign.
    QTRY_COMPARE(QApplication::focusWidget(),
                 static_cast<QWidget*>(UiTest::child<QComboBox>(licenses.get(), u"assignUserComboBox"_s)));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QTRY_COMPARE(QApplication::focusWidget(),
                 static_cast<QWidget*>(UiTest::child<QPushButton>(licenses.get(), u"assignLicensePushButton"_s)));
    for (const QPushButton* button : licenses->findChildren<QPushButton*>()) {
        QVERIFY2(!button->text().contains(u'&'), qPrintable(button->text()));
    }
}

void TestCustomerUsersAndLicenses::helpdeskSeesAdministratorsLocked_S1()
{
    const Session helpdesk = partnerUser(m_channel.reseller, u"avery"_s, {PartnerRole::HelpdeskAgent});
    const QString reason = u"Only an Admin agent of "_s + m_channel.reseller.account.legal.legalName
        + u" creates, changes, disables or enables a Global administrator of "_s + m_customer.companyName
        + u" or resets their password."_s;
    auto tab = openUsersTab(helpdesk);
    auto* table = UiTest::child<QTableWidget>(tab.get(), u"customerUsersTableWidget"_s);
    auto* note = UiTest::child<QLabel>(tab.get(), u"administratorNoteLabel"_s);
    QVERIFY(table && note);
    QVERIFY(table->isVisible());
    QVERIFY(!note->isVisible());
    const QStringList rowButtons{u"editCustomerUserPushButton"_s, u"enableDisableUserPushButton"_s,
                                 u"resetPasswordPushButton"_s};

    // The Global administrator's row: nothing to change, and the reason next to the buttons.
    table->selectRow(rowOf(table, upn(u"morgan"_s)));
    for (const QString& name : rowButtons) {
        auto* button = UiTest::child<QPushButton>(tab.get(), name);
        QVERIFY2(button->isVisible() && !button->isEnabled(), qPrintable(name));
        QCOMPARE(button->toolTip(), reason);
    }
    QVERIFY(note->isVisible());
    QCOMPARE(note->text(), reason);
    // Enter on the row opens nothing.
    QTest::keyClick(table, Qt::Key_Return);
    QVERIFY(!tab->findChild<CustomerUserDialog*>());

    // An ordinary user's row: a Helpdesk agent edits, disables and resets it.
    table->selectRow(rowOf(table, m_jordan.upn));
    for (const QString& name : rowButtons) {
        auto* button = UiTest::child<QPushButton>(tab.get(), name);
        QVERIFY2(button->isEnabled(), qPrintable(name));
        QVERIFY(button->toolTip().isEmpty());
    }
    QVERIFY(!note->isVisible());

    // Neither a new user nor an edited one is offered the Global administrator role.
    QTest::mouseClick(UiTest::child<QPushButton>(tab.get(), u"addCustomerUserPushButton"_s), Qt::LeftButton);
    auto* add = openedDialog<CustomerUserDialog>(tab.get(), u"addCustomerUserDialog"_s);
    QVERIFY(add);
    auto* role = UiTest::child<QComboBox>(add, u"roleComboBox"_s);
    QCOMPARE(comboTexts(role), QStringList{u"User"_s});
    QCOMPARE(role->toolTip(), reason);
    add->reject();
    QTRY_VERIFY(!tab->findChild<CustomerUserDialog*>());
    QTest::mouseClick(UiTest::child<QPushButton>(tab.get(), u"editCustomerUserPushButton"_s), Qt::LeftButton);
    auto* edit = openedDialog<CustomerUserDialog>(tab.get(), u"editCustomerUserDialog"_s);
    QVERIFY(edit);
    QCOMPARE(comboTexts(UiTest::child<QComboBox>(edit, u"roleComboBox"_s)), QStringList{u"User"_s});
    edit->reject();
    QTRY_VERIFY(!tab->findChild<CustomerUserDialog*>());

    // The reseller's Admin agent sees both roles and may change the administrator.
    auto admin = openUsersTab(m_channel.resellerSession);
    auto* adminTable = UiTest::child<QTableWidget>(admin.get(), u"customerUsersTableWidget"_s);
    adminTable->selectRow(rowOf(adminTable, upn(u"morgan"_s)));
    QVERIFY(UiTest::child<QPushButton>(admin.get(), u"resetPasswordPushButton"_s)->isEnabled());
    QVERIFY(!UiTest::child<QLabel>(admin.get(), u"administratorNoteLabel"_s)->isVisible());
}

void TestCustomerUsersAndLicenses::coreRefusalShownWhenRoleRemoved_S1()
{
    // The tab opened while Avery was an Admin agent; the role is removed before they click.
    const Session avery
        = partnerUser(m_channel.reseller, u"avery"_s, {PartnerRole::AdminAgent, PartnerRole::HelpdeskAgent});
    auto tab = openUsersTab(avery);
    QSignalSpy failed(tab.get(), &CustomerTab::failed);
    auto* table = UiTest::child<QTableWidget>(tab.get(), u"customerUsersTableWidget"_s);
    table->selectRow(rowOf(table, upn(u"morgan"_s)));
    auto* reset = UiTest::child<QPushButton>(tab.get(), u"resetPasswordPushButton"_s);
    QVERIFY(reset->isEnabled());
    PD_VERIFY_OK(SqlQuery::run(m_tw->db(), u"DELETE FROM partner_roles WHERE user_id = ? AND role = 'AdminAgent'"_s,
                               {avery.user.id}));
    const QStringList before = m_tw->snapshot();
    const QString hash
        = m_tw->scalar(u"SELECT password_hash FROM tenant_users WHERE upn = ?"_s, {upn(u"morgan"_s)}).toString();

    QTest::mouseClick(reset, Qt::LeftButton);
    auto* box = openedDialog<QMessageBox>(tab.get(), u"resetPasswordMessageBox"_s);
    QVERIFY(box);
    QTest::mouseClick(UiTest::child<QPushButton>(box, u"confirmResetPushButton"_s), Qt::LeftButton);
    const QString expected = u"Morgan Lee is a Global administrator of "_s + m_customer.companyName
        + u": only an Admin agent of "_s + m_channel.reseller.account.legal.legalName
        + u" can change, disable or enable them or reset their password."_s;
    auto* error = UiTest::child<QLabel>(tab.get(), u"errorLabel"_s);
    QTRY_VERIFY(error->isVisible());
    QCOMPARE(error->text(), expected);
    QCOMPARE(failed.count(), 1);
    QVERIFY(!tab->findChild<QDialog*>(u"temporaryPasswordDialog"_s));
    QCOMPARE(m_tw->snapshot(), before);
    QCOMPARE(m_tw->scalar(u"SELECT password_hash FROM tenant_users WHERE upn = ?"_s, {upn(u"morgan"_s)}).toString(),
             hash);
}

QTEST_MAIN(TestCustomerUsersAndLicenses)
#include "tst_CustomerUsersAndLicenses.moc"
