// Managing a customer (C4): the reseller whose relationship includes delegated administration
// edits the customer's company profile and manages the users of its tenant, as far as the caller's
// roles allow (U2); the provider that also serves the customer sees it but changes nothing; any
// other partner sees nothing (V1). Every change is audited without passwords; refusals write
// nothing.

#include "TestSupport.h"
#include "domain/Validators.h"
#include "security/PasswordHasher.h"
#include "services/CustomerManagementService.h"
#include "services/CustomerService.h"
#include "services/InvitationService.h"
#include "services/RelationshipService.h"
#include "storage/AuditStore.h"
#include "storage/CustomerStore.h"
#include "storage/SqlQuery.h"

#include <QJsonDocument>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;

class TestCustomerManagement : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void c4_resellerWithDelegatedAdminEditsProfile();
    void c4_unchangedProfileWritesNothing();
    void c4_countryIsFixed();
    void c4_profileCheckedFieldByField_data();
    void c4_profileCheckedFieldByField();
    void c4_providerWithoutDelegatedAdminIsRefused();
    void v1_partnerNotServingCustomerSeesNothing();
    void v1_userOfAnotherTenantIsNotFound();
    void u2_rolesDecideWhatResellerStaffDo_data();
    void u2_rolesDecideWhatResellerStaffDo();
    void e10_suspendedResellerChangesNothing();
    void c4_addUserShowsPasswordOnce();
    void c4_addUserInputChecked_data();
    void c4_addUserInputChecked();
    void c4_usersSortedByDisplayName();
    void c4_updateUserRenamesAndChangesRole();
    void c4_lastGlobalAdministratorKept();
    void c4_disabledUserCannotSignInAndKeepsLicenses();
    void c4_resetPasswordUnlocksUser();
    void c4_generatedPasswordsAreStrong();
    void s1_helpdeskCannotTakeOverAdministrator_data();
    void s1_helpdeskCannotTakeOverAdministrator();
    void s1_helpdeskManagesOrdinaryUsers();
    void s1_adminAgentManagesAdministratorsAudited();

private:
    CustomerManagementService& management() { return m_tw->workspace().customerManagement(); }
    // A user of the reseller's tenant holding roles, signed in.
    Session resellerStaff(const QString& userName, const QList<PartnerRole>& roles);
    // A complete company profile different from the stored one in every editable field.
    LegalBusinessProfile editedProfile() const;
    // What a refused call must leave as it was: every table's row count, the customer's row and
    // every tenant user's row.
    QStringList state() const;
    // The actions of a partner's audit log, newest first.
    QStringList auditActions(const QString& partnerAccountId) const;
    QString auditText(const QString& partnerAccountId) const;
    CustomerUser userNamed(const Session& session, const QString& upn);

    std::unique_ptr<TestWorkspace> m_tw;
    ChannelFixture m_channel;
    Session m_customerAdmin;
    QString m_customerId;
    PartnerFixture m_stranger;
    Session m_strangerSession;
};

void TestCustomerManagement::init()
{
    m_tw = std::make_unique<TestWorkspace>();
    PD_VERIFY_OK(m_tw->openStatus());
    auto channel = m_tw->createProviderAndReseller();
    PD_VERIFY_OK(channel);
    m_channel = channel.value();
    auto resellerLink = m_tw->inviteReseller(m_channel.providerSession);
    PD_VERIFY_OK(resellerLink);
    PD_VERIFY_OK(
        m_tw->workspace().relationships().authorizeProvider(m_channel.resellerSession, resellerLink.value(), true));

    // The reseller invites Lakeside together with its provider; Lakeside accepts as a new customer,
    // so the reseller holds delegated administration and the provider doesn't.
    auto draft = m_tw->workspace().invitations().newDraft(m_channel.resellerSession,
                                                          InvitationKind::CustomerOfResellerAndProvider, u"en"_s,
                                                          m_channel.provider.account.id);
    PD_VERIFY_OK(draft);
    draft.value().recipientEmail = u"morgan@lakeside.example"_s;
    PD_VERIFY_OK(m_tw->workspace().invitations().record(m_channel.resellerSession, draft.value()));
    auto customerAdmin
        = m_tw->workspace().customers().acceptAsNewCustomer(draft->link, TestWorkspace::newCustomer(), true);
    PD_VERIFY_OK(customerAdmin);
    m_customerAdmin = customerAdmin.value();
    m_customerId = m_tw->scalar(u"SELECT id FROM customers"_s).toString();
    QVERIFY(!m_customerId.isEmpty());

    auto stranger = m_tw->createPartner(u"northstar"_s, PartnerType::IndirectReseller);
    PD_VERIFY_OK(stranger);
    m_stranger = stranger.value();
    auto strangerSession = m_tw->signIn(m_stranger.admin.upn);
    PD_VERIFY_OK(strangerSession);
    m_strangerSession = strangerSession.value();
}

void TestCustomerManagement::cleanup()
{
    m_tw.reset();
}

Session TestCustomerManagement::resellerStaff(const QString& userName, const QList<PartnerRole>& roles)
{
    auto user = m_tw->addUser(m_channel.reseller.tenant, userName);
    if (!user) {
        qWarning("%s", qPrintable(user.errorString()));
        return {};
    }
    Status added = m_tw->addRoles(m_channel.reseller.account.id, user->id, roles);
    if (!added) {
        qWarning("%s", qPrintable(added.errorString()));
        return {};
    }
    auto session = m_tw->signIn(user->upn);
    if (!session) {
        qWarning("%s", qPrintable(session.errorString()));
        return {};
    }
    return session.value();
}

LegalBusinessProfile TestCustomerManagement::editedProfile() const
{
    LegalBusinessProfile profile;
    profile.legalName = u"  Lakeside   Dental Partners "_s;
    profile.address = {u"12 Harbor Road"_s, u"Suite 4"_s, u"Green Bay"_s, u"WI"_s, u"54301"_s, u"US"_s};
    profile.contactFirstName = u"Riley"_s;
    profile.contactLastName = u"Park"_s;
    profile.contactEmail = u"riley@LAKESIDE.example"_s;
    profile.contactPhone = u"+1 (920) 555-0142"_s;
    return profile;
}

