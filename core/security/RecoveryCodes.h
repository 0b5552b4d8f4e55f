#pragma once

// One-time recovery codes for two-step verification: ten codes of 80 random bits each, shown as
// XXXX-XXXX-XXXX-XXXX in base32. The workspace keeps only a salted SHA-256 of each; at 80 bits
// of entropy a fast hash is enough, and the salt makes equal codes of two users differ.

#include <QString>
#include <QStringList>

class RecoveryCodes
{
public:
    static constexpr int Count = 10;
    static constexpr int Characters = 16; // 16 × 5 bits = 80 bits

    static QStringList generate();
    // A fresh salt for one user's codes (16 random bytes, hex).
    static QString newSalt();
    // What is stored and compared: SHA-256 of salt and the normalized code, in hex; empty when
    // text can't be a recovery code.
    static QString hash(const QString& salt, const QString& text);
    // The code as generated: capitals without blanks or dashes; 0 and 1 read as O and I, which
    // base32 has instead. Empty unless it is Characters base32 characters.
    static QString normalized(const QString& text);
};
