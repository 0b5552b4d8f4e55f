// File > Open workspace…, File > Copy workspace to… and File > Back up workspace…: where a
// workspace is, said as a person says it (a file; a server, port, database, user and TLS mode),
// the workspaces opened lately remembered without a password, another workspace opened in place of
// the current one (which stays open when the other can't be), a copy made with its rows counted,
// then opened, and a backup that is a whole, private workspace, written only when it can be whole.

#include "LanguageManager.h"
#include "MainWindow.h"
#include "TestSupport.h"
#include "UiTestSupport.h"
#include "dialogs/WorkspaceErrorDialog.h"
#include "dialogs/WorkspaceLocationDialog.h"
#include "pages/Page.h"
#include "storage/Database.h"
#include "storage/SqlQuery.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

class TestWorkspaceMenu : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void dialogSaysWhereAWorkspaceIs();
    void recentWorkspacesFillTheDialog();
    void copyGoesIntoANewFileOnly();
    void openAnotherWorkspaceAndRememberIt();
    void aWorkspaceThatWontOpenLeavesTheCurrentOne();
    void copyThenOpenTheCopy();
    void backupIsAWholePrivateWorkspace();
    void backupRefusedLeavesEverythingAsItWas();

private:
    QString statusText() const;

    std::unique_ptr<TestWorkspace> m_tw;
    std::unique_ptr<LanguageManager> m_language;
    std::unique_ptr<MainWindow> m_window;
    QTemporaryDir m_folder;
};

void TestWorkspaceMenu::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestWorkspaceMenu::init()
{
    QSettings().remove(u"workspaces"_s);
    m_tw = std::make_unique<TestWorkspace>();
    PD_VERIFY_OK(m_tw->openStatus());
    PD_VERIFY_OK(m_tw->createTenant(u"first"_s));
    m_language = std::make_unique<LanguageManager>();
    m_window = std::make_unique<MainWindow>(m_tw->workspace(), *m_language);
    m_window->show();
}

void TestWorkspaceMenu::cleanup()
{
    m_window.reset();
    m_tw.reset();
}

QString TestWorkspaceMenu::statusText() const
{
    return UiTest::child<QLabel>(m_window.get(), u"statusLabel"_s)->text();
}

void TestWorkspaceMenu::dialogSaysWhereAWorkspaceIs()
{
    WorkspaceLocationDialog dialog(WorkspaceLocationDialog::Purpose::Open, {});
    dialog.show();
    auto* open = UiTest::child<QPushButton>(&dialog, u"openPushButton"_s);
    QVERIFY(UiTest::child<QRadioButton>(&dialog, u"fileRadioButton"_s)->isChecked());
    QVERIFY(!open->isEnabled()); // nothing named yet, and nothing said against it
    QVERIFY(!UiTest::child<QLabel>(&dialog, u"problemLabel"_s)->isVisible());
    const QString path = m_folder.filePath(u"desk.sqlite"_s);
    UiTest::retype(UiTest::child<QLineEdit>(&dialog, u"pathLineEdit"_s), path);
    QVERIFY(open->isEnabled());
    QCOMPARE(dialog.location().toString(), path);

    UiTest::child<QRadioButton>(&dialog, u"sharedRadioButton"_s)->setChecked(true);
    QVERIFY(!UiTest::child<QLineEdit>(&dialog, u"pathLineEdit"_s)->isEnabled());
    UiTest::retype(UiTest::child<QLineEdit>(&dialog, u"hostLineEdit"_s), u"db.bluewater.example"_s);
    UiTest::child<QSpinBox>(&dialog, u"portSpinBox"_s)->setValue(6543);
    UiTest::retype(UiTest::child<QLineEdit>(&dialog, u"databaseLineEdit"_s), u""_s);
    UiTest::retype(UiTest::child<QLineEdit>(&dialog, u"userLineEdit"_s), u"dana"_s);
    QVERIFY(!open->isEnabled());
    QCOMPARE(UiTest::child<QLabel>(&dialog, u"problemLabel"_s)->text(),
             u"Name the database of the shared workspace."_s);
    UiTest::retype(UiTest::child<QLineEdit>(&dialog, u"databaseLineEdit"_s), u"partnerdesk"_s);
    QVERIFY(open->isEnabled());
    // TLS with the certificate and name checked unless the person chooses otherwise.
    QCOMPARE(dialog.location().toString(),
             u"postgresql://dana@db.bluewater.example:6543/partnerdesk?sslmode=verify-full"_s);
    auto* tls = UiTest::child<QComboBox>(&dialog, u"tlsComboBox"_s);
    tls->setCurrentIndex(tls->findData(u"require"_s));
    QVERIFY(dialog.location().toString().endsWith(u"?sslmode=require"_s));
    QCOMPARE(UiTest::labelOf(tls), u"&TLS:"_s);
}