QStringList TestCustomerManagement::state() const
{
    QStringList rows = m_tw->snapshot();
    rows << m_tw->scalar(u"SELECT group_concat(company_name || '|' || name_key || '|' || search_key || '|' || "
                         "coalesce(address_line1, '') || '|' || coalesce(city, '') || '|' || country || '|' || "
                         "coalesce(contact_email, '') || '|' || coalesce(contact_phone, ''), ';') FROM customers"_s)
                .toString()
         << m_tw->scalar(u"SELECT group_concat(id || '|' || display_name || '|' || directory_role || '|' || enabled "
                         "|| '|' || password_hash || '|' || failed_sign_ins || '|' || coalesce(locked_until, ''), ';') "
                         "FROM (SELECT * FROM tenant_users ORDER BY id) AS u"_s)
                .toString();
    return rows;
}

QStringList TestCustomerManagement::auditActions(const QString& partnerAccountId) const
{
    QStringList actions;
    auto events = AuditStore::eventsOfPartner(m_tw->db(), partnerAccountId, 100);
    if (events) {
        for (const AuditEvent& event : events.value()) {
            actions << event.action;
        }
    }
    return actions;
}

QString TestCustomerManagement::auditText(const QString& partnerAccountId) const
{
    QString text;
    auto events = AuditStore::eventsOfPartner(m_tw->db(), partnerAccountId, 100);
    if (events) {
        for (const AuditEvent& event : events.value()) {
            text += event.action + QLatin1Char(' ')
                + QString::fromUtf8(QJsonDocument(event.details).toJson(QJsonDocument::Compact)) + QLatin1Char('\n');
        }
    }
    return text;
}

CustomerUser TestCustomerManagement::userNamed(const Session& session, const QString& upn)
{
    auto users = management().users(session, m_customerId);
    if (users) {
        for (const CustomerUser& user : users.value()) {
            if (user.upn == upn) {
                return user;
            }
        }
    }
    qWarning("%s not found", qPrintable(upn));
    return {};
}

void TestCustomerManagement::c4_resellerWithDelegatedAdminEditsProfile()
{
    auto access = management().access(m_channel.resellerSession, m_customerId);
    PD_VERIFY_OK(access);
    QCOMPARE(access->customerId, m_customerId);
    QVERIFY(access->delegatedAdmin);
    QVERIFY(access->canEditAccount);
    QVERIFY(access->canManageUsers);
    QVERIFY(access->reason.isEmpty());

    auto before = management().customer(m_channel.resellerSession, m_customerId);
    PD_VERIFY_OK(before);
    QCOMPARE(before->company.legalName, u"Lakeside Dental Group LLC"_s);
    QCOMPARE(before->primaryDomain, u"lakeside.onmicrosoft.com"_s);

    const LegalBusinessProfile profile = editedProfile();
    QVERIFY(management().validateProfile(profile).isEmpty());
    PD_VERIFY_OK(management().updateProfile(m_channel.resellerSession, m_customerId, profile));

    auto after = management().customer(m_channel.resellerSession, m_customerId);
    PD_VERIFY_OK(after);
    QCOMPARE(after->id, m_customerId);
    QCOMPARE(after->company.legalName, u"Lakeside Dental Partners"_s);
    QCOMPARE(after->company.address,
             (Address{u"12 Harbor Road"_s, u"Suite 4"_s, u"Green Bay"_s, u"WI"_s, u"54301"_s, u"US"_s}));
    QCOMPARE(after->company.contactFirstName, u"Riley"_s);
    QCOMPARE(after->company.contactEmail, u"riley@lakeside.example"_s);
    QCOMPARE(after->company.contactPhone, u"+19205550142"_s);
    QCOMPARE(after->primaryDomain, u"lakeside.onmicrosoft.com"_s);
    QCOMPARE(after->tenantId, before->tenantId);

    // Sorting and search read the new name.
    QCOMPARE(m_tw->scalar(u"SELECT name_key FROM customers"_s).toString(), u"lakeside dental partners"_s);
    QCOMPARE(m_tw->scalar(u"SELECT search_key FROM customers"_s).toString(), u"dental partners"_s);
    QCOMPARE(m_tw->fullTextMatches({u"partn"_s}), 1);
    QCOMPARE(m_tw->fullTextMatches({u"group"_s}), 0);

    // The reseller's log holds the change, field by field.
    auto events = AuditStore::eventsOfSubject(m_tw->db(), u"Customer"_s, m_customerId);
    PD_VERIFY_OK(events);
    const AuditEvent& event = events->constLast();
    QCOMPARE(event.action, u"customer.profileUpdated"_s);
    QCOMPARE(event.partnerAccountId, m_channel.reseller.account.id);
    QCOMPARE(event.actorUserId, m_channel.reseller.admin.id);
    QCOMPARE(event.details.value(u"companyName"_s).toObject().value(u"from"_s).toString(),
             u"Lakeside Dental Group LLC"_s);
    QCOMPARE(event.details.value(u"companyName"_s).toObject().value(u"to"_s).toString(), u"Lakeside Dental Partners"_s);
    QVERIFY(event.details.contains(u"city"_s));
    QVERIFY(!event.details.contains(u"country"_s));
}

void TestCustomerManagement::c4_unchangedProfileWritesNothing()
{
    auto current = management().customer(m_channel.resellerSession, m_customerId);
    PD_VERIFY_OK(current);
    const QStringList before = state();
    PD_VERIFY_OK(management().updateProfile(m_channel.resellerSession, m_customerId, current->company));
    QCOMPARE(state(), before);
}

