// Switching the interface language at runtime (ARCHITECTURE §8): View > Language > Español turns
// the open window Spanish — menus, navigation, headings, form labels, the status bar, messages
// under fields and Qt's own buttons — keeps unsaved edits, remembers the choice, and English
// comes back the same way.

#include "LanguageManager.h"
#include "MainWindow.h"
#include "TestSupport.h"
#include "UiTestSupport.h"
#include "dialogs/ProgramAdministratorDialog.h"
#include "dialogs/SignInDialog.h"
#include "domain/Countries.h"
#include "pages/Page.h"
#include "services/AccountService.h"
#include "services/OutboxService.h"
#include "services/RelationshipService.h"
#include "wizard/EnrollmentWizard.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTest>
#include <QTreeWidget>

#include <memory>

using namespace Qt::StringLiterals;

class TestLanguageSwitch : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void spanishAndBackToEnglish();
    void openDialogFollowsLanguage();
    void programAdministratorDialogFollowsLanguage();
    void enrollmentWizardFollowsLanguage();
    void choiceIsRemembered();
    void tablesStillFillTheirWidth();
    void messagesGoOutInTheContactsLanguage();

private:
    void chooseLanguage(const QString& code);
    Page* page(const QString& objectName) const;
    template <typename T>
    T* pageChild(const QString& pageName, const QString& objectName) const
    {
        Page* p = page(pageName);
        return p ? p->findChild<T*>(objectName) : nullptr;
    }
    QString menuTitle(const QString& objectName) const;

    std::unique_ptr<TestWorkspace> m_tw;
    std::unique_ptr<LanguageManager> m_language;
    std::unique_ptr<MainWindow> m_window;
    PartnerFixture m_partner;
};

void TestLanguageSwitch::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"PartnerDesk"_s);
    QCoreApplication::setApplicationName(u"tst_LanguageSwitch"_s);
    QSettings().clear();
}

void TestLanguageSwitch::init()
{
    m_language = std::make_unique<LanguageManager>();
    QVERIFY(m_language->setLanguage(u"en"_s, false));
    m_tw = std::make_unique<TestWorkspace>();
    PD_VERIFY_OK(m_tw->openStatus());
    auto partner = m_tw->createPartner(u"harbor"_s, PartnerType::IndirectReseller);
    PD_VERIFY_OK(partner);
    m_partner = partner.value();
    auto session = m_tw->signIn(m_partner.admin.upn);
    PD_VERIFY_OK(session);

    m_window = std::make_unique<MainWindow>(m_tw->workspace(), *m_language);
    m_window->show();
    QApplication::setActiveWindow(m_window.get());
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    m_window->signIn(session.value());
    QVERIFY(m_window->isSignedIn());
}

void TestLanguageSwitch::cleanup()
{
    m_window.reset();
    if (m_language) {
        m_language->setLanguage(u"en"_s, false);
    }
    QCoreApplication::processEvents();
    m_language.reset();
    m_tw.reset();
    QSettings().clear();
}

void TestLanguageSwitch::tablesStillFillTheirWidth()
{
    // The Home page's status history: its last column reaches the right edge in English and
    // still does once the rows are filled again in Spanish.
    auto* table = m_window->findChild<QTableWidget*>(u"statusHistoryTableWidget"_s);
    QVERIFY(table);
    QTRY_VERIFY(table->isVisible());
    QHeaderView* header = table->horizontalHeader();
    const int last = table->columnCount() - 1;
    const auto rightEdge = [&]() { return header->sectionViewportPosition(last) + header->sectionSize(last); };
    QCOMPARE(rightEdge(), table->viewport()->width());
    chooseLanguage(u"es"_s);
    QCOMPARE(table->horizontalHeaderItem(last)->text(), u"Cambiado por"_s);
    QTRY_COMPARE(rightEdge(), table->viewport()->width());
}

