#include "PostgresAdapter.h"

#include "storage/SqlQuery.h"
#include "storage/SqliteAdapter.h"

#include <QFile>
#include <QSqlDriver>
#include <QSqlError>

#include <libpq-fe.h>
#include <memory>
#include <vector>

namespace {
QString quoted(QString text)
{
    text.replace(QLatin1Char('\''), QStringLiteral("''"));
    return QLatin1Char('\'') + text + QLatin1Char('\'');
}

// The text the index covers: the columns' words, the same expression in the index and the query
// (PostgreSQL uses an expression index only for the very expression it was built on).
QString documentOf(const QStringList& columns)
{
    QStringList parts;
    for (const QString& column : columns) {
        parts << (columns.size() == 1 ? column : QStringLiteral("coalesce(%1, '')").arg(column));
    }
    return QStringLiteral("to_tsvector('simple', %1)").arg(parts.join(QStringLiteral(" || ' ' || ")));
}

PGconn* connectionOf(const QSqlDatabase& db)
{
    if (!db.driver()) {
        return nullptr;
    }
    const QVariant handle = db.driver()->handle();
    // Qt registers libpq's struct by its own name: "pg_conn*" (PGconn is its typedef).
    if (!handle.isValid()
        || (qstrcmp(handle.typeName(), "pg_conn*") != 0 && qstrcmp(handle.typeName(), "PGconn*") != 0)) {
        return nullptr;
    }
    return *static_cast<PGconn* const*>(handle.data());
}

// libpq's keywords and values for a location, ready for PQconnectdbParams.
class ConnectParams
{
public:
    // TLS without checking the server's certificate: libpq checks it against the desk's root
    // certificate under "require" too whenever that file exists, so the file named is one that
    // can't exist. For finding out why a connection failed only; nothing of a person is sent.
    static constexpr const char* Unverified = "unverified";

    ConnectParams(const WorkspaceLocation& location, bool withPassword, const QString& sslMode, const QString& database)
    {
        const bool unverified = sslMode == QLatin1String(Unverified);
        add("host", location.host());
        add("port", QString::number(location.port()));
        add("dbname", database);
        add("user", location.user());
        if (withPassword) {
            add("password", location.password());
        }
        add("sslmode", unverified ? QStringLiteral("require") : sslMode);
        if (unverified) {
            add("sslrootcert", QStringLiteral("/dev/null/no-authority"));
        }
        add("connect_timeout", QStringLiteral("10"));
        add("application_name", QStringLiteral("PartnerDesk"));
        for (const auto& [key, value] : m_texts) {
            m_keys.push_back(key);
            m_values.push_back(value.constData());
        }
        m_keys.push_back(nullptr);
        m_values.push_back(nullptr);
    }
    const char* const* keys() const { return m_keys.data(); }
    const char* const* values() const { return m_values.data(); }

private:
    void add(const char* key, const QString& value)
    {
        if (!value.isEmpty()) {
            m_texts.push_back({key, value.toUtf8()});
        }
    }
    std::vector<std::pair<const char*, QByteArray>> m_texts;
    std::vector<const char*> m_keys;
    std::vector<const char*> m_values;
};

struct Attempt
{
    ConnStatusType status = CONNECTION_BAD;
    bool neededPassword = false;
    bool usedPassword = false;
    QString message;
};

Attempt attempt(const ConnectParams& params)
{
    std::unique_ptr<PGconn, decltype(&PQfinish)> conn(PQconnectdbParams(params.keys(), params.values(), 0), &PQfinish);
    Attempt result;
    if (!conn) {
        return result;
    }
    result.status = PQstatus(conn.get());
    result.neededPassword = PQconnectionNeedsPassword(conn.get()) != 0;
    result.usedPassword = PQconnectionUsedPassword(conn.get()) != 0;
    result.message = QString::fromUtf8(PQerrorMessage(conn.get())).trimmed();
    return result;
}
} // namespace

