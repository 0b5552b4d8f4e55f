// Opening workspace files (ARCHITECTURE §6): a fresh file gets the whole schema and the pragmas;
// an older file is backed up, then migrated step by step in transactions; a newer file, another
// program's SQLite file or a file that is no database at all is refused and left as it was. The
// files and folders are private whatever the umask (S6); a damaged file is refused with its
// newest backup, and a busy or read-only one is named as such, in words without driver text (S9).

#include "TestSupport.h"
#include "storage/Database.h"
#include "storage/Schema.h"
#include "storage/SqlEngine.h"
#include "storage/SqlQuery.h"
#include "storage/SyntheticData.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSqlDatabase>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <linux/fs.h>
#include <sys/ioctl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;

namespace {

QList<Migration> version1Only()
{
    const QList<Migration> all = Schema::migrations(SqlEngine::sqlite());
    return {all.constFirst()};
}

QList<Migration> withTestVersion2(const QStringList& statements)
{
    QList<Migration> migrations = version1Only();
    migrations << Migration{2, u"Test step: tenants get a note"_s, statements, {}};
    return migrations;
}

QByteArray fileHash(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

QStringList backupsIn(const QString& folder)
{
    return QDir(folder).entryList({u"*.bak"_s}, QDir::Files);
}

// Runs sql on a plain QSQLITE connection to path, outside Database, and returns the first value.
QVariant rawScalar(const QString& path, const QString& sql)
{
    const QString name = u"raw-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    QVariant result;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(path);
        if (db.open()) {
            auto value = SqlQuery::scalar(db, sql);
            if (value) {
                result = value.value();
            }
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

bool rawExec(const QString& path, const QStringList& statements)
{
    const QString name = u"raw-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(path);
        ok = db.open();
        for (const QString& statement : statements) {
            ok = ok && SqlQuery::run(db, statement).ok();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

Status insertTenant(const Database& database, const QString& prefix)
{
    return SqlQuery::run(database.connection(),
                         u"INSERT INTO tenants (id, display_name, domain_prefix, country, created_at) "
                         "VALUES (?, ?, ?, 'US', '2026-11-24T09:00:00.000Z')"_s,
                         {QUuid::createUuid().toString(QUuid::WithoutBraces), prefix + u" Inc."_s, prefix});
}

QVariant scalar(const Database& database, const QString& sql, const QVariantList& values = {})
{
    auto value = SqlQuery::scalar(database.connection(), sql, values);
    return value ? value.value() : QVariant();
}

bool hasColumn(const Database& database, const QString& table, const QString& column)
{
    return scalar(database, u"SELECT count(*) FROM pragma_table_info(?) WHERE name = ?"_s, {table, column}).toInt()
        == 1;
}

#ifdef Q_OS_UNIX
// The permission bits of path, as ls shows them (0600), or -1 when it doesn't exist.
int mode(const QString& path)
{
    struct stat info
    {
    };
    if (::lstat(QFile::encodeName(path).constData(), &info) != 0) {
        return -1;
    }
    return int(info.st_mode & 07777);
}

// Sets or clears the immutable attribute (chattr +i), which stops root from writing too.
bool setImmutable(const QString& path, bool on)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_NONBLOCK);
    if (fd < 0) {
        return false;
    }
    int flags = 0;
    bool ok = ::ioctl(fd, FS_IOC_GETFLAGS, &flags) == 0;
    if (ok) {
        flags = on ? (flags | FS_IMMUTABLE_FL) : (flags & ~FS_IMMUTABLE_FL);
        ok = ::ioctl(fd, FS_IOC_SETFLAGS, &flags) == 0;
    }
    ::close(fd);
    return ok;
}
#endif

// Text of the database driver that must never reach a person.
bool hasDriverText(const QString& message)
{
    return message.contains(u"Unable to"_s) || message.contains(u"Error opening database"_s)
        || message.contains(u"file is not a database"_s) || message.contains(u"database is locked"_s)
        || message.contains(u"malformed"_s);
}

} // namespace

class TestMigrations : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void freshFileHasLatestSchemaAndPragmas();
    void domainTablesExist_data();
    void domainTablesExist();
    void olderFileIsBackedUpThenMigrated();
    void customersGainDomainAndSearchKeyInVersion2();
    void searchKeysByCodePointInVersion4_S12();
    void failingMigrationRollsBack();
    void newerFileRefusedAndUnchanged();
    void foreignSqliteFileRefused();
    void nonDatabaseFileRefused();
    void currentFileReopenedWithoutBackup();
    void privateFilesWhateverTheUmask_data();
    void privateFilesWhateverTheUmask();
    void existingFilesAreTightened();
    void ownFolderIsTightened();
    void damagedFileRefusedWithNewestBackup_data();
    void damagedFileRefusedWithNewestBackup();
    void damagedHeaderRefusedWithNewestBackup_S9();
    void plantedBackupNotOffered_S9();
    void plantedSideFileRefused_S6();
    void lockedFileNamedBusy();
    void readOnlyFileNamedReadOnly();
    void otherFileNamedNotAWorkspace();
    void failedStatementCarriesNoDriverText();
    void bulkGeneratorKeepsItsJournal();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
};

void TestMigrations::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_path = m_dir->filePath(u"workspace.sqlite"_s);
}

void TestMigrations::cleanup()
{
    m_dir.reset();
}

void TestMigrations::freshFileHasLatestSchemaAndPragmas()
{
    Database database;
    PD_VERIFY_OK(database.open(m_path));
    QVERIFY(database.isOpen());
    QVERIFY(QFile::exists(m_path));
    QCOMPARE(database.schemaVersion(), Schema::latestVersion());
    QVERIFY(Schema::latestVersion() >= 1);
    QCOMPARE(scalar(database, u"SELECT count(*) FROM schema_migrations"_s).toInt(),
             Schema::migrations(SqlEngine::sqlite()).size());
    QCOMPARE(scalar(database, u"PRAGMA foreign_keys"_s).toInt(), 1);
    QCOMPARE(scalar(database, u"PRAGMA journal_mode"_s).toString(), u"wal"_s);
    QVERIFY(scalar(database, u"PRAGMA busy_timeout"_s).toInt() > 0);
    QCOMPARE(scalar(database, u"PRAGMA recursive_triggers"_s).toInt(), 1);
    // A new file is no upgrade: nothing to back up.
    QVERIFY(database.backupPath().isEmpty());
    QVERIFY(backupsIn(m_dir->path()).isEmpty());

    // foreign_keys is really in force: a user of an unknown tenant is refused.
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"SQL failed: FOREIGN KEY constraint failed"_s));
    auto orphan = SqlQuery::run(database.connection(),
                                u"INSERT INTO tenant_users (id, tenant_id, upn, display_name, password_hash, "
                                "directory_role, created_at) VALUES ('u', 'no-such-tenant', 'x@y', 'X', 'h', 'User', "
                                "'2026-11-24T09:00:00Z')"_s);
    QVERIFY(!orphan.ok());
    QCOMPARE(scalar(database, u"SELECT count(*) FROM tenant_users"_s).toInt(), 0);
}

