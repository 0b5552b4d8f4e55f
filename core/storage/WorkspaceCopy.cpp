#include "WorkspaceCopy.h"

#include "storage/Database.h"
#include "storage/SqlEngine.h"
#include "storage/SqlQuery.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSet>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace {

// Bound values a statement may carry on both engines (SQLite allows 32766, PostgreSQL 65535).
constexpr int MaxBoundValues = 30000;
constexpr int MaxRowsPerStatement = 500;
// The migrations' own record: the target has it already, for the same version.
const QString MigrationsTable = QStringLiteral("schema_migrations");
// What opening a workspace writes by itself (the offer catalog, OrderService::loadCatalog): a
// target holding only these holds no workspace yet.
const QStringList CatalogTables{QStringLiteral("offers"), QStringLiteral("offer_terms")};

// A table's or column's name as the connection's SQL writes it (quoted).
QString quoted(const QSqlDatabase& db, const QString& name, QSqlDriver::IdentifierType type = QSqlDriver::TableName)
{
    return db.driver()->escapeIdentifier(name, type);
}

// The tables in an order where each comes after the tables it refers to.
Result<QStringList> inReferenceOrder(const QSqlDatabase& db)
{
    const SqlEngine& engine = SqlEngine::of(db);
    auto tables = engine.dataTables(db);
    if (!tables) {
        return tables.error();
    }
    auto references = engine.references(db);
    if (!references) {
        return references.error();
    }
    QHash<QString, QSet<QString>> before; // table -> the tables it refers to, not placed yet
    for (const QString& table : tables.value()) {
        before[table];
    }
    for (const auto& [table, referenced] : references.value()) {
        if (table != referenced && before.contains(table) && before.contains(referenced)) {
            before[table].insert(referenced);
        }
    }
    QStringList ordered;
    QStringList waiting = tables.value();
    while (!waiting.isEmpty()) {
        const auto ready
            = std::find_if(waiting.begin(), waiting.end(), [&](const QString& t) { return before[t].isEmpty(); });
        if (ready == waiting.end()) {
            return Error(ErrorCode::Storage,
                         WorkspaceCopy::tr("The workspace's tables refer to each other in a "
                                           "circle, so they can't be copied one after another."));
        }
        const QString table = *ready;
        waiting.erase(ready);
        ordered << table;
        for (const QString& other : std::as_const(waiting)) {
            before[other].remove(table);
        }
    }
    ordered.removeAll(MigrationsTable);
    return ordered;
}

Result<qint64> rowCount(const QSqlDatabase& db, const QString& table)
{
    auto count = SqlQuery::scalar(db, QStringLiteral("SELECT count(*) FROM %1").arg(quoted(db, table)));
    if (!count) {
        return count.error();
    }
    return count->toLongLong();
}

QString columnList(const QSqlDatabase& db, const QStringList& columns)
{
    QStringList names;
    for (const QString& column : columns) {
        names << quoted(db, column, QSqlDriver::FieldName);
    }
    return names.join(QStringLiteral(", "));
}

QString insertStatement(const QSqlDatabase& db, const QString& table, const QStringList& columns, int rows)
{
    const QString row
        = QLatin1Char('(') + QStringList(columns.size(), QStringLiteral("?")).join(QLatin1Char(',')) + QLatin1Char(')');
    return QStringLiteral("INSERT INTO %1 (%2) VALUES %3")
        .arg(quoted(db, table), columnList(db, columns), QStringList(rows, row).join(QLatin1Char(',')));
}

// Ends the source's snapshot however the copy ends.
class Snapshot
{
public:
    explicit Snapshot(const QSqlDatabase& db)
        : m_db(db)
    {
        m_begun = SqlQuery::run(m_db, SqlEngine::of(m_db).beginSnapshot());
    }
    ~Snapshot()
    {
        if (m_begun) {
            (void)SqlQuery::run(m_db, QStringLiteral("ROLLBACK"));
        }
    }
    Status status() const { return m_begun; }

private:
    QSqlDatabase m_db;
    Status m_begun;
};

} // namespace

Result<QList<CopiedTable>> WorkspaceCopy::copy(const Database& source, const WorkspaceLocation& target,
                                               const Progress& progress)
{
    const bool newFile = !target.isShared() && !QFileInfo::exists(target.path());
    QList<CopiedTable> copied;
    Status done;
    {
        Database into;
        done = into.open(target);
        if (done) {
            auto result = copy(source, into, progress);
            if (result) {
                copied = result.value();
            } else {
                done = result.error();
            }
        }
    }
    if (!done) {
        if (newFile) {
            for (const QString& file : Database::filesOf(target.path())) {
                QFile::remove(file);
            }
        }
        return done.error();
    }
    return copied;
}

