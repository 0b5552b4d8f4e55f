// The Outbox page: the messages the signed-in user may read (V1), newest first and the newest
// shown; selecting one shows it in full; Copy puts exactly the recipient, subject and body on the
// clipboard; Open in email gets a mailto: URL that carries them percent-encoded.

#include "TestSupport.h"
#include "UiTestSupport.h"
#include "pages/OutboxPage.h"
#include "services/DirectoryService.h"
#include "widgets/Email.h"

#include <QClipboard>
#include <QGroupBox>
#include <QGuiApplication>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QUrlQuery>
#include <QtTest>

using namespace Qt::StringLiterals;

class TestOutboxPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void listsMessagesNewestFirst();
    void selectingShowsMessage();
    void copyPutsExactText();
    void partnerSeesOwnMessagesOnly_V1();
    void emptyOutboxShowsNote();
    void reloadKeepsSelectionAndAddsNew();
    void mailtoUrlEncodes_data();
    void mailtoUrlEncodes();

private:
    OutboxMessage send(const QString& recipient, const QString& subject, const QString& body,
                       const QString& partnerAccountId);
    QString text(const QTableWidget* table, int row, int column);

    std::unique_ptr<TestWorkspace> m_tw;
    Session m_programAdmin;
    PartnerFixture m_reseller;
    OutboxMessage m_verification;
    OutboxMessage m_review;
};

void TestOutboxPage::init()
{
    m_tw = std::make_unique<TestWorkspace>();
    PD_VERIFY_OK(m_tw->openStatus());
    auto admin = m_tw->createProgramAdministrator();
    PD_VERIFY_OK(admin);
    m_programAdmin = admin.value();
    auto reseller
        = m_tw->createPartner(u"harborlight"_s, PartnerType::IndirectReseller, PartnerStatus::PendingEmailVerification);
    PD_VERIFY_OK(reseller);
    m_reseller = reseller.value();

    m_verification
        = send(u"ana.garcia@harborlight.example"_s, u"Verify your email for Harborlight"_s,
               u"Hello Ana,\n\nYour verification code is 482913.\nIt expires in 7 days."_s, m_reseller.account.id);
    m_tw->clock().advance(90);
    m_review = send(u"ana.garcia@harborlight.example"_s, u"Harborlight is under review"_s,
                    u"Hello Ana,\n\nThank you: we are reviewing your application."_s, m_reseller.account.id);
}

void TestOutboxPage::cleanup()
{
    m_tw.reset();
}

OutboxMessage TestOutboxPage::send(const QString& recipient, const QString& subject, const QString& body,
                                   const QString& partnerAccountId)
{
    OutboxMessage message;
    message.recipient = recipient;
    message.subject = subject;
    message.body = body;
    message.kind = u"enrollment.test"_s;
    message.partnerAccountId = partnerAccountId;
    Workspace& workspace = m_tw->workspace();
    Status sent = workspace.inTransaction([&]() { return workspace.send(message); });
    if (!sent) {
        qWarning("could not send %s: %s", qPrintable(subject), qPrintable(sent.errorString()));
    }
    message.created = workspace.now();
    return message;
}

QString TestOutboxPage::text(const QTableWidget* table, int row, int column)
{
    const QTableWidgetItem* item = table->item(row, column);
    return item ? item->text() : QString();
}

void TestOutboxPage::listsMessagesNewestFirst()
{
    OutboxPage page(m_tw->workspace(), m_programAdmin);
    page.show();
    QCOMPARE(page.objectName(), u"outboxPage"_s);
    QCOMPARE(page.title(), u"Outbox"_s);
    auto* table = UiTest::child<QTableWidget>(&page, u"outboxTableWidget"_s);
    QVERIFY(table);
    QCOMPARE(table->rowCount(), 2);
    QCOMPARE(table->horizontalHeaderItem(0)->text(), u"Sent"_s);
    QCOMPARE(table->horizontalHeaderItem(1)->text(), u"To"_s);
    QCOMPARE(table->horizontalHeaderItem(2)->text(), u"Subject"_s);
    const QLocale locale;
    QCOMPARE(text(table, 0, 0), locale.toString(m_review.created.toLocalTime(), QLocale::ShortFormat));
    QCOMPARE(text(table, 0, 1), u"ana.garcia@harborlight.example"_s);
    QCOMPARE(text(table, 0, 2), u"Harborlight is under review"_s);
    QCOMPARE(text(table, 1, 0), locale.toString(m_verification.created.toLocalTime(), QLocale::ShortFormat));
    QCOMPARE(text(table, 1, 2), u"Verify your email for Harborlight"_s);
    QVERIFY(!UiTest::child<QLabel>(&page, u"outboxEmptyLabel"_s)->isVisible());

    // The newest is selected and shown in full.
    QCOMPARE(table->selectionModel()->selectedRows().size(), 1);
    QCOMPARE(table->selectionModel()->selectedRows().first().row(), 0);
    QCOMPARE(UiTest::child<QLabel>(&page, u"messageRecipientLabel"_s)->text(), u"ana.garcia@harborlight.example"_s);
    QCOMPARE(UiTest::child<QLabel>(&page, u"messageSubjectLabel"_s)->text(), u"Harborlight is under review"_s);
    QCOMPARE(UiTest::child<QPlainTextEdit>(&page, u"messageBodyPlainTextEdit"_s)->toPlainText(), m_review.body);
    QVERIFY(UiTest::child<QPushButton>(&page, u"copyMessagePushButton"_s)->isEnabled());
    // Open in email only where an email program is set up; without one, Copy is the way.
    auto* open = UiTest::child<QPushButton>(&page, u"openInEmailPushButton"_s);
    Email::setMailProgramFinder([]() { return QString(); });
    table->selectRow(1);
    table->selectRow(0);
    QVERIFY(!open->isEnabled());
    {
        UiTest::MailCatcher mail; // "Test Mail"
        table->selectRow(1);
        table->selectRow(0);
        QVERIFY(open->isEnabled());
    }
}

