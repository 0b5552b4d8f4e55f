#include "CustomerStore.h"

#include "domain/SearchText.h"
#include "storage/Rows.h"

using namespace Rows;

QString CustomerStore::searchKey(const QString& companyName, const QString& primaryDomain)
{
    return SearchText::key({companyName, primaryDomain.section(QLatin1Char('.'), 0, 0)});
}

Status CustomerStore::insertCustomer(const QSqlDatabase& db, const Customer& c)
{
    const Address& a = c.address;
    QString domain = c.primaryDomain;
    if (domain.isEmpty()) {
        auto prefix = SqlQuery::scalar(db, QStringLiteral("SELECT domain_prefix FROM tenants WHERE id = ?"), {c.tenantId});
        if (!prefix) {
            return prefix.error();
        }
        domain = prefix->toString() + QStringLiteral(".onmicrosoft.com");
    }
    return SqlQuery::run(
        db,
        QStringLiteral("INSERT INTO customers (id, tenant_id, company_name, name_key, domain, search_key, "
                       "address_line1, address_line2, city, region, postal_code, country, contact_first_name, "
                       "contact_last_name, contact_email, contact_phone, created_at) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {c.id, c.tenantId, c.companyName, c.companyName.toLower(), domain, searchKey(c.companyName, domain),
         SqlQuery::nullIfEmpty(a.line1),
         SqlQuery::nullIfEmpty(a.line2), SqlQuery::nullIfEmpty(a.city), SqlQuery::nullIfEmpty(a.region),
         SqlQuery::nullIfEmpty(a.postalCode), a.country, SqlQuery::nullIfEmpty(c.contactFirstName),
         SqlQuery::nullIfEmpty(c.contactLastName), SqlQuery::nullIfEmpty(c.contactEmail),
         SqlQuery::nullIfEmpty(c.contactPhone), iso(c.created)});
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
    return one<Customer>(db,
                         QStringLiteral("SELECT id, tenant_id, company_name, address_line1, address_line2, city, "
                                        "region, postal_code, country, contact_first_name, contact_last_name, "
                                        "contact_email, contact_phone, created_at, domain FROM customers WHERE tenant_id = ?"),
                         {tenantId}, [](const QSqlQuery& q) {
                             Customer c;
                             c.id = q.value(0).toString();
                             c.tenantId = q.value(1).toString();
                             c.companyName = q.value(2).toString();
                             c.address = {q.value(3).toString(), q.value(4).toString(), q.value(5).toString(),
                                          q.value(6).toString(), q.value(7).toString(), q.value(8).toString()};
                             c.contactFirstName = q.value(9).toString();
                             c.contactLastName = q.value(10).toString();
                             c.contactEmail = q.value(11).toString();
                             c.contactPhone = q.value(12).toString();
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
