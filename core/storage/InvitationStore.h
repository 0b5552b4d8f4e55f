#pragma once

// SQL for invitations. A row keeps the SHA-256 of its token, never the token (ARCHITECTURE §5).

#include "common/Result.h"
#include "domain/Invitation.h"

#include <QSqlDatabase>

#include <optional>

class InvitationStore
{
public:
    static Status insert(const QSqlDatabase& db, const Invitation& invitation, const QString& tokenHash,
                         const QString& createdByUserId);
    // New text for an invitation that is still Pending (the sender edited it after recording).
    static Status updateText(const QSqlDatabase& db, const Invitation& invitation);
    // now decides whether a Pending invitation reads as Expired.
    static Result<std::optional<Invitation>> byId(const QSqlDatabase& db, const QString& id, const QDateTime& now);
    // The invitation the token of a link opens (its hash is what is stored).
    static Result<std::optional<Invitation>> byLink(const QSqlDatabase& db, const QString& token, const QDateTime& now);
    // What one partner has sent, newest first; the kinds empty means every kind.
    static Result<QList<Invitation>> sentBy(const QSqlDatabase& db, const QString& partnerAccountId,
                                            const QList<InvitationKind>& kinds, const QDateTime& now);
    static Status markAccepted(const QSqlDatabase& db, const QString& id, const QString& userId,
                               const QString& tenantId, const QDateTime& at);
    static Status markRevoked(const QSqlDatabase& db, const QString& id, const QDateTime& at);
    // Revokes the pending customer invitations a reseller sent with a provider; returns how many.
    // S5: the provider's pending reseller invitations to the reseller: to the address the
    // relationship's own invitation went to, the reseller's primary contact or one of its users.
    static Result<int> revokePendingToReseller(const QSqlDatabase& db, const QString& relationshipId,
                                               const QString& providerAccountId, const QString& resellerAccountId,
                                               const QDateTime& at);
    static Result<int> revokePendingWithProvider(const QSqlDatabase& db, const QString& resellerAccountId,
                                                 const QString& providerAccountId, const QDateTime& at);
};