void TestMigrations::domainTablesExist_data()
{
    // Every entity of ARCHITECTURE §3 and the table that stores it.
    QTest::addColumn<QString>("table");
    QTest::newRow("Tenant") << u"tenants"_s;
    QTest::newRow("TenantUser") << u"tenant_users"_s;
    QTest::newRow("PmcAccount") << u"pmc_accounts"_s;
    QTest::newRow("MpnProfile") << u"mpn_profiles"_s;
    QTest::newRow("PartnerAccount") << u"partner_accounts"_s;
    QTest::newRow("PartnerAccount status history") << u"partner_status_history"_s;
    QTest::newRow("PartnerRole") << u"partner_roles"_s;
    QTest::newRow("ProviderListing") << u"provider_listings"_s;
    QTest::newRow("ProviderListing countries served") << u"provider_countries"_s;
    QTest::newRow("IndirectRelationship") << u"indirect_relationships"_s;
    QTest::newRow("Customer") << u"customers"_s;
    QTest::newRow("CustomerRelationship") << u"customer_relationships"_s;
    QTest::newRow("Invitation") << u"invitations"_s;
    QTest::newRow("Offer") << u"offers"_s;
    QTest::newRow("Subscription") << u"subscriptions"_s;
    QTest::newRow("Order") << u"orders"_s;
    QTest::newRow("OrderLine") << u"order_lines"_s;
    QTest::newRow("OrderRequest") << u"order_requests"_s;
    QTest::newRow("LicenseAssignment") << u"license_assignments"_s;
    QTest::newRow("Referral") << u"referrals"_s;
    QTest::newRow("AuditEvent") << u"audit_events"_s;
    QTest::newRow("OutboxMessage") << u"outbox_messages"_s;
    QTest::newRow("migrations record") << u"schema_migrations"_s;
}

void TestMigrations::domainTablesExist()
{
    QFETCH(QString, table);
    Database database;
    PD_VERIFY_OK(database.open(m_path));
    QCOMPARE(
        scalar(database, u"SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = ?"_s, {table}).toInt(),
        1);
    // Readable, and empty in a fresh workspace.
    QCOMPARE(scalar(database, u"SELECT count(*) FROM %1"_s.arg(table)).toInt(),
             table == u"schema_migrations"_s ? Schema::migrations(SqlEngine::sqlite()).size() : 0);
}