void TestOutboxPage::selectingShowsMessage()
{
    OutboxPage page(m_tw->workspace(), m_programAdmin);
    page.show();
    auto* table = UiTest::child<QTableWidget>(&page, u"outboxTableWidget"_s);
    auto* body = UiTest::child<QPlainTextEdit>(&page, u"messageBodyPlainTextEdit"_s);
    QVERIFY(table && body);
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualItemRect(table->item(1, 2)).center());
    QCOMPARE(UiTest::child<QLabel>(&page, u"messageSubjectLabel"_s)->text(), u"Verify your email for Harborlight"_s);
    QCOMPARE(body->toPlainText(), m_verification.body);
    QVERIFY(body->isReadOnly());
    QCOMPARE(body->accessibleName(), u"Message body"_s);
    auto* group = UiTest::child<QGroupBox>(&page, u"messageGroupBox"_s);
    QCOMPARE(group->title(), u"Message"_s);
}

void TestOutboxPage::copyPutsExactText()
{
    OutboxPage page(m_tw->workspace(), m_programAdmin);
    page.show();
    auto* table = UiTest::child<QTableWidget>(&page, u"outboxTableWidget"_s);
    auto* copy = UiTest::child<QPushButton>(&page, u"copyMessagePushButton"_s);
    QVERIFY(table && copy);
    QCOMPARE(copy->text(), u"&Copy"_s);
    QGuiApplication::clipboard()->clear();
    table->selectRow(1);
    QTest::mouseClick(copy, Qt::LeftButton);
    QCOMPARE(QGuiApplication::clipboard()->text(),
             u"To: ana.garcia@harborlight.example\nSubject: Verify your email for Harborlight\n\n"
             "Hello Ana,\n\nYour verification code is 482913.\nIt expires in 7 days."_s);
    QCOMPARE(Email::clipboardText(m_review),
             u"To: ana.garcia@harborlight.example\nSubject: Harborlight is under review\n\n"
             "Hello Ana,\n\nThank you: we are reviewing your application."_s);

    // A placeholder-looking text in a message is copied as it is.
    OutboxMessage odd = m_review;
    odd.subject = u"Save 100%1 now"_s;
    odd.body = u"%1 %2 %3"_s;
    QCOMPARE(Email::clipboardText(odd), u"To: ana.garcia@harborlight.example\nSubject: Save 100%1 now\n\n%1 %2 %3"_s);
}

void TestOutboxPage::partnerSeesOwnMessagesOnly_V1()
{
    auto provider = m_tw->createPartner(u"northwind"_s, PartnerType::IndirectProvider);
    PD_VERIFY_OK(provider);
    m_tw->clock().advance(5);
    send(u"lee@northwind.example"_s, u"Northwind is approved"_s, u"Welcome."_s, provider->account.id);
    auto session = m_tw->signIn(TestWorkspace::upn(u"admin"_s, u"harborlight"_s));
    PD_VERIFY_OK(session);

    OutboxPage page(m_tw->workspace(), session.value());
    page.show();
    auto* table = UiTest::child<QTableWidget>(&page, u"outboxTableWidget"_s);
    QCOMPARE(table->rowCount(), 2);
    QCOMPARE(text(table, 0, 2), u"Harborlight is under review"_s);
    QCOMPARE(text(table, 1, 2), u"Verify your email for Harborlight"_s);

    OutboxPage adminPage(m_tw->workspace(), m_programAdmin);
    adminPage.show(); // a page reads what it lists when it is shown
    QCOMPARE(UiTest::child<QTableWidget>(&adminPage, u"outboxTableWidget"_s)->rowCount(), 3);
}

