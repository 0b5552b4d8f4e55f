// Two-step verification as a person meets it (issue 10, MFA): setting it up from User management
// (a QR code, the key beside it, a code to confirm, then ten recovery codes shown once), the code
// asked for after the password at sign-in, and the setup a partner's requirement brings into
// sign-in. The workspace clock is fixed, so the test computes the codes the app would show.

#include "TestSupport.h"
#include "UiTestSupport.h"
#include "dialogs/SignInDialog.h"
#include "dialogs/TwoStepSetupDialog.h"
#include "pages/UserManagementPage.h"
#include "security/Totp.h"
#include "services/MfaService.h"

#include <QApplication>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

class TestMfaDialogs : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void setUpFromUserManagement_MFA();
    void signInAsksForCodeAfterPassword_MFA();
    void signInWithRecoveryCode_MFA();
    void requiredSetupDuringSignIn_MFA();

private:
    // Does what a person does in the setup dialog: reads the key, types the app's code, saves
    // the recovery codes. Returns the codes shown.
    QStringList completeSetup(TwoStepSetupDialog* dialog);
    // A sign-in dialog, shown, with user name and password typed and Sign in clicked.
    std::unique_ptr<SignInDialog> signInDialog(const QString& upn);
    static void show(QWidget* widget)
    {
        widget->show();
        QApplication::setActiveWindow(widget);
        QVERIFY(QTest::qWaitForWindowActive(widget));
    }

    std::unique_ptr<TestWorkspace> m_tw;
    PartnerFixture m_partner;
    TenantUser m_salesUser;
};

void TestMfaDialogs::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestMfaDialogs::init()
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

void TestMfaDialogs::cleanup()
{
    m_tw.reset();
}

QStringList TestMfaDialogs::completeSetup(TwoStepSetupDialog* dialog)
{
    auto* qr = UiTest::child<QLabel>(dialog, u"qrCodeLabel"_s);
    auto* key = UiTest::child<QLabel>(dialog, u"secretKeyLabel"_s);
    auto* code = UiTest::child<QLineEdit>(dialog, u"verificationCodeLineEdit"_s);
    auto* verify = UiTest::child<QPushButton>(dialog, u"verifyPushButton"_s);
    auto* error = UiTest::child<QLabel>(dialog, u"twoStepErrorLabel"_s);
    if (!qr || !key || !code || !verify || !error) {
        return {};
    }
    // A QR code large enough to scan, named for screen readers, and the key in groups of four.
    const QPixmap pixmap = qr->pixmap();
    if (pixmap.isNull() || pixmap.width() < 200 || qr->accessibleName().isEmpty()) {
        qWarning("no QR code shown");
        return {};
    }
    const std::optional<QByteArray> secret = Totp::fromBase32(key->text());
    if (!key->text().contains(u' ') || !secret || secret->size() != Totp::SecretBytes) {
        qWarning("no key shown: %s", qPrintable(key->text()));
        return {};
    }
    // A code two steps off is refused under the field; the app's current code confirms.
    UiTest::retype(code, Totp::code(*secret, m_tw->clock().now().addSecs(90)));
    QTest::mouseClick(verify, Qt::LeftButton);
    if (!error->isVisible() || !error->text().contains(u"doesn't match"_s)) {
        qWarning("a wrong code was not refused: %s", qPrintable(error->text()));
        return {};
    }
    UiTest::retype(code, Totp::code(*secret, m_tw->clock().now()));
    QTest::keyClick(code, Qt::Key_Return);

    auto* codes = UiTest::child<QPlainTextEdit>(dialog, u"recoveryCodesPlainTextEdit"_s);
    auto* saved = UiTest::child<QCheckBox>(dialog, u"savedRecoveryCodesCheckBox"_s);
    auto* done = UiTest::child<QPushButton>(dialog, u"donePushButton"_s);
    if (!codes || !saved || !done || !codes->isVisible() || done->isEnabled()) {
        qWarning("the recovery codes are not shown, or Done is enabled before they are saved");
        return {};
    }
    // The key is gone once confirmed; Escape doesn't close before the codes are saved.
    if (!key->text().isEmpty()) {
        qWarning("the key is still shown");
        return {};
    }
    QTest::keyClick(dialog, Qt::Key_Escape);
    if (!dialog->isVisible()) {
        qWarning("Escape closed the dialog with the codes unsaved");
        return {};
    }
    const QStringList shown = codes->toPlainText().split(QRegularExpression(u"\\s+"_s), Qt::SkipEmptyParts);
    UiTest::click(saved);
    QTest::mouseClick(done, Qt::LeftButton);
    return shown;
}

