#pragma once

#include "common/Result.h"

#include <QCoreApplication>

class Workspace;

class ReferralService
{
    Q_DECLARE_TR_FUNCTIONS(ReferralService)

public:
    explicit ReferralService(Workspace& workspace);

private:
    Workspace& m_workspace;
};
