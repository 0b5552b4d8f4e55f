#include "Email.h"

#include <QClipboard>
#include <QDesktopServices>
#include <QGuiApplication>
#include <QUrlQuery>

namespace {

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

QString Email::notOpenedMessage()
{
    return tr("No email program opened the message. Use Copy and paste it into a new email.");
}
