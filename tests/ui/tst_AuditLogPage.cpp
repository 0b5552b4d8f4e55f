// The Audit log page and partnerdesk --verify-audit: a program administrator verifies the hash
// chain and reads the first broken event named; an intact check leaves an anchor at this desk, so
// the next check also finds events cut from the end. The command line says the same and exits 0
// when intact, 3 when tampered with.

#include "CommandLine.h"
#include "TestSupport.h"
#include "UiTestSupport.h"
#include "pages/AuditLogPage.h"
#include "services/AccountService.h"
#include "services/AuditService.h"

#include <QAccessible>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QtTest>

using namespace Qt::StringLiterals;

class TestAuditLogPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void intactCheckKeepsAnchor();
    void tamperedEventNamedAndAnchorKept();
    void eventsCutFromTheEndFound();
    void commandLineSaysTheSame();

private:
    void changeSupportEmail(const QString& email);
    // Clicks Verify on the page and returns the text shown, result or error.
    QString clickVerify(AuditLogPage& page);

    std::unique_ptr<TestWorkspace> m_tw;
    Session m_programAdmin;
    Session m_providerAdmin;
    PartnerFixture m_provider;
};

void TestAuditLogPage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestAuditLogPage::init()
{
    QSettings().clear();
    m_tw = std::make_unique<TestWorkspace>();
    PD_VERIFY_OK(m_tw->openStatus());
    auto admin = m_tw->createProgramAdministrator();
    PD_VERIFY_OK(admin);
    m_programAdmin = admin.value();
    auto provider = m_tw->createPartner(u"bluewater"_s, PartnerType::IndirectProvider);
    PD_VERIFY_OK(provider);
    m_provider = provider.value();
    auto session = m_tw->signIn(m_provider.admin.upn);
    PD_VERIFY_OK(session);
    m_providerAdmin = session.value();
    changeSupportEmail(u"help@bluewater.example"_s);
    changeSupportEmail(u"desk@bluewater.example"_s);
    changeSupportEmail(u"care@bluewater.example"_s);
}

void TestAuditLogPage::cleanup()
{
    m_tw.reset();
    QSettings().clear();
}

void TestAuditLogPage::changeSupportEmail(const QString& email)
{
    SupportProfile support = m_provider.account.support;
    support.email = email;
    PD_VERIFY_OK(m_tw->workspace().accounts().updateSupportProfile(m_providerAdmin, support));
    m_tw->clock().advance(1);
}

QString TestAuditLogPage::clickVerify(AuditLogPage& page)
{
    auto* button = page.findChild<QPushButton*>(u"verifyAuditLogPushButton"_s);
    if (!button || !button->isEnabled()) {
        return {};
    }
    QTest::mouseClick(button, Qt::LeftButton);
    auto* result = page.findChild<QLabel*>(u"auditLogResultLabel"_s);
    auto* error = page.findChild<QLabel*>(u"auditLogErrorLabel"_s);
    if (result->isVisible() == error->isVisible()) {
        return u"<both or neither shown>"_s;
    }
    return result->isVisible() ? result->text() : u"ERROR: "_s + error->text();
}

void TestAuditLogPage::intactCheckKeepsAnchor()
{
    AuditLogPage page(m_tw->workspace(), m_programAdmin);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    auto* kept = page.findChild<QLabel*>(u"auditLogAnchorLabel"_s);
    QVERIFY(kept->text().contains(u"has not found the audit log of this workspace intact yet"_s));

    // A screen reader reads the button by its text.
    auto* button = page.findChild<QPushButton*>(u"verifyAuditLogPushButton"_s);
    QAccessibleInterface* accessible = QAccessible::queryAccessibleInterface(button);
    QVERIFY(accessible);
    QCOMPARE(accessible->text(QAccessible::Name), u"Verify the audit log"_s);

    const int events = m_tw->count(u"audit_events"_s);
    QVERIFY(events >= 3);
    const qint64 newest = m_tw->scalar(u"SELECT max(id) FROM audit_events"_s).toLongLong();
    const QString said = clickVerify(page);
    QVERIFY2(said.startsWith(u"The audit log is intact"_s), qPrintable(said));
    QVERIFY2(said.contains(u"Events checked: %1; the newest is event %2."_s.arg(events).arg(newest)), qPrintable(said));

    const AuditAnchor anchor = AuditLogPage::keptAnchor(m_tw->workspace().path());
    QCOMPARE(anchor.id, newest);
    QCOMPARE(anchor.hash, m_tw->scalar(u"SELECT row_hash FROM audit_events WHERE id = ?"_s, {newest}).toString());
    QVERIFY2(kept->text().contains(u"up to event %1"_s.arg(newest)), qPrintable(kept->text()));
    QVERIFY2(kept->text().contains(u"--audit-anchor %1"_s.arg(AuditService::anchorText(anchor))),
             qPrintable(kept->text()));
}

