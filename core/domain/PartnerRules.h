#pragma once

// Rules about which MPN profile a partner account may use (E2, E3), shared by enrollment and
// by Account settings > Partner ID.

#include "common/Result.h"
#include "domain/Directory.h"

#include <QCoreApplication>

class PartnerRules
{
    Q_DECLARE_TR_FUNCTIONS(PartnerRules)

public:
    // E2: the profile is Active and in the tenant's country/region; a refusal names both countries.
    static Status mpnProfileUsable(const MpnProfile& profile, const QString& tenantCountry);
    // E3: the Partner ID is linked to no partner account, or to ownAccountId.
    static Status partnerIdAvailable(const MpnProfile& profile, const QString& ownAccountId = {});
};
