#pragma once

// SQL for what partners sell: the offer catalog, customers' subscriptions, orders and their
// lines, resellers' order requests, and the licenses assigned to customers' users.

#include "common/Result.h"
#include "domain/Commerce.h"
#include "domain/Customer.h"
#include "domain/IndirectRelationship.h"

#include <QSqlDatabase>

#include <optional>

class CommerceStore
{
public:
    // Stores the offer and exactly its terms (offer_terms); offers.term keeps the shortest, for
    // readers of the first schema.
    static Status upsertOffer(const QSqlDatabase& db, const Offer& offer);
    // Every stored offer with its stored terms, shortest first; by name.
    static Result<QList<Offer>> offers(const QSqlDatabase& db);

    // The partner's Active relationship with the customer: nothing without one, otherwise whether
    // it carries delegated admin. Asked by a person of the partner or of a partner it works with.
    static Result<std::optional<bool>> delegatedAdmin(const QSqlDatabase& db, const QString& customerId,
                                                      const QString& partnerAccountId);
    // C5: the Active resellers with an Active relationship to the customer and an Active indirect
    // relationship with the provider, by name.
    static Result<QList<RelationshipParty>> resellersForOrder(const QSqlDatabase& db, const QString& customerId,
                                                              const QString& providerAccountId);

    // The resellers with an Active relationship to the customer, whatever their account's status,
    // by name: whom its orders could name as partner on record, as far as the customer is concerned.
    static Result<QStringList> resellersOfCustomer(const QSqlDatabase& db, const QString& customerId);
    // C5: the Active providers with an Active indirect relationship with the reseller and an
    // Active relationship to the customer, by name: whom the reseller may ask to order for it.
    static Result<QList<RelationshipParty>> providersForRequest(const QSqlDatabase& db, const QString& customerId,
                                                                const QString& resellerAccountId);

    static Status insertSubscription(const QSqlDatabase& db, const Subscription& subscription);
    // The customer's subscriptions: Active first, then by offer name; with assigned counts.
    static Result<QList<Subscription>> subscriptionsOf(const QSqlDatabase& db, const QString& customerId);
    static Result<std::optional<Subscription>> subscriptionById(const QSqlDatabase& db, const QString& id);
    static Status updateSubscription(const QSqlDatabase& db, const QString& id, int quantity, SubscriptionStatus status,
                                     const QDateTime& at);

    static Status insertOrder(const QSqlDatabase& db, const Order& order, const QString& submittedByUserId);
    static Status insertOrderLine(const QSqlDatabase& db, const QString& id, const QString& orderId,
                                  const OrderLine& line);
    static Result<std::optional<Order>> orderById(const QSqlDatabase& db, const QString& id);
    // V1: the customer's orders the partner submitted or is partner on record of, newest first.
    static Result<QList<Order>> ordersOf(const QSqlDatabase& db, const QString& customerId,
                                         const QString& partnerAccountId);

    // A request for a new subscription stores the term it asks for; a change keeps the
    // subscription's.
    static Status insertOrderRequest(const QSqlDatabase& db, const OrderRequest& request,
                                     const QString& requestedByUserId);
    static Result<std::optional<OrderRequest>> orderRequestById(const QSqlDatabase& db, const QString& id);
    // The requests a partner raised (as reseller) or that are addressed to it (as provider),
    // newest first.
    static Result<QList<OrderRequest>> orderRequestsOf(const QSqlDatabase& db, const QString& partnerAccountId);
    // Fulfills or declines an Open request; NotFound when it is no longer Open.
    // S3: the reseller's Open requests to the provider are declined with reason, when their
    // relationship ends. Returns how many.
    static Result<int> declineOpenRequestsOfPair(const QSqlDatabase& db, const QString& resellerAccountId,
                                                 const QString& providerAccountId, const QString& reason,
                                                 const QString& userId, const QDateTime& at);
    static Status decideOrderRequest(const QSqlDatabase& db, const QString& id, OrderRequestStatus status,
                                     const QString& reason, const QString& userId, const QDateTime& at);

    // The subscription's assignments, by user name.
    static Result<QList<LicenseAssignment>> assignments(const QSqlDatabase& db, const QString& subscriptionId);
    static Result<int> assignedCount(const QSqlDatabase& db, const QString& subscriptionId);
    static Result<bool> isAssigned(const QSqlDatabase& db, const QString& subscriptionId, const QString& userId);
    static Status insertAssignment(const QSqlDatabase& db, const QString& subscriptionId, const QString& userId,
                                   const QDateTime& at);
    static Status deleteAssignment(const QSqlDatabase& db, const QString& subscriptionId, const QString& userId);
};