void TestMfaDialogs::setUpFromUserManagement_MFA()
{
    auto sales = m_tw->signIn(m_salesUser.upn);
    PD_VERIFY_OK(sales);
    UserManagementPage page(m_tw->workspace(), sales.value());
    page.resize(900, 600);
    show(&page);
    auto* status = UiTest::child<QLabel>(&page, u"twoStepStatusLabel"_s);
    QVERIFY(status->text().startsWith(u"Two-step verification is off for you."_s));
    // A Sales agent neither requires nor resets.
    QVERIFY(!UiTest::child<QCheckBox>(&page, u"requireTwoStepCheckBox"_s)->isVisible());
    QVERIFY(!UiTest::child<QPushButton>(&page, u"resetTwoStepPushButton"_s)->isVisible());

    auto* setUp = UiTest::child<QPushButton>(&page, u"setUpTwoStepPushButton"_s);
    QCOMPARE(setUp->text(), u"Set &up two-step verification…"_s);
    QTest::mouseClick(setUp, Qt::LeftButton);
    TwoStepSetupDialog* dialog = nullptr;
    QVERIFY(QTest::qWaitFor([&]() {
        dialog = page.findChild<TwoStepSetupDialog*>();
        return dialog && dialog->isVisible();
    }));
    QCOMPARE(dialog->windowTitle(), u"Set up two-step verification"_s);
    const QStringList codes = completeSetup(dialog);
    QCOMPARE(codes.size(), 10);
    for (const QString& code : codes) {
        QVERIFY2(QRegularExpression(u"^[A-Z2-7]{4}(-[A-Z2-7]{4}){3}$"_s).match(code).hasMatch(), qPrintable(code));
    }
    QTRY_VERIFY(!page.findChild<TwoStepSetupDialog*>());

    QVERIFY2(status->text().startsWith(u"Two-step verification is on for you since"_s), qPrintable(status->text()));
    QVERIFY2(status->text().contains(u"Recovery codes left: 10."_s), qPrintable(status->text()));
    QCOMPARE(setUp->text(), u"Set up &again…"_s);
    auto* table = UiTest::child<QTableWidget>(&page, u"usersTableWidget"_s);
    for (int row = 0; row < table->rowCount(); ++row) {
        QCOMPARE(table->item(row, 4)->text(), table->item(row, 1)->text() == m_salesUser.upn ? u"On"_s : u"Off"_s);
    }
    QCOMPARE(m_tw->scalar(u"SELECT count(*) FROM mfa_recovery_codes WHERE user_id = ?"_s, {m_salesUser.id}).toInt(),
             10);
}

std::unique_ptr<SignInDialog> TestMfaDialogs::signInDialog(const QString& upn)
{
    auto dialog = std::make_unique<SignInDialog>(m_tw->workspace());
    show(dialog.get());
    auto* user = UiTest::child<QLineEdit>(dialog.get(), u"userNameLineEdit"_s);
    auto* password = UiTest::child<QLineEdit>(dialog.get(), u"passwordLineEdit"_s);
    QTest::keyClicks(user, upn);
    QTest::keyClicks(password, TestWorkspace::defaultPassword());
    return dialog;
}

