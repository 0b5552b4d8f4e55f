// Home's email verification box (E7): the code from the primary contact's mailbox (never from the
// Outbox, S2) moves the account to Under review,
// a wrong code says how many tries are left, five lock verification until a new code is sent, and
// Verify waits for six digits.

#include "TestSupport.h"
#include "UiTestSupport.h"
#include "pages/HomePage.h"
#include "pages/OutboxPage.h"
#include "services/AccountService.h"
#include "services/DirectoryService.h"
#include "services/EnrollmentService.h"
#include "storage/OutboxStore.h"
#include "widgets/EmailVerificationPanel.h"

#include <QApplication>
#include <QEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QtTest>

using namespace Qt::StringLiterals;

class TestEmailVerificationPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void showsWhereTheCodeWent();
    void verifyNeedsSixDigits();
    void wrongCodeShowsTriesLeft_E7();
    void rightCodeVerifies_E7();
    void fiveWrongCodesLockUntilNewCode_E7();
    void homeSaysTheEmailIsVerified_E7();
    void sendNewCodeConfirms_E7();
    void codeNotShownToThePartner_S2();

private:
    QString lastCode() const;
    QString wrongCode() const;
    int messageCount() const;
    PartnerStatus storedStatus() const;

    std::unique_ptr<TestWorkspace> m_tw;
    Session m_session; // the enrolling Global administrator, now the account's Admin agent
};

void TestEmailVerificationPanel::init()
{
    m_tw = std::make_unique<TestWorkspace>();
    PD_VERIFY_OK(m_tw->openStatus());
    PD_VERIFY_OK(m_tw->createProgramAdministrator());
    auto contoso = m_tw->createTenant(u"contoso"_s);
    PD_VERIFY_OK(contoso);
    auto pmc = m_tw->createPmcAccount(u"contoso.pmc"_s);
    PD_VERIFY_OK(pmc);
    PD_VERIFY_OK(m_tw->addMpnProfile(pmc.value(), u"5300001"_s, u"US"_s, MpnStatus::Active, u"Contoso Consulting"_s));

    const EnrollmentDraft draft = TestWorkspace::enrollmentDraft(contoso->admin.id, pmc.value(), u"5300001"_s);
    auto session = m_tw->workspace().enrollment().enroll(draft);
    PD_VERIFY_OK(session);
    m_session = session.value();
    QCOMPARE(m_session.partner->status, PartnerStatus::PendingEmailVerification);
    QCOMPARE(lastCode().size(), 6);
    m_tw->clock().advance(1); // messages are listed newest first
}

void TestEmailVerificationPanel::cleanup()
{
    m_tw.reset();
}

QString TestEmailVerificationPanel::lastCode() const
{
    return m_tw->verificationCode(m_session.partner->id);
}

QString TestEmailVerificationPanel::wrongCode() const
{
    return lastCode() == u"000000"_s ? u"111111"_s : u"000000"_s;
}

int TestEmailVerificationPanel::messageCount() const
{
    auto messages = OutboxStore::messages(m_tw->db(), m_session.partner->id);
    return messages ? int(messages->size()) : -1;
}

PartnerStatus TestEmailVerificationPanel::storedStatus() const
{
    auto account = m_tw->workspace().accounts().account(m_session);
    return account ? account->status : PartnerStatus::Suspended;
}

void TestEmailVerificationPanel::showsWhereTheCodeWent()
{
    EmailVerificationPanel panel(m_tw->workspace(), m_session);
    panel.show();
    QCOMPARE(panel.objectName(), u"emailVerificationGroupBox"_s);
    QCOMPARE(panel.title(), u"Verify your email address"_s);
    QCOMPARE(UiTest::child<QLabel>(&panel, u"verificationIntroLabel"_s)->text(),
             u"We sent a verification code to ada@contoso.example. The test mailbox of ada@contoso.example holds it. "
             "Enter the code here and select Verify."_s);
    auto* code = UiTest::child<QLineEdit>(&panel, u"verificationCodeLineEdit"_s);
    QVERIFY(code);
    QCOMPARE(UiTest::labelOf(code), u"Verification &code:"_s);
    QCOMPARE(code->text(), QString());
    QCOMPARE(UiTest::child<QPushButton>(&panel, u"verifyPushButton"_s)->text(), u"&Verify"_s);
    QCOMPARE(UiTest::child<QPushButton>(&panel, u"sendNewCodePushButton"_s)->text(), u"&Send a new code"_s);
    QVERIFY(!UiTest::child<QLabel>(&panel, u"verificationErrorLabel"_s)->isVisible());
    QVERIFY(!UiTest::child<QLabel>(&panel, u"verificationConfirmationLabel"_s)->isVisible());
}

