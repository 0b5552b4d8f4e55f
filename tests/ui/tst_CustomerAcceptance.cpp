// Inviting a new customer with the reseller's provider and the customer's acceptance, driven as
// people would (C1, C3, C4): the reseller uses "Invite new customers…" on its Indirect providers
// page; the customer opens the link, creates its organization's tenant and company profile in
// the dialog, checks the box and authorizes; it is then signed in and sees both partners.

#include "LanguageManager.h"
#include "MainWindow.h"
#include "TestSupport.h"
#include "UiTestSupport.h"
#include "dialogs/AcceptInvitationDialog.h"
#include "dialogs/InvitationDraftDialog.h"
#include "dialogs/NewCustomerDialog.h"
#include "pages/IndirectProvidersPage.h"
#include "services/InvitationService.h"
#include "services/RelationshipService.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QStyle>
#include <QStyleOptionButton>
#include <QTableWidget>
#include <QTest>
#include <QTimer>

#include <functional>
#include <memory>

using namespace Qt::StringLiterals;

class TestCustomerAcceptance : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void resellerInvitesNewCustomerWithProvider_C1();
    void newCustomerCreatesTenantAndAuthorizes_C3();
    void newCustomerFormRefusesTakenDomain_C3();
    void globalAdministratorAccepts_C3_C4();

private:
    // A customer invitation for the reseller and its provider, recorded; returns the link.
    QString inviteWithProvider();

    std::unique_ptr<TestWorkspace> m_tw;
    ChannelFixture m_channel;
};

void TestCustomerAcceptance::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestCustomerAcceptance::init()
{
    m_tw = std::make_unique<TestWorkspace>();
    PD_VERIFY_OK(m_tw->openStatus());
    auto channel = m_tw->createProviderAndReseller();
    PD_VERIFY_OK(channel);
    m_channel = channel.value();
    auto link = m_tw->inviteReseller(m_channel.providerSession);
    PD_VERIFY_OK(link);
    PD_VERIFY_OK(m_tw->workspace().relationships().authorizeProvider(m_channel.resellerSession, link.value(), true));
}

void TestCustomerAcceptance::cleanup()
{
    m_tw.reset();
}

QString TestCustomerAcceptance::inviteWithProvider()
{
    auto draft = m_tw->workspace().invitations().newDraft(m_channel.resellerSession,
                                                          InvitationKind::CustomerOfResellerAndProvider, u"en"_s,
                                                          m_channel.provider.account.id);
    if (!draft) {
        return {};
    }
    draft.value().recipientEmail = u"morgan@lakeside.example"_s;
    return m_tw->workspace().invitations().record(m_channel.resellerSession, draft.value()) ? draft->link : QString();
}

void TestCustomerAcceptance::resellerInvitesNewCustomerWithProvider_C1()
{
    IndirectProvidersPage page(m_tw->workspace(), m_channel.resellerSession);
    page.show();
    QPushButton* invite = UiTest::child<QPushButton>(&page, u"inviteCustomersPushButton"_s);
    QVERIFY(invite->isVisible());
    QVERIFY(!invite->isEnabled()); // for the provider selected
    UiTest::child<QTableWidget>(&page, u"relationshipsTableWidget"_s)->selectRow(0);
    QVERIFY(invite->isEnabled());
    UiTest::whenModal<InvitationDraftDialog>(
        [&](InvitationDraftDialog* dialog) {
            QCOMPARE(dialog->windowTitle(), u"Invite a new customer"_s);
            const QString subject = UiTest::child<QLineEdit>(dialog, u"subjectLineEdit"_s)->text();
            QVERIFY(subject.contains(m_channel.reseller.account.legal.legalName));
            QVERIFY(subject.contains(m_channel.provider.account.legal.legalName));
            UiTest::retype(UiTest::child<QLineEdit>(dialog, u"recipientLineEdit"_s), u"morgan@lakeside.example"_s);
            QTest::mouseClick(UiTest::child<QPushButton>(dialog, u"donePushButton"_s), Qt::LeftButton);
        },
        [&]() { QTest::mouseClick(invite, Qt::LeftButton); });
    QCOMPARE(m_tw->scalar(u"SELECT provider_account_id FROM invitations WHERE kind = "
                          "'CustomerOfResellerAndProvider'"_s)
                 .toString(),
             m_channel.provider.account.id);
    QVERIFY(UiTest::child<QLabel>(&page, u"doneLabel"_s)->text().contains(u"morgan@lakeside.example"_s));
}

