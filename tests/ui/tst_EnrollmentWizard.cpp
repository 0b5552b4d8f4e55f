// The enrollment wizard driven as a person would, from Welcome to the result, with one refusal
// each on the tenant (2), PMC password (5), profile (6) and business profile (7) pages. On the test
// server (tst_EnrollmentWizard_postgresql) the wizard runs at a desk that opened the workspace
// through its gate, as people's desks do; the test arranges and reads on the owner's connection.
// PARTNERDESK_SCREENSHOTS=<folder> saves a picture of every page on the way.

#include "TestSupport.h"
#include "UiTestSupport.h"
#include "services/DirectoryService.h"
#include "services/Workspace.h"
#include "storage/OutboxStore.h"
#include "storage/SqlQuery.h"
#include "widgets/SignInProgress.h"
#include "wizard/EnrollmentWizard.h"

#include <QAbstractButton>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QStyle>
#include <QStyleOptionButton>
#include <QTableWidget>
#include <QtTest>

#include <algorithm>

using namespace Qt::StringLiterals;

class TestEnrollmentWizard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void existingTenantFromWelcomeToResult();
    void newTenantAndCancelWritesNothing();
    void cancelBeforeAnyInputClosesAtOnce();
    void anotherPmcAccount_E5();
    void anEndedPmcSignInAsksForItsPasswordAgain();

private:
    template <typename T>
    T* find(const QString& name) const
    {
        T* found = m_wizard->findChild<T*>(name);
        if (!found) {
            qWarning("no %s", qPrintable(name));
        }
        return found;
    }
    void next();
    void shot(const QString& name) const;
    QString errorOf(const QString& pageName) const;
    void typeInto(const QString& name, const QString& text) { UiTest::retype(find<QLineEdit>(name), text); }
    void selectProfile(const QString& partnerId);
    void goToProfilePage(const QString& pmcUserName);
    // From the Welcome page, signed in as contoso's Global administrator: the Partner ID page.
    void signInToContoso();
    // Every field of the business page, valid.
    void fillBusinessPage();

    std::unique_ptr<TestWorkspace> m_tw;
    std::shared_ptr<Workspace> m_desk; // behind the gate, on the test server
    std::unique_ptr<EnrollmentWizard> m_wizard;
    TenantFixture m_contoso;
};

void TestEnrollmentWizard::init()
{
    m_tw = std::make_unique<TestWorkspace>();
    PD_VERIFY_OK(m_tw->openStatus());
    auto pmc = m_tw->createPmcAccount(u"contoso.pmc"_s);
    PD_VERIFY_OK(pmc);
    PD_VERIFY_OK(m_tw->addMpnProfile(pmc.value(), u"5300001"_s, u"US"_s, MpnStatus::Active, u"Contoso Consulting"_s));
    PD_VERIFY_OK(m_tw->addMpnProfile(pmc.value(), u"5300003"_s, u"MX"_s, MpnStatus::Active, u"Contoso México"_s));
    auto other = m_tw->createPmcAccount(u"fabrikam.pmc"_s);
    PD_VERIFY_OK(other);
    PD_VERIFY_OK(m_tw->addMpnProfile(other.value(), u"6400001"_s, u"US"_s, MpnStatus::Active, u"Fabrikam"_s));
    auto contoso = m_tw->createTenant(u"contoso"_s);
    PD_VERIFY_OK(contoso);
    m_contoso = contoso.value();
    if (TestServer::enabled()) {
        auto desk = m_tw->openGateDesk();
        PD_VERIFY_OK(desk);
        m_desk = desk.value();
        QVERIFY(m_desk->behindGate());
    }
    m_wizard = std::make_unique<EnrollmentWizard>(m_desk ? *m_desk : m_tw->workspace());
    m_wizard->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_wizard.get()));
}

void TestEnrollmentWizard::cleanup()
{
    m_wizard.reset();
    m_desk.reset();
    m_tw.reset();
}

