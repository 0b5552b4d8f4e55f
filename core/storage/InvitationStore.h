#pragma once

// SQL for invitations. A row keeps the SHA-256 of its token, never the token (ARCHITECTURE §5).

#include "common/Result.h"
#include "domain/Invitation.h"
#include "domain/PartnerAccount.h"

#include <QSqlDatabase>

#include <optional>

// Who an invitation is from, as its link's holder learns it before accepting: the inviting partner
// and the provider it names, and whether the two still work together (C1, P6).
struct InvitationParties
{
    QString partnerAccountId;
    QString partnerName;
    QString partnerId; // the MPN Partner ID
    PartnerStatus partnerStatus = PartnerStatus::Active;
    QString partnerCountry; // its tenant's
    QString providerAccountId; // empty when the invitation names none, or it is gone
    QString providerName;
    QString providerPartnerId;
    PartnerStatus providerStatus = PartnerStatus::Active;
    bool providerWorksWithPartner = false; // an Active indirect relationship, provider to reseller
};

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
    // The parties of the invitation the token opens; nothing when its inviting partner is gone. On a
    // shared workspace the server answers whoever holds the token (rights.invitation_parties), as
    // the parties may be partners the holder can't read yet.
    static Result<std::optional<InvitationParties>> partiesOf(const QSqlDatabase& db, const QString& token);
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
