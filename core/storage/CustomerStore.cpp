#include "CustomerStore.h"

#include "domain/SearchText.h"
#include "storage/Rows.h"

using namespace Rows;

namespace {

// Never NULL: a one-word name has an empty search key, which the NOT NULL column takes.
QString notNull(const QString& text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

} // namespace

QString CustomerStore::nameKey(const QString& companyName)
{
    return notNull(SearchText::key({companyName}));
}

QString CustomerStore::searchKey(const QString& companyName)
{
    return notNull(SearchText::words(companyName).mid(1).join(QLatin1Char(' ')));
}

QVariantMap CustomerStore::columnsOf(const Customer& c)
{
    const Address& a = c.company.address;
    return {{QStringLiteral("id"), c.id},
            {QStringLiteral("tenant_id"), c.tenantId},
            {QStringLiteral("company_name"), c.company.legalName},
            {QStringLiteral("name_key"), nameKey(c.company.legalName)},
            {QStringLiteral("search_key"), searchKey(c.company.legalName)},
            {QStringLiteral("address_line1"), SqlQuery::nullIfEmpty(a.line1)},
            {QStringLiteral("address_line2"), SqlQuery::nullIfEmpty(a.line2)},
            {QStringLiteral("city"), SqlQuery::nullIfEmpty(a.city)},
            {QStringLiteral("region"), SqlQuery::nullIfEmpty(a.region)},
            {QStringLiteral("postal_code"), SqlQuery::nullIfEmpty(a.postalCode)},
            {QStringLiteral("country"), a.country},
            {QStringLiteral("contact_first_name"), SqlQuery::nullIfEmpty(c.company.contactFirstName)},
            {QStringLiteral("contact_last_name"), SqlQuery::nullIfEmpty(c.company.contactLastName)},
            {QStringLiteral("contact_email"), SqlQuery::nullIfEmpty(c.company.contactEmail)},
            {QStringLiteral("contact_phone"), SqlQuery::nullIfEmpty(c.company.contactPhone)},
            {QStringLiteral("created_at"), iso(c.created)}};
}

Status CustomerStore::insertCustomer(const QSqlDatabase& db, const Customer& c)
{
    QVariantMap row = columnsOf(c);
    QString domain = c.primaryDomain;
    if (domain.isEmpty()) {
        auto prefix
            = SqlQuery::scalar(db, QStringLiteral("SELECT domain_prefix FROM tenants WHERE id = ?"), {c.tenantId});
        if (!prefix) {
            return prefix.error();
        }
        domain = prefix->toString() + QStringLiteral(".onmicrosoft.com");
    }
    row.insert(QStringLiteral("domain"), domain);
    const QStringList columns = row.keys();
    return SqlQuery::run(db,
                         QStringLiteral("INSERT INTO customers (%1) VALUES (%2)")
                             .arg(columns.join(QStringLiteral(", ")),
                                  QStringList(columns.size(), QStringLiteral("?")).join(QStringLiteral(", "))),
                         row.values());
}

Status CustomerStore::insertRelationship(const QSqlDatabase& db, const QString& id, const QString& customerId,
                                         const QString& partnerAccountId, bool delegatedAdmin, const QDateTime& since)
{
    return SqlQuery::run(db,
                         QStringLiteral("INSERT INTO customer_relationships (id, customer_id, partner_account_id, "
                                        "delegated_admin, status, since) VALUES (?, ?, ?, ?, 'Active', ?)"),
                         {id, customerId, partnerAccountId, delegatedAdmin ? 1 : 0, iso(since)});
}

Result<QList<CustomerPartner>> CustomerStore::partnersOfTenant(const QSqlDatabase& db, const QString& tenantId)
{
    return many<CustomerPartner>(
        db,
        QStringLiteral("SELECT p.id, p.legal_name, p.partner_id, p.type, r.delegated_admin, r.since "
                       "FROM customers c JOIN customer_relationships r ON r.customer_id = c.id "
                       "JOIN partner_accounts p ON p.id = r.partner_account_id "
                       "WHERE c.tenant_id = ? AND r.status = 'Active' ORDER BY p.name_key"),
        {tenantId}, [](const QSqlQuery& q) {
            CustomerPartner p;
            p.partnerAccountId = q.value(0).toString();
            p.partnerName = q.value(1).toString();
            p.partnerId = q.value(2).toString();
            p.type = Enums::fromKey<PartnerType>(q.value(3).toString()).value_or(PartnerType::IndirectReseller);
            p.delegatedAdmin = q.value(4).toBool();
            p.since = fromIso(q.value(5));
            return p;
        });
}

Result<std::optional<Customer>> CustomerStore::customerOfTenant(const QSqlDatabase& db, const QString& tenantId)
{
    return one<Customer>(
        db,
        QStringLiteral("SELECT id, tenant_id, company_name, address_line1, address_line2, city, "
                       "region, postal_code, country, contact_first_name, contact_last_name, "
                       "contact_email, contact_phone, created_at, domain FROM customers WHERE tenant_id = ?"),
        {tenantId}, [](const QSqlQuery& q) {
            Customer c;
            c.id = q.value(0).toString();
            c.tenantId = q.value(1).toString();
            c.company.legalName = q.value(2).toString();
            c.company.address = {q.value(3).toString(), q.value(4).toString(), q.value(5).toString(),
                                 q.value(6).toString(), q.value(7).toString(), q.value(8).toString()};
            c.company.contactFirstName = q.value(9).toString();
            c.company.contactLastName = q.value(10).toString();
            c.company.contactEmail = q.value(11).toString();
            c.company.contactPhone = q.value(12).toString();
            c.created = fromIso(q.value(13));
            c.primaryDomain = q.value(14).toString();
            return c;
        });
}

Result<int> CustomerStore::activeCustomerCount(const QSqlDatabase& db, const QString& partnerAccountId)
{
    auto n = SqlQuery::scalar(db,
                              QStringLiteral("SELECT count(*) FROM customer_relationships "
                                             "WHERE partner_account_id = ? AND status = 'Active'"),
                              {partnerAccountId});
    if (!n) {
        return n.error();
    }
    return n->toInt();
}

Result<int> CustomerStore::endProviderCustomersThroughReseller(const QSqlDatabase& db, const QString& providerAccountId,
                                                               const QString& resellerAccountId, const QDateTime& at)
{
    // Each arm is read through an index: the reseller's relationships by partner, its accepted
    // invitations by inviting partner, and the other resellers' relationships by customer.
    auto q = SqlQuery::run(
        db,
        QStringLiteral(
            "UPDATE customer_relationships SET status = 'Ended', ended_at = ? "
            "WHERE partner_account_id = ? AND status = 'Active' "
            "AND (customer_id IN (SELECT rs.customer_id FROM customer_relationships rs "
            "WHERE rs.partner_account_id = ? AND rs.status = 'Active') "
            "OR customer_id IN (SELECT c.id FROM invitations i JOIN customers c ON c.tenant_id = i.accepted_tenant_id "
            "WHERE i.inviting_partner_id = ? AND i.status = 'Accepted' AND i.provider_account_id = ?)) "
            "AND NOT EXISTS (SELECT 1 FROM customer_relationships o JOIN indirect_relationships ir "
            "ON ir.reseller_account_id = o.partner_account_id AND ir.provider_account_id = ? "
            "AND ir.status = 'Active' "
            "WHERE o.customer_id = customer_relationships.customer_id AND o.status = 'Active' "
            "AND o.partner_account_id <> ?)"),
        {iso(at), providerAccountId, resellerAccountId, resellerAccountId, providerAccountId, providerAccountId,
         resellerAccountId});
    if (!q) {
        return q.error();
    }
    return q.value().numRowsAffected();
}

Result<bool> CustomerStore::hasActiveRelationship(const QSqlDatabase& db, const QString& customerId,
                                                  const QString& partnerAccountId)
{
    auto found = SqlQuery::scalar(db,
                                  QStringLiteral("SELECT 1 FROM customer_relationships WHERE customer_id = ? AND "
                                                 "partner_account_id = ? AND status = 'Active'"),
                                  {customerId, partnerAccountId});
    if (!found) {
        return found.error();
    }
    return found.value().isValid();
}

Result<bool> CustomerStore::servesTenantOf(const QSqlDatabase& db, const QString& partnerAccountId,
                                           const QString& otherPartnerAccountId)
{
    auto found = SqlQuery::scalar(db,
                                  QStringLiteral("SELECT 1 FROM customer_relationships r "
                                                 "JOIN customers c ON c.id = r.customer_id "
                                                 "JOIN partner_accounts p ON p.tenant_id = c.tenant_id "
                                                 "WHERE r.partner_account_id = ? AND p.id = ? AND r.status = 'Active'"),
                                  {partnerAccountId, otherPartnerAccountId});
    if (!found) {
        return found.error();
    }
    return found.value().isValid();
}

Result<QList<SharedCustomer>> CustomerStore::sharedCustomers(const QSqlDatabase& db, const QString& resellerAccountId,
                                                             const QString& providerAccountId)
{
    return many<SharedCustomer>(
        db,
        QStringLiteral("SELECT c.id, c.company_name, t.domain_prefix, c.country, "
                       "CASE WHEN rs.since > rp.since THEN rs.since ELSE rp.since END "
                       "FROM customer_relationships rs "
                       "JOIN customer_relationships rp ON rp.customer_id = rs.customer_id "
                       "AND rp.partner_account_id = ? AND rp.status = 'Active' "
                       "JOIN customers c ON c.id = rs.customer_id JOIN tenants t ON t.id = c.tenant_id "
                       "WHERE rs.partner_account_id = ? AND rs.status = 'Active' ORDER BY c.name_key, c.id"),
        {providerAccountId, resellerAccountId}, [](const QSqlQuery& q) {
            SharedCustomer c;
            c.customerId = q.value(0).toString();
            c.companyName = q.value(1).toString();
            c.primaryDomain = Tenant::domainFor(q.value(2).toString());
            c.country = q.value(3).toString();
            c.since = fromIso(q.value(4));
            return c;
        });
}

// Customer management

Result<std::optional<Customer>> CustomerStore::customerById(const QSqlDatabase& db, const QString& id)
{
    // Through the tenant, so that customerOfTenant stays the one reader of a customer's columns.
    auto tenant = SqlQuery::scalar(db, QStringLiteral("SELECT tenant_id FROM customers WHERE id = ?"), {id});
    if (!tenant) {
        return tenant.error();
    }
    if (!tenant->isValid()) {
        return std::optional<Customer>();
    }
    return customerOfTenant(db, tenant->toString());
}

Result<std::optional<bool>> CustomerStore::activeDelegatedAdmin(const QSqlDatabase& db, const QString& customerId,
                                                                const QString& partnerAccountId)
{
    auto delegated
        = SqlQuery::scalar(db,
                           QStringLiteral("SELECT delegated_admin FROM customer_relationships WHERE "
                                          "customer_id = ? AND partner_account_id = ? AND status = 'Active'"),
                           {customerId, partnerAccountId});
    if (!delegated) {
        return delegated.error();
    }
    if (!delegated->isValid()) {
        return std::optional<bool>();
    }
    return std::optional<bool>(delegated->toInt() != 0);
}

Status CustomerStore::updateProfile(const QSqlDatabase& db, const Customer& c)
{
    const Address& a = c.company.address;
    return SqlQuery::runOne(
        db,
        QStringLiteral("UPDATE customers SET company_name = ?, name_key = ?, search_key = ?, address_line1 = ?, "
                       "address_line2 = ?, city = ?, region = ?, postal_code = ?, contact_first_name = ?, "
                       "contact_last_name = ?, contact_email = ?, contact_phone = ? WHERE id = ?"),
        {c.company.legalName, nameKey(c.company.legalName), searchKey(c.company.legalName),
         SqlQuery::nullIfEmpty(a.line1), SqlQuery::nullIfEmpty(a.line2), SqlQuery::nullIfEmpty(a.city),
         SqlQuery::nullIfEmpty(a.region), SqlQuery::nullIfEmpty(a.postalCode),
         SqlQuery::nullIfEmpty(c.company.contactFirstName), SqlQuery::nullIfEmpty(c.company.contactLastName),
         SqlQuery::nullIfEmpty(c.company.contactEmail), SqlQuery::nullIfEmpty(c.company.contactPhone), c.id});
}

namespace {

const QString CustomerUserColumns
    = QStringLiteral("u.id, u.upn, u.display_name, u.directory_role, u.enabled, u.locked_until, u.created_at, "
                     "(SELECT count(*) FROM license_assignments a WHERE a.user_id = u.id)");

CustomerUser customerUserFrom(const QSqlQuery& q)
{
    CustomerUser u;
    u.id = q.value(0).toString();
    u.upn = q.value(1).toString();
    u.displayName = q.value(2).toString();
    u.role = Enums::fromKey<DirectoryRole>(q.value(3).toString()).value_or(DirectoryRole::User);
    u.enabled = q.value(4).toBool();
    u.lockedUntil = fromIso(q.value(5));
    u.created = fromIso(q.value(6));
    u.licenseCount = q.value(7).toInt();
    return u;
}

} // namespace

Result<QList<CustomerUser>> CustomerStore::customerUsers(const QSqlDatabase& db, const QString& tenantId)
{
    return many<CustomerUser>(
        db,
        QStringLiteral("SELECT %1 FROM tenant_users u WHERE u.tenant_id = ? ORDER BY lower(u.display_name), u.id")
            .arg(CustomerUserColumns),
        {tenantId}, customerUserFrom);
}

Result<std::optional<CustomerUser>> CustomerStore::customerUser(const QSqlDatabase& db, const QString& tenantId,
                                                                const QString& userId)
{
    return one<CustomerUser>(
        db, QStringLiteral("SELECT %1 FROM tenant_users u WHERE u.tenant_id = ? AND u.id = ?").arg(CustomerUserColumns),
        {tenantId, userId}, customerUserFrom);
}
