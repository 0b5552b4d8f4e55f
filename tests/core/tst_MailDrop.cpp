// The product's mail transport (S2): messages carrying a secret become RFC 5322 files in a private
// folder, one per message, named by time and recipient, that an email program opens.

#include "TestSupport.h"
#include "mail/MailDrop.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QtTest>

#include <sys/stat.h>

using namespace Qt::StringLiterals;

class TestMailDrop : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void writesOnePrivateFilePerMessage_S2();
    void tightensAnExistingFolder_S2();
    void encodesHeadersAndFoldsLines_S2();
    void refusesWhatIsNotAFolder_S2();
    void takenNameGetsTheNextNumber_S2();

private:
    static MailMessage message(const QString& to = u"ada@contoso.example"_s);
    static QStringList emlFiles(const QString& folder);
    static mode_t modeOf(const QString& path);
};

void TestMailDrop::takenNameGetsTheNextNumber_S2()
{
    // A name already taken, even by a link to somewhere else, is never written through.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString folder = dir.filePath(u"mail-drop"_s);
    MailDrop drop(folder);
    PD_VERIFY_OK(drop.deliver(message()));
    const QString target = dir.filePath(u"elsewhere"_s);
    QVERIFY(QFile::link(target, QDir(folder).filePath(u"20261124T090005Z-ada@contoso.example-2.eml"_s)));
    PD_VERIFY_OK(drop.deliver(message()));
    QVERIFY(!QFile::exists(target));
    QVERIFY(emlFiles(folder).contains(u"20261124T090005Z-ada@contoso.example-3.eml"_s));
}

MailMessage TestMailDrop::message(const QString& to)
{
    return {to, u"Verify your email address"_s, u"Hello Ada,\n\n    123456\n\nThanks."_s,
            QDateTime(QDate(2026, 11, 24), QTime(9, 0, 5), QTimeZone::utc())};
}

QStringList TestMailDrop::emlFiles(const QString& folder)
{
    return QDir(folder).entryList({u"*.eml"_s}, QDir::Files, QDir::Name);
}

mode_t TestMailDrop::modeOf(const QString& path)
{
    struct stat info
    {
    };
    return ::stat(QFile::encodeName(path).constData(), &info) == 0 ? (info.st_mode & 07777) : mode_t(07777);
}

void TestMailDrop::writesOnePrivateFilePerMessage_S2()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString folder = dir.filePath(u"data/mail-drop"_s);
    const mode_t oldMask = ::umask(0); // the widest umask: the modes must not depend on it
    MailDrop drop(folder);
    Status first = drop.deliver(message());
    Status second = drop.deliver(message());
    ::umask(oldMask);
    PD_VERIFY_OK(first);
    PD_VERIFY_OK(second);

    QCOMPARE(modeOf(folder), mode_t(0700));
    // The folder above it, missing too, is the user's alone as well (umask 0 notwithstanding).
    QCOMPARE(modeOf(dir.filePath(u"data"_s)), mode_t(0700));
    const QStringList files = emlFiles(folder);
    QCOMPARE(
        files,
        (QStringList{u"20261124T090005Z-ada@contoso.example-2.eml"_s, u"20261124T090005Z-ada@contoso.example.eml"_s}));
    for (const QString& name : files) {
        QCOMPARE(modeOf(QDir(folder).filePath(name)), mode_t(0600));
    }
    QFile file(QDir(folder).filePath(files.last()));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray eml = file.readAll();
    const qsizetype split = eml.indexOf("\r\n\r\n");
    QVERIFY(split > 0);
    const QList<QByteArray> headers = eml.left(split).split('\n');
    QVERIFY(headers.contains("From: PartnerDesk <no-reply@partnerdesk.invalid>\r"));
    QVERIFY(headers.contains("To: ada@contoso.example\r"));
    QVERIFY(headers.contains("Subject: Verify your email address\r"));
    QVERIFY(headers.contains("Date: Tue, 24 Nov 2026 09:00:05 +0000\r"));
    QVERIFY(headers.contains("MIME-Version: 1.0\r"));
    QVERIFY(headers.contains("Content-Type: text/plain; charset=UTF-8\r"));
    QCOMPARE(eml.mid(split + 4), QByteArray("Hello Ada,\r\n\r\n    123456\r\n\r\nThanks.\r\n"));
    QVERIFY(drop.whereDelivered(u"ada@contoso.example"_s).contains(QDir::toNativeSeparators(folder)));
}

void TestMailDrop::tightensAnExistingFolder_S2()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString folder = dir.filePath(u"mail-drop"_s);
    QVERIFY(QDir().mkdir(folder));
    QVERIFY(QFile::setPermissions(folder,
                                  QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
                                      | QFileDevice::ReadGroup | QFileDevice::ExeGroup | QFileDevice::ReadOther
                                      | QFileDevice::ExeOther));
    QCOMPARE(modeOf(folder), mode_t(0755));
    PD_VERIFY_OK(MailDrop(folder).deliver(message()));
    QCOMPARE(modeOf(folder), mode_t(0700));
    QCOMPARE(emlFiles(folder).size(), 1);
}

void TestMailDrop::encodesHeadersAndFoldsLines_S2()
{
    MailMessage m = message(u"jose@example.com"_s);
    m.subject = u"Verifique el correo de Soluciones Ñandú y Compañía, S.L.\nBcc: x@example.com"_s;
    m.body = QString(u"palabra "_s).repeated(30).trimmed();
    const QByteArray eml = MailDrop::toEml(m);
    const QByteArray head = eml.left(eml.indexOf("\r\n\r\n"));
    // A line break in the subject can't start a header of its own: the subject is encoded.
    QVERIFY(!head.contains("\nBcc:"));
    QVERIFY(head.contains("Subject: =?UTF-8?B?"));
    QByteArray subject;
    for (const QByteArray& line : head.split('\n')) {
        const QByteArray text = line.trimmed();
        const qsizetype start = text.indexOf("=?UTF-8?B?");
        if (start >= 0) {
            QVERIFY(text.endsWith("?="));
            subject += QByteArray::fromBase64(text.mid(start + 10, text.size() - start - 12));
        }
    }
    QCOMPARE(QString::fromUtf8(subject), m.subject);
    for (const QByteArray& line : eml.split('\n')) {
        QVERIFY2(line.size() <= 78, line.constData());
    }
    QCOMPARE(QString::fromUtf8(eml.mid(eml.indexOf("\r\n\r\n") + 4)).simplified(), m.body);
}

void TestMailDrop::refusesWhatIsNotAFolder_S2()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"mail-drop"_s);
    QFile blocker(path);
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    Status refused = MailDrop(path).deliver(message());
    PD_VERIFY_ERROR(refused, ErrorCode::Storage);
    QVERIFY2(refused.errorString().contains(path), qPrintable(refused.errorString()));
}

QTEST_GUILESS_MAIN(TestMailDrop)
#include "tst_MailDrop.moc"