void TestWorkspaceMenu::recentWorkspacesFillTheDialog()
{
    const QString file = m_folder.filePath(u"desk.sqlite"_s);
    WorkspaceLocation shared
        = WorkspaceLocation::server(u"db.bluewater.example"_s, 5432, u"partnerdesk"_s, u"dana"_s, u"verify-ca"_s);
    shared.setPassword(u"Desk!2026"_s);
    WorkspaceLocationDialog::rememberWorkspace(WorkspaceLocation::file(file));
    WorkspaceLocationDialog::rememberWorkspace(shared);
    WorkspaceLocationDialog::rememberWorkspace(WorkspaceLocation::file(file)); // again: first, once
    const QStringList recent = WorkspaceLocationDialog::recentWorkspaces();
    QCOMPARE(recent, (QStringList{file, u"postgresql://dana@db.bluewater.example/partnerdesk?sslmode=verify-ca"_s}));
    QVERIFY(!QSettings().value(u"workspaces/recent"_s).toString().contains(u"Desk!2026"_s));

    WorkspaceLocationDialog dialog(WorkspaceLocationDialog::Purpose::Open, recent);
    dialog.show();
    auto* list = UiTest::child<QListWidget>(&dialog, u"recentListWidget"_s);
    QCOMPARE(list->count(), 2);
    QVERIFY(list->item(1)->text().startsWith(u"partnerdesk on db.bluewater.example"_s));
    list->setCurrentRow(1);
    QVERIFY(UiTest::child<QRadioButton>(&dialog, u"sharedRadioButton"_s)->isChecked());
    QCOMPARE(UiTest::child<QLineEdit>(&dialog, u"userLineEdit"_s)->text(), u"dana"_s);
    QCOMPARE(UiTest::child<QComboBox>(&dialog, u"tlsComboBox"_s)->currentData().toString(), u"verify-ca"_s);
    QCOMPARE(dialog.location().toString(), recent.at(1));
    list->setCurrentRow(0);
    QCOMPARE(dialog.location().toString(), file);
}

void TestWorkspaceMenu::copyGoesIntoANewFileOnly()
{
    WorkspaceLocationDialog dialog(WorkspaceLocationDialog::Purpose::CopyTo, {});
    dialog.show();
    UiTest::child<QRadioButton>(&dialog, u"fileRadioButton"_s)->setChecked(true);
    auto* copy = UiTest::child<QPushButton>(&dialog, u"copyPushButton"_s);
    UiTest::retype(UiTest::child<QLineEdit>(&dialog, u"pathLineEdit"_s), m_tw->databasePath());
    QVERIFY(!copy->isEnabled());
    QVERIFY(UiTest::child<QLabel>(&dialog, u"problemLabel"_s)->text().contains(u"exists already"_s));
    UiTest::retype(UiTest::child<QLineEdit>(&dialog, u"pathLineEdit"_s), m_folder.filePath(u"copy.sqlite"_s));
    QVERIFY(copy->isEnabled());
}

void TestWorkspaceMenu::openAnotherWorkspaceAndRememberIt()
{
    auto session = m_tw->signIn(u"admin@first.onmicrosoft.com"_s);
    PD_VERIFY_OK(session);
    m_window->signIn(session.value());
    const QString other = m_folder.filePath(u"other.sqlite"_s);
    QVERIFY(m_window->openWorkspaceAt(WorkspaceLocation::file(other)));
    QVERIFY(!m_window->isSignedIn());
    QCOMPARE(m_tw->workspace().path(), other);
    QVERIFY2(statusText().contains(other), qPrintable(statusText()));
    QVERIFY(statusText().contains(u"(SQLite)"_s));
    QCOMPARE(WorkspaceLocationDialog::recentWorkspaces().value(0), other);
    auto empty = m_tw->workspace().isEmpty();
    PD_VERIFY_OK(empty);
    QVERIFY(empty.value()); // a new file: the start page offers the sample and the administrator
}

void TestWorkspaceMenu::aWorkspaceThatWontOpenLeavesTheCurrentOne()
{
    auto session = m_tw->signIn(u"admin@first.onmicrosoft.com"_s);
    PD_VERIFY_OK(session);
    m_window->signIn(session.value());
    const QString junk = m_folder.filePath(u"notes.sqlite"_s);
    QFile file(junk);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(8192, 'x'));
    file.close();
    bool told = false;
    UiTest::whenModal<WorkspaceErrorDialog>(
        [&](WorkspaceErrorDialog* dialog) { told = dialog->isVisible(); },
        [&]() { QVERIFY(!m_window->openWorkspaceAt(WorkspaceLocation::file(junk))); });
    QVERIFY(told);
    QVERIFY(m_window->isSignedIn()); // nothing was closed
    QCOMPARE(m_tw->workspace().path(), m_tw->databasePath());
    QVERIFY(m_tw->workspace().isOpen());
    QVERIFY(WorkspaceLocationDialog::recentWorkspaces().isEmpty());
}