void TestCustomerAcceptance::newCustomerCreatesTenantAndAuthorizes_C3()
{
    const QString link = inviteWithProvider();
    QVERIFY(!link.isEmpty());
    LanguageManager language;
    MainWindow window(m_tw->workspace(), language);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    const QList<std::pair<QString, QString>> typed = {
        {u"legalNameLineEdit"_s, u"Lakeside Dental Group"_s},
        {u"domainPrefixLineEdit"_s, u"lakeside"_s},
        {u"addressLine1LineEdit"_s, u"77 Lake Shore Drive"_s},
        {u"cityLineEdit"_s, u"Madison"_s},
        {u"regionLineEdit"_s, u"WI"_s},
        {u"postalCodeLineEdit"_s, u"53703"_s},
        {u"contactFirstNameLineEdit"_s, u"Morgan"_s},
        {u"contactLastNameLineEdit"_s, u"Lee"_s},
        {u"contactEmailLineEdit"_s, u"morgan@lakeside.example"_s},
        {u"contactPhoneLineEdit"_s, u"+1 608 555 0100"_s},
        {u"nameLineEdit"_s, u"Morgan Lee"_s},
        {u"userNameLineEdit"_s, u"morgan"_s},
        {u"passwordLineEdit"_s, TestWorkspace::defaultPassword()},
        {u"confirmPasswordLineEdit"_s, TestWorkspace::defaultPassword()},
    };
    const QStringList before = m_tw->snapshot();
    UiTest::whenModal<AcceptInvitationDialog>(
        [&](AcceptInvitationDialog* dialog) {
            const QString from = UiTest::child<QLabel>(dialog, u"fromLabel"_s)->text();
            QVERIFY2(from.contains(m_channel.reseller.account.legal.legalName)
                         && from.contains(m_channel.provider.account.legal.legalName),
                     qPrintable(from));
            const QString permissions = UiTest::child<QLabel>(dialog, u"permissionsLabel"_s)->text();
            QVERIFY(permissions.contains(u"reseller of record"_s));
            QVERIFY(permissions.contains(u"may submit orders"_s));
            QCheckBox* consent = UiTest::child<QCheckBox>(dialog, u"consentCheckBox"_s);
            QVERIFY(!consent->isEnabled());
            UiTest::whenModal<NewCustomerDialog>(
                [&](NewCustomerDialog* form) {
                    QPushButton* next = UiTest::child<QPushButton>(form, u"continuePushButton"_s);
                    QVERIFY(!next->isEnabled());
                    // The reseller's country to begin with.
                    QCOMPARE(UiTest::child<QComboBox>(form, u"countryComboBox"_s)->currentData().toString(), u"US"_s);
                    for (const auto& [name, text] : typed) {
                        UiTest::retype(UiTest::child<QLineEdit>(form, name), text);
                    }
                    QVERIFY(UiTest::child<QLabel>(form, u"domainHintLabel"_s)
                                ->text()
                                .contains(u"lakeside.onmicrosoft.com is available"_s));
                    QVERIFY(next->isEnabled());
                    QTest::mouseClick(next, Qt::LeftButton);
                },
                [&]() {
                    QTest::mouseClick(UiTest::child<QPushButton>(dialog, u"createTenantPushButton"_s), Qt::LeftButton);
                });
            QVERIFY(UiTest::child<QLabel>(dialog, u"signedInLabel"_s)->text().contains(u"lakeside.onmicrosoft.com"_s));
            QVERIFY(consent->isEnabled());
            QPushButton* authorize = UiTest::child<QPushButton>(dialog, u"authorizeProviderPushButton"_s);
            QVERIFY(!authorize->isEnabled());
            QCOMPARE(m_tw->snapshot(), before); // nothing is stored before authorizing
            UiTest::click(consent);
            QVERIFY(authorize->isEnabled());
            QTest::mouseClick(authorize, Qt::LeftButton);
        },
        [&]() { window.openInvitationLink(link); });

    QVERIFY(window.isSignedIn());
    QCOMPARE(window.session().user.upn, u"morgan@lakeside.onmicrosoft.com"_s);
    QCOMPARE(window.session().persona(), Persona::Customer);
    auto* partners = window.findChild<QTableWidget*>(u"customerPartnersTableWidget"_s);
    QVERIFY(partners);
    QCOMPARE(partners->rowCount(), 2);
    QCOMPARE(m_tw->scalar(u"SELECT company_name FROM customers"_s).toString(), u"Lakeside Dental Group"_s);
}

