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
    QString partnerAccountId;    // the reseller working on it
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
};
