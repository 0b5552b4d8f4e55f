#include "TestSupport.h"

#include "services/CustomerService.h"
#include "services/DirectoryService.h"
#include "services/InvitationService.h"
#include "services/RelationshipService.h"
#include "storage/Database.h"
#include "storage/DirectoryStore.h"
#include "storage/PartnerStore.h"
#include "storage/SqlEngine.h"
#include "storage/SqlQuery.h"

#include <QCoreApplication>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>

#include <iterator>

QDateTime TestClock::defaultStart()
{
    return QDateTime(QDate(2026, 11, 24), QTime(9, 0), QTimeZone::utc());
}

TestClock::TestClock(QDateTime start)
    : m_now(start.toUTC())
{
}

bool TestServer::enabled()
{
    return !qEnvironmentVariableIsEmpty("PARTNERDESK_TEST_POSTGRES");
}

QString TestServer::socketFolder()
{
    return qEnvironmentVariable("PARTNERDESK_TEST_POSTGRES") + QStringLiteral("/socket");
}

int TestServer::port()
{
    QFile file(qEnvironmentVariable("PARTNERDESK_TEST_POSTGRES") + QStringLiteral("/port"));
    if (!file.open(QIODevice::ReadOnly)) {
        qWarning().noquote() << "The test server's port is unknown:" << file.fileName() << file.errorString();
        return 0;
    }
    return file.readAll().trimmed().toInt();
}

QSqlDatabase TestServer::admin()
{
    const QString name = QStringLiteral("pd-test-admin");
    if (QSqlDatabase::contains(name)) {
        QSqlDatabase db = QSqlDatabase::database(name);
        if (db.isOpen()) {
            return db;
        }
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
    db.setHostName(socketFolder());
    db.setPort(port());
    db.setDatabaseName(QStringLiteral("postgres"));
    db.setUserName(QStringLiteral("postgres"));
    if (!db.open()) {
        qWarning().noquote() << "The test server can't be reached:" << db.lastError().text();
    }
    return db;
}

bool TestServer::exec(const QString& sql)
{
    QSqlQuery query(admin());
    if (!query.exec(sql)) {
        qWarning().noquote() << "TestServer:" << query.lastError().text() << "in" << sql;
        return false;
    }
    return true;
}

int TestServer::tableCount(const QString& database)
{
    QSqlQuery query(admin());
    query.prepare(QStringLiteral("SELECT count(*) FROM pg_database WHERE datname = ?"));
    query.addBindValue(database);
    if (!query.exec() || !query.next() || query.value(0).toInt() == 0) {
        return -1;
    }
    const QString name = QStringLiteral("pd-test-look");
    int count = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(socketFolder());
        db.setPort(port());
        db.setDatabaseName(database);
        db.setUserName(QStringLiteral("postgres"));
        if (db.open()) {
            QSqlQuery tables(db);
            if (tables.exec(
                    QStringLiteral("SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public'"))
                && tables.next()) {
                count = tables.value(0).toInt();
            }
        }
    }
    QSqlDatabase::removeDatabase(name);
    return count;
}

Result<WorkspaceLocation> TestServer::createDatabase()
{
    static int counter = 0;
    const QString name = QStringLiteral("pd_%1_%2").arg(QCoreApplication::applicationPid()).arg(++counter);
    if (!exec(QStringLiteral("CREATE DATABASE %1 TEMPLATE template0 ENCODING 'UTF8' LOCALE 'C'").arg(name))) {
        return Error(ErrorCode::Storage, QStringLiteral("The test database %1 could not be created").arg(name));
    }
    return WorkspaceLocation::server(socketFolder(), port(), name, QStringLiteral("postgres"));
}

void TestServer::dropDatabase(const QString& name)
{
    exec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(name));
}

QString TestWorkspace::defaultPassword()
{
    return QStringLiteral("Test!2026pass");
}

