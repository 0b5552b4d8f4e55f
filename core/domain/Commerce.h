#pragma once

// What partners sell to customers (ARCHITECTURE §3): offers from the catalog, subscriptions,
// orders a provider submits (C5), order requests a reseller raises, and the licenses of a
// subscription assigned to the customer's users (C6).

#include "domain/Enums.h"

#include <QDateTime>
#include <QList>
#include <QString>

struct Offer
{
    QString id;
    QString name;
    BillingType billingType = BillingType::License;
    QList<Term> terms; // the terms it can be bought for, shortest first
};

struct Subscription
{
    QString id;
    QString customerId;
    QString offerId;
    QString offerName;
    BillingType billingType = BillingType::License;
    int quantity = 0;
    int assigned = 0; // licenses assigned to users (C6)
    Term term = Term::P1M;
    SubscriptionStatus status = SubscriptionStatus::Active;
    QString partnerOnRecord; // the reseller's Partner ID (C5)
    QString partnerOnRecordName;
    QString billedByAccountId;
    QString billedByName;
    QDateTime created;
    QDateTime updated;
};

// One change an order makes: a new subscription to an offer, or a change to a subscription.
struct OrderLine
{
    TransactionType type = TransactionType::New;
    QString offerId; // for New
    Term term = Term::P1M; // for New
    QString subscriptionId; // for the other types
    int quantity = 0; // licenses to buy, add or remove
    QString offerName; // filled in when read
};

// What a provider submits for a customer it serves, for one of its resellers (C5).
struct OrderDraft
{
    QString customerId;
    QString resellerAccountId; // whose customer it is: the partner on record
    OrderLine line;
    QString orderRequestId; // when it fulfills a reseller's request
};

struct Order
{
    QString id;
    QString customerId;
    QString submittedByPartnerId; // the provider's account id
    QString submittedByName; // the provider's name
    QString submittedByUserName;
    QString partnerOnRecord;
    QString partnerOnRecordName;
    QString orderRequestId;
    OrderStatus status = OrderStatus::Completed;
    QList<OrderLine> lines;
    QDateTime created;
};

// A reseller asks one of its providers to place an order for a customer both serve (C5).
struct OrderRequestDraft
{
    QString providerAccountId;
    QString customerId;
    OrderLine line;
    QString note;
};

struct OrderRequest
{
    QString id;
    QString resellerAccountId;
    QString resellerName;
    QString resellerPartnerId; // whom the order names as partner on record (C5)
    QString providerAccountId;
    QString providerName;
    QString customerId;
    QString customerName;
    QString requestedByName;
    OrderLine line;
    QString offerName; // of the offer, or of the subscription's offer
    QString note;
    OrderRequestStatus status = OrderRequestStatus::Open;
    QString decisionReason;
    QString decidedByName;
    QDateTime created;
    QDateTime decided;
};

// A user of the customer's tenant holding a license of a subscription (C6).
struct LicenseAssignment
{
    QString subscriptionId;
    QString userId;
    QString userName; // display name
    QString upn;
    QDateTime assigned;
};
