// The program administrator's Enrollment reviews (E8): each application under review with the
// results of its automatic checks; Approve makes the account Active, Reject stores the reason;
// either way the list reloads and the primary contact is messaged. Others get core's refusal.

#include "TestSupport.h"
#include "UiTestSupport.h"
#include "pages/EnrollmentReviewsPage.h"
#include "services/AccountService.h"
#include "services/DirectoryService.h"
#include "services/EnrollmentService.h"
#include "storage/OutboxStore.h"

#include <QApplication>
#include <QEvent>
#include <QGroupBox>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QTimer>
#include <QtTest>

using namespace Qt::StringLiterals;

class TestEnrollmentReviewsPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void listsApplicationWithChecks_E8();
    void failedChecksMarked_E8();
    void approveMakesActive_E8();
    void rejectStoresReason_E8();
    void rejectWithoutReasonRefused_E8();
    void partnerUserRefused_E8();
    void emptyListShowsNote();

private:
    // Enrolls the tenant's Global administrator with the profile and verifies the email, so the
    // application is under review. Returns the enrolling user's session.
    Result<Session> submit(const TenantFixture& tenant, const QString& partnerId, const QString& legalName,
                           const QString& contactEmail);
    QString lastCode(const QString& accountId) const;
    static QString text(const QTableWidget* table, int row, int column);
    // Answers the reason dialog that the next click opens.
    void answerReason(const QString& reason);
    QString storedStatus(const QString& accountId) const;

    std::unique_ptr<TestWorkspace> m_tw;
    Session m_programAdmin;
    PmcAccount m_pmc;
    Session m_contoso; // the Admin agent of the application under review
};

void TestEnrollmentReviewsPage::init()
{
    m_tw = std::make_unique<TestWorkspace>();
    PD_VERIFY_OK(m_tw->openStatus());
    auto admin = m_tw->createProgramAdministrator();
    PD_VERIFY_OK(admin);
    m_programAdmin = admin.value();
    auto contoso = m_tw->createTenant(u"contoso"_s);
    PD_VERIFY_OK(contoso);
    auto pmc = m_tw->createPmcAccount(u"contoso.pmc"_s);
    PD_VERIFY_OK(pmc);
    m_pmc = pmc.value();
    PD_VERIFY_OK(m_tw->addMpnProfile(m_pmc, u"5300001"_s, u"US"_s, MpnStatus::Active, u"Contoso Consulting"_s));
    auto session = submit(contoso.value(), u"5300001"_s, u"Contoso Consulting LLC"_s, u"ada@contoso.example"_s);
    PD_VERIFY_OK(session);
    m_contoso = session.value();
}

void TestEnrollmentReviewsPage::cleanup()
{
    m_tw.reset();
}

Result<Session> TestEnrollmentReviewsPage::submit(const TenantFixture& tenant, const QString& partnerId,
                                                  const QString& legalName, const QString& contactEmail)
{
    EnrollmentDraft draft = TestWorkspace::enrollmentDraft(tenant.admin.id, m_pmc, partnerId, tenant.tenant.country);
    draft.legal.legalName = legalName;
    draft.legal.contactEmail = contactEmail;
    EnrollmentService& enrollment = m_tw->workspace().enrollment();
    m_tw->clock().advance(1); // messages are listed newest first
    auto session = enrollment.enroll(draft);
    if (!session) {
        return session;
    }
    m_tw->clock().advance(1);
    Status verified = enrollment.verifyEmail(session.value(), lastCode(session->partner->id));
    if (!verified) {
        return verified.error();
    }
    m_tw->clock().advance(1);
    return m_tw->workspace().directory().session(session->user.id);
}

QString TestEnrollmentReviewsPage::lastCode(const QString& accountId) const
{
    return m_tw->verificationCode(accountId);
}

QString TestEnrollmentReviewsPage::text(const QTableWidget* table, int row, int column)
{
    const QTableWidgetItem* item = table->item(row, column);
    return item ? item->text() : QString();
}

void TestEnrollmentReviewsPage::answerReason(const QString& reason)
{
    QTimer::singleShot(0, this, [reason]() {
        auto* input = qobject_cast<QInputDialog*>(QApplication::activeModalWidget());
        if (input) {
            input->setTextValue(reason);
            input->accept();
        }
    });
}

QString TestEnrollmentReviewsPage::storedStatus(const QString& accountId) const
{
    return m_tw->scalar(u"SELECT status FROM partner_accounts WHERE id = ?"_s, {accountId}).toString();
}