void TestEmailVerificationPanel::verifyNeedsSixDigits()
{
    EmailVerificationPanel panel(m_tw->workspace(), m_session);
    panel.show();
    auto* code = UiTest::child<QLineEdit>(&panel, u"verificationCodeLineEdit"_s);
    auto* verify = UiTest::child<QPushButton>(&panel, u"verifyPushButton"_s);
    QVERIFY(code && verify);
    QVERIFY(!verify->isEnabled());
    code->setFocus();
    QTest::keyClicks(code, u"12a3b45"_s);
    QCOMPARE(code->text(), u"12345"_s); // letters are not taken
    QVERIFY(!verify->isEnabled());
    QSignalSpy verified(&panel, &EmailVerificationPanel::verified);
    QTest::keyClick(code, Qt::Key_Return);
    QCOMPARE(messageCount(), 1);
    QVERIFY2(!UiTest::child<QLabel>(&panel, u"verificationErrorLabel"_s)->isVisible(), "five digits are not submitted");
    QTest::keyClicks(code, u"67"_s);
    QCOMPARE(code->text(), u"123456"_s); // no more than six
    QVERIFY(verify->isEnabled());
    QTest::keyClick(code, Qt::Key_Backspace);
    QVERIFY(!verify->isEnabled());
    QCOMPARE(verified.count(), 0);
    QCOMPARE(storedStatus(), PartnerStatus::PendingEmailVerification);

    // A code pasted from the message, with its indentation, keeps only its digits.
    code->clear();
    code->insert(u"    654321 "_s);
    Q_EMIT code->textEdited(code->text());
    QCOMPARE(code->text(), u"654321"_s);
    QVERIFY(verify->isEnabled());
}

void TestEmailVerificationPanel::wrongCodeShowsTriesLeft_E7()
{
    EmailVerificationPanel panel(m_tw->workspace(), m_session);
    panel.show();
    QSignalSpy verified(&panel, &EmailVerificationPanel::verified);
    UiTest::retype(UiTest::child<QLineEdit>(&panel, u"verificationCodeLineEdit"_s), wrongCode());
    QTest::mouseClick(UiTest::child<QPushButton>(&panel, u"verifyPushButton"_s), Qt::LeftButton);
    auto* error = UiTest::child<QLabel>(&panel, u"verificationErrorLabel"_s);
    QVERIFY(error->isVisible());
    QCOMPARE(error->text(), u"The code is incorrect. Check the message sent to ada@contoso.example; 4 tries left."_s);
    QCOMPARE(verified.count(), 0);
    QCOMPARE(storedStatus(), PartnerStatus::PendingEmailVerification);
}

void TestEmailVerificationPanel::rightCodeVerifies_E7()
{
    EmailVerificationPanel panel(m_tw->workspace(), m_session);
    panel.show();
    QSignalSpy verified(&panel, &EmailVerificationPanel::verified);
    auto* code = UiTest::child<QLineEdit>(&panel, u"verificationCodeLineEdit"_s);
    UiTest::retype(code, lastCode());
    QTest::keyClick(code, Qt::Key_Return); // Enter submits
    QCOMPARE(verified.count(), 1);
    QVERIFY(!UiTest::child<QLabel>(&panel, u"verificationErrorLabel"_s)->isVisible());
    QCOMPARE(storedStatus(), PartnerStatus::UnderReview);
    auto messages = OutboxStore::messages(m_tw->db(), m_session.partner->id);
    PD_VERIFY_OK(messages);
    QCOMPARE(messages->first().subject, u"Partner account of Contoso Consulting LLC: Under review"_s);
}

void TestEmailVerificationPanel::fiveWrongCodesLockUntilNewCode_E7()
{
    EmailVerificationPanel panel(m_tw->workspace(), m_session);
    panel.show();
    auto* code = UiTest::child<QLineEdit>(&panel, u"verificationCodeLineEdit"_s);
    auto* verify = UiTest::child<QPushButton>(&panel, u"verifyPushButton"_s);
    auto* error = UiTest::child<QLabel>(&panel, u"verificationErrorLabel"_s);
    for (int i = 0; i < 5; ++i) {
        UiTest::retype(code, wrongCode());
        QTest::mouseClick(verify, Qt::LeftButton);
    }
    QCOMPARE(error->text(),
             u"The code is incorrect. Verification is now locked after 5 wrong codes: send a new code and enter that "
             "one."_s);
    UiTest::retype(code, lastCode());
    QTest::mouseClick(verify, Qt::LeftButton);
    QCOMPARE(error->text(), u"Verification is locked after 5 wrong codes. Send a new code and enter that one."_s);
    QCOMPARE(storedStatus(), PartnerStatus::PendingEmailVerification);

    QTest::mouseClick(UiTest::child<QPushButton>(&panel, u"sendNewCodePushButton"_s), Qt::LeftButton);
    QVERIFY(!error->isVisible());
    QSignalSpy verified(&panel, &EmailVerificationPanel::verified);
    UiTest::retype(code, lastCode());
    QTest::mouseClick(verify, Qt::LeftButton);
    QCOMPARE(verified.count(), 1);
    QCOMPARE(storedStatus(), PartnerStatus::UnderReview);
}

