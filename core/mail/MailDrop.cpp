#include "MailDrop.h"

#include "storage/PrivateFiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QLoggingCategory>
#include <QStandardPaths>
#include <QUuid>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

Q_LOGGING_CATEGORY(lcMail, "partnerdesk.mail", QtWarningMsg)

namespace {

constexpr QFileDevice::Permissions PrivateFolder
    = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner;
constexpr QFileDevice::Permissions PrivateFile = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
// Lines are folded before this many characters for people reading the file as text; RFC 5322
// allows 998 octets, which a long word of four-byte characters still stays under.
constexpr qsizetype FoldAt = 76;
constexpr qsizetype LongestWord = 240;

bool isPlainHeaderText(const QString& text)
{
    for (const QChar c : text) {
        if (c.unicode() < 0x20 || c.unicode() > 0x7e) {
            return false;
        }
    }
    return text.size() <= FoldAt - 10;
}

// RFC 2047 encoded words of at most 42 UTF-8 bytes each (56 in base64), never splitting a
// character, on folded lines.
QByteArray encodedHeaderText(const QString& text)
{
    if (isPlainHeaderText(text)) {
        return text.toLatin1();
    }
    QList<QByteArray> words;
    QByteArray chunk;
    for (const char32_t c : text.toUcs4()) {
        const QByteArray bytes = QString::fromUcs4(&c, 1).toUtf8();
        if (chunk.size() + bytes.size() > 42) {
            words << chunk;
            chunk.clear();
        }
        chunk += bytes;
    }
    words << chunk;
    QByteArrayList encoded;
    for (const QByteArray& word : words) {
        encoded << "=?UTF-8?B?" + word.toBase64() + "?=";
    }
    return encoded.join("\r\n ");
}

// The body's lines folded at spaces, CRLF-terminated.
QByteArray encodedBody(const QString& body)
{
    QByteArray result;
    QString text = body;
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n")).replace(QLatin1Char('\r'), QLatin1Char('\n'));
    for (const QString& paragraph : text.split(QLatin1Char('\n'))) {
        QString line = paragraph;
        while (line.size() > FoldAt) {
            qsizetype cut = line.lastIndexOf(QLatin1Char(' '), FoldAt);
            if (cut <= 0) {
                cut = line.indexOf(QLatin1Char(' '), FoldAt);
            }
            if (cut <= 0 || cut > LongestWord) {
                cut = LongestWord;
                if (line.at(cut - 1).isHighSurrogate()) {
                    --cut;
                }
                result += line.left(cut).toUtf8() + "\r\n";
                line = line.mid(cut);
            } else {
                result += line.left(cut).toUtf8() + "\r\n";
                line = line.mid(cut + 1);
            }
        }
        result += line.toUtf8() + "\r\n";
    }
    return result;
}

// A file name part made of the address: letters, digits and @ . _ + - as they are, others as _.
QString fileNamePart(const QString& address)
{
    QString result;
    for (const QChar c : address) {
        const bool safe = (c >= QLatin1Char('a') && c <= QLatin1Char('z'))
            || (c >= QLatin1Char('A') && c <= QLatin1Char('Z')) || (c >= QLatin1Char('0') && c <= QLatin1Char('9'))
            || QStringLiteral("@._+-").contains(c);
        result += safe ? c : QLatin1Char('_');
    }
    return result.left(100);
}

} // namespace

MailDrop::MailDrop(QString folder)
    : m_folder(std::move(folder))
{
}

QString MailDrop::defaultFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/mail-drop");
}