void TestLanguageSwitch::messagesGoOutInTheContactsLanguage()
{
    // Harbor's Admin agent, at an English desk, says its primary contact reads Spanish.
    QVERIFY(m_window->showPage(u"legalProfilePage"_s));
    auto* language = pageChild<QComboBox>(u"legalProfilePage"_s, u"contactLanguageComboBox"_s);
    QVERIFY(language);
    QCOMPARE(UiTest::labelOf(language), u"Primary contact's lan&guage:"_s);
    QCOMPARE(language->currentData().toString(), u"en"_s);
    language->setCurrentIndex(language->findData(u"es"_s));
    Q_EMIT language->activated(language->currentIndex());
    auto* save = pageChild<QPushButton>(u"legalProfilePage"_s, u"savePushButton"_s);
    QVERIFY(save->isEnabled());
    QTest::mouseClick(save, Qt::LeftButton);
    QCOMPARE(m_tw->scalar(u"SELECT contact_language FROM partner_accounts WHERE id = '%1'"_s.arg(m_partner.account.id))
                 .toString(),
             u"es"_s);

    // At a Spanish desk now, a provider (whose contact reads English) invites Harbor and Harbor
    // accepts: each side's message is in its own contact's language, and the desk stays Spanish.
    chooseLanguage(u"es"_s);
    auto provider = m_tw->createPartner(u"bluewater"_s, PartnerType::IndirectProvider);
    PD_VERIFY_OK(provider);
    PD_VERIFY_OK(m_tw->addListing(provider->account.id, {u"US"_s}, {ProviderService::CustomerSupport}));
    auto providerSession = m_tw->signIn(provider->admin.upn);
    PD_VERIFY_OK(providerSession);
    auto link = m_tw->inviteReseller(providerSession.value(), m_partner.account.legal.contactEmail);
    PD_VERIFY_OK(link);
    auto harbor = m_tw->signIn(m_partner.admin.upn);
    PD_VERIFY_OK(harbor);
    PD_VERIFY_OK(m_tw->workspace().relationships().authorizeProvider(harbor.value(), link.value(), true));

    const QString providerName = provider->account.legal.legalName;
    auto harborMail = m_tw->workspace().outbox().messages(harbor.value());
    PD_VERIFY_OK(harborMail);
    QCOMPARE(harborMail->size(), 1);
    QCOMPARE(harborMail->constFirst().subject, u"%1 es ahora su proveedor indirecto"_s.arg(providerName));
    QVERIFY2(harborMail->constFirst().body.startsWith(u"Hola, "_s), qPrintable(harborMail->constFirst().body));
    auto providerMail = m_tw->workspace().outbox().messages(providerSession.value());
    PD_VERIFY_OK(providerMail);
    QCOMPARE(providerMail->size(), 1);
    QCOMPARE(providerMail->constFirst().subject,
             u"%1 accepted your invitation"_s.arg(m_partner.account.legal.legalName));
    QCOMPARE(QCoreApplication::translate("RelationshipService", "%1 is now your indirect provider"),
             u"%1 es ahora su proveedor indirecto"_s);
    QCOMPARE(QLocale().language(), QLocale::Spanish);
}

void TestLanguageSwitch::chooseLanguage(const QString& code)
{
    auto* action
        = m_window->findChild<QAction*>((code == u"es"_s ? u"spanishLanguageAction"_s : u"englishLanguageAction"_s));
    QVERIFY(action);
    QVERIFY(action->isCheckable());
    action->trigger();
    QCOMPARE(m_language->current(), code);
    QVERIFY(action->isChecked());
    // Widgets hear of the new language through posted QEvent::LanguageChange.
    QCoreApplication::processEvents();
    QCoreApplication::processEvents();
}

Page* TestLanguageSwitch::page(const QString& objectName) const
{
    for (Page* p : m_window->pages()) {
        if (p->objectName() == objectName) {
            return p;
        }
    }
    return nullptr;
}