QString TestWorkspace::gatePassword()
{
    return QStringLiteral("Gate!2026pass");
}

Result<WorkspaceLocation> TestWorkspace::gateLocation()
{
    auto gate = SqlQuery::scalar(db(), QStringLiteral("SELECT gate_role FROM rights.workspace"));
    if (!gate) {
        return gate.error();
    }
    Status password
        = SqlQuery::run(db(), QStringLiteral("ALTER ROLE %1 PASSWORD '%2'").arg(gate->toString(), gatePassword()));
    if (!password) {
        return password.error();
    }
    WorkspaceLocation location
        = WorkspaceLocation::server(QStringLiteral("127.0.0.1"), TestServer::port(), m_location.database(),
                                    gate->toString(), QStringLiteral("disable"));
    location.setPassword(gatePassword());
    return location;
}

Result<std::shared_ptr<Workspace>> TestWorkspace::openGateDesk()
{
    auto location = gateLocation();
    if (!location) {
        return location.error();
    }
    WorkspaceOptions options;
    options.passwordCost = passwordCost();
    options.clock = [clock = m_clock]() { return clock->now(); };
    options.mail = m_mail;
    auto desk = std::make_shared<Workspace>(std::move(options));
    Status opened = desk->open(location.value());
    if (!opened) {
        return opened.error();
    }
    return desk;
}

TestWorkspace::TestWorkspace(PasswordCost passwordCost)
    : m_clock(std::make_shared<TestClock>())
    , m_mail(std::make_shared<CapturingMailTransport>())
{
    WorkspaceOptions options;
    options.passwordCost = passwordCost;
    options.clock = [clock = m_clock]() { return clock->now(); };
    options.mail = m_mail;
    options.passwordObserver = [this, work = m_passwordWork]() {
        if (work->watching) {
            ++work->calls;
            work->underWriteLock += writeLockHeldElsewhere() ? 1 : 0;
        }
    };
    m_workspace = std::make_unique<Workspace>(std::move(options));
    if (!m_dir.isValid()) {
        m_openStatus = Error(ErrorCode::Storage, QStringLiteral("No temporary folder: ") + m_dir.errorString());
        return;
    }
    if (TestServer::enabled()) {
        auto created = TestServer::createDatabase();
        if (!created) {
            m_openStatus = created.error();
            return;
        }
        m_location = created.value();
    } else {
        m_location = WorkspaceLocation::file(databasePath());
    }
    m_openStatus = m_workspace->open(m_location);
    if (m_openStatus && m_location.isShared()) {
        // The tests' own inspection queries use SQLite's group_concat; the product's SQL asks
        // its engine (SqlEngine::joinedText). The people's own logins write at the test clock's
        // time, which the server accepts once the owner lifts its tolerance (by default, five
        // minutes of the server's clock).
        for (const QString& statement :
             {QStringLiteral("UPDATE rights.workspace SET audit_clock_tolerance = NULL"),
              QStringLiteral(
                  "CREATE FUNCTION pd_test_concat(text, text, text) RETURNS text LANGUAGE sql IMMUTABLE "
                  "AS 'SELECT CASE WHEN $2 IS NULL THEN $1 WHEN $1 IS NULL THEN $2 ELSE $1 || $3 || $2 END'"),
              QStringLiteral("CREATE FUNCTION pd_test_concat(text, text) RETURNS text LANGUAGE sql IMMUTABLE "
                             "AS 'SELECT pd_test_concat($1, $2, '','')'"),
              QStringLiteral("CREATE AGGREGATE group_concat(text, text) (SFUNC = pd_test_concat, STYPE = text)"),
              QStringLiteral("CREATE AGGREGATE group_concat(text) (SFUNC = pd_test_concat, STYPE = text)")}) {
            Status created = SqlQuery::run(db(), statement);
            if (!created) {
                m_openStatus = created;
                return;
            }
        }
    }
}

