// S2 with a real mail setup: a message that carries a secret goes to a sendmail-compatible
// program, addressed on its command line to the recipient alone, as the RFC 5322 text the mail
// drop writes. A program that is missing or refuses the message is a clear refusal.

#include "TestSupport.h"
#include "mail/MailDrop.h"
#include "mail/SendmailTransport.h"

#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QtTest>

using namespace Qt::StringLiterals;

class TestSendmailTransport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void handsTheMessageToTheProgram_S2();
    void refusalIsClear_S2();
    void programMustBeRunnable_S2_data();
    void programMustBeRunnable_S2();
    void saysWhereToLook_S2();

private:
    // A stand-in sendmail: writes its arguments and what it reads, then exits with exitCode.
    QString fakeSendmail(int exitCode);
    static MailMessage message();
    static QByteArray read(const QString& path);

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestSendmailTransport::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

QString TestSendmailTransport::fakeSendmail(int exitCode)
{
    const QString path = m_dir->filePath(u"sendmail"_s);
    QFile script(path);
    if (!script.open(QIODevice::WriteOnly)) {
        return {};
    }
    script.write(u"#!/bin/sh\nprintf '%s\\n' \"$@\" > '%1'\ncat > '%2'\necho 'mail: no route to host'\nexit %3\n"_s
                     .arg(m_dir->filePath(u"args"_s), m_dir->filePath(u"stdin"_s))
                     .arg(exitCode)
                     .toUtf8());
    script.close();
    script.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    return path;
}

MailMessage TestSendmailTransport::message()
{
    return {u"ada@contoso.example"_s, u"Verify your email address"_s, u"Hello Ada,\n\n    123456\n.\nThanks."_s,
            QDateTime(QDate(2026, 11, 24), QTime(9, 0, 5), QTimeZone::utc())};
}

QByteArray TestSendmailTransport::read(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void TestSendmailTransport::handsTheMessageToTheProgram_S2()
{
    SendmailTransport transport(fakeSendmail(0));
    PD_VERIFY_OK(transport.deliver(message()));
    // The recipient after "--", so that no header adds another; -i keeps a lone dot as text.
    QCOMPARE(read(m_dir->filePath(u"args"_s)), QByteArray("-i\n--\nada@contoso.example\n"));
    const QByteArray sent = read(m_dir->filePath(u"stdin"_s));
    // Apart from its Message-ID, the very text the mail drop writes.
    const QRegularExpression messageId(u"Message-ID: <[^>]+>"_s);
    QCOMPARE(QString::fromUtf8(sent).remove(messageId), QString::fromUtf8(MailDrop::toEml(message())).remove(messageId));
    QVERIFY(sent.contains("To: ada@contoso.example\r\n"));
    QVERIFY(sent.contains("\r\n    123456\r\n"));
}

void TestSendmailTransport::refusalIsClear_S2()
{
    const QString program = fakeSendmail(75);
    SendmailTransport transport(program);
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"exited with 75 : mail: no route to host"_s));
    const Status sent = transport.deliver(message());
    PD_VERIFY_ERROR(sent, ErrorCode::Storage);
    QCOMPARE(sent.errorString(),
             u"The message to ada@contoso.example could not be sent: %1 did not accept it. Nothing was changed; check "
             "the computer's mail setup, then try again."_s.arg(program));
}

void TestSendmailTransport::programMustBeRunnable_S2_data()
{
    QTest::addColumn<QString>("program");
    QTest::newRow("S2 missing") << u"missing"_s;
    QTest::newRow("S2 not absolute") << u"sendmail"_s;
    QTest::newRow("S2 not executable") << u"plain"_s;
}

void TestSendmailTransport::programMustBeRunnable_S2()
{
    QFETCH(QString, program);
    QFile plain(m_dir->filePath(u"plain"_s));
    QVERIFY(plain.open(QIODevice::WriteOnly));
    plain.close();
    const QString path = program == u"sendmail"_s ? program : m_dir->filePath(program);
    const Status checked = SendmailTransport::check(path);
    PD_VERIFY_ERROR(checked, ErrorCode::InvalidInput);
    QCOMPARE(checked.errorString(),
             u"%1 is not a program PartnerDesk can run to send email. Give the full path of a sendmail-compatible "
             "program, such as /usr/sbin/sendmail."_s.arg(path));
    PD_VERIFY_ERROR(SendmailTransport(path).deliver(message()), ErrorCode::InvalidInput);
}

void TestSendmailTransport::saysWhereToLook_S2()
{
    QCOMPARE(SendmailTransport(fakeSendmail(0)).whereDelivered(u"ada@contoso.example"_s),
             u"Look for it in the inbox of ada@contoso.example."_s);
}

QTEST_GUILESS_MAIN(TestSendmailTransport)
#include "tst_SendmailTransport.moc"
