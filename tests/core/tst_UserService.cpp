// Account settings > User management (rule U1): an Admin agent adds users to the partner's tenant,
// changes their roles and removes them; nobody else may (U2: the matrix decides, core refuses);
// the last Admin agent can't be removed or demoted; only users of the caller's own tenant can be
// touched (V1); a removed user can no longer sign in.

#include "TestSupport.h"
#include "services/UserService.h"
#include "storage/AuditStore.h"
#include "storage/DirectoryStore.h"
#include "storage/PartnerStore.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
const QString NewPassword = u"Avery!2026pass"_s;
}

class TestUserService : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void adminAgentAddsUser_U1();
    void usersListsOwnTenantWithRoles_V1();
    void salesAgentRefused_U1_U2_data();
    void salesAgentRefused_U1_U2();
    void adminAgentChangesRoles_U1();
    void adminAgentChangesOwnRoles_U1();
    void lastAdminAgentKept_U1_data();
    void lastAdminAgentKept_U1();
    void lastGlobalAdministratorNotRemoved_U1();
    void duplicateUserNameRefused_U1_data();
    void duplicateUserNameRefused_U1();
    void invalidNewUserRefused_U1_data();
    void invalidNewUserRefused_U1();
    void otherTenantsUserNotFound_V1_data();
    void otherTenantsUserNotFound_V1();
    void removedUserCannotSignIn_U1();

private:
    QList<PartnerRole> storedRoles(const QString& userId)
    {
        auto roles = PartnerStore::rolesOf(m_tw->db(), m_partner.account.id, userId);
        return roles ? roles.value() : QList<PartnerRole>{};
    }
    bool storedEnabled(const QString& userId)
    {
        auto user = DirectoryStore::userById(m_tw->db(), userId);
        return user && user->has_value() && user->value().enabled;
    }
    int auditCount() { return m_tw->count(u"audit_events"_s); }
    QList<AuditEvent> auditOf(const QString& userId)
    {
        auto events = AuditStore::eventsOfSubject(m_tw->db(), u"TenantUser"_s, userId);
        return events ? events.value() : QList<AuditEvent>{};
    }

    std::unique_ptr<TestWorkspace> m_tw;
    std::unique_ptr<UserService> m_users;
    PartnerFixture m_partner;
    PartnerFixture m_other;
    TenantUser m_salesUser;
    Session m_admin;
    Session m_sales;
};

void TestUserService::init()
{
    m_tw = std::make_unique<TestWorkspace>();
    PD_VERIFY_OK(m_tw->openStatus());
    m_users = std::make_unique<UserService>(m_tw->workspace());
    auto partner = m_tw->createPartner(u"harborlight"_s, PartnerType::IndirectReseller);
    PD_VERIFY_OK(partner);
    m_partner = partner.value();
    auto other = m_tw->createPartner(u"contoso"_s, PartnerType::IndirectReseller);
    PD_VERIFY_OK(other);
    m_other = other.value();

    auto sales = m_tw->addAgent(m_partner, u"jordan"_s, {PartnerRole::SalesAgent});
    PD_VERIFY_OK(sales);
    m_salesUser = sales.value();

    auto admin = m_tw->signIn(m_partner.admin.upn);
    PD_VERIFY_OK(admin);
    m_admin = admin.value();
    auto salesSession = m_tw->signIn(m_salesUser.upn);
    PD_VERIFY_OK(salesSession);
    m_sales = salesSession.value();
    QCOMPARE(auditCount(), 0);
}

void TestUserService::cleanup()
{
    m_users.reset();
    m_tw.reset();
}

