// The program administrator adds an official indirect provider through the dialog on Directory >
// Indirect providers, and suspends and reinstates it there: what they see as they type, what a
// refusal looks like, and what is stored.
// PARTNERDESK_SCREENSHOTS=<folder> saves a picture of each tab of the dialog and of the page.

#include "TestSupport.h"
#include "UiTestSupport.h"
#include "dialogs/ProviderAccountDialog.h"
#include "pages/DirectoryPage.h"
#include "services/DirectoryService.h"
#include "storage/PartnerStore.h"
#include "storage/UserStore.h"
#include "widgets/CountryComboBox.h"
#include "widgets/Tables.h"

#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QTimer>
#include <QtTest>

#include <functional>

using namespace Qt::StringLiterals;

namespace {

// Answers the input dialogs that open one after another, one step for each, the way a person
// would: a step reads the dialog and types into it, then accepts or cancels it.
class InputDialogSteps : public QObject
{
public:
    explicit InputDialogSteps(QList<std::function<void(QInputDialog*)>> steps)
        : m_steps(std::move(steps))
    {
        connect(&m_timer, &QTimer::timeout, this, [this]() {
            auto* dialog = qobject_cast<QInputDialog*>(QApplication::activeModalWidget());
            if (!dialog || dialog == m_last || m_steps.isEmpty()) {
                return;
            }
            m_last = dialog;
            m_steps.takeFirst()(dialog);
        });
        m_timer.start(10);
    }
    bool done() const { return m_steps.isEmpty(); }

private:
    QTimer m_timer;
    QPointer<QInputDialog> m_last;
    QList<std::function<void(QInputDialog*)>> m_steps;
};

} // namespace

class TestProviderAccountDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void liveChecksAndAdd();
    void unknownPartnerIdShownAsTyped();
    void refusalKeepsWhatWasTyped_E3();
    void serviceRefusalInGeneralLabel();
    void pageAddsSuspendsAndReinstates();

private:
    static void type(QWidget* dialog, const QString& name, const QString& text);
    static void showTab(QWidget* dialog, ProviderAccountDialog::Tab tab);
    static QString messageOf(QWidget* dialog, const QString& lineEdit);
    // Fills every field with a valid provider on m_partnerId, tab by tab.
    void fill(ProviderAccountDialog* dialog);
    void shot(QWidget* widget, const QString& name) const;

    std::unique_ptr<TestWorkspace> m_tw;
    Session m_admin;
    PmcAccount m_pmc;
    QString m_partnerId;
};

void TestProviderAccountDialog::init()
{
    m_tw = std::make_unique<TestWorkspace>();
    PD_VERIFY_OK(m_tw->openStatus());
    auto admin = m_tw->createProgramAdministrator();
    PD_VERIFY_OK(admin);
    m_admin = admin.value();
    auto pmc = m_tw->createPmcAccount(u"fabrikam.pmc"_s);
    PD_VERIFY_OK(pmc);
    m_pmc = pmc.value();
    m_partnerId = m_tw->nextPartnerId();
    PD_VERIFY_OK(m_tw->addMpnProfile(m_pmc, m_partnerId, u"MX"_s, MpnStatus::Active, u"Fabrikam Distribution"_s));
}

void TestProviderAccountDialog::cleanup()
{
    m_tw.reset();
}

void TestProviderAccountDialog::type(QWidget* dialog, const QString& name, const QString& text)
{
    auto* line = UiTest::child<QLineEdit>(dialog, name);
    QVERIFY(line);
    line->setFocus();
    line->selectAll();
    if (line->hasSelectedText()) {
        QTest::keyClick(line, Qt::Key_Backspace);
    }
    QTest::keyClicks(line, text);
    QCOMPARE(line->text(), text);
}

void TestProviderAccountDialog::showTab(QWidget* dialog, ProviderAccountDialog::Tab tab)
{
    auto* tabs = UiTest::child<QTabWidget>(dialog, u"providerTabWidget"_s);
    QVERIFY(tabs);
    tabs->setCurrentIndex(tab);
}

