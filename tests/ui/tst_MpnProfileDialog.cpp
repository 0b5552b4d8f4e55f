// The program administrator adds an MPN profile through the dialog on Directory > MPN profiles,
// and changes a profile's status there: what they see as they type, and what is stored.

#include "TestSupport.h"
#include "UiTestSupport.h"
#include "dialogs/MpnProfileDialog.h"
#include "pages/DirectoryPage.h"
#include "services/DirectoryService.h"
#include "storage/DirectoryStore.h"
#include "widgets/CountryComboBox.h"

#include <QComboBox>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTimer>
#include <QtTest>

using namespace Qt::StringLiterals;

class TestMpnProfileDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void newAccountNeedsPassword();
    void addsToExistingAccount();
    void duplicatePartnerIdShownAsTyped();
    void directoryPageChangesStatus();

private:
    void type(QDialog& dialog, const QString& name, const QString& text);

    std::unique_ptr<TestWorkspace> m_tw;
    Session m_admin;
};

void TestMpnProfileDialog::init()
{
    m_tw = std::make_unique<TestWorkspace>();
    PD_VERIFY_OK(m_tw->openStatus());
    auto admin = m_tw->createProgramAdministrator();
    PD_VERIFY_OK(admin);
    m_admin = admin.value();
}

void TestMpnProfileDialog::cleanup()
{
    m_tw.reset();
}

void TestMpnProfileDialog::type(QDialog& dialog, const QString& name, const QString& text)
{
    UiTest::retype(UiTest::child<QLineEdit>(&dialog, name), text);
}

