#pragma once

// SQL for customers and their reseller relationships.

#include "common/Result.h"
#include "domain/Customer.h"

#include <QSqlDatabase>
#include <QVariantMap>

class CustomerStore
{
public:
    // How customers sort and are searched (SearchText, ARCHITECTURE §9): the name key is every
    // word of the company name, so a name's first word is found by a range of the name index; the
    // search key holds the words after the first, which the full-text index reads.
    static QString nameKey(const QString& companyName);
    static QString searchKey(const QString& companyName);
    // Fills in the primary domain from the tenant when the customer doesn't carry it.
    static Status insertCustomer(const QSqlDatabase& db, const Customer& customer);
    // The columns of customer's row and their values, but its domain (which insertCustomer takes
    // from its primary domain or its tenant).
    static QVariantMap columnsOf(const Customer& customer);
    static Status insertRelationship(const QSqlDatabase& db, const QString& id, const QString& customerId,
                                     const QString& partnerAccountId, bool delegatedAdmin, const QDateTime& since);
    // The partners with an Active relationship to the customer of a tenant, by name.
    static Result<QList<CustomerPartner>> partnersOfTenant(const QSqlDatabase& db, const QString& tenantId);
    static Result<std::optional<Customer>> customerOfTenant(const QSqlDatabase& db, const QString& tenantId);
    static Result<bool> hasActiveRelationship(const QSqlDatabase& db, const QString& customerId,
                                              const QString& partnerAccountId);
    // S4: whether the partner has an Active relationship with the customer that is the tenant of
    // the other partner account.
    static Result<bool> servesTenantOf(const QSqlDatabase& db, const QString& partnerAccountId,
                                       const QString& otherPartnerAccountId);
    // C7: the customers with an Active relationship to both partners, by name.
    static Result<QList<SharedCustomer>> sharedCustomers(const QSqlDatabase& db, const QString& resellerAccountId,
                                                         const QString& providerAccountId);
    static Result<int> activeCustomerCount(const QSqlDatabase& db, const QString& partnerAccountId);
    // S3, P6: the provider's Active relationships with the customers it reached through the
    // reseller (customers the reseller serves, or that accepted the reseller's invitation naming the
    // provider) end at at, except for customers another reseller serves that has an Active indirect
    // relationship with the provider. Returns how many ended; the rows stay as history.
    static Result<int> endProviderCustomersThroughReseller(const QSqlDatabase& db, const QString& providerAccountId,
                                                           const QString& resellerAccountId, const QDateTime& at);

    // Customer management
    static Result<std::optional<Customer>> customerById(const QSqlDatabase& db, const QString& id);
    // Whether the partner's Active relationship with the customer includes delegated
    // administration; empty when the partner has no Active relationship with it (V1).
    static Result<std::optional<bool>> activeDelegatedAdmin(const QSqlDatabase& db, const QString& customerId,
                                                            const QString& partnerAccountId);
    // Writes the company name (with name_key and search_key), address and contact; the country,
    // domain and tenant stay as they are.
    static Status updateProfile(const QSqlDatabase& db, const Customer& customer);
    // The users of a customer's tenant with their license counts, by display name.
    static Result<QList<CustomerUser>> customerUsers(const QSqlDatabase& db, const QString& tenantId);
    static Result<std::optional<CustomerUser>> customerUser(const QSqlDatabase& db, const QString& tenantId,
                                                            const QString& userId);
};
