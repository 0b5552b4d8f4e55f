#include "CommerceStore.h"

#include "storage/Rows.h"

using namespace Rows;

namespace {

const QString SubscriptionSelect = QStringLiteral(
    "SELECT s.id, s.customer_id, s.offer_id, o.name, o.billing_type, s.quantity, "
    "(SELECT count(*) FROM license_assignments a WHERE a.subscription_id = s.id), s.term, s.status, "
    "s.partner_on_record, coalesce(r.legal_name, m.organization_name), s.billed_by_account_id, b.legal_name, "
    "s.created_at, s.updated_at "
    "FROM subscriptions s JOIN offers o ON o.id = s.offer_id "
    "LEFT JOIN partner_accounts b ON b.id = s.billed_by_account_id "
    "LEFT JOIN partner_accounts r ON r.partner_id = s.partner_on_record "
    "LEFT JOIN mpn_profiles m ON m.partner_id = s.partner_on_record");

Subscription subscriptionFrom(const QSqlQuery& q)
{
    Subscription s;
    s.id = q.value(0).toString();
    s.customerId = q.value(1).toString();
    s.offerId = q.value(2).toString();
    s.offerName = q.value(3).toString();
    s.billingType = Enums::fromKey<BillingType>(q.value(4).toString()).value_or(BillingType::License);
    s.quantity = q.value(5).toInt();
    s.assigned = q.value(6).toInt();
    s.term = Enums::fromKey<Term>(q.value(7).toString()).value_or(Term::P1M);
    s.status = Enums::fromKey<SubscriptionStatus>(q.value(8).toString()).value_or(SubscriptionStatus::Suspended);
    s.partnerOnRecord = q.value(9).toString();
    s.partnerOnRecordName = q.value(10).toString();
    s.billedByAccountId = q.value(11).toString();
    s.billedByName = q.value(12).toString();
    s.created = fromIso(q.value(13));
    s.updated = fromIso(q.value(14));
    return s;
}

RelationshipParty partyFrom(const QSqlQuery& q)
{
    RelationshipParty p;
    p.accountId = q.value(0).toString();
    p.name = q.value(1).toString();
    p.partnerId = q.value(2).toString();
    p.country = q.value(3).toString();
    p.status = Enums::fromKey<PartnerStatus>(q.value(4).toString()).value_or(PartnerStatus::Suspended);
    p.support = {q.value(5).toString(), q.value(6).toString(), q.value(7).toString()};
    return p;
}

// One row per order line; an order's rows are consecutive.
const QString OrderSelect = QStringLiteral(
    "SELECT o.id, o.customer_id, o.submitted_by_partner_id, p.legal_name, u.display_name, o.partner_on_record, "
    "o.order_request_id, o.status, o.created_at, l.transaction_type, l.offer_id, l.subscription_id, l.quantity, "
    "f.name, s.term, coalesce(r.legal_name, m.organization_name) "
    "FROM orders o JOIN partner_accounts p ON p.id = o.submitted_by_partner_id "
    "LEFT JOIN partner_accounts r ON r.partner_id = o.partner_on_record "
    "LEFT JOIN mpn_profiles m ON m.partner_id = o.partner_on_record "
    "LEFT JOIN people_names u ON u.id = o.submitted_by_user_id "
    "LEFT JOIN order_lines l ON l.order_id = o.id "
    "LEFT JOIN subscriptions s ON s.id = l.subscription_id "
    "LEFT JOIN offers f ON f.id = coalesce(l.offer_id, s.offer_id)");

Result<QList<Order>> ordersFrom(const QSqlDatabase& db, const QString& sql, const QVariantList& values)
{
    auto q = SqlQuery::run(db, sql, values);
    if (!q) {
        return q.error();
    }
    QList<Order> orders;
    QSqlQuery& query = q.value();
    while (query.next()) {
        const QString id = query.value(0).toString();
        if (orders.isEmpty() || orders.constLast().id != id) {
            Order o;
            o.id = id;
            o.customerId = query.value(1).toString();
            o.submittedByPartnerId = query.value(2).toString();
            o.submittedByName = query.value(3).toString();
            o.submittedByUserName = query.value(4).toString();
            o.partnerOnRecord = query.value(5).toString();
            o.orderRequestId = query.value(6).toString();
            o.status = Enums::fromKey<OrderStatus>(query.value(7).toString()).value_or(OrderStatus::Failed);
            o.created = fromIso(query.value(8));
            o.partnerOnRecordName = query.value(15).toString();
            orders << o;
        }
        if (query.value(9).isNull()) {
            continue;
        }
        OrderLine line;
        line.type = Enums::fromKey<TransactionType>(query.value(9).toString()).value_or(TransactionType::New);
        line.offerId = query.value(10).toString();
        line.subscriptionId = query.value(11).toString();
        line.quantity = query.value(12).toInt();
        line.offerName = query.value(13).toString();
        line.term = Enums::fromKey<Term>(query.value(14).toString()).value_or(Term::P1M);
        orders.last().lines << line;
    }
    return orders;
}

// The term of a request for a new subscription is its own; a change is to a subscription, whose
// term it keeps.
const QString OrderRequestSelect = QStringLiteral(
    "SELECT r.id, r.reseller_account_id, rs.legal_name, r.provider_account_id, pv.legal_name, r.customer_id, "
    "c.company_name, ru.display_name, r.transaction_type, r.offer_id, r.subscription_id, r.quantity, f.name, "
    "r.note, r.status, r.decision_reason, du.display_name, r.created_at, r.decided_at, "
    "coalesce(r.term, s.term, f.term), rs.partner_id "
    "FROM order_requests r "
    "JOIN partner_accounts rs ON rs.id = r.reseller_account_id "
    "JOIN partner_accounts pv ON pv.id = r.provider_account_id "
    // A provider whose relationship ended reads the request, no longer its customer (S3).
    "LEFT JOIN customers c ON c.id = r.customer_id "
    "LEFT JOIN people_names ru ON ru.id = r.requested_by_user_id "
    "LEFT JOIN people_names du ON du.id = r.decided_by_user_id "
    "LEFT JOIN subscriptions s ON s.id = r.subscription_id "
    "LEFT JOIN offers f ON f.id = coalesce(r.offer_id, s.offer_id)");

OrderRequest orderRequestFrom(const QSqlQuery& q)
{
    OrderRequest r;
    r.id = q.value(0).toString();
    r.resellerAccountId = q.value(1).toString();
    r.resellerName = q.value(2).toString();
    r.providerAccountId = q.value(3).toString();
    r.providerName = q.value(4).toString();
    r.customerId = q.value(5).toString();
    r.customerName = q.value(6).toString();
    r.requestedByName = q.value(7).toString();
    r.line.type = Enums::fromKey<TransactionType>(q.value(8).toString()).value_or(TransactionType::New);
    r.line.offerId = q.value(9).toString();
    r.line.subscriptionId = q.value(10).toString();
    r.line.quantity = q.value(11).toInt();
    r.offerName = q.value(12).toString();
    r.line.offerName = r.offerName;
    r.note = q.value(13).toString();
    r.status = Enums::fromKey<OrderRequestStatus>(q.value(14).toString()).value_or(OrderRequestStatus::Declined);
    r.decisionReason = q.value(15).toString();
    r.decidedByName = q.value(16).toString();
    r.created = fromIso(q.value(17));
    r.decided = fromIso(q.value(18));
    r.line.term = Enums::fromKey<Term>(q.value(19).toString()).value_or(Term::P1M);
    r.resellerPartnerId = q.value(20).toString();
    return r;
}

} // namespace

