#pragma once

// Customers and their reseller relationships. So far: what a customer's Global administrator
// sees of the partners serving the organization (V1: only their own tenant's).

#include "common/Result.h"
#include "domain/Customer.h"
#include "security/Session.h"

#include <QCoreApplication>

class Workspace;

class CustomerService
{
    Q_DECLARE_TR_FUNCTIONS(CustomerService)

public:
    explicit CustomerService(Workspace& workspace);

    Result<QList<CustomerPartner>> partnersOf(const Session& session) const;

private:
    Workspace& m_workspace;
};
