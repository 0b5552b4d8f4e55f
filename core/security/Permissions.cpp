#include "Permissions.h"

#include <iterator>

namespace {

enum RoleBits : unsigned {
    None = 0,
    Admin = 1u << 0,
    Sales = 1u << 1,
    Helpdesk = 1u << 2,
    Billing = 1u << 3,
    Everyone = Admin | Sales | Helpdesk | Billing,
};

struct Row
{
    Action action;
    const char* key; // the action's name where the database keeps the matrix
    unsigned reseller; // roles of an indirect reseller that may act
    unsigned provider; // roles of an indirect provider that may act
    bool needsActive;
};

// The matrix. Read a row as: who in a reseller, who in a provider, Active account required.
constexpr Row Matrix[] = {
    {Action::ViewAccountSettings, "ViewAccountSettings", Everyone, Everyone, false},
    {Action::EditLegalProfile, "EditLegalProfile", Admin, Admin, false},
    {Action::EditSupportProfile, "EditSupportProfile", Admin, Admin, false},
    {Action::EditPartnerId, "EditPartnerId", Admin, Admin, false},
    {Action::ManageUsers, "ManageUsers", Admin, Admin, false},
    {Action::FindProviders, "FindProviders", Everyone, None, false},
    {Action::InviteResellers, "InviteResellers", None, Admin | Sales, true},
    {Action::AuthorizeProvider, "AuthorizeProvider", Admin, None, true},
    {Action::EndIndirectRelationship, "EndIndirectRelationship", Admin, Admin, false},
    {Action::ViewIndirectPartners, "ViewIndirectPartners", Everyone, Everyone, false},
    {Action::InviteCustomers, "InviteCustomers", Admin | Sales, None, true},
    {Action::ViewCustomers, "ViewCustomers", Everyone, Everyone, false},
    {Action::ManageCustomerAccount, "ManageCustomerAccount", Admin | Sales, Admin | Sales, true},
    {Action::ManageCustomerUsersAndLicenses, "ManageCustomerUsersAndLicenses", Admin | Helpdesk, Admin | Helpdesk,
     true},
    {Action::SubmitOrders, "SubmitOrders", None, Admin | Sales, true},
    {Action::RequestOrders, "RequestOrders", Admin | Sales, None, true},
    {Action::HandleOrderRequests, "HandleOrderRequests", None, Admin | Sales, true},
    {Action::ManageReferrals, "ManageReferrals", Admin | Sales, Admin | Sales, false},
    {Action::ManageProviderListing, "ManageProviderListing", None, Admin, false},
    {Action::VerifyEnrollmentEmail, "VerifyEnrollmentEmail", Admin, Admin, false},
    {Action::CreateResellerAccount, "CreateResellerAccount", None, Admin, true},
    {Action::ManageCustomerAdministrators, "ManageCustomerAdministrators", Admin, Admin, true},
    {Action::ManageTwoStepVerification, "ManageTwoStepVerification", Admin, Admin, false},
    {Action::ViewActivityLog, "ViewActivityLog", Admin, Admin, false},
};

unsigned bit(PartnerRole role)
{
    switch (role) {
    case PartnerRole::AdminAgent:
        return Admin;
    case PartnerRole::SalesAgent:
        return Sales;
    case PartnerRole::HelpdeskAgent:
        return Helpdesk;
    case PartnerRole::BillingAdmin:
        return Billing;
    }
    return None;
}

const Row* find(Action action)
{
    for (const Row& row : Matrix) {
        if (row.action == action) {
            return &row;
        }
    }
    return nullptr;
}

} // namespace

QList<Action> PermissionMatrix::actions()
{
    QList<Action> result;
    for (const Row& row : Matrix) {
        result << row.action;
    }
    return result;
}

bool PermissionMatrix::allows(Action action, PartnerType type, PartnerRole role)
{
    const Row* row = find(action);
    if (!row) {
        return false;
    }
    const unsigned roles = type == PartnerType::IndirectReseller ? row->reseller : row->provider;
    return (roles & bit(role)) != 0;
}

bool PermissionMatrix::allowsAny(Action action, PartnerType type, const QList<PartnerRole>& roles)
{
    for (PartnerRole role : roles) {
        if (allows(action, type, role)) {
            return true;
        }
    }
    return false;
}

QString PermissionMatrix::key(Action action)
{
    const Row* row = find(action);
    return row ? QString::fromLatin1(row->key) : QString();
}

bool PermissionMatrix::needsActiveAccount(Action action)
{
    const Row* row = find(action);
    return row && row->needsActive;
}

QString PermissionMatrix::displayName(Action action)
{
    switch (action) {
    case Action::ViewAccountSettings:
        return tr("view account settings");
    case Action::EditLegalProfile:
        return tr("edit the legal business profile");
    case Action::EditSupportProfile:
        return tr("edit the support profile");
    case Action::EditPartnerId:
        return tr("change the Partner ID");
    case Action::ManageUsers:
        return tr("manage users");
    case Action::FindProviders:
        return tr("find a provider");
    case Action::InviteResellers:
        return tr("invite resellers");
    case Action::AuthorizeProvider:
        return tr("authorize an indirect provider");
    case Action::EndIndirectRelationship:
        return tr("end an indirect relationship");
    case Action::ViewIndirectPartners:
        return tr("view indirect providers and resellers");
    case Action::InviteCustomers:
        return tr("invite customers");
    case Action::ViewCustomers:
        return tr("view customers");
    case Action::ManageCustomerAccount:
        return tr("manage a customer's account");
    case Action::ManageCustomerUsersAndLicenses:
        return tr("manage a customer's users and licenses");
    case Action::SubmitOrders:
        return tr("submit orders");
    case Action::RequestOrders:
        return tr("request orders");
    case Action::HandleOrderRequests:
        return tr("fulfill or decline order requests");
    case Action::ManageReferrals:
        return tr("manage referrals");
    case Action::ManageProviderListing:
        return tr("manage the provider listing");
    case Action::VerifyEnrollmentEmail:
        return tr("verify the enrollment email");
    case Action::CreateResellerAccount:
        return tr("create a reseller account");
    case Action::ManageCustomerAdministrators:
        return tr("manage a customer's Global administrators");
    case Action::ManageTwoStepVerification:
        return tr("require or reset two-step verification");
    case Action::ViewActivityLog:
        return tr("read the activity log");
    }
    return {};
}
