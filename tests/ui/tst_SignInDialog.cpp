// The sign-in dialog as a person uses it: typing a user name and password, clicking Sign in or
// pressing Enter, and reading the message under the fields when sign-in is refused (ARCHITECTURE §7).
// The password is checked on a worker thread while the dialog keeps painting (S10).

#include "TestSupport.h"
#include "dialogs/SignInDialog.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QStandardPaths>
#include <QTest>
#include <QThreadPool>
#include <QTimer>

#include <memory>

using namespace Qt::StringLiterals;

namespace {
const QString Wrong = u"Wrong!Pass9"_s;
}

class TestSignInDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void passwordIsHidden();
    void signInDisabledWhileFieldsEmpty();
    void unknownUserAnsweredAsWrongPassword_S10();
    void wrongPasswordSelectsPassword();
    void fiveFailuresLock();
    void rightPasswordAccepts();
    void enterInPasswordSubmits();
    void windowKeepsPaintingWhileChecking_S10();
    void cancelWhileCheckingRecordsNothing_S10();

private:
    void showDialog();
    // Waits until the password check running on the worker thread has been answered.
    void waitForCheck();
    // A workspace at the product's password cost, so that the check lasts long enough to watch.
    void useProductCost();
    void type(const QString& userName, const QString& password);
    int failedSignIns() const;
    QString lockedUntil() const;

    std::unique_ptr<TestWorkspace> m_tw;
    TenantFixture m_contoso;
    std::unique_ptr<SignInDialog> m_dialog;
    QLineEdit* m_user = nullptr;
    QLineEdit* m_password = nullptr;
    QPushButton* m_signIn = nullptr;
    QLabel* m_error = nullptr;
};

void TestSignInDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestSignInDialog::init()
{
    m_tw = std::make_unique<TestWorkspace>();
    PD_VERIFY_OK(m_tw->openStatus());
    auto tenant = m_tw->createTenant(u"contoso"_s);
    PD_VERIFY_OK(tenant);
    m_contoso = tenant.value();
    QCOMPARE(m_contoso.admin.upn, u"admin@contoso.onmicrosoft.com"_s);

    m_dialog = std::make_unique<SignInDialog>(m_tw->workspace());
    m_user = m_dialog->findChild<QLineEdit*>(u"userNameLineEdit"_s);
    m_password = m_dialog->findChild<QLineEdit*>(u"passwordLineEdit"_s);
    m_signIn = m_dialog->findChild<QPushButton*>(u"signInPushButton"_s);
    m_error = m_dialog->findChild<QLabel*>(u"signInErrorLabel"_s);
    QVERIFY(m_user);
    QVERIFY(m_password);
    QVERIFY(m_signIn);
    QVERIFY(m_error);
    showDialog();
}

void TestSignInDialog::cleanup()
{
    m_dialog.reset();
    m_tw.reset();
}

void TestSignInDialog::showDialog()
{
    m_dialog->show();
    QApplication::setActiveWindow(m_dialog.get());
    QVERIFY(QTest::qWaitForWindowActive(m_dialog.get()));
    m_user->setFocus();
}

void TestSignInDialog::waitForCheck()
{
    QTRY_VERIFY_WITH_TIMEOUT(!m_dialog->isSigningIn(), 30000);
}

void TestSignInDialog::useProductCost()
{
    m_dialog.reset();
    m_tw = std::make_unique<TestWorkspace>(PasswordCost::product());
    PD_VERIFY_OK(m_tw->openStatus());
    auto tenant = m_tw->createTenant(u"contoso"_s);
    PD_VERIFY_OK(tenant);
    m_contoso = tenant.value();
    m_dialog = std::make_unique<SignInDialog>(m_tw->workspace());
    m_user = m_dialog->findChild<QLineEdit*>(u"userNameLineEdit"_s);
    m_password = m_dialog->findChild<QLineEdit*>(u"passwordLineEdit"_s);
    m_signIn = m_dialog->findChild<QPushButton*>(u"signInPushButton"_s);
    m_error = m_dialog->findChild<QLabel*>(u"signInErrorLabel"_s);
    showDialog();
}

void TestSignInDialog::type(const QString& userName, const QString& password)
{
    // As a person would: into the user name field, then on to the password.
    m_user->clear();
    m_password->clear();
    m_user->setFocus();
    QTest::keyClicks(m_user, userName);
    QTest::keyClick(m_user, Qt::Key_Tab);
    QTest::keyClicks(m_password, password);
}

int TestSignInDialog::failedSignIns() const
{
    return m_tw->scalar(u"SELECT failed_sign_ins FROM tenant_users WHERE id = ?"_s, {m_contoso.admin.id}).toInt();
}

QString TestSignInDialog::lockedUntil() const
{
    return m_tw->scalar(u"SELECT locked_until FROM tenant_users WHERE id = ?"_s, {m_contoso.admin.id}).toString();
}

void TestSignInDialog::passwordIsHidden()
{
    QCOMPARE(m_password->echoMode(), QLineEdit::Password);
    QCOMPARE(m_user->echoMode(), QLineEdit::Normal);
    QCOMPARE(m_signIn->text(), u"&Sign in"_s);
    QVERIFY(!m_error->isVisible());
}