QString TestLanguageSwitch::menuTitle(const QString& objectName) const
{
    auto* menu = m_window->findChild<QMenu*>(objectName);
    return menu ? menu->title() : u"(no menu %1)"_s.arg(objectName);
}

void TestLanguageSwitch::spanishAndBackToEnglish()
{
    const QString upn = m_partner.admin.upn;
    const QString path = m_tw->databasePath();
    auto* status = m_window->findChild<QLabel*>(u"statusLabel"_s);
    QVERIFY(status);

    // English first, with unsaved edits and two problems on the legal business profile.
    QVERIFY(m_window->showPage(u"legalProfilePage"_s));
    auto* legalName = pageChild<QLineEdit>(u"legalProfilePage"_s, u"legalNameLineEdit"_s);
    auto* city = pageChild<QLineEdit>(u"legalProfilePage"_s, u"cityLineEdit"_s);
    auto* email = pageChild<QLineEdit>(u"legalProfilePage"_s, u"contactEmailLineEdit"_s);
    auto* cityMessage = pageChild<QLabel>(u"legalProfilePage"_s, u"cityLineEditMessageLabel"_s);
    auto* emailMessage = pageChild<QLabel>(u"legalProfilePage"_s, u"contactEmailLineEditMessageLabel"_s);
    auto* heading = pageChild<QLabel>(u"legalProfilePage"_s, u"legalProfilePageHeadingLabel"_s);
    auto* save = pageChild<QPushButton>(u"legalProfilePage"_s, u"savePushButton"_s);
    auto* country = pageChild<QLabel>(u"legalProfilePage"_s, u"countryLabel"_s);
    QVERIFY(legalName && city && email && cityMessage && emailMessage && heading && save && country);
    UiTest::retype(legalName, u"Harbor Holdings"_s);
    UiTest::retype(city, QString());
    UiTest::retype(email, u"alex@harbor"_s);
    QCOMPARE(cityMessage->text(), u"Enter the city."_s);
    QCOMPARE(emailMessage->text(), u"Enter the full domain after the @, such as example.com."_s);
    QCOMPARE(heading->text(), u"Legal business profile"_s);
    QCOMPARE(UiTest::labelOf(legalName), u"&Legal business name:"_s);
    QCOMPARE(country->text(), Countries::name(u"US"_s, QLocale::English));
    QCOMPARE(status->text(), u"Signed in as Admin of harbor (%1) — workspace %2 (SQLite)"_s.arg(upn, path));

    chooseLanguage(u"es"_s);

    QCOMPARE(menuTitle(u"fileMenu"_s), u"&Archivo"_s);
    QCOMPARE(menuTitle(u"viewMenu"_s), u"&Ver"_s);
    QCOMPARE(menuTitle(u"languageMenu"_s), u"Idio&ma"_s);
    QCOMPARE(menuTitle(u"helpMenu"_s), u"Ay&uda"_s);
    QCOMPARE(m_window->findChild<QAction*>(u"signOutAction"_s)->text(), u"&Cerrar sesión"_s);
    // Each language keeps its own name in the menu.
    QCOMPARE(m_window->findChild<QAction*>(u"spanishLanguageAction"_s)->text(), u"Español"_s);
    QCOMPARE(m_window->findChild<QAction*>(u"englishLanguageAction"_s)->text(), u"English"_s);
    QVERIFY(!m_window->findChild<QAction*>(u"englishLanguageAction"_s)->isChecked());

    QCOMPARE(UiTest::navigationTexts(m_window.get()),
             (QStringList{u"Inicio"_s, u"Clientes"_s, u"Proveedores indirectos"_s, u"Buscar un proveedor"_s,
                          u"Solicitudes de pedido"_s, u"Referencias"_s, u"Configuración de la cuenta"_s,
                          u"Perfil comercial legal"_s, u"Perfil de soporte técnico"_s, u"Id. de partner"_s,
                          u"Administración de usuarios"_s, u"Registro de actividad"_s, u"Bandeja de salida"_s}));
    QCOMPARE(heading->text(), u"Perfil comercial legal"_s);
    QCOMPARE(UiTest::labelOf(legalName), u"Nombre &legal de la empresa:"_s);
    QCOMPARE(UiTest::labelOf(email), u"Correo &electrónico del contacto principal:"_s);
    QCOMPARE(save->text(), u"&Guardar"_s);
    QCOMPARE(country->text(), Countries::name(u"US"_s, QLocale::Spanish));
    QCOMPARE(status->text(),
             u"Sesión iniciada como Admin of harbor (%1) — área de trabajo %2 (SQLite)"_s.arg(upn, path));
    QCOMPARE(m_window->findChild<QLabel*>(u"homeHeadingLabel"_s)->text(), u"Le damos la bienvenida, Admin of harbor"_s);
    QCOMPARE(m_window->findChild<QLabel*>(u"partnerTypeValueLabel"_s)->text(), u"Revendedor indirecto"_s);

    // The unsaved edits survive; their messages come back in Spanish.
    QCOMPARE(legalName->text(), u"Harbor Holdings"_s);
    QVERIFY(city->text().isEmpty());
    QCOMPARE(email->text(), u"alex@harbor"_s);
    QVERIFY(cityMessage->isVisible());
    QCOMPARE(cityMessage->text(), u"Escriba la ciudad."_s);
    QVERIFY(emailMessage->isVisible());
    QCOMPARE(emailMessage->text(), u"Escriba el dominio completo después de la @, como example.com."_s);
    QCOMPARE(email->accessibleDescription(), emailMessage->text());
    QVERIFY(!save->isEnabled());

    // A page without edits shows what is stored, in Spanish.
    QVERIFY(m_window->showPage(u"supportProfilePage"_s));
    QCOMPARE(pageChild<QLabel>(u"supportProfilePage"_s, u"supportProfilePageHeadingLabel"_s)->text(),
             u"Perfil de soporte técnico al cliente"_s);
    QCOMPARE(pageChild<QLineEdit>(u"supportProfilePage"_s, u"supportEmailLineEdit"_s)->text(),
             u"support@harbor.example"_s);

    // Fixing the problems in Spanish and saving works like in English.
    QVERIFY(m_window->showPage(u"legalProfilePage"_s));
    UiTest::retype(city, u"Springfield"_s);
    UiTest::retype(email, u"alex@harbor.example"_s);
    QVERIFY(!cityMessage->isVisible());
    QVERIFY(save->isEnabled());
    UiTest::retype(city, QString());
    QCOMPARE(cityMessage->text(), u"Escriba la ciudad."_s);

    chooseLanguage(u"en"_s);

    QCOMPARE(menuTitle(u"fileMenu"_s), u"&File"_s);
    QCOMPARE(menuTitle(u"viewMenu"_s), u"&View"_s);
    QCOMPARE(menuTitle(u"languageMenu"_s), u"&Language"_s);
    QCOMPARE(menuTitle(u"helpMenu"_s), u"&Help"_s);
    QCOMPARE(UiTest::navigationTexts(m_window.get()),
             (QStringList{u"Home"_s, u"Customers"_s, u"Indirect providers"_s, u"Find a provider"_s, u"Order requests"_s,
                          u"Referrals"_s, u"Account settings"_s, u"Legal business profile"_s, u"Support profile"_s,
                          u"Partner ID"_s, u"User management"_s, u"Activity log"_s, u"Outbox"_s}));
    QCOMPARE(heading->text(), u"Legal business profile"_s);
    QCOMPARE(UiTest::labelOf(legalName), u"&Legal business name:"_s);
    QCOMPARE(save->text(), u"&Save"_s);
    QCOMPARE(country->text(), Countries::name(u"US"_s, QLocale::English));
    QCOMPARE(status->text(), u"Signed in as Admin of harbor (%1) — workspace %2 (SQLite)"_s.arg(upn, path));
    QCOMPARE(legalName->text(), u"Harbor Holdings"_s);
    QCOMPARE(cityMessage->text(), u"Enter the city."_s);
    QVERIFY(cityMessage->isVisible());
    QVERIFY(!emailMessage->isVisible());

    // Nothing was saved along the way.
    auto account = m_tw->workspace().accounts().account(m_window->session());
    PD_VERIFY_OK(account);
    QCOMPARE(account->legal.legalName, u"harbor Ltd"_s);
    QCOMPARE(account->legal.address.city, u"Springfield"_s);
}

