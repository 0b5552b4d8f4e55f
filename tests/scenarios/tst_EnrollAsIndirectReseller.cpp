// The seed's section "Enroll as a new indirect reseller in the Cloud Solution Provider program",
// walked end to end through the services the GUI calls, in the seed's order.

#include "TestSupport.h"
#include "services/AccountService.h"
#include "services/DirectoryService.h"
#include "services/EnrollmentService.h"
#include "services/UserService.h"
#include "storage/OutboxStore.h"

#include <QtTest>

using namespace Qt::StringLiterals;

class TestEnrollAsIndirectReseller : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void seedSectionEndToEnd();
};

void TestEnrollAsIndirectReseller::seedSectionEndToEnd()
{
    TestWorkspace tw;
    PD_VERIFY_OK(tw.openStatus());
    Workspace& ws = tw.workspace();
    auto program = tw.createProgramAdministrator();
    PD_VERIFY_OK(program);
    // The program keeps the PMC account and its profiles: one here, one in Mexico.
    PD_VERIFY_OK(ws.directory().addMpnProfile(program.value(),
                                              NewMpnProfile{u"quill.pmc"_s, u"Pmc!2026pass"_s, u"5300001"_s,
                                                            u"Quillfeather Consulting"_s, u"US"_s, MpnStatus::Active}));
    PD_VERIFY_OK(ws.directory().addMpnProfile(
        program.value(),
        NewMpnProfile{u"quill.pmc"_s, {}, u"5300003"_s, u"Quillfeather Consultoría"_s, u"MX"_s, MpnStatus::Active}));

    // Step 3: no tenant yet, so "Create new tenant" (it is created at "Enroll now").
    EnrollmentDraft draft;
    draft.createTenant = true;
    draft.newTenant = {u"Quillfeather Consulting"_s, u"quillfeather"_s, u"US"_s};
    draft.newAdministrator
        = {u"Avery Quinn"_s, u"avery"_s, TestWorkspace::defaultPassword(), DirectoryRole::GlobalAdministrator};
    PD_VERIFY_OK(ws.directory().checkDomainPrefix(u"quillfeather"_s));

    // Steps 5–6: PMC user name, then password.
    PD_VERIFY_ERROR(ws.directory().signInPmc(u"quill.pmc"_s, u"wrong"_s), ErrorCode::WrongPassword);
    auto pmc = ws.directory().signInPmc(u"quill.pmc"_s, u"Pmc!2026pass"_s);
    PD_VERIFY_OK(pmc);
    draft.pmcAccountId = pmc->id;

    // Step 7: the Mexican profile is refused for a US tenant; the US one is accepted.
    const QString country = ws.enrollment().tenantCountry(draft);
    PD_VERIFY_ERROR(ws.enrollment().checkProfile(*pmc, u"5300003"_s, country), ErrorCode::InvalidState);
    PD_VERIFY_OK(ws.enrollment().checkProfile(*pmc, u"5300001"_s, country));
    draft.partnerId = u"5300001"_s;

    // Step 8: legal business profile, primary contact, support; "Enroll now".
    draft.legal.legalName = u"Quillfeather Consulting LLC"_s;
    draft.legal.address = {u"200 Elm Street"_s, {}, u"Boston"_s, u"MA"_s, u"02110"_s, u"US"_s};
    draft.legal.contactFirstName = u"Avery"_s;
    draft.legal.contactLastName = u"Quinn"_s;
    draft.legal.contactEmail = u"avery.quinn@quillfeather.example"_s;
    draft.legal.contactPhone = u"+1 617 555 0123"_s;
    draft.support = {u"support@quillfeather.example"_s, u"+1 617 555 0199"_s, u"https://www.quillfeather.example"_s};
    auto avery = ws.enrollment().enroll(draft);
    PD_VERIFY_OK(avery);
    QCOMPARE(avery->partner->status, PartnerStatus::PendingEmailVerification);

    // The primary contact verifies the email with the code from the message in their mailbox;
    // the outbox, which everyone of the partner reads, only records that it was sent (S2).
    tw.clock().advance(10);
    QCOMPARE(tw.mail().messages().size(), 1);
    const MailMessage& mail = tw.mail().messages().constFirst();
    QCOMPARE(mail.to, draft.legal.contactEmail);
    const QString code = tw.mail().lastCode(draft.legal.contactEmail);
    QCOMPARE(code.size(), 6);
    auto inbox = OutboxStore::messages(tw.db(), avery->partner->id);
    PD_VERIFY_OK(inbox);
    QCOMPARE(inbox->size(), 1);
    QVERIFY(!inbox->first().body.contains(code));
    PD_VERIFY_OK(ws.enrollment().verifyEmail(avery.value(), code));

    // The program reviews: all automatic checks pass, and it approves.
    tw.clock().advance(60 * 24);
    auto applications = ws.enrollment().applications(program.value());
    PD_VERIFY_OK(applications);
    QCOMPARE(applications->size(), 1);
    for (const EnrollmentCheck& check : applications->first().checks) {
        QVERIFY2(check.passed, qPrintable(check.name + u": "_s + check.detail));
    }
    PD_VERIFY_OK(ws.enrollment().approve(program.value(), avery->partner->id));
    auto messages = OutboxStore::messages(tw.db(), avery->partner->id);
    PD_VERIFY_OK(messages);
    QCOMPARE(messages->size(), 3); // code, under review, active: every status change messaged (E8)
    QCOMPARE(messages->first().subject, u"Partner account of Quillfeather Consulting LLC: Active"_s);

    // Step 9: the enrolling user is an Admin agent and adds a Sales agent...
    auto active = ws.directory().session(avery->user.id);
    PD_VERIFY_OK(active);
    QCOMPARE(active->partner->status, PartnerStatus::Active);
    QVERIFY(active->hasRole(PartnerRole::AdminAgent));
    auto jordan = ws.users().addUser(active.value(),
                                     NewUser{u"Jordan Park"_s, u"jordan"_s, TestWorkspace::defaultPassword(), {}},
                                     {PartnerRole::SalesAgent});
    PD_VERIFY_OK(jordan);
    auto sales = tw.signIn(u"jordan@quillfeather.onmicrosoft.com"_s);
    PD_VERIFY_OK(sales);
    QCOMPARE(sales->roles, QList<PartnerRole>{PartnerRole::SalesAgent});
    // ...who can't add users (U1).
    PD_VERIFY_ERROR(ws.users().addUser(sales.value(),
                                       NewUser{u"Casey Morgan"_s, u"casey"_s, TestWorkspace::defaultPassword(), {}},
                                       {PartnerRole::HelpdeskAgent}),
                    ErrorCode::PermissionDenied);
    QCOMPARE(tw.scalar(u"SELECT count(*) FROM tenant_users WHERE upn LIKE '%@quillfeather.onmicrosoft.com'"_s).toInt(),
             2);
}

QTEST_GUILESS_MAIN(TestEnrollAsIndirectReseller)
#include "tst_EnrollAsIndirectReseller.moc"
