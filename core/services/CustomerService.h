#pragma once

// Customers and their reseller relationships: what a customer's Global administrator sees of the
// partners serving the organization (V1: only their own tenant's), and accepting a partner's
// invitation, as an existing tenant or as a new customer that creates its tenant (C3, C4).

#include "common/Result.h"
#include "domain/Customer.h"
#include "domain/Invitation.h"
#include "security/Session.h"

#include <QCoreApplication>

class Workspace;

class CustomerService
{
    Q_DECLARE_TR_FUNCTIONS(CustomerService)

public:
    explicit CustomerService(Workspace& workspace);

    Result<QList<CustomerPartner>> partnersOf(const Session& session) const;

    // C3: whether the signed-in user may accept the customer invitation behind link for their
    // tenant, and what it asks. Writes nothing.
    Result<InvitationPreview> checkAcceptance(const Session& session, const QString& link) const;
    // C3, C4: a Global administrator accepts for the tenant: the customer record when there is
    // none yet, and a relationship with each partner it doesn't have yet. One transaction.
    Result<Customer> accept(const Session& session, const QString& link, bool consent);
    // Field by field ("displayName", "domainPrefix", "userName", "password", "legalName", …).
    QList<Error> validateNewCustomer(const NewCustomer& customer) const;
    // C3 for a customer without a tenant: creates it with its first Global administrator and
    // company profile, then accepts as above, in one transaction. Returns who is signed in.
    Result<Session> acceptAsNewCustomer(const QString& link, const NewCustomer& customer, bool consent);

private:
    // The checks that don't depend on who accepts: a Pending customer invitation.
    Result<InvitationPreview> customerInvitation(const QString& link) const;
    // For the tenant of session: refused for the program, and for a partner inviting itself.
    Status checkTenant(const Session& session, const InvitationPreview& invitation) const;
    Result<Customer> connect(const Session& session, const InvitationPreview& invitation,
                             const std::optional<LegalBusinessProfile>& company);
    Workspace& m_workspace;
};
