#include "PasswordHasher.h"

#include <QCryptographicHash>
#include <QPasswordDigestor>
#include <QRandomGenerator>
#include <QStringList>

namespace {
const QLatin1String Scheme("pbkdf2-sha256");

bool constantTimeEquals(const QByteArray& a, const QByteArray& b)
{
    if (a.size() != b.size()) {
        return false;
    }
    unsigned char difference = 0;
    for (qsizetype i = 0; i < a.size(); ++i) {
        difference |= static_cast<unsigned char>(a[i] ^ b[i]);
    }
    return difference == 0;
}

struct Parsed
{
    int iterations = 0;
    QByteArray salt;
    QByteArray key;
};

bool parse(const QString& stored, Parsed& out)
{
    const QStringList parts = stored.split(QLatin1Char('$'));
    if (parts.size() != 4 || parts[0] != Scheme) {
        return false;
    }
    bool ok = false;
    out.iterations = parts[1].toInt(&ok);
    if (!ok || out.iterations < 1) {
        return false;
    }
    out.salt = QByteArray::fromBase64(parts[2].toLatin1());
    out.key = QByteArray::fromBase64(parts[3].toLatin1());
    return !out.salt.isEmpty() && !out.key.isEmpty();
}
} // namespace

PasswordHasher::PasswordHasher(int iterations)
    : m_iterations(iterations)
{
}

QByteArray PasswordHasher::derive(const QString& password, const QByteArray& salt, int iterations)
{
    return QPasswordDigestor::deriveKeyPbkdf2(QCryptographicHash::Sha256, password.toUtf8(), salt, iterations,
                                              KeyBytes);
}

QString PasswordHasher::hash(const QString& password) const
{
    QByteArray salt(SaltBytes, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32*>(salt.data()), SaltBytes / sizeof(quint32));
    const QByteArray key = derive(password, salt, m_iterations);
    return QStringLiteral("%1$%2$%3$%4")
        .arg(Scheme)
        .arg(m_iterations)
        .arg(QString::fromLatin1(salt.toBase64()), QString::fromLatin1(key.toBase64()));
}

bool PasswordHasher::verify(const QString& password, const QString& stored)
{
    Parsed parsed;
    if (!parse(stored, parsed)) {
        return false;
    }
    return constantTimeEquals(derive(password, parsed.salt, parsed.iterations), parsed.key);
}

bool PasswordHasher::needsRehash(const QString& stored) const
{
    Parsed parsed;
    return !parse(stored, parsed) || parsed.iterations < m_iterations;
}
