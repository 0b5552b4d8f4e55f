#include "OrderService.h"

#include "services/Workspace.h"

OrderService::OrderService(Workspace& workspace)
    : m_workspace(workspace)
{
}

Status OrderService::loadCatalog()
{
    return {};
}
