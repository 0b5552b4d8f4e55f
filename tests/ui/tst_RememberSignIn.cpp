// "Remember me on this computer" in the sign-in dialog: the user name and password go to the
// system keychain (here a keychain in memory) once a sign-in succeeds, fill the dialog next time,
// and are forgotten when the box is cleared or the workspace no longer takes the password.
// PartnerDesk writes no password to a file of its own.

#include "MemoryKeychain.h"
#include "TestSupport.h"
#include "UiTestSupport.h"
#include "dialogs/SignInDialog.h"
#include "security/Totp.h"
#include "services/MfaService.h"

#include <QAccessible>
#include <QApplication>
#include <QCheckBox>
#include <QDirIterator>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

class TestRememberSignIn : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void offUnlessChosen();
    void rememberedSignInFillsTheDialogNextTime();
    void clearingTheBoxForgets();
    void rememberedOnceTheSecondStepIsDone();
    void anotherUserNameTakesAnotherPassword();
    void whatThePersonTypedFirstStays();
    void anotherPersonLeavesTheRememberedOneBe();
    void aPasswordNoLongerTakenIsForgotten();
    void aKeychainRefusalIsShown();
    void noKeychainNoChoice();

private:
    // A dialog over m_window, once the keychain answered.
    void open(Keychain* keychain);
    void signIn(const QString& userName, const QString& password);
    QString key() const;
    QString entry(const QString& user, const QString& password) const;
    // A sign-in this computer remembers already: in the keychain, and its workspace in the
    // settings (which hold no secret).
    void rememberAlready(const QString& user, const QString& password);
    QStringList rememberedWorkspaces() const;

    std::unique_ptr<TestWorkspace> m_tw;
    TenantFixture m_contoso;
    MemoryKeychain m_keychain;
    std::unique_ptr<QWidget> m_window;
    std::unique_ptr<SignInDialog> m_dialog;
    QLineEdit* m_user = nullptr;
    QLineEdit* m_password = nullptr;
    QCheckBox* m_remember = nullptr;
    QPushButton* m_signIn = nullptr;
    QLabel* m_error = nullptr;
};

void TestRememberSignIn::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestRememberSignIn::init()
{
    m_tw = std::make_unique<TestWorkspace>();
    PD_VERIFY_OK(m_tw->openStatus());
    auto tenant = m_tw->createTenant(u"contoso"_s);
    PD_VERIFY_OK(tenant);
    m_contoso = tenant.value();
    m_keychain = MemoryKeychain();
    QSettings().remove(u"signIn"_s);
    m_window = std::make_unique<QWidget>();
    m_window->show();
}

void TestRememberSignIn::cleanup()
{
    m_dialog.reset();
    m_window.reset();
    m_tw.reset();
}

void TestRememberSignIn::open(Keychain* keychain)
{
    m_dialog = std::make_unique<SignInDialog>(m_tw->workspace(), m_window.get(), keychain);
    m_user = UiTest::child<QLineEdit>(m_dialog.get(), u"userNameLineEdit"_s);
    m_password = UiTest::child<QLineEdit>(m_dialog.get(), u"passwordLineEdit"_s);
    m_remember = UiTest::child<QCheckBox>(m_dialog.get(), u"rememberCheckBox"_s);
    m_signIn = UiTest::child<QPushButton>(m_dialog.get(), u"signInPushButton"_s);
    m_error = UiTest::child<QLabel>(m_dialog.get(), u"signInErrorLabel"_s);
    QVERIFY(m_user && m_password && m_remember && m_signIn && m_error);
    m_dialog->show();
    QApplication::setActiveWindow(m_dialog.get());
    QVERIFY(QTest::qWaitForWindowActive(m_dialog.get()));
    // The keychain answers from the event loop.
    QTest::qWait(20);
}

