#pragma once

// The licenses of a customer's subscriptions assigned to the users of its tenant (C4, C6): the
// partner with administrator access to the customer (its reseller, with delegated admin) assigns
// and unassigns them; every partner serving the customer sees who holds them (V1).

#include "common/Result.h"
#include "domain/Commerce.h"
#include "domain/Customer.h"
#include "security/Session.h"

#include <QCoreApplication>

class Workspace;

class LicenseService
{
    Q_DECLARE_TR_FUNCTIONS(LicenseService)

public:
    explicit LicenseService(Workspace& workspace);

    // V1: who holds a license of a subscription of a customer the signed-in partner serves, by name.
    Result<QList<LicenseAssignment>> assignments(const Session& session, const QString& subscriptionId) const;
    // C6: gives an enabled user of the customer's tenant a license of an Active, license-billed
    // subscription while fewer licenses than its quantity are assigned. Audited.
    Status assign(const Session& session, const QString& subscriptionId, const QString& userId);
    // Takes the user's license back. Audited.
    Status unassign(const Session& session, const QString& subscriptionId, const QString& userId);

private:
    struct Visible
    {
        Session session;
        Customer customer;
        Subscription subscription;
        bool delegatedAdmin = false;
    };
    // V1: the subscription if the session's partner serves its customer; NotFound otherwise.
    Result<Visible> visible(const Session& session, const QString& subscriptionId) const;
    // C4: as visible(), for a user who manages the customer's licenses with delegated admin.
    Result<Visible> managed(const Session& session, const QString& subscriptionId) const;
    Result<TenantUser> customerUser(const Customer& customer, const QString& userId) const;

    Workspace& m_workspace;
};
