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
    QString companyName;
    QString primaryDomain; // the tenant's prefix.onmicrosoft.com
    Address address;
    QString contactFirstName;
    QString contactLastName;
    QString contactEmail;
    QString contactPhone;
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