void TestMigrations::olderFileIsBackedUpThenMigrated()
{
    {
        Database v1;
        PD_VERIFY_OK(v1.open(m_path, version1Only()));
        QCOMPARE(v1.schemaVersion(), 1);
        PD_VERIFY_OK(insertTenant(v1, u"contoso"_s));
    }

    Database v2;
    PD_VERIFY_OK(v2.open(m_path, withTestVersion2({u"ALTER TABLE tenants ADD COLUMN note TEXT"_s})));
    QCOMPARE(v2.schemaVersion(), 2);
    QVERIFY(hasColumn(v2, u"tenants"_s, u"note"_s));
    QCOMPARE(scalar(v2, u"SELECT description FROM schema_migrations WHERE version = 2"_s).toString(),
             u"Test step: tenants get a note"_s);
    // The data came along.
    QCOMPARE(scalar(v2, u"SELECT display_name FROM tenants WHERE domain_prefix = 'contoso'"_s).toString(),
             u"contoso Inc."_s);
    QCOMPARE(scalar(v2, u"SELECT count(*) FROM tenants"_s).toInt(), 1);

    // The backup is the file as it was: still version 1, with the data, without the new column.
    const QString backup = v2.backupPath();
    QVERIFY(!backup.isEmpty());
    QVERIFY2(QFile::exists(backup), qPrintable(backup));
    QVERIFY(backup.startsWith(m_path));
    QCOMPARE(backupsIn(m_dir->path()).size(), 1);
    QCOMPARE(rawScalar(backup, u"SELECT max(version) FROM schema_migrations"_s).toInt(), 1);
    QCOMPARE(rawScalar(backup, u"SELECT display_name FROM tenants WHERE domain_prefix = 'contoso'"_s).toString(),
             u"contoso Inc."_s);
    QCOMPARE(rawScalar(backup, u"SELECT count(*) FROM pragma_table_info('tenants') WHERE name = 'note'"_s).toInt(), 0);
}

void TestMigrations::customersGainDomainAndSearchKeyInVersion2()
{
    {
        Database v1;
        PD_VERIFY_OK(v1.open(m_path, version1Only()));
        PD_VERIFY_OK(insertTenant(v1, u"cafeole"_s));
        PD_VERIFY_OK(
            SqlQuery::run(v1.connection(),
                          u"INSERT INTO customers (id, tenant_id, company_name, name_key, country, created_at) "
                          "SELECT 'c1', id, 'Café Olé Roasters', 'café olé roasters', 'US', "
                          "'2026-11-24T09:00:00.000Z' FROM tenants"_s));
    }
    Database latest;
    PD_VERIFY_OK(latest.open(m_path));
    QCOMPARE(latest.schemaVersion(), Schema::latestVersion());
    QCOMPARE(scalar(latest, u"SELECT domain FROM customers WHERE id = 'c1'"_s).toString(),
             u"cafeole.onmicrosoft.com"_s);
    // Names sort and are searched by their words, without accents; the full-text index reads the
    // words after the first.
    QCOMPARE(scalar(latest, u"SELECT name_key FROM customers WHERE id = 'c1'"_s).toString(), u"cafe ole roasters"_s);
    QCOMPARE(scalar(latest, u"SELECT search_key FROM customers WHERE id = 'c1'"_s).toString(), u"ole roasters"_s);
    // The new full-text index holds the old row, and stays current as rows change.
    QCOMPARE(scalar(latest, u"SELECT count(*) FROM customers_fts WHERE customers_fts MATCH '\"roa\"*'"_s).toInt(), 1);
    PD_VERIFY_OK(
        SqlQuery::run(latest.connection(), u"UPDATE customers SET search_key = 'blue harbor' WHERE id = 'c1'"_s));
    QCOMPARE(scalar(latest, u"SELECT count(*) FROM customers_fts WHERE customers_fts MATCH '\"roa\"*'"_s).toInt(), 0);
    QCOMPARE(scalar(latest, u"SELECT count(*) FROM customers_fts WHERE customers_fts MATCH '\"harb\"*'"_s).toInt(), 1);
}

