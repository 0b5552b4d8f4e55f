#pragma once

// Leads a reseller works on before they become customers (C8): where they came from, who they
// are, how far they got, and the invitation they became.

#include "domain/Enums.h"

#include <QDateTime>
#include <QString>

struct ReferralDraft
{
    QString companyName;
    QString contactName;
    QString contactEmail;
    QString contactPhone;
    QString country; // ISO 3166-1 alpha-2, may be empty
    QString notes;
    ReferralSource source = ReferralSource::OwnMarketing;
};

struct Referral
{
    QString id;
    QString partnerAccountId; // the reseller working on it
    QString partnerName;
    QString referredByAccountId; // the provider that referred it, for IndirectProvider
    QString referredByName;
    ReferralSource source = ReferralSource::OwnMarketing;
    QString companyName;
    QString contactName;
    QString contactEmail;
    QString contactPhone;
    QString country;
    QString notes;
    ReferralStatus status = ReferralStatus::New;
    QString invitationId;
    QDateTime created;
    QDateTime updated;

    // C8: a lead moves New → Accepted (it agreed to talk, or was sent an invitation) → Won, and
    // may be Lost from New or Accepted. Won and Lost are final.
    static bool canMove(ReferralStatus from, ReferralStatus to)
    {
        switch (from) {
        case ReferralStatus::New:
            return to == ReferralStatus::Accepted || to == ReferralStatus::Lost;
        case ReferralStatus::Accepted:
            return to == ReferralStatus::Won || to == ReferralStatus::Lost;
        case ReferralStatus::Won:
        case ReferralStatus::Lost:
            break;
        }
        return false;
    }
    bool canMoveTo(ReferralStatus to) const { return canMove(status, to); }
    // Whether an invitation made from it may still be linked: while it is neither Won nor Lost.
    bool isOpen() const { return status == ReferralStatus::New || status == ReferralStatus::Accepted; }
};
