#include "LicenseService.h"

#include "services/Workspace.h"
#include "storage/CommerceStore.h"
#include "storage/CustomerStore.h"
#include "storage/DirectoryStore.h"

#include <QJsonObject>

LicenseService::LicenseService(Workspace& workspace)
    : m_workspace(workspace)
{
}

Result<LicenseService::Visible> LicenseService::visible(const Session& session, const QString& subscriptionId) const
{
    const auto acting = m_workspace.actFor(session);
    const Error notFound(ErrorCode::NotFound,
                         tr("This subscription isn't one of a customer %1 serves. Choose one from the customer's "
                            "subscriptions.")
                             .arg(session.partner->legal.legalName),
                         QStringLiteral("subscription"));
    const QSqlDatabase db = m_workspace.db();
    auto subscription = CommerceStore::subscriptionById(db, subscriptionId);
    if (!subscription) {
        return subscription.error();
    }
    if (!subscription.value()) {
        return notFound;
    }
    auto relationship = CommerceStore::delegatedAdmin(db, subscription.value()->customerId, session.partner->id);
    if (!relationship) {
        return relationship.error();
    }
    if (!relationship.value()) {
        return notFound;
    }
    auto customer = CustomerStore::customerById(db, subscription.value()->customerId);
    if (!customer) {
        return customer.error();
    }
    if (!customer.value()) {
        return notFound;
    }
    return Visible{session, *customer.value(), *subscription.value(), *relationship.value()};
}

Result<LicenseService::Visible> LicenseService::managed(const Session& stale, const QString& subscriptionId) const
{
    const auto acting = m_workspace.actFor(stale);
    auto session = m_workspace.authorize(stale, Action::ManageCustomerUsersAndLicenses);
    if (!session) {
        return session.error();
    }
    auto found = visible(session.value(), subscriptionId);
    if (!found) {
        return found.error();
    }
    if (!found->delegatedAdmin) {
        return Error(ErrorCode::PermissionDenied,
                     tr("%1 has no administrator access to the tenant of %2, so it can't manage its licenses. Ask "
                        "the customer's reseller, which has delegated admin.")
                         .arg(session->partner->legal.legalName, found->customer.company.legalName));
    }
    return found;
}

Result<TenantUser> LicenseService::customerUser(const Customer& customer, const QString& userId) const
{
    auto user = DirectoryStore::userById(m_workspace.db(), userId);
    if (!user) {
        return user.error();
    }
    if (!user.value() || user.value()->tenantId != customer.tenantId) {
        return Error(
            ErrorCode::NotFound,
            tr("This user isn't in the tenant of %1. Choose one of its users.").arg(customer.company.legalName),
            QStringLiteral("user"));
    }
    return *user.value();
}

Result<QList<LicenseAssignment>> LicenseService::assignments(const Session& stale, const QString& subscriptionId) const
{
    const auto acting = m_workspace.actFor(stale);
    auto session = m_workspace.authorize(stale, Action::ViewCustomers);
    if (!session) {
        return session.error();
    }
    auto found = visible(session.value(), subscriptionId);
    if (!found) {
        return found.error();
    }
    return CommerceStore::assignments(m_workspace.db(), subscriptionId);
}

Status LicenseService::assign(const Session& stale, const QString& subscriptionId, const QString& userId)
{
    const auto acting = m_workspace.actFor(stale);
    return m_workspace.inTransaction([&]() -> Status {
        auto found = managed(stale, subscriptionId);
        if (!found) {
            return found.error();
        }
        const Subscription& s = found->subscription;
        if (s.billingType != BillingType::License) {
            return Error(ErrorCode::InvalidInput,
                         tr("%1 is billed by usage: it has no licenses to assign.").arg(s.offerName),
                         QStringLiteral("subscription"));
        }
        if (s.status == SubscriptionStatus::Cancelled) {
            return Error(ErrorCode::InvalidState,
                         tr("%1 is cancelled: its licenses can't be assigned. Ask your provider for a new "
                            "subscription.")
                             .arg(s.offerName),
                         QStringLiteral("subscription"));
        }
        if (s.status != SubscriptionStatus::Active) {
            return Error(ErrorCode::InvalidState,
                         tr("%1 is %2: its licenses can be assigned once it is Active again.")
                             .arg(s.offerName, Enums::displayName(s.status).toLower()),
                         QStringLiteral("subscription"));
        }
        auto user = customerUser(found->customer, userId);
        if (!user) {
            return user.error();
        }
        if (!user->enabled) {
            return Error(ErrorCode::InvalidState,
                         tr("%1 is disabled and can't sign in. Enable the user before assigning a license.")
                             .arg(user->displayName),
                         QStringLiteral("user"));
        }
        const QSqlDatabase db = m_workspace.db();
        auto assigned = CommerceStore::isAssigned(db, s.id, user->id);
        if (!assigned) {
            return assigned.error();
        }
        if (assigned.value()) {
            return Error(ErrorCode::Conflict, tr("%1 already has a license of %2.").arg(user->displayName, s.offerName),
                         QStringLiteral("user"));
        }
        auto count = CommerceStore::assignedCount(db, s.id);
        if (!count) {
            return count.error();
        }
        // C6
        if (count.value() >= s.quantity) {
            return Error(ErrorCode::InvalidState,
                         tr("All %n licenses of %1 are assigned. Ask your provider for more licenses, or unassign "
                            "one first.",
                            nullptr, s.quantity)
                             .arg(s.offerName),
                         QStringLiteral("subscription"));
        }
        Status inserted = CommerceStore::insertAssignment(db, s.id, user->id, m_workspace.now());
        if (!inserted) {
            return inserted;
        }
        return m_workspace.audit(&found->session, QStringLiteral("license.assigned"), QStringLiteral("Subscription"),
                                 s.id,
                                 {{QStringLiteral("customer"), found->customer.company.legalName},
                                  {QStringLiteral("offer"), s.offerName},
                                  {QStringLiteral("userId"), user->id},
                                  {QStringLiteral("upn"), user->upn},
                                  {QStringLiteral("assigned"), count.value() + 1},
                                  {QStringLiteral("quantity"), s.quantity}});
    });
}

Status LicenseService::unassign(const Session& stale, const QString& subscriptionId, const QString& userId)
{
    const auto acting = m_workspace.actFor(stale);
    return m_workspace.inTransaction([&]() -> Status {
        auto found = managed(stale, subscriptionId);
        if (!found) {
            return found.error();
        }
        const Subscription& s = found->subscription;
        auto user = customerUser(found->customer, userId);
        if (!user) {
            return user.error();
        }
        const QSqlDatabase db = m_workspace.db();
        auto assigned = CommerceStore::isAssigned(db, s.id, user->id);
        if (!assigned) {
            return assigned.error();
        }
        if (!assigned.value()) {
            return Error(
                ErrorCode::NotFound,
                tr("%1 has no license of %2. Choose a user who holds one.").arg(user->displayName, s.offerName),
                QStringLiteral("user"));
        }
        Status deleted = CommerceStore::deleteAssignment(db, s.id, user->id);
        if (!deleted) {
            return deleted;
        }
        return m_workspace.audit(&found->session, QStringLiteral("license.unassigned"), QStringLiteral("Subscription"),
                                 s.id,
                                 {{QStringLiteral("customer"), found->customer.company.legalName},
                                  {QStringLiteral("offer"), s.offerName},
                                  {QStringLiteral("userId"), user->id},
                                  {QStringLiteral("upn"), user->upn}});
    });
}
