// Enrolling as an indirect reseller: rules E1–E8 (and E10 after it), each allowed and refused,
// through EnrollmentService as the wizard and the review page call it.

#include "TestSupport.h"
#include "services/AccountService.h"
#include "services/DirectoryService.h"
#include "services/EnrollmentService.h"
#include "services/OutboxService.h"
#include "storage/OutboxStore.h"
#include "storage/SqlQuery.h"

#include <QFile>
#include <QtTest>

using namespace Qt::StringLiterals;

class TestEnrollment : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void globalAdministratorEnrollsExistingTenant_E1_E6();
    void userWithoutGlobalAdministratorRoleRefused_E1();
    void newTenantCreatedOnlyAtEnrollNow_E1_E4();
    void newTenantHashedOutsideTheWriteLock_S10();
    void profileRules_E2_E3_data();
    void profileRules_E2_E3();
    void oneAccountPerTenant_E3();
    void incompleteDetailsRefusedAndNothingWritten_E1();
    void codeVerifiesEmail_E7();
    void fiveWrongCodesLockUntilNewCode_E7();
    void codesExpire_E7();
    void reviewApprovesOrRejects_E8();
    void nothingButEnrollmentUntilActive_E10();
    void enrolledPartnerCreatesResellerAccount_E9();
    void onlyAdminAgentsVerify_U2_E7();
    void newCodesAreLimited_E7();
    void resellerAccountRefusals_E9();
    void codeReachesOnlyThePrimaryContact_S2();
    void undeliveredCodeStoresNothing_S2();
    void codeInTheOutboxBeforeTheUpgradeStopsWorking_S2();

private:
    EnrollmentService& enrollment() { return m_tw->workspace().enrollment(); }
    EnrollmentDraft draftFor(const TenantFixture& tenant, const QString& partnerId) const;
    // The same draft creating the tenant "fabrikam" and its administrator avery.
    EnrollmentDraft newTenantDraft() const;
    QString lastCode(const QString& accountId);

    std::unique_ptr<TestWorkspace> m_tw;
    Session m_programAdmin;
    PmcAccount m_pmc;
    TenantFixture m_contoso;
};

void TestEnrollment::init()
{
    m_tw = std::make_unique<TestWorkspace>();
    PD_VERIFY_OK(m_tw->openStatus());
    auto admin = m_tw->createProgramAdministrator();
    PD_VERIFY_OK(admin);
    m_programAdmin = admin.value();
    auto pmc = m_tw->createPmcAccount(u"contoso.pmc"_s);
    PD_VERIFY_OK(pmc);
    m_pmc = pmc.value();
    PD_VERIFY_OK(m_tw->addMpnProfile(m_pmc, u"5300001"_s, u"US"_s, MpnStatus::Active, u"Contoso Consulting"_s));
    PD_VERIFY_OK(m_tw->addMpnProfile(m_pmc, u"5300002"_s, u"US"_s, MpnStatus::Inactive, u"Contoso (legacy)"_s));
    PD_VERIFY_OK(m_tw->addMpnProfile(m_pmc, u"5300003"_s, u"MX"_s, MpnStatus::Active, u"Contoso México"_s));
    auto contoso = m_tw->createTenant(u"contoso"_s);
    PD_VERIFY_OK(contoso);
    m_contoso = contoso.value();
}

void TestEnrollment::cleanup()
{
    m_tw.reset();
}

EnrollmentDraft TestEnrollment::draftFor(const TenantFixture& tenant, const QString& partnerId) const
{
    return TestWorkspace::enrollmentDraft(tenant.admin.id, m_pmc, partnerId, tenant.tenant.country);
}

QString TestEnrollment::lastCode(const QString& accountId)
{
    return m_tw->verificationCode(accountId);
}

