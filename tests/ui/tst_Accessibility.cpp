// What a screen reader reads: every control a person can use on every page, dialog and wizard
// step has a name, in English and in Spanish, read through QAccessible (the interface the
// accessibility bridge hands to AT-SPI), not through widget properties. A line edit, spin box,
// check box, radio button, button, table, tree or list must have a non-empty name. A combo box
// on Linux is named by its value by Qt's design and gets its name from the label that describes
// it (the "labelled by" relation): it must have one.

#include "LanguageManager.h"
#include "MainWindow.h"
#include "TestSupport.h"
#include "UiTestSupport.h"
#include "dialogs/AcceptInvitationDialog.h"
#include "dialogs/CustomerUserDialog.h"
#include "dialogs/DatabasePasswordDialog.h"
#include "dialogs/InvitationDraftDialog.h"
#include "dialogs/MpnProfileDialog.h"
#include "dialogs/NewCustomerDialog.h"
#include "dialogs/OrderDialog.h"
#include "dialogs/OrderRequestDialog.h"
#include "dialogs/ProgramAdministratorDialog.h"
#include "dialogs/ProviderAccountDialog.h"
#include "dialogs/ReferralDialog.h"
#include "dialogs/ResellerAccountDialog.h"
#include "dialogs/SharedCustomersDialog.h"
#include "dialogs/SignInDialog.h"
#include "dialogs/TwoStepSetupDialog.h"
#include "dialogs/UserDialog.h"
#include "dialogs/WorkspaceErrorDialog.h"
#include "dialogs/WorkspaceLocationDialog.h"
#include "models/CustomersModel.h"
#include "pages/CustomersPage.h"
#include "pages/Page.h"
#include "services/CustomerManagementService.h"
#include "services/CustomerService.h"
#include "services/RelationshipService.h"
#include "services/UserService.h"
#include "wizard/EnrollmentWizard.h"

#include <QAccessible>
#include <QApplication>
#include <QPushButton>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTest>
#include <QTreeView>
#include <QWizard>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

const QString Riley = u"riley@harborlightit.onmicrosoft.com"_s;
const QString Dana = u"dana@bluewaterdist.onmicrosoft.com"_s;
const QString Paula = u"admin@pdprogram.onmicrosoft.com"_s;

// Where an interface is, for a failure message: the object names (or class names) from the
// window down.
QString pathOf(QAccessibleInterface* iface)
{
    QStringList parts;
    for (QObject* object = iface->object(); object; object = object->parent()) {
        parts.prepend(object->objectName().isEmpty() ? QString::fromLatin1(object->metaObject()->className())
                                                     : object->objectName());
        if (object->isWidgetType() && static_cast<QWidget*>(object)->isWindow()) {
            break;
        }
    }
    return parts.join(u'/');
}

bool mustBeNamed(QAccessible::Role role)
{
    switch (role) {
    case QAccessible::EditableText:
    case QAccessible::SpinBox:
    case QAccessible::CheckBox:
    case QAccessible::RadioButton:
    case QAccessible::PushButton:
    case QAccessible::ComboBox:
    case QAccessible::Table:
    case QAccessible::Tree:
    case QAccessible::List:
        return true;
    default:
        return false;
    }
}

// The name a screen reader speaks for iface: for a combo box, its label's text.
QString spokenName(QAccessibleInterface* iface)
{
    if (iface->role() != QAccessible::ComboBox) {
        return iface->text(QAccessible::Name).trimmed();
    }
    const auto labels = iface->relations(QAccessible::Label);
    for (const auto& [label, relation] : labels) {
        Q_UNUSED(relation);
        const QString text = label->text(QAccessible::Name).trimmed();
        if (!text.isEmpty()) {
            return text;
        }
    }
    return {};
}

// Appends to unnamed every control under iface a person could reach that has no name. The items
// of a view and the parts Qt builds inside a control (a combo box's list, a view's scroll bars and
// headers) are the control's own and are not walked.
void collectUnnamed(QAccessibleInterface* iface, QStringList& unnamed)
{
    if (!iface || iface->state().invisible) {
        return;
    }
    const QAccessible::Role role = iface->role();
    if (mustBeNamed(role) && spokenName(iface).isEmpty()) {
        unnamed << u"%1 (role %2)"_s.arg(pathOf(iface)).arg(int(role));
    }
    if (role == QAccessible::ComboBox || role == QAccessible::Table || role == QAccessible::Tree
        || role == QAccessible::List || role == QAccessible::SpinBox) {
        return;
    }
    for (int i = 0; i < iface->childCount(); ++i) {
        collectUnnamed(iface->child(i), unnamed);
    }
}

