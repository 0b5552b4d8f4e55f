// S8: names and other stored or typed text show as typed in message boxes, input dialogs and
// labels. A legal name such as "<b>x</b>&amp;" is never read as markup (bold, an ampersand).

#include "TestSupport.h"
#include "UiTestSupport.h"
#include "dialogs/AcceptInvitationDialog.h"
#include "dialogs/SignInDialog.h"
#include "pages/HomePage.h"
#include "pages/IndirectProvidersPage.h"
#include "pages/ReferralsPage.h"
#include "pages/UserManagementPage.h"
#include "security/Totp.h"
#include "services/MfaService.h"
#include "services/ReferralService.h"
#include "services/RelationshipService.h"
#include "storage/SqlQuery.h"
#include "widgets/Labels.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTextDocument>
#include <QtTest>

using namespace Qt::StringLiterals;

namespace {

const QString Markup = u"<b>x</b>&amp;"_s;

// What a label shows a person: its text itself when plain, else the text its markup renders.
QString shownText(const QLabel* label)
{
    if (label->textFormat() == Qt::PlainText
        || (label->textFormat() == Qt::AutoText && !Qt::mightBeRichText(label->text()))) {
        return label->text();
    }
    QTextDocument document;
    document.setHtml(label->text());
    return document.toPlainText();
}

} // namespace

class TestPlainTextNames : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void endRelationshipShowsNameAsTyped_S8();
    void markLostShowsNameAsTyped_S8();
    void removeUserShowsNameAsTyped_S8();
    void userManagementNoteShowsNamesAsTyped_S8();
    void signInCodeStepShowsUserNameAsTyped_S8();
    void homeHeadingShowsNameAsTyped_S8();
    void acceptInvitationShowsNamesAsTyped_S8();
    void toolTipsShowTextAsTyped_S8();

private:
    void rename(const PartnerFixture& partner);
    Session session(const PartnerFixture& partner);
    // The message box the action opens, as it was shown: its text and text format.
    static void expectPlainBox(const QString& text, const std::function<void()>& action);

    std::unique_ptr<TestWorkspace> m_tw;
    ChannelFixture m_channel;
};

void TestPlainTextNames::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestPlainTextNames::init()
{
    m_tw = std::make_unique<TestWorkspace>();
    PD_VERIFY_OK(m_tw->openStatus());
    auto channel = m_tw->createProviderAndReseller();
    PD_VERIFY_OK(channel);
    m_channel = channel.value();
}

void TestPlainTextNames::cleanup()
{
    m_tw.reset();
}

void TestPlainTextNames::rename(const PartnerFixture& partner)
{
    PD_VERIFY_OK(SqlQuery::run(m_tw->db(), u"UPDATE partner_accounts SET legal_name = ? WHERE id = ?"_s,
                               {Markup, partner.account.id}));
}

Session TestPlainTextNames::session(const PartnerFixture& partner)
{
    auto signedIn = m_tw->signIn(partner.admin.upn);
    return signedIn ? signedIn.value() : Session();
}

void TestPlainTextNames::expectPlainBox(const QString& text, const std::function<void()>& action)
{
    QString shown;
    Qt::TextFormat format = Qt::AutoText;
    UiTest::whenModal<QMessageBox>(
        [&](QMessageBox* box) {
            shown = box->text();
            format = box->textFormat();
            box->reject();
        },
        action);
    QCOMPARE(shown, text);
    QCOMPARE(format, Qt::PlainText);
}

void TestPlainTextNames::endRelationshipShowsNameAsTyped_S8()
{
    auto link = m_tw->inviteReseller(m_channel.providerSession);
    PD_VERIFY_OK(link);
    PD_VERIFY_OK(m_tw->workspace().relationships().authorizeProvider(m_channel.resellerSession, link.value(), true));
    rename(m_channel.provider);
    IndirectProvidersPage page(m_tw->workspace(), session(m_channel.reseller));
    page.show();
    UiTest::child<QTableWidget>(&page, u"relationshipsTableWidget"_s)->selectRow(0);
    expectPlainBox(u"End the relationship with <b>x</b>&amp;?"_s, [&]() {
        QTest::mouseClick(UiTest::child<QPushButton>(&page, u"endRelationshipPushButton"_s), Qt::LeftButton);
    });
}