TestWorkspace::~TestWorkspace()
{
    m_workspace->close();
    if (m_location.isShared()) {
        TestServer::dropDatabase(m_location.database());
    }
}

void TestWorkspace::watchPasswordWork()
{
    *m_passwordWork = PasswordWork{true, 0, 0};
}

bool TestWorkspace::writeLockHeldElsewhere() const
{
    if (m_location.isShared()) {
        QSqlQuery query(TestServer::admin());
        query.prepare(QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE datname = ? "
                                     "AND state LIKE 'idle in transaction%'"));
        query.addBindValue(m_location.database());
        if (!query.exec() || !query.next()) {
            qWarning().noquote() << "writeLockHeldElsewhere:" << query.lastError().text();
            return false;
        }
        return query.value(0).toInt() > 0;
    }
    const QString name = QStringLiteral("writeLockProbe");
    bool held = false;
    {
        QSqlDatabase probe = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        probe.setDatabaseName(databasePath());
        probe.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=0"));
        if (!probe.open()) {
            qWarning().noquote() << "writeLockHeldElsewhere: cannot open" << probe.lastError().text();
        } else {
            QSqlQuery begin(probe);
            held = !begin.exec(QStringLiteral("BEGIN IMMEDIATE"));
            if (!held) {
                QSqlQuery(probe).exec(QStringLiteral("ROLLBACK"));
            }
        }
    }
    QSqlDatabase::removeDatabase(name);
    return held;
}

QVariant TestWorkspace::scalar(const QString& sql, const QVariantList& values) const
{
    auto value = SqlQuery::scalar(db(), sql, values);
    if (!value) {
        qWarning().noquote() << "TestWorkspace::scalar failed:" << value.errorString();
        return {};
    }
    return value.value();
}

QString TestWorkspace::verificationCode(const QString& partnerAccountId) const
{
    const QVariant email
        = scalar(QStringLiteral("SELECT contact_email FROM partner_accounts WHERE id = ?"), {partnerAccountId});
    return email.isValid() ? m_mail->lastCode(email.toString()) : QString();
}

// Undoes schema versions 9 to 13 on PostgreSQL: the schema "rights" with its functions (and so the
// policies and triggers that call them), pgcrypto's schema, row-level security, the workspace's
// roles (the gate's too), and the privileges PUBLIC had on the database and its schema.
static Status undoDatabaseRights(const QSqlDatabase& db)
{
    auto done = SqlQuery::scalar(db, QStringLiteral("SELECT to_regnamespace('rights') IS NULL"));
    if (!done) {
        return done.error();
    }
    if (done->toBool()) {
        return {}; // undone already
    }
    auto roles = SqlQuery::texts(db,
                                 QStringLiteral("SELECT login_name FROM rights.logins UNION ALL "
                                                "SELECT people_role FROM rights.workspace UNION ALL "
                                                "SELECT gate_role FROM rights.workspace"));
    if (!roles) {
        return roles.error();
    }
    auto policies = SqlQuery::texts(db,
                                    QStringLiteral("SELECT policyname, tablename FROM pg_policies "
                                                   "WHERE schemaname = 'public'"));
    if (!policies) {
        return policies.error();
    }
    QStringList statements{QStringLiteral("DROP SCHEMA rights CASCADE"),
                           QStringLiteral("DROP SCHEMA IF EXISTS rights_crypto CASCADE")};
    for (const QStringList& policy : policies.value()) {
        statements << QStringLiteral("DROP POLICY IF EXISTS %1 ON public.%2").arg(policy.at(0), policy.at(1));
    }
    auto tables = SqlQuery::texts(db, QStringLiteral("SELECT tablename FROM pg_tables WHERE schemaname = 'public'"));
    if (!tables) {
        return tables.error();
    }
    for (const QStringList& table : tables.value()) {
        statements << QStringLiteral("ALTER TABLE public.%1 DISABLE ROW LEVEL SECURITY").arg(table.at(0));
    }
    for (const QStringList& role : roles.value()) {
        statements << QStringLiteral("DROP OWNED BY %1").arg(role.at(0))
                   << QStringLiteral("DROP ROLE %1").arg(role.at(0));
    }
    statements << QStringLiteral("GRANT USAGE ON SCHEMA public TO PUBLIC")
               << QStringLiteral("GRANT CONNECT, TEMPORARY ON DATABASE \"%1\" TO PUBLIC").arg(db.databaseName());
    for (const QString& sql : std::as_const(statements)) {
        if (Status done = SqlQuery::run(db, sql); !done) {
            return done;
        }
    }
    return {};
}

