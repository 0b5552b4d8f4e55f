#pragma once

// PBKDF2-HMAC-SHA256 password hashes stored with their parameters
// ("pbkdf2-sha256$<iterations>$<salt>$<hash>", base64), so the cost can be raised later
// (ARCHITECTURE §7). The product uses DefaultIterations; tests may pass fewer explicitly.

#include <QByteArray>
#include <QString>

class PasswordHasher
{
public:
    static constexpr int DefaultIterations = 600000;
    static constexpr int SaltBytes = 16;
    static constexpr int KeyBytes = 32;

    explicit PasswordHasher(int iterations = DefaultIterations);

    int iterations() const { return m_iterations; }
    QString hash(const QString& password) const;
    static bool verify(const QString& password, const QString& stored);
    // True when stored was made with fewer iterations than this hasher uses.
    bool needsRehash(const QString& stored) const;

private:
    static QByteArray derive(const QString& password, const QByteArray& salt, int iterations);

    int m_iterations;
};