void TestPlainTextNames::markLostShowsNameAsTyped_S8()
{
    ReferralDraft draft;
    draft.companyName = Markup;
    draft.contactName = u"Avery Quinn"_s;
    draft.contactEmail = u"avery@contoso.example"_s;
    draft.country = u"US"_s;
    PD_VERIFY_OK(m_tw->workspace().referrals().add(m_channel.resellerSession, draft));
    ReferralsPage page(m_tw->workspace(), m_channel.resellerSession);
    page.show();
    UiTest::child<QTableWidget>(&page, u"referralsTableWidget"_s)->selectRow(0);
    expectPlainBox(u"Mark the referral of <b>x</b>&amp; as lost? A lost referral can't be changed again."_s, [&]() {
        QTest::mouseClick(UiTest::child<QPushButton>(&page, u"markLostPushButton"_s), Qt::LeftButton);
    });
}

void TestPlainTextNames::removeUserShowsNameAsTyped_S8()
{
    auto user = m_tw->addUser(m_channel.reseller.tenant, u"jordan"_s);
    PD_VERIFY_OK(user);
    PD_VERIFY_OK(m_tw->addRoles(m_channel.reseller.account.id, user->id, {PartnerRole::SalesAgent}));
    PD_VERIFY_OK(
        SqlQuery::run(m_tw->db(), u"UPDATE tenant_users SET display_name = ? WHERE id = ?"_s, {Markup, user->id}));
    UserManagementPage page(m_tw->workspace(), m_channel.resellerSession);
    page.show();
    auto* table = UiTest::child<QTableWidget>(&page, u"usersTableWidget"_s);
    for (int row = 0; row < table->rowCount(); ++row) {
        if (table->item(row, 1)->text() == user->upn) {
            table->selectRow(row);
        }
    }
    QTest::mouseClick(UiTest::child<QPushButton>(&page, u"removeUserPushButton"_s), Qt::LeftButton);
    QMessageBox* box = nullptr;
    QVERIFY(QTest::qWaitFor([&]() {
        box = page.findChild<QMessageBox*>(u"removeUserMessageBox"_s);
        return box && box->isVisible();
    }));
    QCOMPARE(box->text(),
             u"Remove <b>x</b>&amp; (%1)? They lose their roles and can no longer sign in."_s.arg(user->upn));
    QCOMPARE(box->textFormat(), Qt::PlainText);
    QTest::mouseClick(UiTest::child<QPushButton>(box, u"confirmRemovePushButton"_s), Qt::LeftButton);
    // The message after it names them as typed too.
    QCOMPARE(shownText(UiTest::child<QLabel>(&page, u"userManagementDoneLabel"_s)), u"<b>x</b>&amp; was removed."_s);
}

void TestPlainTextNames::userManagementNoteShowsNamesAsTyped_S8()
{
    // A Sales agent is told whom to ask: the Admin agent and the company, by name.
    PD_VERIFY_OK(SqlQuery::run(m_tw->db(), u"UPDATE tenant_users SET display_name = ? WHERE id = ?"_s,
                               {Markup, m_channel.reseller.admin.id}));
    rename(m_channel.reseller);
    auto sales = m_tw->addAgent(m_channel.reseller, u"jordan"_s, {PartnerRole::SalesAgent});
    PD_VERIFY_OK(sales);
    auto salesSession = m_tw->signIn(sales->upn);
    PD_VERIFY_OK(salesSession);
    UserManagementPage page(m_tw->workspace(), salesSession.value());
    page.show();
    QCOMPARE(shownText(UiTest::child<QLabel>(&page, u"userManagementNoteLabel"_s)),
             u"Only an Admin agent can add users, change roles or remove users. Ask an Admin agent of %1: %1 (%2)."_s
                 .arg(Markup, m_channel.reseller.admin.upn));
}