Status TestWorkspace::rewindSchema(int version)
{
    if (version < 16) {
        for (const QString& index :
             {QStringLiteral("audit_events_by_partner_id"), QStringLiteral("audit_events_by_actor")}) {
            if (Status dropped = SqlQuery::run(db(), QStringLiteral("DROP INDEX IF EXISTS %1").arg(index)); !dropped) {
                return dropped;
            }
        }
    }
    if (version < 11) {
        for (const QString& view : {QStringLiteral("people_names"), QStringLiteral("mpn_profile_links")}) {
            if (Status dropped = SqlQuery::run(db(), QStringLiteral("DROP VIEW IF EXISTS %1").arg(view)); !dropped) {
                return dropped;
            }
        }
    }
    if (version < 9 && SqlEngine::of(db()).kind() == SqlEngine::Kind::PostgreSql) {
        // Before version 9 nobody had a login of their own.
        m_workspace->disconnectPeople();
        if (Status undone = undoDatabaseRights(db()); !undone) {
            return undone;
        }
    }
    if (version < 8) {
        for (const QString& column : {QStringLiteral("prev_hash"), QStringLiteral("row_hash")}) {
            if (Status dropped
                = SqlQuery::run(db(), QStringLiteral("ALTER TABLE audit_events DROP COLUMN %1").arg(column));
                !dropped) {
                return dropped;
            }
        }
    }
    return SqlQuery::run(db(), QStringLiteral("DELETE FROM schema_migrations WHERE version > ?"), {version});
}

Status TestWorkspace::tamperWithAuditLog(const QStringList& statements)
{
    const SqlEngine& engine = SqlEngine::of(db());
    const QString table = QStringLiteral("audit_events");
    for (const QString& sql : engine.suspendAppendOnly(table) + statements + engine.resumeAppendOnly(table)) {
        if (Status done = SqlQuery::run(db(), sql); !done) {
            return done;
        }
    }
    return {};
}

int TestWorkspace::fullTextMatches(const QStringList& words) const
{
    const SqlEngine& engine = SqlEngine::of(db());
    const QVariant n = scalar(QStringLiteral("SELECT count(*) FROM (%1) AS matches")
                                  .arg(engine.fullTextKeys(QStringLiteral("customers"), QStringLiteral("seq"),
                                                           {QStringLiteral("search_key")})),
                              {engine.prefixMatchExpression(words)});
    return n.isValid() ? n.toInt() : -1;
}

int TestWorkspace::count(const QString& table) const
{
    const QVariant n = scalar(QStringLiteral("SELECT count(*) FROM %1").arg(table));
    return n.isValid() ? n.toInt() : -1;
}

QString TestWorkspace::upn(const QString& userName, const QString& domainPrefix)
{
    return userName.toLower() + QLatin1Char('@') + Tenant::domainFor(domainPrefix.toLower());
}