void TestCustomerManagement::c4_countryIsFixed()
{
    const QStringList before = state();
    LegalBusinessProfile moved = editedProfile();
    moved.address.country = u"CA"_s;
    auto refused = management().updateProfile(m_channel.resellerSession, m_customerId, moved);
    PD_VERIFY_ERROR(refused, ErrorCode::InvalidInput);
    QCOMPARE(refused.error().field(), u"country"_s);
    QVERIFY(refused.errorString().contains(u"can't be changed"_s));

    QCOMPARE(state(), before);

    // Left empty, the country stays as it is, and so does the tenant's domain.
    LegalBusinessProfile unspecified = editedProfile();
    unspecified.address.country.clear();
    PD_VERIFY_OK(management().updateProfile(m_channel.resellerSession, m_customerId, unspecified));
    QCOMPARE(m_tw->scalar(u"SELECT country || ' ' || domain FROM customers"_s).toString(),
             u"US lakeside.onmicrosoft.com"_s);
}

void TestCustomerManagement::c4_profileCheckedFieldByField_data()
{
    QTest::addColumn<QString>("change");
    QTest::addColumn<QString>("field");
    QTest::newRow("C4 refused: no company name") << u"name"_s << u"legalName"_s;
    QTest::newRow("C4 refused: no street") << u"street"_s << u"addressLine1"_s;
    QTest::newRow("C4 refused: no city") << u"city"_s << u"city"_s;
    QTest::newRow("C4 refused: contact email without domain") << u"email"_s << u"contactEmail"_s;
    QTest::newRow("C4 refused: phone that does not exist in the country") << u"phone"_s << u"contactPhone"_s;
}

void TestCustomerManagement::c4_profileCheckedFieldByField()
{
    QFETCH(QString, change);
    QFETCH(QString, field);
    LegalBusinessProfile profile = editedProfile();
    if (change == "name"_L1) {
        profile.legalName = u"   "_s;
    } else if (change == "street"_L1) {
        profile.address.line1.clear();
    } else if (change == "city"_L1) {
        profile.address.city.clear();
    } else if (change == "email"_L1) {
        profile.contactEmail = u"riley@"_s;
    } else if (change == "phone"_L1) {
        profile.contactPhone = u"920 000 0142"_s;
    }
    const QList<Error> errors = management().validateProfile(profile);
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors.constFirst().field(), field);
    QVERIFY(!errors.constFirst().message().isEmpty());

    const QStringList before = state();
    auto refused = management().updateProfile(m_channel.resellerSession, m_customerId, profile);
    PD_VERIFY_ERROR(refused, ErrorCode::InvalidInput);
    QCOMPARE(refused.error().field(), field);
    QCOMPARE(state(), before);
}

void TestCustomerManagement::c4_providerWithoutDelegatedAdminIsRefused()
{
    // The provider serves Lakeside, so it sees it, but without delegated administration.
    auto access = management().access(m_channel.providerSession, m_customerId);
    PD_VERIFY_OK(access);
    QVERIFY(!access->delegatedAdmin);
    QVERIFY(!access->canEditAccount);
    QVERIFY(!access->canManageUsers);
    QVERIFY2(access->reason.contains(u"administration rights"_s), qPrintable(access->reason));
    auto customer = management().customer(m_channel.providerSession, m_customerId);
    PD_VERIFY_OK(customer);
    QCOMPARE(customer->company.legalName, u"Lakeside Dental Group LLC"_s);

    const QStringList before = state();
    auto profile = management().updateProfile(m_channel.providerSession, m_customerId, editedProfile());
    PD_VERIFY_ERROR(profile, ErrorCode::PermissionDenied);
    QVERIFY2(profile.errorString().contains(u"administration rights"_s), qPrintable(profile.errorString()));
    auto users = management().users(m_channel.providerSession, m_customerId);
    PD_VERIFY_ERROR(users, ErrorCode::PermissionDenied);
    QVERIFY(users.errorString().contains(u"manages its users"_s));
    PD_VERIFY_ERROR(management().addUser(m_channel.providerSession, m_customerId,
                                         {u"Casey Brooks"_s, u"casey"_s, DirectoryRole::User}),
                    ErrorCode::PermissionDenied);
    PD_VERIFY_ERROR(management().updateUser(m_channel.providerSession, m_customerId, m_customerAdmin.user.id,
                                            u"Morgan"_s, DirectoryRole::User),
                    ErrorCode::PermissionDenied);
    PD_VERIFY_ERROR(
        management().setUserEnabled(m_channel.providerSession, m_customerId, m_customerAdmin.user.id, false),
        ErrorCode::PermissionDenied);
    PD_VERIFY_ERROR(management().resetPassword(m_channel.providerSession, m_customerId, m_customerAdmin.user.id),
                    ErrorCode::PermissionDenied);
    QCOMPARE(state(), before);
}

void TestCustomerManagement::v1_partnerNotServingCustomerSeesNothing()
{
    const QStringList before = state();
    const QString unknownId = Workspace::newId();
    for (const QString& customerId : {m_customerId, unknownId}) {
        // A customer served by others and one that doesn't exist get the same answer.
        auto access = management().access(m_strangerSession, customerId);
        PD_VERIFY_ERROR(access, ErrorCode::NotFound);
        QVERIFY2(access.errorString().contains(u"isn't one of your customers"_s), qPrintable(access.errorString()));
        QVERIFY(!access.errorString().contains(u"Lakeside"_s));
        PD_VERIFY_ERROR(management().customer(m_strangerSession, customerId), ErrorCode::NotFound);
        PD_VERIFY_ERROR(management().updateProfile(m_strangerSession, customerId, editedProfile()),
                        ErrorCode::NotFound);
        PD_VERIFY_ERROR(management().users(m_strangerSession, customerId), ErrorCode::NotFound);
        PD_VERIFY_ERROR(
            management().addUser(m_strangerSession, customerId, {u"Casey Brooks"_s, u"casey"_s, DirectoryRole::User}),
            ErrorCode::NotFound);
        PD_VERIFY_ERROR(management().updateUser(m_strangerSession, customerId, m_customerAdmin.user.id, u"Morgan"_s,
                                                DirectoryRole::User),
                        ErrorCode::NotFound);
        PD_VERIFY_ERROR(management().setUserEnabled(m_strangerSession, customerId, m_customerAdmin.user.id, false),
                        ErrorCode::NotFound);
        PD_VERIFY_ERROR(management().resetPassword(m_strangerSession, customerId, m_customerAdmin.user.id),
                        ErrorCode::NotFound);
    }
    // The reseller asking about a customer that doesn't exist gets the same answer too.
    PD_VERIFY_ERROR(management().access(m_channel.resellerSession, unknownId), ErrorCode::NotFound);
    // The customer's own administrator isn't a partner: this is the resellers' tool.
    PD_VERIFY_ERROR(management().access(m_customerAdmin, m_customerId), ErrorCode::PermissionDenied);
    QCOMPARE(state(), before);
}

