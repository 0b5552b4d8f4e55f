#pragma once

// What partners sell to the customers they serve (C5, C6): the offer catalog, customers'
// subscriptions, orders a provider submits for one of its resellers' customers, and the order
// requests a reseller raises with its provider, which the provider fulfills or declines.

#include "common/Result.h"
#include "domain/Commerce.h"
#include "domain/Customer.h"
#include "domain/IndirectRelationship.h"
#include "domain/PartnerAccount.h"
#include "security/Session.h"

#include <QCoreApplication>

#include <optional>

class Workspace;

class OrderService
{
    Q_DECLARE_TR_FUNCTIONS(OrderService)

public:
    // The most licenses one subscription holds.
    static constexpr int MaxQuantity = 10000;

    explicit OrderService(Workspace& workspace);

    // Brings the workspace's offers up to date with the catalog in resources/catalog/offers.json.
    Status loadCatalog();
    // The offers on sale, in catalog order, each with every term it is sold for.
    Result<QList<Offer>> offers() const;

    // V1: the subscriptions of a customer the signed-in partner serves, Active first.
    Result<QList<Subscription>> subscriptions(const Session& session, const QString& customerId) const;
    // V1: the orders of a customer the signed-in partner serves that it submitted or is partner on
    // record of, newest first.
    Result<QList<Order>> orders(const Session& session, const QString& customerId) const;

    // C5: for a provider serving the customer, the customer's Active resellers that have an Active
    // indirect relationship with it: those that can be partner on record of its orders.
    Result<QList<RelationshipParty>> resellersForOrder(const Session& session, const QString& customerId) const;
    // C5, C6: whether the signed-in provider may submit draft now, with the refusal it would get.
    // Writes nothing.
    Status checkOrder(const Session& session, const OrderDraft& draft) const;
    // C5, C6: a provider's Admin or Sales agent orders for a customer of one of its resellers: the
    // order (Completed) and its line, the new or changed subscription with the reseller's Partner
    // ID as partner on record, audit events on both sides and a message to the reseller. With
    // orderRequestId set, it also fulfills that Open request addressed to the provider. One
    // transaction. A subscription is cancelled only once none of its licenses is assigned.
    Result<Order> submit(const Session& session, const OrderDraft& draft);

    // C5: for a reseller serving the customer, its Active indirect providers that also serve the
    // customer: those it can ask to order for it.
    Result<QList<RelationshipParty>> providersForRequest(const Session& session, const QString& customerId) const;
    // C5, C6: whether the signed-in reseller may raise draft now, with the refusal it would get.
    // Writes nothing.
    Status checkRequest(const Session& session, const OrderRequestDraft& draft) const;
    // C5: a reseller's Admin or Sales agent asks one of its Active providers to order for a
    // customer both serve. Audited on both sides; the provider's primary contact gets a message.
    Result<OrderRequest> requestOrder(const Session& session, const OrderRequestDraft& draft);
    // V1: the requests the signed-in partner raised (as reseller) or that are addressed to it (as
    // provider), newest first.
    Result<QList<OrderRequest>> orderRequests(const Session& session) const;
    // The provider places the order an Open request asks for, as submit() would.
    Result<Order> fulfill(const Session& session, const QString& requestId);
    // The provider declines an Open request, saying why. The reseller gets a message.
    Status decline(const Session& session, const QString& requestId, const QString& reason);

    // How a person reads the line, e.g. "New subscription to Azure plan: quantity 1, term Monthly."
    static QString describe(const OrderLine& line, const QString& offerName);

private:
    // What an order line is about once checked.
    struct LineFacts
    {
        Offer offer;
        std::optional<Subscription> subscription;
    };
    // What submit() needs once every check passed.
    struct CheckedOrder
    {
        Session session;
        Customer customer;
        PartnerAccount reseller;
        PartnerAccount provider;
        LineFacts facts;
        std::optional<OrderRequest> request;
    };
    // What requestOrder() needs once every check passed.
    struct CheckedRequest
    {
        Session session;
        Customer customer;
        PartnerAccount provider;
        LineFacts facts;
        QString note;
    };

    std::optional<Offer> catalogOffer(const QString& offerId) const;
    // V1: the customer if the session's partner has an Active relationship with it; NotFound
    // otherwise, in the same words whether it exists or not.
    Result<Customer> servedCustomer(const Session& session, const QString& customerId) const;
    // The line's own rules (offer, term, quantity, C6) for a subscription of customer that the
    // provider bills with the reseller as partner on record.
    Result<LineFacts> checkLine(const Customer& customer, const OrderLine& line, const PartnerAccount& provider,
                                const PartnerAccount& reseller) const;
    Result<CheckedOrder> check(const Session& session, const OrderDraft& draft) const;
    // C5: why the provider can't name any reseller of customer as partner on record, naming the
    // relationship that is missing or ended; or, when one qualifies, that one must be chosen.
    Error noResellerChosen(const Session& session, const Customer& customer) const;
    Result<CheckedRequest> checkRequestDraft(const Session& session, const OrderRequestDraft& draft) const;
    Result<Order> place(const Session& session, const OrderDraft& draft);
    Result<OrderRequest> addressedRequest(const Session& session, const QString& requestId) const;

    Workspace& m_workspace;
    QList<Offer> m_catalog;
};
