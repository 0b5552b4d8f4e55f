// Accepting an invitation (P3, P5), as a reseller's user would: the dialog shows who invites and
// what they may do; "Authorize indirect provider" stays disabled until the consent box is
// checked, and for anyone who may not accept, who is told why and can sign in as someone else;
// a pasted link that is malformed or used says so.

#include "TestSupport.h"
#include "UiTestSupport.h"
#include "dialogs/AcceptInvitationDialog.h"
#include "services/InvitationService.h"
#include "services/RelationshipService.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QStyle>
#include <QStyleOptionButton>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

class TestAcceptInvitationDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void authorizeEnabledOnlyWhileConsentChecked_P3();
    void salesAgentToldWhyAndSignsInAsAdmin_P3();
    void notSignedInSignsInFirst_P3();
    void countryNotServedShown_P5();
    void pastedLinkChecked();
    void anotherLinkAsksConsentAgain_P3();
    void providerToldWhyNotItsResellersCustomer_S4();
    void resellerAloneAsksConsentForOnePartner_C1();
    void existingCustomerToldWhatChanges_C1();

private:
    void open(std::optional<Session> session, AcceptInvitationDialog::SignIn signIn = {});
    QCheckBox* consent() const { return UiTest::child<QCheckBox>(m_dialog.get(), u"consentCheckBox"_s); }
    QPushButton* authorize() const
    {
        return UiTest::child<QPushButton>(m_dialog.get(), u"authorizeProviderPushButton"_s);
    }
    QLabel* label(const QString& name) const { return UiTest::child<QLabel>(m_dialog.get(), name); }

    std::unique_ptr<TestWorkspace> m_tw;
    PartnerFixture m_provider;
    PartnerFixture m_reseller;
    Session m_resellerSession;
    QString m_link;
    std::unique_ptr<AcceptInvitationDialog> m_dialog;
};

void TestAcceptInvitationDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestAcceptInvitationDialog::init()
{
    m_tw = std::make_unique<TestWorkspace>();
    PD_VERIFY_OK(m_tw->openStatus());
    auto channel = m_tw->createProviderAndReseller();
    PD_VERIFY_OK(channel);
    m_provider = channel->provider;
    m_reseller = channel->reseller;
    m_resellerSession = channel->resellerSession;
    auto link = m_tw->inviteReseller(channel->providerSession);
    PD_VERIFY_OK(link);
    m_link = link.value();
}

void TestAcceptInvitationDialog::cleanup()
{
    m_dialog.reset();
    m_tw.reset();
}

void TestAcceptInvitationDialog::open(std::optional<Session> session, AcceptInvitationDialog::SignIn signIn)
{
    m_dialog = std::make_unique<AcceptInvitationDialog>(m_tw->workspace(), session, signIn);
    m_dialog->setLink(m_link);
    m_dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
}

void TestAcceptInvitationDialog::authorizeEnabledOnlyWhileConsentChecked_P3()
{
    open(m_resellerSession);
    const QString from = label(u"fromLabel"_s)->text();
    QVERIFY2(from.contains(m_provider.account.legal.legalName) && from.contains(m_provider.account.partnerId),
             qPrintable(from));
    const QString permissions = label(u"permissionsLabel"_s)->text();
    QVERIFY(permissions.contains(u"submit orders and add subscriptions on behalf of your customers"_s));
    QVERIFY(permissions.contains(u"administrator access to your tenant"_s));
    QVERIFY(consent()->isEnabled());
    QVERIFY(!consent()->isChecked());
    QVERIFY(!authorize()->isEnabled());

    UiTest::click(consent());
    QVERIFY(consent()->isChecked());
    QVERIFY(authorize()->isEnabled());
    UiTest::click(consent());
    QVERIFY(!authorize()->isEnabled());
    QCOMPARE(m_tw->count(u"indirect_relationships"_s), 0);
    // Its words toggle it too, as a check box's own text would, and name it.
    QCOMPARE(consent()->accessibleName(), label(u"consentLabel"_s)->text());
    QTest::mouseClick(label(u"consentLabel"_s), Qt::LeftButton);
    QVERIFY(consent()->isChecked());
    QTest::mouseClick(label(u"consentLabel"_s), Qt::LeftButton);
    QVERIFY(!consent()->isChecked());

    consent()->setFocus();
    QTest::keyClick(consent(), Qt::Key_Space);
    QVERIFY(authorize()->isEnabled());
    QTest::mouseClick(authorize(), Qt::LeftButton);
    QCOMPARE(m_dialog->result(), int(QDialog::Accepted));
    QCOMPARE(m_dialog->relationship().provider.name, m_provider.account.legal.legalName);
    QCOMPARE(m_tw->scalar(u"SELECT status FROM indirect_relationships"_s).toString(), u"Active"_s);
    QCOMPARE(m_tw->scalar(u"SELECT status FROM invitations"_s).toString(), u"Accepted"_s);
}

