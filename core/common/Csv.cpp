#include "Csv.h"

#include <QStringEncoder>

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

namespace {

template <typename Fields>
void appendFields(QByteArray& out, const Fields& fields)
{
    // One line of text, reused from line to line, then its UTF-8 at the end of out.
    thread_local QString text;
    text.resize(0);
    bool first = true;
    for (const auto& field : fields) {
        if (!first) {
            text += QLatin1Char(',');
        }
        first = false;
        appendField(text, field);
    }
    text += QStringLiteral("\r\n");
    QStringEncoder utf8(QStringEncoder::Utf8);
    const qsizetype start = out.size();
    out.resize(start + utf8.requiredSpace(text.size()));
    char* end = utf8.appendToBuffer(out.data() + start, text);
    out.resize(end - out.constData());
}

} // namespace

QByteArray line(const QStringList& fields)
{
    QByteArray out;
    appendFields(out, fields);
    return out;
}

void appendLine(QByteArray& out, std::initializer_list<QStringView> fields)
{
    appendFields(out, fields);
}

QString isoTime(const QDateTime& at)
{
    if (!at.isValid()) {
        return {};
    }
    const QDateTime utc = at.timeSpec() == Qt::UTC ? at : at.toUTC();
    const QDate date = utc.date();
    if (date.year() < 1000 || date.year() > 9999) {
        return utc.toString(Qt::ISODate);
    }
    const QTime time = utc.time();
    QChar text[20];
    const auto put = [&text](int from, int value, int digits) {
        for (int i = digits - 1; i >= 0; --i, value /= 10) {
            text[from + i] = QLatin1Char(char('0' + value % 10));
        }
    };
    put(0, date.year(), 4);
    text[4] = QLatin1Char('-');
    put(5, date.month(), 2);
    text[7] = QLatin1Char('-');
    put(8, date.day(), 2);
    text[10] = QLatin1Char('T');
    put(11, time.hour(), 2);
    text[13] = QLatin1Char(':');
    put(14, time.minute(), 2);
    text[16] = QLatin1Char(':');
    put(17, time.second(), 2);
    text[19] = QLatin1Char('Z');
    return QString(text, 20);
}

} // namespace Csv