SqlEngine::Failure PostgresAdapter::failure(const QSqlError& error) const
{
    const QString state = error.nativeErrorCode();
    if (state == QLatin1String("40001") || state == QLatin1String("40P01")) {
        return Failure::Serialization;
    }
    if (state == QLatin1String("23505")) {
        return Failure::Duplicate;
    }
    if (state == QLatin1String(AppendOnlyState)) {
        return Failure::AppendOnly;
    }
    if (state == QLatin1String("42501")) {
        return Failure::Refused;
    }
    if (state == QLatin1String("55P03")) {
        return Failure::Busy;
    }
    if (state == QLatin1String("25006")) {
        return Failure::ReadOnly;
    }
    if (state == QLatin1String("53100")) {
        return Failure::DiskFull;
    }
    if (state == QLatin1String("58030")) {
        return Failure::IoError;
    }
    if (state == QLatin1String("XX001") || state == QLatin1String("XX002")) {
        return Failure::Damaged;
    }
    if (state.startsWith(QLatin1String("08")) || state.startsWith(QLatin1String("57P"))) {
        return Failure::ConnectionLost;
    }
    // A server that went away answers no SQLSTATE at all.
    if (state.isEmpty() && error.type() != QSqlError::NoError) {
        return Failure::ConnectionLost;
    }
    return Failure::Other;
}

QString PostgresAdapter::serialPrimaryKey() const
{
    return QStringLiteral("BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY");
}

QStringList PostgresAdapter::appendOnlyTriggers(const QString& table) const
{
    return {
        QStringLiteral("CREATE FUNCTION %1_append_only() RETURNS trigger LANGUAGE plpgsql AS "
                       "'BEGIN RAISE EXCEPTION ''%1 is append-only'' USING ERRCODE = ''%2''; END'")
            .arg(table, QLatin1String(AppendOnlyState)),
        QStringLiteral("CREATE TRIGGER %1_no_change BEFORE UPDATE OR DELETE ON %1 "
                       "FOR EACH ROW EXECUTE FUNCTION %1_append_only()")
            .arg(table),
        QStringLiteral("CREATE TRIGGER %1_no_truncate BEFORE TRUNCATE ON %1 "
                       "FOR EACH STATEMENT EXECUTE FUNCTION %1_append_only()")
            .arg(table),
    };
}

QStringList PostgresAdapter::suspendAppendOnly(const QString& table) const
{
    return {QStringLiteral("ALTER TABLE %1 DISABLE TRIGGER %1_no_change").arg(table)};
}

QStringList PostgresAdapter::resumeAppendOnly(const QString& table) const
{
    return {QStringLiteral("ALTER TABLE %1 ENABLE TRIGGER %1_no_change").arg(table)};
}

QStringList PostgresAdapter::noReplaceTriggers(const QString& table, const QString& key) const
{
    Q_UNUSED(table)
    Q_UNUSED(key)
    return {}; // an insert never replaces a row here
}

QStringList PostgresAdapter::databaseRights(int version, const QString& workspaceKey) const
{
    // Each step's SQL is a file of its own (embedded), readable by a server's administrator.
    QFile file(QStringLiteral(":/sql/postgresql-rights-%1.sql").arg(version));
    if (!file.open(QIODevice::ReadOnly)) {
        qFatal("The embedded SQL of schema version %d is missing", version);
    }
    const QString text = QString::fromUtf8(file.readAll())
                             .replace(QLatin1String("{people}"), workspaceKey + QLatin1String("_people"))
                             .replace(QLatin1String("{key}"), workspaceKey);
    // A statement ends with a semicolon at the end of a line outside a $$-quoted body.
    QStringList statements;
    QString statement;
    bool quoted = false;
    for (const QString& line : text.split(QLatin1Char('\n'))) {
        if (statement.isEmpty() && (line.trimmed().isEmpty() || line.startsWith(QLatin1String("--")))) {
            continue;
        }
        statement += line + QLatin1Char('\n');
        quoted = (line.count(QLatin1String("$$")) % 2 == 1) != quoted;
        if (!quoted && line.trimmed().endsWith(QLatin1Char(';'))) {
            statements << statement.trimmed().chopped(1);
            statement.clear();
        }
    }
    return statements;
}