QStringList unnamedIn(QWidget* widget)
{
    QStringList unnamed;
    collectUnnamed(QAccessible::queryAccessibleInterface(widget), unnamed);
    return unnamed;
}

} // namespace

class TestAccessibility : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void pagesOfEachPersona_data();
    void pagesOfEachPersona();
    void customerRecordFitsAt1024x768_data();
    void customerRecordFitsAt1024x768();
    void dialogsAndWizardSteps_data();
    void dialogsAndWizardSteps();

private:
    void setLanguage(const QString& language);

    std::unique_ptr<TestWorkspace> m_tw;
    std::unique_ptr<LanguageManager> m_language;
    std::unique_ptr<MainWindow> m_window;
};

void TestAccessibility::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QAccessible::setActive(true);
    m_tw = std::make_unique<TestWorkspace>();
    PD_VERIFY_OK(m_tw->openStatus());
    m_language = std::make_unique<LanguageManager>();
    m_window = std::make_unique<MainWindow>(m_tw->workspace(), *m_language);
    m_window->resize(1024, 768);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->loadSampleWorkspace();
    QVERIFY(m_tw->count(u"tenants"_s) > 0);
}

void TestAccessibility::cleanupTestCase()
{
    m_window.reset();
    m_language.reset();
    m_tw.reset();
}

void TestAccessibility::setLanguage(const QString& language)
{
    m_language->setLanguage(language, false);
    QCoreApplication::processEvents();
}

void TestAccessibility::pagesOfEachPersona_data()
{
    QTest::addColumn<QString>("upn");
    QTest::addColumn<QString>("language");
    for (const QString& language : {u"en"_s, u"es"_s}) {
        QTest::newRow(qPrintable(u"Riley, reseller admin agent, "_s + language)) << Riley << language;
        QTest::newRow(qPrintable(u"Dana, provider admin agent, "_s + language)) << Dana << language;
        QTest::newRow(qPrintable(u"Paula, program administrator, "_s + language)) << Paula << language;
    }
}

void TestAccessibility::pagesOfEachPersona()
{
    QFETCH(QString, upn);
    QFETCH(QString, language);
    setLanguage(language);
    const Session session = m_tw->sessionOf(upn);
    QVERIFY(!session.user.id.isEmpty());
    m_window->signIn(session);
    QVERIFY(m_window->isSignedIn());

    QStringList unnamed;
    for (Page* page : m_window->pages()) {
        QVERIFY(m_window->showPage(page->objectName()));
        QCoreApplication::processEvents();
        unnamed << unnamedIn(m_window.get());
    }
    unnamed.removeDuplicates();
    m_window->signOut();
    for (const QString& control : std::as_const(unnamed)) {
        qWarning("unnamed: %s", qPrintable(control));
    }
    QVERIFY2(unnamed.isEmpty(), qPrintable(u"%1 unnamed controls"_s.arg(unnamed.size())));
}

void TestAccessibility::customerRecordFitsAt1024x768_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << u"en"_s;
    QTest::newRow("es") << u"es"_s;
}