void TestCustomerManagement::v1_userOfAnotherTenantIsNotFound()
{
    // The reseller's own administrator and a user of the stranger's tenant aren't Lakeside's.
    const QStringList before = state();
    for (const QString& userId : {m_channel.reseller.admin.id, m_stranger.admin.id, Workspace::newId()}) {
        auto renamed = management().updateUser(m_channel.resellerSession, m_customerId, userId, u"Someone"_s,
                                               DirectoryRole::User);
        PD_VERIFY_ERROR(renamed, ErrorCode::NotFound);
        QVERIFY(renamed.errorString().contains(u"Lakeside Dental Group LLC"_s));
        PD_VERIFY_ERROR(management().setUserEnabled(m_channel.resellerSession, m_customerId, userId, false),
                        ErrorCode::NotFound);
        PD_VERIFY_ERROR(management().resetPassword(m_channel.resellerSession, m_customerId, userId),
                        ErrorCode::NotFound);
    }
    QCOMPARE(state(), before);
}

void TestCustomerManagement::u2_rolesDecideWhatResellerStaffDo_data()
{
    QTest::addColumn<PartnerRole>("role");
    QTest::addColumn<bool>("account");
    QTest::addColumn<bool>("users");
    QTest::newRow("U2 Admin agent: account and users") << PartnerRole::AdminAgent << true << true;
    QTest::newRow("U2 Sales agent: account, not users") << PartnerRole::SalesAgent << true << false;
    QTest::newRow("U2 Helpdesk agent: users, not account") << PartnerRole::HelpdeskAgent << false << true;
    QTest::newRow("U2 Billing admin: neither") << PartnerRole::BillingAdmin << false << false;
}

void TestCustomerManagement::u2_rolesDecideWhatResellerStaffDo()
{
    QFETCH(PartnerRole, role);
    QFETCH(bool, account);
    QFETCH(bool, users);
    const Session staff = resellerStaff(u"avery"_s, {role});
    QVERIFY(!staff.user.id.isEmpty());

    // What access() tells the GUI is what core then does.
    auto access = management().access(staff, m_customerId);
    PD_VERIFY_OK(access);
    QVERIFY(access->delegatedAdmin);
    QCOMPARE(access->canEditAccount, account);
    QCOMPARE(access->canManageUsers, users);
    QCOMPARE(access->reason.isEmpty(), account && users);
    if (!account) {
        QVERIFY2(access->reason.contains(u"manage a customer's account"_s), qPrintable(access->reason));
    }
    if (!users) {
        QVERIFY2(access->reason.contains(u"manage a customer's users"_s), qPrintable(access->reason));
    }
    // Every role may look at the customer it serves.
    PD_VERIFY_OK(management().customer(staff, m_customerId));

    // An ordinary user's password: a Global administrator's is an Admin agent's to reset (S1).
    auto jordan = m_tw->addUser(m_customerAdmin.tenant, u"jordan"_s);
    PD_VERIFY_OK(jordan);
    const QStringList before = state();
    auto profile = management().updateProfile(staff, m_customerId, editedProfile());
    auto added = management().addUser(staff, m_customerId, {u"Casey Brooks"_s, u"casey"_s, DirectoryRole::User});
    auto listed = management().users(staff, m_customerId);
    auto reset = management().resetPassword(staff, m_customerId, jordan->id);
    QCOMPARE(profile.ok(), account);
    QCOMPARE(added.ok(), users);
    QCOMPARE(listed.ok(), users);
    QCOMPARE(reset.ok(), users);
    if (!account) {
        QCOMPARE(profile.code(), ErrorCode::PermissionDenied);
        QVERIFY(profile.errorString().contains(u"Ask an Admin agent"_s));
    }
    if (!users) {
        QCOMPARE(added.code(), ErrorCode::PermissionDenied);
    }
    if (!account && !users) {
        QCOMPARE(state(), before);
    }
    QCOMPARE(auditActions(m_channel.reseller.account.id).contains(u"customer.profileUpdated"_s), account);
    QCOMPARE(auditActions(m_channel.reseller.account.id).contains(u"customerUser.added"_s), users);
}

void TestCustomerManagement::e10_suspendedResellerChangesNothing()
{
    PD_VERIFY_OK(SqlQuery::run(m_tw->db(), u"UPDATE partner_accounts SET status = 'Suspended' WHERE id = ?"_s,
                               {m_channel.reseller.account.id}));
    auto access = management().access(m_channel.resellerSession, m_customerId);
    PD_VERIFY_OK(access);
    QVERIFY(access->delegatedAdmin);
    QVERIFY(!access->canEditAccount);
    QVERIFY(!access->canManageUsers);
    QVERIFY2(access->reason.contains(u"once it is Active"_s), qPrintable(access->reason));
    const QStringList before = state();
    PD_VERIFY_ERROR(management().updateProfile(m_channel.resellerSession, m_customerId, editedProfile()),
                    ErrorCode::InvalidState);
    PD_VERIFY_ERROR(management().addUser(m_channel.resellerSession, m_customerId,
                                         {u"Casey Brooks"_s, u"casey"_s, DirectoryRole::User}),
                    ErrorCode::InvalidState);
    QCOMPARE(state(), before);
}

