#include "Totp.h"

#include <QRandomGenerator>
#include <QUrl>

#include <cstdlib>
#include <liboath/oath.h>
#include <mutex>

namespace {

// liboath wants oath_init() once before any other call.
bool oathReady()
{
    static std::once_flag once;
    static bool ready = false;
    std::call_once(once, []() { ready = oath_init() == OATH_OK; });
    return ready;
}

QString withoutBlanks(const QString& text)
{
    QString compact;
    compact.reserve(text.size());
    for (QChar c : text) {
        if (!c.isSpace() && c != QLatin1Char('-')) {
            compact += c;
        }
    }
    return compact;
}

} // namespace

QByteArray Totp::newSecret()
{
    QByteArray secret(SecretBytes, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32*>(secret.data()), SecretBytes / 4);
    return secret;
}

QString Totp::toBase32(const QByteArray& secret)
{
    if (!oathReady() || secret.isEmpty()) {
        return {};
    }
    char* out = nullptr;
    size_t length = 0;
    if (oath_base32_encode(secret.constData(), size_t(secret.size()), &out, &length) != OATH_OK) {
        return {};
    }
    QString text = QString::fromLatin1(out, qsizetype(length));
    std::free(out);
    while (text.endsWith(QLatin1Char('='))) {
        text.chop(1);
    }
    return text;
}

std::optional<QByteArray> Totp::fromBase32(const QString& text)
{
    const QString compact = withoutBlanks(text).toUpper();
    if (compact.isEmpty() || !oathReady()) {
        return std::nullopt;
    }
    for (QChar c : compact) {
        const bool letter = c >= QLatin1Char('A') && c <= QLatin1Char('Z');
        const bool digit = c >= QLatin1Char('2') && c <= QLatin1Char('7');
        if (!letter && !digit && c != QLatin1Char('=')) {
            return std::nullopt;
        }
    }
    const QByteArray latin1 = compact.toLatin1();
    char* out = nullptr;
    size_t length = 0;
    if (oath_base32_decode(latin1.constData(), size_t(latin1.size()), &out, &length) != OATH_OK) {
        return std::nullopt;
    }
    QByteArray secret(out, qsizetype(length));
    std::free(out);
    return secret;
}

QString Totp::grouped(const QString& base32)
{
    QStringList groups;
    for (qsizetype i = 0; i < base32.size(); i += 4) {
        groups << base32.mid(i, 4);
    }
    return groups.join(QLatin1Char(' '));
}

qint64 Totp::stepAt(const QDateTime& at)
{
    return at.toSecsSinceEpoch() / StepSeconds;
}

QString Totp::code(const QByteArray& secret, const QDateTime& at)
{
    if (!oathReady() || secret.isEmpty()) {
        return {};
    }
    char otp[Digits + 1] = {};
    const int result = oath_totp_generate(secret.constData(), size_t(secret.size()), time_t(at.toSecsSinceEpoch()),
                                          StepSeconds, OATH_TOTP_DEFAULT_START_TIME, Digits, otp);
    return result == OATH_OK ? QString::fromLatin1(otp, Digits) : QString();
}

bool Totp::looksLikeCode(const QString& text)
{
    const QString compact = withoutBlanks(text);
    if (compact.size() != Digits) {
        return false;
    }
    for (QChar c : compact) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9')) {
            return false;
        }
    }
    return true;
}

std::optional<qint64> Totp::matchingStep(const QByteArray& secret, const QString& code, const QDateTime& at)
{
    if (!oathReady() || secret.isEmpty() || !looksLikeCode(code)) {
        return std::nullopt;
    }
    const QByteArray otp = withoutBlanks(code).toLatin1();
    int position = 0;
    uint64_t counter = 0;
    const int result
        = oath_totp_validate3(secret.constData(), size_t(secret.size()), time_t(at.toSecsSinceEpoch()), StepSeconds,
                              OATH_TOTP_DEFAULT_START_TIME, Window, &position, &counter, otp.constData());
    if (result < 0) {
        return std::nullopt;
    }
    return qint64(counter);
}

QString Totp::provisioningUri(const QString& issuer, const QString& account, const QByteArray& secret)
{
    // Key URI format of Google Authenticator, which the other apps follow: the label is
    // "issuer:account", both percent-encoded, and the issuer is repeated as a parameter.
    const QString label = QString::fromLatin1(QUrl::toPercentEncoding(issuer)) + QLatin1Char(':')
        + QString::fromLatin1(QUrl::toPercentEncoding(account, "@"));
    return QStringLiteral("otpauth://totp/%1?secret=%2&issuer=%3&algorithm=SHA1&digits=%4&period=%5")
        .arg(label, toBase32(secret), QString::fromLatin1(QUrl::toPercentEncoding(issuer)))
        .arg(Digits)
        .arg(StepSeconds);
}