void TestEnrollmentWizard::next()
{
    QAbstractButton* button
        = m_wizard->button(m_wizard->currentPage()->isCommitPage() ? QWizard::CommitButton : QWizard::NextButton);
    QVERIFY(button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
    // The sign-in pages check the password on a worker thread (S10): wait for the answer.
    const QList<SignInProgress*> checks = m_wizard->findChildren<SignInProgress*>();
    QTRY_VERIFY_WITH_TIMEOUT(
        std::none_of(checks.begin(), checks.end(), [](const SignInProgress* check) { return check->isRunning(); }),
        30000);
}

void TestEnrollmentWizard::shot(const QString& name) const
{
    const QString folder = qEnvironmentVariable("PARTNERDESK_SCREENSHOTS");
    if (!folder.isEmpty()) {
        QDir().mkpath(folder);
        m_wizard->grab().save(folder + u"/wizard-"_s + name + u".png"_s);
    }
}

QString TestEnrollmentWizard::errorOf(const QString& pageName) const
{
    auto* label = m_wizard->findChild<QLabel*>(pageName + u"ErrorLabel"_s);
    return label && label->isVisible() ? label->text() : QString();
}

void TestEnrollmentWizard::goToProfilePage(const QString& pmcUserName)
{
    QCOMPARE(m_wizard->currentId(), int(EnrollmentWizard::PartnerIdInfo));
    QCOMPARE(m_wizard->button(QWizard::NextButton)->text(), u"&Sign in"_s);
    next();
    QCOMPARE(m_wizard->currentId(), int(EnrollmentWizard::PmcUserName));
    QVERIFY2(!m_wizard->button(QWizard::NextButton)->isEnabled(), "the user name is mandatory");
    typeInto(u"pmcUserNameLineEdit"_s, pmcUserName);
    next();
    QCOMPARE(m_wizard->currentId(), int(EnrollmentWizard::PmcPassword));
    typeInto(u"pmcPasswordLineEdit"_s, TestWorkspace::defaultPassword());
    next();
    QCOMPARE(m_wizard->currentId(), int(EnrollmentWizard::Profile));
}

void TestEnrollmentWizard::signInToContoso()
{
    next();
    typeInto(u"tenantUserNameLineEdit"_s, m_contoso.admin.upn);
    typeInto(u"tenantPasswordLineEdit"_s, TestWorkspace::defaultPassword());
    next();
}

void TestEnrollmentWizard::fillBusinessPage()
{
    QCOMPARE(m_wizard->currentId(), int(EnrollmentWizard::Business));
    typeInto(u"legalNameLineEdit"_s, u"Contoso Consulting LLC"_s);
    typeInto(u"addressLine1LineEdit"_s, u"1 Main Street"_s);
    typeInto(u"cityLineEdit"_s, u"Redmond"_s);
    typeInto(u"contactFirstNameLineEdit"_s, u"Ada"_s);
    typeInto(u"contactLastNameLineEdit"_s, u"Lovelace"_s);
    typeInto(u"contactEmailLineEdit"_s, u"ada@contoso.example"_s);
    typeInto(u"contactPhoneLineEdit"_s, u"+1 425 555 0100"_s);
    typeInto(u"supportEmailLineEdit"_s, u"help@contoso.example"_s);
    typeInto(u"supportPhoneLineEdit"_s, u"+1 425 555 0199"_s);
}

void TestEnrollmentWizard::selectProfile(const QString& partnerId)
{
    auto* table = find<QTableWidget>(u"profilesTableWidget"_s);
    const QList<QTableWidgetItem*> found = table->findItems(partnerId, Qt::MatchExactly);
    QVERIFY(!found.isEmpty());
    table->selectRow(found.first()->row());
}

void TestEnrollmentWizard::existingTenantFromWelcomeToResult()
{
    QCOMPARE(m_wizard->currentId(), int(EnrollmentWizard::Welcome));
    QVERIFY(find<QLabel>(u"welcomeTextLabel"_s)->text().contains(u"Global administrator credentials"_s));
    shot(u"1-welcome"_s);
    next();

    // Step 2: a user who is not a Global administrator is refused, with the reason.
    auto blake = m_tw->addUser(m_contoso.tenant, u"blake"_s);
    PD_VERIFY_OK(blake);
    typeInto(u"tenantUserNameLineEdit"_s, blake->upn);
    typeInto(u"tenantPasswordLineEdit"_s, TestWorkspace::defaultPassword());
    next();
    QCOMPARE(m_wizard->currentId(), int(EnrollmentWizard::TenantStep));
    QVERIFY2(
        errorOf(u"tenantWizardPage"_s).startsWith(u"blake@contoso.onmicrosoft.com is not a Global administrator"_s),
        qPrintable(errorOf(u"tenantWizardPage"_s)));
    shot(u"2-tenant-refused"_s);
    typeInto(u"tenantUserNameLineEdit"_s, m_contoso.admin.upn);
    typeInto(u"tenantPasswordLineEdit"_s, TestWorkspace::defaultPassword());
    next();

    // Steps 3–5: Sign in, user name, a wrong password refused and the page kept.
    QCOMPARE(m_wizard->currentId(), int(EnrollmentWizard::PartnerIdInfo));
    next();
    typeInto(u"pmcUserNameLineEdit"_s, u"contoso.pmc"_s);
    next();
    typeInto(u"pmcPasswordLineEdit"_s, u"Wrong!Pass9"_s);
    next();
    QCOMPARE(m_wizard->currentId(), int(EnrollmentWizard::PmcPassword));
    QCOMPARE(errorOf(u"pmcPasswordWizardPage"_s),
             u"The Partner Membership Center user name or password is incorrect. Try again."_s);
    shot(u"5-pmc-password-refused"_s);
    typeInto(u"pmcPasswordLineEdit"_s, TestWorkspace::defaultPassword());
    next();

    // Step 6: the profile in another country is refused (E2), naming both countries.
    QCOMPARE(m_wizard->currentId(), int(EnrollmentWizard::Profile));
    QCOMPARE(find<QTableWidget>(u"profilesTableWidget"_s)->rowCount(), 2);
    QVERIFY2(!m_wizard->button(QWizard::NextButton)->isEnabled(), "nothing is selected yet");
    selectProfile(u"5300003"_s);
    next();
    QCOMPARE(m_wizard->currentId(), int(EnrollmentWizard::Profile));
    QCOMPARE(errorOf(u"profileWizardPage"_s),
             u"The MPN profile 5300003 is located in Mexico, but your tenant is in United States. Choose a profile "
             "located in United States."_s);
    shot(u"6-profile-refused"_s);
    selectProfile(u"5300001"_s);
    next();

    // Step 7: every field is checked as typed; Next waits for a valid page.
    QCOMPARE(m_wizard->currentId(), int(EnrollmentWizard::Business));
    QCOMPARE(find<QLabel>(u"countryLabel"_s)->text(), u"United States"_s);
    QVERIFY2(!m_wizard->button(QWizard::NextButton)->isEnabled(), "nothing is filled in yet");
    fillBusinessPage();
    QVERIFY(m_wizard->button(QWizard::NextButton)->isEnabled());
    typeInto(u"contactEmailLineEdit"_s, u"ada@contoso"_s);
    auto* emailMessage = find<QLabel>(u"contactEmailLineEditMessageLabel"_s);
    QVERIFY(emailMessage->isVisible());
    QVERIFY2(!emailMessage->text().isEmpty(), "the email message says what is wrong");
    QVERIFY(!m_wizard->button(QWizard::NextButton)->isEnabled());
    shot(u"7-business-refused"_s);
    typeInto(u"contactEmailLineEdit"_s, u"ada@contoso.example"_s);
    QVERIFY(!emailMessage->isVisible());
    typeInto(u"supportPhoneLineEdit"_s, QString());
    QVERIFY2(!m_wizard->button(QWizard::NextButton)->isEnabled(), "the support phone is missing");
    typeInto(u"supportPhoneLineEdit"_s, u"+1 425 555 0199"_s);
    next();

    // Step 8: the summary, and Back keeps what was entered.
    QCOMPARE(m_wizard->currentId(), int(EnrollmentWizard::Review));
    QVERIFY(find<QLabel>(u"summaryLabel"_s)->text().contains(u"Contoso Consulting LLC"_s));
    QCOMPARE(m_wizard->button(QWizard::CommitButton)->text(), u"&Enroll now"_s);
    QTest::mouseClick(m_wizard->button(QWizard::BackButton), Qt::LeftButton);
    QCOMPARE(find<QLineEdit>(u"contactEmailLineEdit"_s)->text(), u"ada@contoso.example"_s);
    next();
    QCOMPARE(m_tw->count(u"partner_accounts"_s), 0); // nothing written before Enroll now
    shot(u"8-review"_s);
    next();

    // Result: pending email verification, and the code in the outbox.
    QCOMPARE(m_wizard->currentId(), int(EnrollmentWizard::Done));
    const Session& session = m_wizard->session();
    QVERIFY(session.partner.has_value());
    QCOMPARE(session.partner->status, PartnerStatus::PendingEmailVerification);
    QCOMPARE(session.roles, QList<PartnerRole>{PartnerRole::AdminAgent});
    QVERIFY(find<QLabel>(u"doneTextLabel"_s)->text().contains(u"Pending email verification"_s));
    shot(u"9-done"_s);
    auto messages = OutboxStore::messages(m_tw->db(), session.partner->id);
    PD_VERIFY_OK(messages);
    QCOMPARE(messages->size(), 1);
    QCOMPARE(messages->first().recipient, u"ada@contoso.example"_s);
}

void TestEnrollmentWizard::newTenantAndCancelWritesNothing()
{
    next();
    // Click the radio button's indicator: a click in the middle of a stretched button misses it.
    auto* create = find<QRadioButton>(u"createTenantRadioButton"_s);
    QStyleOptionButton option;
    option.initFrom(create);
    const QRect indicator = create->style()->subElementRect(QStyle::SE_RadioButtonIndicator, &option, create);
    QTest::mouseClick(create, Qt::LeftButton, {}, indicator.center());
    QVERIFY(create->isChecked());
    QVERIFY(!m_wizard->button(QWizard::NextButton)->isEnabled());
    typeInto(u"organizationLineEdit"_s, u"Fabrikam Consulting"_s);
    typeInto(u"domainPrefixLineEdit"_s, u"contoso"_s);
    QCOMPARE(find<QLabel>(u"domainPrefixLineEditMessageLabel"_s)->text(),
             u"contoso.onmicrosoft.com is already taken. Try another prefix."_s);
    typeInto(u"domainPrefixLineEdit"_s, u"fabrikam"_s);
    QCOMPARE(find<QLabel>(u"domainLabel"_s)->text(), u"fabrikam.onmicrosoft.com is available."_s);
    typeInto(u"nameLineEdit"_s, u"Avery Quinn"_s);
    typeInto(u"userNameLineEdit"_s, u"avery"_s);
    typeInto(u"passwordLineEdit"_s, TestWorkspace::defaultPassword());
    typeInto(u"confirmPasswordLineEdit"_s, TestWorkspace::defaultPassword());
    shot(u"2-new-tenant"_s);
    next();
    goToProfilePage(u"contoso.pmc"_s);
    selectProfile(u"5300001"_s);
    next();
    QCOMPARE(m_wizard->currentId(), int(EnrollmentWizard::Business));
    // The profile starts from what is known: the MPN profile's organization as the legal business
    // name, the new administrator as the primary contact (its address is of the tenant's domain).
    QCOMPARE(find<QLineEdit>(u"legalNameLineEdit"_s)->text(), u"Contoso Consulting"_s);
    QCOMPARE(find<QLineEdit>(u"contactFirstNameLineEdit"_s)->text(), u"Avery"_s);
    QCOMPARE(find<QLineEdit>(u"contactLastNameLineEdit"_s)->text(), u"Quinn"_s);
    QCOMPARE(find<QLineEdit>(u"contactEmailLineEdit"_s)->text(), u"avery@fabrikam.onmicrosoft.com"_s);
    auto* note = find<QLabel>(u"contactDomainNoteLabel"_s);
    QVERIFY(!note->isVisible());
    // An address of another domain: the applicant is told what the reviewers will see.
    typeInto(u"contactEmailLineEdit"_s, u"avery@gmail.example"_s);
    QVERIFY(note->isVisible());
    QCOMPARE(note->text(),
             u"gmail.example matches neither the web site (none) nor the tenant domain "
             u"(fabrikam.onmicrosoft.com). Reviewers check that the primary contact belongs to your "
             u"organization: use an address of your web site's or tenant's domain if you can."_s);
    typeInto(u"supportWebsiteLineEdit"_s, u"https://www.gmail.example"_s);
    QVERIFY(!note->isVisible());

    // Cancel asks first: keeping on leaves everything as typed; discarding closes and writes nothing.
    const int tenants = m_tw->count(u"tenants"_s);
    QAbstractButton* cancel = m_wizard->button(QWizard::CancelButton);
    UiTest::whenModal<QMessageBox>(
        [](QMessageBox* box) {
            QCOMPARE(box->objectName(), u"cancelEnrollmentMessageBox"_s);
            QCOMPARE(box->text(), u"What you entered for this enrollment is not kept, and nothing is enrolled."_s);
            box->button(QMessageBox::Cancel)->click();
        },
        [cancel]() { QTest::mouseClick(cancel, Qt::LeftButton); });
    QVERIFY(m_wizard->isVisible());
    QCOMPARE(m_wizard->currentId(), int(EnrollmentWizard::Business));
    QCOMPARE(find<QLineEdit>(u"legalNameLineEdit"_s)->text(), u"Contoso Consulting"_s);
    UiTest::whenModal<QMessageBox>([](QMessageBox* box) { box->button(QMessageBox::Discard)->click(); },
                                   [cancel]() { QTest::mouseClick(cancel, Qt::LeftButton); });
    QVERIFY(!m_wizard->isVisible());
    QCOMPARE(m_wizard->result(), int(QDialog::Rejected));
    QCOMPARE(m_tw->count(u"tenants"_s), tenants);
    QCOMPARE(m_tw->count(u"partner_accounts"_s), 0);
    QCOMPARE(m_tw->count(u"outbox_messages"_s), 0);
}

void TestEnrollmentWizard::cancelBeforeAnyInputClosesAtOnce()
{
    QVERIFY(!m_wizard->hasInput());
    QTest::mouseClick(m_wizard->button(QWizard::CancelButton), Qt::LeftButton);
    QVERIFY(!m_wizard->isVisible()); // nothing to lose: no question
}

void TestEnrollmentWizard::anotherPmcAccount_E5()
{
    signInToContoso();
    goToProfilePage(u"fabrikam.pmc"_s);
    QCOMPARE(find<QTableWidget>(u"profilesTableWidget"_s)->rowCount(), 1);
    // The MPN ID wanted isn't listed: Cancel goes back to sign in with another account.
    QTest::mouseClick(find<QPushButton>(u"anotherAccountPushButton"_s), Qt::LeftButton);
    QCOMPARE(m_wizard->currentId(), int(EnrollmentWizard::PmcUserName));
    QVERIFY(m_wizard->draft().pmcAccountId.isEmpty());
    typeInto(u"pmcUserNameLineEdit"_s, u"contoso.pmc"_s);
    next();
    typeInto(u"pmcPasswordLineEdit"_s, TestWorkspace::defaultPassword());
    next();
    QCOMPARE(m_wizard->currentId(), int(EnrollmentWizard::Profile));
    QCOMPARE(find<QTableWidget>(u"profilesTableWidget"_s)->rowCount(), 2);
}

void TestEnrollmentWizard::anEndedPmcSignInAsksForItsPasswordAgain()
{
    if (!m_desk) {
        QSKIP("a PMC sign-in ends (after two hours) on a shared workspace: needs the test server");
    }
    signInToContoso();
    goToProfilePage(u"contoso.pmc"_s);
    selectProfile(u"5300001"_s);
    next();
    fillBusinessPage();
    next();
    QCOMPARE(m_wizard->currentId(), int(EnrollmentWizard::Review));

    // Two hours pass on the server: Enroll now goes back to the PMC password, saying why, and
    // writes nothing.
    PD_VERIFY_OK(
        SqlQuery::run(m_tw->db(), u"UPDATE rights.pmc_tickets SET expires_at = now() - interval '1 second'"_s));
    next();
    QCOMPARE(m_wizard->currentId(), int(EnrollmentWizard::PmcPassword));
    QCOMPARE(errorOf(u"pmcPasswordWizardPage"_s), DirectoryService::pmcSignInEnded().message());
    QVERIFY(find<QLineEdit>(u"pmcPasswordLineEdit"_s)->text().isEmpty());
    QCOMPARE(m_tw->count(u"partner_accounts"_s), 0);
    shot(u"5-pmc-sign-in-ended"_s);

    // Signed in again, the profile and the business profile are as they were.
    typeInto(u"pmcPasswordLineEdit"_s, TestWorkspace::defaultPassword());
    next();
    QCOMPARE(m_wizard->currentId(), int(EnrollmentWizard::Profile));
    next();
    QCOMPARE(find<QLineEdit>(u"contactEmailLineEdit"_s)->text(), u"ada@contoso.example"_s);
    next();
    next();
    QCOMPARE(m_wizard->currentId(), int(EnrollmentWizard::Done));
    QCOMPARE(m_tw->scalar(u"SELECT count(*) FROM partner_accounts WHERE partner_id = '5300001'"_s).toInt(), 1);
}

QTEST_MAIN(TestEnrollmentWizard)
#include "tst_EnrollmentWizard.moc"