void TestLanguageSwitch::openDialogFollowsLanguage()
{
    SignInDialog dialog(m_tw->workspace(), m_window.get());
    dialog.show();
    auto* buttons = dialog.findChild<QDialogButtonBox*>(u"signInButtonBox"_s);
    QVERIFY(buttons);
    QPushButton* cancel = buttons->button(QDialogButtonBox::Cancel);
    auto* signIn = dialog.findChild<QPushButton*>(u"signInPushButton"_s);
    QVERIFY(cancel && signIn);
    QCOMPARE(cancel->text(), u"Cancel"_s);
    QCOMPARE(signIn->text(), u"&Sign in"_s);
    QCOMPARE(dialog.windowTitle(), u"Sign in to PartnerDesk"_s);

    chooseLanguage(u"es"_s);

    // Qt's own text comes from qtbase_es.qm, PartnerDesk's from partnerdesk_es.qm.
    QCOMPARE(cancel->text(), u"Cancelar"_s);
    QCOMPARE(dialog.windowTitle(), u"Iniciar sesión en PartnerDesk"_s);
    QCOMPARE(UiTest::labelOf(dialog.findChild<QLineEdit*>(u"passwordLineEdit"_s)), u"&Contraseña:"_s);
    // An open dialog's own Sign in button follows the language too.
    QCOMPARE(signIn->text(), u"&Iniciar sesión"_s);

    // A dialog opened while Spanish is on starts in Spanish.
    SignInDialog later(m_tw->workspace(), m_window.get());
    QCOMPARE(later.findChild<QDialogButtonBox*>(u"signInButtonBox"_s)->button(QDialogButtonBox::Cancel)->text(),
             u"Cancelar"_s);
    QCOMPARE(later.findChild<QPushButton*>(u"signInPushButton"_s)->text(), u"&Iniciar sesión"_s);

    // Messages from core follow the language too.
    auto former = m_tw->addUser(m_partner.tenant, u"former"_s, DirectoryRole::User, false);
    PD_VERIFY_OK(former);
    QTest::keyClicks(later.findChild<QLineEdit*>(u"userNameLineEdit"_s), former->upn);
    QTest::keyClicks(later.findChild<QLineEdit*>(u"passwordLineEdit"_s), u"Wrong!Pass9"_s);
    QTest::mouseClick(later.findChild<QPushButton*>(u"signInPushButton"_s), Qt::LeftButton);
    QTRY_VERIFY(!later.isSigningIn());
    QCOMPARE(later.findChild<QLabel*>(u"signInErrorLabel"_s)->text(),
             u"Esta cuenta está deshabilitada. Pida a un administrador de su organización que la habilite."_s);

    chooseLanguage(u"en"_s);
    QCOMPARE(cancel->text(), u"Cancel"_s);
    QCOMPARE(dialog.windowTitle(), u"Sign in to PartnerDesk"_s);
    QCOMPARE(signIn->text(), u"&Sign in"_s);
}

