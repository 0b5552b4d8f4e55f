#include "SearchText.h"

namespace SearchText {

QStringList words(const QString& text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QStringList result;
    QString word;
    // By code point: a character outside the Basic Multilingual Plane (𠀀) is two UTF-16 units,
    // surrogates that are neither letters nor digits on their own.
    for (const char32_t c : decomposed.toUcs4()) {
        if (QChar::category(c) == QChar::Mark_NonSpacing) {
            continue; // the accent of a decomposed letter
        }
        if (QChar::isLetterOrNumber(c)) {
            word += QStringView(QChar::fromUcs4(QChar::toLower(c)));
        } else if (!word.isEmpty()) {
            result << word;
            word.clear();
        }
    }
    if (!word.isEmpty()) {
        result << word;
    }
    return result;
}

QString key(const QStringList& texts)
{
    QStringList all;
    for (const QString& text : texts) {
        all << words(text);
    }
    return all.join(QLatin1Char(' '));
}

} // namespace SearchText