void TestUserService::adminAgentAddsUser_U1()
{
    const NewUser input{u"  Avery   Lee "_s, u" Avery.Lee "_s, NewPassword};
    auto added = m_users->addUser(m_admin, input, {PartnerRole::HelpdeskAgent, PartnerRole::SalesAgent});
    PD_VERIFY_OK(added);
    QCOMPARE(added->user.upn, u"avery.lee@harborlight.onmicrosoft.com"_s);
    QCOMPARE(added->user.displayName, u"Avery Lee"_s);
    QCOMPARE(added->roles, (QList<PartnerRole>{PartnerRole::SalesAgent, PartnerRole::HelpdeskAgent}));

    // Stored: a tenant user of the partner's tenant, directory role User, enabled, with the roles.
    auto stored = DirectoryStore::userByUpn(m_tw->db(), u"avery.lee@harborlight.onmicrosoft.com"_s);
    PD_VERIFY_OK(stored);
    QVERIFY(stored->has_value());
    const TenantUser user = stored->value();
    QCOMPARE(user.id, added->user.id);
    QCOMPARE(user.tenantId, m_partner.tenant.id);
    QCOMPARE(user.displayName, u"Avery Lee"_s);
    QCOMPARE(user.directoryRole, DirectoryRole::User);
    QVERIFY(user.enabled);
    QCOMPARE(storedRoles(user.id), (QList<PartnerRole>{PartnerRole::SalesAgent, PartnerRole::HelpdeskAgent}));

    // Audited, by the Admin agent, for the partner.
    const QList<AuditEvent> events = auditOf(user.id);
    QCOMPARE(events.size(), 1);
    QCOMPARE(events.first().action, u"user.added"_s);
    QCOMPARE(events.first().actorUserId, m_partner.admin.id);
    QCOMPARE(events.first().partnerAccountId, m_partner.account.id);
    QCOMPARE(events.first().details.value(u"upn"_s).toString(), user.upn);
    QCOMPARE(events.first().details.value(u"roles"_s).toArray(), (QJsonArray{u"SalesAgent"_s, u"HelpdeskAgent"_s}));
    QCOMPARE(auditCount(), 1);

    // The new user signs in with the password set for them and works as a partner user.
    auto session = m_tw->signIn(u"Avery.Lee@harborlight.onmicrosoft.com"_s, NewPassword);
    PD_VERIFY_OK(session);
    QCOMPARE(session->persona(), Persona::Partner);
    QCOMPARE(session->roles, (QList<PartnerRole>{PartnerRole::SalesAgent, PartnerRole::HelpdeskAgent}));
    QVERIFY(!session->can(Action::ManageUsers));
}

void TestUserService::usersListsOwnTenantWithRoles_V1()
{
    PD_VERIFY_OK(m_tw->addRoles(m_partner.account.id, m_salesUser.id, {PartnerRole::BillingAdmin}));
    auto noRoles = m_tw->addUser(m_partner.tenant, u"blake"_s);
    PD_VERIFY_OK(noRoles);
    for (const Session& caller : {m_admin, m_sales}) { // every role may see the list
        auto users = m_users->users(caller);
        PD_VERIFY_OK(users);
        QStringList upns;
        for (const PartnerUser& user : users.value()) {
            upns << user.user.upn;
            QCOMPARE(user.user.tenantId, m_partner.tenant.id);
        }
        // By name: "Admin of harborlight", "blake", "jordan"; nobody of contoso.
        QCOMPARE(upns, (QStringList{m_partner.admin.upn, u"blake@harborlight.onmicrosoft.com"_s, m_salesUser.upn}));
        QCOMPARE(users->at(0).roles, QList<PartnerRole>{PartnerRole::AdminAgent});
        QVERIFY(users->at(1).roles.isEmpty());
        QCOMPARE(users->at(2).roles, (QList<PartnerRole>{PartnerRole::SalesAgent, PartnerRole::BillingAdmin}));
    }
    QCOMPARE(auditCount(), 0);
}

void TestUserService::salesAgentRefused_U1_U2_data()
{
    QTest::addColumn<QString>("what");
    QTest::newRow("U1 U2 Sales agent can't add a user") << u"add"_s;
    QTest::newRow("U1 U2 Sales agent can't change roles") << u"change"_s;
    QTest::newRow("U1 U2 Sales agent can't remove a user") << u"remove"_s;
    QTest::newRow("U1 U2 Sales agent can't promote themselves") << u"promote"_s;
}