void TestEnrollmentReviewsPage::listsApplicationWithChecks_E8()
{
    EnrollmentReviewsPage page(m_tw->workspace(), m_programAdmin);
    page.show();
    QCOMPARE(page.objectName(), u"enrollmentReviewsPage"_s);
    QCOMPARE(page.title(), u"Enrollment reviews"_s);
    auto* table = UiTest::child<QTableWidget>(&page, u"applicationsTableWidget"_s);
    QVERIFY(table);
    QCOMPARE(table->rowCount(), 1);
    QCOMPARE(table->horizontalHeaderItem(0)->text(), u"Legal business name"_s);
    QCOMPARE(table->horizontalHeaderItem(4)->text(), u"Checks passed"_s);
    QCOMPARE(text(table, 0, 0), u"Contoso Consulting LLC"_s);
    QCOMPARE(text(table, 0, 1), u"5300001"_s);
    QCOMPARE(text(table, 0, 2), u"United States"_s);
    QCOMPARE(text(table, 0, 3),
             QLocale().toString(m_contoso.partner->created.toLocalTime().date(), QLocale::ShortFormat));
    QCOMPARE(text(table, 0, 4), u"3 of 3"_s);
    QVERIFY(!UiTest::child<QLabel>(&page, u"enrollmentReviewsEmptyLabel"_s)->isVisible());
    QVERIFY(!UiTest::child<QLabel>(&page, u"enrollmentReviewsErrorLabel"_s)->isVisible());

    // The first application is selected and shown in full.
    QCOMPARE(table->selectionModel()->selectedRows().size(), 1);
    QCOMPARE(UiTest::child<QGroupBox>(&page, u"applicationGroupBox"_s)->title(),
             u"Application of Contoso Consulting LLC"_s);
    QCOMPARE(UiTest::child<QLabel>(&page, u"applicationTenantDomainLabel"_s)->text(), u"contoso.onmicrosoft.com"_s);
    QCOMPARE(UiTest::child<QLabel>(&page, u"applicationAddressLabel"_s)->text(),
             u"1 Main Street, Redmond, WA, 98052, United States"_s);
    QCOMPARE(UiTest::child<QLabel>(&page, u"applicationContactLabel"_s)->text(),
             u"Ada Lovelace, ada@contoso.example, +1 425-555-0100"_s);
    QCOMPARE(UiTest::child<QLabel>(&page, u"applicationSupportLabel"_s)->text(),
             u"help@contoso.example, +1 425-555-0199, https://www.contoso.example"_s);
    QCOMPARE(UiTest::child<QLabel>(&page, u"applicationOrganizationLabel"_s)->text(),
             u"Contoso Consulting (Partner ID 5300001, United States, Active)"_s);

    auto* checks = UiTest::child<QTableWidget>(&page, u"enrollmentChecksTableWidget"_s);
    QVERIFY(checks);
    QCOMPARE(checks->accessibleName(), u"Automatic checks"_s);
    QCOMPARE(checks->rowCount(), 3);
    QCOMPARE(text(checks, 0, 0), u"Primary contact's email domain"_s);
    QCOMPARE(text(checks, 1, 0), u"Legal name and MPN organization"_s);
    QCOMPARE(text(checks, 2, 0), u"Country/region"_s);
    for (int row = 0; row < 3; ++row) {
        QCOMPARE(text(checks, row, 1), u"\u2714 Passed"_s);
        QVERIFY(!text(checks, row, 2).isEmpty());
    }
    QCOMPARE(text(checks, 0, 2), u"contoso.example matches the organization's web site or tenant domain."_s);
    QVERIFY(UiTest::child<QPushButton>(&page, u"approvePushButton"_s)->isEnabled());
    QVERIFY(UiTest::child<QPushButton>(&page, u"rejectPushButton"_s)->isEnabled());
    QCOMPARE(UiTest::child<QPushButton>(&page, u"approvePushButton"_s)->text(), u"&Approve"_s);
    QCOMPARE(UiTest::child<QPushButton>(&page, u"rejectPushButton"_s)->text(), u"&Reject…"_s);
}