void TestWorkspaceMenu::copyThenOpenTheCopy()
{
    const int tenants = m_tw->count(u"tenants"_s);
    const int audit = m_tw->count(u"audit_events"_s);
    const QString copy = m_folder.filePath(u"copy.sqlite"_s);
    QString said;
    UiTest::whenModal<QMessageBox>(
        [&](QMessageBox* box) {
            said = box->text();
            QTest::mouseClick(UiTest::child<QPushButton>(box, u"openCopyPushButton"_s), Qt::LeftButton);
        },
        [&]() { QVERIFY(m_window->copyWorkspaceTo(WorkspaceLocation::file(copy))); });
    QVERIFY2(said.contains(copy) && said.contains(u"records in"_s), qPrintable(said));
    QCOMPARE(m_tw->workspace().path(), copy);
    QCOMPARE(m_tw->count(u"tenants"_s), tenants);
    QCOMPARE(m_tw->count(u"audit_events"_s), audit);
    auto session = m_tw->signIn(u"admin@first.onmicrosoft.com"_s);
    PD_VERIFY_OK(session); // people sign in to the copy as before
}

namespace {

// The tenants a workspace file holds, read with a connection of its own.
int tenantsIn(const QString& path)
{
    Database copy;
    if (Status opened = copy.open(path); !opened) {
        qWarning() << opened.errorString();
        return -1;
    }
    auto n = SqlQuery::scalar(copy.connection(), u"SELECT count(*) FROM tenants"_s);
    return n ? n->toInt() : -1;
}

} // namespace

void TestWorkspaceMenu::backupIsAWholePrivateWorkspace()
{
    auto* action = UiTest::child<QAction>(m_window.get(), u"backUpWorkspaceAction"_s);
    QVERIFY(action->isEnabled());
    const QString backup = m_folder.filePath(u"backup.sqlite"_s);
    QString said;
    UiTest::whenModal<QMessageBox>(
        [&](QMessageBox* box) {
            said = box->text();
            box->accept();
        },
        [&]() { QVERIFY(m_window->backUpWorkspaceTo(backup)); });
    QCOMPARE(said,
             u"The workspace is backed up to %1. The backup is a whole workspace: to go back to it, open it "
             u"with File > Open workspace…"_s.arg(backup));
    QCOMPARE(tenantsIn(backup), m_tw->count(u"tenants"_s));
    QCOMPARE(QFile::permissions(backup)
                 & ~(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser | QFileDevice::WriteUser),
             QFileDevice::Permissions());
    QVERIFY(!QFile::exists(backup + u".partial"_s));
    // The workspace stays open, and a later backup over the same file holds what came since.
    PD_VERIFY_OK(m_tw->createTenant(u"second"_s));
    UiTest::whenModal<QMessageBox>([](QMessageBox* box) { box->accept(); },
                                   [&]() { QVERIFY(m_window->backUpWorkspaceTo(backup)); });
    QCOMPARE(tenantsIn(backup), m_tw->count(u"tenants"_s));
    QCOMPARE(m_tw->workspace().path(), m_tw->databasePath());
}

void TestWorkspaceMenu::backupRefusedLeavesEverythingAsItWas()
{
    const int tenants = m_tw->count(u"tenants"_s);
    // Onto the workspace itself.
    QString said;
    UiTest::whenModal<QMessageBox>(
        [&](QMessageBox* box) {
            said = box->text();
            box->accept();
        },
        [&]() { QVERIFY(!m_window->backUpWorkspaceTo(m_tw->databasePath())); });
    QCOMPARE(said, u"Choose another file than the workspace itself for its backup."_s);
    QCOMPARE(m_tw->count(u"tenants"_s), tenants);
    // Into a folder that isn't there: said, with where.
    const QString nowhere = m_folder.filePath(u"missing/backup.sqlite"_s);
    UiTest::whenModal<QMessageBox>(
        [&](QMessageBox* box) {
            said = box->text();
            box->accept();
        },
        [&]() { QVERIFY(!m_window->backUpWorkspaceTo(nowhere)); });
    QVERIFY2(said.startsWith(u"The backup could not be written to %1: "_s.arg(nowhere)), qPrintable(said));
    QVERIFY(!QFile::exists(nowhere));
    // A backup that fails leaves the earlier one as it was (here its copy can't be written beside it).
    const QString earlier = m_folder.filePath(u"earlier.sqlite"_s);
    UiTest::whenModal<QMessageBox>([](QMessageBox* box) { box->accept(); },
                                   [&]() { QVERIFY(m_window->backUpWorkspaceTo(earlier)); });
    const QByteArray before = [&]() {
        QFile file(earlier);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }();
    QVERIFY(!before.isEmpty());
    QVERIFY(QDir().mkdir(earlier + u".partial"_s));
    PD_VERIFY_OK(m_tw->createTenant(u"third"_s));
    UiTest::whenModal<QMessageBox>(
        [&](QMessageBox* box) {
            said = box->text();
            box->accept();
        },
        [&]() { QVERIFY(!m_window->backUpWorkspaceTo(earlier)); });
    QVERIFY2(said.startsWith(u"The backup could not be written to %1: "_s.arg(earlier)), qPrintable(said));
    QFile file(earlier);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), before);
}

QTEST_MAIN(TestWorkspaceMenu)
#include "tst_WorkspaceMenu.moc"
