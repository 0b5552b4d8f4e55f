#include "Session.h"

Persona Session::persona() const
{
    if (isProgramAdministrator()) {
        return Persona::ProgramAdministrator;
    }
    if (partner) {
        return Persona::Partner;
    }
    if (customerTenant) {
        return Persona::Customer;
    }
    return Persona::Unenrolled;
}

bool Session::can(Action action) const
{
    if (!partner || !allowedByRoles(action)) {
        return false;
    }
    return !PermissionMatrix::needsActiveAccount(action) || partner->status == PartnerStatus::Active;
}

Status Session::require(Action action) const
{
    if (!partner) {
        return Error(ErrorCode::PermissionDenied,
                     tr("Only users of a partner account can %1.").arg(PermissionMatrix::displayName(action)));
    }
    if (!allowedByRoles(action)) {
        return Error(ErrorCode::PermissionDenied,
                     tr("Your roles in %1 don't allow you to %2. Ask an Admin agent.")
                         .arg(partner->legal.legalName, PermissionMatrix::displayName(action)));
    }
    if (PermissionMatrix::needsActiveAccount(action) && partner->status != PartnerStatus::Active) {
        return Error(ErrorCode::InvalidState,
                     tr("Your partner account is %1: you can %2 once it is Active.")
                         .arg(Enums::displayName(partner->status).toLower(), PermissionMatrix::displayName(action)));
    }
    return {};
}

Status Session::requireProgramAdministrator() const
{
    if (!isProgramAdministrator()) {
        return Error(ErrorCode::PermissionDenied, tr("Only a program administrator of this workspace can do this."));
    }
    return {};
}

Status Session::requireCustomerAdministrator() const
{
    if (!customerTenant || !isGlobalAdministrator()) {
        return Error(ErrorCode::PermissionDenied,
                     tr("Only a Global administrator of a customer's tenant can see the partners serving it."));
    }
    return {};
}

bool Session::allowedByRoles(Action action) const
{
    // An account that also resells (E9) may do what either of its partner types allows.
    for (PartnerType type : partner->types()) {
        if (PermissionMatrix::allowsAny(action, type, roles)) {
            return true;
        }
    }
    return false;
}