void TestAuditLogPage::tamperedEventNamedAndAnchorKept()
{
    AuditLogPage page(m_tw->workspace(), m_programAdmin);
    page.show();
    QVERIFY(clickVerify(page).startsWith(u"The audit log is intact"_s));
    const AuditAnchor before = AuditLogPage::keptAnchor(m_tw->workspace().path());

    const qint64 first = m_tw->scalar(u"SELECT min(id) FROM audit_events"_s).toLongLong();
    PD_VERIFY_OK(m_tw->tamperWithAuditLog({u"UPDATE audit_events SET details = '{}' WHERE id = %1"_s.arg(first)}));
    const QString said = clickVerify(page);
    QVERIFY2(said.startsWith(u"ERROR: The audit log was tampered with: event %1 ("_s.arg(first)), qPrintable(said));
    QVERIFY2(said.contains(u"is not what was written"_s), qPrintable(said));
    // What was last found intact stays the anchor.
    QCOMPARE(AuditLogPage::keptAnchor(m_tw->workspace().path()).hash, before.hash);
}

void TestAuditLogPage::eventsCutFromTheEndFound()
{
    AuditLogPage page(m_tw->workspace(), m_programAdmin);
    page.show();
    QVERIFY(clickVerify(page).startsWith(u"The audit log is intact"_s));
    const AuditAnchor anchor = AuditLogPage::keptAnchor(m_tw->workspace().path());

    PD_VERIFY_OK(m_tw->tamperWithAuditLog({u"DELETE FROM audit_events WHERE id = %1"_s.arg(anchor.id)}));
    const QString said = clickVerify(page);
    QVERIFY2(said.contains(u"event %1, which was verified here before, is gone"_s.arg(anchor.id)), qPrintable(said));
    QVERIFY(said.startsWith(u"ERROR: "_s));
}

void TestAuditLogPage::commandLineSaysTheSame()
{
    QString report;
    QCOMPARE(CommandLine::verifyAudit(m_tw->workspace(), QString(), &report), 0);
    QVERIFY2(report.startsWith(u"The audit log is intact"_s), qPrintable(report));
    const QString anchor = report.section(u"--audit-anchor "_s, 1).trimmed();
    PD_VERIFY_OK(AuditService::parseAnchor(anchor));

    // Given back, the anchor is kept while events are added.
    changeSupportEmail(u"team@bluewater.example"_s);
    QCOMPARE(CommandLine::verifyAudit(m_tw->workspace(), anchor, &report), 0);

    QCOMPARE(CommandLine::verifyAudit(m_tw->workspace(), u"12:not-a-hash"_s, &report), 2);
    QVERIFY2(report.contains(u"is not an audit anchor"_s), qPrintable(report));

    PD_VERIFY_OK(m_tw->tamperWithAuditLog(
        {u"DELETE FROM audit_events WHERE id = %1"_s.arg(AuditService::parseAnchor(anchor)->id)}));
    QCOMPARE(CommandLine::verifyAudit(m_tw->workspace(), QString(), &report), CommandLine::AuditTampered);
    QVERIFY2(report.contains(u"doesn't follow the event before it"_s), qPrintable(report));
}

QTEST_MAIN(TestAuditLogPage)
#include "tst_AuditLogPage.moc"