void TestAcceptInvitationDialog::salesAgentToldWhyAndSignsInAsAdmin_P3()
{
    auto sales = m_tw->addUser(m_reseller.tenant, u"jordan"_s);
    PD_VERIFY_OK(sales);
    PD_VERIFY_OK(m_tw->addRoles(m_reseller.account.id, sales->id, {PartnerRole::SalesAgent}));
    auto salesSession = m_tw->signIn(sales->upn);
    PD_VERIFY_OK(salesSession);
    int signInAsked = 0;
    open(salesSession.value(), [&]() -> std::optional<Session> {
        ++signInAsked;
        return m_resellerSession;
    });
    QVERIFY(label(u"refusalLabel"_s)->isVisible());
    QVERIFY2(label(u"refusalLabel"_s)->text().contains(u"Admin agent"_s), qPrintable(label(u"refusalLabel"_s)->text()));
    QVERIFY(!consent()->isEnabled());
    QVERIFY(!authorize()->isEnabled());
    QPushButton* signIn = UiTest::child<QPushButton>(m_dialog.get(), u"signInPushButton"_s);
    QVERIFY(signIn->isVisible());

    QTest::mouseClick(signIn, Qt::LeftButton);
    QCOMPARE(signInAsked, 1);
    QCOMPARE(m_dialog->session()->user.id, m_reseller.admin.id);
    QVERIFY(!label(u"refusalLabel"_s)->isVisible());
    QVERIFY(consent()->isEnabled());
    QVERIFY(!signIn->isVisible());
    UiTest::click(consent());
    QVERIFY(authorize()->isEnabled());
}

void TestAcceptInvitationDialog::notSignedInSignsInFirst_P3()
{
    open(std::nullopt, [&]() -> std::optional<Session> { return m_resellerSession; });
    const QSize before = m_dialog->size();
    QVERIFY(label(u"fromLabel"_s)->text().contains(m_provider.account.legal.legalName));
    QVERIFY(!consent()->isEnabled());
    QVERIFY(label(u"signedInLabel"_s)->text().contains(u"Sign in as an Admin agent"_s));
    QTest::mouseClick(UiTest::child<QPushButton>(m_dialog.get(), u"signInPushButton"_s), Qt::LeftButton);
    QVERIFY(consent()->isEnabled());
    QVERIFY(label(u"signedInLabel"_s)->text().contains(m_reseller.admin.upn));
    // The consent now names the reseller too, and wraps: the dialog keeps its size.
    QVERIFY(label(u"consentLabel"_s)->text().contains(m_reseller.account.legal.legalName));
    QCoreApplication::processEvents();
    QCOMPARE(m_dialog->size(), before);
}

void TestAcceptInvitationDialog::countryNotServedShown_P5()
{
    auto spanish = m_tw->createPartner(u"brisa"_s, PartnerType::IndirectReseller, PartnerStatus::Active,
                                       {PartnerRole::AdminAgent}, u"ES"_s);
    PD_VERIFY_OK(spanish);
    auto session = m_tw->signIn(spanish->admin.upn);
    PD_VERIFY_OK(session);
    open(session.value());
    const QString refusal = label(u"refusalLabel"_s)->text();
    QVERIFY2(refusal.contains(u"Spain"_s) && refusal.contains(u"Canada"_s), qPrintable(refusal));
    QVERIFY(!consent()->isEnabled());
    QVERIFY(!authorize()->isEnabled());
}

void TestAcceptInvitationDialog::providerToldWhyNotItsResellersCustomer_S4()
{
    // The reseller authorizes the provider, then invites a customer; the provider's Global
    // administrator opens that link.
    PD_VERIFY_OK(m_tw->workspace().relationships().authorizeProvider(m_resellerSession, m_link, true));
    auto draft
        = m_tw->workspace().invitations().newDraft(m_resellerSession, InvitationKind::CustomerOfReseller, u"en"_s);
    PD_VERIFY_OK(draft);
    draft.value().recipientEmail = u"admin@bluewater.example"_s;
    PD_VERIFY_OK(m_tw->workspace().invitations().record(m_resellerSession, draft.value()));
    m_link = draft->link;
    auto provider = m_tw->signIn(m_provider.admin.upn);
    PD_VERIFY_OK(provider);
    const QStringList before = m_tw->snapshot();
    open(provider.value());
    auto* refusal = label(u"refusalLabel"_s);
    QVERIFY(refusal->isVisible());
    const QString providerName = m_provider.account.legal.legalName;
    const QString reseller = m_reseller.account.legal.legalName;
    QCOMPARE(refusal->text(),
             providerName + u" has an indirect relationship with "_s + reseller
                 + u", so it can't become a customer of "_s + reseller + u": "_s + reseller
                 + u" would hold administrator access to the tenant of its own provider or "
                   "reseller."_s);
    QVERIFY(!consent()->isEnabled());
    QVERIFY(!authorize()->isEnabled());
    QCOMPARE(m_tw->snapshot(), before);
}

