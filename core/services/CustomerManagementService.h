#pragma once

// What a reseller with delegated administration does for a customer (C4): edits its company
// profile and manages the users of its tenant. Only a partner serving the customer sees it at all
// (V1); only the reseller whose relationship includes delegated administration changes anything,
// and only as far as the caller's roles allow (U2). Every change is one transaction with an audit
// event in the partner's log; passwords never reach the log.

#include "common/Result.h"
#include "domain/Customer.h"
#include "security/Session.h"

#include <QCoreApplication>

class Workspace;

class CustomerManagementService
{
    Q_DECLARE_TR_FUNCTIONS(CustomerManagementService)

public:
    static constexpr int TemporaryPasswordLength = 16;

    explicit CustomerManagementService(Workspace& workspace);

    // What the caller may do for the customer; NotFound unless the caller's partner serves it.
    Result<CustomerAccess> access(const Session& session, const QString& customerId) const;
    // The customer's company profile, for any partner serving it.
    Result<Customer> customer(const Session& session, const QString& customerId) const;

    // Problems of a company profile field by field, with the names the partner's legal profile
    // form uses ("legalName" for the company name, "addressLine1", "city", "contactEmail", …);
    // empty when it can be saved. The country is fixed and not checked here.
    QList<Error> validateProfile(const LegalBusinessProfile& company) const;
    // Saves the company name, address and contact. The country is fixed when the tenant is
    // created: a different one is refused, an empty one keeps it.
    Status updateProfile(const Session& session, const QString& customerId, const LegalBusinessProfile& company);

    // Problems of a new user field by field ("displayName", "userName"); a taken name is the
    // service's to find.
    static QList<Error> validateUser(const NewCustomerUser& user);

    // The users of the customer's tenant, by display name.
    Result<QList<CustomerUser>> users(const Session& session, const QString& customerId) const;
    // Creates userName@<customer's primary domain> with a generated temporary password, returned
    // here once; only its hash is stored. Only an Admin agent creates a Global administrator (S1).
    Result<TemporaryPassword> addUser(const Session& session, const QString& customerId, const NewCustomerUser& user);
    // Renames the user and sets their directory role; the last enabled Global administrator
    // can't be demoted. Only an Admin agent promotes, renames or demotes a Global administrator (S1).
    Status updateUser(const Session& session, const QString& customerId, const QString& userId,
                      const QString& displayName, DirectoryRole role);
    // A disabled user can't sign in. Disabling unassigns nothing: the user's licenses stay
    // assigned (and counted) until someone unassigns them. The last enabled Global administrator
    // can't be disabled. Only an Admin agent disables or enables a Global administrator (S1).
    Status setUserEnabled(const Session& session, const QString& customerId, const QString& userId, bool enabled);
    // Replaces the user's password with a generated temporary one, returned here once, and clears
    // failed sign-ins and any lock. Only an Admin agent resets a Global administrator's password,
    // and the audit event names the role (S1).
    Result<QString> resetPassword(const Session& session, const QString& customerId, const QString& userId);

    // TemporaryPasswordLength characters from QRandomGenerator::system(), without look-alikes
    // (0/O, 1/l/I), holding lower- and upper-case letters, digits and symbols.
    static QString generatePassword();

private:
    // The caller reloaded, the customer, and what the caller may do for it.
    struct Served
    {
        Session actor;
        Customer customer;
        CustomerAccess access;
    };
    // V1: the caller's partner has an Active relationship with the customer, else NotFound.
    Result<Served> served(const Session& session, const QString& customerId) const;
    // served() and then C4 and U2 for action: delegated administration and the caller's roles.
    Result<Served> managed(const Session& session, const QString& customerId, Action action) const;
    // The user userId of the customer's tenant; NotFound for anyone else's.
    Result<CustomerUser> customerUser(const Served& served, const QString& userId) const;
    // S1: refuses, naming field, when user is a Global administrator and the caller may not manage
    // administrators (an Admin agent may).
    Status requireAdministratorRights(const Served& served, const CustomerUser& user, const QString& field = {}) const;
    // S1: refuses giving role to a user when it is Global administrator and the caller may not.
    Status requireAdministratorRights(const Served& served, DirectoryRole role) const;
    // Refuses when user is an enabled Global administrator and no other enabled user is one.
    Status requireAnotherGlobalAdministrator(const Served& served, const CustomerUser& user) const;

    Workspace& m_workspace;
};