void TestMigrations::searchKeysByCodePointInVersion4_S12()
{
    {
        QList<Migration> upToVersion2;
        for (const Migration& migration : Schema::migrations(SqlEngine::sqlite())) {
            if (migration.version <= 2) {
                upToVersion2 << migration;
            }
        }
        Database v2;
        PD_VERIFY_OK(v2.open(m_path, upToVersion2));
        QCOMPARE(v2.schemaVersion(), 2);
        PD_VERIFY_OK(insertTenant(v2, u"acme"_s));
        PD_VERIFY_OK(insertTenant(v2, u"plain"_s));
        // The keys version 2 stored: the halves of a surrogate pair were no letters, so 𠀀𠀁 was no word.
        const QString insert = u"INSERT INTO customers (id, tenant_id, company_name, name_key, search_key, domain, "
                               "country, created_at) SELECT ?, id, ?, ?, ?, domain_prefix || '.onmicrosoft.com', "
                               "'US', '2026-11-24T09:00:00.000Z' FROM tenants WHERE domain_prefix = ?"_s;
        PD_VERIFY_OK(SqlQuery::run(v2.connection(), insert,
                                   {u"c1"_s, u"Acme 𠀀𠀁 Trading"_s, u"acme trading"_s, u"trading"_s, u"acme"_s}));
        PD_VERIFY_OK(SqlQuery::run(v2.connection(), insert,
                                   {u"c2"_s, u"Plain Name Ltd"_s, u"plain name ltd"_s, u"name ltd"_s, u"plain"_s}));
        QCOMPARE(scalar(v2, u"SELECT count(*) FROM customers_fts WHERE customers_fts MATCH '\"𠀀\"*'"_s).toInt(), 0);
    }
    Database latest;
    PD_VERIFY_OK(latest.open(m_path));
    QCOMPARE(latest.schemaVersion(), Schema::latestVersion());
    QVERIFY(Schema::latestVersion() >= 4);
    QCOMPARE(scalar(latest, u"SELECT description FROM schema_migrations WHERE version = 4"_s).toString(),
             u"Search words outside the Basic Multilingual Plane: customers' name and search keys"_s);
    QCOMPARE(scalar(latest, u"SELECT name_key FROM customers WHERE id = 'c1'"_s).toString(), u"acme 𠀀𠀁 trading"_s);
    QCOMPARE(scalar(latest, u"SELECT search_key FROM customers WHERE id = 'c1'"_s).toString(), u"𠀀𠀁 trading"_s);
    QCOMPARE(scalar(latest, u"SELECT name_key FROM customers WHERE id = 'c2'"_s).toString(), u"plain name ltd"_s);
    // The full-text index followed: the word is found by its first character.
    QCOMPARE(scalar(latest,
                    u"SELECT c.id FROM customers_fts JOIN customers c ON c.seq = customers_fts.rowid "
                    "WHERE customers_fts MATCH '\"𠀀\"*'"_s)
                 .toString(),
             u"c1"_s);
    QCOMPARE(scalar(latest, u"SELECT count(*) FROM customers_fts WHERE customers_fts MATCH '\"trad\"*'"_s).toInt(), 1);
    QVERIFY(!latest.backupPath().isEmpty());
}

void TestMigrations::failingMigrationRollsBack()
{
    {
        Database v1;
        PD_VERIFY_OK(v1.open(m_path, version1Only()));
        PD_VERIFY_OK(insertTenant(v1, u"fabrikam"_s));
    }
    {
        // The first statement would work; the second is bad SQL, so neither may stay.
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"SQL failed: no such table: no_such_table"_s));
        Database v2;
        const Status opened = v2.open(m_path,
                                      withTestVersion2({u"ALTER TABLE tenants ADD COLUMN note TEXT"_s,
                                                        u"ALTER TABLE no_such_table ADD "
                                                        "COLUMN x TEXT"_s}));
        QVERIFY(!opened.ok());
        QCOMPARE(opened.code(), ErrorCode::Storage);
        QVERIFY2(opened.errorString().contains(u"could not be upgraded to schema version 2"_s),
                 qPrintable(opened.errorString()));
        QVERIFY2(opened.errorString().contains(u"no_such_table"_s), qPrintable(opened.errorString()));
        QVERIFY(!v2.isOpen());
    }
    Database again;
    PD_VERIFY_OK(again.open(m_path, version1Only()));
    QCOMPARE(again.schemaVersion(), 1);
    QVERIFY(!hasColumn(again, u"tenants"_s, u"note"_s));
    QCOMPARE(scalar(again, u"SELECT count(*) FROM tenants WHERE domain_prefix = 'fabrikam'"_s).toInt(), 1);
}

void TestMigrations::newerFileRefusedAndUnchanged()
{
    {
        Database current;
        PD_VERIFY_OK(current.open(m_path));
        PD_VERIFY_OK(insertTenant(current, u"northwind"_s));
        PD_VERIFY_OK(SqlQuery::run(current.connection(),
                                   u"INSERT INTO schema_migrations (version, description, applied_at) "
                                   "VALUES (99, 'From the future', '2030-01-01T00:00:00Z')"_s));
    }
    QVERIFY(!QFile::exists(m_path + u"-wal"_s)); // everything is in the main file now
    const QByteArray before = fileHash(m_path);
    QVERIFY(!before.isEmpty());

    Database database;
    const Status opened = database.open(m_path);
    QCOMPARE(opened.code(), ErrorCode::SchemaTooNew);
    QVERIFY(!database.isOpen());
    const QString message = opened.errorString();
    QVERIFY2(message.contains(u"schema version 99"_s), qPrintable(message));
    QVERIFY2(message.contains(u"up to schema version %1"_s.arg(Schema::latestVersion())), qPrintable(message));
    QVERIFY2(message.contains(m_path), qPrintable(message));
    QVERIFY(database.backupPath().isEmpty());
    QVERIFY(backupsIn(m_dir->path()).isEmpty());

    QCOMPARE(fileHash(m_path), before);
    QCOMPARE(rawScalar(m_path, u"SELECT max(version) FROM schema_migrations"_s).toInt(), 99);
    QCOMPARE(rawScalar(m_path, u"SELECT count(*) FROM tenants"_s).toInt(), 1);
}