void TestCustomerManagement::c4_addUserShowsPasswordOnce()
{
    auto added = management().addUser(m_channel.resellerSession, m_customerId,
                                      {u"  Casey   Brooks "_s, u" Casey.Brooks "_s, DirectoryRole::User});
    PD_VERIFY_OK(added);
    const CustomerUser& user = added->user;
    QCOMPARE(user.upn, u"casey.brooks@lakeside.onmicrosoft.com"_s);
    QCOMPARE(user.displayName, u"Casey Brooks"_s);
    QCOMPARE(user.role, DirectoryRole::User);
    QVERIFY(user.enabled);
    QCOMPARE(user.licenseCount, 0);
    QCOMPARE(user.created, m_tw->clock().now());

    // The temporary password is strong and shown here only; the hash is stored, not the password.
    const QString password = added->password;
    QCOMPARE(password.size(), CustomerManagementService::TemporaryPasswordLength);
    PD_VERIFY_OK(Validators::password(password));
    const QString stored = m_tw->scalar(u"SELECT password_hash FROM tenant_users WHERE id = ?"_s, {user.id}).toString();
    QVERIFY(stored.startsWith(u"$argon2id$"_s));
    QVERIFY(!stored.contains(password));
    QVERIFY(m_tw->workspace().hasher().verify(password, stored));
    QCOMPARE(m_tw->scalar(u"SELECT count(*) FROM tenant_users WHERE password_hash = ?"_s, {password}).toInt(), 0);

    // The user is in Lakeside's tenant and signs in with it.
    QCOMPARE(m_tw->scalar(u"SELECT tenant_id FROM tenant_users WHERE id = ?"_s, {user.id}).toString(),
             m_customerAdmin.tenant.id);
    auto session = m_tw->signIn(user.upn, password);
    PD_VERIFY_OK(session);
    QCOMPARE(session->persona(), Persona::Customer);
    QCOMPARE(userNamed(m_channel.resellerSession, user.upn).id, user.id);

    // Audited in the reseller's log, without the password.
    QCOMPARE(auditActions(m_channel.reseller.account.id).constFirst(), u"customerUser.added"_s);
    const QString log = auditText(m_channel.reseller.account.id);
    QVERIFY(log.contains(user.upn));
    QVERIFY(!log.contains(password));

    // Every new user gets a password of their own.
    auto another = management().addUser(m_channel.resellerSession, m_customerId,
                                        {u"Drew Hale"_s, u"drew"_s, DirectoryRole::GlobalAdministrator});
    PD_VERIFY_OK(another);
    QVERIFY(another->password != password);
    QCOMPARE(another->user.role, DirectoryRole::GlobalAdministrator);
}

void TestCustomerManagement::c4_addUserInputChecked_data()
{
    QTest::addColumn<QString>("displayName");
    QTest::addColumn<QString>("userName");
    QTest::addColumn<ErrorCode>("code");
    QTest::addColumn<QString>("field");
    QTest::newRow("C4 refused: no name") << u"  "_s << u"casey"_s << ErrorCode::InvalidInput << u"displayName"_s;
    QTest::newRow("C4 refused: space in user name")
        << u"Casey Brooks"_s << u"casey brooks"_s << ErrorCode::InvalidInput << u"userName"_s;
    QTest::newRow("C4 refused: whole address as user name")
        << u"Casey Brooks"_s << u"casey@lakeside.onmicrosoft.com"_s << ErrorCode::InvalidInput << u"userName"_s;
    QTest::newRow("C4 refused: user name taken")
        << u"Morgan Again"_s << u"Morgan"_s << ErrorCode::Conflict << u"userName"_s;
}

void TestCustomerManagement::c4_addUserInputChecked()
{
    QFETCH(QString, displayName);
    QFETCH(QString, userName);
    QFETCH(ErrorCode, code);
    QFETCH(QString, field);
    const NewCustomerUser input{displayName, userName, DirectoryRole::User};
    if (code == ErrorCode::InvalidInput) {
        const QList<Error> errors = CustomerManagementService::validateUser(input);
        QCOMPARE(errors.size(), 1);
        QCOMPARE(errors.constFirst().field(), field);
    } else {
        QVERIFY(CustomerManagementService::validateUser(input).isEmpty());
    }
    const QStringList before = state();
    auto refused = management().addUser(m_channel.resellerSession, m_customerId, input);
    PD_VERIFY_ERROR(refused, code);
    QCOMPARE(refused.error().field(), field);
    if (code == ErrorCode::Conflict) {
        QVERIFY2(refused.errorString().contains(u"morgan@lakeside.onmicrosoft.com is already taken"_s),
                 qPrintable(refused.errorString()));
    }
    QCOMPARE(state(), before);
}

void TestCustomerManagement::c4_usersSortedByDisplayName()
{
    for (const auto& [name, user] : {std::pair{u"zoe Quinn"_s, u"zoe"_s}, std::pair{u"Alex Kim"_s, u"alex"_s},
                                     std::pair{u"blake Ortiz"_s, u"blake"_s}}) {
        PD_VERIFY_OK(management().addUser(m_channel.resellerSession, m_customerId, {name, user, DirectoryRole::User}));
    }
    auto users = management().users(m_channel.resellerSession, m_customerId);
    PD_VERIFY_OK(users);
    QStringList names;
    for (const CustomerUser& user : users.value()) {
        names << user.displayName;
    }
    QCOMPARE(names, (QStringList{u"Alex Kim"_s, u"blake Ortiz"_s, u"Morgan Lee"_s, u"zoe Quinn"_s}));
    QCOMPARE(users->at(2).role, DirectoryRole::GlobalAdministrator);
    QCOMPARE(users->at(2).id, m_customerAdmin.user.id);
}