QString TestProviderAccountDialog::messageOf(QWidget* dialog, const QString& lineEdit)
{
    auto* label = UiTest::child<QLabel>(dialog, lineEdit + u"MessageLabel"_s);
    return label && label->isVisible() ? label->text() : QString();
}

void TestProviderAccountDialog::shot(QWidget* widget, const QString& name) const
{
    const QString folder = qEnvironmentVariable("PARTNERDESK_SCREENSHOTS");
    if (!folder.isEmpty()) {
        QTest::qWait(20); // let the layouts settle, as they do between keystrokes
        QDir().mkpath(folder);
        widget->grab().save(folder + u"/provider-"_s + name + u".png"_s);
    }
}

void TestProviderAccountDialog::fill(ProviderAccountDialog* dialog)
{
    showTab(dialog, ProviderAccountDialog::OrganizationTab);
    type(dialog, u"partnerIdLineEdit"_s, m_partnerId);
    type(dialog, u"tenantNameLineEdit"_s, u"Fabrikam Distribution"_s);
    type(dialog, u"domainPrefixLineEdit"_s, u"fabrikamdist"_s);
    type(dialog, u"addressLine1LineEdit"_s, u"Av. Reforma 222"_s);
    type(dialog, u"cityLineEdit"_s, u"Ciudad de Mexico"_s);
    type(dialog, u"postalCodeLineEdit"_s, u"06600"_s);
    showTab(dialog, ProviderAccountDialog::ContactsTab);
    type(dialog, u"contactFirstNameLineEdit"_s, u"Rosa"_s);
    type(dialog, u"contactLastNameLineEdit"_s, u"Mendez"_s);
    type(dialog, u"contactEmailLineEdit"_s, u"rosa@fabrikam.example"_s);
    type(dialog, u"contactPhoneLineEdit"_s, u"+52 55 5555 0100"_s);
    type(dialog, u"supportEmailLineEdit"_s, u"support@fabrikam.example"_s);
    type(dialog, u"supportPhoneLineEdit"_s, u"+52 55 5555 0199"_s);
    showTab(dialog, ProviderAccountDialog::FirstUserTab);
    type(dialog, u"nameLineEdit"_s, u"Rosa Mendez"_s);
    type(dialog, u"userNameLineEdit"_s, u"rosa"_s);
    type(dialog, u"passwordLineEdit"_s, u"Provider!2026"_s);
    type(dialog, u"confirmPasswordLineEdit"_s, u"Provider!2026"_s);
    showTab(dialog, ProviderAccountDialog::ListingTab);
    // Find each country by typing its first letters, then check it.
    auto* list = UiTest::child<QListWidget>(dialog, u"countriesServedListWidget"_s);
    QVERIFY(list);
    for (const QString& name : {u"Mexi"_s, u"Guatem"_s}) {
        type(dialog, u"countryFilterLineEdit"_s, name);
        QListWidgetItem* match = nullptr;
        for (int row = 0; row < list->count() && !match; ++row) {
            if (!list->item(row)->isHidden()) {
                match = list->item(row);
            }
        }
        QVERIFY2(match, qPrintable(name));
        match->setCheckState(Qt::Checked);
    }
    QTest::mouseClick(UiTest::child<QCheckBox>(dialog, u"customerSupportCheckBox"_s), Qt::LeftButton);
    QTest::mouseClick(UiTest::child<QCheckBox>(dialog, u"financingAndCreditCheckBox"_s), Qt::LeftButton);
    type(dialog, u"listingContactNameLineEdit"_s, u"Partner desk"_s);
    type(dialog, u"listingContactEmailLineEdit"_s, u"partners@fabrikam.example"_s);
    auto* description = UiTest::child<QPlainTextEdit>(dialog, u"listingDescriptionPlainTextEdit"_s);
    QVERIFY(description);
    QTest::keyClicks(description, u"Distribution across Central America."_s);
}