void TestUserService::salesAgentRefused_U1_U2()
{
    QFETCH(QString, what);
    const int usersBefore = m_tw->count(u"tenant_users"_s);
    const int rolesBefore = m_tw->count(u"partner_roles"_s);
    Status refused;
    if (what == u"add"_s) {
        refused
            = m_users->addUser(m_sales, NewUser{u"Avery Lee"_s, u"avery"_s, NewPassword}, {PartnerRole::SalesAgent});
    } else if (what == u"change"_s) {
        refused = m_users->changeRoles(m_sales, m_partner.admin.id, {PartnerRole::SalesAgent});
    } else if (what == u"remove"_s) {
        refused = m_users->removeUser(m_sales, m_partner.admin.id);
    } else {
        refused = m_users->changeRoles(m_sales, m_salesUser.id, {PartnerRole::AdminAgent});
    }
    PD_VERIFY_ERROR(refused, ErrorCode::PermissionDenied);
    QCOMPARE(refused.errorString(),
             u"Your roles in harborlight Ltd don't allow you to manage users. Ask an Admin agent."_s);

    // Nothing written.
    QCOMPARE(m_tw->count(u"tenant_users"_s), usersBefore);
    QCOMPARE(m_tw->count(u"partner_roles"_s), rolesBefore);
    QCOMPARE(storedRoles(m_partner.admin.id), QList<PartnerRole>{PartnerRole::AdminAgent});
    QCOMPARE(storedRoles(m_salesUser.id), QList<PartnerRole>{PartnerRole::SalesAgent});
    QVERIFY(storedEnabled(m_partner.admin.id));
    QCOMPARE(auditCount(), 0);
}

void TestUserService::adminAgentChangesRoles_U1()
{
    auto changed = m_users->changeRoles(m_admin, m_salesUser.id, {PartnerRole::HelpdeskAgent, PartnerRole::SalesAgent});
    PD_VERIFY_OK(changed);
    QCOMPARE(changed->roles, (QList<PartnerRole>{PartnerRole::SalesAgent, PartnerRole::HelpdeskAgent}));
    QCOMPARE(storedRoles(m_salesUser.id), (QList<PartnerRole>{PartnerRole::SalesAgent, PartnerRole::HelpdeskAgent}));
    const QList<AuditEvent> events = auditOf(m_salesUser.id);
    QCOMPARE(events.size(), 1);
    QCOMPARE(events.first().action, u"user.rolesChanged"_s);
    const QJsonObject roles = events.first().details.value(u"roles"_s).toObject();
    QCOMPARE(roles.value(u"from"_s).toArray(), QJsonArray{u"SalesAgent"_s});
    QCOMPARE(roles.value(u"to"_s).toArray(), (QJsonArray{u"SalesAgent"_s, u"HelpdeskAgent"_s}));

    // The same roles again change nothing and log nothing.
    PD_VERIFY_OK(m_users->changeRoles(m_admin, m_salesUser.id, {PartnerRole::SalesAgent, PartnerRole::HelpdeskAgent}));
    QCOMPARE(auditCount(), 1);

    // At least one role: taking every role away is what "remove" is for.
    auto none = m_users->changeRoles(m_admin, m_salesUser.id, {});
    PD_VERIFY_ERROR(none, ErrorCode::InvalidInput);
    QCOMPARE(none.error().field(), u"roles"_s);
    QCOMPARE(none.errorString(), u"Choose at least one role."_s);

    // Making the Sales agent an Admin agent lets them manage users at once (the session is reloaded).
    PD_VERIFY_OK(m_users->changeRoles(m_admin, m_salesUser.id, {PartnerRole::AdminAgent}));
    PD_VERIFY_OK(m_users->users(m_sales));
    PD_VERIFY_OK(m_users->changeRoles(m_sales, m_salesUser.id, {PartnerRole::AdminAgent, PartnerRole::SalesAgent}));
    QCOMPARE(auditCount(), 3);
}