Status CommerceStore::upsertOffer(const QSqlDatabase& db, const Offer& offer)
{
    const Term shortest = offer.terms.isEmpty() ? Term::P1M : offer.terms.constFirst();
    Status stored
        = SqlQuery::run(db,
                        QStringLiteral("INSERT INTO offers (id, name, billing_type, term) VALUES (?, ?, ?, ?) "
                                       "ON CONFLICT (id) DO UPDATE SET name = excluded.name, "
                                       "billing_type = excluded.billing_type, term = excluded.term"),
                        {offer.id, offer.name, Enums::key(offer.billingType), Enums::key(shortest)});
    if (!stored) {
        return stored;
    }
    // The offer's terms become exactly offer.terms: a term the catalog no longer sells goes.
    QStringList keys;
    for (Term term : offer.terms.isEmpty() ? QList<Term>{shortest} : offer.terms) {
        keys << Enums::key(term);
    }
    QVariantList values{offer.id};
    for (const QString& key : std::as_const(keys)) {
        values << key;
    }
    QStringList marks(keys.size(), QStringLiteral("?"));
    stored = SqlQuery::run(db,
                           QStringLiteral("DELETE FROM offer_terms WHERE offer_id = ? AND term NOT IN (%1)")
                               .arg(marks.join(QLatin1Char(','))),
                           values);
    for (const QString& key : std::as_const(keys)) {
        if (!stored) {
            return stored;
        }
        stored = SqlQuery::run(db,
                               QStringLiteral("INSERT INTO offer_terms (offer_id, term) VALUES (?, ?) "
                                              "ON CONFLICT (offer_id, term) DO NOTHING"),
                               {offer.id, key});
    }
    return stored;
}