void TestMigrations::foreignSqliteFileRefused()
{
    QVERIFY(rawExec(m_path,
                    {u"CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)"_s,
                     u"INSERT INTO notes (body) VALUES ('keep me')"_s}));
    const QByteArray before = fileHash(m_path);
    const QString journalBefore = rawScalar(m_path, u"PRAGMA journal_mode"_s).toString();

    Database database;
    const Status opened = database.open(m_path);
    QCOMPARE(opened.code(), ErrorCode::Storage);
    QCOMPARE(opened.errorString(), u"The file %1 is not a PartnerDesk workspace."_s.arg(m_path));
    QVERIFY(!database.isOpen());

    // Another program's file is left exactly as it was: no tables added, not switched to WAL.
    QCOMPARE(rawScalar(m_path, u"SELECT count(*) FROM sqlite_master WHERE name = 'schema_migrations'"_s).toInt(), 0);
    QCOMPARE(rawScalar(m_path, u"SELECT body FROM notes"_s).toString(), u"keep me"_s);
    QCOMPARE(rawScalar(m_path, u"PRAGMA journal_mode"_s).toString(), journalBefore);
    QCOMPARE(fileHash(m_path), before);
    QVERIFY(backupsIn(m_dir->path()).isEmpty());
}

void TestMigrations::nonDatabaseFileRefused()
{
    QByteArray noise(4096, Qt::Uninitialized);
    for (qsizetype i = 0; i < noise.size(); ++i) {
        noise[i] = static_cast<char>((i * 131 + 7) % 251);
    }
    {
        QFile file(m_path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QCOMPARE(file.write(noise), noise.size());
    }
    Database database;
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"SQL failed: file is not a database"_s));
    const Status opened = database.open(m_path);
    QVERIFY(!opened.ok());
    QCOMPARE(opened.code(), ErrorCode::Storage);
    QVERIFY2(opened.errorString().startsWith(u"The file %1 is not a PartnerDesk workspace"_s.arg(m_path)),
             qPrintable(opened.errorString()));
    QVERIFY(!database.isOpen());
    QFile file(m_path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), noise);
}

void TestMigrations::currentFileReopenedWithoutBackup()
{
    {
        Database first;
        PD_VERIFY_OK(first.open(m_path));
        PD_VERIFY_OK(insertTenant(first, u"adatum"_s));
    }
    Database second;
    PD_VERIFY_OK(second.open(m_path));
    QCOMPARE(second.schemaVersion(), Schema::latestVersion());
    QVERIFY(second.backupPath().isEmpty());
    QVERIFY(backupsIn(m_dir->path()).isEmpty());
    QCOMPARE(scalar(second, u"SELECT count(*) FROM tenants"_s).toInt(), 1);
    QCOMPARE(scalar(second, u"SELECT count(*) FROM schema_migrations"_s).toInt(),
             Schema::migrations(SqlEngine::sqlite()).size());
}

void TestMigrations::privateFilesWhateverTheUmask_data()
{
    QTest::addColumn<int>("umask");
    QTest::newRow("S6 umask 0022") << 0022;
    QTest::newRow("S6 umask 0000") << 0000;
}

void TestMigrations::privateFilesWhateverTheUmask()
{
#ifdef Q_OS_UNIX
    QFETCH(int, umask);
    const mode_t saved = ::umask(mode_t(umask));
    const auto restore = qScopeGuard([saved] { ::umask(saved); });

    const QString outer = m_dir->filePath(u"desk"_s);
    const QString folder = outer + u"/workspaces"_s;
    const QString path = folder + u"/workspace.sqlite"_s;
    {
        Database v1;
        PD_VERIFY_OK(v1.open(path, version1Only()));
        PD_VERIFY_OK(insertTenant(v1, u"contoso"_s));
        QCOMPARE(mode(outer), 0700);
        QCOMPARE(mode(folder), 0700);
        QCOMPARE(mode(path), 0600);
        // Open in WAL mode: the write-ahead log and the shared memory index hold the data too.
        QCOMPARE(mode(path + u"-wal"_s), 0600);
        QCOMPARE(mode(path + u"-shm"_s), 0600);
    }
    Database latest;
    PD_VERIFY_OK(latest.open(path));
    QVERIFY(!latest.backupPath().isEmpty());
    QCOMPARE(mode(latest.backupPath()), 0600);
    QCOMPARE(rawScalar(latest.backupPath(), u"SELECT count(*) FROM tenants"_s).toInt(), 1);
    QCOMPARE(mode(path), 0600);
    QCOMPARE(mode(path + u"-wal"_s), 0600);
    QCOMPARE(mode(path + u"-shm"_s), 0600);
#else
    QSKIP("POSIX permissions only");
#endif
}

