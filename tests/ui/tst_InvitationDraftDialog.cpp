// The email draft dialog (P2, C2), used as a provider user would: the message carries the
// personalized link; text edits are kept; a removed or altered link is refused by Open in email
// and Done with the reason, and nothing is recorded; Copy to clipboard and Open in email record
// the invitation as Pending and hand over subject, body and link; the recipient's language can
// differ from the interface's.

#include "TestSupport.h"
#include "UiTestSupport.h"
#include "dialogs/InvitationDraftDialog.h"
#include "services/InvitationService.h"
#include "widgets/Email.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDesktopServices>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTest>
#include <QTranslator>
#include <QUrlQuery>

#include <memory>

using namespace Qt::StringLiterals;

class TestInvitationDraftDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void draftShowsLinkInMessage_P2();
    void linkRemovedRefused_P2_C2_data();
    void linkRemovedRefused_P2_C2();
    void editedTextKeptAndRecorded_P2();
    void copyPutsSubjectBodyAndLinkOnClipboard_P2();
    void openInEmailHandsOverMessage_P2();
    void noEmailProgramOffersCopyOnly();
    void invalidRecipientRefused_P2();
    void spanishMessageForRecipient_P2();
    void cancelRecordsNothing_P2();

private:
    QLineEdit* line(const QString& name) const { return UiTest::child<QLineEdit>(m_dialog.get(), name); }
    QPlainTextEdit* body() const { return UiTest::child<QPlainTextEdit>(m_dialog.get(), u"bodyPlainTextEdit"_s); }
    QPushButton* button(const QString& name) const { return UiTest::child<QPushButton>(m_dialog.get(), name); }
    QLabel* label(const QString& name) const { return UiTest::child<QLabel>(m_dialog.get(), name); }
    void typeRecipient(const QString& address) { UiTest::retype(line(u"recipientLineEdit"_s), address); }
    int invitations() const { return m_tw->count(u"invitations"_s); }

    UiTest::MailCatcher m_mail;
    std::unique_ptr<TestWorkspace> m_tw;
    PartnerFixture m_provider;
    Session m_session;
    std::unique_ptr<InvitationDraftDialog> m_dialog;
};

void TestInvitationDraftDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestInvitationDraftDialog::init()
{
    m_tw = std::make_unique<TestWorkspace>();
    PD_VERIFY_OK(m_tw->openStatus());
    auto channel = m_tw->createProviderAndReseller();
    PD_VERIFY_OK(channel);
    m_provider = channel->provider;
    m_session = channel->providerSession;
    m_mail.urls.clear();
    m_dialog
        = std::make_unique<InvitationDraftDialog>(m_tw->workspace(), m_session, InvitationKind::ResellerOfProvider);
    QVERIFY(m_dialog->isReady());
    m_dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
}

void TestInvitationDraftDialog::cleanup()
{
    m_dialog.reset();
    m_tw.reset();
}

void TestInvitationDraftDialog::draftShowsLinkInMessage_P2()
{
    const QString link = line(u"linkLineEdit"_s)->text();
    QVERIFY(link.startsWith(u"partnerdesk://invitation/"_s));
    QVERIFY(line(u"linkLineEdit"_s)->isReadOnly());
    QVERIFY(body()->toPlainText().contains(link));
    QVERIFY(line(u"subjectLineEdit"_s)->text().contains(m_provider.account.legal.legalName));
    QCOMPARE(UiTest::labelOf(line(u"recipientLineEdit"_s)), u"&To:"_s);
    QCOMPARE(QApplication::focusWidget(), line(u"recipientLineEdit"_s));
    QCOMPARE(invitations(), 0);
}

void TestInvitationDraftDialog::linkRemovedRefused_P2_C2_data()
{
    QTest::addColumn<QString>("change");
    QTest::addColumn<QString>("buttonName");
    QTest::newRow("link removed, Done") << u"remove"_s << u"donePushButton"_s;
    QTest::newRow("link removed, Open in email") << u"remove"_s << u"openInEmailPushButton"_s;
    QTest::newRow("link altered, Done") << u"alter"_s << u"donePushButton"_s;
    QTest::newRow("link altered, Copy to clipboard") << u"alter"_s << u"copyToClipboardPushButton"_s;
}