void TestAccessibility::customerRecordFitsAt1024x768()
{
    QFETCH(QString, language);
    setLanguage(language);
    m_window->signIn(m_tw->sessionOf(Riley));
    QVERIFY(m_window->isSignedIn());
    QCOMPARE(m_window->size(), QSize(1024, 768));
    QVERIFY(m_window->showPage(u"customersPage"_s));
    auto* page = m_window->findChild<CustomersPage*>();
    QVERIFY(page);
    page->view()->setCurrentIndex(page->model()->index(0, 0));
    CustomerDetailsWidget* details = page->details();
    QVERIFY(details);

    // Every tab's buttons are whole and inside the window, and every control has a name.
    const QRect window = m_window->rect();
    QStringList unnamed;
    for (int tab = 0; tab < details->tabs()->count(); ++tab) {
        details->tabs()->setCurrentIndex(tab);
        QCoreApplication::processEvents();
        const QList<QPushButton*> buttons = details->tabs()->currentWidget()->findChildren<QPushButton*>();
        int shown = 0;
        for (QPushButton* button : buttons) {
            if (!button->isVisibleTo(m_window.get())) {
                continue;
            }
            ++shown;
            const QRect at(button->mapTo(m_window.get(), QPoint(0, 0)), button->size());
            QVERIFY2(window.contains(at),
                     qPrintable(u"%1 at %2,%3 %4×%5"_s.arg(button->text())
                                    .arg(at.x())
                                    .arg(at.y())
                                    .arg(at.width())
                                    .arg(at.height())));
            // Not cut by a pane or a scroll area either: all of it is on screen.
            QVERIFY2(button->visibleRegion().boundingRect() == button->rect(),
                     qPrintable(u"%1 is partly hidden"_s.arg(button->text())));
            QVERIFY2(button->width() >= button->minimumSizeHint().width(),
                     qPrintable(u"%1 is squeezed to %2 pixels"_s.arg(button->text()).arg(button->width())));
        }
        QVERIFY2(shown > 0, qPrintable(details->tabs()->tabText(tab)));
        unnamed << unnamedIn(m_window.get());
        // The record's rows and buttons share Alt+letters with the page's tabs and buttons.
        QStringList letters = UiTest::mnemonics(page, true);
        letters.sort();
        for (qsizetype i = 1; i < letters.size(); ++i) {
            QVERIFY2(letters.at(i) != letters.at(i - 1),
                     qPrintable(u"Alt+%1 twice with the %2 tab"_s.arg(letters.at(i), details->tabs()->tabText(tab))));
        }
    }
    m_window->signOut();
    unnamed.removeDuplicates();
    for (const QString& control : std::as_const(unnamed)) {
        qWarning("unnamed: %s", qPrintable(control));
    }
    QVERIFY2(unnamed.isEmpty(), qPrintable(u"%1 unnamed controls"_s.arg(unnamed.size())));
}

void TestAccessibility::dialogsAndWizardSteps_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << u"en"_s;
    QTest::newRow("es") << u"es"_s;
}