void TestEnrollment::globalAdministratorEnrollsExistingTenant_E1_E6()
{
    auto signedIn = enrollment().signInAdministrator(m_contoso.admin.upn, TestWorkspace::defaultPassword());
    PD_VERIFY_OK(signedIn);
    auto session = enrollment().enroll(draftFor(m_contoso, u"5300001"_s));
    PD_VERIFY_OK(session);
    QVERIFY(session->partner.has_value());
    const PartnerAccount& account = *session->partner;
    QCOMPARE(account.type, PartnerType::IndirectReseller);
    QCOMPARE(account.status, PartnerStatus::PendingEmailVerification); // E6
    QCOMPARE(account.partnerId, u"5300001"_s);
    QCOMPARE(account.legal.contactPhone, u"+14255550100"_s);
    QCOMPARE(session->roles, QList<PartnerRole>{PartnerRole::AdminAgent}); // E6: first Admin agent
    // E6: the primary contact gets a verification message with a one-time code.
    auto messages = OutboxStore::messages(m_tw->db(), account.id);
    PD_VERIFY_OK(messages);
    QCOMPARE(messages->size(), 1);
    QCOMPARE(messages->first().recipient, u"ada@contoso.example"_s);
    QVERIFY(messages->first().subject.contains(u"Contoso Consulting LLC"_s));
    QCOMPARE(lastCode(account.id).size(), 6);
    QVERIFY(m_tw->mail().messages().constLast().body.contains(u"Contoso Consulting LLC"_s));
    // Only the code's hash is stored.
    QVERIFY(!m_tw->scalar(u"SELECT verification_code_hash FROM partner_accounts WHERE id = ?"_s, {account.id})
                 .toString()
                 .contains(lastCode(account.id)));
}

void TestEnrollment::userWithoutGlobalAdministratorRoleRefused_E1()
{
    auto user = m_tw->addUser(m_contoso.tenant, u"blake"_s);
    PD_VERIFY_OK(user);
    auto refused = enrollment().signInAdministrator(user->upn, TestWorkspace::defaultPassword());
    PD_VERIFY_ERROR(refused, ErrorCode::PermissionDenied);
    QCOMPARE(refused.errorString(),
             u"blake@contoso.onmicrosoft.com is not a Global administrator of %1. Only a Global administrator of the "
             "tenant can enroll it; sign in as one, or create a new tenant."_s.arg(m_contoso.tenant.displayName));
    EnrollmentDraft draft = draftFor(m_contoso, u"5300001"_s);
    draft.administratorUserId = user->id;
    PD_VERIFY_ERROR(enrollment().enroll(draft), ErrorCode::PermissionDenied);
    QCOMPARE(m_tw->count(u"partner_accounts"_s), 0);
}

EnrollmentDraft TestEnrollment::newTenantDraft() const
{
    EnrollmentDraft draft = draftFor(m_contoso, u"5300001"_s);
    draft.createTenant = true;
    draft.administratorUserId.clear();
    draft.newTenant = {u"Fabrikam Consulting"_s, u"Fabrikam"_s, u"US"_s};
    draft.newAdministrator
        = {u"Avery Quinn"_s, u"avery"_s, TestWorkspace::defaultPassword(), DirectoryRole::GlobalAdministrator};
    return draft;
}

void TestEnrollment::newTenantHashedOutsideTheWriteLock_S10()
{
    // Hashing the new administrator's password under the write lock made every other window's
    // write wait for it, and fail after the busy timeout.
    EnrollmentDraft draft = newTenantDraft();
    m_tw->watchPasswordWork();
    auto session = enrollment().enroll(draft);
    PD_VERIFY_OK(session);
    QCOMPARE(m_tw->passwordWork(), 1);
    QCOMPARE(m_tw->passwordWorkUnderWriteLock(), 0);
    PD_VERIFY_OK(m_tw->signIn(u"avery@fabrikam.onmicrosoft.com"_s));
}

void TestEnrollment::newTenantCreatedOnlyAtEnrollNow_E1_E4()
{
    EnrollmentDraft draft = newTenantDraft();
    QCOMPARE(enrollment().tenantCountry(draft), u"US"_s);
    const int tenants = m_tw->count(u"tenants"_s);
    auto session = enrollment().enroll(draft);
    PD_VERIFY_OK(session);
    QCOMPARE(m_tw->count(u"tenants"_s), tenants + 1);
    QCOMPARE(session->user.upn, u"avery@fabrikam.onmicrosoft.com"_s);
    QCOMPARE(session->tenant.domainPrefix, u"fabrikam"_s);
    QVERIFY(session->isGlobalAdministrator());
    QVERIFY(session->partner.has_value());

    // E4: the prefix is now taken; a second enrollment with it writes nothing at all.
    draft.partnerId = u"5300003"_s;
    draft.newTenant.country = u"MX"_s;
    auto taken = enrollment().enroll(draft);
    PD_VERIFY_ERROR(taken, ErrorCode::Conflict);
    QCOMPARE(taken.errorString(), u"fabrikam.onmicrosoft.com is already taken. Try another prefix."_s);
    QCOMPARE(m_tw->count(u"tenants"_s), tenants + 1);
}

