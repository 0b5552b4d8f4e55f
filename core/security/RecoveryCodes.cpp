#include "RecoveryCodes.h"

#include <QCryptographicHash>
#include <QRandomGenerator>

namespace {
constexpr char Alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
}

QStringList RecoveryCodes::generate()
{
    QStringList codes;
    QRandomGenerator* random = QRandomGenerator::system();
    for (int n = 0; n < Count; ++n) {
        QString code;
        for (int i = 0; i < Characters; ++i) {
            if (i > 0 && i % 4 == 0) {
                code += QLatin1Char('-');
            }
            code += QLatin1Char(Alphabet[random->bounded(32)]);
        }
        codes << code;
    }
    return codes;
}

QString RecoveryCodes::newSalt()
{
    QByteArray salt(16, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32*>(salt.data()), 4);
    return QString::fromLatin1(salt.toHex());
}

QString RecoveryCodes::normalized(const QString& text)
{
    QString code;
    for (QChar c : text.toUpper()) {
        if (c.isSpace() || c == QLatin1Char('-')) {
            continue;
        }
        if (c == QLatin1Char('0')) {
            c = QLatin1Char('O');
        } else if (c == QLatin1Char('1')) {
            c = QLatin1Char('I');
        }
        const bool letter = c >= QLatin1Char('A') && c <= QLatin1Char('Z');
        const bool digit = c >= QLatin1Char('2') && c <= QLatin1Char('7');
        if (!letter && !digit) {
            return {};
        }
        code += c;
    }
    return code.size() == Characters ? code : QString();
}

QString RecoveryCodes::hash(const QString& salt, const QString& text)
{
    const QString code = normalized(text);
    if (code.isEmpty()) {
        return {};
    }
    return QString::fromLatin1(
        QCryptographicHash::hash((salt + QLatin1Char(':') + code).toUtf8(), QCryptographicHash::Sha256).toHex());
}