void TestSignInDialog::signInDisabledWhileFieldsEmpty()
{
    QVERIFY(!m_signIn->isEnabled());
    QTest::keyClicks(m_user, m_contoso.admin.upn);
    QVERIFY2(!m_signIn->isEnabled(), "enabled with an empty password");
    QTest::keyClicks(m_password, u"x"_s);
    QVERIFY(m_signIn->isEnabled());

    m_user->selectAll();
    QTest::keyClick(m_user, Qt::Key_Backspace);
    QVERIFY(m_user->text().isEmpty());
    QVERIFY2(!m_signIn->isEnabled(), "enabled with an empty user name");
    QTest::keyClicks(m_user, u"   "_s);
    QVERIFY2(!m_signIn->isEnabled(), "enabled with a user name of spaces");

    // A disabled button can't sign anyone in, not even through Enter.
    QTest::keyClick(m_password, Qt::Key_Return);
    QVERIFY(m_dialog->isVisible());
    QVERIFY(!m_error->isVisible());
    QCOMPARE(failedSignIns(), 0);
}

void TestSignInDialog::unknownUserAnsweredAsWrongPassword_S10()
{
    const int users = m_tw->count(u"tenant_users"_s);
    const QString stranger = u"nobody@contoso.onmicrosoft.com"_s;
    type(stranger, Wrong);
    QTest::mouseClick(m_signIn, Qt::LeftButton);
    waitForCheck();

    QVERIFY(m_error->isVisible());
    // The answer a wrong password gets: nothing tells whether the name exists.
    QCOMPARE(m_error->text(), u"The user name or password is incorrect. Try again."_s);
    QVERIFY(!m_error->text().contains(stranger));
    QVERIFY(m_dialog->isVisible());
    QCOMPARE(m_dialog->result(), int(QDialog::Rejected));
    QVERIFY(m_dialog->session().user.id.isEmpty());
    // As after a wrong password: the password focused and selected, both fields kept.
    QVERIFY(m_password->hasFocus());
    QCOMPARE(m_password->selectedText(), Wrong);
    QCOMPARE(m_user->text(), stranger);
    // Nothing stored changed: no user appeared, no failure was counted against anyone.
    QCOMPARE(m_tw->count(u"tenant_users"_s), users);
    QCOMPARE(failedSignIns(), 0);
    QVERIFY(lockedUntil().isEmpty());
}

void TestSignInDialog::wrongPasswordSelectsPassword()
{
    type(m_contoso.admin.upn, Wrong);
    QTest::mouseClick(m_signIn, Qt::LeftButton);
    waitForCheck();

    QVERIFY(m_error->isVisible());
    QCOMPARE(m_error->text(), u"The user name or password is incorrect. Try again."_s);
    QVERIFY(m_dialog->isVisible());
    QCOMPARE(m_dialog->result(), int(QDialog::Rejected));
    QVERIFY(m_password->hasFocus());
    QCOMPARE(m_password->selectedText(), Wrong);
    QCOMPARE(m_user->text(), m_contoso.admin.upn);
    QCOMPARE(failedSignIns(), 1);

    // Typing the right password over the selection signs in and hides the message.
    QTest::keyClicks(m_password, TestWorkspace::defaultPassword());
    QCOMPARE(m_password->text(), TestWorkspace::defaultPassword());
    QTest::mouseClick(m_signIn, Qt::LeftButton);
    waitForCheck();
    QCOMPARE(m_dialog->result(), int(QDialog::Accepted));
    QVERIFY(!m_error->isVisible());
    QCOMPARE(failedSignIns(), 0);
}

void TestSignInDialog::fiveFailuresLock()
{
    type(m_contoso.admin.upn, Wrong);
    for (int attempt = 1; attempt <= 5; ++attempt) {
        QTest::mouseClick(m_signIn, Qt::LeftButton);
        waitForCheck();
        QVERIFY(m_dialog->isVisible());
    }
    QVERIFY2(!lockedUntil().isEmpty(), "five failures stored no lock");
    // The fifth failure itself says that the account is now locked.
    QVERIFY2(m_error->text().startsWith(
                 u"The password is incorrect, and this account is now locked after too many failed sign-ins."_s),
             qPrintable(m_error->text()));

    // Now even the right password is refused, with a message that says why and until when.
    m_password->selectAll();
    QTest::keyClicks(m_password, TestWorkspace::defaultPassword());
    QTest::mouseClick(m_signIn, Qt::LeftButton);
    waitForCheck();
    QVERIFY(m_error->isVisible());
    QVERIFY2(m_error->text().contains(u"locked"_s), qPrintable(m_error->text()));
    QVERIFY(m_error->text().startsWith(u"This account is locked after too many failed sign-ins. Try again after "_s));
    QVERIFY(m_dialog->isVisible());
    QCOMPARE(m_dialog->result(), int(QDialog::Rejected));
    QVERIFY(m_dialog->session().user.id.isEmpty());

    // The lock runs out after fifteen minutes.
    m_tw->clock().advance(16);
    QTest::mouseClick(m_signIn, Qt::LeftButton);
    waitForCheck();
    QCOMPARE(m_dialog->result(), int(QDialog::Accepted));
    QCOMPARE(m_dialog->session().user.upn, m_contoso.admin.upn);
}

