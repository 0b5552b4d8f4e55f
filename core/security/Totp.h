#pragma once

// Time-based one-time passwords (RFC 6238) as authenticator apps make them: HMAC-SHA-1, six
// digits, 30-second steps from the Unix epoch. liboath computes the codes; this class holds the
// parameters, the secret's base32 form and the otpauth:// link an app reads from a QR code.

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <optional>

class Totp
{
public:
    static constexpr int SecretBytes = 20; // 160 bits, as RFC 4226 recommends for HMAC-SHA-1
    static constexpr int Digits = 6;
    static constexpr int StepSeconds = 30;
    // Steps accepted on either side of the current one: a clock a little off still signs in.
    static constexpr int Window = 1;

    // A fresh secret from the system's random generator.
    static QByteArray newSecret();
    // Base32 (RFC 4648) without padding, in capitals: what apps take when typed.
    static QString toBase32(const QByteArray& secret);
    // The secret a base32 text stands for (blanks ignored, any case), or nothing when it isn't one.
    static std::optional<QByteArray> fromBase32(const QString& text);
    // "ABCD EFGH …": the base32 text in groups of four, easier to read and type.
    static QString grouped(const QString& base32);

    // The step a moment falls in: seconds since the epoch divided by StepSeconds.
    static qint64 stepAt(const QDateTime& at);
    // The code of secret at a moment, or an empty string if liboath fails.
    static QString code(const QByteArray& secret, const QDateTime& at);
    // The step whose code is code, looking Window steps either side of at's; nothing when none
    // matches. code may hold blanks ("123 456").
    static std::optional<qint64> matchingStep(const QByteArray& secret, const QString& code, const QDateTime& at);
    // True for six digits, blanks ignored: how the sign-in tells a code from a recovery code.
    static bool looksLikeCode(const QString& text);

    // otpauth://totp/Issuer:account?secret=…&issuer=Issuer&algorithm=SHA1&digits=6&period=30
    static QString provisioningUri(const QString& issuer, const QString& account, const QByteArray& secret);
};
