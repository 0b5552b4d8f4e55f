#include "SearchText.h"

namespace SearchText {

QStringList words(const QString& text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QStringList result;
    QString word;
    for (const QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing) {
            continue; // the accent of a decomposed letter
        }
        if (c.isLetterOrNumber()) {
            word += c.toLower();
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
