#include "Enums.h"

QString Enums::key(DirectoryRole value)
{
    switch (value) {
    case DirectoryRole::GlobalAdministrator:
        return QStringLiteral("GlobalAdministrator");
    case DirectoryRole::User:
        return QStringLiteral("User");
    }
    return {};
}

QString Enums::key(PartnerType value)
{
    switch (value) {
    case PartnerType::IndirectReseller:
        return QStringLiteral("IndirectReseller");
    case PartnerType::IndirectProvider:
        return QStringLiteral("IndirectProvider");
    }
    return {};
}

QString Enums::key(PartnerRole value)
{
    switch (value) {
    case PartnerRole::AdminAgent:
        return QStringLiteral("AdminAgent");
    case PartnerRole::SalesAgent:
        return QStringLiteral("SalesAgent");
    case PartnerRole::HelpdeskAgent:
        return QStringLiteral("HelpdeskAgent");
    case PartnerRole::BillingAdmin:
        return QStringLiteral("BillingAdmin");
    }
    return {};
}

QString Enums::key(PartnerStatus value)
{
    switch (value) {
    case PartnerStatus::PendingEmailVerification:
        return QStringLiteral("PendingEmailVerification");
    case PartnerStatus::UnderReview:
        return QStringLiteral("UnderReview");
    case PartnerStatus::Active:
        return QStringLiteral("Active");
    case PartnerStatus::Rejected:
        return QStringLiteral("Rejected");
    case PartnerStatus::Suspended:
        return QStringLiteral("Suspended");
    }
    return {};
}

QString Enums::key(VettingStatus value)
{
    switch (value) {
    case VettingStatus::None:
        return QString();
    case VettingStatus::EmailOwnership:
        return QStringLiteral("EmailOwnership");
    case VettingStatus::EmailDomain:
        return QStringLiteral("EmailDomain");
    case VettingStatus::BusinessVerification:
        return QStringLiteral("BusinessVerification");
    case VettingStatus::Decision:
        return QStringLiteral("Decision");
    }
    return {};
}

QString Enums::key(MpnStatus value)
{
    switch (value) {
    case MpnStatus::Active:
        return QStringLiteral("Active");
    case MpnStatus::Inactive:
        return QStringLiteral("Inactive");
    case MpnStatus::Suspended:
        return QStringLiteral("Suspended");
    }
    return {};
}

QString Enums::key(ProviderService value)
{
    switch (value) {
    case ProviderService::CustomerSupport:
        return QStringLiteral("CustomerSupport");
    case ProviderService::TechnicalAssistance:
        return QStringLiteral("TechnicalAssistance");
    case ProviderService::MarketingHelp:
        return QStringLiteral("MarketingHelp");
    case ProviderService::FinancingAndCredit:
        return QStringLiteral("FinancingAndCredit");
    }
    return {};
}

QString Enums::displayName(DirectoryRole value)
{
    switch (value) {
    case DirectoryRole::GlobalAdministrator:
        return tr("Global administrator");
    case DirectoryRole::User:
        return tr("User");
    }
    return {};
}

QString Enums::displayName(PartnerType value)
{
    switch (value) {
    case PartnerType::IndirectReseller:
        return tr("Indirect reseller");
    case PartnerType::IndirectProvider:
        return tr("Indirect provider");
    }
    return {};
}

QString Enums::displayName(PartnerRole value)
{
    switch (value) {
    case PartnerRole::AdminAgent:
        return tr("Admin agent");
    case PartnerRole::SalesAgent:
        return tr("Sales agent");
    case PartnerRole::HelpdeskAgent:
        return tr("Helpdesk agent");
    case PartnerRole::BillingAdmin:
        return tr("Billing admin");
    }
    return {};
}

QString Enums::displayName(PartnerStatus value)
{
    switch (value) {
    case PartnerStatus::PendingEmailVerification:
        return tr("Pending email verification");
    case PartnerStatus::UnderReview:
        return tr("Under review");
    case PartnerStatus::Active:
        return tr("Active");
    case PartnerStatus::Rejected:
        return tr("Rejected");
    case PartnerStatus::Suspended:
        return tr("Suspended");
    }
    return {};
}

QString Enums::displayName(VettingStatus value)
{
    switch (value) {
    case VettingStatus::None:
        return QString();
    case VettingStatus::EmailOwnership:
        return tr("Email ownership");
    case VettingStatus::EmailDomain:
        return tr("Email domain");
    case VettingStatus::BusinessVerification:
        return tr("Business verification");
    case VettingStatus::Decision:
        return tr("Decision");
    }
    return {};
}

QString Enums::displayName(MpnStatus value)
{
    switch (value) {
    case MpnStatus::Active:
        return tr("Active", "MPN profile status");
    case MpnStatus::Inactive:
        return tr("Inactive", "MPN profile status");
    case MpnStatus::Suspended:
        return tr("Suspended", "MPN profile status");
    }
    return {};
}

QString Enums::displayName(ProviderService value)
{
    switch (value) {
    case ProviderService::CustomerSupport:
        return tr("Customer support");
    case ProviderService::TechnicalAssistance:
        return tr("Technical assistance");
    case ProviderService::MarketingHelp:
        return tr("Marketing help");
    case ProviderService::FinancingAndCredit:
        return tr("Financing and credit terms");
    }
    return {};
}

QString Enums::key(InvitationKind value)
{
    switch (value) {
    case InvitationKind::ResellerOfProvider:
        return QStringLiteral("ResellerOfProvider");
    case InvitationKind::CustomerOfReseller:
        return QStringLiteral("CustomerOfReseller");
    case InvitationKind::CustomerOfResellerAndProvider:
        return QStringLiteral("CustomerOfResellerAndProvider");
    }
    return {};
}

QString Enums::key(InvitationStatus value)
{
    switch (value) {
    case InvitationStatus::Pending:
        return QStringLiteral("Pending");
    case InvitationStatus::Accepted:
        return QStringLiteral("Accepted");
    case InvitationStatus::Expired:
        return QStringLiteral("Expired");
    case InvitationStatus::Revoked:
        return QStringLiteral("Revoked");
    }
    return {};
}

QString Enums::key(RelationshipStatus value)
{
    switch (value) {
    case RelationshipStatus::Active:
        return QStringLiteral("Active");
    case RelationshipStatus::Ended:
        return QStringLiteral("Ended");
    }
    return {};
}

QString Enums::displayName(InvitationKind value)
{
    switch (value) {
    case InvitationKind::ResellerOfProvider:
        return tr("Indirect reseller");
    case InvitationKind::CustomerOfReseller:
        return tr("Customer of the reseller");
    case InvitationKind::CustomerOfResellerAndProvider:
        return tr("Customer of the reseller and its provider");
    }
    return {};
}

QString Enums::displayName(InvitationStatus value)
{
    switch (value) {
    case InvitationStatus::Pending:
        return tr("Pending");
    case InvitationStatus::Accepted:
        return tr("Accepted");
    case InvitationStatus::Expired:
        return tr("Expired");
    case InvitationStatus::Revoked:
        return tr("Revoked");
    }
    return {};
}

QString Enums::displayName(RelationshipStatus value)
{
    switch (value) {
    case RelationshipStatus::Active:
        return tr("Active");
    case RelationshipStatus::Ended:
        return tr("Ended");
    }
    return {};
}