void TestCustomerManagement::c4_updateUserRenamesAndChangesRole()
{
    auto added = management().addUser(m_channel.resellerSession, m_customerId,
                                      {u"Casey Brooks"_s, u"casey"_s, DirectoryRole::User});
    PD_VERIFY_OK(added);
    const QString id = added->user.id;
    PD_VERIFY_OK(management().updateUser(m_channel.resellerSession, m_customerId, id, u" Casey  Brooks-Hale "_s,
                                         DirectoryRole::GlobalAdministrator));
    CustomerUser user = userNamed(m_channel.resellerSession, u"casey@lakeside.onmicrosoft.com"_s);
    QCOMPARE(user.displayName, u"Casey Brooks-Hale"_s);
    QCOMPARE(user.role, DirectoryRole::GlobalAdministrator);
    auto events = AuditStore::eventsOfSubject(m_tw->db(), u"TenantUser"_s, id);
    PD_VERIFY_OK(events);
    QCOMPARE(events->constLast().action, u"customerUser.updated"_s);
    QCOMPARE(events->constLast().details.value(u"role"_s).toObject().value(u"to"_s).toString(),
             u"GlobalAdministrator"_s);
    QCOMPARE(events->constLast().details.value(u"customer"_s).toString(), m_customerId);

    // No name is refused; the same values write nothing.
    const QStringList before = state();
    auto refused = management().updateUser(m_channel.resellerSession, m_customerId, id, u" "_s, DirectoryRole::User);
    PD_VERIFY_ERROR(refused, ErrorCode::InvalidInput);
    QCOMPARE(refused.error().field(), u"displayName"_s);
    PD_VERIFY_OK(management().updateUser(m_channel.resellerSession, m_customerId, id, u"Casey Brooks-Hale"_s,
                                         DirectoryRole::GlobalAdministrator));
    QCOMPARE(state(), before);
}

void TestCustomerManagement::c4_lastGlobalAdministratorKept()
{
    const QString morgan = m_customerAdmin.user.id;
    const QStringList before = state();
    auto demoted = management().updateUser(m_channel.resellerSession, m_customerId, morgan, u"Morgan Lee"_s,
                                           DirectoryRole::User);
    PD_VERIFY_ERROR(demoted, ErrorCode::InvalidState);
    QCOMPARE(demoted.error().field(), u"role"_s);
    QVERIFY2(demoted.errorString().contains(u"last Global administrator of Lakeside Dental Group LLC"_s),
             qPrintable(demoted.errorString()));
    PD_VERIFY_ERROR(management().setUserEnabled(m_channel.resellerSession, m_customerId, morgan, false),
                    ErrorCode::InvalidState);
    QCOMPARE(state(), before);

    // A disabled Global administrator doesn't count as the other one.
    auto drew = management().addUser(m_channel.resellerSession, m_customerId,
                                     {u"Drew Hale"_s, u"drew"_s, DirectoryRole::GlobalAdministrator});
    PD_VERIFY_OK(drew);
    PD_VERIFY_OK(management().setUserEnabled(m_channel.resellerSession, m_customerId, drew->user.id, false));
    PD_VERIFY_ERROR(management().setUserEnabled(m_channel.resellerSession, m_customerId, morgan, false),
                    ErrorCode::InvalidState);

    // With another enabled Global administrator, Morgan may be demoted; then Drew is the last one.
    PD_VERIFY_OK(management().setUserEnabled(m_channel.resellerSession, m_customerId, drew->user.id, true));
    PD_VERIFY_OK(
        management().updateUser(m_channel.resellerSession, m_customerId, morgan, u"Morgan Lee"_s, DirectoryRole::User));
    PD_VERIFY_ERROR(management().setUserEnabled(m_channel.resellerSession, m_customerId, drew->user.id, false),
                    ErrorCode::InvalidState);
    QCOMPARE(m_tw->scalar(u"SELECT count(*) FROM tenant_users WHERE tenant_id = ? AND enabled = 1 AND "
                          "directory_role = 'GlobalAdministrator'"_s,
                          {m_customerAdmin.tenant.id})
                 .toInt(),
             1);
}

void TestCustomerManagement::c4_disabledUserCannotSignInAndKeepsLicenses()
{
    auto added = management().addUser(m_channel.resellerSession, m_customerId,
                                      {u"Casey Brooks"_s, u"casey"_s, DirectoryRole::User});
    PD_VERIFY_OK(added);
    const QString id = added->user.id;
    // A license assigned to Casey, arranged directly.
    const QSqlDatabase db = m_tw->db();
    const QString at = m_tw->clock().now().toString(Qt::ISODateWithMs);
    PD_VERIFY_OK(SqlQuery::run(db, u"INSERT INTO offers (id, name, billing_type, term) VALUES (?, ?, ?, ?)"_s,
                               {u"offer-1"_s, u"Business Standard"_s, u"License"_s, u"P1Y"_s}));
    PD_VERIFY_OK(
        SqlQuery::run(db,
                      u"INSERT INTO subscriptions (id, customer_id, offer_id, quantity, term, status, "
                      "partner_on_record, created_at, updated_at) VALUES (?, ?, ?, 5, 'P1Y', 'Active', ?, ?, ?)"_s,
                      {u"sub-1"_s, m_customerId, u"offer-1"_s, m_channel.reseller.account.partnerId, at, at}));
    PD_VERIFY_OK(SqlQuery::run(db,
                               u"INSERT INTO license_assignments (subscription_id, user_id, assigned_at) "
                               "VALUES (?, ?, ?)"_s,
                               {u"sub-1"_s, id, at}));
    QCOMPARE(userNamed(m_channel.resellerSession, added->user.upn).licenseCount, 1);

    PD_VERIFY_OK(management().setUserEnabled(m_channel.resellerSession, m_customerId, id, false));
    PD_VERIFY_ERROR(m_tw->signIn(added->user.upn, added->password), ErrorCode::Disabled);
    const CustomerUser disabled = userNamed(m_channel.resellerSession, added->user.upn);
    QVERIFY(!disabled.enabled);
    QCOMPARE(disabled.licenseCount, 1); // disabling unassigns nothing
    QCOMPARE(m_tw->count(u"license_assignments"_s), 1);
    QCOMPARE(auditActions(m_channel.reseller.account.id).constFirst(), u"customerUser.disabled"_s);

    // Disabling again changes nothing; enabling lets Casey sign in again.
    const QStringList before = state();
    PD_VERIFY_OK(management().setUserEnabled(m_channel.resellerSession, m_customerId, id, false));
    QCOMPARE(state(), before);
    PD_VERIFY_OK(management().setUserEnabled(m_channel.resellerSession, m_customerId, id, true));
    PD_VERIFY_OK(m_tw->signIn(added->user.upn, added->password));
    QCOMPARE(auditActions(m_channel.reseller.account.id).constFirst(), u"customerUser.enabled"_s);
}

