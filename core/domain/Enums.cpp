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
        return tr("Pending", "status of an invitation (feminine in Spanish)");
    case InvitationStatus::Accepted:
        return tr("Accepted", "status of an invitation (feminine in Spanish)");
    case InvitationStatus::Expired:
        return tr("Expired", "status of an invitation (feminine in Spanish)");
    case InvitationStatus::Revoked:
        return tr("Revoked", "status of an invitation (feminine in Spanish)");
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

QString Enums::key(SubscriptionStatus value)
{
    switch (value) {
    case SubscriptionStatus::Active:
        return QStringLiteral("Active");
    case SubscriptionStatus::Suspended:
        return QStringLiteral("Suspended");
    case SubscriptionStatus::Cancelled:
        return QStringLiteral("Cancelled");
    }
    return {};
}

QString Enums::key(BillingType value)
{
    switch (value) {
    case BillingType::License:
        return QStringLiteral("License");
    case BillingType::Usage:
        return QStringLiteral("Usage");
    }
    return {};
}

QString Enums::key(Term value)
{
    switch (value) {
    case Term::P1M:
        return QStringLiteral("P1M");
    case Term::P1Y:
        return QStringLiteral("P1Y");
    case Term::P3Y:
        return QStringLiteral("P3Y");
    }
    return {};
}

QString Enums::key(TransactionType value)
{
    switch (value) {
    case TransactionType::New:
        return QStringLiteral("New");
    case TransactionType::AddQuantity:
        return QStringLiteral("AddQuantity");
    case TransactionType::RemoveQuantity:
        return QStringLiteral("RemoveQuantity");
    case TransactionType::Cancel:
        return QStringLiteral("Cancel");
    }
    return {};
}

QString Enums::key(OrderStatus value)
{
    switch (value) {
    case OrderStatus::Submitted:
        return QStringLiteral("Submitted");
    case OrderStatus::Completed:
        return QStringLiteral("Completed");
    case OrderStatus::Failed:
        return QStringLiteral("Failed");
    }
    return {};
}

QString Enums::key(OrderRequestStatus value)
{
    switch (value) {
    case OrderRequestStatus::Open:
        return QStringLiteral("Open");
    case OrderRequestStatus::Fulfilled:
        return QStringLiteral("Fulfilled");
    case OrderRequestStatus::Declined:
        return QStringLiteral("Declined");
    }
    return {};
}

QString Enums::key(ReferralSource value)
{
    switch (value) {
    case ReferralSource::OwnMarketing:
        return QStringLiteral("OwnMarketing");
    case ReferralSource::MicrosoftReferral:
        return QStringLiteral("MicrosoftReferral");
    case ReferralSource::IndirectProvider:
        return QStringLiteral("IndirectProvider");
    }
    return {};
}

QString Enums::key(ReferralStatus value)
{
    switch (value) {
    case ReferralStatus::New:
        return QStringLiteral("New");
    case ReferralStatus::Accepted:
        return QStringLiteral("Accepted");
    case ReferralStatus::Won:
        return QStringLiteral("Won");
    case ReferralStatus::Lost:
        return QStringLiteral("Lost");
    }
    return {};
}

QString Enums::displayName(SubscriptionStatus value)
{
    switch (value) {
    case SubscriptionStatus::Active:
        return tr("Active");
    case SubscriptionStatus::Suspended:
        return tr("Suspended");
    case SubscriptionStatus::Cancelled:
        return tr("Cancelled");
    }
    return {};
}

QString Enums::displayName(BillingType value)
{
    switch (value) {
    case BillingType::License:
        return tr("Per license");
    case BillingType::Usage:
        return tr("Usage-based");
    }
    return {};
}

QString Enums::displayName(Term value)
{
    switch (value) {
    case Term::P1M:
        return tr("Monthly");
    case Term::P1Y:
        return tr("1 year");
    case Term::P3Y:
        return tr("3 years");
    }
    return {};
}

QString Enums::displayName(TransactionType value)
{
    switch (value) {
    case TransactionType::New:
        return tr("New subscription");
    case TransactionType::AddQuantity:
        return tr("Add licenses");
    case TransactionType::RemoveQuantity:
        return tr("Remove licenses");
    case TransactionType::Cancel:
        return tr("Cancel subscription");
    }
    return {};
}

QString Enums::displayName(OrderStatus value)
{
    switch (value) {
    case OrderStatus::Submitted:
        return tr("Submitted");
    case OrderStatus::Completed:
        return tr("Completed");
    case OrderStatus::Failed:
        return tr("Failed");
    }
    return {};
}

QString Enums::displayName(OrderRequestStatus value)
{
    switch (value) {
    case OrderRequestStatus::Open:
        return tr("Open", "status of an order request (feminine in Spanish)");
    case OrderRequestStatus::Fulfilled:
        return tr("Fulfilled", "status of an order request (feminine in Spanish)");
    case OrderRequestStatus::Declined:
        return tr("Declined", "status of an order request (feminine in Spanish)");
    }
    return {};
}

QString Enums::displayName(ReferralSource value)
{
    switch (value) {
    case ReferralSource::OwnMarketing:
        return tr("Own marketing");
    case ReferralSource::MicrosoftReferral:
        return tr("Microsoft referral");
    case ReferralSource::IndirectProvider:
        return tr("Indirect provider");
    }
    return {};
}

QString Enums::displayName(ReferralStatus value)
{
    switch (value) {
    case ReferralStatus::New:
        return tr("New", "status of a referral (feminine in Spanish)");
    case ReferralStatus::Accepted:
        return tr("Accepted", "status of a referral (feminine in Spanish)");
    case ReferralStatus::Won:
        return tr("Won", "status of a referral (feminine in Spanish)");
    case ReferralStatus::Lost:
        return tr("Lost", "status of a referral (feminine in Spanish)");
    }
    return {};
}
