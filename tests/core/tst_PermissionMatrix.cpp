// U2: one permission matrix (action × role × partner type) decides every action; E10: until its
// account is Active, a partner can't invite, authorize or order. The expected table below is
// written from the specification, independently of core/security/Permissions.cpp.

#include "TestSupport.h"
#include "security/Permissions.h"
#include "security/Session.h"

#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// Every enumerator of Action, listed by hand: the coverage test fails when one is added to the
// enumeration without a row here and in the matrix.
constexpr Action AllActions[] = {
    Action::ViewAccountSettings,
    Action::EditLegalProfile,
    Action::EditSupportProfile,
    Action::EditPartnerId,
    Action::ManageUsers,
    Action::FindProviders,
    Action::InviteResellers,
    Action::AuthorizeProvider,
    Action::EndIndirectRelationship,
    Action::ViewIndirectPartners,
    Action::InviteCustomers,
    Action::ViewCustomers,
    Action::ManageCustomerAccount,
    Action::ManageCustomerUsersAndLicenses,
    Action::SubmitOrders,
    Action::RequestOrders,
    Action::HandleOrderRequests,
    Action::ManageReferrals,
    Action::ManageProviderListing,
    Action::VerifyEnrollmentEmail,
    Action::CreateResellerAccount,
    Action::ManageCustomerAdministrators,
    Action::ManageTwoStepVerification,
    Action::ViewActivityLog,
};

const char* actionName(Action action)
{
    switch (action) {
    case Action::ViewAccountSettings:
        return "ViewAccountSettings";
    case Action::EditLegalProfile:
        return "EditLegalProfile";
    case Action::EditSupportProfile:
        return "EditSupportProfile";
    case Action::EditPartnerId:
        return "EditPartnerId";
    case Action::ManageUsers:
        return "ManageUsers";
    case Action::FindProviders:
        return "FindProviders";
    case Action::InviteResellers:
        return "InviteResellers";
    case Action::AuthorizeProvider:
        return "AuthorizeProvider";
    case Action::EndIndirectRelationship:
        return "EndIndirectRelationship";
    case Action::ViewIndirectPartners:
        return "ViewIndirectPartners";
    case Action::InviteCustomers:
        return "InviteCustomers";
    case Action::ViewCustomers:
        return "ViewCustomers";
    case Action::ManageCustomerAccount:
        return "ManageCustomerAccount";
    case Action::ManageCustomerUsersAndLicenses:
        return "ManageCustomerUsersAndLicenses";
    case Action::SubmitOrders:
        return "SubmitOrders";
    case Action::RequestOrders:
        return "RequestOrders";
    case Action::HandleOrderRequests:
        return "HandleOrderRequests";
    case Action::ManageReferrals:
        return "ManageReferrals";
    case Action::ManageProviderListing:
        return "ManageProviderListing";
    case Action::VerifyEnrollmentEmail:
        return "VerifyEnrollmentEmail";
    case Action::CreateResellerAccount:
        return "CreateResellerAccount";
    case Action::ManageCustomerAdministrators:
        return "ManageCustomerAdministrators";
    case Action::ManageTwoStepVerification:
        return "ManageTwoStepVerification";
    case Action::ViewActivityLog:
        return "ViewActivityLog";
    }
    return "?";
}

// The specification as a table. Columns: who may act in an indirect reseller, who in an indirect
// provider. A = Admin agent, S = Sales agent, H = Helpdesk agent, B = Billing admin, - = nobody.
struct Expected
{
    Action action;
    const char* reseller;
    const char* provider;
    bool needsActive; // E10
};

// clang-format off
constexpr Expected Spec[] = {
    //  action                                   reseller  provider  Active first (E10)
    {Action::ViewAccountSettings,               "ASHB",   "ASHB",   false},
    {Action::EditLegalProfile,                  "A",      "A",      false},
    {Action::EditSupportProfile,                "A",      "A",      false},
    {Action::EditPartnerId,                     "A",      "A",      false},
    {Action::ManageUsers,                       "A",      "A",      false},
    {Action::FindProviders,                     "ASHB",   "-",      false},
    {Action::InviteResellers,                   "-",      "AS",     true},
    {Action::AuthorizeProvider,                 "A",      "-",      true},
    {Action::EndIndirectRelationship,           "A",      "A",      false},
    {Action::ViewIndirectPartners,              "ASHB",   "ASHB",   false},
    {Action::InviteCustomers,                   "AS",     "-",      true},
    {Action::ViewCustomers,                     "ASHB",   "ASHB",   false},
    {Action::ManageCustomerAccount,             "AS",     "AS",     true},
    {Action::ManageCustomerUsersAndLicenses,    "AH",     "AH",     true},
    {Action::SubmitOrders,                      "-",      "AS",     true},
    {Action::RequestOrders,                     "AS",     "-",      true},
    {Action::HandleOrderRequests,               "-",      "AS",     true},
    {Action::ManageReferrals,                   "AS",     "AS",     false},
    {Action::ManageProviderListing,             "-",      "A",      false},
    {Action::VerifyEnrollmentEmail,             "A",      "A",      false},
    {Action::CreateResellerAccount,             "-",      "A",      true},
    // S1: only an Admin agent hands over a customer's administrator account.
    {Action::ManageCustomerAdministrators,      "A",      "A",      true},
    {Action::ManageTwoStepVerification,         "A",      "A",      false},
    {Action::ViewActivityLog,                   "A",      "A",      false},
};
// clang-format on

