#include "CustomerService.h"

#include "services/Workspace.h"
#include "storage/CustomerStore.h"

CustomerService::CustomerService(Workspace& workspace)
    : m_workspace(workspace)
{
}

Result<QList<CustomerPartner>> CustomerService::partnersOf(const Session& session) const
{
    auto customer = m_workspace.authorize(session, &Session::requireCustomerAdministrator);
    if (!customer) {
        return customer.error();
    }
    return CustomerStore::partnersOfTenant(m_workspace.db(), customer->tenant.id);
}