void TestMpnProfileDialog::newAccountNeedsPassword()
{
    MpnProfileDialog dialog(m_tw->workspace(), m_admin);
    dialog.show();
    auto* add = UiTest::child<QPushButton>(&dialog, u"addPushButton"_s);
    auto* password = UiTest::child<QLineEdit>(&dialog, u"pmcPasswordLineEdit"_s);
    QVERIFY(add && password);
    QVERIFY(!add->isEnabled());
    QCOMPARE(UiTest::child<CountryComboBox>(&dialog, u"countryComboBox"_s)->code(), u"US"_s);

    type(dialog, u"pmcUserNameLineEdit"_s, u"fabrikam.pmc"_s);
    QCOMPARE(UiTest::child<QLabel>(&dialog, u"pmcAccountHintLabel"_s)->text(),
             u"No account has this user name yet: it is created with the password below."_s);
    QVERIFY(password->isEnabled());
    type(dialog, u"partnerIdLineEdit"_s, u"12345"_s);
    QCOMPARE(UiTest::child<QLabel>(&dialog, u"partnerIdLineEditMessageLabel"_s)->text(),
             u"A Partner ID has 6 or 7 digits. Enter a number such as 1234567."_s);
    type(dialog, u"partnerIdLineEdit"_s, u"7654321"_s);
    QVERIFY(!UiTest::child<QLabel>(&dialog, u"partnerIdLineEditMessageLabel"_s)->isVisible());
    type(dialog, u"organizationLineEdit"_s, u"Fabrikam Consulting"_s);
    QVERIFY2(!add->isEnabled(), "a new PMC account has no password yet");
    type(dialog, u"pmcPasswordLineEdit"_s, u"Pmc!2026pass"_s);
    QVERIFY(add->isEnabled());

    QTest::mouseClick(add, Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(dialog.partnerId(), u"7654321"_s);
    auto profile = DirectoryStore::mpnProfile(m_tw->db(), u"7654321"_s);
    PD_VERIFY_OK(profile);
    QVERIFY(profile->has_value());
    QCOMPARE(profile->value().organizationName, u"Fabrikam Consulting"_s);
    QCOMPARE(profile->value().country, u"US"_s);
    PD_VERIFY_OK(m_tw->workspace().directory().signInPmc(u"fabrikam.pmc"_s, u"Pmc!2026pass"_s));
}

void TestMpnProfileDialog::addsToExistingAccount()
{
    PD_VERIFY_OK(m_tw->createPmcAccount(u"fabrikam.pmc"_s));
    MpnProfileDialog dialog(m_tw->workspace(), m_admin);
    dialog.show();
    type(dialog, u"pmcUserNameLineEdit"_s, u"Fabrikam.PMC"_s);
    QCOMPARE(UiTest::child<QLabel>(&dialog, u"pmcAccountHintLabel"_s)->text(),
             u"This Partner Membership Center account exists: the profile is added to it."_s);
    QVERIFY(!UiTest::child<QLineEdit>(&dialog, u"pmcPasswordLineEdit"_s)->isEnabled());
    type(dialog, u"partnerIdLineEdit"_s, u"7654322"_s);
    type(dialog, u"organizationLineEdit"_s, u"Fabrikam Consulting (Monterrey)"_s);
    auto* status = UiTest::child<QComboBox>(&dialog, u"statusComboBox"_s);
    status->setCurrentIndex(status->findData(u"Inactive"_s));
    auto* add = UiTest::child<QPushButton>(&dialog, u"addPushButton"_s);
    QVERIFY(add->isEnabled());
    QTest::mouseClick(add, Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(m_tw->count(u"pmc_accounts"_s), 1);
    QCOMPARE(m_tw->scalar(u"SELECT status FROM mpn_profiles WHERE partner_id = '7654322'"_s).toString(), u"Inactive"_s);
}

void TestMpnProfileDialog::duplicatePartnerIdShownAsTyped()
{
    auto pmc = m_tw->createPmcAccount(u"fabrikam.pmc"_s);
    PD_VERIFY_OK(pmc);
    PD_VERIFY_OK(m_tw->addMpnProfile(pmc.value(), u"7654321"_s, u"US"_s, MpnStatus::Active, u"Fabrikam"_s));
    MpnProfileDialog dialog(m_tw->workspace(), m_admin);
    dialog.show();
    type(dialog, u"partnerIdLineEdit"_s, u"7654321"_s);
    QCOMPARE(UiTest::child<QLabel>(&dialog, u"partnerIdLineEditMessageLabel"_s)->text(),
             u"The Partner ID 7654321 already belongs to Fabrikam."_s);
    QVERIFY(!UiTest::child<QPushButton>(&dialog, u"addPushButton"_s)->isEnabled());
}

void TestMpnProfileDialog::directoryPageChangesStatus()
{
    auto pmc = m_tw->createPmcAccount(u"fabrikam.pmc"_s);
    PD_VERIFY_OK(pmc);
    PD_VERIFY_OK(m_tw->addMpnProfile(pmc.value(), u"7654321"_s, u"US"_s, MpnStatus::Active, u"Fabrikam"_s));
    DirectoryPage page(m_tw->workspace(), m_admin);
    page.show();
    auto* table = UiTest::child<QTableWidget>(&page, u"mpnProfilesTableWidget"_s);
    auto* change = UiTest::child<QPushButton>(&page, u"changeMpnStatusPushButton"_s);
    QVERIFY(table && change);
    QCOMPARE(table->rowCount(), 1);
    QVERIFY2(!change->isEnabled(), "nothing is selected yet");
    table->selectRow(0);
    QVERIFY(change->isEnabled());

    QTimer::singleShot(0, this, []() {
        auto* input = qobject_cast<QInputDialog*>(QApplication::activeModalWidget());
        if (input) {
            input->setTextValue(u"Suspended"_s);
            input->accept();
        }
    });
    QTest::mouseClick(change, Qt::LeftButton);
    QCOMPARE(m_tw->scalar(u"SELECT status FROM mpn_profiles WHERE partner_id = '7654321'"_s).toString(),
             u"Suspended"_s);
    QCOMPARE(table->item(0, 3)->text(), u"Suspended"_s);
}

QTEST_MAIN(TestMpnProfileDialog)
#include "tst_MpnProfileDialog.moc"