void TestUserService::adminAgentChangesOwnRoles_U1()
{
    // An Admin agent giving up their own Admin role keeps exactly the roles chosen: on their own
    // database login, the roles that go are gone in one statement, before the right to drop them.
    PD_VERIFY_OK(m_users->changeRoles(m_admin, m_salesUser.id, {PartnerRole::AdminAgent, PartnerRole::SalesAgent}));
    PD_VERIFY_OK(m_users->changeRoles(m_sales, m_salesUser.id, {PartnerRole::HelpdeskAgent}));
    QCOMPARE(storedRoles(m_salesUser.id), QList<PartnerRole>{PartnerRole::HelpdeskAgent});
    PD_VERIFY_ERROR(m_users->changeRoles(m_sales, m_salesUser.id, {PartnerRole::AdminAgent}),
                    ErrorCode::PermissionDenied);
}

void TestUserService::lastAdminAgentKept_U1_data()
{
    QTest::addColumn<QString>("what");
    QTest::addColumn<QString>("secondAdmin"); // none, enabled or disabled
    QTest::addColumn<bool>("allowed");
    QTest::newRow("U1 refused: demote the last Admin agent") << u"demote"_s << u"none"_s << false;
    QTest::newRow("U1 refused: remove the last Admin agent") << u"remove"_s << u"none"_s << false;
    QTest::newRow("U1 refused: a disabled Admin agent doesn't count") << u"demote"_s << u"disabled"_s << false;
    QTest::newRow("U1 allowed: demote with a second Admin agent") << u"demote"_s << u"enabled"_s << true;
    QTest::newRow("U1 allowed: remove yourself with a second Admin agent") << u"remove"_s << u"enabled"_s << true;
}

void TestUserService::lastAdminAgentKept_U1()
{
    QFETCH(QString, what);
    QFETCH(QString, secondAdmin);
    QFETCH(bool, allowed);
    if (secondAdmin != u"none"_s) {
        // A Global administrator too, so that removing the first one leaves the tenant administered.
        auto morgan = m_tw->addUser(m_partner.tenant, u"morgan"_s, DirectoryRole::GlobalAdministrator,
                                    secondAdmin == u"enabled"_s);
        PD_VERIFY_OK(morgan);
        PD_VERIFY_OK(m_tw->addRoles(m_partner.account.id, morgan->id, {PartnerRole::AdminAgent}));
    }
    const QString adminId = m_partner.admin.id;
    Status result;
    if (what == u"demote"_s) {
        result = m_users->changeRoles(m_admin, adminId, {PartnerRole::SalesAgent});
    } else {
        result = m_users->removeUser(m_admin, adminId);
    }

    if (!allowed) {
        PD_VERIFY_ERROR(result, ErrorCode::InvalidState);
        QCOMPARE(result.errorString(),
                 u"Admin of harborlight is the last Admin agent of harborlight Ltd. The last Admin agent can't be "
                 "removed or demoted: make another user an Admin agent first."_s);
        if (what == u"demote"_s) {
            QCOMPARE(result.error().field(), u"roles"_s);
        }
        QCOMPARE(storedRoles(adminId), QList<PartnerRole>{PartnerRole::AdminAgent});
        QVERIFY(storedEnabled(adminId));
        QCOMPARE(auditCount(), 0);
        return;
    }
    PD_VERIFY_OK(result);
    const QList<AuditEvent> events = auditOf(adminId);
    QCOMPARE(events.size(), 1);
    if (what == u"demote"_s) {
        QCOMPARE(storedRoles(adminId), QList<PartnerRole>{PartnerRole::SalesAgent});
        QVERIFY(storedEnabled(adminId));
        QCOMPARE(events.first().action, u"user.rolesChanged"_s);
        // No longer an Admin agent: the next call is refused.
        PD_VERIFY_ERROR(m_users->changeRoles(m_admin, adminId, {PartnerRole::AdminAgent}), ErrorCode::PermissionDenied);
    } else {
        QVERIFY(storedRoles(adminId).isEmpty());
        QVERIFY(!storedEnabled(adminId));
        QCOMPARE(events.first().action, u"user.removed"_s);
        // Removed themselves: signed out for good.
        PD_VERIFY_ERROR(m_users->users(m_admin), ErrorCode::Disabled);
    }
}