void TestEnrollment::profileRules_E2_E3_data()
{
    QTest::addColumn<QString>("partnerId");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("message");
    QTest::newRow("E2 allowed: Active, same country") << u"5300001"_s << int(ErrorCode::None) << QString();
    QTest::newRow("E2 refused: Inactive") << u"5300002"_s << int(ErrorCode::InvalidState)
                                          << u"The MPN profile 5300002 (Contoso (legacy)) is inactive. Choose an "
                                             "active organization profile."_s;
    QTest::newRow("E2 refused: other country")
        << u"5300003"_s << int(ErrorCode::InvalidState)
        << u"The MPN profile 5300003 is located in Mexico, but your tenant is in United States. Choose a profile "
           "located in United States."_s;
    QTest::newRow("refused: not of this PMC account")
        << u"9999999"_s << int(ErrorCode::NotFound)
        << u"Choose one of the organization profiles of the Partner Membership Center account you signed in to."_s;
}

void TestEnrollment::profileRules_E2_E3()
{
    QFETCH(QString, partnerId);
    QFETCH(int, code);
    QFETCH(QString, message);
    Status checked = enrollment().checkProfile(m_pmc, partnerId, u"US"_s);
    QCOMPARE(int(checked.code()), code);
    QCOMPARE(checked.errorString(), message);
    auto enrolled = enrollment().enroll(draftFor(m_contoso, partnerId));
    QCOMPARE(int(enrolled.code()), code);
    QCOMPARE(m_tw->count(u"partner_accounts"_s), code == int(ErrorCode::None) ? 1 : 0);
}

void TestEnrollment::oneAccountPerTenant_E3()
{
    PD_VERIFY_OK(enrollment().enroll(draftFor(m_contoso, u"5300001"_s)));
    // The same tenant can't enroll twice.
    auto again = enrollment().signInAdministrator(m_contoso.admin.upn, TestWorkspace::defaultPassword());
    PD_VERIFY_ERROR(again, ErrorCode::Conflict);
    // The Partner ID is linked now: another tenant can't use it.
    auto other = m_tw->createTenant(u"northwind"_s);
    PD_VERIFY_OK(other);
    Status linked = enrollment().checkProfile(m_pmc, u"5300001"_s, u"US"_s);
    PD_VERIFY_ERROR(linked, ErrorCode::Conflict);
    QCOMPARE(linked.errorString(),
             u"The Partner ID 5300001 is already linked to the partner account of Contoso Consulting LLC."_s);
    PD_VERIFY_ERROR(enrollment().enroll(draftFor(other.value(), u"5300001"_s)), ErrorCode::Conflict);
    QCOMPARE(m_tw->count(u"partner_accounts"_s), 1);
}

void TestEnrollment::incompleteDetailsRefusedAndNothingWritten_E1()
{
    EnrollmentDraft draft = draftFor(m_contoso, u"5300001"_s);
    draft.legal.contactEmail = u"ada@"_s;
    auto refused = enrollment().enroll(draft);
    PD_VERIFY_ERROR(refused, ErrorCode::InvalidInput);
    QCOMPARE(refused.error().field(), u"contactEmail"_s);
    draft = draftFor(m_contoso, u"5300001"_s);
    draft.pmcAccountId.clear();
    PD_VERIFY_ERROR(enrollment().enroll(draft), ErrorCode::InvalidInput);
    QCOMPARE(m_tw->count(u"partner_accounts"_s), 0);
    QCOMPARE(m_tw->count(u"outbox_messages"_s), 0);
}

