#pragma once

// SQL for customers and their reseller relationships.

#include "common/Result.h"
#include "domain/Customer.h"

#include <QSqlDatabase>

class CustomerStore
{
public:
    // What customer search reads (SearchText): the company name's words and the domain prefix.
    static QString searchKey(const QString& companyName, const QString& primaryDomain);
    // Fills in the primary domain from the tenant when the customer doesn't carry it.
    static Status insertCustomer(const QSqlDatabase& db, const Customer& customer);
    static Status insertRelationship(const QSqlDatabase& db, const QString& id, const QString& customerId,
                                     const QString& partnerAccountId, bool delegatedAdmin, const QDateTime& since);
    // The partners with an Active relationship to the customer of a tenant, by name.
    static Result<QList<CustomerPartner>> partnersOfTenant(const QSqlDatabase& db, const QString& tenantId);
    static Result<std::optional<Customer>> customerOfTenant(const QSqlDatabase& db, const QString& tenantId);
    static Result<bool> hasActiveRelationship(const QSqlDatabase& db, const QString& customerId,
                                              const QString& partnerAccountId);
    // C7: the customers with an Active relationship to both partners, by name.
    static Result<QList<SharedCustomer>> sharedCustomers(const QSqlDatabase& db, const QString& resellerAccountId,
                                                         const QString& providerAccountId);
    static Result<int> activeCustomerCount(const QSqlDatabase& db, const QString& partnerAccountId);
};
