#include "Database.h"

#include "storage/DatabaseLogins.h"
#include "storage/PostgresAdapter.h"
#include "storage/PrivateFiles.h"
#include "storage/Schema.h"
#include "storage/SqlQuery.h"
#include "storage/SqliteAdapter.h"

#include <QAtomicInt>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>

#include <algorithm>
#include <filesystem>

namespace {
// The schema version that has the gate, and rights.by_a_person() (version 12) with it.
constexpr int GateVersion = 13;

QString nextConnectionName()
{
    static QAtomicInt counter;
    return QStringLiteral("partnerdesk-%1").arg(counter.fetchAndAddRelaxed(1));
}
} // namespace

Database::Database()
    : m_connectionName(nextConnectionName())
{
}

Database::~Database()
{
    close();
}

QString Database::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/workspace.sqlite");
}

Status Database::backUpTo(const QString& target)
{
    if (m_location.isShared()) {
        return Error(ErrorCode::InvalidState,
                     tr("A shared workspace is backed up on its server, with PostgreSQL's own tools such as "
                        "pg_dump. Ask the server's administrator."));
    }
    const QFileInfo targetInfo(target);
    if (targetInfo.exists() && targetInfo.canonicalFilePath() == QFileInfo(m_path).canonicalFilePath()) {
        return Error(ErrorCode::InvalidInput, tr("Choose another file than the workspace itself for its backup."));
    }
    // Written beside the target first, so that a backup that fails leaves an earlier one as it was.
    const QString partial = target + QStringLiteral(".partial");
    Status written = SqliteAdapter::backupTo(connection(), partial);
    if (!written) {
        return Error(ErrorCode::Storage,
                     tr("The backup could not be written to %1: %2")
                         .arg(QDir::toNativeSeparators(target), written.errorString()));
    }
    // An earlier backup's own journal files would be taken for the new file's: gone first.
    for (const char* suffix : {"-wal", "-shm", "-journal"}) {
        QFile::remove(target + QLatin1String(suffix));
    }
    std::error_code error;
    std::filesystem::rename(QFile::encodeName(partial).toStdString(), QFile::encodeName(target).toStdString(), error);
    if (error) {
        QFile::remove(partial);
        return Error(ErrorCode::Storage,
                     tr("The backup could not be written to %1: %2")
                         .arg(QDir::toNativeSeparators(target), QString::fromLocal8Bit(error.message().c_str())));
    }
    return {};
}