void TestEnrollment::codeVerifiesEmail_E7()
{
    auto session = enrollment().enroll(draftFor(m_contoso, u"5300001"_s));
    PD_VERIFY_OK(session);
    const QString id = session->partner->id;
    PD_VERIFY_OK(enrollment().verifyEmail(session.value(), lastCode(id)));
    auto account = m_tw->workspace().accounts().account(session.value());
    PD_VERIFY_OK(account);
    QCOMPARE(account->status, PartnerStatus::UnderReview);
    QCOMPARE(account->vetting, VettingStatus::BusinessVerification);
    // The status change messaged the primary contact (E8) and is in the history.
    auto messages = OutboxStore::messages(m_tw->db(), id);
    PD_VERIFY_OK(messages);
    QCOMPARE(messages->first().kind, u"enrollment.statusChanged"_s);
    auto history = m_tw->workspace().accounts().statusHistory(session.value());
    PD_VERIFY_OK(history);
    QCOMPARE(history->last().toStatus, PartnerStatus::UnderReview);
    // Once verified, a code is no longer asked for.
    PD_VERIFY_ERROR(enrollment().verifyEmail(session.value(), lastCode(id)), ErrorCode::InvalidState);
}

void TestEnrollment::fiveWrongCodesLockUntilNewCode_E7()
{
    auto session = enrollment().enroll(draftFor(m_contoso, u"5300001"_s));
    PD_VERIFY_OK(session);
    const QString id = session->partner->id;
    const QString right = lastCode(id);
    const QString wrong = right == u"000000"_s ? u"111111"_s : u"000000"_s;
    for (int i = 1; i <= 4; ++i) {
        Status refused = enrollment().verifyEmail(session.value(), wrong);
        PD_VERIFY_ERROR(refused, ErrorCode::InvalidInput);
        QCOMPARE(refused.errorString(),
                 u"The code is incorrect. Check the message sent to ada@contoso.example; %1 tries left."_s.arg(5 - i));
    }
    PD_VERIFY_ERROR(enrollment().verifyEmail(session.value(), wrong), ErrorCode::Locked);
    // Locked: even the right code is refused until a new one is sent.
    Status locked = enrollment().verifyEmail(session.value(), right);
    PD_VERIFY_ERROR(locked, ErrorCode::Locked);
    QCOMPARE(locked.errorString(),
             u"Verification is locked after 5 wrong codes. Send a new code and enter that one."_s);
    m_tw->clock().advance(1); // messages are listed newest first
    PD_VERIFY_OK(enrollment().sendNewCode(session.value()));
    const QString fresh = lastCode(id);
    PD_VERIFY_OK(enrollment().verifyEmail(session.value(), fresh));
}

void TestEnrollment::codesExpire_E7()
{
    auto session = enrollment().enroll(draftFor(m_contoso, u"5300001"_s));
    PD_VERIFY_OK(session);
    const QString code = lastCode(session->partner->id);
    m_tw->clock().advance(7 * 24 * 60 + 1);
    Status expired = enrollment().verifyEmail(session.value(), code);
    PD_VERIFY_ERROR(expired, ErrorCode::InvalidState);
    QCOMPARE(expired.errorString(), u"The code has expired. Send a new code and enter that one."_s);
    m_tw->clock().advance(1);
    PD_VERIFY_OK(enrollment().sendNewCode(session.value()));
    PD_VERIFY_OK(enrollment().verifyEmail(session.value(), lastCode(session->partner->id)));
}