void TestMfaDialogs::signInAsksForCodeAfterPassword_MFA()
{
    auto sales = m_tw->signIn(m_salesUser.upn);
    PD_VERIFY_OK(sales);
    const MfaService::Setup setup = MfaService::newSetup(m_salesUser.upn);
    PD_VERIFY_OK(
        m_tw->workspace().mfa().enroll(sales.value(), setup.secret, Totp::code(setup.secret, m_tw->clock().now())));
    m_tw->clock().advanceSeconds(30);

    auto dialog = signInDialog(m_salesUser.upn);
    auto* signIn = UiTest::child<QPushButton>(dialog.get(), u"signInPushButton"_s);
    auto* code = UiTest::child<QLineEdit>(dialog.get(), u"signInCodeLineEdit"_s);
    auto* error = UiTest::child<QLabel>(dialog.get(), u"signInErrorLabel"_s);
    QVERIFY(!code->isVisible());
    QTest::mouseClick(signIn, Qt::LeftButton);
    // S10: the password is checked on a worker thread.
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isSigningIn(), 30000);
    // The second step: the code field instead of the password, no session yet.
    QVERIFY(dialog->isVisible());
    QVERIFY(code->isVisible());
    QVERIFY(code->hasFocus());
    QVERIFY(!UiTest::child<QLineEdit>(dialog.get(), u"passwordLineEdit"_s)->isVisible());
    QCOMPARE(UiTest::labelOf(code), u"Enter the 6-digit &code from your authenticator app:"_s);
    QCOMPARE(signIn->text(), u"&Verify"_s);
    QVERIFY(!error->isVisible());
    QVERIFY(dialog->session().user.id.isEmpty());

    QTest::keyClicks(code, u"000000"_s);
    QTest::mouseClick(signIn, Qt::LeftButton);
    QVERIFY(dialog->isVisible());
    QVERIFY(error->isVisible());
    QCOMPARE(error->text(), u"The code is incorrect. Enter the code your app shows now, or an unused recovery code."_s);
    QCOMPARE(m_tw->scalar(u"SELECT failed_sign_ins FROM tenant_users WHERE id = ?"_s, {m_salesUser.id}).toInt(), 1);
    // The wrong code is gone: Enter again doesn't count it twice.
    QVERIFY(code->text().isEmpty());
    QVERIFY(code->hasFocus());
    QVERIFY(!signIn->isEnabled());
    QTest::keyClick(code, Qt::Key_Return);
    QCOMPARE(m_tw->scalar(u"SELECT failed_sign_ins FROM tenant_users WHERE id = ?"_s, {m_salesUser.id}).toInt(), 1);

    UiTest::retype(code, Totp::code(setup.secret, m_tw->clock().now()));
    QTest::keyClick(code, Qt::Key_Return);
    QVERIFY(!dialog->isVisible());
    QCOMPARE(dialog->result(), int(QDialog::Accepted));
    QCOMPARE(dialog->session().user.id, m_salesUser.id);
    QCOMPARE(m_tw->scalar(u"SELECT failed_sign_ins FROM tenant_users WHERE id = ?"_s, {m_salesUser.id}).toInt(), 0);
}

void TestMfaDialogs::signInWithRecoveryCode_MFA()
{
    auto sales = m_tw->signIn(m_salesUser.upn);
    PD_VERIFY_OK(sales);
    const MfaService::Setup setup = MfaService::newSetup(m_salesUser.upn);
    auto codes
        = m_tw->workspace().mfa().enroll(sales.value(), setup.secret, Totp::code(setup.secret, m_tw->clock().now()));
    PD_VERIFY_OK(codes);

    auto dialog = signInDialog(m_salesUser.upn);
    QTest::mouseClick(UiTest::child<QPushButton>(dialog.get(), u"signInPushButton"_s), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isSigningIn(), 30000);
    auto* code = UiTest::child<QLineEdit>(dialog.get(), u"signInCodeLineEdit"_s);
    auto* recovery = UiTest::child<QPushButton>(dialog.get(), u"useRecoveryCodePushButton"_s);
    QVERIFY(recovery->isVisible());
    QCOMPARE(recovery->text(), u"Use a &recovery code instead"_s);
    QTest::mouseClick(recovery, Qt::LeftButton);
    QCOMPARE(UiTest::labelOf(code), u"Enter one of your recovery &codes:"_s);
    QTest::keyClicks(code, codes->at(2));
    QTest::keyClick(code, Qt::Key_Return);
    QVERIFY(!dialog->isVisible());
    QCOMPARE(dialog->session().user.id, m_salesUser.id);
}

void TestMfaDialogs::requiredSetupDuringSignIn_MFA()
{
    auto admin = m_tw->signIn(m_partner.admin.upn);
    PD_VERIFY_OK(admin);
    PD_VERIFY_OK(m_tw->workspace().mfa().setRequired(admin.value(), true));

    auto dialog = signInDialog(m_salesUser.upn);
    QStringList codes;
    QString intro;
    UiTest::whenModal<TwoStepSetupDialog>(
        [&](TwoStepSetupDialog* setup) {
            intro = UiTest::child<QLabel>(setup, u"twoStepIntroLabel"_s)->text();
            codes = completeSetup(setup);
        },
        [&]() {
            QTest::mouseClick(UiTest::child<QPushButton>(dialog.get(), u"signInPushButton"_s), Qt::LeftButton);
            QTRY_VERIFY_WITH_TIMEOUT(!dialog->isSigningIn(), 30000);
        });
    QVERIFY2(intro.startsWith(u"Your organization requires two-step verification."_s), qPrintable(intro));
    QCOMPARE(codes.size(), 10);
    QVERIFY(!dialog->isVisible());
    QCOMPARE(dialog->session().user.id, m_salesUser.id);
    QCOMPARE(m_tw->scalar(u"SELECT count(*) FROM user_mfa WHERE user_id = ?"_s, {m_salesUser.id}).toInt(), 1);
}

QTEST_MAIN(TestMfaDialogs)
#include "tst_MfaDialogs.moc"
