#pragma once

// The steps that write another partner's records (ARCHITECTURE §7): a reseller authorizing its
// provider, either party ending their relationship. On a shared workspace they go through the
// database's own functions (schema version 10), which check the rules again with the person's
// own rights and write the steps' audit events in the same transaction; on a SQLite file, which
// one desk owns, the same records and events are written here. Callers hold the transaction and
// have checked the rules already.

#include "common/Result.h"

#include <QDateTime>
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
};