void TestEnrollment::reviewApprovesOrRejects_E8()
{
    auto session = enrollment().enroll(draftFor(m_contoso, u"5300001"_s));
    PD_VERIFY_OK(session);
    const QString id = session->partner->id;
    // Not under review yet: nothing to decide, and the list is empty.
    PD_VERIFY_ERROR(enrollment().approve(m_programAdmin, id), ErrorCode::InvalidState);
    PD_VERIFY_OK(enrollment().verifyEmail(session.value(), lastCode(id)));

    auto applications = enrollment().applications(m_programAdmin);
    PD_VERIFY_OK(applications);
    QCOMPARE(applications->size(), 1);
    const EnrollmentApplication& app = applications->first();
    QCOMPARE(app.account.id, id);
    QCOMPARE(app.checks.size(), 3);
    QVERIFY2(app.checks[0].passed, qPrintable(app.checks[0].detail)); // contoso.example on both
    QVERIFY2(app.checks[1].passed, qPrintable(app.checks[1].detail)); // "Contoso Consulting" in both names
    QVERIFY2(app.checks[2].passed, qPrintable(app.checks[2].detail));

    // Only a program administrator decides.
    PD_VERIFY_ERROR(enrollment().approve(session.value(), id), ErrorCode::PermissionDenied);
    PD_VERIFY_ERROR(enrollment().applications(session.value()), ErrorCode::PermissionDenied);
    // A rejection needs a reason.
    PD_VERIFY_ERROR(enrollment().reject(m_programAdmin, id, u"  "_s), ErrorCode::InvalidInput);

    m_tw->clock().advance(1); // messages are listed newest first
    auto approved = enrollment().approve(m_programAdmin, id);
    PD_VERIFY_OK(approved);
    QCOMPARE(approved->status, PartnerStatus::Active);
    auto messages = OutboxStore::messages(m_tw->db(), id);
    PD_VERIFY_OK(messages);
    QCOMPARE(messages->first().subject, u"Partner account of Contoso Consulting LLC: Active"_s);
    QCOMPARE(messages->first().recipient, u"ada@contoso.example"_s);
    auto after = enrollment().applications(m_programAdmin);
    PD_VERIFY_OK(after);
    QVERIFY(after->isEmpty());

    // Another application, rejected with its reason.
    auto other = m_tw->createTenant(u"northwind"_s);
    PD_VERIFY_OK(other);
    PD_VERIFY_OK(m_tw->addMpnProfile(m_pmc, u"5300004"_s, u"US"_s, MpnStatus::Active, u"Northwind Traders"_s));
    EnrollmentDraft draft = draftFor(other.value(), u"5300004"_s);
    draft.legal.contactEmail = u"owner@freemail.example"_s;
    auto northwind = enrollment().enroll(draft);
    PD_VERIFY_OK(northwind);
    PD_VERIFY_OK(enrollment().verifyEmail(northwind.value(), lastCode(northwind->partner->id)));
    auto pending = enrollment().applications(m_programAdmin);
    PD_VERIFY_OK(pending);
    QVERIFY(!pending->first().checks[0].passed); // freemail.example is not contoso.example
    QVERIFY(!pending->first().checks[1].passed); // "Contoso Consulting LLC" vs "Northwind Traders"
    auto rejected = enrollment().reject(m_programAdmin, northwind->partner->id, u"The business can't be verified."_s);
    PD_VERIFY_OK(rejected);
    QCOMPARE(rejected->status, PartnerStatus::Rejected);
    QCOMPARE(rejected->rejectionReason, u"The business can't be verified."_s);
}

void TestEnrollment::nothingButEnrollmentUntilActive_E10()
{
    auto session = enrollment().enroll(draftFor(m_contoso, u"5300001"_s));
    PD_VERIFY_OK(session);
    for (Action action : {Action::InviteCustomers, Action::AuthorizeProvider, Action::RequestOrders}) {
        QVERIFY(!session->can(action));
        PD_VERIFY_ERROR(session->require(action), ErrorCode::InvalidState);
    }
    QVERIFY(session->can(Action::ViewAccountSettings));
    PD_VERIFY_OK(enrollment().verifyEmail(session.value(), lastCode(session->partner->id)));
    PD_VERIFY_OK(enrollment().approve(m_programAdmin, session->partner->id));
    auto active = m_tw->workspace().directory().session(session->user.id);
    PD_VERIFY_OK(active);
    QVERIFY(active->can(Action::InviteCustomers));
    QVERIFY(active->can(Action::AuthorizeProvider));
}

