#include "DirectoryStore.h"

#include "storage/Rows.h"
#include "storage/SqlEngine.h"

using namespace Rows;

namespace {

const QString TenantColumns = QStringLiteral("id, display_name, domain_prefix, country, is_program, created_at");

Tenant tenantFrom(const QSqlQuery& q)
{
    Tenant t;
    t.id = q.value(0).toString();
    t.displayName = q.value(1).toString();
    t.domainPrefix = q.value(2).toString();
    t.country = q.value(3).toString();
    t.isProgram = q.value(4).toBool();
    t.created = fromIso(q.value(5));
    return t;
}

const QString UserColumns = QStringLiteral("id, tenant_id, upn, display_name, directory_role, enabled, locked_until");

TenantUser userFrom(const QSqlQuery& q)
{
    TenantUser u;
    u.id = q.value(0).toString();
    u.tenantId = q.value(1).toString();
    u.upn = q.value(2).toString();
    u.displayName = q.value(3).toString();
    u.directoryRole = Enums::fromKey<DirectoryRole>(q.value(4).toString()).value_or(DirectoryRole::User);
    u.enabled = q.value(5).toBool();
    u.lockedUntil = fromIso(q.value(6));
    return u;
}

const QString MpnColumns = QStringLiteral(
    "m.partner_id, m.pmc_account_id, m.organization_name, m.country, m.status, p.account_id, p.legal_name");

MpnProfile mpnFrom(const QSqlQuery& q)
{
    MpnProfile m;
    m.partnerId = q.value(0).toString();
    m.pmcAccountId = q.value(1).toString();
    m.organizationName = q.value(2).toString();
    m.country = q.value(3).toString();
    m.status = Enums::fromKey<MpnStatus>(q.value(4).toString()).value_or(MpnStatus::Inactive);
    m.linkedPartnerAccountId = q.value(5).toString();
    m.linkedPartnerName = q.value(6).toString();
    return m;
}

QString credentialTable(CredentialTable table)
{
    return table == CredentialTable::TenantUsers ? QStringLiteral("tenant_users") : QStringLiteral("pmc_accounts");
}

} // namespace

Status DirectoryStore::insertTenant(const QSqlDatabase& db, const Tenant& t)
{
    return SqlQuery::run(db, QStringLiteral("INSERT INTO tenants (%1) VALUES (?, ?, ?, ?, ?, ?)").arg(TenantColumns),
                         {t.id, t.displayName, t.domainPrefix, t.country, t.isProgram ? 1 : 0, iso(t.created)});
}

Result<std::optional<Tenant>> DirectoryStore::tenantById(const QSqlDatabase& db, const QString& id)
{
    return one<Tenant>(db, QStringLiteral("SELECT %1 FROM tenants WHERE id = ?").arg(TenantColumns), {id}, tenantFrom);
}

Result<bool> DirectoryStore::domainPrefixTaken(const QSqlDatabase& db, const QString& prefix)
{
    // On a shared workspace the policies hide others' tenants; a prefix is the whole workspace's.
    auto taken = SqlQuery::scalar(db,
                                  SqlEngine::of(db).enforcesRights()
                                      ? QStringLiteral("SELECT rights.domain_prefix_taken(?)")
                                      : QStringLiteral("SELECT EXISTS (SELECT 1 FROM tenants WHERE domain_prefix = ?)"),
                                  {prefix});
    if (!taken) {
        return taken.error();
    }
    return taken->toBool();
}

Result<std::optional<Tenant>> DirectoryStore::programTenant(const QSqlDatabase& db)
{
    return one<Tenant>(db, QStringLiteral("SELECT %1 FROM tenants WHERE is_program = 1").arg(TenantColumns), {},
                       tenantFrom);
}

