#include "ReferralService.h"

#include "services/Workspace.h"

ReferralService::ReferralService(Workspace& workspace)
    : m_workspace(workspace)
{
}