void TestRememberSignIn::signIn(const QString& userName, const QString& password)
{
    UiTest::retype(m_user, userName);
    UiTest::retype(m_password, password);
    QTest::keyClick(m_password, Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(!m_dialog->isSigningIn(), 30000);
}

QString TestRememberSignIn::key() const
{
    return u"sign-in "_s + m_tw->workspace().database().location().toString();
}

QString TestRememberSignIn::entry(const QString& user, const QString& password) const
{
    return QString::fromUtf8(
        QJsonDocument(QJsonObject{{u"user"_s, user}, {u"password"_s, password}}).toJson(QJsonDocument::Compact));
}

void TestRememberSignIn::rememberAlready(const QString& user, const QString& password)
{
    m_keychain.entries.insert(key(), entry(user, password));
    QSettings().setValue(u"signIn/remembered"_s, QStringList{key()});
}

QStringList TestRememberSignIn::rememberedWorkspaces() const
{
    return QSettings().value(u"signIn/remembered"_s).toStringList();
}

void TestRememberSignIn::offUnlessChosen()
{
    open(&m_keychain);
    QVERIFY(m_remember->isVisible());
    QVERIFY(!m_remember->isChecked());
    // A screen reader names the choice, with its mnemonic gone.
    QAccessibleInterface* accessible = QAccessible::queryAccessibleInterface(m_remember);
    QVERIFY(accessible);
    QCOMPARE(accessible->text(QAccessible::Name), u"Remember me on this computer"_s);

    signIn(m_contoso.admin.upn, TestWorkspace::defaultPassword());
    QCOMPARE(m_dialog->result(), int(QDialog::Accepted));
    QTest::qWait(20);
    // The keychain wasn't even asked (no one is asked to unlock it who didn't choose this);
    // nothing kept.
    QCOMPARE(m_keychain.calls, 0);
    QVERIFY(m_keychain.entries.isEmpty());
    QVERIFY(rememberedWorkspaces().isEmpty());

    // Nor anywhere in the workspace's folder or PartnerDesk's settings and data: only the keychain
    // is ever given a password.
    QVERIFY(!m_tw->location().isShared());
    const QStringList folders{QFileInfo(m_tw->location().path()).absolutePath(),
                              QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation),
                              QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)};
    int read = 0;
    for (const QString& folder : folders) {
        QDirIterator files(folder, QDir::Files, QDirIterator::Subdirectories);
        while (files.hasNext()) {
            QFile file(files.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            QVERIFY2(!file.readAll().contains(TestWorkspace::defaultPassword().toUtf8()), qPrintable(file.fileName()));
            ++read;
        }
    }
    QVERIFY(read > 0);
}

