#pragma once

// A customer: a tenant that partners serve, with its company profile (ARCHITECTURE §3).

#include "domain/Enums.h"
#include "domain/PartnerAccount.h"

#include <QDateTime>
#include <QString>

struct Customer
{
    QString id;
    QString tenantId;
    QString companyName;
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