void TestUserService::lastGlobalAdministratorNotRemoved_U1()
{
    // A second Admin agent who is not a Global administrator: U1 would allow removing the first
    // Admin agent, but the tenant would have no Global administrator left.
    auto morgan = m_tw->addAgent(m_partner, u"morgan"_s, {PartnerRole::AdminAgent});
    PD_VERIFY_OK(morgan);
    auto morganSession = m_tw->signIn(morgan->upn);
    PD_VERIFY_OK(morganSession);

    Status removed = m_users->removeUser(morganSession.value(), m_partner.admin.id);
    PD_VERIFY_ERROR(removed, ErrorCode::InvalidState);
    QCOMPARE(removed.errorString(),
             u"Admin of harborlight is the last Global administrator of harborlight Ltd and can't be removed: "
             "nobody could administer the organization's tenant any more."_s);
    QVERIFY(storedEnabled(m_partner.admin.id));
    QCOMPARE(auditCount(), 0);
    // Demoting is fine: they stay the tenant's Global administrator.
    PD_VERIFY_OK(m_users->changeRoles(morganSession.value(), m_partner.admin.id, {PartnerRole::BillingAdmin}));
}

void TestUserService::duplicateUserNameRefused_U1_data()
{
    QTest::addColumn<QString>("userName");
    QTest::newRow("U1 refused: same user name") << u"jordan"_s;
    QTest::newRow("U1 refused: other case and spaces") << u" Jordan "_s;
}

void TestUserService::duplicateUserNameRefused_U1()
{
    QFETCH(QString, userName);
    const int usersBefore = m_tw->count(u"tenant_users"_s);
    auto added
        = m_users->addUser(m_admin, NewUser{u"Another Jordan"_s, userName, NewPassword}, {PartnerRole::SalesAgent});
    PD_VERIFY_ERROR(added, ErrorCode::Conflict);
    QCOMPARE(added.error().field(), u"userName"_s);
    QCOMPARE(added.errorString(), u"jordan@harborlight.onmicrosoft.com is already taken. Choose another user name."_s);
    QCOMPARE(m_tw->count(u"tenant_users"_s), usersBefore);
    QCOMPARE(auditCount(), 0);

    // The same name in another tenant is another UPN.
    auto otherAdmin = m_tw->signIn(m_other.admin.upn);
    PD_VERIFY_OK(otherAdmin);
    auto elsewhere = m_users->addUser(otherAdmin.value(), NewUser{u"Jordan of Contoso"_s, userName, NewPassword},
                                      {PartnerRole::SalesAgent});
    PD_VERIFY_OK(elsewhere);
    QCOMPARE(elsewhere->user.upn, u"jordan@contoso.onmicrosoft.com"_s);
}

void TestUserService::invalidNewUserRefused_U1_data()
{
    QTest::addColumn<QString>("displayName");
    QTest::addColumn<QString>("userName");
    QTest::addColumn<QString>("password");
    QTest::addColumn<bool>("withRole");
    QTest::addColumn<QString>("field");
    QTest::newRow("U1 refused: no name") << u"  "_s << u"avery"_s << NewPassword << true << u"displayName"_s;
    QTest::newRow("U1 refused: space in user name")
        << u"Avery Lee"_s << u"avery lee"_s << NewPassword << true << u"userName"_s;
    QTest::newRow("U1 refused: user name with @")
        << u"Avery Lee"_s << u"avery@harborlight.onmicrosoft.com"_s << NewPassword << true << u"userName"_s;
    QTest::newRow("U1 refused: short password") << u"Avery Lee"_s << u"avery"_s << u"Ab1!"_s << true << u"password"_s;
    QTest::newRow("U1 refused: weak password")
        << u"Avery Lee"_s << u"avery"_s << u"averyaveryavery"_s << true << u"password"_s;
    QTest::newRow("U1 refused: no role") << u"Avery Lee"_s << u"avery"_s << NewPassword << false << u"roles"_s;
}

