// A shared workspace's server asks for the database password: the dialog names the workspace and
// the reason, hides what is typed, connects only with a password, and hands it back unchanged.
// What it shows in the address is never the password.

#include "dialogs/DatabasePasswordDialog.h"
#include "storage/WorkspaceLocation.h"

#include <QAccessible>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QtTest>

using namespace Qt::StringLiterals;

class TestDatabasePasswordDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void asksWithoutShowingThePassword();
    void addressNeverCarriesThePassword();
};

void TestDatabasePasswordDialog::asksWithoutShowingThePassword()
{
    auto location
        = WorkspaceLocation::parse(u"postgresql://dana@db.bluewater.example/partnerdesk?sslmode=verify-full"_s);
    QVERIFY(location.ok());
    DatabasePasswordDialog dialog(location.value(), u"The server asks for the password of dana."_s);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto* reason = dialog.findChild<QLabel*>(u"reasonLabel"_s);
    QCOMPARE(reason->text(), u"The server asks for the password of dana."_s);
    QVERIFY(dialog.findChild<QLabel*>(u"workspaceLabel"_s)
                ->text()
                .contains(u"postgresql://dana@db.bluewater.example/partnerdesk?sslmode=verify-full"_s));
    auto* password = dialog.findChild<QLineEdit*>(u"passwordLineEdit"_s);
    auto* connect = dialog.findChild<QPushButton*>(u"connectPushButton"_s);
    QCOMPARE(password->echoMode(), QLineEdit::Password);
    QVERIFY(password->hasFocus());
    QVERIFY(!connect->isEnabled());
    QAccessibleInterface* named = QAccessible::queryAccessibleInterface(password);
    QCOMPARE(named->text(QAccessible::Name), u"Database password:"_s);

    QTest::keyClicks(password, u"s3cret pass"_s);
    QVERIFY(connect->isEnabled());
    QTest::keyClick(password, Qt::Key_Return);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(dialog.password(), u"s3cret pass"_s);
}

void TestDatabasePasswordDialog::addressNeverCarriesThePassword()
{
    auto refused = WorkspaceLocation::parse(u"postgresql://dana:s3cret@db.example/partnerdesk"_s);
    QVERIFY(!refused.ok());
    QVERIFY(refused.errorString().contains(u"Leave the password out"_s));

    auto parsed = WorkspaceLocation::parse(u"postgresql://dana@db.example:6432/partnerdesk?sslmode=require"_s);
    QVERIFY(parsed.ok());
    WorkspaceLocation location = parsed.value();
    QCOMPARE(location.host(), u"db.example"_s);
    QCOMPARE(location.port(), 6432);
    QCOMPARE(location.database(), u"partnerdesk"_s);
    QCOMPARE(location.user(), u"dana"_s);
    QCOMPARE(location.sslMode(), u"require"_s);
    location.setPassword(u"s3cret"_s);
    QCOMPARE(location.toString(), u"postgresql://dana@db.example:6432/partnerdesk?sslmode=require"_s);

    auto socket = WorkspaceLocation::parse(u"postgresql://riley@/partnerdesk?host=/run/postgresql"_s);
    QVERIFY(socket.ok());
    QCOMPARE(socket->host(), u"/run/postgresql"_s);
    QCOMPARE(socket->toString(), u"postgresql://riley@/partnerdesk?host=/run/postgresql"_s);
    QCOMPARE(WorkspaceLocation::parse(socket->toString())->toString(), socket->toString());

    QVERIFY(!WorkspaceLocation::parse(u"postgresql://dana@db.example/partnerdesk?sslmode=sometimes"_s).ok());
    QVERIFY(!WorkspaceLocation::parse(u"postgresql://db.example/partnerdesk"_s).ok()); // no user
    QVERIFY(!WorkspaceLocation::parse(u"postgresql://dana@db.example/"_s).ok()); // no database
    QVERIFY(!WorkspaceLocation::parse(u"postgresql://dana@db.example/pd?options=x"_s).ok());
    QCOMPARE(WorkspaceLocation::parse(u"/tmp/w.sqlite"_s)->isShared(), false);
}

QTEST_MAIN(TestDatabasePasswordDialog)
#include "tst_DatabasePasswordDialog.moc"