void TestInvitationDraftDialog::linkRemovedRefused_P2_C2()
{
    QFETCH(QString, change);
    QFETCH(QString, buttonName);
    typeRecipient(u"riley@harborlight.example"_s);
    const QString link = line(u"linkLineEdit"_s)->text();
    QString text = u"Hi Riley,\n\n"_s + body()->toPlainText();
    text.replace(link, change == "remove"_L1 ? u"(link below)"_s : link.chopped(2) + u"zz"_s);
    body()->setFocus();
    body()->selectAll();
    body()->insertPlainText(text); // as pasting over it does
    QApplication::clipboard()->clear();
    QTest::mouseClick(button(buttonName), Qt::LeftButton);

    QVERIFY(m_dialog->isVisible());
    QLabel* message = label(u"bodyPlainTextEditMessageLabel"_s);
    QVERIFY(message->isVisible());
    QVERIFY2(message->text().contains(link), qPrintable(message->text()));
    QVERIFY(message->text().contains(change == "remove"_L1 ? u"must contain the invitation link"_s : u"was changed"_s));
    // What the person typed stays; nothing was recorded, opened or copied.
    QCOMPARE(body()->toPlainText(), text);
    QCOMPARE(invitations(), 0);
    QVERIFY(m_mail.urls.isEmpty());
    QVERIFY(QApplication::clipboard()->text().isEmpty());
    QCOMPARE(QApplication::focusWidget(), body());

    // Restore text puts the link back; then Done records.
    QTest::mouseClick(button(u"restoreTextPushButton"_s), Qt::LeftButton);
    QVERIFY(body()->toPlainText().contains(link));
    QVERIFY(!message->isVisible());
    QTest::mouseClick(button(u"donePushButton"_s), Qt::LeftButton);
    QCOMPARE(m_dialog->result(), int(QDialog::Accepted));
    QCOMPARE(invitations(), 1);
}

void TestInvitationDraftDialog::editedTextKeptAndRecorded_P2()
{
    typeRecipient(u"riley@harborlight.example"_s);
    UiTest::retype(line(u"subjectLineEdit"_s), u"Bluewater + Harborlight"_s);
    body()->moveCursor(QTextCursor::Start);
    body()->setFocus();
    QTest::keyClicks(body(), u"Hi Riley, as promised on the phone."_s);
    QTest::keyClick(body(), Qt::Key_Return);
    QTest::mouseClick(button(u"donePushButton"_s), Qt::LeftButton);
    QCOMPARE(m_dialog->result(), int(QDialog::Accepted));
    QCOMPARE(invitations(), 1);
    QCOMPARE(m_tw->scalar(u"SELECT status FROM invitations"_s).toString(), u"Pending"_s);
    QCOMPARE(m_tw->scalar(u"SELECT subject FROM invitations"_s).toString(), u"Bluewater + Harborlight"_s);
    QCOMPARE(m_tw->scalar(u"SELECT recipient_email FROM invitations"_s).toString(), u"riley@harborlight.example"_s);
    const QString stored = m_tw->scalar(u"SELECT message FROM invitations"_s).toString();
    QVERIFY(stored.startsWith(u"Hi Riley, as promised on the phone.\n"_s));
    QVERIFY(stored.contains(Invitation::linkPlaceholder()));
}

void TestInvitationDraftDialog::copyPutsSubjectBodyAndLinkOnClipboard_P2()
{
    typeRecipient(u"riley@harborlight.example"_s);
    const QString link = line(u"linkLineEdit"_s)->text();
    QTest::mouseClick(button(u"copyToClipboardPushButton"_s), Qt::LeftButton);
    const QString copied = QApplication::clipboard()->text();
    QVERIFY(copied.startsWith(u"To: riley@harborlight.example\nSubject: "_s + line(u"subjectLineEdit"_s)->text()));
    QVERIFY(copied.contains(body()->toPlainText()));
    QVERIFY(copied.contains(link));
    QVERIFY(label(u"statusLabel"_s)->isVisible());
    QCOMPARE(invitations(), 1);
    QCOMPARE(button(u"cancelPushButton"_s)->text(), u"&Close"_s);

    // Edited after copying: Done brings the recorded text up to date, still one invitation.
    UiTest::retype(line(u"subjectLineEdit"_s), u"Second thoughts"_s);
    QTest::mouseClick(button(u"donePushButton"_s), Qt::LeftButton);
    QCOMPARE(invitations(), 1);
    QCOMPARE(m_tw->scalar(u"SELECT subject FROM invitations"_s).toString(), u"Second thoughts"_s);
}

