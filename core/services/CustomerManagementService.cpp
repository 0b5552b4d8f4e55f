#include "CustomerManagementService.h"

#include "services/Workspace.h"

CustomerManagementService::CustomerManagementService(Workspace& workspace)
    : m_workspace(workspace)
{
}