Result<bool> DirectoryStore::noTenants(const QSqlDatabase& db)
{
    auto empty = SqlQuery::scalar(db,
                                  SqlEngine::of(db).enforcesRights()
                                      ? QStringLiteral("SELECT rights.workspace_is_empty()")
                                      : QStringLiteral("SELECT NOT EXISTS (SELECT 1 FROM tenants)"));
    if (!empty) {
        return empty.error();
    }
    return empty->toBool();
}

Result<int> DirectoryStore::tenantCount(const QSqlDatabase& db)
{
    auto n = SqlQuery::scalar(db, QStringLiteral("SELECT count(*) FROM tenants"));
    if (!n) {
        return n.error();
    }
    return n->toInt();
}

Status DirectoryStore::insertUser(const QSqlDatabase& db, const TenantUser& u, const StoredPassword& password,
                                  const QDateTime& created)
{
    Status inserted
        = SqlQuery::run(db,
                        QStringLiteral("INSERT INTO tenant_users (id, tenant_id, upn, display_name, password_hash, "
                                       "directory_role, enabled, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                        {u.id, u.tenantId, u.upn, u.displayName, password.hash, Enums::key(u.directoryRole),
                         u.enabled ? 1 : 0, iso(created)});
    return inserted ? DatabaseLogins::set(db, u.id, password.loginVerifier) : inserted;
}

Result<std::optional<TenantUser>> DirectoryStore::userById(const QSqlDatabase& db, const QString& id)
{
    return one<TenantUser>(db, QStringLiteral("SELECT %1 FROM tenant_users WHERE id = ?").arg(UserColumns), {id},
                           userFrom);
}

Result<std::optional<TenantUser>> DirectoryStore::userByUpn(const QSqlDatabase& db, const QString& upn)
{
    return one<TenantUser>(db, QStringLiteral("SELECT %1 FROM tenant_users WHERE upn = ?").arg(UserColumns),
                           {upn.trimmed().toLower()}, userFrom);
}

Result<QList<TenantUser>> DirectoryStore::usersOfTenant(const QSqlDatabase& db, const QString& tenantId)
{
    return many<TenantUser>(
        db, QStringLiteral("SELECT %1 FROM tenant_users WHERE tenant_id = ? ORDER BY display_name").arg(UserColumns),
        {tenantId}, userFrom);
}

Result<std::optional<StoredCredential>> DirectoryStore::credential(const QSqlDatabase& db, CredentialTable table,
                                                                   const QString& name)
{
    const bool users = table == CredentialTable::TenantUsers;
    const QString sql
        = QStringLiteral("SELECT id, password_hash, failed_sign_ins, locked_until, %1 FROM %2 WHERE %3 = ?")
              .arg(users ? QStringLiteral("enabled") : QStringLiteral("1"), credentialTable(table),
                   users ? QStringLiteral("upn") : QStringLiteral("user_name"));
    return one<StoredCredential>(db, sql, {name.trimmed().toLower()}, [](const QSqlQuery& q) {
        StoredCredential c;
        c.id = q.value(0).toString();
        c.passwordHash = q.value(1).toString();
        c.failedSignIns = q.value(2).toInt();
        c.lockedUntil = fromIso(q.value(3));
        c.enabled = q.value(4).toBool();
        return c;
    });
}

Status DirectoryStore::recordSignInAttempt(const QSqlDatabase& db, CredentialTable table, const QString& id,
                                           int failedSignIns, const QDateTime& lockedUntil)
{
    return SqlQuery::runOne(
        db,
        QStringLiteral("UPDATE %1 SET failed_sign_ins = ?, locked_until = ? WHERE id = ?").arg(credentialTable(table)),
        {failedSignIns, isoOrNull(lockedUntil), id});
}

Status DirectoryStore::upgradePasswordHash(const QSqlDatabase& db, CredentialTable table, const QString& id,
                                           const QString& passwordHash)
{
    return SqlQuery::runOne(db,
                            QStringLiteral("UPDATE %1 SET password_hash = ? WHERE id = ?").arg(credentialTable(table)),
                            {passwordHash, id});
}