QStringList Database::backupsOf(const QString& path)
{
    // What migrate() writes: <file>.schema<version>-<yyyyMMdd-HHmmss>.bak, next to the file.
    const QFileInfo info(path);
    const QRegularExpression pattern(
        QStringLiteral("^%1\\.schema(\\d+)-(\\d{8}-\\d{6})\\.bak$").arg(QRegularExpression::escape(info.fileName())));
    QList<std::pair<QString, QString>> found; // sort key, path
    const QDir folder = info.absoluteDir();
    const QStringList names
        = folder.entryList({info.fileName() + QStringLiteral(".schema*.bak")}, QDir::Files | QDir::Hidden);
    for (const QString& name : names) {
        const QRegularExpressionMatch match = pattern.match(name);
        // Only the user's own files: in a folder others can write to, a planted file (or a link to
        // one) must not be offered as the way back.
        if (match.hasMatch() && PrivateFiles::isOwnFile(folder.filePath(name))) {
            const QString key
                = match.captured(2) + QStringLiteral("-%1").arg(match.captured(1).toInt(), 10, 10, QLatin1Char('0'));
            found.append({key, folder.filePath(name)});
        }
    }
    std::sort(found.begin(), found.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
    QStringList backups;
    for (const auto& backup : std::as_const(found)) {
        backups << backup.second;
    }
    return backups;
}

Status Database::open(const QString& path)
{
    return open(WorkspaceLocation::file(path));
}

Status Database::open(const QString& path, const QList<Migration>& migrations)
{
    return open(WorkspaceLocation::file(path), migrations);
}

Status Database::open(const WorkspaceLocation& location)
{
    return open(location, Schema::migrations(location.isShared() ? SqlEngine::postgreSql() : SqlEngine::sqlite()));
}

Status Database::open(const WorkspaceLocation& location, const QList<Migration>& migrations)
{
    close();
    m_location = location;
    m_path = location.toString();
    m_backupPath.clear();
    m_behindGate = false;
    const QString problem = location.problem();
    if (!problem.isEmpty()) {
        return Error(ErrorCode::InvalidInput, problem);
    }
    Status connected = location.isShared() ? connectServer() : connectFile();
    if (!connected) {
        close();
        return connected;
    }
    // migrate() applies a file's pragmas once it knows the file is a workspace: journal_mode=WAL is
    // stored in the file, and a file that is refused must be left as it was.
    Status status = migrate(migrations);
    if (!status) {
        close();
    }
    return status;
}

Status Database::connectFile()
{
    const QString& path = m_path;
    if (path != QLatin1String(":memory:")) {
        const QFileInfo info(path);
        Status folder = PrivateFiles::makeFolder(info.absolutePath());
        if (!folder) {
            return folder;
        }
        if (info.absolutePath() == QFileInfo(defaultPath()).absolutePath()) {
            // PartnerDesk's own folder; versions before S6 made it readable by everyone.
            PrivateFiles::tighten(info.absolutePath());
        }
        // SQLite would create the file 0644 less the umask, and its -wal and -shm like it.
        QString reason;
        if (!info.exists() && !PrivateFiles::createFile(path, &reason) && !QFileInfo::exists(path)) {
            return Error(ErrorCode::Storage, tr("The workspace %1 could not be created: %2").arg(path, reason));
        }
        Status own = checkOwnFiles();
        if (!own) {
            return own;
        }
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(QLatin1String(SqliteAdapter::DriverName), m_connectionName);
    db.setDatabaseName(path);
    db.setConnectOptions(SqliteAdapter::connectOptions());
    if (!db.open()) {
        const QSqlError error = db.lastError();
        qCWarning(lcStorage).noquote() << "Could not open" << path << ":" << error.text();
        return openFailure(error);
    }
    return {};
}

Status Database::connectServer()
{
    if (!QSqlDatabase::isDriverAvailable(QLatin1String(PostgresAdapter::DriverName))) {
        return Error(ErrorCode::Storage,
                     tr("This PartnerDesk can't open shared workspaces: Qt's PostgreSQL driver is not installed "
                        "(Debian package libqt6sql6-psql)."));
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(QLatin1String(PostgresAdapter::DriverName), m_connectionName);
    db.setHostName(m_location.host());
    db.setPort(m_location.port());
    db.setDatabaseName(m_location.database());
    db.setUserName(m_location.user());
    db.setPassword(m_location.password());
    db.setConnectOptions(PostgresAdapter::connectOptions(m_location));
    if (!db.open()) {
        const QString text = db.lastError().databaseText().trimmed();
        qCWarning(lcStorage).noquote() << "Could not connect to" << m_path << ":" << text;
        return PostgresAdapter::connectFailure(m_location, text);
    }
    return setUpSession(db, Login::Shared);
}

Result<QString> Database::connectPerson(const QString& login, const QString& password)
{
    if (!m_location.isShared() || !isOpen()) {
        return Error(ErrorCode::Storage, tr("Only a shared workspace that is open has database logins."));
    }
    // A name of its own: a connection the person has already stays until this one is theirs.
    static QAtomicInt opened;
    const QString name = QStringLiteral("%1/%2/%3").arg(m_connectionName, login).arg(opened.fetchAndAddRelaxed(1));
    QSqlDatabase db = QSqlDatabase::cloneDatabase(m_connectionName, name);
    db.setUserName(login);
    db.setPassword(password);
    if (!db.open()) {
        const QString text = db.lastError().databaseText().trimmed();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(name);
        // What the server says after checking the password (in English, as most servers speak; a
        // server set to another language is answered as any other refusal).
        ErrorCode code = ErrorCode::Storage;
        if (text.contains(QLatin1String("is not permitted to log in"))) {
            code = ErrorCode::Disabled;
        } else if (text.contains(QLatin1String("password authentication failed"))) {
            code = ErrorCode::WrongPassword;
        }
        if (code == ErrorCode::Storage) {
            qCWarning(lcStorage).noquote() << "Could not connect as" << login << "to" << m_path << ":" << text;
        } else {
            qCInfo(lcStorage).noquote() << "The server refused the login" << login << ":" << text;
        }
        return Error(code,
                     tr("The shared workspace %1 refused your own database login %2, so you were not signed in: "
                        "%3 Ask an administrator of your organization to reset your password.")
                         .arg(m_location.displayName(), login, SqlQuery::serverMessage(text)));
    }
    Status set = setUpSession(db, Login::Person);
    if (!set) {
        db = QSqlDatabase();
        disconnectPerson(name);
        return set.error();
    }
    m_personConnections.append(name);
    return name;
}

void Database::disconnectPerson(const QString& connectionName)
{
    m_personConnections.removeAll(connectionName);
    if (QSqlDatabase::contains(connectionName)) {
        {
            QSqlDatabase db = QSqlDatabase::database(connectionName, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(connectionName);
    }
}

std::optional<Database::ReaderSettings> Database::readerSettings(const QSqlDatabase& connection) const
{
    if (!isOpen() || m_path == QLatin1String(":memory:")) {
        return std::nullopt;
    }
    return ReaderSettings{connection.driverName(),    connection.databaseName(), connection.hostName(),
                          connection.port(),          connection.userName(),     connection.password(),
                          connection.connectOptions()};
}

Result<QSqlDatabase> Database::reader(const ReaderSettings& settings, const QString& name)
{
    if (QSqlDatabase::contains(name)) {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        const bool server = settings.driver == QLatin1String(PostgresAdapter::DriverName);
        if (db.isOpen() && (!server || PostgresAdapter::isConnected(db))) {
            return db;
        }
        db = QSqlDatabase();
        closeReader(name);
    }
    Status opened = openReader(settings, name);
    if (!opened) {
        closeReader(name);
        return opened.error();
    }
    return QSqlDatabase::database(name, false);
}

void Database::closeReader(const QString& name)
{
    if (!QSqlDatabase::contains(name)) {
        return;
    }
    {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

Status Database::openReader(const ReaderSettings& settings, const QString& name)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(settings.driver, name);
    db.setDatabaseName(settings.database);
    db.setHostName(settings.host);
    db.setPort(settings.port);
    db.setUserName(settings.user);
    db.setPassword(settings.password);
    db.setConnectOptions(settings.options);
    if (!db.open()) {
        qCWarning(lcStorage).noquote() << "Could not open a reader of" << settings.database << ":"
                                       << db.lastError().text();
        return Error(ErrorCode::Storage, tr("The workspace could not be read: %1").arg(db.lastError().text()));
    }
    if (settings.driver == QLatin1String(PostgresAdapter::DriverName)) {
        return setUpSession(db, Login::Person);
    }
    for (const QString& pragma : SqliteAdapter::pragmas()) {
        Status set = SqlQuery::run(db, pragma);
        if (!set) {
            return set;
        }
    }
    return {};
}

Status Database::setUpSession(const QSqlDatabase& db, Login login)
{
    QStringList statements = PostgresAdapter::sessionSettings();
    // The workspace's own writes are SERIALIZABLE; a person's
    // READ COMMITTED, the level the server's audit chain takes their events in.
    statements << (login == Login::Shared ? QStringLiteral("SET default_transaction_isolation = 'serializable'")
                                          : QStringLiteral("SET default_transaction_isolation = 'read committed'"));
    for (const QString& statement : std::as_const(statements)) {
        Status set = SqlQuery::run(db, statement);
        if (!set) {
            return set;
        }
    }
    return {};
}

bool Database::reconnect()
{
    return reconnect(m_connectionName);
}

bool Database::reconnect(const QString& connectionName)
{
    if (!QSqlDatabase::contains(connectionName)) {
        return false;
    }
    QSqlDatabase db = QSqlDatabase::database(connectionName, false);
    if (!m_location.isShared() || Transaction::isOpenOn(db)) {
        return db.isOpen(); // a transaction in progress ends first, on this connection
    }
    if (PostgresAdapter::isConnected(db)) {
        return true;
    }
    db.close();
    if (!db.open()) {
        qCInfo(lcStorage).noquote() << "Still no connection to" << m_path << ":" << db.lastError().databaseText();
        return false;
    }
    qCInfo(lcStorage).noquote() << "Connected again to" << m_path;
    const bool person
        = m_personConnections.contains(connectionName) || (connectionName == m_connectionName && m_behindGate);
    return setUpSession(db, person ? Login::Person : Login::Shared).ok();
}

void Database::close()
{
    for (const QString& person : QStringList(m_personConnections)) {
        disconnectPerson(person);
    }
    if (QSqlDatabase::contains(m_connectionName)) {
        {
            QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_connectionName);
    }
}

bool Database::isOpen() const
{
    return QSqlDatabase::contains(m_connectionName) && connection().isOpen();
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

int Database::schemaVersion() const
{
    auto version = SqlQuery::scalar(connection(), QStringLiteral("SELECT max(version) FROM schema_migrations"));
    return version ? version->toInt() : 0;
}

namespace {
// Runs one statement of the opening checks. Unlike SqlQuery it keeps the driver's error, which
// openFailure() names; it is logged the same way. rows gets the first column of each row.
bool runChecked(const QSqlDatabase& db, const QString& sql, QSqlError* error, QStringList* rows = nullptr)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(sql)) {
        *error = query.lastError();
        qCWarning(lcStorage).noquote() << "SQL failed:" << error->text() << "in" << sql;
        return false;
    }
    while (rows && query.next()) {
        rows->append(query.value(0).toString());
    }
    return true;
}
} // namespace

Status Database::checkReadable()
{
    // The first read of the header and the schema: a file that is no database, locked, damaged or
    // unreadable fails here.
    QSqlError error;
    if (!runChecked(connection(), QStringLiteral("SELECT count(*) FROM sqlite_master"), &error)) {
        return openFailure(error);
    }
    return {};
}

Status Database::checkIntact()
{
    // quick_check reads every page: 0.3 s for 100,000 customers (200 MB), 2.9 s for a million
    // (2 GB) on a warm cache, more from disk. A file up to FullCheckBytes is checked whole; in a
    // larger one the schema and every table of up to LargeTableRows rows with its indexes, and the
    // bulk tables are checked by SQLite page by page as they are read (a damaged page then fails
    // with the "damaged" message of SqlQuery).
    constexpr qint64 FullCheckBytes = 256 * 1024 * 1024;
    constexpr qint64 LargeTableRows = 100000;
    QSqlError error;
    QStringList problems;
    QElapsedTimer clock;
    clock.start();
    const QFileInfo file(m_path);
    if (m_path == QLatin1String(":memory:") || file.size() <= FullCheckBytes) {
        if (!runChecked(connection(), SqliteAdapter::integrityCheck(10), &error, &problems)) {
            return openFailure(error);
        }
    } else {
        QStringList tables;
        if (!runChecked(connection(), SqliteAdapter::storedTables(), &error, &tables)) {
            return openFailure(error);
        }
        for (const QString& table : std::as_const(tables)) {
            QStringList rows;
            if (table != QLatin1String("sqlite_schema")
                && (!runChecked(connection(), SqliteAdapter::estimatedRows(table), &error, &rows)
                    || rows.value(0).toLongLong() > LargeTableRows)) {
                if (SqlEngine::sqlite().failure(error) == SqlEngine::Failure::Damaged) {
                    return damaged();
                }
                continue; // a large table, or one without rowids: read as it is used
            }
            QStringList found;
            if (!runChecked(connection(), SqliteAdapter::integrityCheck(table), &error, &found)) {
                return openFailure(error);
            }
            if (found != QStringList{QStringLiteral("ok")}) {
                problems << found;
            }
        }
        if (problems.isEmpty()) {
            problems << QStringLiteral("ok");
        }
    }
    qCDebug(lcStorage) << "Integrity check of" << m_path << "took" << clock.elapsed() << "ms";
    if (problems != QStringList{QStringLiteral("ok")}) {
        qCWarning(lcStorage).noquote() << "The workspace" << m_path
                                       << "failed its integrity check:" << problems.join(QStringLiteral("; "));
        return damaged();
    }
    return {};
}

Status Database::checkWritable()
{
    // PartnerDesk saves every change at once, so a file it can't write is refused on opening,
    // not at the first save. SQLite opens a file it may not write read-only without a word, and
    // in WAL mode even takes the write lock: only a write shows it. This one writes the header's
    // user_version as it is, and is rolled back.
    QSqlError error;
    QStringList userVersion;
    if (!runChecked(connection(), QStringLiteral("PRAGMA user_version"), &error, &userVersion)
        || !runChecked(connection(), SqlEngine::sqlite().beginWriteTransaction(), &error)) {
        return openFailure(error);
    }
    const bool written = runChecked(
        connection(), QStringLiteral("PRAGMA user_version = %1").arg(userVersion.value(0).toInt()), &error);
    QSqlError rollbackError;
    (void)runChecked(connection(), QStringLiteral("ROLLBACK"), &rollbackError);
    return written ? Status() : Status(openFailure(error));
}

Error Database::openFailure(const QSqlError& error) const
{
    using Failure = SqlEngine::Failure;
    switch (SqlEngine::sqlite().failure(error)) {
    case Failure::Busy:
        return Error(ErrorCode::Storage,
                     tr("The workspace %1 is busy: another program, or another PartnerDesk, holds it locked. "
                        "Nothing was changed; close that program or wait, then open the workspace again.")
                         .arg(m_path));
    case Failure::ReadOnly:
        return Error(ErrorCode::Storage,
                     tr("The workspace %1 is read-only for you: PartnerDesk needs to write to the file and to "
                        "its folder. Nothing was changed.")
                         .arg(m_path));
    case Failure::IoError:
        return Error(ErrorCode::Storage,
                     tr("The workspace %1 could not be read: the disk reported an input/output error. Nothing "
                        "was changed; copy the file to another disk and open the copy.")
                         .arg(m_path));
    case Failure::DiskFull:
        return Error(ErrorCode::Storage,
                     tr("The disk holding the workspace %1 is full. Nothing was changed; free some space, then "
                        "open the workspace again.")
                         .arg(m_path));
    case Failure::Damaged:
        return damaged();
    case Failure::NotADatabase:
        // With its backups beside it, the file was a workspace: its header is what is damaged.
        if (!backupsOf(m_path).isEmpty()) {
            return damaged();
        }
        return Error(ErrorCode::Storage, tr("The file %1 is not a PartnerDesk workspace.").arg(m_path));
    case Failure::CantOpen:
        return Error(ErrorCode::Storage,
                     tr("The workspace %1 could not be opened: the file or its folder can't be reached, or you "
                        "may not open it.")
                         .arg(m_path));
    case Failure::Duplicate:
    case Failure::AppendOnly:
    case Failure::Serialization:
    case Failure::Refused:
    case Failure::ConnectionLost:
    case Failure::Other:
        break;
    }
    return Error(ErrorCode::Storage,
                 tr("The workspace %1 could not be opened (SQLite error %2).").arg(m_path, error.nativeErrorCode()));
}

Error Database::damaged() const
{
    const QStringList backups = backupsOf(m_path);
    if (backups.isEmpty()) {
        return Error(ErrorCode::Damaged,
                     tr("The workspace %1 is damaged, so it was not opened and nothing in it was changed. No "
                        "backup of it was found in its folder.")
                         .arg(m_path));
    }
    return Error(ErrorCode::Damaged,
                 tr("The workspace %1 is damaged, so it was not opened and nothing in it was changed. Its newest "
                    "backup is %2: to go back to it, close PartnerDesk, move the damaged file aside and copy the "
                    "backup in its place.")
                     .arg(m_path, backups.constFirst()));
}

QStringList Database::filesOf(const QString& path)
{
    // SQLite keeps them next to the file a link leads to.
    const QString file = QFileInfo(path).canonicalFilePath();
    if (file.isEmpty()) {
        return {};
    }
    return {file, file + QStringLiteral("-wal"), file + QStringLiteral("-shm"), file + QStringLiteral("-journal")};
}

Status Database::checkOwnFiles() const
{
    // The workspace and the files SQLite keeps beside it hold its data: they must be the user's
    // own files. In a folder others can write to, another user could have made one of them
    // first, for SQLite to read from and write into. Checked before SQLite opens any of them.
    for (const QString& part : filesOf(m_path)) {
        const QFileInfo info(part);
        if ((info.exists() || info.isSymLink()) && !PrivateFiles::isOwnFile(part)) {
            return notPrivate(part);
        }
    }
    return {};
}

Error Database::notPrivate(const QString& part) const
{
    return Error(ErrorCode::Storage,
                 tr("The workspace %1 was not opened: %2 is not a file of yours that can be made private, so others "
                    "could read or change what PartnerDesk writes. Nothing was changed; keep workspaces in a folder "
                    "only you can write to.")
                     .arg(m_path, part));
}

Status Database::makePrivate() const
{
    // The -wal and -shm of a file made before S6 are as open as it was; so are its backups.
    for (const QString& part : filesOf(m_path)) {
        if (!PrivateFiles::tighten(part)) {
            return notPrivate(part);
        }
    }
    for (const QString& backup : backupsOf(m_path)) {
        PrivateFiles::tighten(backup);
    }
    return {};
}

Status Database::applyPragmas()
{
    for (const QString& pragma : SqliteAdapter::pragmas()) {
        QSqlError error;
        if (!runChecked(connection(), pragma, &error)) {
            return openFailure(error);
        }
    }
    return {};
}

Status Database::checkServer()
{
    // The customer lists find names and domains by ranges of text, which need the database to
    // sort by code point.
    auto byCodePoint = PostgresAdapter::sortsByCodePoint(connection());
    if (!byCodePoint) {
        return byCodePoint.error();
    }
    if (!byCodePoint.value()) {
        return Error(ErrorCode::Storage,
                     tr("The database %1 sorts text by a language's rules; a shared workspace needs the C "
                        "collation. Ask the server's administrator to create it with --locale=C (see "
                        "\"Set up a server\" in PartnerDesk's README). Nothing was changed.")
                         .arg(m_location.database()));
    }
    return {};
}

Status Database::migrate(const QList<Migration>& migrations)
{
    QSqlDatabase db = connection();
    const SqlEngine& engine = SqlEngine::of(db);
    const bool shared = m_location.isShared();
    const int latest = migrations.isEmpty() ? 0 : migrations.constLast().version;

    Status readable = shared ? checkServer() : checkReadable();
    if (!readable) {
        return readable;
    }
    auto hasTable = engine.tableExists(db, QStringLiteral("schema_migrations"));
    if (!hasTable) {
        return hasTable.error();
    }
    int current = 0;
    if (hasTable.value()) {
        Status intact = shared ? Status() : checkIntact();
        if (!intact) {
            return intact;
        }
        current = schemaVersion();
    } else {
        auto tables = engine.userTableCount(db);
        if (!tables) {
            return tables.error();
        }
        if (tables.value() > 0) {
            return Error(ErrorCode::Storage,
                         shared ? tr("The database %1 holds another application's tables, not a PartnerDesk "
                                     "workspace. Nothing was changed.")
                                      .arg(m_location.displayName())
                                : tr("The file %1 is not a PartnerDesk workspace.").arg(m_path));
        }
    }
    // A workspace, or an empty file about to become one: it is the user's alone from now on.
    Status own = shared ? Status() : makePrivate();
    if (!own) {
        return own;
    }
    if (current > latest) {
        return Error(ErrorCode::SchemaTooNew,
                     tr("The workspace %1 was written by a newer PartnerDesk (schema version %2); this version "
                        "reads up to schema version %3. Update PartnerDesk to open it.")
                         .arg(shared ? m_location.displayName() : m_path)
                         .arg(current)
                         .arg(latest));
    }
    if (!shared) {
        Status pragmas = applyPragmas();
        if (!pragmas) {
            return pragmas;
        }
        Status writable = checkWritable();
        if (!writable) {
            return writable;
        }
    }
    if (shared && current >= GateVersion) {
        auto person = DatabaseLogins::byAPerson(db);
        if (!person) {
            return person.error();
        }
        m_behindGate = person.value();
        // The gate writes as a person does (a new customer's tenant, its audit events): in READ
        // COMMITTED, the level the server's audit chain takes a person's events in.
        if (m_behindGate) {
            Status set = setUpSession(db, Login::Person);
            if (!set) {
                return set;
            }
        }
    }
    if (current == latest) {
        return {};
    }
    if (m_behindGate) {
        return Error(ErrorCode::Storage,
                     tr("The shared workspace %1 needs an upgrade to schema version %2, which only its owner may "
                        "make. Ask the server's administrator to open it once with this PartnerDesk and the owner's "
                        "address. Nothing was changed.")
                         .arg(m_location.displayName())
                         .arg(latest));
    }
    if (!shared && current > 0 && m_path != QLatin1String(":memory:")) {
        const QString stamp = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
        const QString backup = QStringLiteral("%1.schema%2-%3.bak").arg(m_path).arg(current).arg(stamp);
        Status saved = SqliteAdapter::backupTo(db, backup);
        if (!saved) {
            return Error(ErrorCode::Storage,
                         tr("The workspace could not be backed up before its upgrade, so it "
                            "was left as it was: %1")
                             .arg(saved.errorString()));
        }
        m_backupPath = backup;
    }
    // Desks that open a shared workspace at once take turns: the first applies the steps, the
    // others wait, then find them done. The lock is the session's, taken before any transaction
    // so that each step's snapshot sees what the desk before wrote.
    struct ServerLock
    {
        QSqlDatabase db;
        bool held = false;
        ~ServerLock()
        {
            if (held) {
                (void)SqlQuery::run(db, QStringLiteral("SELECT pg_advisory_unlock(7418011)"));
            }
        }
    } serverLock{db};
    if (shared) {
        // However long another desk's upgrade takes: this desk waits for it, not lock_timeout.
        Status locked = SqlQuery::run(db, QStringLiteral("SET lock_timeout = 0"));
        if (locked) {
            locked = SqlQuery::run(db, QStringLiteral("SELECT pg_advisory_lock(7418011)"));
        }
        Status restored = setUpSession(db, Login::Shared);
        if (!locked) {
            return locked;
        }
        if (!restored) {
            return restored;
        }
        serverLock.held = true;
        auto again = engine.tableExists(db, QStringLiteral("schema_migrations"));
        if (!again) {
            return again.error();
        }
        hasTable = again.value();
        current = hasTable.value() ? schemaVersion() : 0;
    }
    const bool pending = std::any_of(migrations.cbegin(), migrations.cend(),
                                     [&](const Migration& migration) { return migration.version > current; });
    if (shared && pending) {
        // The owner creates each person's login (schema version 9 on): without CREATEROLE the
        // upgrade would fail in the server's own words.
        auto creates = SqlQuery::texts(db,
                                       QStringLiteral("SELECT rolname, CASE WHEN rolsuper OR rolcreaterole "
                                                      "THEN 'yes' ELSE 'no' END FROM pg_roles "
                                                      "WHERE rolname = current_user"));
        if (!creates) {
            return creates.error();
        }
        if (creates->size() == 1 && creates->constFirst().at(1) == QLatin1String("no")) {
            const QString owner = creates->constFirst().at(0);
            return Error(ErrorCode::Storage,
                         tr("The workspace needs an upgrade that its owner %1 may not make: the owner creates "
                            "a database login for each person, which takes the CREATEROLE attribute. Ask the "
                            "server's administrator to run ALTER ROLE %1 CREATEROLE. Nothing was changed.")
                             .arg(owner));
        }
    }
    for (const Migration& migration : migrations) {
        if (migration.version <= current) {
            continue;
        }
        Transaction transaction(db);
        if (!transaction.isActive()) {
            return Error(ErrorCode::Storage,
                         tr("The workspace is busy or read-only, so it could not be upgraded; nothing was changed."));
        }
        if (!hasTable.value()) {
            auto created = SqlQuery::run(db,
                                         QStringLiteral("CREATE TABLE schema_migrations ("
                                                        "version INTEGER PRIMARY KEY, "
                                                        "description TEXT NOT NULL, "
                                                        "applied_at TEXT NOT NULL)"));
            if (!created) {
                return created.error();
            }
            hasTable = true;
        }
        for (const QString& statement : migration.statements) {
            auto query = SqlQuery::run(db, statement);
            if (!query) {
                return Error(ErrorCode::Storage,
                             tr("The workspace could not be upgraded to schema version %1: %2")
                                 .arg(migration.version)
                                 .arg(query.errorString()));
            }
        }
        if (migration.code) {
            Status done = migration.code(db);
            if (!done) {
                return Error(ErrorCode::Storage,
                             tr("The workspace could not be upgraded to schema version %1: %2")
                                 .arg(migration.version)
                                 .arg(done.errorString()));
            }
        }
        auto recorded = SqlQuery::run(
            db, QStringLiteral("INSERT INTO schema_migrations (version, description, applied_at) VALUES (?, ?, ?)"),
            {migration.version, migration.description, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)});
        if (!recorded) {
            return recorded.error();
        }
        Status committed = transaction.commit();
        if (!committed) {
            return committed;
        }
    }
    return {};
}

namespace {
// The open transaction of each connection: an inner Transaction joins the outer one. Its commit
// decides for both, and an inner one that ends without committing makes the outer one fail.
struct OpenTransaction
{
    int depth = 0;
    bool rollbackOnly = false;
};
thread_local QHash<QString, OpenTransaction> openTransactions;
} // namespace

bool Transaction::isOpenOn(const QSqlDatabase& db)
{
    const auto open = openTransactions.constFind(db.connectionName());
    return open != openTransactions.cend() && open->depth > 0;
}

Transaction::Transaction(const QSqlDatabase& db)
    : m_db(db)
{
    OpenTransaction& open = openTransactions[m_db.connectionName()];
    if (open.depth > 0) {
        m_joined = true;
        m_active = true;
        ++open.depth;
        return;
    }
    // A write transaction takes the write lock at once, so a read followed by a write can't fail
    // half-way because another connection wrote in between; the busy timeout applies to it.
    const SqlEngine& engine = SqlEngine::of(m_db);
    const QString lock = engine.lockWriters();
    auto locked = lock.isEmpty() ? Result<QSqlQuery>(QSqlQuery()) : SqlQuery::run(m_db, lock);
    auto begun = locked ? SqlQuery::run(m_db, engine.beginWriteTransaction()) : locked;
    m_active = begun.ok();
    if (m_active) {
        open = OpenTransaction{1, false};
    } else {
        qCWarning(lcStorage) << "Could not begin a transaction:" << begun.errorString();
        if (locked && !lock.isEmpty()) {
            unlockWriters();
        }
    }
}

void Transaction::unlockWriters()
{
    const QString unlock = SqlEngine::of(m_db).unlockWriters();
    if (!unlock.isEmpty()) {
        (void)SqlQuery::run(m_db, unlock);
    }
}

Transaction::~Transaction()
{
    if (!m_active) {
        return;
    }
    OpenTransaction& open = openTransactions[m_db.connectionName()];
    --open.depth;
    if (m_joined) {
        open.rollbackOnly = true;
    } else {
        rollback();
    }
}

void Transaction::rollback()
{
    (void)SqlQuery::run(m_db, QStringLiteral("ROLLBACK"));
    const QString cleanUp = SqlEngine::of(m_db).afterRollback();
    if (!cleanUp.isEmpty()) {
        (void)SqlQuery::run(m_db, cleanUp);
    }
    unlockWriters();
}

Status Transaction::commit()
{
    if (!m_active) {
        return Error(ErrorCode::Storage, tr("The change could not be saved: no transaction is open."));
    }
    m_active = false;
    OpenTransaction& open = openTransactions[m_db.connectionName()];
    --open.depth;
    if (m_joined) {
        return {};
    }
    if (open.rollbackOnly) {
        rollback();
        return Error(ErrorCode::Storage,
                     tr("The change could not be saved: part of it failed, so none of it was "
                        "kept."));
    }
    const QString announce = SqlEngine::of(m_db).announceChange();
    Result<QSqlQuery> committed = announce.isEmpty() ? Result<QSqlQuery>(QSqlQuery()) : SqlQuery::run(m_db, announce);
    if (committed) {
        committed = SqlQuery::run(m_db, QStringLiteral("COMMIT"));
    }
    if (!committed) {
        rollback();
        if (committed.code() != ErrorCode::Storage) {
            return committed.error(); // a race lost at commit, a connection lost: said as such
        }
        return Error(ErrorCode::Storage, tr("The change could not be saved: %1").arg(committed.errorString()));
    }
    unlockWriters();
    return {};
}
