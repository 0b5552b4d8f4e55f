#include "PasswordHasher.h"

#include <QByteArray>
#include <QCryptographicHash>
#include <QPasswordDigestor>
#include <QRegularExpression>
#include <QStringList>

#include <sodium.h>

namespace {
const QLatin1String Pbkdf2Scheme("pbkdf2-sha256");
const QLatin1String Argon2idPrefix("$argon2id$v=19$");
constexpr int Pbkdf2KeyBytes = 32;
constexpr int Argon2HashBytes = 32;

// libsodium must be initialized once before use; C++ makes this static's initialization
// thread-safe, and sodium_init may be called again anyway.
bool sodiumReady()
{
    static const bool ready = sodium_init() >= 0;
    return ready;
}

bool constantTimeEquals(const QByteArray& a, const QByteArray& b)
{
    return a.size() == b.size() && sodium_memcmp(a.constData(), b.constData(), size_t(a.size())) == 0;
}

struct Pbkdf2Hash
{
    int iterations = 0;
    QByteArray salt;
    QByteArray key;
};

// A legacy hash within the cap on iterations.
bool parsePbkdf2(const QString& stored, Pbkdf2Hash& out)
{
    const QStringList parts = stored.split(QLatin1Char('$'));
    if (parts.size() != 4 || parts[0] != Pbkdf2Scheme) {
        return false;
    }
    bool ok = false;
    out.iterations = parts[1].toInt(&ok);
    if (!ok || out.iterations < 1 || out.iterations > PasswordHasher::MaxPbkdf2Iterations) {
        return false;
    }
    out.salt = QByteArray::fromBase64(parts[2].toLatin1());
    out.key = QByteArray::fromBase64(parts[3].toLatin1());
    return !out.salt.isEmpty() && !out.key.isEmpty();
}

// The cost an Argon2id hash asks for, read from its header and within the caps; libsodium reads
// the rest when it verifies.
bool parseArgon2id(const QString& stored, PasswordCost& out)
{
    if (!stored.startsWith(Argon2idPrefix) || stored.size() >= qsizetype(crypto_pwhash_STRBYTES)) {
        return false;
    }
    static const QRegularExpression format(QStringLiteral(
        "^\\$argon2id\\$v=19\\$m=([0-9]{1,10}),t=([0-9]{1,10}),p=1\\$[A-Za-z0-9+/]{11,}\\$[A-Za-z0-9+/]{11,}$"));
    const QRegularExpressionMatch match = format.match(stored);
    if (!match.hasMatch()) {
        return false;
    }
    const quint64 memKiB = match.captured(1).toULongLong();
    out.opsLimit = match.captured(2).toULongLong();
    out.memLimitBytes = memKiB * 1024;
    return out.opsLimit >= crypto_pwhash_OPSLIMIT_MIN && out.opsLimit <= PasswordHasher::MaxOpsLimit
        && out.memLimitBytes >= crypto_pwhash_MEMLIMIT_MIN && out.memLimitBytes <= PasswordHasher::MaxMemLimitBytes;
}
} // namespace

PasswordCost PasswordCost::product()
{
    return PasswordCost{3, quint64(64) * 1024 * 1024};
}

PasswordCost PasswordCost::lowest()
{
    return PasswordCost{crypto_pwhash_OPSLIMIT_MIN, crypto_pwhash_MEMLIMIT_MIN};
}

PasswordHasher::PasswordHasher(PasswordCost cost, Observer observer)
    : m_cost(cost)
    , m_observer(std::move(observer))
{
}

QString PasswordHasher::hash(const QString& password) const
{
    if (!sodiumReady()) {
        return {};
    }
    if (m_observer) {
        m_observer();
    }
    const QByteArray utf8 = password.toUtf8();
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str_alg(out, utf8.constData(), quint64(utf8.size()), m_cost.opsLimit,
                              size_t(m_cost.memLimitBytes), crypto_pwhash_ALG_ARGON2ID13)
        != 0) {
        return {};
    }
    return QString::fromLatin1(out);
}

bool PasswordHasher::verify(const QString& password, const QString& stored) const
{
    PasswordCost cost;
    if (parseArgon2id(stored, cost)) {
        if (!sodiumReady()) {
            return false;
        }
        if (m_observer) {
            m_observer();
        }
        const QByteArray storedLatin1 = stored.toLatin1();
        const QByteArray utf8 = password.toUtf8();
        return crypto_pwhash_str_verify(storedLatin1.constData(), utf8.constData(), quint64(utf8.size())) == 0;
    }
    Pbkdf2Hash legacy;
    if (!parsePbkdf2(stored, legacy) || !sodiumReady()) {
        return false;
    }
    if (m_observer) {
        m_observer();
    }
    // Only earlier versions' hashes take this path, once: sign-in then stores an Argon2id hash.
    const QByteArray key = QPasswordDigestor::deriveKeyPbkdf2(QCryptographicHash::Sha256, password.toUtf8(),
                                                              legacy.salt, legacy.iterations, Pbkdf2KeyBytes);
    return constantTimeEquals(key, legacy.key);
}

bool PasswordHasher::needsRehash(const QString& stored) const
{
    PasswordCost cost;
    if (!parseArgon2id(stored, cost)) {
        return true;
    }
    return cost.opsLimit < m_cost.opsLimit || cost.memLimitBytes < m_cost.memLimitBytes;
}

QString PasswordHasher::dummyHash() const
{
    // Argon2id runs over the typed password and this fixed salt, and its result is compared
    // with a hash of zeros that no password produces in practice.
    const QString salt = QString::fromLatin1(QByteArray(SaltBytes, '\x5a').toBase64(QByteArray::OmitTrailingEquals));
    const QString zeros
        = QString::fromLatin1(QByteArray(Argon2HashBytes, '\0').toBase64(QByteArray::OmitTrailingEquals));
    return QStringLiteral("%1m=%2,t=%3,p=1$%4$%5")
        .arg(Argon2idPrefix)
        .arg(m_cost.memLimitBytes / 1024)
        .arg(m_cost.opsLimit)
        .arg(salt, zeros);
}

bool PasswordHasher::acceptable(const QString& stored)
{
    PasswordCost cost;
    Pbkdf2Hash legacy;
    return parseArgon2id(stored, cost) || parsePbkdf2(stored, legacy);
}
