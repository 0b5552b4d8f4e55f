#pragma once

// Customers and their reseller relationships: what a customer's Global administrator sees of the
// partners serving the organization (V1: only their own tenant's), and accepting a partner's
// invitation, as an existing tenant or as a new customer that creates its tenant (C3, C4).

#include "common/Result.h"
#include "domain/Customer.h"
#include "domain/CustomerList.h"
#include "domain/Invitation.h"
#include "security/Session.h"

#include <QCoreApplication>
#include <QSqlDatabase>

#include <functional>
#include <memory>

class QIODevice;

class CustomerListProbes;
class Workspace;

class CustomerService
{
    Q_DECLARE_TR_FUNCTIONS(CustomerService)

public:
    explicit CustomerService(Workspace& workspace);

    Result<QList<CustomerPartner>> partnersOf(const Session& session) const;

    // The Customers view (C4, V1): the customers the session's partner serves, a page at a time.
    // after is the last row's CustomerRow::after, empty for the first page.
    Result<QList<CustomerRow>> customerPage(const Session& session, const CustomerListQuery& query,
                                            const QVariantList& after = {}, int limit = PageSize) const;
    // How many customers the query finds: exact without a search, up to cap with one.
    Result<CustomerCount> countCustomers(const Session& session, const CustomerListQuery& query,
                                         int cap = SearchCountCap) const;
    // The same count as a read for another connection (a BackgroundReader's, as the same person):
    // the session is checked here, on this thread; the read touches nothing of this thread's.
    using CountRead = std::function<Result<CustomerCount>(const QSqlDatabase& db)>;
    Result<CountRead> countRead(const Session& session, const CustomerListQuery& query, int cap = SearchCountCap) const;
    // Writes the query's customers as CSV: Partner Center's columns (Microsoft ID, Company name,
    // Primary domain, Relationship) and then ours, in English like Partner Center's export.
    // progress gets the rows written so far (the last few may still be on their way to out) and
    // returns false to stop; stopping is an error.
    Status exportCsv(const Session& session, const CustomerListQuery& query, QIODevice& out,
                     const std::function<bool(qint64 written)>& progress = {}) const;
    // The same export as a write for another connection (a BackgroundReader's), checked here.
    using ExportWrite = std::function<Status(const QSqlDatabase& db, QIODevice& out,
                                             const std::function<bool(qint64 written)>& progress)>;
    Result<ExportWrite> exportWrite(const Session& session, const CustomerListQuery& query) const;
    // What the viewer's relationship with a customer is called, in the interface language.
    static QString relationshipName(PartnerType viewer, bool delegatedAdmin);

    static constexpr int PageSize = 100;
    static constexpr int SearchCountCap = 1000;

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
    // C3, C4: the customer of session's tenant (made from company, or the tenant, when it is none
    // yet) and the partners the invitation of link names; messages to those that began serving it.
    Result<Customer> connect(const Session& session, const QString& link, const InvitationPreview& invitation,
                             const std::optional<LegalBusinessProfile>& company);
    Workspace& m_workspace;
    // Shared with the counts on readers' threads, which may outlive a call.
    std::shared_ptr<CustomerListProbes> m_probes;
};
