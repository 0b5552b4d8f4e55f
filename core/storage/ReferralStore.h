#pragma once

// SQL for referrals (C8): the leads a reseller works on, and those a provider referred to it.

#include "common/Result.h"
#include "domain/Referral.h"

#include <QSqlDatabase>

#include <optional>

class ReferralStore
{
public:
    // Stores referral as it is, with its id, status and timestamps.
    static Status insert(const QSqlDatabase& db, const Referral& referral);
    static Result<std::optional<Referral>> byId(const QSqlDatabase& db, const QString& id);
    // The reseller's own referrals, whatever their source, newest first.
    static Result<QList<Referral>> ofReseller(const QSqlDatabase& db, const QString& resellerAccountId);
    // The leads a provider referred to any of its resellers, newest first.
    static Result<QList<Referral>> referredBy(const QSqlDatabase& db, const QString& providerAccountId);
    // Moves a referral from one status to another; fails when it is no longer in from (changed
    // meanwhile), so that two people can't both move it.
    static Status updateStatus(const QSqlDatabase& db, const QString& id, ReferralStatus from, ReferralStatus to,
                               const QDateTime& at);
    // Records the invitation the referral became, and its status with it (from → to).
    static Status linkInvitation(const QSqlDatabase& db, const QString& id, const QString& invitationId,
                                 ReferralStatus from, ReferralStatus to, const QDateTime& at);
};