const Expected* expectedFor(Action action)
{
    for (const Expected& row : Spec) {
        if (row.action == action) {
            return &row;
        }
    }
    return nullptr;
}

char letter(PartnerRole role)
{
    switch (role) {
    case PartnerRole::AdminAgent:
        return 'A';
    case PartnerRole::SalesAgent:
        return 'S';
    case PartnerRole::HelpdeskAgent:
        return 'H';
    case PartnerRole::BillingAdmin:
        return 'B';
    }
    return '?';
}

bool expectedAllows(Action action, PartnerType type, PartnerRole role)
{
    const Expected* row = expectedFor(action);
    const char* roles = type == PartnerType::IndirectReseller ? row->reseller : row->provider;
    return QByteArray(roles).contains(letter(role));
}

PartnerAccount account(PartnerType type, PartnerStatus status)
{
    PartnerAccount a;
    a.id = u"account-1"_s;
    a.type = type;
    a.status = status;
    a.legal.legalName = u"Harborlight IT Services LLC"_s;
    return a;
}

Session partnerSession(PartnerType type, PartnerStatus status, const QList<PartnerRole>& roles)
{
    Session s;
    s.user.displayName = u"Riley"_s;
    s.partner = account(type, status);
    s.roles = roles;
    return s;
}

} // namespace

class TestPermissionMatrix : public QObject
{
    Q_OBJECT

private slots:
    void matrixCoversEveryAction();
    void matrix_U2_data();
    void matrix_U2();
    void needsActiveAccount_E10_data();
    void needsActiveAccount_E10();
    void allowsAnyCombinesRoles_U2();
    void sessionRequiresActiveAccount_E10_data();
    void sessionRequiresActiveAccount_E10();
    void sessionRefusesMissingRole_U2();
    void sessionWithoutPartnerRefused_U2();
    void sessionWithoutRolesRefused_U2();
    void helpdeskManagesNoAdministrators_S1();
};

void TestPermissionMatrix::matrixCoversEveryAction()
{
    // The hand-written list is the whole enumeration (its last enumerator + 1 values).
    QCOMPARE(qsizetype(std::size(AllActions)), qsizetype(static_cast<int>(Action::ViewActivityLog) + 1));
    for (std::size_t i = 0; i < std::size(AllActions); ++i) {
        QCOMPARE(static_cast<int>(AllActions[i]), int(i));
        QVERIFY2(expectedFor(AllActions[i]), actionName(AllActions[i]));
    }
    QCOMPARE(std::size(Spec), std::size(AllActions));

    // The matrix in core has exactly one row per action, and a name people read for each.
    const QList<Action> actions = PermissionMatrix::actions();
    QCOMPARE(actions.size(), qsizetype(std::size(AllActions)));
    QSet<int> seen;
    for (Action action : actions) {
        seen.insert(static_cast<int>(action));
    }
    QCOMPARE(seen.size(), actions.size());
    for (Action action : AllActions) {
        QVERIFY2(actions.contains(action), actionName(action));
        QVERIFY2(!PermissionMatrix::displayName(action).isEmpty(), actionName(action));
    }
}

void TestPermissionMatrix::matrix_U2_data()
{
    QTest::addColumn<Action>("action");
    QTest::addColumn<PartnerType>("type");
    QTest::addColumn<PartnerRole>("role");
    QTest::addColumn<bool>("allowed");
    for (Action action : AllActions) {
        for (PartnerType type : EnumValues<PartnerType>::all) {
            for (PartnerRole role : EnumValues<PartnerRole>::all) {
                const QByteArray name = QByteArray(actionName(action)) + '/' + Enums::key(type).toLatin1() + '/'
                    + Enums::key(role).toLatin1();
                QTest::newRow(name.constData()) << action << type << role << expectedAllows(action, type, role);
            }
        }
    }
}