void TestAccessibility::dialogsAndWizardSteps()
{
    QFETCH(QString, language);
    setLanguage(language);
    Workspace& workspace = m_tw->workspace();
    const Session riley = m_tw->sessionOf(Riley);
    const Session dana = m_tw->sessionOf(Dana);
    const Session paula = m_tw->sessionOf(Paula);
    QVERIFY(!riley.user.id.isEmpty() && !dana.user.id.isEmpty() && !paula.user.id.isEmpty());

    // One of Riley's customers that Riley's provider serves too, with its users.
    auto rows = workspace.customers().customerPage(riley, {});
    PD_VERIFY_OK(rows);
    QVERIFY(!rows->isEmpty());
    const QString customerId = rows->constFirst().id;
    auto customer = workspace.customerManagement().customer(riley, customerId);
    PD_VERIFY_OK(customer);
    auto access = workspace.customerManagement().access(riley, customerId);
    PD_VERIFY_OK(access);
    auto customerUsers = workspace.customerManagement().users(riley, customerId);
    PD_VERIFY_OK(customerUsers);
    QVERIFY(!customerUsers->isEmpty());
    auto providers = workspace.relationships().providersOf(riley);
    PD_VERIFY_OK(providers);
    QVERIFY(!providers->isEmpty());
    auto partnerUsers = workspace.users().users(riley);
    PD_VERIFY_OK(partnerUsers);
    QVERIFY(!partnerUsers->isEmpty());

    QStringList unnamed;
    QStringList repeated; // Alt+letter twice in one dialog: the second never gets it
    const auto check = [&unnamed, &repeated](QWidget* dialog) {
        dialog->show();
        QCoreApplication::processEvents();
        const auto checkShown = [&]() {
            unnamed << unnamedIn(dialog);
            QStringList letters = UiTest::mnemonics(dialog, true);
            letters.sort();
            for (qsizetype i = 1; i < letters.size(); ++i) {
                if (letters.at(i) == letters.at(i - 1)) {
                    repeated << u"%1: Alt+%2"_s.arg(dialog->objectName(), letters.at(i));
                }
            }
        };
        checkShown();
        // Each tab of a dialog, as a person opens it.
        for (QTabWidget* tabs : dialog->findChildren<QTabWidget*>()) {
            for (int i = 0; i < tabs->count(); ++i) {
                tabs->setCurrentIndex(i);
                QCoreApplication::processEvents();
                checkShown();
            }
        }
        dialog->close();
    };
    QWidget* window = m_window.get();
    const auto noSignIn = []() { return std::optional<Session>(); };
    const auto noConfirm = [](const QByteArray&, const QString&) { return Result<QStringList>(QStringList()); };
    std::vector<std::unique_ptr<QWidget>> dialogs;
    dialogs.emplace_back(new SignInDialog(workspace, window));
    dialogs.emplace_back(new ProgramAdministratorDialog(workspace, window));
    dialogs.emplace_back(new UserDialog(workspace.users(), riley, window));
    dialogs.emplace_back(new UserDialog(workspace.users(), riley, partnerUsers->constFirst(), window));
    dialogs.emplace_back(new MpnProfileDialog(workspace, paula, window));
    dialogs.emplace_back(new ProviderAccountDialog(workspace, paula, window));
    dialogs.emplace_back(new ResellerAccountDialog(workspace, dana, window));
    dialogs.emplace_back(new ReferralDialog(workspace, riley, ReferralDialog::Mode::Record, window));
    dialogs.emplace_back(new ReferralDialog(workspace, dana, ReferralDialog::Mode::Refer, window));
    dialogs.emplace_back(new InvitationDraftDialog(workspace, dana, InvitationKind::ResellerOfProvider, {}, window));
    dialogs.emplace_back(new InvitationDraftDialog(workspace, riley, InvitationKind::CustomerOfReseller, {}, window));
    dialogs.emplace_back(new InvitationDraftDialog(workspace, riley, InvitationKind::CustomerOfResellerAndProvider,
                                                   providers->constFirst().provider.accountId, window));
    dialogs.emplace_back(new AcceptInvitationDialog(workspace, std::nullopt, noSignIn, window));
    dialogs.emplace_back(new AcceptInvitationDialog(workspace, riley, noSignIn, window));
    dialogs.emplace_back(new TwoStepSetupDialog(Riley, TwoStepSetupDialog::Purpose::Settings, noConfirm, window));
    dialogs.emplace_back(new DatabasePasswordDialog(m_tw->location(), u"Sign in to the server."_s, window));
    dialogs.emplace_back(new WorkspaceLocationDialog(WorkspaceLocationDialog::Purpose::Open, {}, window));
    dialogs.emplace_back(new WorkspaceLocationDialog(WorkspaceLocationDialog::Purpose::CopyTo, {}, window));
    dialogs.emplace_back(
        new WorkspaceErrorDialog(u"/nowhere/workspace.pdw"_s, Error(ErrorCode::NotFound, u"No such file."_s), window));
    dialogs.emplace_back(new NewCustomerDialog(workspace, window));
    dialogs.emplace_back(new OrderDialog(workspace, riley, customerId, window));
    dialogs.emplace_back(new OrderRequestDialog(workspace, riley, customerId, {}, window));
    dialogs.emplace_back(
        new CustomerUserDialog(workspace.customerManagement(), riley, customer.value(), access.value(), window));
    dialogs.emplace_back(new CustomerUserDialog(workspace.customerManagement(), riley, customer.value(), access.value(),
                                                customerUsers->constFirst(), window));
    dialogs.emplace_back(
        new SharedCustomersDialog(workspace, riley, providers->constFirst(), u"Bluewater Distribution"_s, window));
    for (const auto& dialog : dialogs) {
        check(dialog.get());
    }

    // Every step of the enrollment wizard, as each comes up.
    EnrollmentWizard wizard(workspace, window);
    wizard.show();
    for (int id : wizard.pageIds()) {
        QWizardPage* page = wizard.page(id);
        page->show();
        QCoreApplication::processEvents();
        QStringList onPage;
        collectUnnamed(QAccessible::queryAccessibleInterface(page), onPage);
        unnamed << onPage;
    }
    wizard.close();

    unnamed.removeDuplicates();
    for (const QString& control : std::as_const(unnamed)) {
        qWarning("unnamed: %s", qPrintable(control));
    }
    QVERIFY2(unnamed.isEmpty(), qPrintable(u"%1 unnamed controls"_s.arg(unnamed.size())));
    repeated.removeDuplicates();
    QVERIFY2(repeated.isEmpty(), qPrintable(u"access keys used twice: "_s + repeated.join(u", "_s)));
}

QTEST_MAIN(TestAccessibility)
#include "tst_Accessibility.moc"