void TestLanguageSwitch::programAdministratorDialogFollowsLanguage()
{
    ProgramAdministratorDialog dialog(m_tw->workspace(), m_window.get());
    dialog.show();
    auto* create = dialog.findChild<QPushButton*>(u"createPushButton"_s);
    auto* prefix = dialog.findChild<QLineEdit*>(u"domainPrefixLineEdit"_s);
    auto* prefixMessage = dialog.findChild<QLabel*>(u"domainPrefixLineEditMessageLabel"_s);
    QVERIFY(create && prefix && prefixMessage);
    QTest::keyClicks(prefix, u"harbor"_s);
    QCOMPARE(prefixMessage->text(), u"harbor.onmicrosoft.com is already taken. Try another prefix."_s);

    chooseLanguage(u"es"_s);

    QCOMPARE(UiTest::labelOf(dialog.findChild<QLineEdit*>(u"passwordLineEdit"_s)), u"Contra&seña:"_s);
    QCOMPARE(prefix->text(), u"harbor"_s);
    QVERIFY(prefixMessage->isVisible());
    QVERIFY2(prefixMessage->text().startsWith(u"harbor.onmicrosoft.com"_s), qPrintable(prefixMessage->text()));
    QVERIFY2(!prefixMessage->text().contains(u"already taken"_s), qPrintable(prefixMessage->text()));
    QCOMPARE(create->text(), u"C&rear"_s);
}