void TestPermissionMatrix::matrix_U2()
{
    QFETCH(Action, action);
    QFETCH(PartnerType, type);
    QFETCH(PartnerRole, role);
    QFETCH(bool, allowed);
    QCOMPARE(PermissionMatrix::allows(action, type, role), allowed);
    QCOMPARE(PermissionMatrix::allowsAny(action, type, {role}), allowed);

    // A session of an Active account with only this role decides the same, and says why not.
    const Session session = partnerSession(type, PartnerStatus::Active, {role});
    QCOMPARE(session.can(action), allowed);
    const Status required = session.require(action);
    QCOMPARE(required.ok(), allowed);
    if (!allowed) {
        QCOMPARE(required.code(), ErrorCode::PermissionDenied);
    }
}

void TestPermissionMatrix::needsActiveAccount_E10_data()
{
    QTest::addColumn<Action>("action");
    QTest::addColumn<bool>("needsActive");
    for (Action action : AllActions) {
        const QByteArray name = QByteArray("E10/") + actionName(action);
        QTest::newRow(name.constData()) << action << expectedFor(action)->needsActive;
    }
}

void TestPermissionMatrix::needsActiveAccount_E10()
{
    QFETCH(Action, action);
    QFETCH(bool, needsActive);
    QCOMPARE(PermissionMatrix::needsActiveAccount(action), needsActive);

    // For every status but Active, a role the matrix allows still can't act where E10 applies.
    for (PartnerStatus status : EnumValues<PartnerStatus>::all) {
        for (PartnerType type : EnumValues<PartnerType>::all) {
            const Session session = partnerSession(type, status,
                                                   {EnumValues<PartnerRole>::all[0], EnumValues<PartnerRole>::all[1],
                                                    EnumValues<PartnerRole>::all[2], EnumValues<PartnerRole>::all[3]});
            const bool roleAllows = PermissionMatrix::allowsAny(action, type, session.roles);
            const bool expected = roleAllows && (!needsActive || status == PartnerStatus::Active);
            QVERIFY2(session.can(action) == expected, qPrintable(Enums::key(status) + u'/' + Enums::key(type)));
            QCOMPARE(session.require(action).ok(), expected);
        }
    }
}

void TestPermissionMatrix::allowsAnyCombinesRoles_U2()
{
    // A Sales agent who is also Helpdesk agent may do what either may.
    const QList<PartnerRole> both{PartnerRole::SalesAgent, PartnerRole::HelpdeskAgent};
    QVERIFY(PermissionMatrix::allowsAny(Action::InviteCustomers, PartnerType::IndirectReseller, both));
    QVERIFY(PermissionMatrix::allowsAny(Action::ManageCustomerUsersAndLicenses, PartnerType::IndirectReseller, both));
    QVERIFY(!PermissionMatrix::allowsAny(Action::EditLegalProfile, PartnerType::IndirectReseller, both));
    QVERIFY(!PermissionMatrix::allowsAny(Action::ViewCustomers, PartnerType::IndirectReseller, {}));
}

void TestPermissionMatrix::sessionRequiresActiveAccount_E10_data()
{
    QTest::addColumn<PartnerType>("type");
    QTest::addColumn<PartnerStatus>("status");
    QTest::addColumn<Action>("action");
    QTest::addColumn<QString>("message");
    QTest::newRow("E10 reseller pending verification can't invite customers")
        << PartnerType::IndirectReseller << PartnerStatus::PendingEmailVerification << Action::InviteCustomers
        << u"Your partner account is pending email verification: you can invite customers once it is Active."_s;
    QTest::newRow("E10 reseller under review can't authorize a provider")
        << PartnerType::IndirectReseller << PartnerStatus::UnderReview << Action::AuthorizeProvider
        << u"Your partner account is under review: you can authorize an indirect provider once it is Active."_s;
    QTest::newRow("E10 rejected reseller can't request orders")
        << PartnerType::IndirectReseller << PartnerStatus::Rejected << Action::RequestOrders
        << u"Your partner account is rejected: you can request orders once it is Active."_s;
    QTest::newRow("E10 suspended provider can't submit orders")
        << PartnerType::IndirectProvider << PartnerStatus::Suspended << Action::SubmitOrders
        << u"Your partner account is suspended: you can submit orders once it is Active."_s;
    QTest::newRow("E10 provider under review can't invite resellers")
        << PartnerType::IndirectProvider << PartnerStatus::UnderReview << Action::InviteResellers
        << u"Your partner account is under review: you can invite resellers once it is Active."_s;
}

