#pragma once

// A customer: a tenant that partners serve, with its company profile (ARCHITECTURE §3).

#include "domain/Directory.h"
#include "domain/Enums.h"
#include "domain/PartnerAccount.h"

#include <QDateTime>
#include <QString>

struct Customer
{
    QString id;
    QString tenantId;
    QString primaryDomain; // the tenant's prefix.onmicrosoft.com
    LegalBusinessProfile company; // its name, address and contact, as a partner's legal profile
    QDateTime created;
};

// One partner serving a customer, as the customer's Global administrator sees it.
struct CustomerPartner
{
    QString partnerAccountId;
    QString partnerName;
    QString partnerId;
    PartnerType type = PartnerType::IndirectReseller;
    bool delegatedAdmin = false;
    QDateTime since;
};

// A customer a reseller and its provider both serve (C7), as either of them sees it.
struct SharedCustomer
{
    QString customerId;
    QString companyName;
    QString primaryDomain;
    QString country;
    QDateTime since; // since both serve it
};

// What a new customer types when it accepts an invitation without a tenant yet (C3): its tenant,
// its first Global administrator, and its company profile (name, address, contact), which has
// the fields of a partner's legal business profile.
struct NewCustomer
{
    NewTenant tenant;
    NewUser administrator;
    LegalBusinessProfile company;
};

// What the signed-in partner may do for one of its customers (C4): it serves the customer, and a
// reseller with delegated administration manages the customer's account and users as far as the
// caller's roles allow (U2). reason says, translated, why something is not allowed.
struct CustomerAccess
{
    QString customerId;
    bool delegatedAdmin = false; // the caller's partner administers the customer's tenant
    bool canEditAccount = false; // delegated admin and ManageCustomerAccount
    bool canManageUsers = false; // delegated admin and ManageCustomerUsersAndLicenses
    // canManageUsers and ManageCustomerAdministrators: creates, promotes, renames, disables or
    // enables a Global administrator and resets their password (S1).
    bool canManageAdministrators = false;
    QString reason; // empty when both are allowed
    QString administratorsReason; // why not, when canManageUsers but not canManageAdministrators
};

// A user of a customer's tenant, as its reseller with delegated administration sees it.
struct CustomerUser
{
    QString id;
    QString upn;
    QString displayName;
    DirectoryRole role = DirectoryRole::User;
    bool enabled = true;
    QDateTime lockedUntil; // after repeated failed sign-ins; a password reset clears it
    QDateTime created;
    int licenseCount = 0; // license assignments, kept when the user is disabled
};

// What a reseller types to add a user to a customer's tenant; the password is generated.
struct NewCustomerUser
{
    QString displayName;
    QString userName; // the part before @; the customer's primary domain follows it
    DirectoryRole role = DirectoryRole::User;
};

// A user just created with its temporary password, shown once and never stored (only its hash).
struct TemporaryPassword
{
    CustomerUser user;
    QString password;
};