void TestEnrollmentReviewsPage::failedChecksMarked_E8()
{
    auto northwind = m_tw->createTenant(u"northwind"_s);
    PD_VERIFY_OK(northwind);
    PD_VERIFY_OK(m_tw->addMpnProfile(m_pmc, u"5300004"_s, u"US"_s, MpnStatus::Active, u"Northwind Traders"_s));
    PD_VERIFY_OK(submit(northwind.value(), u"5300004"_s, u"Fourth Coffee Inc."_s, u"owner@freemail.example"_s));

    EnrollmentReviewsPage page(m_tw->workspace(), m_programAdmin);
    page.show();
    auto* table = UiTest::child<QTableWidget>(&page, u"applicationsTableWidget"_s);
    QCOMPARE(table->rowCount(), 2);
    const int row = text(table, 0, 0) == u"Fourth Coffee Inc."_s ? 0 : 1;
    QCOMPARE(text(table, row, 0), u"Fourth Coffee Inc."_s);
    QCOMPARE(text(table, row, 4), u"1 of 3"_s);
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualItemRect(table->item(row, 1)).center());
    QCOMPARE(UiTest::child<QLabel>(&page, u"applicationTenantDomainLabel"_s)->text(), u"northwind.onmicrosoft.com"_s);
    auto* checks = UiTest::child<QTableWidget>(&page, u"enrollmentChecksTableWidget"_s);
    QCOMPARE(text(checks, 0, 1), u"\u2718 Failed"_s);
    QCOMPARE(text(checks, 0, 2),
             u"freemail.example matches neither the web site (contoso.example) nor the tenant domain "
             "(northwind.onmicrosoft.com)."_s);
    QCOMPARE(text(checks, 1, 1), u"\u2718 Failed"_s);
    QCOMPARE(text(checks, 1, 2), u"\"Fourth Coffee Inc.\" and \"Northwind Traders\""_s);
    QCOMPARE(text(checks, 2, 1), u"\u2714 Passed"_s);
}

void TestEnrollmentReviewsPage::approveMakesActive_E8()
{
    EnrollmentReviewsPage page(m_tw->workspace(), m_programAdmin);
    page.show();
    auto* table = UiTest::child<QTableWidget>(&page, u"applicationsTableWidget"_s);
    QCOMPARE(table->rowCount(), 1);
    auto* status = UiTest::child<QLabel>(&page, u"enrollmentReviewsStatusLabel"_s);
    QVERIFY(!status->isVisible());

    QTest::mouseClick(UiTest::child<QPushButton>(&page, u"approvePushButton"_s), Qt::LeftButton);
    QCOMPARE(storedStatus(m_contoso.partner->id), u"Active"_s);
    auto account = m_tw->workspace().accounts().account(m_contoso);
    PD_VERIFY_OK(account);
    QCOMPARE(account->status, PartnerStatus::Active);
    QVERIFY(!UiTest::child<QLabel>(&page, u"enrollmentReviewsErrorLabel"_s)->isVisible());
    QVERIFY(status->isVisible());
    QCOMPARE(status->text(), u"Contoso Consulting LLC is now Active; its primary contact was messaged."_s);
    // A language change says it again instead of dropping it.
    QEvent languageChange(QEvent::LanguageChange);
    QApplication::sendEvent(&page, &languageChange);
    QVERIFY(status->isVisible());
    QCOMPARE(status->text(), u"Contoso Consulting LLC is now Active; its primary contact was messaged."_s);
    auto messages = OutboxStore::messages(m_tw->db(), m_contoso.partner->id);
    PD_VERIFY_OK(messages);
    QCOMPARE(messages->first().subject, u"Partner account of Contoso Consulting LLC: Active"_s);
    QCOMPARE(messages->first().recipient, u"ada@contoso.example"_s);

    // It left the list.
    QCOMPARE(table->rowCount(), 0);
    auto* empty = UiTest::child<QLabel>(&page, u"enrollmentReviewsEmptyLabel"_s);
    QVERIFY(empty->isVisible());
    QVERIFY(!UiTest::child<QPushButton>(&page, u"approvePushButton"_s)->isEnabled());
    QVERIFY(!UiTest::child<QPushButton>(&page, u"rejectPushButton"_s)->isEnabled());
}