void TestLanguageSwitch::enrollmentWizardFollowsLanguage()
{
    EnrollmentWizard wizard(m_tw->workspace(), m_window.get());
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    wizard.next();
    QCOMPARE(wizard.currentId(), int(EnrollmentWizard::TenantStep));
    auto* upn = wizard.findChild<QLineEdit*>(u"tenantUserNameLineEdit"_s);
    QTest::keyClicks(upn, u"someone@harbor.onmicrosoft.com"_s);
    QCOMPARE(wizard.currentPage()->title(), u"Your organization's tenant"_s);
    QCOMPARE(wizard.button(QWizard::NextButton)->text(), u"&Next >"_s);

    chooseLanguage(u"es"_s);

    // Everything on the open wizard in Spanish, what was typed kept.
    QCOMPARE(wizard.windowTitle(), u"Inscribirse como revendedor indirecto"_s);
    QCOMPARE(wizard.currentPage()->title(), u"El inquilino de su organización"_s);
    QCOMPARE(wizard.findChild<QRadioButton*>(u"createTenantRadioButton"_s)->text(), u"&Crear un inquilino nuevo"_s);
    QCOMPARE(UiTest::labelOf(upn), u"Nombre de &usuario del administrador global:"_s);
    QCOMPARE(upn->text(), u"someone@harbor.onmicrosoft.com"_s);
    QVERIFY2(wizard.button(QWizard::NextButton)->text() != u"&Next >"_s,
             qPrintable(wizard.button(QWizard::NextButton)->text()));
    QVERIFY2(wizard.button(QWizard::CancelButton)->text() != u"Cancel"_s,
             qPrintable(wizard.button(QWizard::CancelButton)->text()));
    // A page not reached yet is in Spanish when it comes.
    QCOMPARE(wizard.page(EnrollmentWizard::Business)->title(), u"Perfil comercial"_s);

    chooseLanguage(u"en"_s);
    QCOMPARE(wizard.currentPage()->title(), u"Your organization's tenant"_s);
    QCOMPARE(wizard.button(QWizard::NextButton)->text(), u"&Next >"_s);
    wizard.hide();
}

void TestLanguageSwitch::choiceIsRemembered()
{
    QVERIFY(!QSettings().contains(u"interface/language"_s));
    chooseLanguage(u"es"_s);
    QCOMPARE(QSettings().value(u"interface/language"_s).toString(), u"es"_s);
    QCOMPARE(LanguageManager::preferred(), u"es"_s);
    QCOMPARE(QLocale().language(), QLocale::Spanish);

    chooseLanguage(u"en"_s);
    QCOMPARE(QSettings().value(u"interface/language"_s).toString(), u"en"_s);
    QCOMPARE(LanguageManager::preferred(), u"en"_s);
    QCOMPARE(QLocale().language(), QLocale::English);
}

QTEST_MAIN(TestLanguageSwitch)
#include "tst_LanguageSwitch.moc"
