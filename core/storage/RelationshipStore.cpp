#include "RelationshipStore.h"

#include "storage/Rows.h"

using namespace Rows;

namespace {

// The shared customers of relationship r: those with an Active relationship to both partners,
// while the two work together (V1: once it ends, neither may read the other's customers through
// it). Counting reads every customer of the reseller.
const QString SharedCount
    = QStringLiteral("CASE r.status WHEN 'Active' THEN (SELECT COUNT(*) FROM customer_relationships cs "
                     "JOIN customer_relationships cp ON cp.customer_id = cs.customer_id "
                     "AND cp.partner_account_id = r.provider_account_id AND cp.status = 'Active' "
                     "WHERE cs.partner_account_id = r.reseller_account_id AND cs.status = 'Active') ELSE 0 END");

// Each party with its tenant's country, and the shared customers (sharedCount: its count, or a
// number that says it is not counted).
QString select(const QString& sharedCount = SharedCount)
{
    return QStringLiteral(
               "SELECT r.id, r.status, r.since, au.display_name, r.ended_at, eu.display_name, ep.legal_name, "
               "p.id, p.legal_name, p.partner_id, pt.country, p.status, p.support_email, p.support_phone, "
               "p.support_website, s.id, s.legal_name, s.partner_id, st.country, s.status, s.support_email, "
               "s.support_phone, s.support_website, %1 "
               "FROM indirect_relationships r ")
               .arg(sharedCount)
        + QStringLiteral(
               "JOIN partner_accounts p ON p.id = r.provider_account_id JOIN tenants pt ON pt.id = p.tenant_id "
               "JOIN partner_accounts s ON s.id = r.reseller_account_id JOIN tenants st ON st.id = s.tenant_id "
               "LEFT JOIN people_names au ON au.id = r.authorized_by_user_id "
               "LEFT JOIN people_names eu ON eu.id = r.ended_by_user_id "
               "LEFT JOIN partner_accounts ep ON ep.tenant_id = eu.tenant_id");
}

const QString Order = QStringLiteral(" ORDER BY CASE r.status WHEN 'Active' THEN 0 ELSE 1 END, %1, r.since DESC");

RelationshipParty partyFrom(const QSqlQuery& q, int first)
{
    RelationshipParty p;
    p.accountId = q.value(first).toString();
    p.name = q.value(first + 1).toString();
    p.partnerId = q.value(first + 2).toString();
    p.country = q.value(first + 3).toString();
    p.status = Enums::fromKey<PartnerStatus>(q.value(first + 4).toString()).value_or(PartnerStatus::Suspended);
    p.support = {q.value(first + 5).toString(), q.value(first + 6).toString(), q.value(first + 7).toString()};
    return p;
}

IndirectRelationship relationshipFrom(const QSqlQuery& q)
{
    IndirectRelationship r;
    r.id = q.value(0).toString();
    r.status = Enums::fromKey<RelationshipStatus>(q.value(1).toString()).value_or(RelationshipStatus::Ended);
    r.since = fromIso(q.value(2));
    r.authorizedByName = q.value(3).toString();
    r.ended = fromIso(q.value(4));
    r.endedByName = q.value(5).toString();
    r.endedByPartnerName = q.value(6).toString();
    r.provider = partyFrom(q, 7);
    r.reseller = partyFrom(q, 15);
    r.sharedCustomers = q.value(23).toInt();
    return r;
}

} // namespace

Status RelationshipStore::insert(const QSqlDatabase& db, const QString& id, const QString& providerAccountId,
                                 const QString& resellerAccountId, const QString& authorizedByUserId,
                                 const QString& invitationId, const QDateTime& since)
{
    return SqlQuery::run(db,
                         QStringLiteral("INSERT INTO indirect_relationships (id, provider_account_id, "
                                        "reseller_account_id, status, authorized_by_user_id, invitation_id, since) "
                                        "VALUES (?, ?, ?, 'Active', ?, ?, ?)"),
                         {id, providerAccountId, resellerAccountId, authorizedByUserId,
                          SqlQuery::nullIfEmpty(invitationId), iso(since)});
}