Result<QList<Offer>> CommerceStore::offers(const QSqlDatabase& db)
{
    // One row per offer and term, the terms of an offer consecutive and shortest first.
    auto q = SqlQuery::run(db,
                           QStringLiteral("SELECT o.id, o.name, o.billing_type, coalesce(t.term, o.term) "
                                          "FROM offers o LEFT JOIN offer_terms t ON t.offer_id = o.id "
                                          "ORDER BY o.name, o.id, CASE coalesce(t.term, o.term) WHEN 'P1M' THEN 0 "
                                          "WHEN 'P1Y' THEN 1 ELSE 2 END"));
    if (!q) {
        return q.error();
    }
    QList<Offer> offers;
    QSqlQuery& query = q.value();
    while (query.next()) {
        const QString id = query.value(0).toString();
        if (offers.isEmpty() || offers.constLast().id != id) {
            Offer o;
            o.id = id;
            o.name = query.value(1).toString();
            o.billingType = Enums::fromKey<BillingType>(query.value(2).toString()).value_or(BillingType::License);
            offers << o;
        }
        if (const auto term = Enums::fromKey<Term>(query.value(3).toString())) {
            offers.last().terms << *term;
        }
    }
    return offers;
}

Result<std::optional<bool>> CommerceStore::delegatedAdmin(const QSqlDatabase& db, const QString& customerId,
                                                          const QString& partnerAccountId)
{
    // On a shared workspace a person may ask this of a partner theirs works with, whose customers
    // they don't read (C5, S12): the server answers (rights.delegated_admin).
    auto found = SqlQuery::scalar(db,
                                  SqlEngine::of(db).enforcesRights()
                                      ? QStringLiteral("SELECT rights.delegated_admin(?, ?)")
                                      : QStringLiteral("SELECT delegated_admin FROM customer_relationships WHERE "
                                                       "customer_id = ? AND partner_account_id = ? AND status = "
                                                       "'Active'"),
                                  {customerId, partnerAccountId});
    if (!found) {
        return found.error();
    }
    if (!found.value().isValid() || found.value().isNull()) {
        return std::optional<bool>();
    }
    return std::optional<bool>(found.value().toInt() != 0);
}

Result<QList<RelationshipParty>> CommerceStore::resellersForOrder(const QSqlDatabase& db, const QString& customerId,
                                                                  const QString& providerAccountId)
{
    return many<RelationshipParty>(
        db,
        QStringLiteral("SELECT p.id, p.legal_name, p.partner_id, t.country, p.status, p.support_email, "
                       "p.support_phone, p.support_website "
                       "FROM customer_relationships cr "
                       "JOIN partner_accounts p ON p.id = cr.partner_account_id AND p.status = 'Active' "
                       "JOIN tenants t ON t.id = p.tenant_id "
                       "JOIN indirect_relationships ir ON ir.reseller_account_id = p.id "
                       "AND ir.provider_account_id = ? AND ir.status = 'Active' "
                       "WHERE cr.customer_id = ? AND cr.status = 'Active' ORDER BY p.name_key, p.id"),
        {providerAccountId, customerId}, partyFrom);
}

Result<QStringList> CommerceStore::resellersOfCustomer(const QSqlDatabase& db, const QString& customerId)
{
    return many<QString>(db,
                         QStringLiteral("SELECT p.id FROM customer_relationships cr "
                                        "JOIN partner_accounts p ON p.id = cr.partner_account_id "
                                        "AND p.type = 'IndirectReseller' "
                                        "WHERE cr.customer_id = ? AND cr.status = 'Active' ORDER BY p.name_key, p.id"),
                         {customerId}, [](const QSqlQuery& q) { return q.value(0).toString(); });
}

Result<QList<RelationshipParty>> CommerceStore::providersForRequest(const QSqlDatabase& db, const QString& customerId,
                                                                    const QString& resellerAccountId)
{
    return many<RelationshipParty>(
        db,
        QStringLiteral("SELECT p.id, p.legal_name, p.partner_id, t.country, p.status, p.support_email, "
                       "p.support_phone, p.support_website "
                       "FROM indirect_relationships ir "
                       "JOIN partner_accounts p ON p.id = ir.provider_account_id AND p.status = 'Active' "
                       "JOIN tenants t ON t.id = p.tenant_id "
                       "JOIN customer_relationships cr ON cr.partner_account_id = p.id "
                       "AND cr.customer_id = ? AND cr.status = 'Active' "
                       "WHERE ir.reseller_account_id = ? AND ir.status = 'Active' ORDER BY p.name_key, p.id"),
        {customerId, resellerAccountId}, partyFrom);
}

