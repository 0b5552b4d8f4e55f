#include "LicenseService.h"

#include "services/Workspace.h"

LicenseService::LicenseService(Workspace& workspace)
    : m_workspace(workspace)
{
}