void TestEnrollmentReviewsPage::rejectStoresReason_E8()
{
    EnrollmentReviewsPage page(m_tw->workspace(), m_programAdmin);
    page.show();
    answerReason(u"The business can't be verified."_s);
    QTest::mouseClick(UiTest::child<QPushButton>(&page, u"rejectPushButton"_s), Qt::LeftButton);
    QCOMPARE(storedStatus(m_contoso.partner->id), u"Rejected"_s);
    auto account = m_tw->workspace().accounts().account(m_contoso);
    PD_VERIFY_OK(account);
    QCOMPARE(account->status, PartnerStatus::Rejected);
    QCOMPARE(account->rejectionReason, u"The business can't be verified."_s);
    QCOMPARE(UiTest::child<QLabel>(&page, u"enrollmentReviewsStatusLabel"_s)->text(),
             u"Contoso Consulting LLC is now Rejected; its primary contact was messaged."_s);
    QCOMPARE(UiTest::child<QTableWidget>(&page, u"applicationsTableWidget"_s)->rowCount(), 0);
    auto messages = OutboxStore::messages(m_tw->db(), m_contoso.partner->id);
    PD_VERIFY_OK(messages);
    QCOMPARE(messages->first().subject, u"Partner account of Contoso Consulting LLC: Rejected"_s);
    QVERIFY(messages->first().body.contains(u"Reason: The business can't be verified."_s));
}

void TestEnrollmentReviewsPage::rejectWithoutReasonRefused_E8()
{
    EnrollmentReviewsPage page(m_tw->workspace(), m_programAdmin);
    page.show();
    answerReason(u"   "_s);
    QTest::mouseClick(UiTest::child<QPushButton>(&page, u"rejectPushButton"_s), Qt::LeftButton);
    auto* error = UiTest::child<QLabel>(&page, u"enrollmentReviewsErrorLabel"_s);
    QVERIFY(error->isVisible());
    QCOMPARE(error->text(), u"Enter the reason for the rejection: the primary contact reads it."_s);
    QCOMPARE(storedStatus(m_contoso.partner->id), u"UnderReview"_s);
    QCOMPARE(UiTest::child<QTableWidget>(&page, u"applicationsTableWidget"_s)->rowCount(), 1);
    QVERIFY(!UiTest::child<QLabel>(&page, u"enrollmentReviewsStatusLabel"_s)->isVisible());

    // Cancelling the reason dialog decides nothing.
    QTimer::singleShot(0, this, []() {
        if (auto* input = qobject_cast<QInputDialog*>(QApplication::activeModalWidget())) {
            input->reject();
        }
    });
    QTest::mouseClick(UiTest::child<QPushButton>(&page, u"rejectPushButton"_s), Qt::LeftButton);
    QCOMPARE(storedStatus(m_contoso.partner->id), u"UnderReview"_s);
}

void TestEnrollmentReviewsPage::partnerUserRefused_E8()
{
    EnrollmentReviewsPage page(m_tw->workspace(), m_contoso);
    page.show();
    auto* error = UiTest::child<QLabel>(&page, u"enrollmentReviewsErrorLabel"_s);
    QVERIFY(error->isVisible());
    const QString refusal = m_tw->workspace().enrollment().applications(m_contoso).errorString();
    QVERIFY(!refusal.isEmpty());
    QCOMPARE(error->text(), refusal);
    QCOMPARE(UiTest::child<QTableWidget>(&page, u"applicationsTableWidget"_s)->rowCount(), 0);
    QVERIFY2(!UiTest::child<QLabel>(&page, u"enrollmentReviewsEmptyLabel"_s)->isVisible(),
             "the list is refused, not empty");
    QVERIFY(!UiTest::child<QPushButton>(&page, u"approvePushButton"_s)->isEnabled());
    PD_VERIFY_ERROR(m_tw->workspace().enrollment().approve(m_contoso, m_contoso.partner->id),
                    ErrorCode::PermissionDenied);
    QCOMPARE(storedStatus(m_contoso.partner->id), u"UnderReview"_s);
}

void TestEnrollmentReviewsPage::emptyListShowsNote()
{
    PD_VERIFY_OK(m_tw->workspace().enrollment().approve(m_programAdmin, m_contoso.partner->id));
    EnrollmentReviewsPage page(m_tw->workspace(), m_programAdmin);
    page.show();
    auto* empty = UiTest::child<QLabel>(&page, u"enrollmentReviewsEmptyLabel"_s);
    QVERIFY(empty->isVisible());
    QCOMPARE(empty->text(), u"No applications are waiting for review."_s);
    QCOMPARE(UiTest::child<QTableWidget>(&page, u"applicationsTableWidget"_s)->rowCount(), 0);
    QVERIFY(!UiTest::child<QLabel>(&page, u"enrollmentReviewsErrorLabel"_s)->isVisible());
    QVERIFY(!UiTest::child<QLabel>(&page, u"enrollmentReviewsStatusLabel"_s)->isVisible());
}

QTEST_MAIN(TestEnrollmentReviewsPage)
#include "tst_EnrollmentReviewsPage.moc"
