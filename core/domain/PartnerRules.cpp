#include "PartnerRules.h"

#include "domain/Countries.h"

Status PartnerRules::mpnProfileUsable(const MpnProfile& profile, const QString& tenantCountry)
{
    if (profile.status != MpnStatus::Active) {
        return Error(
            ErrorCode::InvalidState,
            tr("The MPN profile %1 (%2) is %3. Choose an active organization profile.")
                .arg(profile.partnerId, profile.organizationName, Enums::displayName(profile.status).toLower()),
            QStringLiteral("partnerId"));
    }
    if (profile.country != tenantCountry) {
        return Error(ErrorCode::InvalidState,
                     tr("The MPN profile %1 is located in %2, but your tenant is in %3. Choose a profile located in "
                        "%3.")
                         .arg(profile.partnerId, Countries::name(profile.country), Countries::name(tenantCountry)),
                     QStringLiteral("partnerId"));
    }
    return {};
}

Status PartnerRules::partnerIdAvailable(const MpnProfile& profile, const QString& ownAccountId)
{
    if (!profile.linkedPartnerAccountId.isEmpty() && profile.linkedPartnerAccountId != ownAccountId) {
        return Error(ErrorCode::Conflict,
                     tr("The Partner ID %1 is already linked to the partner account of %2.")
                         .arg(profile.partnerId, profile.linkedPartnerName),
                     QStringLiteral("partnerId"));
    }
    return {};
}