Status CommerceStore::insertSubscription(const QSqlDatabase& db, const Subscription& s)
{
    return SqlQuery::run(db,
                         QStringLiteral("INSERT INTO subscriptions (id, customer_id, offer_id, quantity, term, status, "
                                        "partner_on_record, billed_by_account_id, created_at, updated_at) "
                                        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                         {s.id, s.customerId, s.offerId, s.quantity, Enums::key(s.term), Enums::key(s.status),
                          s.partnerOnRecord, SqlQuery::nullIfEmpty(s.billedByAccountId), iso(s.created),
                          iso(s.updated)});
}

Result<QList<Subscription>> CommerceStore::subscriptionsOf(const QSqlDatabase& db, const QString& customerId)
{
    return many<Subscription>(db,
                              SubscriptionSelect
                                  + QStringLiteral(" WHERE s.customer_id = ? ORDER BY CASE s.status WHEN 'Active' "
                                                   "THEN 0 WHEN 'Suspended' THEN 1 ELSE 2 END, o.name, s.created_at"),
                              {customerId}, subscriptionFrom);
}

Result<std::optional<Subscription>> CommerceStore::subscriptionById(const QSqlDatabase& db, const QString& id)
{
    return one<Subscription>(db, SubscriptionSelect + QStringLiteral(" WHERE s.id = ?"), {id}, subscriptionFrom);
}

Status CommerceStore::updateSubscription(const QSqlDatabase& db, const QString& id, int quantity,
                                         SubscriptionStatus status, const QDateTime& at)
{
    return SqlQuery::runOne(
        db, QStringLiteral("UPDATE subscriptions SET quantity = ?, status = ?, updated_at = ? WHERE id = ?"),
        {quantity, Enums::key(status), iso(at), id});
}

Status CommerceStore::insertOrder(const QSqlDatabase& db, const Order& o, const QString& submittedByUserId)
{
    return SqlQuery::run(db,
                         QStringLiteral("INSERT INTO orders (id, customer_id, submitted_by_partner_id, "
                                        "submitted_by_user_id, partner_on_record, order_request_id, status, "
                                        "created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                         {o.id, o.customerId, o.submittedByPartnerId, submittedByUserId, o.partnerOnRecord,
                          SqlQuery::nullIfEmpty(o.orderRequestId), Enums::key(o.status), iso(o.created)});
}

Status CommerceStore::insertOrderLine(const QSqlDatabase& db, const QString& id, const QString& orderId,
                                      const OrderLine& line)
{
    return SqlQuery::run(db,
                         QStringLiteral("INSERT INTO order_lines (id, order_id, offer_id, subscription_id, "
                                        "transaction_type, quantity) VALUES (?, ?, ?, ?, ?, ?)"),
                         {id, orderId, SqlQuery::nullIfEmpty(line.offerId), SqlQuery::nullIfEmpty(line.subscriptionId),
                          Enums::key(line.type), line.quantity});
}

Result<std::optional<Order>> CommerceStore::orderById(const QSqlDatabase& db, const QString& id)
{
    auto orders = ordersFrom(db, OrderSelect + QStringLiteral(" WHERE o.id = ? ORDER BY l.id"), {id});
    if (!orders) {
        return orders.error();
    }
    return orders->isEmpty() ? std::optional<Order>() : std::optional<Order>(orders->constFirst());
}

Result<QList<Order>> CommerceStore::ordersOf(const QSqlDatabase& db, const QString& customerId,
                                             const QString& partnerAccountId)
{
    return ordersFrom(db,
                      OrderSelect
                          + QStringLiteral(" WHERE o.customer_id = ? AND (o.submitted_by_partner_id = ? OR "
                                           "o.partner_on_record = (SELECT partner_id FROM partner_accounts "
                                           "WHERE id = ?)) ORDER BY o.created_at DESC, o.id, l.id"),
                      {customerId, partnerAccountId, partnerAccountId});
}

Status CommerceStore::insertOrderRequest(const QSqlDatabase& db, const OrderRequest& r,
                                         const QString& requestedByUserId)
{
    return SqlQuery::run(
        db,
        QStringLiteral("INSERT INTO order_requests (id, reseller_account_id, provider_account_id, customer_id, "
                       "requested_by_user_id, offer_id, subscription_id, transaction_type, quantity, term, note, "
                       "status, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {r.id, r.resellerAccountId, r.providerAccountId, r.customerId, requestedByUserId,
         SqlQuery::nullIfEmpty(r.line.offerId), SqlQuery::nullIfEmpty(r.line.subscriptionId), Enums::key(r.line.type),
         r.line.quantity,
         SqlQuery::nullIfEmpty(r.line.type == TransactionType::New ? Enums::key(r.line.term) : QString()),
         SqlQuery::nullIfEmpty(r.note), Enums::key(r.status), iso(r.created)});
}

Result<std::optional<OrderRequest>> CommerceStore::orderRequestById(const QSqlDatabase& db, const QString& id)
{
    return one<OrderRequest>(db, OrderRequestSelect + QStringLiteral(" WHERE r.id = ?"), {id}, orderRequestFrom);
}

Result<QList<OrderRequest>> CommerceStore::orderRequestsOf(const QSqlDatabase& db, const QString& partnerAccountId)
{
    return many<OrderRequest>(db,
                              OrderRequestSelect
                                  + QStringLiteral(" WHERE r.reseller_account_id = ? OR r.provider_account_id = ? "
                                                   "ORDER BY r.created_at DESC, r.id"),
                              {partnerAccountId, partnerAccountId}, orderRequestFrom);
}

Result<int> CommerceStore::declineOpenRequestsOfPair(const QSqlDatabase& db, const QString& resellerAccountId,
                                                    const QString& providerAccountId, const QString& reason,
                                                    const QString& userId, const QDateTime& at)
{
    auto q = SqlQuery::run(db,
                           QStringLiteral("UPDATE order_requests SET status = 'Declined', decision_reason = ?, "
                                          "decided_by_user_id = ?, decided_at = ? "
                                          "WHERE reseller_account_id = ? AND provider_account_id = ? AND status = 'Open'"),
                           {reason, userId, iso(at), resellerAccountId, providerAccountId});
    if (!q) {
        return q.error();
    }
    return q.value().numRowsAffected();
}

Status CommerceStore::decideOrderRequest(const QSqlDatabase& db, const QString& id, OrderRequestStatus status,
                                         const QString& reason, const QString& userId, const QDateTime& at)
{
    return SqlQuery::runOne(db,
                            QStringLiteral("UPDATE order_requests SET status = ?, decision_reason = ?, "
                                           "decided_by_user_id = ?, decided_at = ? WHERE id = ? AND status = 'Open'"),
                            {Enums::key(status), SqlQuery::nullIfEmpty(reason), userId, iso(at), id});
}

Result<QList<LicenseAssignment>> CommerceStore::assignments(const QSqlDatabase& db, const QString& subscriptionId)
{
    return many<LicenseAssignment>(
        db,
        QStringLiteral("SELECT a.subscription_id, a.user_id, u.display_name, u.upn, a.assigned_at "
                       "FROM license_assignments a JOIN tenant_users u ON u.id = a.user_id "
                       "WHERE a.subscription_id = ? ORDER BY lower(u.display_name), u.upn"),
        {subscriptionId}, [](const QSqlQuery& q) {
            LicenseAssignment a;
            a.subscriptionId = q.value(0).toString();
            a.userId = q.value(1).toString();
            a.userName = q.value(2).toString();
            a.upn = q.value(3).toString();
            a.assigned = fromIso(q.value(4));
            return a;
        });
}

Result<int> CommerceStore::assignedCount(const QSqlDatabase& db, const QString& subscriptionId)
{
    auto n = SqlQuery::scalar(db, QStringLiteral("SELECT count(*) FROM license_assignments WHERE subscription_id = ?"),
                              {subscriptionId});
    if (!n) {
        return n.error();
    }
    return n->toInt();
}

Result<bool> CommerceStore::isAssigned(const QSqlDatabase& db, const QString& subscriptionId, const QString& userId)
{
    auto found = SqlQuery::scalar(
        db, QStringLiteral("SELECT 1 FROM license_assignments WHERE subscription_id = ? AND user_id = ?"),
        {subscriptionId, userId});
    if (!found) {
        return found.error();
    }
    return found->isValid();
}

Status CommerceStore::insertAssignment(const QSqlDatabase& db, const QString& subscriptionId, const QString& userId,
                                       const QDateTime& at)
{
    return SqlQuery::run(
        db, QStringLiteral("INSERT INTO license_assignments (subscription_id, user_id, assigned_at) VALUES (?, ?, ?)"),
        {subscriptionId, userId, iso(at)});
}

Status CommerceStore::deleteAssignment(const QSqlDatabase& db, const QString& subscriptionId, const QString& userId)
{
    return SqlQuery::runOne(db,
                            QStringLiteral("DELETE FROM license_assignments WHERE subscription_id = ? AND user_id = ?"),
                            {subscriptionId, userId});
}
