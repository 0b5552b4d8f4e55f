#include "SqlQuery.h"

#include "storage/SqliteAdapter.h"

#include <QSqlError>

Q_LOGGING_CATEGORY(lcStorage, "partnerdesk.storage", QtWarningMsg)

Result<QSqlQuery> SqlQuery::run(const QSqlDatabase& db, const QString& sql, const QVariantList& values)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.prepare(sql)) {
        return storageError(query);
    }
    for (const QVariant& value : values) {
        query.addBindValue(value);
    }
    if (!query.exec()) {
        return storageError(query);
    }
    return query;
}

Status SqlQuery::runOne(const QSqlDatabase& db, const QString& sql, const QVariantList& values)
{
    auto query = run(db, sql, values);
    if (!query) {
        return query.error();
    }
    if (query->numRowsAffected() != 1) {
        return Error(ErrorCode::NotFound, tr("The record was not found; it may have been removed."));
    }
    return {};
}

Result<QVariant> SqlQuery::scalar(const QSqlDatabase& db, const QString& sql, const QVariantList& values)
{
    auto query = run(db, sql, values);
    if (!query) {
        return query.error();
    }
    if (!query.value().next()) {
        return QVariant();
    }
    return query.value().value(0);
}

Error SqlQuery::storageError(const QSqlQuery& query)
{
    const QSqlError error = query.lastError();
    qCWarning(lcStorage).noquote() << "SQL failed:" << error.text() << "in" << query.lastQuery();
    const QString text = error.databaseText();
    if (SqliteAdapter::isBusy(error.nativeErrorCode())) {
        return Error(ErrorCode::Storage,
                     tr("The workspace is busy: another PartnerDesk window is saving to it. Try "
                        "again in a moment."));
    }
    if (text.contains(QLatin1String("UNIQUE constraint failed"))) {
        return Error(ErrorCode::Conflict, tr("This record already exists."));
    }
    if (text.contains(QLatin1String("append-only"))) {
        return Error(ErrorCode::PermissionDenied, tr("The audit log can't be changed."));
    }
    return Error(ErrorCode::Storage, tr("The workspace could not be updated: %1").arg(error.text()));
}

QVariant SqlQuery::nullIfEmpty(const QString& value)
{
    return value.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(value);
}