void TestEmailVerificationPanel::homeSaysTheEmailIsVerified_E7()
{
    HomePage home(m_tw->workspace(), m_session);
    home.show();
    auto* note = UiTest::child<QLabel>(&home, u"accountNoteLabel"_s);
    QVERIFY(!note->text().contains(u"verified"_s));
    UiTest::retype(UiTest::child<QLineEdit>(&home, u"verificationCodeLineEdit"_s), lastCode());
    QTest::mouseClick(UiTest::child<QPushButton>(&home, u"verifyPushButton"_s), Qt::LeftButton);
    QCOMPARE(storedStatus(), PartnerStatus::UnderReview);
    // The window gives every page the session as it is now; Home then says what happens next.
    auto session = m_tw->workspace().directory().session(m_session.user.id);
    PD_VERIFY_OK(session);
    home.setSession(session.value());
    QVERIFY(note->isVisible());
    QVERIFY2(note->text().startsWith(u"Your email address is verified, and the application is now under review."_s),
             qPrintable(note->text()));
    QVERIFY(!UiTest::child<QLineEdit>(&home, u"verificationCodeLineEdit"_s)->isVisible());
}

void TestEmailVerificationPanel::sendNewCodeConfirms_E7()
{
    EmailVerificationPanel panel(m_tw->workspace(), m_session);
    panel.show();
    auto* confirmation = UiTest::child<QLabel>(&panel, u"verificationConfirmationLabel"_s);
    QVERIFY(!confirmation->isVisible());
    QCOMPARE(messageCount(), 1);
    QTest::mouseClick(UiTest::child<QPushButton>(&panel, u"sendNewCodePushButton"_s), Qt::LeftButton);
    QVERIFY(confirmation->isVisible());
    QCOMPARE(confirmation->text(),
             u"We sent a new code to ada@contoso.example. Enter that code; earlier codes no longer work."_s);
    QVERIFY(!UiTest::child<QLabel>(&panel, u"verificationErrorLabel"_s)->isVisible());
    QCOMPARE(messageCount(), 2);
    auto messages = OutboxStore::messages(m_tw->db(), m_session.partner->id);
    PD_VERIFY_OK(messages);
    QCOMPARE(messages->first().kind, u"enrollment.verificationCode"_s);
    QCOMPARE(messages->first().recipient, u"ada@contoso.example"_s);
    QCOMPARE(messages->first().created, m_tw->clock().now());

    // A language change keeps the confirmation shown.
    QEvent languageChange(QEvent::LanguageChange);
    QApplication::sendEvent(&panel, &languageChange);
    QVERIFY(confirmation->isVisible());
    QCOMPARE(panel.title(), u"Verify your email address"_s);
}

void TestEmailVerificationPanel::codeNotShownToThePartner_S2()
{
    const QString code = lastCode();
    QCOMPARE(code.size(), 6);
    QCOMPARE(m_tw->mail().messagesTo(u"ada@contoso.example"_s).size(), 1);

    // The Outbox page, as the applicant sees it, lists the message without the code.
    OutboxPage outbox(m_tw->workspace(), m_session);
    outbox.show();
    auto* table = UiTest::child<QTableWidget>(&outbox, u"outboxTableWidget"_s);
    QCOMPARE(table->rowCount(), 1);
    table->selectRow(0);
    const QString body = UiTest::child<QPlainTextEdit>(&outbox, u"messageBodyPlainTextEdit"_s)->toPlainText();
    QVERIFY2(body.startsWith(u"A verification code was sent to ada@contoso.example."_s), qPrintable(body));
    QVERIFY(!body.contains(code));
    for (int column = 0; column < table->columnCount(); ++column) {
        QVERIFY(!table->item(0, column) || !table->item(0, column)->text().contains(code));
    }

    // Home says where the code went, and doesn't show it either.
    EmailVerificationPanel panel(m_tw->workspace(), m_session);
    panel.show();
    const QString intro = UiTest::child<QLabel>(&panel, u"verificationIntroLabel"_s)->text();
    QVERIFY2(intro.startsWith(u"We sent a verification code to ada@contoso.example."_s), qPrintable(intro));
    QVERIFY(!intro.contains(code));
}

QTEST_MAIN(TestEmailVerificationPanel)
#include "tst_EmailVerificationPanel.moc"
