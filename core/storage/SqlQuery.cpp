#include "SqlQuery.h"

#include "storage/SqlEngine.h"

#include <QSqlError>
#include <QSqlRecord>

Q_LOGGING_CATEGORY(lcStorage, "partnerdesk.storage", QtWarningMsg)

Result<QSqlQuery> SqlQuery::run(const QSqlDatabase& db, const QString& sql, const QVariantList& values)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (values.isEmpty()) {
        // Without values there is nothing to prepare, and PostgreSQL can't prepare DDL.
        if (!query.exec(sql)) {
            return storageError(query);
        }
        return query;
    }
    if (!query.prepare(sql)) {
        return storageError(query);
    }
    for (const QVariant& value : values) {
        // Booleans are stored as INTEGER 0 or 1 on every engine; PostgreSQL won't take TRUE there.
        query.addBindValue(value.typeId() == QMetaType::Bool ? QVariant(value.toBool() ? 1 : 0) : value);
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

Result<QList<QStringList>> SqlQuery::texts(const QSqlDatabase& db, const QString& sql, const QVariantList& values)
{
    auto query = run(db, sql, values);
    if (!query) {
        return query.error();
    }
    QSqlQuery& rowsRead = query.value();
    QList<QStringList> rows;
    const int columns = rowsRead.record().count();
    while (rowsRead.next()) {
        QStringList row;
        for (int column = 0; column < columns; ++column) {
            row << rowsRead.value(column).toString();
        }
        rows << row;
    }
    return rows;
}

Result<QStringList> SqlQuery::column(const QSqlDatabase& db, const QString& sql, const QVariantList& values)
{
    auto rows = texts(db, sql, values);
    if (!rows) {
        return rows.error();
    }
    QStringList first;
    for (const QStringList& row : rows.value()) {
        first << row.value(0);
    }
    return first;
}

Error SqlQuery::storageError(const QSqlQuery& query)
{
    const QSqlError error = query.lastError();
    qCWarning(lcStorage).noquote() << "SQL failed:" << error.text() << "in" << query.lastQuery();
    return storageError(error, SqlEngine::of(query.driver()).failure(error));
}

QString SqlQuery::serverMessage(const QString& databaseText)
{
    QString text = databaseText.section(QLatin1Char('\n'), 0, 0).trimmed();
    for (const QLatin1String severity : {QLatin1String("ERROR:"), QLatin1String("FATAL:")}) {
        if (text.startsWith(severity)) {
            text = text.mid(severity.size()).trimmed();
        }
    }
    return text;
}

Error SqlQuery::storageError(const QSqlError& error, SqlEngine::Failure failure)
{
    // People read these: the engine's own text only where nothing better is known, and never the
    // driver's tail ("Unable to fetch row").
    using Failure = SqlEngine::Failure;
    switch (failure) {
    case Failure::Busy:
        return Error(ErrorCode::Storage,
                     tr("The workspace is busy: another PartnerDesk window is saving to it. Try "
                        "again in a moment."));
    case Failure::ReadOnly:
        return Error(ErrorCode::Storage, tr("The workspace is read-only, so the change could not be saved."));
    case Failure::IoError:
    case Failure::CantOpen:
        return Error(ErrorCode::Storage, tr("The workspace could not be read or written: the disk reported an error."));
    case Failure::DiskFull:
        return Error(ErrorCode::Storage,
                     tr("The disk holding the workspace is full, so the change could not be saved."));
    case Failure::Damaged:
    case Failure::NotADatabase:
        return Error(ErrorCode::Damaged,
                     tr("The workspace is damaged, so the change could not be saved. Close PartnerDesk; opening "
                        "the workspace again names its newest backup."));
    case Failure::Duplicate:
        return Error(ErrorCode::Conflict, tr("This record already exists."));
    case Failure::AppendOnly:
        return Error(ErrorCode::PermissionDenied, tr("The audit log can't be changed."));
    case Failure::Serialization:
        return Error(ErrorCode::ConcurrentChange,
                     tr("Someone else changed the same records at the same moment, so this change was not saved. "
                        "Look at what is shown now, then try again."));
    case Failure::Refused:
        // Core checks the same rules first: what reaches here changed in between, or was never
        // core's to allow. The server's reason is in English, as PostgreSQL writes it.
        return Error(ErrorCode::PermissionDenied,
                     tr("The shared workspace refused this, so nothing of it was saved: %1. Look at what is shown "
                        "now; if it still looks right, ask your administrator.")
                         .arg(serverMessage(error.databaseText())));
    case Failure::ConnectionLost:
        return Error(ErrorCode::ConnectionLost,
                     tr("The connection to the shared workspace was lost, so nothing of this change was saved. "
                        "PartnerDesk connects again when the server is back; then try again."));
    case Failure::Other:
        break;
    }
    return Error(ErrorCode::Storage,
                 tr("The workspace could not be updated: %1").arg(serverMessage(error.databaseText())));
}

QVariant SqlQuery::nullIfEmpty(const QString& value)
{
    return value.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(value);
}
