#pragma once

// The steps that write another partner's records (ARCHITECTURE §7): a reseller authorizing its
// provider, either party ending their relationship, a customer accepting a reseller, a provider
// ordering on behalf of a reseller's customer. On a shared workspace they go through the
// database's own functions (schema version 10), which check the rules again with the person's
// own rights and write the steps' audit events in the same transaction; on a SQLite file, which
// one desk owns, the same records and events are written here. Callers hold the transaction and
// have checked the rules already.

#include "common/Result.h"
#include "domain/Commerce.h"
#include "domain/Customer.h"

#include <QDateTime>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>

class CrossPartnerSteps
{
public:
    // The reseller of actorUserId begins relationshipId with the provider whose pending invitation
    // invitationToken opens, and uses the invitation. The database's functions find the
    // invitation and the parties themselves; a SQLite file takes the caller's.
    struct Authorization
    {
        QString actorUserId;
        QString invitationToken;
        QString relationshipId;
        QDateTime at;
        QString invitationId;
        QString providerAccountId;
        QString resellerAccountId;
        QString resellerTenantId;
    };
    static Status authorizeProvider(const QSqlDatabase& db, const Authorization& step);

    // actorUserId ends the Active relationshipId (S3, S5): the reseller's pending customer
    // invitations with the provider and the provider's pending invitations to the reseller are
    // revoked, the provider stops serving the customers it reached only through the reseller, and
    // the reseller's open order requests to it are declined with declineReason.
    struct Ending
    {
        QString actorUserId;
        QString relationshipId;
        QString declineReason;
        QDateTime at;
    };
    static Status endRelationship(const QSqlDatabase& db, const Ending& step);

    // A Global administrator of customer's tenant accepts the reseller's invitation that
    // invitationToken opens (C3, C4): the tenant becomes customer when isNew, and the reseller
    // (with delegated administration) and the provider the invitation names begin serving it,
    // each that doesn't yet; the invitation is used. Returns those that began, the reseller first.
    struct CustomerAcceptance
    {
        QString actorUserId;
        QString invitationToken;
        Customer customer;
        bool isNew = false;
        QDateTime at;
        QString invitationId;
        QString resellerAccountId;
        QString providerAccountId;
    };
    static Result<QStringList> acceptCustomerInvitation(const QSqlDatabase& db, const CustomerAcceptance& step);

    // A provider's agent places order, of one line (lineId), for a customer it serves with the
    // reseller resellerAccountId, partner on record (C5, P6); with the order's request, fulfilling
    // it. A New line's subscription is newSubscription; a change leaves the subscription with
    // quantity and status. details describe the order in its audit events. The database's
    // function works out the subscription and the details itself; a SQLite file takes the
    // caller's.
    struct OrderPlacement
    {
        QString actorUserId;
        Order order;
        OrderLine line;
        QString lineId;
        QString resellerAccountId;
        QDateTime at;
        Subscription newSubscription;
        int quantity = 0;
        SubscriptionStatus status = SubscriptionStatus::Active;
        QJsonObject details;
    };
    static Status placeOrder(const QSqlDatabase& db, const OrderPlacement& step);
};
