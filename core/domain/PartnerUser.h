#pragma once

// A user of a partner's tenant with the partner roles they hold in that partner account: one
// row of Account settings > User management (ARCHITECTURE §3, rule U1).

#include "domain/Directory.h"

#include <QList>

struct PartnerUser
{
    TenantUser user;
    QList<PartnerRole> roles; // in declaration order of PartnerRole; empty for a removed user

    bool hasRole(PartnerRole role) const { return roles.contains(role); }
};
