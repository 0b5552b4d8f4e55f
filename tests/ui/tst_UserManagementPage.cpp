// Account settings > User management, driven as a person would (U1, U2): an Admin agent sees the
// users, adds one through the dialog, removes one after confirming; a Sales agent sees the list
// without the buttons and learns who the Admin agents are; demoting or removing the last Admin
// agent shows core's refusal.

#include "TestSupport.h"
#include "UiTestSupport.h"
#include "dialogs/UserDialog.h"
#include "pages/UserManagementPage.h"
#include "storage/DirectoryStore.h"
#include "storage/PartnerStore.h"

#include <QApplication>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

namespace {
const QString NewPassword = u"Avery!2026pass"_s;
}

class TestUserManagementPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void adminAgentAddsUser_U1();
    void salesAgentSeesNoButtons_U1_U2();
    void demotingLastAdminAgentRefused_U1();
    void removeUserAfterConfirming_U1();

private:
    void openPage(const Session& session);
    QTableWidget* table() const { return UiTest::child<QTableWidget>(m_page.get(), u"usersTableWidget"_s); }
    QPushButton* button(const QString& objectName) const
    {
        return UiTest::child<QPushButton>(m_page.get(), objectName);
    }
    // The dialog the page opened, once it is on screen.
    UserDialog* openDialog(const QString& objectName);
    // The texts of the row showing upn, or empty.
    QStringList rowOf(const QString& upn) const;
    int rowIndex(const QString& upn) const;
    // Clicks a check box on its indicator, where a person clicks.
    static void click(QCheckBox* box)
    {
        QTest::mouseClick(box, Qt::LeftButton, {}, QPoint(box->height() / 2, box->height() / 2));
    }

    std::unique_ptr<TestWorkspace> m_tw;
    std::unique_ptr<UserManagementPage> m_page;
    PartnerFixture m_partner;
    TenantUser m_salesUser;
};

void TestUserManagementPage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestUserManagementPage::init()
{
    m_tw = std::make_unique<TestWorkspace>();
    PD_VERIFY_OK(m_tw->openStatus());
    auto partner = m_tw->createPartner(u"harbor"_s, PartnerType::IndirectReseller);
    PD_VERIFY_OK(partner);
    m_partner = partner.value();
    auto sales = m_tw->addAgent(m_partner, u"jordan"_s, {PartnerRole::SalesAgent});
    PD_VERIFY_OK(sales);
    m_salesUser = sales.value();
}

void TestUserManagementPage::cleanup()
{
    m_page.reset();
    m_tw.reset();
}

void TestUserManagementPage::openPage(const Session& session)
{
    m_page = std::make_unique<UserManagementPage>(m_tw->workspace(), session);
    m_page->resize(800, 500);
    m_page->show();
    QApplication::setActiveWindow(m_page.get());
    QVERIFY(QTest::qWaitForWindowActive(m_page.get()));
    QCOMPARE(m_page->title(), u"User management"_s);
}

UserDialog* TestUserManagementPage::openDialog(const QString& objectName)
{
    UserDialog* dialog = nullptr;
    if (!QTest::qWaitFor([&]() {
            dialog = m_page->findChild<UserDialog*>(objectName);
            return dialog && dialog->isVisible();
        })) {
        qWarning("The dialog %s did not open", qPrintable(objectName));
        return nullptr;
    }
    return dialog;
}

QStringList TestUserManagementPage::rowOf(const QString& upn) const
{
    const int row = rowIndex(upn);
    QStringList texts;
    for (int column = 0; row >= 0 && column < table()->columnCount(); ++column) {
        texts << table()->item(row, column)->text();
    }
    return texts;
}

int TestUserManagementPage::rowIndex(const QString& upn) const
{
    for (int row = 0; row < table()->rowCount(); ++row) {
        if (table()->item(row, 1)->text() == upn) {
            return row;
        }
    }
    return -1;
}