void TestInvitationDraftDialog::openInEmailHandsOverMessage_P2()
{
    typeRecipient(u"riley@harborlight.example"_s);
    const QString link = line(u"linkLineEdit"_s)->text();
    QTest::mouseClick(button(u"openInEmailPushButton"_s), Qt::LeftButton);
    QCOMPARE(m_mail.urls.size(), 1);
    const QUrl url = m_mail.urls.constFirst();
    QCOMPARE(url.scheme(), u"mailto"_s);
    QCOMPARE(url.path(), u"riley@harborlight.example"_s);
    const QUrlQuery query(url);
    QCOMPARE(query.queryItemValue(u"subject"_s, QUrl::FullyDecoded), line(u"subjectLineEdit"_s)->text());
    QVERIFY(query.queryItemValue(u"body"_s, QUrl::FullyDecoded).contains(link));
    QCOMPARE(invitations(), 1);
    QVERIFY(m_dialog->isVisible()); // Done closes it, once the person sent the email
    QCOMPARE(label(u"statusLabel"_s)->text(), u"Test Mail has the message. Send it from there, then choose Done."_s);
}

void TestInvitationDraftDialog::noEmailProgramOffersCopyOnly()
{
    // Nothing on this computer writes mailto: messages: Open in email isn't offered, and says why.
    Email::setMailProgramFinder([]() { return QString(); });
    InvitationDraftDialog dialog(m_tw->workspace(), m_session, InvitationKind::ResellerOfProvider);
    Email::setMailProgramFinder([]() { return u"Test Mail"_s; });
    auto* open = UiTest::child<QPushButton>(&dialog, u"openInEmailPushButton"_s);
    QVERIFY(!open->isEnabled());
    QVERIFY2(open->toolTip().startsWith(u"No email program is set up on this computer."_s),
             qPrintable(open->toolTip()));
    QVERIFY(UiTest::child<QPushButton>(&dialog, u"copyToClipboardPushButton"_s)->isEnabled());
}

void TestInvitationDraftDialog::invalidRecipientRefused_P2()
{
    typeRecipient(u"riley@"_s);
    QTest::mouseClick(button(u"donePushButton"_s), Qt::LeftButton);
    QVERIFY(m_dialog->isVisible());
    QVERIFY(label(u"recipientLineEditMessageLabel"_s)->isVisible());
    QCOMPARE(QApplication::focusWidget(), line(u"recipientLineEdit"_s));
    QCOMPARE(invitations(), 0);
    // Enter in the recipient line doesn't send either.
    QTest::keyClick(line(u"recipientLineEdit"_s), Qt::Key_Return);
    QVERIFY(m_dialog->isVisible());
    QCOMPARE(invitations(), 0);
}

void TestInvitationDraftDialog::spanishMessageForRecipient_P2()
{
    const QString link = line(u"linkLineEdit"_s)->text();
    const QString englishSubject = line(u"subjectLineEdit"_s)->text();
    QComboBox* language = UiTest::child<QComboBox>(m_dialog.get(), u"languageComboBox"_s);
    language->setFocus();
    QTest::keyClick(language, Qt::Key_Down); // English → Spanish
    QCOMPARE(language->currentData().toString(), u"es"_s);
    const QString subject = line(u"subjectLineEdit"_s)->text();
    QVERIFY(subject != englishSubject);
    QVERIFY2(subject.contains(u"revendedor indirecto"_s), qPrintable(subject));
    QVERIFY(body()->toPlainText().contains(link)); // the same link, in the Spanish text
    QVERIFY(body()->toPlainText().contains(u"Hola"_s));
    typeRecipient(u"ines@brisa.example"_s);
    QTest::mouseClick(button(u"donePushButton"_s), Qt::LeftButton);
    QCOMPARE(m_tw->scalar(u"SELECT language FROM invitations"_s).toString(), u"es"_s);
}

void TestInvitationDraftDialog::cancelRecordsNothing_P2()
{
    typeRecipient(u"riley@harborlight.example"_s);
    QTest::mouseClick(button(u"cancelPushButton"_s), Qt::LeftButton);
    QVERIFY(!m_dialog->isVisible());
    QCOMPARE(invitations(), 0);
}

QTEST_MAIN(TestInvitationDraftDialog)
#include "tst_InvitationDraftDialog.moc"