void TestRememberSignIn::rememberedSignInFillsTheDialogNextTime()
{
    open(&m_keychain);
    UiTest::click(m_remember);
    QVERIFY(m_remember->isChecked());
    // As typed, or as the directory knows it: the user's name is kept as the directory has it.
    signIn(u" Admin@Contoso.onmicrosoft.com "_s, TestWorkspace::defaultPassword());
    QCOMPARE(m_dialog->result(), int(QDialog::Accepted));
    QTRY_COMPARE(m_keychain.entries.value(key()), entry(m_contoso.admin.upn, TestWorkspace::defaultPassword()));
    QCOMPARE(m_keychain.entries.size(), 1);
    QCOMPARE(rememberedWorkspaces(), QStringList{key()});

    open(&m_keychain);
    QCOMPARE(m_user->text(), m_contoso.admin.upn);
    QCOMPARE(m_password->text(), TestWorkspace::defaultPassword());
    QVERIFY(m_remember->isChecked());
    QVERIFY(m_signIn->hasFocus());
    QVERIFY(m_error->text().isEmpty());
    // Enter signs in.
    QTest::keyClick(m_signIn, Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(!m_dialog->isSigningIn(), 30000);
    QCOMPARE(m_dialog->result(), int(QDialog::Accepted));
    QCOMPARE(m_dialog->session().user.id, m_contoso.admin.id);
    QVERIFY(m_password->text().isEmpty());
    QCOMPARE(m_keychain.entries.value(key()), entry(m_contoso.admin.upn, TestWorkspace::defaultPassword()));
}

void TestRememberSignIn::rememberedOnceTheSecondStepIsDone()
{
    // Two-step verification is a partner user's.
    auto harbor = m_tw->createPartner(u"harbor"_s, PartnerType::IndirectReseller);
    PD_VERIFY_OK(harbor);
    const QString upn = harbor->admin.upn;
    auto admin = m_tw->signIn(upn);
    PD_VERIFY_OK(admin);
    const MfaService::Setup setup = MfaService::newSetup(upn);
    PD_VERIFY_OK(
        m_tw->workspace().mfa().enroll(admin.value(), setup.secret, Totp::code(setup.secret, m_tw->clock().now())));
    m_tw->clock().advanceSeconds(30);

    open(&m_keychain);
    UiTest::click(m_remember);
    signIn(upn, TestWorkspace::defaultPassword());
    auto* code = UiTest::child<QLineEdit>(m_dialog.get(), u"signInCodeLineEdit"_s);
    QVERIFY(code && code->isVisible());
    // Not before the second step is done.
    QVERIFY(m_keychain.entries.isEmpty());
    UiTest::retype(code, Totp::code(setup.secret, m_tw->clock().now()));
    QTest::keyClick(code, Qt::Key_Return);
    QCOMPARE(m_dialog->result(), int(QDialog::Accepted));
    QTRY_COMPARE(m_keychain.entries.value(key()), entry(upn, TestWorkspace::defaultPassword()));
    // Remembered is the password, never the second factor: next time the code is asked again.
    open(&m_keychain);
    QTest::keyClick(m_signIn, Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(!m_dialog->isSigningIn(), 30000);
    QVERIFY(m_dialog->isVisible());
    code = UiTest::child<QLineEdit>(m_dialog.get(), u"signInCodeLineEdit"_s);
    QVERIFY(code && code->isVisible() && code->hasFocus());
}

void TestRememberSignIn::clearingTheBoxForgets()
{
    rememberAlready(m_contoso.admin.upn, TestWorkspace::defaultPassword());
    m_keychain.entries.insert(u"sign-in another workspace"_s, entry(u"x@y"_s, u"z"_s));
    open(&m_keychain);
    QVERIFY(m_remember->isChecked());
    UiTest::click(m_remember);
    QVERIFY(!m_remember->isChecked());
    QTest::keyClick(m_password, Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(!m_dialog->isSigningIn(), 30000);
    QCOMPARE(m_dialog->result(), int(QDialog::Accepted));
    QTRY_VERIFY(!m_keychain.entries.contains(key()));
    // Another workspace's stays.
    QCOMPARE(m_keychain.entries.size(), 1);
    QVERIFY(rememberedWorkspaces().isEmpty());
}

void TestRememberSignIn::anotherUserNameTakesAnotherPassword()
{
    rememberAlready(m_contoso.admin.upn, TestWorkspace::defaultPassword());
    open(&m_keychain);
    QCOMPARE(m_password->text(), TestWorkspace::defaultPassword());
    m_user->setFocus();
    QTest::keyClick(m_user, Qt::Key_End);
    QTest::keyClick(m_user, Qt::Key_Backspace);
    QVERIFY(m_password->text().isEmpty());
    QVERIFY(!m_signIn->isEnabled());
    // Another person makes their own choice.
    QVERIFY(!m_remember->isChecked());
    // Typed again, the password is the person's own: putting the name back doesn't bring it back.
    QTest::keyClicks(m_user, u"m"_s);
    QVERIFY(m_password->text().isEmpty());
}

void TestRememberSignIn::whatThePersonTypedFirstStays()
{
    rememberAlready(m_contoso.admin.upn, TestWorkspace::defaultPassword());
    m_dialog = std::make_unique<SignInDialog>(m_tw->workspace(), m_window.get(), &m_keychain);
    auto* user = UiTest::child<QLineEdit>(m_dialog.get(), u"userNameLineEdit"_s);
    auto* password = UiTest::child<QLineEdit>(m_dialog.get(), u"passwordLineEdit"_s);
    QVERIFY(user && password);
    // Typed before the keychain answered.
    QTest::keyClicks(user, u"someone@contoso.onmicrosoft.com"_s);
    QTest::qWait(20);
    QCOMPARE(user->text(), u"someone@contoso.onmicrosoft.com"_s);
    QVERIFY(password->text().isEmpty());
    auto* remember = UiTest::child<QCheckBox>(m_dialog.get(), u"rememberCheckBox"_s);
    QVERIFY(remember);
    QVERIFY(!remember->isChecked());
}

void TestRememberSignIn::anotherPersonLeavesTheRememberedOneBe()
{
    auto fabrikam = m_tw->createTenant(u"fabrikam"_s);
    PD_VERIFY_OK(fabrikam);
    rememberAlready(m_contoso.admin.upn, TestWorkspace::defaultPassword());
    open(&m_keychain);
    QCOMPARE(m_user->text(), m_contoso.admin.upn);
    signIn(fabrikam->admin.upn, TestWorkspace::defaultPassword());
    QCOMPARE(m_dialog->result(), int(QDialog::Accepted));
    QCOMPARE(m_dialog->session().user.id, fabrikam->admin.id);
    QTest::qWait(20);
    QCOMPARE(m_keychain.entries.value(key()), entry(m_contoso.admin.upn, TestWorkspace::defaultPassword()));
    QCOMPARE(rememberedWorkspaces(), QStringList{key()});
}

void TestRememberSignIn::aPasswordNoLongerTakenIsForgotten()
{
    rememberAlready(m_contoso.admin.upn, u"Before!2026"_s);
    open(&m_keychain);
    QCOMPARE(m_password->text(), u"Before!2026"_s);
    QTest::keyClick(m_signIn, Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(!m_dialog->isSigningIn(), 30000);
    QVERIFY(m_dialog->isVisible());
    QCOMPARE(m_error->text(),
             u"The user name or password is incorrect. Try again. The password remembered on this "
             "computer no longer works, so PartnerDesk forgot it."_s);
    QVERIFY(m_password->text().isEmpty());
    QVERIFY(m_password->hasFocus());
    QVERIFY(!m_remember->isChecked());
    QTRY_VERIFY(m_keychain.entries.isEmpty());
    QVERIFY(rememberedWorkspaces().isEmpty());

    // A wrong password the person typed forgets nothing.
    rememberAlready(m_contoso.admin.upn, TestWorkspace::defaultPassword());
    open(&m_keychain);
    signIn(m_contoso.admin.upn, u"Typo!2026"_s);
    QCOMPARE(m_error->text(), u"The user name or password is incorrect. Try again."_s);
    QTest::qWait(20);
    QCOMPARE(m_keychain.entries.size(), 1);
}

void TestRememberSignIn::aKeychainRefusalIsShown()
{
    m_keychain.refusal = Error(ErrorCode::PermissionDenied, u"the system keychain refused access"_s);
    // Nothing remembered: the keychain isn't asked, and nothing is said about it.
    open(&m_keychain);
    QCOMPARE(m_keychain.calls, 0);
    QVERIFY(m_error->text().isEmpty());

    // Something remembered that can't be read is said, and signing in goes on as usual.
    rememberAlready(m_contoso.admin.upn, TestWorkspace::defaultPassword());
    open(&m_keychain);
    QVERIFY(m_password->text().isEmpty());
    QCOMPARE(m_error->text(),
             u"Your sign-in remembered on this computer couldn't be read: the system keychain refused access."_s);
    UiTest::click(m_remember);
    QString warning;
    UiTest::whenModal<QMessageBox>([&](QMessageBox* box) { warning = box->text(); },
                                   [&]() {
                                       signIn(m_contoso.admin.upn, TestWorkspace::defaultPassword());
                                       QTRY_VERIFY(!warning.isEmpty());
                                   });
    QCOMPARE(warning,
             u"You're signed in, but PartnerDesk couldn't remember you on this computer: the system "
             "keychain refused access."_s);
    QCOMPARE(m_dialog->result(), int(QDialog::Accepted));
    // Not remembered: not asked about next time.
    QVERIFY(rememberedWorkspaces().isEmpty());
}

void TestRememberSignIn::noKeychainNoChoice()
{
    open(nullptr);
    QVERIFY(!m_remember->isVisible());
    signIn(m_contoso.admin.upn, TestWorkspace::defaultPassword());
    QCOMPARE(m_dialog->result(), int(QDialog::Accepted));
}

QTEST_MAIN(TestRememberSignIn)
#include "tst_RememberSignIn.moc"