void TestUserManagementPage::adminAgentAddsUser_U1()
{
    auto admin = m_tw->signIn(m_partner.admin.upn);
    PD_VERIFY_OK(admin);
    openPage(admin.value());
    QCOMPARE(table()->rowCount(), 2);
    QCOMPARE(rowOf(m_partner.admin.upn),
             (QStringList{u"Admin of harbor"_s, m_partner.admin.upn, u"Admin agent"_s, u"Yes"_s, u"Off"_s}));
    QCOMPARE(rowOf(m_salesUser.upn), (QStringList{u"jordan"_s, m_salesUser.upn, u"Sales agent"_s, u"Yes"_s, u"Off"_s}));
    QPushButton* add = button(u"addUserPushButton"_s);
    QVERIFY(add && add->isVisible() && add->isEnabled());
    QCOMPARE(add->text(), u"&Add user…"_s);

    QTest::mouseClick(add, Qt::LeftButton);
    UserDialog* dialog = openDialog(u"addUserDialog"_s);
    QVERIFY(dialog);
    QCOMPARE(dialog->windowTitle(), u"Add user"_s);
    auto* addButton = UiTest::child<QPushButton>(dialog, u"addPushButton"_s);
    QVERIFY(addButton);
    QVERIFY(!addButton->isEnabled());
    auto* sales = UiTest::child<QCheckBox>(dialog, u"salesAgentCheckBox"_s);
    QVERIFY(sales);
    QCOMPARE(sales->text(), u"Sales agent"_s);
    QVERIFY(!sales->toolTip().isEmpty());
    QCOMPARE(UiTest::labelOf(UiTest::child<QLineEdit>(dialog, u"userNameLineEdit"_s)), u"&User name:"_s);

    // A user name already taken in the tenant: core refuses it under the field, the dialog stays.
    UiTest::retype(UiTest::child<QLineEdit>(dialog, u"nameLineEdit"_s), u"Avery Lee"_s);
    UiTest::retype(UiTest::child<QLineEdit>(dialog, u"userNameLineEdit"_s), u"jordan"_s);
    QCOMPARE(UiTest::child<QLabel>(dialog, u"upnLabel"_s)->text(), u"Signs in as jordan@harbor.onmicrosoft.com"_s);
    UiTest::retype(UiTest::child<QLineEdit>(dialog, u"passwordLineEdit"_s), NewPassword);
    UiTest::retype(UiTest::child<QLineEdit>(dialog, u"confirmPasswordLineEdit"_s), u"Avery!2026"_s);
    click(sales);
    QVERIFY(sales->isChecked());
    QVERIFY2(!addButton->isEnabled(), "enabled with passwords that don't match");
    QCOMPARE(UiTest::child<QLabel>(dialog, u"confirmPasswordLineEditMessageLabel"_s)->text(),
             u"The two passwords don't match."_s);
    UiTest::retype(UiTest::child<QLineEdit>(dialog, u"confirmPasswordLineEdit"_s), NewPassword);
    QVERIFY(addButton->isEnabled());
    QTest::mouseClick(addButton, Qt::LeftButton);
    QVERIFY(dialog->isVisible());
    auto* userNameMessage = UiTest::child<QLabel>(dialog, u"userNameLineEditMessageLabel"_s);
    QCOMPARE(userNameMessage->text(), u"jordan@harbor.onmicrosoft.com is already taken. Choose another user name."_s);
    QVERIFY(userNameMessage->isVisible());
    QCOMPARE(m_tw->count(u"tenant_users"_s), 2);

    UiTest::retype(UiTest::child<QLineEdit>(dialog, u"userNameLineEdit"_s), u"avery"_s);
    QCOMPARE(UiTest::child<QLabel>(dialog, u"upnLabel"_s)->text(), u"Signs in as avery@harbor.onmicrosoft.com"_s);
    QTest::mouseClick(addButton, Qt::LeftButton);
    QTRY_VERIFY(!m_page->findChild<UserDialog*>(u"addUserDialog"_s)); // closed and deleted

    // The table shows the new user, selected, and the page says what happened.
    QCOMPARE(table()->rowCount(), 3);
    QCOMPARE(rowOf(u"avery@harbor.onmicrosoft.com"_s),
             (QStringList{u"Avery Lee"_s, u"avery@harbor.onmicrosoft.com"_s, u"Sales agent"_s, u"Yes"_s, u"Off"_s}));
    QVERIFY(m_page->selectedUser());
    QCOMPARE(m_page->selectedUser()->user.upn, u"avery@harbor.onmicrosoft.com"_s);
    QCOMPARE(UiTest::child<QLabel>(m_page.get(), u"userManagementDoneLabel"_s)->text(),
             u"Avery Lee was added. They sign in as avery@harbor.onmicrosoft.com."_s);

    // Stored as a user of the tenant with the role.
    auto stored = DirectoryStore::userByUpn(m_tw->db(), u"avery@harbor.onmicrosoft.com"_s);
    PD_VERIFY_OK(stored);
    QVERIFY(stored->has_value());
    QCOMPARE(stored->value().tenantId, m_partner.tenant.id);
    QCOMPARE(stored->value().displayName, u"Avery Lee"_s);
    auto roles = PartnerStore::rolesOf(m_tw->db(), m_partner.account.id, stored->value().id);
    PD_VERIFY_OK(roles);
    QCOMPARE(roles.value(), QList<PartnerRole>{PartnerRole::SalesAgent});
    PD_VERIFY_OK(m_tw->signIn(u"avery@harbor.onmicrosoft.com"_s, NewPassword));
}