Result<QList<CopiedTable>> WorkspaceCopy::copy(const Database& source, const Database& target, const Progress& progress)
{
    const QSqlDatabase from = source.connection();
    const QSqlDatabase into = target.connection();
    if (source.schemaVersion() != target.schemaVersion()) {
        return Error(ErrorCode::InvalidState,
                     tr("%1 and %2 are of different versions of PartnerDesk; open both with this version first.")
                         .arg(source.path(), target.path()));
    }
    Snapshot snapshot(from);
    if (!snapshot.status()) {
        return snapshot.status().error();
    }
    auto tables = inReferenceOrder(into);
    if (!tables) {
        return tables.error();
    }
    CopyProgress at;
    QList<CopiedTable> counts;
    for (const QString& table : tables.value()) {
        auto rows = rowCount(from, table);
        if (!rows) {
            return rows.error();
        }
        counts.append({table, rows.value()});
        at.total += rows.value();
    }

    Transaction transaction(into);
    if (!transaction.isActive()) {
        return Error(ErrorCode::Storage, tr("%1 is busy or unavailable; nothing was copied.").arg(target.path()));
    }
    // A target that holds anything but what opening it wrote by itself (the offer catalog, which
    // the source's replaces) holds a workspace: it is left as it is. Checked in the transaction,
    // so that nothing another desk writes meanwhile is lost.
    for (auto table = tables->crbegin(); table != tables->crend(); ++table) {
        auto rows = rowCount(into, *table);
        if (!rows) {
            return rows.error();
        }
        if (rows.value() == 0) {
            continue;
        }
        if (!CatalogTables.contains(*table)) {
            return Error(ErrorCode::Conflict,
                         tr("%1 already holds a workspace; nothing was copied. Copy into a new file, or into an "
                            "empty database.")
                             .arg(target.path()));
        }
        Status emptied = SqlQuery::run(into, QStringLiteral("DELETE FROM %1").arg(quoted(into, *table)));
        if (!emptied) {
            return emptied.error();
        }
    }
    const auto cancelled = [&]() {
        return Error(ErrorCode::InvalidState,
                     tr("The copy was cancelled; nothing was written to %1.").arg(target.path()));
    };
    for (const CopiedTable& count : std::as_const(counts)) {
        const QString& table = count.table;
        auto columns = SqlEngine::of(into).columns(into, table);
        if (!columns) {
            return columns.error();
        }
        auto rows = SqlQuery::run(
            from, QStringLiteral("SELECT %1 FROM %2").arg(columnList(from, columns.value()), quoted(from, table)));
        if (!rows) {
            return rows.error();
        }
        QSqlQuery& read = rows.value();
        const int width = int(columns->size());
        const int perStatement = std::clamp(MaxBoundValues / std::max(width, 1), 1, MaxRowsPerStatement);
        QSqlQuery write(into);
        int prepared = 0;
        QVariantList values;
        int buffered = 0;
        at.table = table;
        at.tableRows = 0;
        at.tableTotal = count.rows;
        const auto flush = [&]() -> Status {
            if (buffered == 0) {
                return {};
            }
            if (prepared != buffered) {
                if (!write.prepare(insertStatement(into, table, columns.value(), buffered))) {
                    return SqlQuery::storageError(write);
                }
                prepared = buffered;
            }
            for (int i = 0; i < values.size(); ++i) {
                write.bindValue(i, values.at(i));
            }
            if (!write.exec()) {
                return SqlQuery::storageError(write);
            }
            at.tableRows += buffered;
            at.rows += buffered;
            values.clear();
            buffered = 0;
            return {};
        };
        while (read.next()) {
            for (int column = 0; column < width; ++column) {
                values << read.value(column);
            }
            if (++buffered == perStatement) {
                Status written = flush();
                if (!written) {
                    return written.error();
                }
                if (progress && !progress(at)) {
                    return cancelled();
                }
            }
        }
        if (read.lastError().isValid()) {
            return SqlQuery::storageError(read);
        }
        Status written = flush();
        if (!written) {
            return written.error();
        }
        if (progress && !progress(at)) {
            return cancelled();
        }
        auto stored = rowCount(into, table);
        if (!stored) {
            return stored.error();
        }
        if (stored.value() != count.rows || at.tableRows != count.rows) {
            return Error(ErrorCode::Storage,
                         tr("The copy of %1 holds %2 rows where the workspace has %3; nothing was copied.")
                             .arg(table)
                             .arg(stored.value())
                             .arg(count.rows));
        }
        Status loaded = SqlEngine::of(into).afterBulkLoad(into, table);
        if (!loaded) {
            return loaded.error();
        }
    }
    Status committed = transaction.commit();
    if (!committed) {
        return committed.error();
    }
    for (const CopiedTable& count : std::as_const(counts)) {
        const QString tidy = SqlEngine::of(into).tidyAfterBulkLoad(count.table);
        if (!tidy.isEmpty() && !SqlQuery::run(into, tidy)) {
            break; // the copy is whole; only its first reads are slower (logged)
        }
    }
    return counts;
}