QByteArray MailDrop::toEml(const MailMessage& message)
{
    const QDateTime date = message.date.isValid() ? message.date.toUTC() : QDateTime::currentDateTimeUtc();
    QByteArray eml;
    eml += "From: PartnerDesk <no-reply@partnerdesk.invalid>\r\n";
    eml += "To: " + message.to.toUtf8() + "\r\n";
    eml += "Subject: " + encodedHeaderText(message.subject) + "\r\n";
    eml += "Date: " + QLocale::c().toString(date, QStringLiteral("ddd, dd MMM yyyy hh:mm:ss")).toLatin1()
        + " +0000\r\n";
    eml += "Message-ID: <" + QUuid::createUuid().toString(QUuid::WithoutBraces).toLatin1()
        + "@partnerdesk.invalid>\r\n";
    eml += "MIME-Version: 1.0\r\n";
    eml += "Content-Type: text/plain; charset=UTF-8\r\n";
    eml += "Content-Transfer-Encoding: 8bit\r\n";
    eml += "\r\n";
    eml += encodedBody(message.body);
    return eml;
}

Status MailDrop::preparePrivateFolder() const
{
    if (!QFileInfo(m_folder).exists() && !QFileInfo(m_folder).isSymLink()) {
        // The folders above it too, when missing: the user's own, whatever the umask.
        Status made = PrivateFiles::makeFolder(m_folder);
        if (!made) {
            return made;
        }
    }
    const QFileInfo created(m_folder);
    if (created.isSymLink() || !created.isDir()) {
        return Error(ErrorCode::Storage,
                     tr("%1 is not a folder, so no message can be put in it. Remove it and try again.").arg(m_folder));
    }
#ifdef Q_OS_UNIX
    if (created.ownerId() != ::geteuid()) {
        return Error(ErrorCode::Storage,
                     tr("The mail drop folder %1 belongs to another user, so no message is put in it.").arg(m_folder));
    }
#endif
    // Umask-independent, and an existing folder that others could read is made private.
    const QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup
        | QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;
    const QFileDevice::Permissions mode = created.permissions();
    if (((mode & others) || (mode & PrivateFolder) != PrivateFolder)
        && !QFile::setPermissions(m_folder, PrivateFolder)) {
        return Error(ErrorCode::Storage, tr("The mail drop folder %1 could not be made private.").arg(m_folder));
    }
    return {};
}

Status MailDrop::deliver(const MailMessage& message)
{
    Status ready = preparePrivateFolder();
    if (!ready) {
        return ready;
    }
    const QDateTime date = message.date.isValid() ? message.date.toUTC() : QDateTime::currentDateTimeUtc();
    const QString stem
        = date.toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'")) + QLatin1Char('-') + fileNamePart(message.to);
    const QByteArray eml = toEml(message);
    const QDir dir(m_folder);
    for (int n = 1; n <= 1000; ++n) {
        const QString path
            = dir.filePath(stem + (n == 1 ? QString() : QStringLiteral("-%1").arg(n)) + QStringLiteral(".eml"));
        QFile file(path);
        if (file.exists() || QFileInfo(path).isSymLink()) {
            continue;
        }
        if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly, PrivateFile)) {
            if (QFileInfo::exists(path) || QFileInfo(path).isSymLink()) {
                continue; // another message took the name meanwhile
            }
            qCWarning(lcMail).noquote() << "Could not create" << path << ":" << file.errorString();
            return Error(ErrorCode::Storage, tr("The message to %1 could not be written to %2.").arg(message.to, path));
        }
        const bool written = file.setPermissions(PrivateFile) && file.write(eml) == eml.size() && file.flush();
        file.close();
        if (!written || file.error() != QFileDevice::NoError) {
            QFile::remove(path);
            return Error(ErrorCode::Storage, tr("The message to %1 could not be written to %2.").arg(message.to, path));
        }
        return {};
    }
    return Error(ErrorCode::Storage,
                 tr("The message to %1 could not be written: the mail drop folder %2 already holds too many messages "
                    "from this second.")
                     .arg(message.to, m_folder));
}

QString MailDrop::whereDelivered(const QString& recipient) const
{
    //: %1 is a folder, %2 an email address.
    return tr("PartnerDesk has no mail server: the message is a file in the mail drop folder %1, named by the time "
              "it was sent and %2. Open it with your email program.")
        .arg(QDir::toNativeSeparators(m_folder), recipient);
}