QStringList PostgresAdapter::fullTextIndex(const QString& table, const QString& key, const QStringList& columns,
                                           const QString& prefixes) const
{
    Q_UNUSED(key)
    Q_UNUSED(prefixes)
    return {QStringLiteral("CREATE INDEX %1_fts ON %1 USING gin (%2)").arg(table, documentOf(columns))};
}

QStringList PostgresAdapter::dropFullTextIndex(const QString& table) const
{
    return {QStringLiteral("DROP INDEX %1_fts").arg(table)};
}

QStringList PostgresAdapter::rebuildFullTextIndex(const QString& table) const
{
    Q_UNUSED(table)
    return {};
}

Result<bool> PostgresAdapter::tableExists(const QSqlDatabase& db, const QString& table) const
{
    auto count = SqlQuery::scalar(db,
                                  QStringLiteral("SELECT count(*) FROM information_schema.tables "
                                                 "WHERE table_schema = current_schema() AND table_name = ?"),
                                  {table});
    if (!count) {
        return count.error();
    }
    return count->toInt() > 0;
}

Result<QStringList> PostgresAdapter::dataTables(const QSqlDatabase& db) const
{
    // A full-text index is an index here, not a table.
    return SqlQuery::column(db,
                            QStringLiteral("SELECT table_name FROM information_schema.tables WHERE table_schema "
                                           "= current_schema() AND table_type = 'BASE TABLE' ORDER BY table_name"));
}

QString PostgresAdapter::referencesQuery() const
{
    return QStringLiteral("SELECT t.relname, r.relname FROM pg_constraint c JOIN pg_class t ON t.oid = c.conrelid "
                          "JOIN pg_class r ON r.oid = c.confrelid WHERE c.contype = 'f' "
                          "AND t.relnamespace = current_schema()::regnamespace");
}

Result<QStringList> PostgresAdapter::columns(const QSqlDatabase& db, const QString& table) const
{
    return SqlQuery::column(db,
                            QStringLiteral("SELECT column_name FROM information_schema.columns WHERE table_schema = "
                                           "current_schema() AND table_name = ? ORDER BY ordinal_position"),
                            {table});
}

Status PostgresAdapter::afterBulkLoad(const QSqlDatabase& db, const QString& table) const
{
    auto keys = SqlQuery::column(db,
                                 QStringLiteral("SELECT column_name FROM information_schema.columns WHERE table_schema "
                                                "= current_schema() AND table_name = ? AND is_identity = 'YES'"),
                                 {table});
    if (!keys) {
        return keys.error();
    }
    for (const QString& key : keys.value()) {
        const QString quotedTable = db.driver()->escapeIdentifier(table, QSqlDriver::TableName);
        const QString quotedKey = db.driver()->escapeIdentifier(key, QSqlDriver::FieldName);
        Status moved = SqlQuery::run(db,
                                     QStringLiteral("SELECT setval(pg_get_serial_sequence(?, ?), "
                                                    "coalesce(max(%2), 0) + 1, false) FROM %1")
                                         .arg(quotedTable, quotedKey),
                                     {quotedTable, key});
        if (!moved) {
            return moved;
        }
    }
    return {};
}

Result<int> PostgresAdapter::userTableCount(const QSqlDatabase& db) const
{
    auto count = SqlQuery::scalar(
        db, QStringLiteral("SELECT count(*) FROM information_schema.tables WHERE table_schema = current_schema()"));
    if (!count) {
        return count.error();
    }
    return count->toInt();
}

