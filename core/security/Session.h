#pragma once

// Who is signed in and what follows from it: the persona that decides what the window shows
// (ARCHITECTURE §1) and the roles the permission matrix reads. Services reload it from the
// workspace on every call, so a role removed a moment ago no longer counts.

#include "common/Result.h"
#include "domain/Directory.h"
#include "domain/PartnerAccount.h"
#include "security/Permissions.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

enum class Persona { ProgramAdministrator, Partner, Customer, Unenrolled };

struct Session
{
    Q_DECLARE_TR_FUNCTIONS(Session)

public:
    TenantUser user;
    Tenant tenant;
    std::optional<PartnerAccount> partner;
    QList<PartnerRole> roles;
    bool customerTenant = false;

    Persona persona() const;
    bool isGlobalAdministrator() const { return user.directoryRole == DirectoryRole::GlobalAdministrator; }
    bool isProgramAdministrator() const { return tenant.isProgram && isGlobalAdministrator(); }
    bool hasRole(PartnerRole role) const { return roles.contains(role); }
    // The matrix and E10 together: what the GUI shows and what services allow.
    bool can(Action action) const;
    // The same decision with the reason a person reads when it is no.
    Status require(Action action) const;
    Status requireProgramAdministrator() const;
    Status requireCustomerAdministrator() const;

private:
    bool allowedByRoles(Action action) const;
};
