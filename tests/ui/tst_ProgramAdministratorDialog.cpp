// The first-run dialog that creates the program tenant and its Global administrator: every field
// is checked as it is typed (E4 for the domain prefix), Create waits for a valid form, and a valid
// form stores the program administrator and signs them in.

#include "TestSupport.h"
#include "UiTestSupport.h"
#include "dialogs/ProgramAdministratorDialog.h"
#include "services/DirectoryService.h"
#include "widgets/CountryComboBox.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

namespace {
const QString GoodPassword = u"Program!2026"_s;
}

class TestProgramAdministratorDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void createDisabledUntilValid();
    void domainPrefixCheckedAsTyped_E4_data();
    void domainPrefixCheckedAsTyped_E4();
    void takenDomainPrefixRefused_E4();
    void passwordsMustMatch();
    void weakPasswordExplained();
    void validFormCreatesProgramAdministrator();
    void secondProgramAdministratorRefused();

private:
    template <typename T>
    T* child(const QString& objectName) const
    {
        T* widget = m_dialog->findChild<T*>(objectName);
        if (!widget) {
            qWarning("No child named %s", qPrintable(objectName));
        }
        return widget;
    }
    QLineEdit* edit(const QString& objectName) const { return child<QLineEdit>(objectName); }
    QLabel* messageOf(const QString& lineEditName) const { return child<QLabel>(lineEditName + u"MessageLabel"_s); }
    QPushButton* createButton() const { return child<QPushButton>(u"createPushButton"_s); }
    // Replaces what the line edit holds by typing, as a person would.
    void retype(const QString& objectName, const QString& text);
    void fillValidForm(const QString& prefix = u"fabrikamprogram"_s);

    std::unique_ptr<TestWorkspace> m_tw;
    std::unique_ptr<ProgramAdministratorDialog> m_dialog;
};

void TestProgramAdministratorDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestProgramAdministratorDialog::init()
{
    m_tw = std::make_unique<TestWorkspace>();
    PD_VERIFY_OK(m_tw->openStatus());
    m_dialog = std::make_unique<ProgramAdministratorDialog>(m_tw->workspace());
    m_dialog->show();
    QApplication::setActiveWindow(m_dialog.get());
    QVERIFY(QTest::qWaitForWindowActive(m_dialog.get()));
}

void TestProgramAdministratorDialog::cleanup()
{
    m_dialog.reset();
    m_tw.reset();
}

void TestProgramAdministratorDialog::retype(const QString& objectName, const QString& text)
{
    UiTest::retype(edit(objectName), text);
}

void TestProgramAdministratorDialog::fillValidForm(const QString& prefix)
{
    retype(u"organizationLineEdit"_s, u"Fabrikam Program"_s);
    retype(u"domainPrefixLineEdit"_s, prefix);
    retype(u"nameLineEdit"_s, u"Paula Reyes"_s);
    retype(u"userNameLineEdit"_s, u"paula"_s);
    retype(u"passwordLineEdit"_s, GoodPassword);
    retype(u"confirmPasswordLineEdit"_s, GoodPassword);
}

void TestProgramAdministratorDialog::createDisabledUntilValid()
{
    QPushButton* create = createButton();
    QVERIFY(create);
    QCOMPARE(create->text(), u"C&reate"_s);
    QVERIFY(!create->isEnabled());
    QCOMPARE(child<CountryComboBox>(u"countryComboBox"_s)->code(), u"US"_s); // the C locale has no territory

    // One field at a time: Create stays disabled until the last one is right.
    retype(u"organizationLineEdit"_s, u"Fabrikam Program"_s);
    QVERIFY(!create->isEnabled());
    // Fields nobody has typed in yet stay quiet; the one typed in is fine.
    QVERIFY2(!messageOf(u"nameLineEdit"_s)->isVisible(), qPrintable(messageOf(u"nameLineEdit"_s)->text()));
    QVERIFY(!messageOf(u"domainPrefixLineEdit"_s)->isVisible());
    QVERIFY(!messageOf(u"organizationLineEdit"_s)->isVisible());
    retype(u"domainPrefixLineEdit"_s, u"fabrikamprogram"_s);
    QVERIFY(!create->isEnabled());
    retype(u"nameLineEdit"_s, u"Paula Reyes"_s);
    QVERIFY(!create->isEnabled());
    retype(u"userNameLineEdit"_s, u"paula"_s);
    QVERIFY(!create->isEnabled());
    retype(u"passwordLineEdit"_s, GoodPassword);
    QVERIFY2(!create->isEnabled(), "enabled before the password was confirmed");
    retype(u"confirmPasswordLineEdit"_s, GoodPassword);
    QVERIFY(create->isEnabled());
    for (const QString& name : {u"organizationLineEdit"_s, u"domainPrefixLineEdit"_s, u"nameLineEdit"_s,
                                u"userNameLineEdit"_s, u"passwordLineEdit"_s, u"confirmPasswordLineEdit"_s}) {
        QVERIFY2(!messageOf(name)->isVisible(), qPrintable(name + u": "_s + messageOf(name)->text()));
    }
    QCOMPARE(child<QLabel>(u"domainLabel"_s)->text(), u"fabrikamprogram.onmicrosoft.com is available."_s);
    QCOMPARE(child<QLabel>(u"upnLabel"_s)->text(), u"Signs in as paula@fabrikamprogram.onmicrosoft.com"_s);

    // Emptying a field disables Create again and says what is missing.
    retype(u"organizationLineEdit"_s, QString());
    QVERIFY(!create->isEnabled());
    QCOMPARE(messageOf(u"organizationLineEdit"_s)->text(), u"Enter the organization name."_s);
    QVERIFY(messageOf(u"organizationLineEdit"_s)->isVisible());
    QCOMPARE(m_tw->count(u"tenants"_s), 0);
}

