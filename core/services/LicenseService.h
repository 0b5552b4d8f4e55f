#pragma once

#include "common/Result.h"

#include <QCoreApplication>

class Workspace;

class LicenseService
{
    Q_DECLARE_TR_FUNCTIONS(LicenseService)

public:
    explicit LicenseService(Workspace& workspace);

private:
    Workspace& m_workspace;
};