void TestMigrations::existingFilesAreTightened()
{
#ifdef Q_OS_UNIX
    {
        Database first;
        PD_VERIFY_OK(first.open(m_path));
        PD_VERIFY_OK(insertTenant(first, u"fabrikam"_s));
    }
    // As an older PartnerDesk left them under umask 0022, with a backup of an upgrade beside.
    const QString backup = m_path + u".schema1-20261101-080000.bak"_s;
    QVERIFY(QFile::copy(m_path, backup));
    for (const QString& suffix : {u"-wal"_s, u"-shm"_s}) {
        QFile file(m_path + suffix);
        QVERIFY(file.open(QIODevice::WriteOnly));
    }
    for (const QString& file : {m_path, m_path + u"-wal"_s, m_path + u"-shm"_s, backup}) {
        QVERIFY(::chmod(QFile::encodeName(file).constData(), 0644) == 0);
    }
    QCOMPARE(mode(m_path), 0644);

    Database database;
    PD_VERIFY_OK(database.open(m_path));
    QCOMPARE(mode(m_path), 0600);
    QCOMPARE(mode(m_path + u"-wal"_s), 0600);
    QCOMPARE(mode(m_path + u"-shm"_s), 0600);
    QCOMPARE(mode(backup), 0600);
    QCOMPARE(scalar(database, u"SELECT count(*) FROM tenants"_s).toInt(), 1);
#else
    QSKIP("POSIX permissions only");
#endif
}

void TestMigrations::ownFolderIsTightened()
{
#ifdef Q_OS_UNIX
    // PartnerDesk's default folder, as an older version created it: readable by everyone.
    const QByteArray savedDataHome = qgetenv("XDG_DATA_HOME");
    const auto restore = qScopeGuard([&] {
        if (savedDataHome.isNull()) {
            qunsetenv("XDG_DATA_HOME");
        } else {
            qputenv("XDG_DATA_HOME", savedDataHome);
        }
    });
    qputenv("XDG_DATA_HOME", QFile::encodeName(m_dir->filePath(u"data"_s)));
    const QString folder = QFileInfo(Database::defaultPath()).absolutePath();
    QVERIFY2(folder.startsWith(m_dir->path()), qPrintable(folder));
    QVERIFY(QDir().mkpath(folder));
    QVERIFY(::chmod(QFile::encodeName(folder).constData(), 0755) == 0);

    Database database;
    PD_VERIFY_OK(database.open(Database::defaultPath()));
    QCOMPARE(mode(folder), 0700);
    QCOMPARE(mode(Database::defaultPath()), 0600);
#else
    QSKIP("POSIX permissions only");
#endif
}

void TestMigrations::damagedFileRefusedWithNewestBackup_data()
{
    QTest::addColumn<bool>("withBackup");
    QTest::newRow("S9 with backups") << true;
    QTest::newRow("S9 without a backup") << false;
}

void TestMigrations::damagedFileRefusedWithNewestBackup()
{
    QFETCH(bool, withBackup);
    QString newest;
    {
        Database v1;
        PD_VERIFY_OK(v1.open(m_path, version1Only()));
        for (int i = 0; i < 400; ++i) {
            PD_VERIFY_OK(insertTenant(v1, u"tenant%1"_s.arg(i, 4, 10, QLatin1Char('0'))));
        }
    }
    if (withBackup) {
        Database latest;
        PD_VERIFY_OK(latest.open(m_path));
        newest = latest.backupPath();
        QVERIFY(!newest.isEmpty());
        // An older backup sorts after it, whatever the file system lists first.
        QVERIFY(QFile::copy(newest, m_path + u".schema1-20200101-000000.bak"_s));
        QCOMPARE(Database::backupsOf(m_path).size(), 2);
        QCOMPARE(Database::backupsOf(m_path).constFirst(), newest);
    }
    // Garbage over pages in the middle of the file, as a failing disk or a killed copy leaves.
    {
        QFile file(m_path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        const qint64 size = file.size();
        QVERIFY2(size >= 16 * 4096, qPrintable(QString::number(size)));
        QVERIFY(file.seek(size / 2 - 2 * 4096));
        QByteArray garbage(4 * 4096, Qt::Uninitialized);
        for (qsizetype i = 0; i < garbage.size(); ++i) {
            garbage[i] = char((i * 167 + 13) % 256);
        }
        QCOMPARE(file.write(garbage), garbage.size());
    }
    const QByteArray before = fileHash(m_path);

    Database database;
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"failed its integrity check|SQL failed"_s));
    const Status opened = database.open(m_path);
    QCOMPARE(opened.code(), ErrorCode::Damaged);
    QVERIFY(!database.isOpen());
    const QString message = opened.errorString();
    QVERIFY2(message.contains(u"is damaged"_s), qPrintable(message));
    QVERIFY2(message.contains(m_path), qPrintable(message));
    if (withBackup) {
        QVERIFY2(message.contains(newest), qPrintable(message));
    } else {
        QVERIFY2(message.contains(u"No backup"_s), qPrintable(message));
    }
    QVERIFY2(!message.contains(u"not a PartnerDesk workspace"_s), qPrintable(message));
    QVERIFY2(!hasDriverText(message), qPrintable(message));
    QCOMPARE(fileHash(m_path), before);
}