Status DirectoryStore::insertPmcAccount(const QSqlDatabase& db, const PmcAccount& a, const StoredPassword& password,
                                        const QDateTime& created)
{
    Status inserted = SqlQuery::run(
        db, QStringLiteral("INSERT INTO pmc_accounts (id, user_name, password_hash, created_at) VALUES (?, ?, ?, ?)"),
        {a.id, a.userName.trimmed().toLower(), password.hash, iso(created)});
    return inserted ? DatabaseLogins::setPmc(db, a.id, password.loginVerifier) : inserted;
}

Result<std::optional<PmcAccount>> DirectoryStore::pmcAccountById(const QSqlDatabase& db, const QString& id)
{
    return one<PmcAccount>(db, QStringLiteral("SELECT id, user_name FROM pmc_accounts WHERE id = ?"), {id},
                           [](const QSqlQuery& q) {
                               return PmcAccount{q.value(0).toString(), q.value(1).toString(), {}};
                           });
}

Result<std::optional<PmcAccount>> DirectoryStore::pmcAccountByName(const QSqlDatabase& db, const QString& userName)
{
    return one<PmcAccount>(db, QStringLiteral("SELECT id, user_name FROM pmc_accounts WHERE user_name = ?"),
                           {userName.trimmed().toLower()}, [](const QSqlQuery& q) {
                               return PmcAccount{q.value(0).toString(), q.value(1).toString(), {}};
                           });
}

Status DirectoryStore::setMpnStatus(const QSqlDatabase& db, const QString& partnerId, MpnStatus status)
{
    return SqlQuery::runOne(db, QStringLiteral("UPDATE mpn_profiles SET status = ? WHERE partner_id = ?"),
                            {Enums::key(status), partnerId});
}

Status DirectoryStore::insertMpnProfile(const QSqlDatabase& db, const MpnProfile& m)
{
    return SqlQuery::run(db,
                         QStringLiteral("INSERT INTO mpn_profiles (partner_id, pmc_account_id, organization_name, "
                                        "country, status) VALUES (?, ?, ?, ?, ?)"),
                         {m.partnerId, m.pmcAccountId, m.organizationName, m.country, Enums::key(m.status)});
}

Result<std::optional<MpnProfile>> DirectoryStore::mpnProfile(const QSqlDatabase& db, const QString& partnerId)
{
    return one<MpnProfile>(db,
                           QStringLiteral("SELECT %1 FROM mpn_profiles m LEFT JOIN mpn_profile_links p "
                                          "ON p.partner_id = m.partner_id WHERE m.partner_id = ?")
                               .arg(MpnColumns),
                           {partnerId}, mpnFrom);
}

Result<QList<MpnProfile>> DirectoryStore::mpnProfilesOfTicket(const QSqlDatabase& db, const QString& ticket)
{
    // The function answers MpnColumns' columns, in their order.
    return many<MpnProfile>(db,
                            QStringLiteral("SELECT partner_id, pmc_account_id, organization_name, country, status, "
                                           "account_id, legal_name FROM rights.pmc_profiles(?) "
                                           "ORDER BY organization_name, partner_id"),
                            {ticket}, mpnFrom);
}

Result<QList<MpnProfile>> DirectoryStore::mpnProfiles(const QSqlDatabase& db, const QString& pmcAccountId)
{
    QString sql = QStringLiteral("SELECT %1 FROM mpn_profiles m LEFT JOIN mpn_profile_links p "
                                 "ON p.partner_id = m.partner_id")
                      .arg(MpnColumns);
    QVariantList values;
    if (!pmcAccountId.isEmpty()) {
        sql += QStringLiteral(" WHERE m.pmc_account_id = ?");
        values << pmcAccountId;
    }
    sql += QStringLiteral(" ORDER BY m.organization_name, m.partner_id");
    return many<MpnProfile>(db, sql, values, mpnFrom);
}