void TestProgramAdministratorDialog::domainPrefixCheckedAsTyped_E4_data()
{
    QTest::addColumn<QString>("prefix");
    QTest::addColumn<QString>("message");
    QTest::newRow("E4 refused: a hyphen") << u"fabrikam-program"_s
                                          << u"The domain prefix can't contain \"-\". Use only the letters a to z "
                                             "and the digits 0 to 9."_s;
    QTest::newRow("E4 refused: a space") << u"fabrikam program"_s
                                         << u"The domain prefix can't contain spaces. Use only the letters a to z "
                                            "and the digits 0 to 9."_s;
    QTest::newRow("E4 refused: an accent") << u"fabrikamí"_s
                                           << u"The domain prefix can't contain \"í\". Use only the letters a to z "
                                              "and the digits 0 to 9."_s;
    QTest::newRow("E4 refused: 28 characters")
        << QString(28, u'a') << u"The domain prefix is too long. Use at most 27 letters or digits."_s;
    QTest::newRow("E4 allowed: letters and digits") << u"Fabrikam2026"_s << QString();
    QTest::newRow("E4 allowed: 27 characters") << QString(27, u'a') << QString();
}

void TestProgramAdministratorDialog::domainPrefixCheckedAsTyped_E4()
{
    QFETCH(QString, prefix);
    QFETCH(QString, message);
    fillValidForm();
    retype(u"domainPrefixLineEdit"_s, prefix);
    QLabel* label = messageOf(u"domainPrefixLineEdit"_s);
    QVERIFY(label);
    QCOMPARE(label->text(), message);
    QCOMPARE(label->isVisible(), !message.isEmpty());
    QCOMPARE(createButton()->isEnabled(), message.isEmpty());
    if (message.isEmpty()) {
        QCOMPARE(child<QLabel>(u"domainLabel"_s)->text(), u"%1.onmicrosoft.com is available."_s.arg(prefix.toLower()));
    }
}

void TestProgramAdministratorDialog::takenDomainPrefixRefused_E4()
{
    PD_VERIFY_OK(m_tw->createTenant(u"contoso"_s));
    fillValidForm(u"contoso"_s);
    QLabel* label = messageOf(u"domainPrefixLineEdit"_s);
    QVERIFY(label->isVisible());
    QCOMPARE(label->text(), u"contoso.onmicrosoft.com is already taken. Try another prefix."_s);
    QVERIFY(!createButton()->isEnabled());
    QCOMPARE(child<QLabel>(u"domainLabel"_s)->text(), u"contoso.onmicrosoft.com"_s);

    // The check ignores case, and a free prefix clears the message.
    retype(u"domainPrefixLineEdit"_s, u"Contoso"_s);
    QCOMPARE(label->text(), u"contoso.onmicrosoft.com is already taken. Try another prefix."_s);
    retype(u"domainPrefixLineEdit"_s, u"contosoprogram"_s);
    QVERIFY(!label->isVisible());
    QVERIFY(createButton()->isEnabled());
}

void TestProgramAdministratorDialog::passwordsMustMatch()
{
    fillValidForm();
    retype(u"confirmPasswordLineEdit"_s, GoodPassword + u"x"_s);
    QLabel* label = messageOf(u"confirmPasswordLineEdit"_s);
    QVERIFY(label->isVisible());
    QCOMPARE(label->text(), u"The two passwords don't match."_s);
    QVERIFY(!createButton()->isEnabled());
    QCOMPARE(edit(u"passwordLineEdit"_s)->echoMode(), QLineEdit::Password);
    QCOMPARE(edit(u"confirmPasswordLineEdit"_s)->echoMode(), QLineEdit::Password);

    // Changing the first password to match also clears the message under the second.
    retype(u"passwordLineEdit"_s, GoodPassword + u"x"_s);
    QVERIFY(!label->isVisible());
    QVERIFY(createButton()->isEnabled());
}

