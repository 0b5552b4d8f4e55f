#include "UserService.h"

#include "domain/Validators.h"
#include "services/Workspace.h"
#include "storage/DirectoryStore.h"
#include "storage/PartnerStore.h"
#include "storage/UserStore.h"

#include <QJsonArray>
#include <QJsonObject>

namespace {

QJsonArray roleKeys(const QList<PartnerRole>& roles)
{
    QJsonArray keys;
    for (PartnerRole role : roles) {
        keys.append(Enums::key(role));
    }
    return keys;
}

const QString SubjectType = QStringLiteral("TenantUser");

} // namespace

UserService::UserService(Workspace& workspace)
    : m_workspace(workspace)
{
}

QList<Error> UserService::validate(const NewUser& user, const QList<PartnerRole>& roles)
{
    QList<Error> errors;
    collectError(errors, Validators::required(user.displayName, tr("the user's name")), QStringLiteral("displayName"));
    collectError(errors, Validators::userNameLocalPart(user.userName), QStringLiteral("userName"));
    collectError(errors, Validators::password(user.password), QStringLiteral("password"));
    collectError(errors, validateRoles(roles), QStringLiteral("roles"));
    return errors;
}

Status UserService::validateRoles(const QList<PartnerRole>& roles)
{
    if (roles.isEmpty()) {
        return Error(ErrorCode::InvalidInput, tr("Choose at least one role."), QStringLiteral("roles"));
    }
    return {};
}

Result<QList<PartnerUser>> UserService::users(const Session& session) const
{
    const auto acting = m_workspace.actFor(session);
    auto actor = m_workspace.authorize(session, Action::ViewAccountSettings);
    if (!actor) {
        return actor.error();
    }
    return UserStore::partnerUsers(m_workspace.db(), actor->tenant.id, actor->partner->id);
}

Result<PartnerUser> UserService::partnerUser(const Session& actor, const QString& userId) const
{
    const auto acting = m_workspace.actFor(actor);
    auto users = UserStore::partnerUsers(m_workspace.db(), actor.tenant.id, actor.partner->id);
    if (!users) {
        return users.error();
    }
    for (const PartnerUser& user : users.value()) {
        if (user.user.id == userId) {
            return user;
        }
    }
    // A user of another tenant is answered exactly like one that doesn't exist (V1).
    return Error(ErrorCode::NotFound,
                 tr("The user was not found in %1; they may have been removed. Reload the list and try again.")
                     .arg(actor.tenant.displayName));
}

Status UserService::requireAnotherAdminAgent(const Session& actor, const PartnerUser& user) const
{
    const auto acting = m_workspace.actFor(actor);
    if (!user.hasRole(PartnerRole::AdminAgent) || !user.user.enabled) {
        return {};
    }
    auto others = UserStore::adminAgentCount(m_workspace.db(), actor.partner->id, user.user.id);
    if (!others) {
        return others.error();
    }
    if (others.value() == 0) {
        return Error(ErrorCode::InvalidState,
                     tr("%1 is the last Admin agent of %2. The last Admin agent can't be removed or demoted: make "
                        "another user an Admin agent first.")
                         .arg(user.user.displayName, actor.partner->legal.legalName));
    }
    return {};
}

Result<PartnerUser> UserService::addUser(const Session& session, const NewUser& input,
                                         const QList<PartnerRole>& inputRoles)
{
    const auto acting = m_workspace.actFor(session);
    // Check who asks and what they typed before hashing, and hash before the transaction: Argon2id
    // takes a tenth of a second and the write lock would be held meanwhile. Both checks run again
    // inside the transaction.
    auto caller = m_workspace.authorize(session, Action::ManageUsers);
    if (!caller) {
        return caller.error();
    }
    const QList<Error> errors = validate(input, inputRoles);
    if (!errors.isEmpty()) {
        return errors.first();
    }
    const StoredPassword password = m_workspace.newPassword(input.password);
    const QList<PartnerRole> roles = Enums::inDeclarationOrder(inputRoles);

    return m_workspace.inTransaction([&]() -> Result<PartnerUser> {
        auto actor = m_workspace.authorize(session, Action::ManageUsers);
        if (!actor) {
            return actor.error();
        }
        const QSqlDatabase db = m_workspace.db();
        PartnerUser added;
        added.user.id = Workspace::newId();
        added.user.tenantId = actor->tenant.id;
        added.user.upn = Tenant::upnFor(input.userName, actor->tenant.defaultDomain());
        added.user.displayName = input.displayName.simplified();
        added.user.directoryRole = DirectoryRole::User;
        added.user.enabled = true;
        added.roles = roles;
        auto existing = DirectoryStore::userByUpn(db, added.user.upn);
        if (!existing) {
            return existing.error();
        }
        if (existing->has_value()) {
            return Error(ErrorCode::Conflict, tr("%1 is already taken. Choose another user name.").arg(added.user.upn),
                         QStringLiteral("userName"));
        }
        Status stored = DirectoryStore::insertUser(db, added.user, password, m_workspace.now());
        if (stored) {
            stored = UserStore::replaceRoles(db, actor->partner->id, added.user.id, roles);
        }
        if (stored) {
            stored = m_workspace.audit(&actor.value(), QStringLiteral("user.added"), SubjectType, added.user.id,
                                       {{QStringLiteral("upn"), added.user.upn},
                                        {QStringLiteral("displayName"), added.user.displayName},
                                        {QStringLiteral("roles"), roleKeys(roles)}});
        }
        if (!stored) {
            return stored.error();
        }
        return added;
    });
}