void TestCustomerManagement::c4_resetPasswordUnlocksUser()
{
    const QString upn = m_customerAdmin.user.upn;
    for (int i = 0; i < m_tw->workspace().options().maxFailedSignIns; ++i) {
        auto failed = m_tw->signIn(upn, u"Wrong!2026pass"_s);
        QVERIFY(!failed.ok());
    }
    PD_VERIFY_ERROR(m_tw->signIn(upn), ErrorCode::Locked);
    QVERIFY(userNamed(m_channel.resellerSession, upn).lockedUntil.isValid());

    auto password = management().resetPassword(m_channel.resellerSession, m_customerId, m_customerAdmin.user.id);
    PD_VERIFY_OK(password);
    QCOMPARE(password->size(), CustomerManagementService::TemporaryPasswordLength);
    QCOMPARE(
        m_tw->scalar(u"SELECT failed_sign_ins FROM tenant_users WHERE id = ?"_s, {m_customerAdmin.user.id}).toInt(), 0);
    QVERIFY(m_tw->scalar(u"SELECT locked_until FROM tenant_users WHERE id = ?"_s, {m_customerAdmin.user.id}).isNull());
    QVERIFY(!userNamed(m_channel.resellerSession, upn).lockedUntil.isValid());

    // The old password no longer works, the new one does.
    PD_VERIFY_ERROR(m_tw->signIn(upn), ErrorCode::WrongPassword);
    PD_VERIFY_OK(m_tw->signIn(upn, password.value()));

    auto events = AuditStore::eventsOfSubject(m_tw->db(), u"TenantUser"_s, m_customerAdmin.user.id);
    PD_VERIFY_OK(events);
    QCOMPARE(events->constLast().action, u"customerUser.passwordReset"_s);
    QCOMPARE(events->constLast().partnerAccountId, m_channel.reseller.account.id);
    QVERIFY(events->constLast().details.value(u"unlocked"_s).toBool());
    QVERIFY(!auditText(m_channel.reseller.account.id).contains(password.value()));
}

void TestCustomerManagement::c4_generatedPasswordsAreStrong()
{
    QSet<QString> seen;
    for (int i = 0; i < 200; ++i) {
        const QString password = CustomerManagementService::generatePassword();
        QCOMPARE(password.size(), CustomerManagementService::TemporaryPasswordLength);
        PD_VERIFY_OK(Validators::password(password));
        for (QChar ambiguous : u"0Oo1lI"_s) {
            QVERIFY2(!password.contains(ambiguous), qPrintable(password));
        }
        seen.insert(password);
    }
    QCOMPARE(seen.size(), 200);
}

void TestCustomerManagement::s1_helpdeskCannotTakeOverAdministrator_data()
{
    QTest::addColumn<QString>("step");
    QTest::addColumn<QString>("field");
    QTest::newRow("S1 Helpdesk creates a Global administrator") << u"create"_s << u"role"_s;
    QTest::newRow("S1 Helpdesk promotes a user") << u"promote"_s << u"role"_s;
    QTest::newRow("S1 Helpdesk renames a Global administrator") << u"rename"_s << u"displayName"_s;
    QTest::newRow("S1 Helpdesk demotes a Global administrator") << u"demote"_s << u"role"_s;
    QTest::newRow("S1 Helpdesk disables a Global administrator") << u"disable"_s << QString();
    QTest::newRow("S1 Helpdesk enables a disabled Global administrator") << u"enable"_s << QString();
    QTest::newRow("S1 Helpdesk resets a Global administrator's password") << u"reset"_s << QString();
}