void TestMigrations::damagedHeaderRefusedWithNewestBackup_S9()
{
    {
        Database v1;
        PD_VERIFY_OK(v1.open(m_path, version1Only()));
        PD_VERIFY_OK(insertTenant(v1, u"contoso"_s));
    }
    QString newest;
    {
        Database latest;
        PD_VERIFY_OK(latest.open(m_path));
        newest = latest.backupPath();
    }
    QVERIFY(!newest.isEmpty());
    // Zeros over the file's header: SQLite no longer sees a database, but its backups say it was a
    // workspace, so it is damaged, not "not a PartnerDesk workspace" (a person may delete that).
    {
        QFile file(m_path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QCOMPARE(file.write(QByteArray(16, '\0')), 16);
    }
    const QByteArray before = fileHash(m_path);
    Database database;
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"SQL failed|Could not open"_s));
    const Status opened = database.open(m_path);
    QCOMPARE(opened.code(), ErrorCode::Damaged);
    QVERIFY2(opened.errorString().contains(newest), qPrintable(opened.errorString()));
    QVERIFY2(!opened.errorString().contains(u"not a PartnerDesk workspace"_s), qPrintable(opened.errorString()));
    QCOMPARE(fileHash(m_path), before);
}

void TestMigrations::plantedBackupNotOffered_S9()
{
    {
        Database database;
        PD_VERIFY_OK(database.open(m_path));
    }
    // A "backup" that is a link to some other file, as another user could leave in a shared
    // folder, is never the way back the damage message points to.
    const QString elsewhere = m_dir->filePath(u"elsewhere.sqlite"_s);
    QVERIFY(QFile::copy(m_path, elsewhere));
    QVERIFY(QFile::link(elsewhere, m_path + u".schema9-29991231-000000.bak"_s));
    const QString own = m_path + u".schema1-20261101-080000.bak"_s;
    QVERIFY(QFile::copy(m_path, own));
    QCOMPARE(Database::backupsOf(m_path), QStringList{own});
}

void TestMigrations::plantedSideFileRefused_S6()
{
    {
        Database database;
        PD_VERIFY_OK(database.open(m_path));
        PD_VERIFY_OK(insertTenant(database, u"contoso"_s));
    }
    QVERIFY(!QFile::exists(m_path + u"-wal"_s));
    // Another user's log, or a link to a file of theirs, waiting where SQLite puts the workspace's
    // write-ahead log: PartnerDesk doesn't open the workspace, reads and writes nothing.
    const QString theirs = m_dir->filePath(u"theirs"_s);
    {
        QFile file(theirs);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QCOMPARE(file.write("not yours"), 9);
    }
    QVERIFY(QFile::link(theirs, m_path + u"-wal"_s));
    const QByteArray before = fileHash(m_path);

    Database database;
    const Status opened = database.open(m_path);
    QVERIFY(!opened.ok());
    QVERIFY(!database.isOpen());
    QCOMPARE(opened.errorString(),
             u"The workspace %1 was not opened: %2 is not a file of yours that can be made private, so others "
             "could read or change what PartnerDesk writes. Nothing was changed; keep workspaces in a folder only "
             "you can write to."_s.arg(m_path, QFileInfo(m_path).canonicalFilePath() + u"-wal"_s));
    QCOMPARE(fileHash(m_path), before);
    QCOMPARE(fileHash(theirs), QCryptographicHash::hash("not yours", QCryptographicHash::Sha256));

    // A plain file of another user's in its place (only root can make one for someone else).
    if (::geteuid() == 0) {
        QVERIFY(QFile::remove(m_path + u"-wal"_s));
        QVERIFY(QFile::copy(theirs, m_path + u"-wal"_s));
        QVERIFY(::chown(QFile::encodeName(m_path + u"-wal"_s).constData(), 65534, 65534) == 0);
        QVERIFY(::chmod(QFile::encodeName(m_path + u"-wal"_s).constData(), 0666) == 0);
        Database again;
        const Status refused = again.open(m_path);
        QVERIFY2(refused.errorString().contains(u"is not a file of yours"_s), qPrintable(refused.errorString()));
        QCOMPARE(mode(m_path + u"-wal"_s), 0666);
        QCOMPARE(fileHash(m_path), before);
    }
}