void TestPermissionMatrix::sessionRequiresActiveAccount_E10()
{
    QFETCH(PartnerType, type);
    QFETCH(PartnerStatus, status);
    QFETCH(Action, action);
    QFETCH(QString, message);
    const Session waiting = partnerSession(type, status, {PartnerRole::AdminAgent});
    QVERIFY(!waiting.can(action));
    const Status refused = waiting.require(action);
    QCOMPARE(refused.code(), ErrorCode::InvalidState);
    QCOMPARE(refused.errorString(), message);
    // It still sees its settings and enrollment status.
    QVERIFY(waiting.can(Action::ViewAccountSettings));
    PD_VERIFY_OK(waiting.require(Action::ViewAccountSettings));

    // Once Active, the same user may.
    const Session active = partnerSession(type, PartnerStatus::Active, {PartnerRole::AdminAgent});
    QVERIFY(active.can(action));
    PD_VERIFY_OK(active.require(action));
}

void TestPermissionMatrix::sessionRefusesMissingRole_U2()
{
    const Session sales
        = partnerSession(PartnerType::IndirectReseller, PartnerStatus::Active, {PartnerRole::SalesAgent});
    QVERIFY(!sales.can(Action::EditLegalProfile));
    const Status refused = sales.require(Action::EditLegalProfile);
    QCOMPARE(refused.code(), ErrorCode::PermissionDenied);
    QCOMPARE(refused.errorString(),
             u"Your roles in Harborlight IT Services LLC don't allow you to edit the legal "
             "business profile. Ask an Admin agent."_s);

    // A missing role is the reason even where E10 would also refuse.
    const Session helpdesk
        = partnerSession(PartnerType::IndirectReseller, PartnerStatus::UnderReview, {PartnerRole::HelpdeskAgent});
    const Status both = helpdesk.require(Action::InviteCustomers);
    QCOMPARE(both.code(), ErrorCode::PermissionDenied);
    QCOMPARE(both.errorString(),
             u"Your roles in Harborlight IT Services LLC don't allow you to invite customers. "
             "Ask an Admin agent."_s);
}

void TestPermissionMatrix::sessionWithoutPartnerRefused_U2()
{
    Session customerAdmin;
    customerAdmin.user.directoryRole = DirectoryRole::GlobalAdministrator;
    customerAdmin.customerTenant = true;
    QCOMPARE(customerAdmin.persona(), Persona::Customer);
    for (Action action : AllActions) {
        QVERIFY2(!customerAdmin.can(action), actionName(action));
    }
    const Status refused = customerAdmin.require(Action::ViewCustomers);
    QCOMPARE(refused.code(), ErrorCode::PermissionDenied);
    QCOMPARE(refused.errorString(), u"Only users of a partner account can view customers."_s);
}

void TestPermissionMatrix::sessionWithoutRolesRefused_U2()
{
    // A user of a partner's tenant who holds no partner role may do nothing in it.
    const Session none = partnerSession(PartnerType::IndirectProvider, PartnerStatus::Active, {});
    QCOMPARE(none.persona(), Persona::Partner);
    for (Action action : AllActions) {
        QVERIFY2(!none.can(action), actionName(action));
        QCOMPARE(none.require(action).code(), ErrorCode::PermissionDenied);
    }
}

void TestPermissionMatrix::helpdeskManagesNoAdministrators_S1()
{
    // A Helpdesk agent manages a customer's users but hands over none of its administrators.
    for (PartnerType type : EnumValues<PartnerType>::all) {
        const Session helpdesk = partnerSession(type, PartnerStatus::Active, {PartnerRole::HelpdeskAgent});
        QVERIFY(helpdesk.can(Action::ManageCustomerUsersAndLicenses));
        QVERIFY(!helpdesk.can(Action::ManageCustomerAdministrators));
        const Status refused = helpdesk.require(Action::ManageCustomerAdministrators);
        QCOMPARE(refused.code(), ErrorCode::PermissionDenied);
        QCOMPARE(refused.errorString(),
                 u"Your roles in Harborlight IT Services LLC don't allow you to manage a customer's Global "
                 "administrators. Ask an Admin agent."_s);
        const Session admin = partnerSession(type, PartnerStatus::Active, {PartnerRole::AdminAgent});
        QVERIFY(admin.can(Action::ManageCustomerAdministrators));
    }
}

QTEST_GUILESS_MAIN(TestPermissionMatrix)
#include "tst_PermissionMatrix.moc"