void TestProgramAdministratorDialog::weakPasswordExplained()
{
    fillValidForm();
    retype(u"passwordLineEdit"_s, u"password"_s);
    retype(u"confirmPasswordLineEdit"_s, u"password"_s);
    QLabel* label = messageOf(u"passwordLineEdit"_s);
    QVERIFY(label->isVisible());
    QCOMPARE(label->text(),
             u"The password is too simple. Use at least three of these: lower-case letters, "
             "upper-case letters, digits and symbols."_s);
    QVERIFY(!messageOf(u"confirmPasswordLineEdit"_s)->isVisible());
    QVERIFY(!createButton()->isEnabled());
    QCOMPARE(child<QLabel>(u"passwordRulesLabel"_s)->text(),
             u"Use 8 to 256 characters, with at least three of these: lower-case letters, upper-case letters, "
             "digits and symbols."_s);
}

void TestProgramAdministratorDialog::validFormCreatesProgramAdministrator()
{
    fillValidForm();
    QVERIFY(createButton()->isEnabled());
    QTest::mouseClick(createButton(), Qt::LeftButton);

    QCOMPARE(m_dialog->result(), int(QDialog::Accepted));
    QVERIFY(!m_dialog->isVisible());
    const Session& session = m_dialog->session();
    QCOMPARE(session.persona(), Persona::ProgramAdministrator);
    QCOMPARE(session.user.upn, u"paula@fabrikamprogram.onmicrosoft.com"_s);
    QCOMPARE(session.user.displayName, u"Paula Reyes"_s);
    QCOMPARE(session.tenant.displayName, u"Fabrikam Program"_s);
    QCOMPARE(session.tenant.country, u"US"_s);
    // The passwords don't stay behind in the closed dialog.
    QVERIFY(edit(u"passwordLineEdit"_s)->text().isEmpty());
    QVERIFY(edit(u"confirmPasswordLineEdit"_s)->text().isEmpty());

    // Stored: one program tenant, its Global administrator, who can sign in with the password.
    QCOMPARE(m_tw->count(u"tenants"_s), 1);
    QCOMPARE(m_tw->scalar(u"SELECT is_program FROM tenants WHERE domain_prefix = 'fabrikamprogram'"_s).toInt(), 1);
    QCOMPARE(m_tw->scalar(u"SELECT directory_role FROM tenant_users WHERE upn = ?"_s, {session.user.upn}).toString(),
             u"GlobalAdministrator"_s);
    auto hasProgram = m_tw->workspace().directory().hasProgramTenant();
    PD_VERIFY_OK(hasProgram);
    QVERIFY(hasProgram.value());
    auto signedIn = m_tw->signIn(session.user.upn, GoodPassword);
    PD_VERIFY_OK(signedIn);
    QCOMPARE(signedIn->persona(), Persona::ProgramAdministrator);
}

void TestProgramAdministratorDialog::secondProgramAdministratorRefused()
{
    fillValidForm();
    // Someone else created the program administrator while this dialog was open.
    const NewTenant other{u"Other Program"_s, u"otherprogram"_s, u"US"_s};
    const NewUser admin{u"Other Admin"_s, u"admin"_s, GoodPassword, DirectoryRole::GlobalAdministrator};
    PD_VERIFY_OK(m_tw->workspace().directory().createProgramAdministrator(other, admin));

    QTest::mouseClick(createButton(), Qt::LeftButton);
    QVERIFY(m_dialog->isVisible());
    QCOMPARE(m_dialog->result(), int(QDialog::Rejected));
    QLabel* error = child<QLabel>(u"errorLabel"_s);
    QVERIFY(error->isVisible());
    QCOMPARE(error->text(),
             u"This workspace already has a program administrator. Sign in as that administrator to "
             "add others."_s);
    // Nothing half-written: still the one program tenant, no Fabrikam tenant.
    QCOMPARE(m_tw->count(u"tenants"_s), 1);
    QCOMPARE(m_tw->scalar(u"SELECT count(*) FROM tenants WHERE domain_prefix = 'fabrikamprogram'"_s).toInt(), 0);
    QVERIFY(m_dialog->session().user.id.isEmpty());
}

QTEST_MAIN(TestProgramAdministratorDialog)
#include "tst_ProgramAdministratorDialog.moc"