void TestProviderAccountDialog::liveChecksAndAdd()
{
    PD_VERIFY_OK(m_tw->createTenant(u"harbor"_s));
    ProviderAccountDialog dialog(m_tw->workspace(), m_admin);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto* add = UiTest::child<QPushButton>(&dialog, u"addProviderPushButton"_s);
    auto* pending = UiTest::child<QLabel>(&dialog, u"pendingLabel"_s);
    QVERIFY(add && pending);
    QVERIFY(!add->isEnabled());
    QCOMPARE(pending->text(), u"To add the provider, complete: Organization, Contacts, First user, Listing."_s);

    // The Partner ID names a profile: its organization and country are shown and filled in.
    type(&dialog, u"partnerIdLineEdit"_s, m_partnerId);
    QCOMPARE(UiTest::child<QLabel>(&dialog, u"mpnProfileLabel"_s)->text(),
             u"MPN profile of Fabrikam Distribution, located in Mexico (active)."_s);
    QCOMPARE(UiTest::child<QLineEdit>(&dialog, u"legalNameLineEdit"_s)->text(), u"Fabrikam Distribution"_s);
    QCOMPARE(UiTest::child<CountryComboBox>(&dialog, u"countryComboBox"_s)->code(), u"MX"_s);
    QCOMPARE(messageOf(&dialog, u"partnerIdLineEdit"_s), QString());

    // E4, as typed: a taken prefix is refused under the field, a free one is available.
    type(&dialog, u"domainPrefixLineEdit"_s, u"harbor"_s);
    QCOMPARE(messageOf(&dialog, u"domainPrefixLineEdit"_s),
             u"harbor.onmicrosoft.com is already taken. Try another prefix."_s);
    type(&dialog, u"domainPrefixLineEdit"_s, u"fabrikamdist"_s);
    QCOMPARE(messageOf(&dialog, u"domainPrefixLineEdit"_s), QString());
    QCOMPARE(UiTest::child<QLabel>(&dialog, u"domainLabel"_s)->text(), u"fabrikamdist.onmicrosoft.com is available."_s);
    shot(&dialog, u"organization-typing"_s);

    fill(&dialog);
    if (QTest::currentTestFailed()) {
        return;
    }
    QCOMPARE(UiTest::child<QLabel>(&dialog, u"upnLabel"_s)->text(), u"Signs in as rosa@fabrikamdist.onmicrosoft.com"_s);
    QCOMPARE(dialog.countriesServed(), (QStringList{u"GT"_s, u"MX"_s}));
    QCOMPARE(UiTest::child<QLabel>(&dialog, u"countriesServedLabel"_s)->text(), u"Serves: Guatemala, Mexico"_s);
    QVERIFY2(add->isEnabled(), qPrintable(pending->text()));
    QVERIFY(!pending->isVisible());
    for (auto tab : {ProviderAccountDialog::OrganizationTab, ProviderAccountDialog::ContactsTab,
                     ProviderAccountDialog::FirstUserTab, ProviderAccountDialog::ListingTab}) {
        showTab(&dialog, tab);
        shot(&dialog, u"tab-%1"_s.arg(int(tab)));
    }

    QTest::mouseClick(add, Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(dialog.provider().partnerId, m_partnerId);
    auto listing = PartnerStore::listingOf(m_tw->db(), dialog.provider().partnerAccountId);
    PD_VERIFY_OK(listing);
    QVERIFY(listing->has_value());
    QCOMPARE(listing->value().countries, (QStringList{u"GT"_s, u"MX"_s}));
    QCOMPARE(listing->value().services,
             (QList<ProviderService>{ProviderService::CustomerSupport, ProviderService::FinancingAndCredit}));
    QCOMPARE(listing->value().description, u"Distribution across Central America."_s);
    PD_VERIFY_OK(m_tw->workspace().directory().signIn(u"rosa@fabrikamdist.onmicrosoft.com"_s, u"Provider!2026"_s));
}

void TestProviderAccountDialog::unknownPartnerIdShownAsTyped()
{
    ProviderAccountDialog dialog(m_tw->workspace(), m_admin);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    type(&dialog, u"partnerIdLineEdit"_s, u"7777777"_s);
    QCOMPARE(messageOf(&dialog, u"partnerIdLineEdit"_s),
             u"No MPN profile has the Partner ID 7777777. Add the profile on the MPN profiles tab first."_s);
    QVERIFY(!UiTest::child<QLabel>(&dialog, u"mpnProfileLabel"_s)->isVisible());
    // Enter doesn't close the dialog while it is invalid.
    QTest::keyClick(UiTest::child<QLineEdit>(&dialog, u"partnerIdLineEdit"_s), Qt::Key_Return);
    QVERIFY(dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QCOMPARE(UiTest::child<QLineEdit>(&dialog, u"partnerIdLineEdit"_s)->text(), u"7777777"_s);
}

void TestProviderAccountDialog::refusalKeepsWhatWasTyped_E3()
{
    ProviderAccountDialog dialog(m_tw->workspace(), m_admin);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    fill(&dialog);
    if (QTest::currentTestFailed()) {
        return;
    }
    auto* add = UiTest::child<QPushButton>(&dialog, u"addProviderPushButton"_s);
    QVERIFY(add->isEnabled());

    // Meanwhile, someone else links the Partner ID to a partner account (E3).
    auto other = m_tw->createTenant(u"harbor"_s, u"MX"_s);
    PD_VERIFY_OK(other);
    PD_VERIFY_OK(
        m_tw->createPartnerAccount(other->tenant, m_partnerId, PartnerType::IndirectReseller, PartnerStatus::Active));
    const int tenants = m_tw->count(u"tenants"_s);

    QTest::mouseClick(add, Qt::LeftButton);
    QVERIFY2(dialog.isVisible(), "a refusal keeps the dialog open");
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    auto* tabs = UiTest::child<QTabWidget>(&dialog, u"providerTabWidget"_s);
    QCOMPARE(tabs->currentIndex(), int(ProviderAccountDialog::OrganizationTab));
    QCOMPARE(messageOf(&dialog, u"partnerIdLineEdit"_s),
             u"The Partner ID %1 is already linked to the partner account of harbor Ltd."_s.arg(m_partnerId));
    QCOMPARE(dialog.focusWidget(), UiTest::child<QLineEdit>(&dialog, u"partnerIdLineEdit"_s));
    shot(&dialog, u"refused"_s);
    // Nothing typed is lost, the password included; nothing was stored.
    QCOMPARE(UiTest::child<QLineEdit>(&dialog, u"partnerIdLineEdit"_s)->text(), m_partnerId);
    QCOMPARE(UiTest::child<QLineEdit>(&dialog, u"domainPrefixLineEdit"_s)->text(), u"fabrikamdist"_s);
    QCOMPARE(UiTest::child<QLineEdit>(&dialog, u"passwordLineEdit"_s)->text(), u"Provider!2026"_s);
    QCOMPARE(UiTest::child<QLineEdit>(&dialog, u"confirmPasswordLineEdit"_s)->text(), u"Provider!2026"_s);
    QCOMPARE(dialog.countriesServed(), (QStringList{u"GT"_s, u"MX"_s}));
    QCOMPARE(m_tw->count(u"tenants"_s), tenants);
    QCOMPARE(m_tw->count(u"provider_listings"_s), 0);
}

void TestProviderAccountDialog::serviceRefusalInGeneralLabel()
{
    ProviderAccountDialog dialog(m_tw->workspace(), m_admin);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    fill(&dialog);
    if (QTest::currentTestFailed()) {
        return;
    }
    // The administrator is disabled while the dialog is open: the service refuses, about no field.
    PD_VERIFY_OK(UserStore::setEnabled(m_tw->db(), m_admin.tenant.id, m_admin.user.id, false));
    QTest::mouseClick(UiTest::child<QPushButton>(&dialog, u"addProviderPushButton"_s), Qt::LeftButton);
    QVERIFY(dialog.isVisible());
    auto* error = UiTest::child<QLabel>(&dialog, u"errorLabel"_s);
    QVERIFY(error->isVisible());
    QCOMPARE(error->text(), u"Your user has been disabled."_s);
    QCOMPARE(UiTest::child<QLineEdit>(&dialog, u"listingContactNameLineEdit"_s)->text(), u"Partner desk"_s);
    QCOMPARE(m_tw->count(u"provider_listings"_s), 0);
}

void TestProviderAccountDialog::pageAddsSuspendsAndReinstates()
{
    DirectoryPage page(m_tw->workspace(), m_admin);
    page.resize(900, 500);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    auto* table = UiTest::child<QTableWidget>(&page, u"providersTableWidget"_s);
    auto* add = UiTest::child<QPushButton>(&page, u"addProviderPushButton"_s);
    auto* status = UiTest::child<QPushButton>(&page, u"providerStatusPushButton"_s);
    QVERIFY(table && add && status);
    QCOMPARE(table->rowCount(), 0);
    QVERIFY2(!status->isEnabled(), "nothing is selected yet");
    QCOMPARE(status->text(), u"&Suspend…"_s);

    bool filled = false;
    QTimer::singleShot(0, this, [this, &filled]() {
        auto* dialog = qobject_cast<ProviderAccountDialog*>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        fill(dialog);
        filled = !QTest::currentTestFailed();
        QTest::mouseClick(UiTest::child<QPushButton>(dialog, u"addProviderPushButton"_s), Qt::LeftButton);
        if (dialog->isVisible()) {
            dialog->reject(); // never leave the test waiting on a modal dialog
        }
    });
    QTest::mouseClick(add, Qt::LeftButton);
    QVERIFY(filled);
    QCOMPARE(table->rowCount(), 1);
    QCOMPARE(table->item(0, 0)->text(), u"Fabrikam Distribution"_s);
    QCOMPARE(table->item(0, 1)->text(), m_partnerId);
    QCOMPARE(table->item(0, 2)->text(), u"Active"_s);
    QCOMPARE(table->item(0, 3)->text(), u"Guatemala, Mexico"_s);
    QCOMPARE(table->item(0, 4)->text(), u"Customer support, Financing and credit terms"_s);
    // The new provider is selected, ready for what comes next.
    QCOMPARE(Tables::selectedRow(table), 0);
    QVERIFY(status->isEnabled());
    shot(&page, u"page"_s);

    // A reason typed and cancelled is offered again; an empty one is refused and asked again.
    QString secondPrompt;
    QString offeredAgain;
    {
        InputDialogSteps steps({[](QInputDialog* d) {
            d->setTextValue(u"Unpaid invoices"_s);
            d->reject();
        }});
        QTest::mouseClick(status, Qt::LeftButton);
        QVERIFY(steps.done());
    }
    QCOMPARE(table->item(0, 2)->text(), u"Active"_s);
    {
        InputDialogSteps steps({[&offeredAgain](QInputDialog* d) {
                                    offeredAgain = d->textValue();
                                    d->setTextValue(QString());
                                    d->accept();
                                },
                                [&secondPrompt](QInputDialog* d) {
                                    secondPrompt = d->labelText();
                                    d->setTextValue(u"Unpaid invoices since March"_s);
                                    d->accept();
                                }});
        QTest::mouseClick(status, Qt::LeftButton);
        QVERIFY(steps.done());
    }
    QCOMPARE(offeredAgain, u"Unpaid invoices"_s);
    QVERIFY2(secondPrompt.startsWith(u"Enter the reason for suspending Fabrikam Distribution: its primary contact "
                                     "reads it."_s),
             qPrintable(secondPrompt));
    QCOMPARE(table->item(0, 2)->text(), u"Suspended"_s);
    QCOMPARE(status->text(), u"&Reinstate"_s);
    const QString accountId = m_tw->scalar(u"SELECT id FROM partner_accounts"_s).toString();
    auto history = PartnerStore::statusHistory(m_tw->db(), accountId);
    PD_VERIFY_OK(history);
    QCOMPARE(history->last().reason, u"Unpaid invoices since March"_s);

    QTest::mouseClick(status, Qt::LeftButton);
    QCOMPARE(table->item(0, 2)->text(), u"Active"_s);
    QCOMPARE(status->text(), u"&Suspend…"_s);
    QCOMPARE(m_tw->scalar(u"SELECT status FROM partner_accounts"_s).toString(), u"Active"_s);
}

QTEST_MAIN(TestProviderAccountDialog)
#include "tst_ProviderAccountDialog.moc"