void TestEnrollment::enrolledPartnerCreatesResellerAccount_E9()
{
    auto provider = m_tw->createPartner(u"bluewater"_s, PartnerType::IndirectProvider);
    PD_VERIFY_OK(provider);
    auto session = m_tw->signIn(provider->admin.upn);
    PD_VERIFY_OK(session);
    QVERIFY(!session->can(Action::InviteCustomers)); // a provider alone doesn't invite customers

    auto reseller = enrollment().createResellerAccount(session.value(),
                                                       {u"resell@bluewater.example"_s, u"+1 503 555 0110"_s, {}});
    PD_VERIFY_OK(reseller);
    QCOMPARE(reseller->partner->types(),
             (QList<PartnerType>{PartnerType::IndirectProvider, PartnerType::IndirectReseller}));
    QCOMPARE(reseller->partner->programs.first().support.phone, u"+15035550110"_s);
    // Only the support details were asked for; the account, its Partner ID and its tenant stay.
    QCOMPARE(reseller->partner->id, provider->account.id);
    QCOMPARE(m_tw->count(u"partner_accounts"_s), 1);
    // It may now do what an Active indirect reseller does, and still what a provider does.
    QVERIFY(reseller->can(Action::InviteCustomers));
    QVERIFY(reseller->can(Action::AuthorizeProvider));
    QVERIFY(reseller->can(Action::InviteResellers));
    auto messages = OutboxStore::messages(m_tw->db(), provider->account.id);
    PD_VERIFY_OK(messages);
    QCOMPARE(messages->first().kind, u"enrollment.resellerAccountCreated"_s);
}

void TestEnrollment::resellerAccountRefusals_E9()
{
    auto provider = m_tw->createPartner(u"bluewater"_s, PartnerType::IndirectProvider, PartnerStatus::Active,
                                        {PartnerRole::SalesAgent});
    PD_VERIFY_OK(provider);
    auto sales = m_tw->signIn(provider->admin.upn);
    PD_VERIFY_OK(sales);
    const SupportProfile support{u"resell@bluewater.example"_s, u"+1 503 555 0110"_s, {}};
    PD_VERIFY_ERROR(enrollment().createResellerAccount(sales.value(), support), ErrorCode::PermissionDenied);

    auto pending
        = m_tw->createPartner(u"kestrel"_s, PartnerType::IndirectProvider, PartnerStatus::PendingEmailVerification);
    PD_VERIFY_OK(pending);
    auto notActive = enrollment().createResellerAccount(m_tw->signIn(pending->admin.upn).value(), support);
    PD_VERIFY_ERROR(notActive, ErrorCode::InvalidState);

    auto active = m_tw->createPartner(u"northstar"_s, PartnerType::IndirectProvider);
    PD_VERIFY_OK(active);
    auto admin = m_tw->signIn(active->admin.upn);
    PD_VERIFY_OK(admin);
    auto invalid = enrollment().createResellerAccount(admin.value(), {u"resell@"_s, u"+1 503 555 0110"_s, {}});
    PD_VERIFY_ERROR(invalid, ErrorCode::InvalidInput);
    QCOMPARE(invalid.error().field(), u"supportEmail"_s);
    PD_VERIFY_OK(enrollment().createResellerAccount(admin.value(), support));
    auto twice = enrollment().createResellerAccount(admin.value(), support);
    PD_VERIFY_ERROR(twice, ErrorCode::Conflict);
    QCOMPARE(twice.errorString(), u"%1 is already an indirect reseller."_s.arg(active->account.legal.legalName));

    auto reseller = m_tw->createPartner(u"harbor"_s, PartnerType::IndirectReseller);
    PD_VERIFY_OK(reseller);
    // A reseller has nothing to create: the matrix gives the action to providers only.
    PD_VERIFY_ERROR(enrollment().createResellerAccount(m_tw->signIn(reseller->admin.upn).value(), support),
                    ErrorCode::PermissionDenied);
    QCOMPARE(m_tw->count(u"partner_programs"_s), 1);
}

void TestEnrollment::onlyAdminAgentsVerify_U2_E7()
{
    auto session = enrollment().enroll(draftFor(m_contoso, u"5300001"_s));
    PD_VERIFY_OK(session);
    auto sales = m_tw->addUser(m_contoso.tenant, u"jordan"_s);
    PD_VERIFY_OK(sales);
    PD_VERIFY_OK(m_tw->addRoles(session->partner->id, sales->id, {PartnerRole::SalesAgent}));
    auto salesSession = m_tw->signIn(sales->upn);
    PD_VERIFY_OK(salesSession);
    const QString code = lastCode(session->partner->id);
    PD_VERIFY_ERROR(enrollment().verifyEmail(salesSession.value(), code), ErrorCode::PermissionDenied);
    PD_VERIFY_ERROR(enrollment().sendNewCode(salesSession.value()), ErrorCode::PermissionDenied);
    QCOMPARE(m_tw->scalar(u"SELECT status FROM partner_accounts WHERE id = ?"_s, {session->partner->id}).toString(),
             u"PendingEmailVerification"_s);
    PD_VERIFY_OK(enrollment().verifyEmail(session.value(), code));
}

