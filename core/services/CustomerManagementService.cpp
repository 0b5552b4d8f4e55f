#include "CustomerManagementService.h"

#include "domain/Validators.h"
#include "services/AccountService.h"
#include "services/Workspace.h"
#include "storage/CustomerStore.h"
#include "storage/DirectoryStore.h"
#include "storage/UserStore.h"

#include <QJsonObject>
#include <QRandomGenerator>

#include <algorithm>

namespace {

const QString CustomerSubject = QStringLiteral("Customer");
const QString UserSubject = QStringLiteral("TenantUser");

void recordChange(QJsonObject& changes, const QString& field, const QString& before, const QString& after)
{
    if (before != after) {
        changes.insert(field, QJsonObject{{QStringLiteral("from"), before}, {QStringLiteral("to"), after}});
    }
}

QJsonObject userDetails(const QString& customerId, const CustomerUser& user)
{
    return {{QStringLiteral("customer"), customerId}, {QStringLiteral("upn"), user.upn}};
}

} // namespace

CustomerManagementService::CustomerManagementService(Workspace& workspace)
    : m_workspace(workspace)
{
}

QString CustomerManagementService::generatePassword()
{
    // No 0/O/o, 1/l/I or symbols that are hard to tell apart or to type on other keyboards.
    static const QString lower = QStringLiteral("abcdefghijkmnpqrstuvwxyz");
    static const QString upper = QStringLiteral("ABCDEFGHJKLMNPQRSTUVWXYZ");
    static const QString digits = QStringLiteral("23456789");
    static const QString symbols = QStringLiteral("!#$%&*+-=?@");
    static const QString all = lower + upper + digits + symbols;
    QRandomGenerator* random = QRandomGenerator::system();
    const auto holds = [](const QString& password, const QString& set) {
        return std::any_of(password.cbegin(), password.cend(), [&](QChar c) { return set.contains(c); });
    };
    // Drawn uniformly and drawn again in the rare case a kind of character is missing.
    QString password;
    do {
        password.clear();
        for (int i = 0; i < TemporaryPasswordLength; ++i) {
            password += all.at(int(random->bounded(quint32(all.size()))));
        }
    } while (!holds(password, lower) || !holds(password, upper) || !holds(password, digits)
             || !holds(password, symbols));
    return password;
}

Result<CustomerManagementService::Served> CustomerManagementService::served(const Session& session,
                                                                            const QString& customerId) const
{
    const auto acting = m_workspace.actFor(session);
    auto actor = m_workspace.authorize(session, Action::ViewCustomers);
    if (!actor) {
        return actor.error();
    }
    const QSqlDatabase db = m_workspace.db();
    // A customer of another partner is answered exactly like one that doesn't exist (V1).
    const Error notServed(ErrorCode::NotFound,
                          tr("This organization isn't one of your customers. It may have ended its relationship "
                             "with %1; reload the customer list.")
                              .arg(actor->partner->legal.legalName));
    auto delegated = CustomerStore::activeDelegatedAdmin(db, customerId, actor->partner->id);
    if (!delegated) {
        return delegated.error();
    }
    if (!delegated.value()) {
        return notServed;
    }
    auto customer = CustomerStore::customerById(db, customerId);
    if (!customer) {
        return customer.error();
    }
    if (!customer.value()) {
        return notServed;
    }
    Served result{actor.value(), *customer.value(), {}};
    CustomerAccess& access = result.access;
    access.customerId = customerId;
    access.delegatedAdmin = *delegated.value();
    if (!access.delegatedAdmin) {
        access.reason = tr("Only the reseller of %1 with administration rights manages its account and users. Ask "
                           "that reseller to make the change.")
                            .arg(result.customer.company.legalName);
        return result;
    }
    const Status account = result.actor.require(Action::ManageCustomerAccount);
    const Status users = result.actor.require(Action::ManageCustomerUsersAndLicenses);
    access.canEditAccount = account.ok();
    access.canManageUsers = users.ok();
    // S1: a Helpdesk agent resets ordinary users' passwords; only an Admin agent hands over the
    // tenant through one of its Global administrators.
    access.canManageAdministrators = users.ok() && result.actor.can(Action::ManageCustomerAdministrators);
    if (access.canManageUsers && !access.canManageAdministrators) {
        access.administratorsReason
            = tr("Only an Admin agent of %1 creates, changes, disables or enables a Global administrator of %2 or "
                 "resets their password.")
                  .arg(result.actor.partner->legal.legalName, result.customer.company.legalName);
    }
    QStringList reasons;
    for (const Status& status : {account, users}) {
        if (!status) {
            reasons << status.errorString();
        }
    }
    access.reason = reasons.join(QLatin1Char(' '));
    return result;
}