void TestUserService::invalidNewUserRefused_U1()
{
    QFETCH(QString, displayName);
    QFETCH(QString, userName);
    QFETCH(QString, password);
    QFETCH(bool, withRole);
    QFETCH(QString, field);
    const NewUser input{displayName, userName, password};
    const QList<PartnerRole> roles = withRole ? QList<PartnerRole>{PartnerRole::SalesAgent} : QList<PartnerRole>{};
    const QList<Error> errors = UserService::validate(input, roles);
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors.first().field(), field);

    const int usersBefore = m_tw->count(u"tenant_users"_s);
    auto added = m_users->addUser(m_admin, input, roles);
    PD_VERIFY_ERROR(added, ErrorCode::InvalidInput);
    QCOMPARE(added.error().field(), field);
    QCOMPARE(added.errorString(), errors.first().message());
    QCOMPARE(m_tw->count(u"tenant_users"_s), usersBefore);
    QCOMPARE(auditCount(), 0);
}

void TestUserService::otherTenantsUserNotFound_V1_data()
{
    QTest::addColumn<QString>("what");
    QTest::newRow("V1 change roles of another tenant's user") << u"change"_s;
    QTest::newRow("V1 remove another tenant's user") << u"remove"_s;
    QTest::newRow("V1 unknown user") << u"unknown"_s;
}

void TestUserService::otherTenantsUserNotFound_V1()
{
    QFETCH(QString, what);
    Status result;
    if (what == u"change"_s) {
        result = m_users->changeRoles(m_admin, m_other.admin.id, {PartnerRole::SalesAgent});
    } else if (what == u"remove"_s) {
        result = m_users->removeUser(m_admin, m_other.admin.id);
    } else {
        result = m_users->removeUser(m_admin, Workspace::newId());
    }
    PD_VERIFY_ERROR(result, ErrorCode::NotFound);
    QCOMPARE(result.errorString(),
             u"The user was not found in harborlight Ltd; they may have been removed. Reload the list and try "
             "again."_s);
    auto otherRoles = PartnerStore::rolesOf(m_tw->db(), m_other.account.id, m_other.admin.id);
    PD_VERIFY_OK(otherRoles);
    QCOMPARE(otherRoles.value(), QList<PartnerRole>{PartnerRole::AdminAgent});
    QVERIFY(storedEnabled(m_other.admin.id));
    QCOMPARE(auditCount(), 0);
}

void TestUserService::removedUserCannotSignIn_U1()
{
    PD_VERIFY_OK(m_users->removeUser(m_admin, m_salesUser.id));
    QVERIFY(storedRoles(m_salesUser.id).isEmpty());
    QVERIFY(!storedEnabled(m_salesUser.id));
    const QList<AuditEvent> events = auditOf(m_salesUser.id);
    QCOMPARE(events.size(), 1);
    QCOMPARE(events.first().action, u"user.removed"_s);
    QCOMPARE(events.first().details.value(u"roles"_s).toArray(), QJsonArray{u"SalesAgent"_s});

    auto signIn = m_tw->signIn(m_salesUser.upn);
    PD_VERIFY_ERROR(signIn, ErrorCode::Disabled);
    // A session opened before the removal is refused at its next call.
    PD_VERIFY_ERROR(m_users->users(m_sales), ErrorCode::Disabled);

    // Still listed, disabled and without roles; removing again says so.
    auto users = m_users->users(m_admin);
    PD_VERIFY_OK(users);
    bool listed = false;
    for (const PartnerUser& user : users.value()) {
        if (user.user.id == m_salesUser.id) {
            listed = true;
            QVERIFY(!user.user.enabled);
            QVERIFY(user.roles.isEmpty());
        }
    }
    QVERIFY(listed);
    Status again = m_users->removeUser(m_admin, m_salesUser.id);
    PD_VERIFY_ERROR(again, ErrorCode::InvalidState);
    QCOMPARE(again.errorString(), u"jordan has already been removed."_s);

    // Giving roles back restores the user.
    PD_VERIFY_OK(m_users->changeRoles(m_admin, m_salesUser.id, {PartnerRole::HelpdeskAgent}));
    QVERIFY(storedEnabled(m_salesUser.id));
    auto back = m_tw->signIn(m_salesUser.upn);
    PD_VERIFY_OK(back);
    QCOMPARE(back->roles, QList<PartnerRole>{PartnerRole::HelpdeskAgent});
    QCOMPARE(auditCount(), 2);
}

QTEST_GUILESS_MAIN(TestUserService)
#include "tst_UserService.moc"