void TestSignInDialog::rightPasswordAccepts()
{
    // The user name is matched without regard to case or surrounding spaces.
    type(u" Admin@Contoso.onmicrosoft.com "_s, TestWorkspace::defaultPassword());
    QTest::mouseClick(m_signIn, Qt::LeftButton);
    waitForCheck();

    QCOMPARE(m_dialog->result(), int(QDialog::Accepted));
    QVERIFY(!m_dialog->isVisible());
    QVERIFY(!m_error->isVisible());
    const Session& session = m_dialog->session();
    QCOMPARE(session.user.upn, u"admin@contoso.onmicrosoft.com"_s);
    QCOMPARE(session.user.id, m_contoso.admin.id);
    QCOMPARE(session.tenant.id, m_contoso.tenant.id);
    QCOMPARE(session.persona(), Persona::Unenrolled);
    // The password doesn't stay in memory behind the closed dialog.
    QVERIFY(m_password->text().isEmpty());
}

void TestSignInDialog::enterInPasswordSubmits()
{
    type(m_contoso.admin.upn, Wrong);
    QVERIFY(m_password->hasFocus());
    QTest::keyClick(m_password, Qt::Key_Return);
    waitForCheck();
    QCOMPARE(m_error->text(), u"The user name or password is incorrect. Try again."_s);
    QCOMPARE(failedSignIns(), 1);

    QTest::keyClicks(m_password, TestWorkspace::defaultPassword());
    QTest::keyClick(m_password, Qt::Key_Enter);
    waitForCheck();
    QCOMPARE(m_dialog->result(), int(QDialog::Accepted));
    QCOMPARE(m_dialog->session().user.upn, m_contoso.admin.upn);
}

void TestSignInDialog::windowKeepsPaintingWhileChecking_S10()
{
    useProductCost();
    auto* bar = m_dialog->findChild<QProgressBar*>(u"signInProgressBar"_s);
    auto* busy = m_dialog->findChild<QLabel*>(u"signInBusyLabel"_s);
    QVERIFY(bar);
    QVERIFY(busy);
    QVERIFY(!bar->isVisible());
    type(m_contoso.admin.upn, TestWorkspace::defaultPassword());

    // A timer of the window's event loop, counting its ticks while the password is checked and
    // whether the busy indicator was on screen then.
    int ticksWhileChecking = 0;
    bool indicatorShown = true;
    QTimer timer;
    timer.setInterval(5);
    connect(&timer, &QTimer::timeout, this, [&]() {
        if (m_dialog->isSigningIn()) {
            ++ticksWhileChecking;
            indicatorShown = indicatorShown && bar->isVisible() && busy->isVisible();
        }
    });
    timer.start();
    QTest::mouseClick(m_signIn, Qt::LeftButton);
    // Straight after the click the dialog is signing in, not frozen in the check.
    QVERIFY(m_dialog->isSigningIn());
    QVERIFY(bar->isVisible());
    QCOMPARE(busy->text(), u"Signing in…"_s);
    QVERIFY(m_user->isReadOnly());
    QVERIFY(m_password->isReadOnly());
    QVERIFY(!m_signIn->isEnabled());
    // Enter again neither starts a second check nor cancels this one.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QVERIFY(m_dialog->isSigningIn());
    waitForCheck();
    QVERIFY2(ticksWhileChecking > 0, "the event loop did not run while the password was checked");
    QVERIFY(indicatorShown);

    // And then it signs in.
    QCOMPARE(m_dialog->result(), int(QDialog::Accepted));
    QCOMPARE(m_dialog->session().user.id, m_contoso.admin.id);
    QVERIFY(!bar->isVisible());
    QVERIFY(QApplication::overrideCursor() == nullptr);
}

void TestSignInDialog::cancelWhileCheckingRecordsNothing_S10()
{
    useProductCost();
    type(m_contoso.admin.upn, Wrong);
    QTest::mouseClick(m_signIn, Qt::LeftButton);
    QVERIFY(m_dialog->isSigningIn());
    QTest::keyClick(m_dialog.get(), Qt::Key_Escape);
    QVERIFY(!m_dialog->isVisible());
    QCOMPARE(m_dialog->result(), int(QDialog::Rejected));
    QVERIFY(!m_dialog->isSigningIn());
    QVERIFY(QApplication::overrideCursor() == nullptr);
    // The check ends on its own; what it found is not recorded, and the dialog stays closed.
    QThreadPool::globalInstance()->waitForDone();
    QTest::qWait(50);
    QCOMPARE(failedSignIns(), 0);
    QVERIFY(!m_dialog->isVisible());
    QVERIFY(m_dialog->session().user.id.isEmpty());
}

QTEST_MAIN(TestSignInDialog)
#include "tst_SignInDialog.moc"
