#pragma once

#include "common/Result.h"

#include <QCoreApplication>

class Workspace;

class CustomerManagementService
{
    Q_DECLARE_TR_FUNCTIONS(CustomerManagementService)

public:
    explicit CustomerManagementService(Workspace& workspace);

private:
    Workspace& m_workspace;
};