Result<TenantFixture> TestWorkspace::createTenant(const QString& domainPrefix, const QString& country,
                                                  const QString& password)
{
    NewTenant input{domainPrefix + QStringLiteral(" Ltd"), domainPrefix, country};
    NewUser admin{QStringLiteral("Admin of ") + domainPrefix, QStringLiteral("admin"), password,
                  DirectoryRole::GlobalAdministrator};
    auto tenant = m_workspace->directory().createTenant(input, admin);
    if (!tenant) {
        return tenant.error();
    }
    auto user = DirectoryStore::userByUpn(db(), upn(QStringLiteral("admin"), domainPrefix));
    if (!user) {
        return user.error();
    }
    if (!user->has_value()) {
        return Error(ErrorCode::NotFound, QStringLiteral("createTenant stored no administrator"));
    }
    return TenantFixture{tenant.value(), user->value()};
}

Result<TenantUser> TestWorkspace::addUser(const Tenant& tenant, const QString& userName, DirectoryRole role,
                                          bool enabled, const QString& password)
{
    TenantUser user;
    user.id = Workspace::newId();
    user.tenantId = tenant.id;
    user.upn = upn(userName, tenant.domainPrefix);
    user.displayName = userName;
    user.directoryRole = role;
    user.enabled = enabled;
    Status stored = DirectoryStore::insertUser(db(), user, m_workspace->newPassword(password), m_workspace->now());
    if (!stored) {
        return stored.error();
    }
    return user;
}

Result<PmcAccount> TestWorkspace::createPmcAccount(const QString& userName, const QString& password)
{
    PmcAccount account{Workspace::newId(), userName.toLower(), {}};
    Status stored
        = DirectoryStore::insertPmcAccount(db(), account, m_workspace->newPassword(password), m_workspace->now());
    if (!stored) {
        return stored.error();
    }
    return account;
}

Result<MpnProfile> TestWorkspace::addMpnProfile(const PmcAccount& pmc, const QString& partnerId, const QString& country,
                                                MpnStatus status, const QString& organizationName)
{
    MpnProfile profile;
    profile.partnerId = partnerId;
    profile.pmcAccountId = pmc.id;
    profile.organizationName
        = organizationName.isEmpty() ? QStringLiteral("Organization %1").arg(partnerId) : organizationName;
    profile.country = country;
    profile.status = status;
    Status stored = DirectoryStore::insertMpnProfile(db(), profile);
    if (!stored) {
        return stored.error();
    }
    return profile;
}

QString TestWorkspace::nextPartnerId()
{
    return QString::number(m_nextPartnerId++);
}

Result<PartnerAccount> TestWorkspace::createPartnerAccount(const Tenant& tenant, const QString& partnerId,
                                                           PartnerType type, PartnerStatus status)
{
    const QString prefix = tenant.domainPrefix;
    PartnerAccount account;
    account.id = Workspace::newId();
    account.tenantId = tenant.id;
    account.type = type;
    account.partnerId = partnerId;
    account.legal.legalName = tenant.displayName;
    account.legal.address = {QStringLiteral("1 Main Street"),
                             QString(),
                             QStringLiteral("Springfield"),
                             QString(),
                             QString(),
                             tenant.country};
    account.legal.contactFirstName = QStringLiteral("Alex");
    account.legal.contactLastName = QStringLiteral("Morgan");
    account.legal.contactEmail = QStringLiteral("alex@%1.example").arg(prefix);
    account.legal.contactPhone = QStringLiteral("+12065550100");
    account.support = {QStringLiteral("support@%1.example").arg(prefix), QStringLiteral("+12065550101"),
                       QStringLiteral("https://www.%1.example").arg(prefix)};
    account.status = status;
    account.created = m_workspace->now();
    account.updated = account.created;

    Transaction transaction(db());
    Status stored = PartnerStore::insertAccount(db(), account);
    if (stored) {
        stored = PartnerStore::appendStatusChange(db(), account.id, {}, status, QStringLiteral("Arranged by a test"),
                                                  {}, account.created);
    }
    if (stored) {
        stored = transaction.commit();
    }
    if (!stored) {
        return stored.error();
    }
    return account;
}

