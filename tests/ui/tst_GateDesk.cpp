// The window of a desk that opened a shared workspace through its gate (schema version 13): what
// it can't do yet says so at once. Runs on the test server (tst_GateDesk_postgresql); on a file
// there is no gate, and it skips.

#include "TestSupport.h"
#include "UiTestSupport.h"
#include "services/Workspace.h"
#include "storage/SqlQuery.h"
#include "wizard/EnrollmentWizard.h"

#include <QAbstractButton>
#include <QLabel>
#include <QtTest>

using namespace Qt::StringLiterals;

class TestGateDesk : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void enrollingSaysAtOnceThatItNeedsTheOwnersAddress();
};

void TestGateDesk::enrollingSaysAtOnceThatItNeedsTheOwnersAddress()
{
    if (!TestServer::enabled()) {
        QSKIP("a file has no gate; tst_GateDesk_postgresql runs this");
    }
    TestWorkspace tw;
    PD_VERIFY_OK(tw.openStatus());
    const QString gate = tw.scalar(u"SELECT gate_role FROM rights.workspace"_s).toString();
    PD_VERIFY_OK(SqlQuery::run(tw.db(), u"ALTER ROLE %1 PASSWORD 'Gate!2026pass'"_s.arg(gate)));
    WorkspaceLocation location
        = WorkspaceLocation::server(u"127.0.0.1"_s, TestServer::port(), tw.location().database(), gate, u"disable"_s);
    location.setPassword(u"Gate!2026pass"_s);
    WorkspaceOptions options;
    options.passwordCost = TestWorkspace::passwordCost();
    Workspace desk(options);
    PD_VERIFY_OK(desk.open(location));

    EnrollmentWizard wizard(desk);
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    QCOMPARE(wizard.currentId(), int(EnrollmentWizard::Welcome));
    auto* error = wizard.findChild<QLabel*>(u"welcomeWizardPageErrorLabel"_s);
    QVERIFY(error);
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains(u"owner's address"_s), qPrintable(error->text()));
    QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());

    // The owner's desk enrolls as before.
    EnrollmentWizard ownerWizard(tw.workspace());
    ownerWizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&ownerWizard));
    QVERIFY(!ownerWizard.findChild<QLabel*>(u"welcomeWizardPageErrorLabel"_s)->isVisible());
    QVERIFY(ownerWizard.button(QWizard::NextButton)->isEnabled());
}

QTEST_MAIN(TestGateDesk)
#include "tst_GateDesk.moc"