void TestAcceptInvitationDialog::resellerAloneAsksConsentForOnePartner_C1()
{
    // "Request a reseller relationship": the reseller alone, so one partner to authorize, and
    // no list that ends in a semicolon.
    auto draft
        = m_tw->workspace().invitations().newDraft(m_resellerSession, InvitationKind::CustomerOfReseller, u"en"_s);
    PD_VERIFY_OK(draft);
    draft.value().recipientEmail = u"morgan@lakeside.example"_s;
    PD_VERIFY_OK(m_tw->workspace().invitations().record(m_resellerSession, draft.value()));
    m_link = draft->link;
    open(std::nullopt);
    const QString reseller = m_reseller.account.legal.legalName;
    QCOMPARE(label(u"permissionsLabel"_s)->text(),
             u"<p>When you authorize it:</p><ul><li>"_s + reseller.toHtmlEscaped()
                 + u" becomes your reseller of record, with administrator access to manage your subscriptions, "
                   "licenses and users.</li></ul>"_s);
    QCOMPARE(consent()->accessibleName(), u"I authorize this partner to serve my organization as described above."_s);
}

void TestAcceptInvitationDialog::existingCustomerToldWhatChanges_C1()
{
    // A customer the reseller serves alone, invited again by the reseller with its provider: the
    // reseller stays what it is, the provider is what is new.
    ChannelFixture channel{m_provider, m_reseller, m_tw->sessionOf(m_provider.admin.upn), m_resellerSession};
    PD_VERIFY_OK(connectChannel(*m_tw, channel));
    auto served = addServedCustomer(*m_tw, channel, false);
    PD_VERIFY_OK(served);
    auto link = inviteCustomer(*m_tw, channel, true, u"morgan@lakeside.example"_s);
    PD_VERIFY_OK(link);
    m_link = link.value();
    open(served->administrator);
    const QString reseller = m_reseller.account.legal.legalName.toHtmlEscaped();
    const QString provider = m_provider.account.legal.legalName.toHtmlEscaped();
    QCOMPARE(label(u"permissionsLabel"_s)->text(),
             u"<p>When you authorize them:</p><ul><li>"_s + reseller
                 + u" already serves you; it stays your reseller of record, with administrator access to manage "
                   "your subscriptions, licenses and users.</li><li>"_s
                 + provider + u" may submit orders and add subscriptions for you.</li></ul>"_s);
}

void TestAcceptInvitationDialog::pastedLinkChecked()
{
    open(m_resellerSession);
    QLineEdit* link = UiTest::child<QLineEdit>(m_dialog.get(), u"linkLineEdit"_s);
    UiTest::retype(link, u"https://partner.microsoft.com/invitation"_s);
    QLabel* error = label(u"linkErrorLabel"_s);
    QVERIFY(error->isVisible());
    QVERIFY(error->text().contains(u"not a PartnerDesk invitation link"_s));
    QVERIFY(!UiTest::child<QWidget>(m_dialog.get(), u"invitationGroupBox"_s)->isVisible());
    QVERIFY(!authorize()->isEnabled());

    PD_VERIFY_OK(m_tw->workspace().relationships().authorizeProvider(m_resellerSession, m_link, true));
    UiTest::retype(link, m_link);
    QVERIFY(error->text().contains(u"already accepted"_s));
    QVERIFY(!authorize()->isEnabled());
}

void TestAcceptInvitationDialog::anotherLinkAsksConsentAgain_P3()
{
    auto other = m_tw->createPartner(u"northstar"_s, PartnerType::IndirectProvider);
    PD_VERIFY_OK(other);
    PD_VERIFY_OK(m_tw->addListing(other->account.id, {u"US"_s}));
    auto otherSession = m_tw->signIn(other->admin.upn);
    PD_VERIFY_OK(otherSession);
    auto otherLink = m_tw->inviteReseller(otherSession.value());
    PD_VERIFY_OK(otherLink);

    open(m_resellerSession);
    UiTest::click(consent());
    QVERIFY(authorize()->isEnabled());
    // Consent was given to Bluewater; Northstar's link asks again.
    m_dialog->setLink(otherLink.value());
    QVERIFY(label(u"fromLabel"_s)->text().contains(other->account.legal.legalName));
    QVERIFY(!consent()->isChecked());
    QVERIFY(!authorize()->isEnabled());
}

QTEST_MAIN(TestAcceptInvitationDialog)
#include "tst_AcceptInvitationDialog.moc"