void TestMigrations::lockedFileNamedBusy()
{
    {
        Database first;
        PD_VERIFY_OK(first.open(m_path));
        PD_VERIFY_OK(insertTenant(first, u"northwind"_s));
    }
    // Another program holds the file with an exclusive lock until it closes its connection.
    const QString name = u"locker"_s;
    const auto removeConnection = qScopeGuard([&] { QSqlDatabase::removeDatabase(name); });
    {
        QSqlDatabase locker = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        locker.setDatabaseName(m_path);
        QVERIFY(locker.open());
        PD_VERIFY_OK(SqlQuery::run(locker, u"PRAGMA locking_mode = EXCLUSIVE"_s));
        PD_VERIFY_OK(SqlQuery::run(locker, u"BEGIN EXCLUSIVE"_s));
        PD_VERIFY_OK(SqlQuery::run(locker, u"UPDATE tenants SET display_name = 'Locked Inc.'"_s));

        Database database;
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"SQL failed: database is locked"_s));
        const Status opened = database.open(m_path);
        QVERIFY(!opened.ok());
        QVERIFY(!database.isOpen());
        const QString message = opened.errorString();
        QVERIFY2(message.contains(u"busy"_s) && message.contains(u"locked"_s), qPrintable(message));
        QVERIFY2(message.contains(m_path), qPrintable(message));
        QVERIFY2(!message.contains(u"not a PartnerDesk workspace"_s), qPrintable(message));
        QVERIFY2(!hasDriverText(message), qPrintable(message));
        PD_VERIFY_OK(SqlQuery::run(locker, u"ROLLBACK"_s));
        locker.close();
    }
    // Once released, the same file opens as it was.
    Database database;
    PD_VERIFY_OK(database.open(m_path));
    QCOMPARE(scalar(database, u"SELECT display_name FROM tenants"_s).toString(), u"northwind Inc."_s);
}

void TestMigrations::readOnlyFileNamedReadOnly()
{
#ifdef Q_OS_UNIX
    {
        Database first;
        PD_VERIFY_OK(first.open(m_path));
        PD_VERIFY_OK(insertTenant(first, u"adatum"_s));
    }
    // Permission bits don't stop root; the immutable attribute does, where the file system has it.
    bool immutable = false;
    if (::geteuid() == 0) {
        immutable = setImmutable(m_path, true);
        if (!immutable) {
            QSKIP("Running as root on a file system without the immutable attribute: no file is read-only");
        }
    } else {
        QVERIFY(::chmod(QFile::encodeName(m_path).constData(), 0400) == 0);
    }
    const auto restore = qScopeGuard([&] {
        if (immutable) {
            setImmutable(m_path, false);
        }
    });
    const QByteArray before = fileHash(m_path);

    Database database;
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"SQL failed: attempt to write a readonly database"_s));
    const Status opened = database.open(m_path);
    QVERIFY(!opened.ok());
    QVERIFY(!database.isOpen());
    const QString message = opened.errorString();
    QVERIFY2(message.contains(u"read-only"_s), qPrintable(message));
    QVERIFY2(message.contains(m_path), qPrintable(message));
    QVERIFY2(!message.contains(u"not a PartnerDesk workspace"_s), qPrintable(message));
    QVERIFY2(!hasDriverText(message), qPrintable(message));
    QCOMPARE(fileHash(m_path), before);
#else
    QSKIP("POSIX permissions only");
#endif
}

void TestMigrations::otherFileNamedNotAWorkspace()
{
    {
        QFile file(m_path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray("Quarterly notes: call Contoso about the renewal.\n").repeated(200));
    }
    Database database;
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"SQL failed: file is not a database"_s));
    const Status opened = database.open(m_path);
    QCOMPARE(opened.code(), ErrorCode::Storage);
    // S9: the whole message, with no driver text after it.
    QCOMPARE(opened.errorString(), u"The file %1 is not a PartnerDesk workspace."_s.arg(m_path));
}

void TestMigrations::failedStatementCarriesNoDriverText()
{
    Database database;
    PD_VERIFY_OK(database.open(m_path));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"SQL failed: CHECK constraint failed"_s));
    // S9: a statement the database refuses for a reason no message names.
    const Status inserted = insertTenant(database, QString(30, u'x'));
    QCOMPARE(inserted.code(), ErrorCode::Storage);
    QVERIFY2(inserted.errorString().startsWith(u"The workspace could not be updated"_s),
             qPrintable(inserted.errorString()));
    QVERIFY2(!hasDriverText(inserted.errorString()), qPrintable(inserted.errorString()));
    QCOMPARE(scalar(database, u"SELECT count(*) FROM tenants"_s).toInt(), 0);
}

void TestMigrations::bulkGeneratorKeepsItsJournal()
{
    Database database;
    PD_VERIFY_OK(database.open(m_path));
    SyntheticSpec spec;
    spec.customers = 300;
    spec.resellers = 2;
    spec.now = TestClock::defaultStart();
    // S9: while its one transaction runs, the rollback journal is on disk, where a killed
    // generator leaves it for the next opening to roll back.
    int reports = 0;
    int withJournal = 0;
    PD_VERIFY_OK(SyntheticData::generate(database.connection(), spec, [&](const QString& line) {
        if (line.contains(u"committed"_s) || line.contains(u"analyzed"_s)) {
            return;
        }
        ++reports;
        withJournal += QFile::exists(m_path + u"-journal"_s) ? 1 : 0;
    }));
    QVERIFY(reports > 0);
    QCOMPARE(withJournal, reports);
    QCOMPARE(scalar(database, u"PRAGMA journal_mode"_s).toString(), u"wal"_s);
    QCOMPARE(scalar(database, u"SELECT count(*) FROM customers"_s).toInt(), 300);
}

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_Migrations.moc"
