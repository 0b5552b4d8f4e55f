#pragma once

// SQL for indirect relationships between providers and resellers.

#include "common/Result.h"
#include "domain/IndirectRelationship.h"

#include <QHash>
#include <QSqlDatabase>

#include <optional>

class RelationshipStore
{
public:
    static Status insert(const QSqlDatabase& db, const QString& id, const QString& providerAccountId,
                         const QString& resellerAccountId, const QString& authorizedByUserId,
                         const QString& invitationId, const QDateTime& since);
    static Result<std::optional<IndirectRelationship>> byId(const QSqlDatabase& db, const QString& id);
    static Result<std::optional<IndirectRelationship>>
    activeBetween(const QSqlDatabase& db, const QString& providerAccountId, const QString& resellerAccountId);
    // The newest relationship of the pair, Active or ended.
    static Result<std::optional<IndirectRelationship>>
    latestBetween(const QSqlDatabase& db, const QString& providerAccountId, const QString& resellerAccountId);
    // Every relationship a partner is a party to, as provider or as reseller: Active ones first,
    // then ended ones, newest first.
    // countShared false leaves each Active relationship's shared customers NotCounted (an ended
    // one shares none): counting reads every customer of every reseller (sharedCounts() does it apart).
    static Result<QList<IndirectRelationship>> ofProvider(const QSqlDatabase& db, const QString& providerAccountId,
                                                          bool countShared = true);
    // The shared customers of each of the provider's Active relationships, by relationship id.
    static Result<QHash<QString, int>> sharedCounts(const QSqlDatabase& db, const QString& providerAccountId);
    static Result<QList<IndirectRelationship>> ofReseller(const QSqlDatabase& db, const QString& resellerAccountId);
    static Status end(const QSqlDatabase& db, const QString& id, const QString& userId, const QDateTime& at);
    // P5: whether the provider's listing names country among those it serves.
    static Result<bool> serves(const QSqlDatabase& db, const QString& providerAccountId, const QString& country);
    static Result<QStringList> countriesServed(const QSqlDatabase& db, const QString& providerAccountId);
};