Result<PartnerUser> UserService::changeRoles(const Session& session, const QString& userId,
                                             const QList<PartnerRole>& inputRoles)
{
    const auto acting = m_workspace.actFor(session);
    return m_workspace.inTransaction([&]() -> Result<PartnerUser> {
        auto actor = m_workspace.authorize(session, Action::ManageUsers);
        if (!actor) {
            return actor.error();
        }
        auto found = partnerUser(actor.value(), userId);
        if (!found) {
            return found.error();
        }
        Status valid = validateRoles(inputRoles);
        if (!valid) {
            return valid.error();
        }
        const PartnerUser before = found.value();
        const QList<PartnerRole> roles = Enums::inDeclarationOrder(inputRoles);
        if (roles == before.roles && before.user.enabled) {
            return before;
        }
        if (!roles.contains(PartnerRole::AdminAgent)) {
            Status allowed = requireAnotherAdminAgent(actor.value(), before);
            if (!allowed) {
                return allowed.about(QStringLiteral("roles"));
            }
        }
        const QSqlDatabase db = m_workspace.db();
        Status stored = UserStore::replaceRoles(db, actor->partner->id, userId, roles);
        QJsonObject details{
            {QStringLiteral("upn"), before.user.upn},
            {QStringLiteral("roles"),
             QJsonObject{{QStringLiteral("from"), roleKeys(before.roles)}, {QStringLiteral("to"), roleKeys(roles)}}}};
        if (stored && !before.user.enabled) {
            // Roles given back to a removed user let them sign in again.
            stored = UserStore::setEnabled(db, actor->tenant.id, userId, true);
            details.insert(QStringLiteral("enabled"), true);
        }
        if (stored) {
            stored
                = m_workspace.audit(&actor.value(), QStringLiteral("user.rolesChanged"), SubjectType, userId, details);
        }
        if (!stored) {
            return stored.error();
        }
        PartnerUser after = before;
        after.roles = roles;
        after.user.enabled = true;
        return after;
    });
}

Status UserService::removeUser(const Session& session, const QString& userId)
{
    const auto acting = m_workspace.actFor(session);
    return m_workspace.inTransaction([&]() -> Status {
        auto actor = m_workspace.authorize(session, Action::ManageUsers);
        if (!actor) {
            return actor.error();
        }
        auto found = partnerUser(actor.value(), userId);
        if (!found) {
            return found.error();
        }
        const PartnerUser& user = found.value();
        if (!user.user.enabled) {
            return Error(ErrorCode::InvalidState, tr("%1 has already been removed.").arg(user.user.displayName));
        }
        Status allowed = requireAnotherAdminAgent(actor.value(), user);
        if (!allowed) {
            return allowed;
        }
        const QSqlDatabase db = m_workspace.db();
        if (user.user.directoryRole == DirectoryRole::GlobalAdministrator) {
            auto others = UserStore::globalAdministratorCount(db, actor->tenant.id, userId);
            if (!others) {
                return others.error();
            }
            if (others.value() == 0) {
                return Error(ErrorCode::InvalidState,
                             tr("%1 is the last Global administrator of %2 and can't be removed: nobody could "
                                "administer the organization's tenant any more.")
                                 .arg(user.user.displayName, actor->tenant.displayName));
            }
        }
        // Audited first: an Admin agent removing themselves is signed out by the step itself.
        Status stored = m_workspace.audit(
            &actor.value(), QStringLiteral("user.removed"), SubjectType, userId,
            {{QStringLiteral("upn"), user.user.upn}, {QStringLiteral("roles"), roleKeys(user.roles)}});
        if (stored) {
            stored = UserStore::remove(db, actor->user.id, actor->partner->id, actor->tenant.id, userId);
        }
        return stored;
    });
}