void TestOutboxPage::emptyOutboxShowsNote()
{
    auto tenant = m_tw->createTenant(u"quillfeather"_s);
    PD_VERIFY_OK(tenant);
    auto session = m_tw->signIn(TestWorkspace::upn(u"admin"_s, u"quillfeather"_s));
    PD_VERIFY_OK(session);

    OutboxPage page(m_tw->workspace(), session.value());
    page.show();
    auto* note = UiTest::child<QLabel>(&page, u"outboxEmptyLabel"_s);
    QVERIFY(note);
    QVERIFY(note->isVisible());
    QCOMPARE(note->text(),
             u"The outbox is empty. Messages the workspace sends, such as verification codes, appear here."_s);
    QCOMPARE(UiTest::child<QTableWidget>(&page, u"outboxTableWidget"_s)->rowCount(), 0);
    QVERIFY(!UiTest::child<QPushButton>(&page, u"copyMessagePushButton"_s)->isEnabled());
    QVERIFY(!UiTest::child<QPushButton>(&page, u"openInEmailPushButton"_s)->isEnabled());
    QVERIFY(UiTest::child<QPlainTextEdit>(&page, u"messageBodyPlainTextEdit"_s)->toPlainText().isEmpty());
    QVERIFY(!UiTest::child<QLabel>(&page, u"outboxErrorLabel"_s)->isVisible());
}

void TestOutboxPage::reloadKeepsSelectionAndAddsNew()
{
    OutboxPage page(m_tw->workspace(), m_programAdmin);
    page.show();
    auto* table = UiTest::child<QTableWidget>(&page, u"outboxTableWidget"_s);
    table->selectRow(1);
    m_tw->clock().advance(5);
    send(u"ana.garcia@harborlight.example"_s, u"Harborlight is approved"_s, u"Welcome."_s, m_reseller.account.id);

    page.reload();
    QCOMPARE(table->rowCount(), 3);
    QCOMPARE(text(table, 0, 2), u"Harborlight is approved"_s);
    QCOMPARE(table->selectionModel()->selectedRows().first().row(), 2);
    QCOMPARE(UiTest::child<QLabel>(&page, u"messageSubjectLabel"_s)->text(), u"Verify your email for Harborlight"_s);
}

void TestOutboxPage::mailtoUrlEncodes_data()
{
    QTest::addColumn<QString>("recipient");
    QTest::addColumn<QString>("subject");
    QTest::addColumn<QString>("body");
    QTest::addColumn<QString>("expected");

    QTest::newRow("spaces and line breaks")
        << u"ana.garcia@harborlight.example"_s << u"Verify your email"_s << u"Hello Ana,\n\nCode: 482913"_s
        << u"mailto:ana.garcia@harborlight.example?subject=Verify%20your%20email"
           "&body=Hello%20Ana%2C%0D%0A%0D%0ACode%3A%20482913"_s;
    QTest::newRow("delimiters of a query")
        << u"ana@contoso.example"_s << u"Q&A? a=b #1"_s << u"Terms & conditions?\r\nx+y=z 50% /path"_s
        << u"mailto:ana@contoso.example?subject=Q%26A%3F%20a%3Db%20%231"
           "&body=Terms%20%26%20conditions%3F%0D%0Ax%2By%3Dz%2050%25%20%2Fpath"_s;
    QTest::newRow("non-ASCII") << u"soporte@contoso.example"_s << u"Bienvenido a España"_s
                               << u"Señora Núñez: ¿qué tal?"_s
                               << u"mailto:soporte@contoso.example?subject=Bienvenido%20a%20Espa%C3%B1a"
                                  "&body=Se%C3%B1ora%20N%C3%BA%C3%B1ez%3A%20%C2%BFqu%C3%A9%20tal%3F"_s;
    QTest::newRow("text that looks encoded already")
        << u"ana@contoso.example"_s << u"%20 and %25"_s << u"100%2B"_s
        << u"mailto:ana@contoso.example?subject=%2520%20and%20%2525&body=100%252B"_s;
}

void TestOutboxPage::mailtoUrlEncodes()
{
    QFETCH(QString, recipient);
    QFETCH(QString, subject);
    QFETCH(QString, body);
    QFETCH(QString, expected);

    OutboxMessage message;
    message.recipient = recipient;
    message.subject = subject;
    message.body = body;
    const QUrl url = Email::mailtoUrl(message);
    QVERIFY(url.isValid());
    QCOMPARE(url.scheme(), u"mailto"_s);
    QCOMPARE(url.toString(QUrl::FullyEncoded), expected);

    // What a mail program decodes is the message, with line breaks as CRLF (RFC 6068).
    const QUrl parsed = QUrl::fromEncoded(url.toEncoded(), QUrl::StrictMode);
    QCOMPARE(parsed.path(), recipient);
    const QUrlQuery query(parsed);
    QCOMPARE(query.queryItemValue(u"subject"_s, QUrl::FullyDecoded), subject);
    QString crlf = body;
    crlf.replace(u"\r\n"_s, u"\n"_s).replace(u"\n"_s, u"\r\n"_s);
    QCOMPARE(query.queryItemValue(u"body"_s, QUrl::FullyDecoded), crlf);
}

QTEST_MAIN(TestOutboxPage)
#include "tst_OutboxPage.moc"