Result<CustomerManagementService::Served>
CustomerManagementService::managed(const Session& session, const QString& customerId, Action action) const
{
    auto found = served(session, customerId);
    if (!found) {
        return found.error();
    }
    if (!found->access.delegatedAdmin) {
        return Error(ErrorCode::PermissionDenied,
                     action == Action::ManageCustomerAccount
                         ? tr("Only the reseller of %1 with administration rights manages its account. Ask that "
                              "reseller to make the change.")
                               .arg(found->customer.company.legalName)
                         : tr("Only the reseller of %1 with administration rights manages its users. Ask that "
                              "reseller to make the change.")
                               .arg(found->customer.company.legalName));
    }
    Status allowed = found->actor.require(action);
    if (!allowed) {
        return allowed.error();
    }
    return found;
}

Result<CustomerAccess> CustomerManagementService::access(const Session& session, const QString& customerId) const
{
    const auto acting = m_workspace.actFor(session);
    auto found = served(session, customerId);
    if (!found) {
        return found.error();
    }
    return found->access;
}

Result<Customer> CustomerManagementService::customer(const Session& session, const QString& customerId) const
{
    const auto acting = m_workspace.actFor(session);
    auto found = served(session, customerId);
    if (!found) {
        return found.error();
    }
    return found->customer;
}

QList<Error> CustomerManagementService::validateProfile(const LegalBusinessProfile& company) const
{
    // The checks of a partner's legal business profile, shared with a new customer's
    // (CustomerService::validateNewCustomer), but the country's, which is fixed.
    QList<Error> errors;
    for (const Error& error : AccountService::validate(company)) {
        if (error.field() != QLatin1String("country")) {
            errors << error;
        }
    }
    return errors;
}

Status CustomerManagementService::updateProfile(const Session& session, const QString& customerId,
                                                const LegalBusinessProfile& input)
{
    const auto acting = m_workspace.actFor(session);
    return m_workspace.inTransaction([&]() -> Status {
        auto found = managed(session, customerId, Action::ManageCustomerAccount);
        if (!found) {
            return found.error();
        }
        const Customer& before = found->customer;
        const QString country = input.address.country.trimmed();
        if (!country.isEmpty() && country != before.company.address.country) {
            return Error(ErrorCode::InvalidInput,
                         tr("The country/region of a customer is fixed when its tenant is created and can't be "
                            "changed."),
                         QStringLiteral("country"));
        }
        // Validate what was typed, as the GUI does; then store the normalized form.
        const QList<Error> errors = validateProfile(input);
        if (!errors.isEmpty()) {
            return errors.constFirst();
        }
        LegalBusinessProfile company = input;
        company.address.country = before.company.address.country;
        // Messages go to partners, not to a customer's contact: its language isn't kept.
        company.contactLanguage = before.company.contactLanguage;
        company = AccountService::normalized(company);
        if (company == before.company) {
            return {};
        }
        Customer after = before;
        after.company = company;
        const QJsonObject changes = AccountService::changes(before.company, company, QStringLiteral("companyName"));
        Status stored = CustomerStore::updateProfile(m_workspace.db(), after);
        if (stored) {
            stored = m_workspace.audit(&found->actor, QStringLiteral("customer.profileUpdated"), CustomerSubject,
                                       customerId, changes);
        }
        return stored;
    });
}

QList<Error> CustomerManagementService::validateUser(const NewCustomerUser& user)
{
    QList<Error> errors;
    collectError(errors, Validators::required(user.displayName, tr("the user's name")), QStringLiteral("displayName"));
    collectError(errors, Validators::userNameLocalPart(user.userName), QStringLiteral("userName"));
    return errors;
}

Result<CustomerUser> CustomerManagementService::customerUser(const Served& found, const QString& userId) const
{
    auto user = CustomerStore::customerUser(m_workspace.db(), found.customer.tenantId, userId);
    if (!user) {
        return user.error();
    }
    if (!user.value()) {
        // A user of another tenant is answered exactly like one that doesn't exist (V1).
        return Error(ErrorCode::NotFound,
                     tr("The user was not found in %1; they may have been removed. Reload the list and try again.")
                         .arg(found.customer.company.legalName));
    }
    return *user.value();
}

Status CustomerManagementService::requireAnotherGlobalAdministrator(const Served& found, const CustomerUser& user) const
{
    if (user.role != DirectoryRole::GlobalAdministrator || !user.enabled) {
        return {};
    }
    auto others = UserStore::globalAdministratorCount(m_workspace.db(), found.customer.tenantId, user.id);
    if (!others) {
        return others.error();
    }
    if (others.value() == 0) {
        return Error(ErrorCode::InvalidState,
                     tr("%1 is the last Global administrator of %2 and must stay one: nobody could administer the "
                        "customer's tenant otherwise. Make another user a Global administrator first.")
                         .arg(user.displayName, found.customer.company.legalName));
    }
    return {};
}

