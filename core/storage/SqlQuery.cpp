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
    return storageError(error);
}

Error SqlQuery::storageError(const QSqlError& error)
{
    // People read these: SQLite's own text only where nothing better is known, and never the
    // driver's tail ("Unable to fetch row").
    switch (SqliteAdapter::failure(error.nativeErrorCode())) {
    case SqliteAdapter::Failure::Busy:
        return Error(ErrorCode::Storage,
                     tr("The workspace is busy: another PartnerDesk window is saving to it. Try "
                        "again in a moment."));
    case SqliteAdapter::Failure::ReadOnly:
        return Error(ErrorCode::Storage, tr("The workspace is read-only, so the change could not be saved."));
    case SqliteAdapter::Failure::IoError:
    case SqliteAdapter::Failure::CantOpen:
        return Error(ErrorCode::Storage, tr("The workspace could not be read or written: the disk reported an error."));
    case SqliteAdapter::Failure::DiskFull:
        return Error(ErrorCode::Storage,
                     tr("The disk holding the workspace is full, so the change could not be saved."));
    case SqliteAdapter::Failure::Damaged:
    case SqliteAdapter::Failure::NotADatabase:
        return Error(ErrorCode::Damaged,
                     tr("The workspace is damaged, so the change could not be saved. Close PartnerDesk; opening "
                        "the workspace again names its newest backup."));
    case SqliteAdapter::Failure::Other:
        break;
    }
    const QString text = error.databaseText();
    if (text.contains(QLatin1String("UNIQUE constraint failed"))) {
        return Error(ErrorCode::Conflict, tr("This record already exists."));
    }
    if (text.contains(QLatin1String("append-only"))) {
        return Error(ErrorCode::PermissionDenied, tr("The audit log can't be changed."));
    }
    return Error(ErrorCode::Storage, tr("The workspace could not be updated: %1").arg(text));
}

QVariant SqlQuery::nullIfEmpty(const QString& value)
{
    return value.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(value);
}
