#include "Email.h"

#include <QClipboard>
#include <QDesktopServices>
#include <QFile>
#include <QGuiApplication>
#include <QProcess>
#include <QStandardPaths>
#include <QUrlQuery>

#include <optional>

namespace {

std::function<QString()>& mailProgramFinder()
{
    static std::function<QString()> finder;
    return finder;
}

// The Name= of a desktop entry ("thunderbird.desktop" → "Thunderbird"), or its file name.
QString desktopEntryName(const QString& entry)
{
    QFile file(QStandardPaths::locate(QStandardPaths::ApplicationsLocation, entry));
    if (file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        bool inEntry = false;
        while (!file.atEnd()) {
            const QString line = QString::fromUtf8(file.readLine()).trimmed();
            if (line.startsWith(QLatin1Char('['))) {
                inEntry = line == QLatin1String("[Desktop Entry]");
            } else if (inEntry && line.startsWith(QLatin1String("Name="))) {
                return line.mid(5);
            }
        }
    }
    QString name = entry;
    name.chop(entry.endsWith(QLatin1String(".desktop")) ? 8 : 0);
    return name;
}

// What the desktop says handles mailto: (empty: nothing), or nullopt when it didn't answer.
std::optional<QString> askDesktopForMailProgram()
{
#if defined(Q_OS_UNIX) && !defined(Q_OS_DARWIN)
    const QString xdgMime = QStandardPaths::findExecutable(QStringLiteral("xdg-mime"));
    if (xdgMime.isEmpty()) {
        // Without xdg-utils nothing says which program writes mailto: messages: Copy is offered
        // rather than an Open that may go nowhere.
        return QString();
    }
    QProcess query;
    query.start(xdgMime,
                {QStringLiteral("query"), QStringLiteral("default"), QStringLiteral("x-scheme-handler/mailto")});
    // A shell script that reads a few files: it answers in milliseconds, or not at all.
    if (!query.waitForFinished(1000) || query.exitStatus() != QProcess::NormalExit) {
        query.kill();
        query.waitForFinished(100);
        return std::nullopt;
    }
    if (query.exitCode() != 0) {
        return QString();
    }
    const QString entry = QString::fromUtf8(query.readAllStandardOutput()).trimmed();
    return entry.isEmpty() ? QString() : desktopEntryName(entry);
#else
    return Email::tr("your email program");
#endif
}

// Every character but the unreserved ones encoded, so that mail programs read back exactly the
// text: QUrlQuery keeps such sequences as they are, while it would leave '+', '?' and '/' bare.
QString percentEncoded(const QString& text)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(text));
}

} // namespace

QString Email::clipboardText(const OutboxMessage& message)
{
    // One arg() call with three strings: a "%1" inside a subject or body stays as it is.
    return tr("To: %1\nSubject: %2\n\n%3").arg(message.recipient, message.subject, message.body);
}

QUrl Email::mailtoUrl(const OutboxMessage& message)
{
    QString body = message.body;
    body.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    body.replace(QLatin1Char('\n'), QStringLiteral("\r\n")); // RFC 6068: line breaks are CRLF
    QUrl url;
    url.setScheme(QStringLiteral("mailto"));
    url.setPath(message.recipient.trimmed());
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("subject"), percentEncoded(message.subject));
    query.addQueryItem(QStringLiteral("body"), percentEncoded(body));
    url.setQuery(query);
    return url;
}

void Email::copy(const OutboxMessage& message)
{
    QGuiApplication::clipboard()->setText(clipboardText(message));
}

bool Email::open(const OutboxMessage& message)
{
    return QDesktopServices::openUrl(mailtoUrl(message));
}

QString Email::mailProgram()
{
    if (const auto& finder = mailProgramFinder()) {
        return finder();
    }
    // Asked once a run; again next time when the desktop didn't answer.
    static std::optional<QString> known;
    if (!known) {
        known = askDesktopForMailProgram();
    }
    return known.value_or(QString());
}

void Email::setMailProgramFinder(std::function<QString()> finder)
{
    mailProgramFinder() = std::move(finder);
}

QString Email::notOpenedMessage()
{
    return tr("No email program opened the message. Use Copy and paste it into a new email.");
}
