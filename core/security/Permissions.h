#pragma once

// The permission matrix (rule U2): one table in code decides, for every action, which partner
// roles of which partner type may do it and whether the account must be Active first (E10).
// The GUI asks it to hide what core would refuse; services ask it again and refuse anyway.

#include "domain/Enums.h"

#include <QCoreApplication>
#include <QList>

enum class Action {
    ViewAccountSettings,
    EditLegalProfile,
    EditSupportProfile,
    EditPartnerId,
    ManageUsers,
    FindProviders,
    InviteResellers,
    AuthorizeProvider,
    EndIndirectRelationship,
    ViewIndirectPartners,
    InviteCustomers,
    ViewCustomers,
    ManageCustomerAccount,
    ManageCustomerUsersAndLicenses,
    SubmitOrders,
    RequestOrders,
    HandleOrderRequests,
    ManageReferrals,
    ManageProviderListing,
    VerifyEnrollmentEmail,
    CreateResellerAccount,
    // Creating, promoting, renaming, disabling a customer's Global administrator or resetting
    // their password: whoever may do it holds the customer's tenant (S1).
    ManageCustomerAdministrators,
    ManageTwoStepVerification,
    // The partner's Activity log: who did what, when (the program administrator reads every log).
    ViewActivityLog,
};

class PermissionMatrix
{
    Q_DECLARE_TR_FUNCTIONS(PermissionMatrix)

public:
    static QList<Action> actions();
    static bool allows(Action action, PartnerType type, PartnerRole role);
    static bool allowsAny(Action action, PartnerType type, const QList<PartnerRole>& roles);
    // E10: inviting, authorizing and ordering wait until the account is Active.
    static bool needsActiveAccount(Action action);
    static QString displayName(Action action);
    // The action's name where a shared workspace's database keeps the matrix (the enumerator's).
    static QString key(Action action);
};
