#include "TestSupport.h"

#include "services/CustomerService.h"
#include "services/DirectoryService.h"
#include "services/InvitationService.h"
#include "services/RelationshipService.h"
#include "storage/Database.h"
#include "storage/DirectoryStore.h"
#include "storage/PartnerStore.h"
#include "storage/SqlQuery.h"

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

QString TestWorkspace::defaultPassword()
{
    return QStringLiteral("Test!2026pass");
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
    m_openStatus = m_workspace->open(databasePath());
}

TestWorkspace::~TestWorkspace()
{
    m_workspace->close();
}

void TestWorkspace::watchPasswordWork()
{
    *m_passwordWork = PasswordWork{true, 0, 0};
}

bool TestWorkspace::writeLockHeldElsewhere() const
{
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
    Status stored = DirectoryStore::insertUser(db(), user, m_workspace->hasher().hash(password), m_workspace->now());
    if (!stored) {
        return stored.error();
    }
    return user;
}

Result<PmcAccount> TestWorkspace::createPmcAccount(const QString& userName, const QString& password)
{
    PmcAccount account{Workspace::newId(), userName.toLower()};
    Status stored
        = DirectoryStore::insertPmcAccount(db(), account, m_workspace->hasher().hash(password), m_workspace->now());
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
                                        "Damaged"};
    static_assert(std::size(names) == static_cast<std::size_t>(ErrorCode::Damaged) + 1,
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
    state << scalar(QStringLiteral("SELECT group_concat(id || ':' || status || ':' || coalesce(accepted_at, '') || "
                                   "':' || coalesce(revoked_at, '')) FROM invitations"))
                 .toString()
          << scalar(QStringLiteral("SELECT group_concat(id || ':' || status) FROM indirect_relationships")).toString();
    return state;
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

Result<ServedCustomer> addServedCustomer(TestWorkspace& tw, const ChannelFixture& channel, bool withProvider,
                                         const QString& domainPrefix, const QString& companyName)
{
    const InvitationKind kind
        = withProvider ? InvitationKind::CustomerOfResellerAndProvider : InvitationKind::CustomerOfReseller;
    auto draft = tw->invitations().newDraft(channel.resellerSession, kind, QStringLiteral("en"),
                                            withProvider ? channel.provider.account.id : QString());
    if (!draft) {
        return draft.error();
    }
    draft.value().recipientEmail = QStringLiteral("morgan@%1.example").arg(domainPrefix);
    auto recorded = tw->invitations().record(channel.resellerSession, draft.value());
    if (!recorded) {
        return recorded.error();
    }
    NewCustomer customer = TestWorkspace::newCustomer(domainPrefix);
    if (!companyName.isEmpty()) {
        customer.company.legalName = companyName;
    }
    auto session = tw->customers().acceptAsNewCustomer(draft->link, customer, true);
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