Status TestWorkspace::addRoles(const QString& partnerAccountId, const QString& userId, const QList<PartnerRole>& roles)
{
    Transaction transaction(db());
    for (PartnerRole role : roles) {
        Status added = PartnerStore::addRole(db(), partnerAccountId, userId, role);
        if (!added) {
            return added;
        }
    }
    return transaction.commit();
}

Result<TenantUser> TestWorkspace::addAgent(const PartnerFixture& partner, const QString& userName,
                                           const QList<PartnerRole>& roles)
{
    auto user = addUser(partner.tenant, userName);
    if (!user) {
        return user;
    }
    Status added = addRoles(partner.account.id, user->id, roles);
    if (!added) {
        return added.error();
    }
    return user;
}

Result<PartnerFixture> TestWorkspace::createPartner(const QString& domainPrefix, PartnerType type, PartnerStatus status,
                                                    const QList<PartnerRole>& adminRoles, const QString& country)
{
    PartnerFixture fixture;
    auto tenant = createTenant(domainPrefix, country);
    if (!tenant) {
        return tenant.error();
    }
    fixture.tenant = tenant->tenant;
    fixture.admin = tenant->admin;
    auto pmc = createPmcAccount(domainPrefix + QStringLiteral(".pmc"));
    if (!pmc) {
        return pmc.error();
    }
    fixture.pmc = pmc.value();
    auto profile = addMpnProfile(fixture.pmc, nextPartnerId(), country, MpnStatus::Active, fixture.tenant.displayName);
    if (!profile) {
        return profile.error();
    }
    fixture.profile = profile.value();
    auto account = createPartnerAccount(fixture.tenant, fixture.profile.partnerId, type, status);
    if (!account) {
        return account.error();
    }
    fixture.account = account.value();
    fixture.profile.linkedPartnerAccountId = fixture.account.id;
    fixture.profile.linkedPartnerName = fixture.account.legal.legalName;
    Status roles = addRoles(fixture.account.id, fixture.admin.id, adminRoles);
    if (!roles) {
        return roles.error();
    }
    return fixture;
}

Result<Session> TestWorkspace::signIn(const QString& upn, const QString& password)
{
    return m_workspace->directory().signIn(upn, password);
}

Session TestWorkspace::sessionOf(const QString& upn)
{
    auto user = DirectoryStore::userByUpn(db(), upn);
    if (!user || !user->has_value()) {
        qWarning("No user %s", qPrintable(upn));
        return {};
    }
    auto session = m_workspace->directory().session(user->value().id);
    if (!session) {
        qWarning("%s", qPrintable(session.errorString()));
        return {};
    }
    return session.value();
}

namespace QTest {

template <>
char* toString(const ErrorCode& code)
{
    static const char* const names[] = {"None",
                                        "InvalidInput",
                                        "NotFound",
                                        "Conflict",
                                        "PermissionDenied",
                                        "UnknownUser",
                                        "WrongPassword",
                                        "Locked",
                                        "Disabled",
                                        "InvalidState",
                                        "SchemaTooNew",
                                        "Storage",
                                        "SecondFactorRequired",
                                        "SecondFactorEnrollmentRequired",
                                        "WrongSecondFactor",
                                        "Damaged",
                                        "DatabasePasswordRequired",
                                        "ConcurrentChange",
                                        "ConnectionLost"};
    static_assert(std::size(names) == static_cast<std::size_t>(ErrorCode::ConnectionLost) + 1,
                  "an ErrorCode has no name");
    const auto index = static_cast<std::size_t>(code);
    return qstrdup(index < std::size(names) ? names[index] : "ErrorCode(?)");
}

template <>
char* toString(const Persona& persona)
{
    switch (persona) {
    case Persona::ProgramAdministrator:
        return qstrdup("ProgramAdministrator");
    case Persona::Partner:
        return qstrdup("Partner");
    case Persona::Customer:
        return qstrdup("Customer");
    case Persona::Unenrolled:
        return qstrdup("Unenrolled");
    }
    return qstrdup("Persona(?)");
}

} // namespace QTest