Status CustomerManagementService::requireAdministratorRights(const Served& found, const CustomerUser& user,
                                                             const QString& field) const
{
    if (user.role != DirectoryRole::GlobalAdministrator || found.access.canManageAdministrators) {
        return {};
    }
    return Error(ErrorCode::PermissionDenied,
                 tr("%1 is a Global administrator of %2: only an Admin agent of %3 can change, disable or enable "
                    "them or reset their password.")
                     .arg(user.displayName, found.customer.company.legalName, found.actor.partner->legal.legalName),
                 field);
}

Status CustomerManagementService::requireAdministratorRights(const Served& found, DirectoryRole role) const
{
    if (role != DirectoryRole::GlobalAdministrator || found.access.canManageAdministrators) {
        return {};
    }
    return Error(ErrorCode::PermissionDenied,
                 tr("Only an Admin agent of %1 can make a user a Global administrator of %2, who controls its whole "
                    "tenant. Choose the User role, or ask an Admin agent.")
                     .arg(found.actor.partner->legal.legalName, found.customer.company.legalName),
                 QStringLiteral("role"));
}

Result<QList<CustomerUser>> CustomerManagementService::users(const Session& session, const QString& customerId) const
{
    const auto acting = m_workspace.actFor(session);
    auto found = managed(session, customerId, Action::ManageCustomerUsersAndLicenses);
    if (!found) {
        return found.error();
    }
    return CustomerStore::customerUsers(m_workspace.db(), found->customer.tenantId);
}

Result<TemporaryPassword> CustomerManagementService::addUser(const Session& session, const QString& customerId,
                                                             const NewCustomerUser& input)
{
    const auto acting = m_workspace.actFor(session);
    // Check who asks and what they typed before hashing, and hash before the transaction: Argon2id
    // takes a tenth of a second and the write lock would be held meanwhile. Both checks run again
    // inside the transaction.
    auto caller = managed(session, customerId, Action::ManageCustomerUsersAndLicenses);
    if (!caller) {
        return caller.error();
    }
    Status allowed = requireAdministratorRights(caller.value(), input.role);
    if (!allowed) {
        return allowed.error();
    }
    const QList<Error> errors = validateUser(input);
    if (!errors.isEmpty()) {
        return errors.constFirst();
    }
    const QString password = generatePassword();
    const StoredPassword temporary = m_workspace.newPassword(password);

    return m_workspace.inTransaction([&]() -> Result<TemporaryPassword> {
        auto found = managed(session, customerId, Action::ManageCustomerUsersAndLicenses);
        if (!found) {
            return found.error();
        }
        Status stillAllowed = requireAdministratorRights(found.value(), input.role);
        if (!stillAllowed) {
            return stillAllowed.error();
        }
        const QSqlDatabase db = m_workspace.db();
        TenantUser user;
        user.id = Workspace::newId();
        user.tenantId = found->customer.tenantId;
        user.upn = Tenant::upnFor(input.userName, found->customer.primaryDomain);
        user.displayName = input.displayName.simplified();
        user.directoryRole = input.role;
        user.enabled = true;
        auto existing = DirectoryStore::userByUpn(db, user.upn);
        if (!existing) {
            return existing.error();
        }
        if (existing->has_value()) {
            return Error(ErrorCode::Conflict, tr("%1 is already taken. Choose another user name.").arg(user.upn),
                         QStringLiteral("userName"));
        }
        Status stored = DirectoryStore::insertUser(db, user, temporary, m_workspace.now());
        if (!stored) {
            return stored.error();
        }
        auto added = customerUser(found.value(), user.id);
        if (!added) {
            return added.error();
        }
        QJsonObject details = userDetails(customerId, added.value());
        details.insert(QStringLiteral("displayName"), added->displayName);
        details.insert(QStringLiteral("role"), Enums::key(added->role));
        stored = m_workspace.audit(&found->actor, QStringLiteral("customerUser.added"), UserSubject, user.id, details);
        if (!stored) {
            return stored.error();
        }
        return TemporaryPassword{added.value(), password};
    });
}

