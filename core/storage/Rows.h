#pragma once

// Small helpers the stores share: timestamps as UTC ISO-8601 text, and reading one row or many
// rows of a query into value types.

#include "common/Result.h"
#include "storage/SqlQuery.h"

#include <QDateTime>
#include <QList>

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

inline QDateTime fromIso(const QVariant& value)
{
    return value.isNull() ? QDateTime() : QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
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
    return result;
}

} // namespace Rows