Result<std::optional<IndirectRelationship>> RelationshipStore::byId(const QSqlDatabase& db, const QString& id)
{
    return one<IndirectRelationship>(db, select() + QStringLiteral(" WHERE r.id = ?"), {id}, relationshipFrom);
}

Result<std::optional<IndirectRelationship>> RelationshipStore::activeBetween(const QSqlDatabase& db,
                                                                             const QString& providerAccountId,
                                                                             const QString& resellerAccountId)
{
    return one<IndirectRelationship>(db,
                                     select()
                                         + QStringLiteral(" WHERE r.provider_account_id = ? AND "
                                                          "r.reseller_account_id = ? AND r.status = 'Active'"),
                                     {providerAccountId, resellerAccountId}, relationshipFrom);
}

Result<std::optional<IndirectRelationship>> RelationshipStore::latestBetween(const QSqlDatabase& db,
                                                                             const QString& providerAccountId,
                                                                             const QString& resellerAccountId)
{
    return one<IndirectRelationship>(db,
                                     select()
                                         + QStringLiteral(" WHERE r.provider_account_id = ? AND "
                                                          "r.reseller_account_id = ? ORDER BY r.since DESC LIMIT 1"),
                                     {providerAccountId, resellerAccountId}, relationshipFrom);
}

Result<QList<IndirectRelationship>> RelationshipStore::ofProvider(const QSqlDatabase& db,
                                                                  const QString& providerAccountId, bool countShared)
{
    return many<IndirectRelationship>(
        db,
        (countShared ? select()
                     : select(QStringLiteral("CASE r.status WHEN 'Active' THEN %1 ELSE 0 END")
                                  .arg(IndirectRelationship::NotCounted)))
            + QStringLiteral(" WHERE r.provider_account_id = ?") + Order.arg(QStringLiteral("s.name_key")),
        {providerAccountId}, relationshipFrom);
}

Result<QHash<QString, int>> RelationshipStore::sharedCounts(const QSqlDatabase& db, const QString& providerAccountId)
{
    return byKey<int>(db,
                      QStringLiteral("SELECT r.id, %1 FROM indirect_relationships r "
                                     "WHERE r.provider_account_id = ? AND r.status = 'Active'")
                          .arg(SharedCount),
                      {providerAccountId}, [](const QSqlQuery& q) { return q.value(1).toInt(); });
}

Result<QList<IndirectRelationship>> RelationshipStore::ofReseller(const QSqlDatabase& db,
                                                                  const QString& resellerAccountId)
{
    return many<IndirectRelationship>(
        db, select() + QStringLiteral(" WHERE r.reseller_account_id = ?") + Order.arg(QStringLiteral("p.name_key")),
        {resellerAccountId}, relationshipFrom);
}

Status RelationshipStore::end(const QSqlDatabase& db, const QString& id, const QString& userId, const QDateTime& at)
{
    return SqlQuery::runOne(db,
                            QStringLiteral("UPDATE indirect_relationships SET status = 'Ended', ended_at = ?, "
                                           "ended_by_user_id = ? WHERE id = ? AND status = 'Active'"),
                            {iso(at), userId, id});
}

Result<bool> RelationshipStore::serves(const QSqlDatabase& db, const QString& providerAccountId, const QString& country)
{
    auto found = SqlQuery::scalar(
        db, QStringLiteral("SELECT 1 FROM provider_countries WHERE partner_account_id = ? AND country = ?"),
        {providerAccountId, country});
    if (!found) {
        return found.error();
    }
    return found.value().isValid();
}

Result<QStringList> RelationshipStore::countriesServed(const QSqlDatabase& db, const QString& providerAccountId)
{
    auto countries = many<QString>(
        db, QStringLiteral("SELECT country FROM provider_countries WHERE partner_account_id = ? ORDER BY country"),
        {providerAccountId}, [](const QSqlQuery& q) { return q.value(0).toString(); });
    if (!countries) {
        return countries.error();
    }
    return QStringList(countries.value());
}