void TestEnrollment::newCodesAreLimited_E7()
{
    auto session = enrollment().enroll(draftFor(m_contoso, u"5300001"_s));
    PD_VERIFY_OK(session);
    for (int i = 2; i <= 5; ++i) {
        m_tw->clock().advance(1);
        PD_VERIFY_OK(enrollment().sendNewCode(session.value()));
    }
    m_tw->clock().advance(1);
    Status sixth = enrollment().sendNewCode(session.value());
    PD_VERIFY_ERROR(sixth, ErrorCode::Locked);
    QVERIFY2(sixth.errorString().startsWith(u"5 codes were sent in the last 24 hours"_s),
             qPrintable(sixth.errorString()));
    // A day after the first code, one more can be sent.
    m_tw->clock().advance(24 * 60);
    PD_VERIFY_OK(enrollment().sendNewCode(session.value()));
}

namespace {

// Whether bytes hold code standing alone, as a message shows it. Six random digits also turn up by
// chance inside a UUID, a hash or a Partner ID, where letters or digits surround them.
bool holdsCode(const QByteArray& bytes, const QString& code)
{
    const QByteArray needle = code.toLatin1();
    auto isWordByte = [](char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0; };
    for (qsizetype at = bytes.indexOf(needle); at >= 0; at = bytes.indexOf(needle, at + 1)) {
        const bool before = at > 0 && isWordByte(bytes.at(at - 1));
        const qsizetype end = at + needle.size();
        const bool after = end < bytes.size() && isWordByte(bytes.at(end));
        if (!before && !after) {
            return true;
        }
    }
    return false;
}

QByteArray fileBytes(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

void TestEnrollment::codeReachesOnlyThePrimaryContact_S2()
{
    auto session = enrollment().enroll(draftFor(m_contoso, u"5300001"_s));
    PD_VERIFY_OK(session);
    const QString id = session->partner->id;
    for (int round = 0; round < 2; ++round) { // after Enroll now, and after Send a new code
        // The primary contact's mailbox got exactly one message for this code, with the code.
        const QList<MailMessage> mail = m_tw->mail().messages();
        QCOMPARE(mail.size(), round + 1);
        QCOMPARE(mail.constLast().to, u"ada@contoso.example"_s);
        QCOMPARE(mail.constLast().subject,
                 u"Verify your email address for the partner account of Contoso Consulting LLC"_s);
        QCOMPARE(mail.constLast().date, m_tw->clock().now());
        const QString code = m_tw->mail().lastCode(u"ada@contoso.example"_s);
        QCOMPARE(code.size(), 6);
        QVERIFY(mail.constLast().body.contains(u"\n    "_s + code + u"\n"_s));

        // The outbox, which everyone of the partner reads, says the code was sent and not what it is.
        auto outbox = m_tw->workspace().outbox().messages(session.value());
        PD_VERIFY_OK(outbox);
        QCOMPARE(outbox->size(), round + 1);
        for (const OutboxMessage& message : outbox.value()) {
            QCOMPARE(message.kind, u"enrollment.verificationCode"_s);
            QCOMPARE(message.recipient, u"ada@contoso.example"_s);
            QVERIFY2(!message.body.contains(code), qPrintable(message.body));
            QVERIFY2(message.body.startsWith(u"A verification code was sent to ada@contoso.example. The code is not "
                                             "kept in PartnerDesk"_s),
                     qPrintable(message.body));
        }
        // Nothing in the workspace file holds the code, committed or still in the write-ahead log;
        // on a server, no text column of the outbox or the partner.
        if (m_tw->onServer()) {
            QCOMPARE(m_tw->scalar(u"SELECT count(*) FROM outbox_messages WHERE body LIKE ? OR subject LIKE ?"_s,
                                  {u"%"_s + code + u"%"_s, u"%"_s + code + u"%"_s})
                         .toInt(),
                     0);
            QVERIFY(m_tw->scalar(u"SELECT verification_code_hash FROM partner_accounts WHERE id = ?"_s, {id})
                        .toString()
                        .indexOf(code)
                    < 0);
        } else {
            const QByteArray stored = fileBytes(m_tw->databasePath()) + fileBytes(m_tw->databasePath() + u"-wal"_s);
            QVERIFY(!stored.isEmpty());
            QVERIFY2(!holdsCode(stored, code), "the plain code is in the workspace file");
        }

        m_tw->clock().advance(1);
        if (round == 0) {
            PD_VERIFY_OK(enrollment().sendNewCode(session.value()));
        }
    }
    // The delivered code verifies the address.
    PD_VERIFY_OK(enrollment().verifyEmail(session.value(), m_tw->mail().lastCode(u"ada@contoso.example"_s)));
    QCOMPARE(m_tw->scalar(u"SELECT status FROM partner_accounts WHERE id = ?"_s, {id}).toString(), u"UnderReview"_s);
}

void TestEnrollment::codeInTheOutboxBeforeTheUpgradeStopsWorking_S2()
{
    auto session = enrollment().enroll(draftFor(m_contoso, u"5300001"_s));
    PD_VERIFY_OK(session);
    const QString code = m_tw->mail().lastCode(u"ada@contoso.example"_s);
    // As a PartnerDesk before S2 left it: the code in the outbox, for everyone of the partner.
    const QString oldBody = u"Hello Ada,\n\nContoso Consulting LLC is enrolling ... enter this code on the Home page "
                            "of PartnerDesk:\n\n    %1\n\nThe code expires on Saturday."_s.arg(code);
    PD_VERIFY_OK(SqlQuery::run(m_tw->db(), u"UPDATE outbox_messages SET body = ? WHERE kind = ?"_s,
                               {oldBody, u"enrollment.verificationCode"_s}));
    PD_VERIFY_OK(m_tw->rewindSchema(6));

    m_tw->workspace().close();
    PD_VERIFY_OK(m_tw->workspace().open(m_tw->location()));
    auto outbox = m_tw->workspace().outbox().messages(session.value());
    PD_VERIFY_OK(outbox);
    QCOMPARE(outbox->size(), 1);
    QCOMPARE(outbox->constFirst().body, QString(oldBody).replace(code, u"••••••"_s));
    // The code that was readable there no longer verifies; a new one, sent to the contact, does.
    auto refused = enrollment().verifyEmail(session.value(), code);
    PD_VERIFY_ERROR(refused, ErrorCode::InvalidState);
    QCOMPARE(refused.errorString(), u"The code has expired. Send a new code and enter that one."_s);
    PD_VERIFY_OK(enrollment().sendNewCode(session.value()));
    PD_VERIFY_OK(enrollment().verifyEmail(session.value(), m_tw->mail().lastCode(u"ada@contoso.example"_s)));
}

void TestEnrollment::undeliveredCodeStoresNothing_S2()
{
    // A code that can't reach the primary contact is no enrollment: nothing stays behind.
    const QStringList before = m_tw->snapshot();
    m_tw->mail().refuseWith(u"The disk is full."_s);
    auto refused = enrollment().enroll(draftFor(m_contoso, u"5300001"_s));
    PD_VERIFY_ERROR(refused, ErrorCode::Storage);
    QCOMPARE(refused.errorString(), u"The disk is full."_s);
    QCOMPARE(m_tw->snapshot(), before);
    QCOMPARE(m_tw->count(u"partner_accounts"_s), 0);

    // Nor is a new code: the one sent before still works.
    m_tw->mail().refuseWith({});
    auto session = enrollment().enroll(draftFor(m_contoso, u"5300001"_s));
    PD_VERIFY_OK(session);
    const QString code = m_tw->mail().lastCode(u"ada@contoso.example"_s);
    const QStringList enrolled = m_tw->snapshot();
    m_tw->mail().refuseWith(u"The disk is full."_s);
    m_tw->clock().advance(1);
    PD_VERIFY_ERROR(enrollment().sendNewCode(session.value()), ErrorCode::Storage);
    QCOMPARE(m_tw->snapshot(), enrolled);
    PD_VERIFY_OK(enrollment().verifyEmail(session.value(), code));
}

QTEST_GUILESS_MAIN(TestEnrollment)
#include "tst_Enrollment.moc"
