#include "Csv.h"

namespace Csv {

namespace {

bool needsQuotes(QStringView text)
{
    for (const QChar c : text) {
        if (c == QLatin1Char('"') || c == QLatin1Char(',') || c == QLatin1Char('\n') || c == QLatin1Char('\r')) {
            return true;
        }
    }
    return false;
}

// Appends the field to out without copies of its own: a list's export writes millions of them.
void appendField(QString& out, QStringView text)
{
    const bool formula = !text.isEmpty() && QStringView(u"=+-@").contains(text.front());
    if (!needsQuotes(text)) {
        if (formula) {
            out += QLatin1Char('\'');
        }
        out += text;
        return;
    }
    out += QLatin1Char('"');
    if (formula) {
        out += QLatin1Char('\'');
    }
    for (const QChar c : text) {
        if (c == QLatin1Char('"')) {
            out += QLatin1Char('"');
        }
        out += c;
    }
    out += QLatin1Char('"');
}

} // namespace

QString field(QString text)
{
    QString out;
    appendField(out, text);
    return out;
}

QByteArray line(const QStringList& fields)
{
    qsizetype size = 2;
    for (const QString& text : fields) {
        size += text.size() + 3;
    }
    QString text;
    text.reserve(size);
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0) {
            text += QLatin1Char(',');
        }
        appendField(text, fields.at(i));
    }
    text += QStringLiteral("\r\n");
    return text.toUtf8();
}

} // namespace Csv