QString PostgresAdapter::joinedText(const QString& column, const QString& separator) const
{
    return QStringLiteral("string_agg(%1, %2)").arg(column, quoted(separator));
}

QString PostgresAdapter::fullTextKeys(const QString& table, const QString& key, const QStringList& columns) const
{
    return QStringLiteral("SELECT %2 FROM %1 WHERE %3 @@ to_tsquery('simple', ?)").arg(table, key, documentOf(columns));
}

QString PostgresAdapter::prefixMatchExpression(const QStringList& words) const
{
    QStringList terms;
    for (QString word : words) {
        word.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
        word.replace(QLatin1Char('\''), QStringLiteral("''"));
        terms << QLatin1Char('\'') + word + QStringLiteral("':*");
    }
    return terms.join(QStringLiteral(" & "));
}

QString PostgresAdapter::indexHint(const QString& index) const
{
    Q_UNUSED(index)
    return {};
}

QStringList PostgresAdapter::sessionSettings()
{
    return {QStringLiteral("SET client_min_messages = warning"),
            QStringLiteral("SET lock_timeout = %1").arg(SqliteAdapter::BusyTimeoutMs),
            // A transaction never waits for a person: one left open that long is a desk gone.
            QStringLiteral("SET idle_in_transaction_session_timeout = '60s'"),
            QStringLiteral("SET tcp_keepalives_idle = 30"), QStringLiteral("SET tcp_keepalives_interval = 10"),
            QStringLiteral("SET tcp_keepalives_count = 3")};
}

QString PostgresAdapter::connectOptions(const WorkspaceLocation& location)
{
    // A desk whose network drops is noticed within a minute (by the server too, which then ends
    // its session and gives back its locks), not after the system's two hours.
    QStringList options{QStringLiteral("connect_timeout=10"),     QStringLiteral("application_name=PartnerDesk"),
                        QStringLiteral("keepalives=1"),           QStringLiteral("keepalives_idle=30"),
                        QStringLiteral("keepalives_interval=10"), QStringLiteral("keepalives_count=3")};
    if (!location.sslMode().isEmpty()) {
        options << QStringLiteral("sslmode=") + location.sslMode();
    }
    return options.join(QLatin1Char(';'));
}

