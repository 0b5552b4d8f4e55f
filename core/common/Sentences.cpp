#include "Sentences.h"

#include <QRegularExpression>

namespace Sentences {

QString tidy(const QString& text)
{
    if (!text.contains(QLatin1String(".."))) {
        return text;
    }
    static const QRegularExpression doubled(QStringLiteral("(?<=[\\p{L}\\p{N}])\\.\\.(?=\\s|$|\\))"));
    QString result = text;
    result.replace(doubled, QStringLiteral("."));
    return result;
}

} // namespace Sentences