void TestPlainTextNames::signInCodeStepShowsUserNameAsTyped_S8()
{
    // The code step names the user name as typed, whatever it holds.
    auto admin = m_tw->signIn(m_channel.reseller.admin.upn);
    PD_VERIFY_OK(admin);
    const MfaService::Setup setup = MfaService::newSetup(m_channel.reseller.admin.upn);
    PD_VERIFY_OK(m_tw->workspace().mfa().enroll(admin.value(), setup.secret,
                                                Totp::code(setup.secret, m_tw->clock().now())));
    m_tw->clock().advanceSeconds(30);
    const QString typed = m_channel.reseller.admin.upn + u"<b>"_s;
    PD_VERIFY_OK(SqlQuery::run(m_tw->db(), u"UPDATE tenant_users SET upn = ? WHERE id = ?"_s,
                               {typed, m_channel.reseller.admin.id}));
    SignInDialog dialog(m_tw->workspace());
    dialog.show();
    UiTest::child<QLineEdit>(&dialog, u"userNameLineEdit"_s)->setText(typed);
    UiTest::child<QLineEdit>(&dialog, u"passwordLineEdit"_s)->setText(TestWorkspace::defaultPassword());
    QTest::mouseClick(UiTest::child<QPushButton>(&dialog, u"signInPushButton"_s), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.isSigningIn(), 30000);
    QVERIFY(UiTest::child<QLineEdit>(&dialog, u"signInCodeLineEdit"_s)->isVisible());
    QCOMPARE(shownText(UiTest::child<QLabel>(&dialog, u"signInIntroLabel"_s)),
             u"Two-step verification is on for %1."_s.arg(typed));
}

void TestPlainTextNames::homeHeadingShowsNameAsTyped_S8()
{
    PD_VERIFY_OK(SqlQuery::run(m_tw->db(), u"UPDATE tenant_users SET display_name = ? WHERE id = ?"_s,
                               {Markup, m_channel.reseller.admin.id}));
    rename(m_channel.reseller);
    HomePage page(m_tw->workspace(), session(m_channel.reseller));
    page.show();
    auto* heading = UiTest::child<QLabel>(&page, u"homeHeadingLabel"_s);
    QCOMPARE(shownText(heading), u"Welcome, <b>x</b>&amp;"_s);
    QCOMPARE(shownText(UiTest::child<QLabel>(&page, u"partnerNameValueLabel"_s)), Markup);
}

void TestPlainTextNames::acceptInvitationShowsNamesAsTyped_S8()
{
    rename(m_channel.provider);
    auto link = m_tw->inviteReseller(m_channel.providerSession);
    PD_VERIFY_OK(link);
    AcceptInvitationDialog dialog(m_tw->workspace(), session(m_channel.reseller), {});
    dialog.setLink(link.value());
    dialog.show();
    QVERIFY(shownText(UiTest::child<QLabel>(&dialog, u"fromLabel"_s)).startsWith(Markup + u" (Partner ID"_s));
    QVERIFY2(shownText(UiTest::child<QLabel>(&dialog, u"permissionsLabel"_s))
                 .startsWith(u"When you authorize <b>x</b>&amp;, it may:"_s),
             qPrintable(shownText(UiTest::child<QLabel>(&dialog, u"permissionsLabel"_s))));
    QVERIFY(UiTest::child<QLabel>(&dialog, u"consentLabel"_s)->text().contains(u"<b>x</b>&amp;"_s));
}

void TestPlainTextNames::toolTipsShowTextAsTyped_S8()
{
    QLabel label;
    label.setToolTip(Labels::plainToolTip(u"<b>x</b>&amp;\nline two"_s));
    QTextDocument document;
    document.setHtml(label.toolTip());
    QCOMPARE(document.toPlainText(), u"<b>x</b>&amp;\nline two"_s);
    QCOMPARE(Labels::plainToolTip(QString()), QString());
}

QTEST_MAIN(TestPlainTextNames)
#include "tst_PlainTextNames.moc"