Error PostgresAdapter::connectFailure(const WorkspaceLocation& location, const QString& driverText)
{
    const QString where = location.displayName();
    const QString mode = location.sslMode();
    const bool tlsRequired = mode == QLatin1String("require") || mode == QLatin1String("verify-ca")
        || mode == QLatin1String("verify-full");
    const auto tlsRefused = [&] {
        return Error(ErrorCode::Storage,
                     tr("The shared workspace %1 was not opened: TLS (mode %2) is required, and the server refused "
                        "it or does not accept this desk. Nothing was sent without TLS.")
                         .arg(where, mode));
    };
    const auto certificateNotVerified = [&] {
        return Error(ErrorCode::Storage,
                     tr("The shared workspace %1 was not opened: the server's TLS certificate could not be "
                        "verified (mode %2). Nothing was sent to it; ask the server's administrator for the "
                        "certificate of its authority, or check the server's name.")
                         .arg(where, mode));
    };
    const ConnectParams withPassword(location, true, mode, location.database());
    switch (PQpingParams(withPassword.keys(), withPassword.values(), 0)) {
    case PQPING_NO_RESPONSE: {
        // A certificate that can't be verified ends the handshake before the server can answer,
        // as does a server without TLS. Asked again with neither the user's name nor the
        // database's: a server that answers over TLS without the check has a certificate this
        // desk can't verify; one that answers only in clear refused TLS.
        if (tlsRequired) {
            WorkspaceLocation probe
                = WorkspaceLocation::server(location.host(), location.port(), QStringLiteral("partnerdesk-probe"),
                                            QStringLiteral("partnerdesk-probe"));
            // ("require" checks the certificate too when the desk has a root certificate.)
            const ConnectParams unverified(probe, false, QLatin1String(ConnectParams::Unverified), probe.database());
            if (PQpingParams(unverified.keys(), unverified.values(), 0) != PQPING_NO_RESPONSE) {
                return certificateNotVerified();
            }
            const ConnectParams clear(probe, false, QStringLiteral("disable"), probe.database());
            if (PQpingParams(clear.keys(), clear.values(), 0) != PQPING_NO_RESPONSE) {
                return tlsRefused();
            }
        }
        return Error(ErrorCode::Storage,
                     tr("The server of the shared workspace %1 does not answer: it may be down, or its address or "
                        "port may be wrong. Nothing was changed; try again when it is back.")
                         .arg(where));
    }
    case PQPING_NO_ATTEMPT:
        return Error(ErrorCode::InvalidInput,
                     tr("The connection settings of the shared workspace %1 are not valid.").arg(where));
    default:
        break;
    }
    const Attempt first = attempt(withPassword);
    if (first.status == CONNECTION_OK) {
        return Error(ErrorCode::Storage, tr("The shared workspace %1 could not be opened: %2").arg(where, driverText));
    }
    if (first.neededPassword && location.password().isEmpty()) {
        return Error(ErrorCode::DatabasePasswordRequired,
                     tr("The server of %1 asks for the password of the database user %2.").arg(where, location.user()));
    }
    // With the same user and password, does another database of the server take the connection?
    // Then the password is right and the workspace's database is what is missing (or closed to
    // the user).
    const Attempt other = attempt(ConnectParams(location, true, mode, QStringLiteral("postgres")));
    if (other.status == CONNECTION_OK) {
        return Error(ErrorCode::Storage,
                     tr("The server has no database named %1, or the user %2 may not connect to it. Check the "
                        "database's name, or ask the server's administrator.")
                         .arg(location.database(), location.user()));
    }
    if (first.neededPassword || first.usedPassword) {
        return Error(
            ErrorCode::DatabasePasswordRequired,
            tr("The server of %1 refused the database user %2 with this password.").arg(where, location.user()));
    }
    // TLS without checking the certificate, and without the password: when that gets further,
    // the certificate is what failed; when it doesn't, the server refused TLS. Nothing travels in
    // clear either way.
    if (tlsRequired) {
        const Attempt unverified
            = attempt(ConnectParams(location, false, QLatin1String(ConnectParams::Unverified), location.database()));
        if (unverified.status == CONNECTION_OK || unverified.neededPassword) {
            return certificateNotVerified();
        }
        if (unverified.status != CONNECTION_OK && !unverified.neededPassword) {
            return tlsRefused();
        }
    }
    return Error(ErrorCode::Storage,
                 tr("The shared workspace %1 could not be opened: %2")
                     .arg(where, first.message.isEmpty() ? driverText : first.message));
}

bool PostgresAdapter::answers(const WorkspaceLocation& location)
{
    const ConnectParams params(location, false, location.sslMode(), location.database());
    return PQpingParams(params.keys(), params.values(), 0) == PQPING_OK;
}

bool PostgresAdapter::isConnected(const QSqlDatabase& db)
{
    if (!db.isOpen()) {
        return false;
    }
    PGconn* conn = connectionOf(db);
    if (!conn) {
        qCWarning(lcStorage) << "The PostgreSQL driver gave no connection handle";
        return true; // nothing better known: the next statement tells
    }
    return PQstatus(conn) == CONNECTION_OK;
}

Result<bool> PostgresAdapter::sortsByCodePoint(const QSqlDatabase& db)
{
    auto collation
        = SqlQuery::scalar(db, QStringLiteral("SELECT datcollate FROM pg_database WHERE datname = current_database()"));
    if (!collation) {
        return collation.error();
    }
    const QString name = collation->toString();
    return name == QLatin1String("C") || name == QLatin1String("POSIX");
}