Result<Session> TestWorkspace::createProgramAdministrator()
{
    return m_workspace->directory().createProgramAdministrator(
        NewTenant{QStringLiteral("PartnerDesk Program"), QStringLiteral("pdprogram"), QStringLiteral("US")},
        NewUser{QStringLiteral("Paula Reyes"), QStringLiteral("admin"), defaultPassword(),
                DirectoryRole::GlobalAdministrator});
}

Status TestWorkspace::addListing(const QString& providerAccountId, const QStringList& countries,
                                 const QList<ProviderService>& services)
{
    ProviderListing listing;
    listing.partnerAccountId = providerAccountId;
    listing.services = services;
    listing.countries = countries;
    listing.contactName = QStringLiteral("Channel team");
    listing.contactEmail = QStringLiteral("channel@provider.example");
    listing.contactPhone = QStringLiteral("+1 555 0100");
    return m_workspace->inTransaction([&]() { return PartnerStore::insertListing(db(), listing); });
}

Result<ChannelFixture> TestWorkspace::createProviderAndReseller(const QStringList& providerCountries)
{
    ChannelFixture channel;
    auto provider = createPartner(QStringLiteral("bluewater"), PartnerType::IndirectProvider);
    if (!provider) {
        return provider.error();
    }
    channel.provider = provider.value();
    Status listed = addListing(channel.provider.account.id, providerCountries);
    if (!listed) {
        return listed.error();
    }
    auto reseller = createPartner(QStringLiteral("harborlight"), PartnerType::IndirectReseller);
    if (!reseller) {
        return reseller.error();
    }
    channel.reseller = reseller.value();
    auto providerSession = signIn(channel.provider.admin.upn);
    if (!providerSession) {
        return providerSession.error();
    }
    channel.providerSession = providerSession.value();
    auto resellerSession = signIn(channel.reseller.admin.upn);
    if (!resellerSession) {
        return resellerSession.error();
    }
    channel.resellerSession = resellerSession.value();
    return channel;
}

Result<QString> TestWorkspace::inviteReseller(const Session& provider, const QString& recipient)
{
    auto draft
        = m_workspace->invitations().newDraft(provider, InvitationKind::ResellerOfProvider, QStringLiteral("en"));
    if (!draft) {
        return draft.error();
    }
    draft.value().recipientEmail = recipient;
    auto recorded = m_workspace->invitations().record(provider, draft.value());
    if (!recorded) {
        return recorded.error();
    }
    return draft->link;
}

QStringList TestWorkspace::snapshot() const
{
    QStringList state;
    for (const char* table :
         {"tenants", "tenant_users", "partner_accounts", "partner_roles", "invitations", "indirect_relationships",
          "customers", "customer_relationships", "audit_events", "outbox_messages"}) {
        state << QStringLiteral("%1=%2").arg(QString::fromLatin1(table)).arg(count(QString::fromLatin1(table)));
    }
    const SqlEngine& engine = SqlEngine::of(db());
    state << scalar(QStringLiteral("SELECT %1 FROM invitations")
                        .arg(engine.joinedText(QStringLiteral("id || ':' || status || ':' || coalesce(accepted_at, '') "
                                                              "|| ':' || coalesce(revoked_at, '')"))))
                 .toString()
          << scalar(QStringLiteral("SELECT %1 FROM indirect_relationships")
                        .arg(engine.joinedText(QStringLiteral("id || ':' || status"))))
                 .toString();
    return state;
}

