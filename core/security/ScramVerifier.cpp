#include "ScramVerifier.h"

#include <QCryptographicHash>
#include <QList>
#include <QMessageAuthenticationCode>
#include <QPasswordDigestor>
#include <QRandomGenerator>

namespace {

bool mappedToNothing(char32_t c)
{
    // RFC 3454 table B.1.
    return c == 0x00AD || c == 0x034F || c == 0x1806 || (c >= 0x180B && c <= 0x180D) || (c >= 0x200B && c <= 0x200D)
        || c == 0x2060 || (c >= 0xFE00 && c <= 0xFE0F) || c == 0xFEFF;
}

bool nonAsciiSpace(char32_t c)
{
    // RFC 3454 table C.1.2.
    return c == 0x00A0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200B) || c == 0x202F || c == 0x205F || c == 0x3000;
}

QByteArray hmac(const QByteArray& key, const QByteArray& message)
{
    return QMessageAuthenticationCode::hash(message, key, QCryptographicHash::Sha256);
}

} // namespace

QByteArray ScramVerifier::prepared(const QString& password)
{
    QString mapped;
    for (const char32_t c : password.toUcs4()) {
        if (mappedToNothing(c)) {
            continue;
        }
        mapped += nonAsciiSpace(c) ? QString(QLatin1Char(' ')) : QString::fromUcs4(&c, 1);
    }
    return mapped.normalized(QString::NormalizationForm_KC).toUtf8();
}

QString ScramVerifier::make(const QString& password)
{
    QByteArray salt(SaltBytes, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32*>(salt.data()), SaltBytes / 4);
    return make(password, salt);
}

QString ScramVerifier::make(const QString& password, const QByteArray& salt, int iterations)
{
    const QByteArray salted
        = QPasswordDigestor::deriveKeyPbkdf2(QCryptographicHash::Sha256, prepared(password), salt, iterations, 32);
    const QByteArray storedKey = QCryptographicHash::hash(hmac(salted, "Client Key"), QCryptographicHash::Sha256);
    const QByteArray serverKey = hmac(salted, "Server Key");
    return QStringLiteral("SCRAM-SHA-256$%1:%2$%3:%4")
        .arg(iterations)
        .arg(QString::fromLatin1(salt.toBase64()), QString::fromLatin1(storedKey.toBase64()),
             QString::fromLatin1(serverKey.toBase64()));
}
