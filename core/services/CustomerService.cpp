#include "CustomerService.h"

#include "services/DirectoryService.h"
#include "services/Workspace.h"
#include "storage/CustomerStore.h"

CustomerService::CustomerService(Workspace& workspace)
    : m_workspace(workspace)
{
}

Result<QList<CustomerPartner>> CustomerService::partnersOf(const Session& session) const
{
    auto fresh = m_workspace.directory().session(session.user.id);
    if (!fresh) {
        return fresh.error();
    }
    if (fresh->persona() != Persona::Customer || !fresh->isGlobalAdministrator()) {
        return Error(ErrorCode::PermissionDenied,
                     tr("Only a Global administrator of a customer's tenant can see the partners serving it."));
    }
    return CustomerStore::partnersOfTenant(m_workspace.db(), fresh->tenant.id);
}