void TestUserManagementPage::salesAgentSeesNoButtons_U1_U2()
{
    auto sales = m_tw->signIn(m_salesUser.upn);
    PD_VERIFY_OK(sales);
    openPage(sales.value());
    QCOMPARE(table()->rowCount(), 2);
    for (const QString& name : {u"addUserPushButton"_s, u"changeRolesPushButton"_s, u"removeUserPushButton"_s}) {
        QPushButton* hidden = button(name);
        QVERIFY(hidden);
        QVERIFY2(!hidden->isVisible(), qPrintable(name));
    }
    auto* note = UiTest::child<QLabel>(m_page.get(), u"userManagementNoteLabel"_s);
    QVERIFY(note->isVisible());
    QCOMPARE(note->text(),
             u"Only an Admin agent can add users, change roles or remove users. Ask an Admin agent of harbor Ltd: "
             "Admin of harbor (admin@harbor.onmicrosoft.com)."_s);

    // Enter on a user opens nothing.
    table()->setFocus();
    table()->selectRow(0);
    QTest::keyClick(table(), Qt::Key_Return);
    QTest::qWait(50);
    QVERIFY(!m_page->findChild<UserDialog*>());
    QVERIFY(!UiTest::child<QLabel>(m_page.get(), u"userManagementErrorLabel"_s)->isVisible());
}