void TestCustomerManagement::s1_helpdeskCannotTakeOverAdministrator()
{
    QFETCH(QString, step);
    QFETCH(QString, field);
    // A second, disabled Global administrator, and an ordinary user to promote.
    auto drew = m_tw->addUser(m_customerAdmin.tenant, u"drew"_s, DirectoryRole::GlobalAdministrator, false);
    PD_VERIFY_OK(drew);
    auto jordan = m_tw->addUser(m_customerAdmin.tenant, u"jordan"_s);
    PD_VERIFY_OK(jordan);
    const Session helpdesk = resellerStaff(u"avery"_s, {PartnerRole::HelpdeskAgent});
    QVERIFY(!helpdesk.user.id.isEmpty());

    // What access() tells the GUI: users yes, administrators no, and why.
    auto access = management().access(helpdesk, m_customerId);
    PD_VERIFY_OK(access);
    QVERIFY(access->canManageUsers);
    QVERIFY(!access->canManageAdministrators);
    const QString reseller = m_channel.reseller.account.legal.legalName;
    QCOMPARE(access->administratorsReason,
             u"Only an Admin agent of "_s + reseller
                 + u" creates, changes, disables or enables a Global administrator of Lakeside Dental Group LLC "
                   "or resets their password."_s);

    const QStringList before = state();
    const QStringList auditBefore = auditActions(m_channel.reseller.account.id);
    const QString morgan = m_customerAdmin.user.id;
    Status refused;
    if (step == u"create"_s) {
        refused = management().addUser(helpdesk, m_customerId,
                                       {u"Mallory Grant"_s, u"mallory"_s, DirectoryRole::GlobalAdministrator});
    } else if (step == u"promote"_s) {
        refused = management().updateUser(helpdesk, m_customerId, jordan->id, u"jordan"_s,
                                          DirectoryRole::GlobalAdministrator);
    } else if (step == u"rename"_s) {
        refused = management().updateUser(helpdesk, m_customerId, morgan, u"Mallory Grant"_s,
                                          DirectoryRole::GlobalAdministrator);
    } else if (step == u"demote"_s) {
        refused = management().updateUser(helpdesk, m_customerId, morgan, u"Morgan Lee"_s, DirectoryRole::User);
    } else if (step == u"disable"_s) {
        refused = management().setUserEnabled(helpdesk, m_customerId, morgan, false);
    } else if (step == u"enable"_s) {
        refused = management().setUserEnabled(helpdesk, m_customerId, drew->id, true);
    } else {
        refused = management().resetPassword(helpdesk, m_customerId, morgan);
    }
    PD_VERIFY_ERROR(refused, ErrorCode::PermissionDenied);
    QCOMPARE(refused.error().field(), field);
    if (step == u"create"_s || step == u"promote"_s) {
        QCOMPARE(refused.errorString(),
                 u"Only an Admin agent of "_s + reseller
                     + u" can make a user a Global administrator of Lakeside Dental Group LLC, who controls its "
                       "whole tenant. Choose the User role, or ask an Admin agent."_s);
    } else {
        const QString name = step == u"enable"_s ? u"drew"_s : u"Morgan Lee"_s;
        QCOMPARE(refused.errorString(),
                 name + u" is a Global administrator of Lakeside Dental Group LLC: only an Admin agent of "_s + reseller
                     + u" can change, disable or enable them or reset their password."_s);
    }
    // Nothing written, nothing logged; Morgan still signs in with their own password.
    QCOMPARE(state(), before);
    QCOMPARE(auditActions(m_channel.reseller.account.id), auditBefore);
    PD_VERIFY_OK(m_tw->signIn(m_customerAdmin.user.upn));
}

void TestCustomerManagement::s1_helpdeskManagesOrdinaryUsers()
{
    auto jordan = m_tw->addUser(m_customerAdmin.tenant, u"jordan"_s);
    PD_VERIFY_OK(jordan);
    const Session helpdesk = resellerStaff(u"avery"_s, {PartnerRole::HelpdeskAgent});
    QVERIFY(!helpdesk.user.id.isEmpty());
    auto added = management().addUser(helpdesk, m_customerId, {u"Casey Brooks"_s, u"casey"_s, DirectoryRole::User});
    PD_VERIFY_OK(added);
    PD_VERIFY_OK(management().updateUser(helpdesk, m_customerId, jordan->id, u"Jordan Reyes"_s, DirectoryRole::User));
    PD_VERIFY_OK(management().setUserEnabled(helpdesk, m_customerId, jordan->id, false));
    PD_VERIFY_OK(management().setUserEnabled(helpdesk, m_customerId, jordan->id, true));
    auto password = management().resetPassword(helpdesk, m_customerId, jordan->id);
    PD_VERIFY_OK(password);
    PD_VERIFY_OK(m_tw->signIn(jordan->upn, password.value()));
    auto events = AuditStore::eventsOfSubject(m_tw->db(), u"TenantUser"_s, jordan->id);
    PD_VERIFY_OK(events);
    QCOMPARE(events->constLast().action, u"customerUser.passwordReset"_s);
    QCOMPARE(events->constLast().details.value(u"role"_s).toString(), u"User"_s);
}

void TestCustomerManagement::s1_adminAgentManagesAdministratorsAudited()
{
    const Session admin = resellerStaff(u"avery"_s, {PartnerRole::AdminAgent});
    QVERIFY(!admin.user.id.isEmpty());
    auto access = management().access(admin, m_customerId);
    PD_VERIFY_OK(access);
    QVERIFY(access->canManageAdministrators);
    QVERIFY(access->administratorsReason.isEmpty());

    // An Admin agent creates and promotes administrators.
    auto drew
        = management().addUser(admin, m_customerId, {u"Drew Hale"_s, u"drew"_s, DirectoryRole::GlobalAdministrator});
    PD_VERIFY_OK(drew);
    QCOMPARE(drew->user.role, DirectoryRole::GlobalAdministrator);
    auto jordan = m_tw->addUser(m_customerAdmin.tenant, u"jordan"_s);
    PD_VERIFY_OK(jordan);
    PD_VERIFY_OK(
        management().updateUser(admin, m_customerId, jordan->id, u"jordan"_s, DirectoryRole::GlobalAdministrator));

    // And resets a Global administrator's password, audited with the role and without the password.
    auto password = management().resetPassword(admin, m_customerId, m_customerAdmin.user.id);
    PD_VERIFY_OK(password);
    PD_VERIFY_OK(m_tw->signIn(m_customerAdmin.user.upn, password.value()));
    auto events = AuditStore::eventsOfSubject(m_tw->db(), u"TenantUser"_s, m_customerAdmin.user.id);
    PD_VERIFY_OK(events);
    const AuditEvent& reset = events->constLast();
    QCOMPARE(reset.action, u"customerUser.passwordReset"_s);
    QCOMPARE(reset.actorUserId, admin.user.id);
    QCOMPARE(reset.partnerAccountId, m_channel.reseller.account.id);
    QCOMPARE(reset.details.value(u"role"_s).toString(), u"GlobalAdministrator"_s);
    QCOMPARE(reset.details.value(u"upn"_s).toString(), m_customerAdmin.user.upn);
    QVERIFY(!auditText(m_channel.reseller.account.id).contains(password.value()));
}

QTEST_GUILESS_MAIN(TestCustomerManagement)
#include "tst_CustomerManagement.moc"
