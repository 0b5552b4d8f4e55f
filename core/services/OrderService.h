#pragma once

#include "common/Result.h"

#include <QCoreApplication>

class Workspace;

class OrderService
{
    Q_DECLARE_TR_FUNCTIONS(OrderService)

public:
    explicit OrderService(Workspace& workspace);

    // Brings the workspace's offers up to date with the catalog in resources/catalog/offers.json.
    Status loadCatalog();

private:
    Workspace& m_workspace;
};
