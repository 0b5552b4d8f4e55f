#pragma once

// Runs prepared statements with bound values and turns driver failures into Errors that are
// logged under partnerdesk.storage. All SQL of the application lives in core/storage.

#include "common/Result.h"
#include "storage/SqlEngine.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariantList>

class QSqlError;

Q_DECLARE_LOGGING_CATEGORY(lcStorage)

class SqlQuery
{
    Q_DECLARE_TR_FUNCTIONS(SqlQuery)

public:
    // Prepares sql, binds values positionally ("?") and executes it.
    static Result<QSqlQuery> run(const QSqlDatabase& db, const QString& sql, const QVariantList& values = {});
    // Runs a statement that must change exactly one row.
    static Status runOne(const QSqlDatabase& db, const QString& sql, const QVariantList& values = {});
    // The first column of the first row, or an invalid QVariant when there is no row.
    static Result<QVariant> scalar(const QSqlDatabase& db, const QString& sql, const QVariantList& values = {});
    // Every row, each as the texts of its columns.
    static Result<QList<QStringList>> texts(const QSqlDatabase& db, const QString& sql,
                                            const QVariantList& values = {});
    // The first column of every row, as text.
    static Result<QStringList> column(const QSqlDatabase& db, const QString& sql, const QVariantList& values = {});

    // Logs the failed query and names its failure for people.
    static Error storageError(const QSqlQuery& query);
    static Error storageError(const QSqlError& error, SqlEngine::Failure failure);
    // What the engine says, as one sentence: PostgreSQL's primary message, without its "ERROR:"
    // or "FATAL:" and the CONTEXT lines after it.
    static QString serverMessage(const QString& databaseText);
    // NULL for an empty string, the value otherwise: optional text columns store NULL.
    static QVariant nullIfEmpty(const QString& value);
};