void TestUserManagementPage::demotingLastAdminAgentRefused_U1()
{
    auto admin = m_tw->signIn(m_partner.admin.upn);
    PD_VERIFY_OK(admin);
    openPage(admin.value());
    QVERIFY(!button(u"changeRolesPushButton"_s)->isEnabled()); // nothing selected yet
    table()->setFocus();
    table()->selectRow(rowIndex(m_partner.admin.upn));
    QVERIFY(button(u"changeRolesPushButton"_s)->isEnabled());

    // Enter on the row opens the roles.
    QTest::keyClick(table(), Qt::Key_Return);
    UserDialog* dialog = openDialog(u"changeRolesDialog"_s);
    QVERIFY(dialog);
    QCOMPARE(dialog->windowTitle(), u"Change roles"_s);
    auto* adminBox = UiTest::child<QCheckBox>(dialog, u"adminAgentCheckBox"_s);
    auto* salesBox = UiTest::child<QCheckBox>(dialog, u"salesAgentCheckBox"_s);
    QVERIFY(adminBox && salesBox);
    QVERIFY(adminBox->isChecked());
    QVERIFY(!salesBox->isChecked());

    // No role at all is explained as you click.
    auto* save = UiTest::child<QPushButton>(dialog, u"savePushButton"_s);
    click(adminBox);
    QVERIFY(!save->isEnabled());
    auto* rolesMessage = UiTest::child<QLabel>(dialog, u"rolesWidgetMessageLabel"_s);
    QCOMPARE(rolesMessage->text(), u"Choose at least one role."_s);
    click(salesBox);
    QVERIFY(save->isEnabled());
    QVERIFY(!rolesMessage->isVisible());

    QTest::mouseClick(save, Qt::LeftButton);
    QVERIFY(dialog->isVisible());
    QVERIFY(rolesMessage->isVisible());
    QCOMPARE(rolesMessage->text(),
             u"Admin of harbor is the last Admin agent of harbor Ltd. The last Admin agent can't be removed or "
             "demoted: make another user an Admin agent first."_s);
    auto roles = PartnerStore::rolesOf(m_tw->db(), m_partner.account.id, m_partner.admin.id);
    PD_VERIFY_OK(roles);
    QCOMPARE(roles.value(), QList<PartnerRole>{PartnerRole::AdminAgent});

    QTest::mouseClick(UiTest::child<QPushButton>(dialog, u"cancelPushButton"_s), Qt::LeftButton);
    QTRY_VERIFY(!m_page->findChild<UserDialog*>());
    QCOMPARE(rowOf(m_partner.admin.upn).value(2), u"Admin agent"_s);
}

void TestUserManagementPage::removeUserAfterConfirming_U1()
{
    auto admin = m_tw->signIn(m_partner.admin.upn);
    PD_VERIFY_OK(admin);
    openPage(admin.value());

    table()->selectRow(rowIndex(m_salesUser.upn));
    QTest::mouseClick(button(u"removeUserPushButton"_s), Qt::LeftButton);
    QMessageBox* box = nullptr;
    QVERIFY(QTest::qWaitFor([&]() {
        box = m_page->findChild<QMessageBox*>(u"removeUserMessageBox"_s);
        return box && box->isVisible();
    }));
    QCOMPARE(box->text(),
             u"Remove jordan (jordan@harbor.onmicrosoft.com)? They lose their roles and can no longer sign in."_s);
    QTest::mouseClick(UiTest::child<QPushButton>(box, u"confirmRemovePushButton"_s), Qt::LeftButton);
    QTRY_VERIFY(!m_page->findChild<QMessageBox*>());

    QCOMPARE(rowOf(m_salesUser.upn), (QStringList{u"jordan"_s, m_salesUser.upn, u"None"_s, u"No"_s, u"Off"_s}));
    QCOMPARE(UiTest::child<QLabel>(m_page.get(), u"userManagementDoneLabel"_s)->text(), u"jordan was removed."_s);
    QVERIFY(!button(u"removeUserPushButton"_s)->isEnabled()); // already removed
    PD_VERIFY_ERROR(m_tw->signIn(m_salesUser.upn), ErrorCode::Disabled);

    // Removing the last Admin agent: core's refusal in the page's message label.
    table()->selectRow(rowIndex(m_partner.admin.upn));
    QTest::mouseClick(button(u"removeUserPushButton"_s), Qt::LeftButton);
    QVERIFY(QTest::qWaitFor([&]() {
        box = m_page->findChild<QMessageBox*>(u"removeUserMessageBox"_s);
        return box && box->isVisible();
    }));
    QTest::mouseClick(UiTest::child<QPushButton>(box, u"confirmRemovePushButton"_s), Qt::LeftButton);
    auto* error = UiTest::child<QLabel>(m_page.get(), u"userManagementErrorLabel"_s);
    QTRY_VERIFY(error->isVisible());
    QCOMPARE(error->text(),
             u"Admin of harbor is the last Admin agent of harbor Ltd. The last Admin agent can't be removed or "
             "demoted: make another user an Admin agent first."_s);
    QCOMPARE(rowOf(m_partner.admin.upn).value(3), u"Yes"_s);
}

QTEST_MAIN(TestUserManagementPage)
#include "tst_UserManagementPage.moc"