EnrollmentDraft TestWorkspace::enrollmentDraft(const QString& administratorUserId, const PmcAccount& pmc,
                                               const QString& partnerId, const QString& country)
{
    EnrollmentDraft draft;
    draft.administratorUserId = administratorUserId;
    draft.pmcAccountId = pmc.id;
    draft.pmcTicket = pmc.ticket;
    draft.partnerId = partnerId;
    draft.legal.legalName = QStringLiteral("Contoso Consulting LLC");
    draft.legal.address = {QStringLiteral("1 Main Street"), {},     QStringLiteral("Redmond"), QStringLiteral("WA"),
                           QStringLiteral("98052"),         country};
    draft.legal.contactFirstName = QStringLiteral("Ada");
    draft.legal.contactLastName = QStringLiteral("Lovelace");
    draft.legal.contactEmail = QStringLiteral("ada@contoso.example");
    draft.legal.contactPhone = QStringLiteral("+1 425 555 0100");
    draft.support = {QStringLiteral("help@contoso.example"), QStringLiteral("+1 425 555 0199"),
                     QStringLiteral("https://www.contoso.example")};
    return draft;
}

NewCustomer TestWorkspace::newCustomer(const QString& domainPrefix)
{
    NewCustomer c;
    c.tenant = {QStringLiteral("Lakeside Dental Group"), domainPrefix, QStringLiteral("US")};
    c.administrator = {QStringLiteral("Morgan Lee"), QStringLiteral("morgan"), defaultPassword()};
    c.company.legalName = QStringLiteral("Lakeside Dental Group LLC");
    c.company.address = {QStringLiteral("77 Lake Shore Drive"),
                         {},
                         QStringLiteral("Madison"),
                         QStringLiteral("WI"),
                         QStringLiteral("53703"),
                         QStringLiteral("US")};
    c.company.contactFirstName = QStringLiteral("Morgan");
    c.company.contactLastName = QStringLiteral("Lee");
    c.company.contactEmail = QStringLiteral("morgan@lakeside.example");
    c.company.contactPhone = QStringLiteral("+1 608 555 0100");
    return c;
}

Status connectChannel(TestWorkspace& tw, const ChannelFixture& channel)
{
    auto link = tw.inviteReseller(channel.providerSession);
    if (!link) {
        return link.error();
    }
    return tw->relationships().authorizeProvider(channel.resellerSession, link.value(), true);
}

Result<QString> inviteCustomer(TestWorkspace& tw, const ChannelFixture& channel, bool withProvider,
                               const QString& recipient)
{
    const InvitationKind kind
        = withProvider ? InvitationKind::CustomerOfResellerAndProvider : InvitationKind::CustomerOfReseller;
    auto draft = tw->invitations().newDraft(channel.resellerSession, kind, QStringLiteral("en"),
                                            withProvider ? channel.provider.account.id : QString());
    if (!draft) {
        return draft.error();
    }
    draft.value().recipientEmail = recipient;
    auto recorded = tw->invitations().record(channel.resellerSession, draft.value());
    if (!recorded) {
        return recorded.error();
    }
    return draft->link;
}

Result<ServedCustomer> addServedCustomer(TestWorkspace& tw, const ChannelFixture& channel, bool withProvider,
                                         const QString& domainPrefix, const QString& companyName)
{
    auto link = inviteCustomer(tw, channel, withProvider, QStringLiteral("morgan@%1.example").arg(domainPrefix));
    if (!link) {
        return link.error();
    }
    NewCustomer customer = TestWorkspace::newCustomer(domainPrefix);
    if (!companyName.isEmpty()) {
        customer.company.legalName = companyName;
    }
    auto session = tw->customers().acceptAsNewCustomer(link.value(), customer, true);
    if (!session) {
        return session.error();
    }
    ServedCustomer served;
    served.administrator = session.value();
    served.tenant = session->tenant;
    served.customerId
        = tw.scalar(QStringLiteral("SELECT id FROM customers WHERE tenant_id = ?"), {session->tenant.id}).toString();
    served.companyName
        = tw.scalar(QStringLiteral("SELECT company_name FROM customers WHERE id = ?"), {served.customerId}).toString();
    return served;
}