Status CustomerManagementService::updateUser(const Session& session, const QString& customerId, const QString& userId,
                                             const QString& inputName, DirectoryRole role)
{
    const auto acting = m_workspace.actFor(session);
    return m_workspace.inTransaction([&]() -> Status {
        auto found = managed(session, customerId, Action::ManageCustomerUsersAndLicenses);
        if (!found) {
            return found.error();
        }
        auto user = customerUser(found.value(), userId);
        if (!user) {
            return user.error();
        }
        Status valid = Validators::required(inputName, tr("the user's name"));
        if (!valid) {
            return valid.about(QStringLiteral("displayName"));
        }
        const CustomerUser& before = user.value();
        const QString displayName = inputName.simplified();
        if (displayName == before.displayName && role == before.role) {
            return {};
        }
        // S1: an administrator's name or role, and making one, are an Admin agent's to change.
        const QString field = role != before.role ? QStringLiteral("role") : QStringLiteral("displayName");
        Status allowed = requireAdministratorRights(found.value(), before, field);
        if (allowed) {
            allowed = requireAdministratorRights(found.value(), role);
        }
        if (!allowed) {
            return allowed;
        }
        if (role != DirectoryRole::GlobalAdministrator) {
            Status allowed = requireAnotherGlobalAdministrator(found.value(), before);
            if (!allowed) {
                return allowed.about(QStringLiteral("role"));
            }
        }
        const QSqlDatabase db = m_workspace.db();
        QJsonObject details = userDetails(customerId, before);
        recordChange(details, QStringLiteral("displayName"), before.displayName, displayName);
        recordChange(details, QStringLiteral("role"), Enums::key(before.role), Enums::key(role));
        Status stored = displayName == before.displayName
            ? Status()
            : UserStore::updateDisplayName(db, found->customer.tenantId, userId, displayName);
        if (stored && role != before.role) {
            stored = UserStore::setDirectoryRole(db, found->customer.tenantId, userId, role);
        }
        if (stored) {
            stored = m_workspace.audit(&found->actor, QStringLiteral("customerUser.updated"), UserSubject, userId,
                                       details);
        }
        return stored;
    });
}

Status CustomerManagementService::setUserEnabled(const Session& session, const QString& customerId,
                                                 const QString& userId, bool enabled)
{
    const auto acting = m_workspace.actFor(session);
    return m_workspace.inTransaction([&]() -> Status {
        auto found = managed(session, customerId, Action::ManageCustomerUsersAndLicenses);
        if (!found) {
            return found.error();
        }
        auto user = customerUser(found.value(), userId);
        if (!user) {
            return user.error();
        }
        if (user->enabled == enabled) {
            return {};
        }
        Status administrator = requireAdministratorRights(found.value(), user.value());
        if (!administrator) {
            return administrator;
        }
        if (!enabled) {
            Status allowed = requireAnotherGlobalAdministrator(found.value(), user.value());
            if (!allowed) {
                return allowed;
            }
        }
        Status stored = UserStore::setEnabled(m_workspace.db(), found->customer.tenantId, userId, enabled);
        if (stored) {
            QJsonObject details = userDetails(customerId, user.value());
            if (!enabled) {
                // Disabling unassigns nothing; the log says what stays assigned.
                details.insert(QStringLiteral("licensesKept"), user->licenseCount);
            }
            stored = m_workspace.audit(&found->actor,
                                       enabled ? QStringLiteral("customerUser.enabled")
                                               : QStringLiteral("customerUser.disabled"),
                                       UserSubject, userId, details);
        }
        return stored;
    });
}

Result<QString> CustomerManagementService::resetPassword(const Session& session, const QString& customerId,
                                                         const QString& userId)
{
    const auto acting = m_workspace.actFor(session);
    // As in addUser: refusals first, hashing outside the transaction, the checks again inside.
    auto caller = managed(session, customerId, Action::ManageCustomerUsersAndLicenses);
    if (!caller) {
        return caller.error();
    }
    auto known = customerUser(caller.value(), userId);
    if (!known) {
        return known.error();
    }
    Status allowed = requireAdministratorRights(caller.value(), known.value());
    if (!allowed) {
        return allowed.error();
    }
    const QString password = generatePassword();
    const StoredPassword temporary = m_workspace.newPassword(password);

    return m_workspace.inTransaction([&]() -> Result<QString> {
        auto found = managed(session, customerId, Action::ManageCustomerUsersAndLicenses);
        if (!found) {
            return found.error();
        }
        auto user = customerUser(found.value(), userId);
        if (!user) {
            return user.error();
        }
        Status stillAllowed = requireAdministratorRights(found.value(), user.value());
        if (!stillAllowed) {
            return stillAllowed.error();
        }
        Status stored = UserStore::setPassword(m_workspace.db(), found->actor.user.id, found->customer.tenantId, userId,
                                               temporary);
        if (stored) {
            QJsonObject details = userDetails(customerId, user.value());
            details.insert(QStringLiteral("unlocked"),
                           user->lockedUntil.isValid() && user->lockedUntil > m_workspace.now());
            // S1: a Global administrator's password reset stands out in the log.
            details.insert(QStringLiteral("role"), Enums::key(user->role));
            stored = m_workspace.audit(&found->actor, QStringLiteral("customerUser.passwordReset"), UserSubject, userId,
                                       details);
        }
        if (!stored) {
            return stored.error();
        }
        return password;
    });
}