void TestCustomerAcceptance::newCustomerFormRefusesTakenDomain_C3()
{
    NewCustomerDialog form(m_tw->workspace());
    form.show();
    UiTest::retype(UiTest::child<QLineEdit>(&form, u"domainPrefixLineEdit"_s), u"harborlight"_s);
    QLabel* hint = UiTest::child<QLabel>(&form, u"domainHintLabel"_s);
    QVERIFY2(hint->text().contains(u"harborlight"_s) && !hint->text().contains(u"is available"_s),
             qPrintable(hint->text()));
    QLabel* message = UiTest::child<QLabel>(&form, u"domainPrefixLineEditMessageLabel"_s);
    QVERIFY(message->isVisible());
    QVERIFY(!UiTest::child<QPushButton>(&form, u"continuePushButton"_s)->isEnabled());

    // Tab goes down the form: the domain prefix, then the address ending with the country, then
    // the contact.
    QApplication::setActiveWindow(&form);
    QVERIFY(QTest::qWaitForWindowActive(&form));
    UiTest::child<QLineEdit>(&form, u"domainPrefixLineEdit"_s)->setFocus();
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget()->objectName(), u"addressLine1LineEdit"_s);
    UiTest::child<QLineEdit>(&form, u"postalCodeLineEdit"_s)->setFocus();
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget()->objectName(), u"countryComboBox"_s);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget()->objectName(), u"contactFirstNameLineEdit"_s);
}

void TestCustomerAcceptance::globalAdministratorAccepts_C3_C4()
{
    auto tenant = m_tw->createTenant(u"pinecrest"_s);
    PD_VERIFY_OK(tenant);
    auto admin = m_tw->signIn(tenant->admin.upn);
    PD_VERIFY_OK(admin);
    const QString link = inviteWithProvider();
    AcceptInvitationDialog dialog(m_tw->workspace(), admin.value(), {});
    dialog.setLink(link);
    dialog.show();
    QVERIFY(!UiTest::child<QPushButton>(&dialog, u"createTenantPushButton"_s)->isVisible());
    QCheckBox* consent = UiTest::child<QCheckBox>(&dialog, u"consentCheckBox"_s);
    QVERIFY(consent->isEnabled());
    QVERIFY(consent->accessibleName().contains(tenant->tenant.displayName));
    UiTest::click(consent);
    QTest::mouseClick(UiTest::child<QPushButton>(&dialog, u"authorizeProviderPushButton"_s), Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(m_tw->count(u"customer_relationships"_s), 2);
    QCOMPARE(m_tw->scalar(u"SELECT tenant_id FROM customers"_s).toString(), tenant->tenant.id);
}

QTEST_MAIN(TestCustomerAcceptance)
#include "tst_CustomerAcceptance.moc"
