#pragma once

// The SCRAM-SHA-256 verifier of a password (RFC 5802, RFC 7677) in PostgreSQL's stored form,
// "SCRAM-SHA-256$<iterations>:<salt>$<StoredKey>:<ServerKey>": what a shared workspace's server
// keeps of a person's database login. Made at the desk, so the password itself never travels to
// the server, not even over TLS. Safe to call from any thread.

#include <QByteArray>
#include <QString>

class ScramVerifier
{
public:
    // PostgreSQL's own default (scram_iterations).
    static constexpr int Iterations = 4096;
    static constexpr int SaltBytes = 16;

    // With a random salt.
    static QString make(const QString& password);
    static QString make(const QString& password, const QByteArray& salt, int iterations = Iterations);
    // The password as SCRAM compares it: SASLprep (RFC 4013) of what people type, which maps
    // non-ASCII spaces to a space, drops the characters "commonly mapped to nothing" and
    // normalizes to NFKC, as libpq does before it answers the server.
    static QByteArray prepared(const QString& password);
};
