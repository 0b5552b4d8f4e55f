#pragma once

// Small helpers the stores share: timestamps as UTC ISO-8601 text, and reading one row or many
// rows of a query into value types.

#include "common/Result.h"
#include "storage/SqlQuery.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSqlError>

#include <optional>

namespace Rows {

inline QString iso(const QDateTime& at)
{
    return at.toUTC().toString(Qt::ISODateWithMs);
}

inline QVariant isoOrNull(const QDateTime& at)
{
    return at.isValid() ? QVariant(iso(at)) : QVariant(QMetaType::fromType<QString>());
}

// iso()'s own form ("2021-12-11T08:41:39.217Z") is read digit by digit, many times faster than
// QDateTime::fromString (a list reads one for each row); any other text goes through it.
inline QDateTime fromIso(const QVariant& value)
{
    if (value.isNull()) {
        return {};
    }
    const QString text = value.toString();
    constexpr QStringView Shape = u"0000-00-00T00:00:00.000Z";
    if (text.size() == Shape.size()) {
        int numbers[8] = {}; // year, month, day, hours, minutes, seconds, milliseconds (and after Z)
        int n = 0;
        bool digits = true;
        for (qsizetype i = 0; i < text.size() && digits; ++i) {
            const char16_t c = text.at(i).unicode();
            if (Shape.at(i) != QLatin1Char('0')) {
                digits = c == Shape.at(i).unicode();
                ++n;
            } else if (c >= u'0' && c <= u'9') {
                numbers[n] = numbers[n] * 10 + (c - u'0');
            } else {
                digits = false;
            }
        }
        const QDate date(numbers[0], numbers[1], numbers[2]);
        const QTime time(numbers[3], numbers[4], numbers[5], numbers[6]);
        if (digits && date.isValid() && time.isValid()) {
            return QDateTime(date, time, Qt::UTC);
        }
    }
    return QDateTime::fromString(text, Qt::ISODateWithMs);
}

template <typename T, typename Make>
Result<std::optional<T>> one(const QSqlDatabase& db, const QString& sql, const QVariantList& values, Make make)
{
    auto q = SqlQuery::run(db, sql, values);
    if (!q) {
        return q.error();
    }
    if (!q.value().next()) {
        return std::optional<T>();
    }
    return std::optional<T>(make(q.value()));
}

template <typename T, typename Make>
Result<QList<T>> many(const QSqlDatabase& db, const QString& sql, const QVariantList& values, Make make)
{
    auto q = SqlQuery::run(db, sql, values);
    if (!q) {
        return q.error();
    }
    QList<T> result;
    while (q.value().next()) {
        result << make(q.value());
    }
    if (q.value().lastError().isValid()) {
        return SqlQuery::storageError(q.value()); // the rows stopped coming: a part is no list
    }
    return result;
}

// Every row, by the text of its first column.
template <typename T, typename Make>
Result<QHash<QString, T>> byKey(const QSqlDatabase& db, const QString& sql, const QVariantList& values, Make make)
{
    auto q = SqlQuery::run(db, sql, values);
    if (!q) {
        return q.error();
    }
    QHash<QString, T> result;
    while (q.value().next()) {
        result.insert(q.value().value(0).toString(), make(q.value()));
    }
    if (q.value().lastError().isValid()) {
        return SqlQuery::storageError(q.value());
    }
    return result;
}

} // namespace Rows
