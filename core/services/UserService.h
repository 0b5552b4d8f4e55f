#pragma once

// Account settings > User management (seed step 9, rule U1): the users of a partner's tenant with
// their partner roles. Only an Admin agent adds users, changes roles or removes users, and the last
// Admin agent can't be removed or demoted. Every change is one transaction with an audit event.

#include "common/Result.h"
#include "domain/Directory.h"
#include "domain/PartnerUser.h"
#include "security/Session.h"

#include <QCoreApplication>

class Workspace;

class UserService
{
    Q_DECLARE_TR_FUNCTIONS(UserService)

public:
    explicit UserService(Workspace& workspace);

    // Problems of a new user field by field ("displayName", "userName", "password", "roles"), empty
    // when it can be added. The GUI shows these as people type; a taken user name is the service's.
    static QList<Error> validate(const NewUser& user, const QList<PartnerRole>& roles);
    // At least one role (field "roles").
    static Status validateRoles(const QList<PartnerRole>& roles);

    // The users of the caller's tenant with their roles in the caller's partner account, by name.
    // Every partner role may see the list.
    Result<QList<PartnerUser>> users(const Session& session) const;
    // Creates a tenant user userName@<tenant's default domain> (directory role User) holding roles.
    Result<PartnerUser> addUser(const Session& session, const NewUser& user, const QList<PartnerRole>& roles);
    // Replaces the roles of a user of the caller's tenant; a removed user given roles can sign in again.
    Result<PartnerUser> changeRoles(const Session& session, const QString& userId, const QList<PartnerRole>& roles);
    // Takes away every partner role of the user and disables the tenant user, so they can't sign in.
    Status removeUser(const Session& session, const QString& userId);

private:
    // The user userId of the actor's tenant with their roles; NotFound for anyone else's (V1).
    Result<PartnerUser> partnerUser(const Session& actor, const QString& userId) const;
    // U1: refuses when user holds Admin agent and no other enabled user does.
    Status requireAnotherAdminAgent(const Session& actor, const PartnerUser& user) const;

    Workspace& m_workspace;
};
