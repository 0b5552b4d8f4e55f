// The Referrals page (C8) driven as people would: a reseller records a lead in the referral
// dialog and sees it listed, marks leads accepted, won or lost, and turns one into a "Request a
// reseller relationship" invitation in one step; a provider refers a lead to its reseller, who
// sees it. Refusals are shown without losing what was typed; the keyboard works throughout.

#include "TestSupport.h"
#include "UiTestSupport.h"
#include "dialogs/InvitationDraftDialog.h"
#include "dialogs/ReferralDialog.h"
#include "pages/ReferralsPage.h"
#include "services/InvitationService.h"
#include "services/ReferralService.h"
#include "services/RelationshipService.h"
#include "services/UserService.h"
#include "storage/SqlQuery.h"
#include "widgets/CountryComboBox.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

class TestReferralsPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void addReferralThroughDialog_C8();
    void refusedDialogKeepsInput_C8();
    void markAcceptedThenWon_C8();
    void markLostAsksFirst_C8();
    void inviteRecordsInvitationAndAccepts_C8();
    void inviteKeepsNothingWhenLinkFails_S12();
    void providerRefersLeadResellerSeesIt_C8();
    void providerWithoutResellersTold_C8();
    void buttonsFollowPartnerType_U2();
    void keyboardInDialog_data();
    void keyboardInDialog();
    void acceleratorsOnPage();

private:
    static QStringList rowTexts(const QTableWidget* table, int row);
    Session session(const PartnerFixture& partner);
    void connectPair();
    ReferralDraft draft(const QString& company = u"Contoso Bakery"_s);
    void fillDialog(ReferralDialog* dialog, const QString& company);

    UiTest::MailCatcher m_mail;
    std::unique_ptr<TestWorkspace> m_tw;
    ChannelFixture m_channel;
};

QStringList TestReferralsPage::rowTexts(const QTableWidget* table, int row)
{
    QStringList texts;
    for (int column = 0; column < table->columnCount(); ++column) {
        texts << (table->item(row, column) ? table->item(row, column)->text() : QString());
    }
    return texts;
}

void TestReferralsPage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestReferralsPage::init()
{
    m_tw = std::make_unique<TestWorkspace>();
    PD_VERIFY_OK(m_tw->openStatus());
    auto channel = m_tw->createProviderAndReseller();
    PD_VERIFY_OK(channel);
    m_channel = channel.value();
}

void TestReferralsPage::cleanup()
{
    m_tw.reset();
}

Session TestReferralsPage::session(const PartnerFixture& partner)
{
    auto signedIn = m_tw->signIn(partner.admin.upn);
    return signedIn ? signedIn.value() : Session();
}

void TestReferralsPage::connectPair()
{
    auto link = m_tw->inviteReseller(m_channel.providerSession);
    PD_VERIFY_OK(link);
    PD_VERIFY_OK(m_tw->workspace().relationships().authorizeProvider(m_channel.resellerSession, link.value(), true));
}

ReferralDraft TestReferralsPage::draft(const QString& company)
{
    ReferralDraft d;
    d.companyName = company;
    d.contactName = u"Avery Quinn"_s;
    d.contactEmail = u"avery@contoso.example"_s;
    d.country = u"US"_s;
    return d;
}

void TestReferralsPage::fillDialog(ReferralDialog* dialog, const QString& company)
{
    UiTest::retype(UiTest::child<QLineEdit>(dialog, u"companyNameLineEdit"_s), company);
    UiTest::retype(UiTest::child<QLineEdit>(dialog, u"contactNameLineEdit"_s), u"Avery Quinn"_s);
    UiTest::retype(UiTest::child<QLineEdit>(dialog, u"contactEmailLineEdit"_s), u"avery@contoso.example"_s);
    UiTest::retype(UiTest::child<QLineEdit>(dialog, u"contactPhoneLineEdit"_s), u"+1 425 555 0142"_s);
}

void TestReferralsPage::addReferralThroughDialog_C8()
{
    ReferralsPage page(m_tw->workspace(), m_channel.resellerSession);
    page.show();
    auto* table = UiTest::child<QTableWidget>(&page, u"referralsTableWidget"_s);
    QCOMPARE(table->rowCount(), 0);
    QPushButton* add = UiTest::child<QPushButton>(&page, u"newReferralPushButton"_s);
    QVERIFY(add->isVisible());

    UiTest::whenModal<ReferralDialog>(
        [&](ReferralDialog* dialog) {
            QCOMPARE(dialog->mode(), ReferralDialog::Mode::Record);
            QVERIFY(!dialog->findChild<QComboBox*>(u"resellerComboBox"_s));
            QCOMPARE(UiTest::child<CountryComboBox>(dialog, u"countryComboBox"_s)->code(), u"US"_s);
            auto* source = UiTest::child<QComboBox>(dialog, u"sourceComboBox"_s);
            QCOMPARE(source->count(), 2);
            QCOMPARE(source->itemText(0), u"Own marketing"_s);
            QCOMPARE(source->itemText(1), u"Microsoft referral"_s);

            // Submitting empty says what is missing, next to each field, and stays open.
            QPushButton* save = UiTest::child<QPushButton>(dialog, u"savePushButton"_s);
            QTest::mouseClick(save, Qt::LeftButton);
            QVERIFY(dialog->isVisible());
            QCOMPARE(UiTest::child<QLabel>(dialog, u"companyNameLineEditMessageLabel"_s)->text(),
                     u"Enter the company name."_s);
            QVERIFY(!UiTest::child<QLabel>(dialog, u"contactEmailLineEditMessageLabel"_s)->text().isEmpty());
            QCOMPARE(dialog->focusWidget(), UiTest::child<QLineEdit>(dialog, u"companyNameLineEdit"_s));

            fillDialog(dialog, u"Contoso Bakery"_s);
            // Validation as typed: a wrong email is pointed out at once.
            auto* email = UiTest::child<QLineEdit>(dialog, u"contactEmailLineEdit"_s);
            UiTest::retype(email, u"avery.contoso.example"_s);
            QVERIFY(!UiTest::child<QLabel>(dialog, u"contactEmailLineEditMessageLabel"_s)->text().isEmpty());
            UiTest::retype(email, u"avery@contoso.example"_s);
            QVERIFY(UiTest::child<QLabel>(dialog, u"contactEmailLineEditMessageLabel"_s)->text().isEmpty());
            QVERIFY(UiTest::child<QLabel>(dialog, u"companyNameLineEditMessageLabel"_s)->text().isEmpty());

            source->setFocus();
            QTest::keyClick(source, Qt::Key_Down); // a person picks with the keyboard
            QCOMPARE(source->currentIndex(), 1);
            auto* notes = UiTest::child<QPlainTextEdit>(dialog, u"notesPlainTextEdit"_s);
            notes->setFocus();
            QTest::keyClicks(notes, u"Asked for a quote"_s);
            QTest::keyClick(notes, Qt::Key_Return); // a new line, not a submission
            QTest::keyClicks(notes, u"Call back Monday"_s);
            QVERIFY(dialog->isVisible());
            QCOMPARE(notes->toPlainText(), u"Asked for a quote\nCall back Monday"_s);
            QTest::mouseClick(save, Qt::LeftButton);
            QVERIFY(!dialog->isVisible());
        },
        [&]() { QTest::mouseClick(add, Qt::LeftButton); });

    QCOMPARE(table->rowCount(), 1);
    const QStringList row = rowTexts(table, 0);
    QCOMPARE(row.mid(0, 6),
             (QStringList{u"Contoso Bakery"_s, u"Avery Quinn"_s, u"avery@contoso.example"_s, u"Microsoft referral"_s,
                          QString(), u"New"_s}));
    QVERIFY(!row.at(6).isEmpty()); // created
    QCOMPARE(table->horizontalHeaderItem(4)->text(), u"Referred by"_s);
    QVERIFY(UiTest::child<QLabel>(&page, u"doneLabel"_s)->text().contains(u"Contoso Bakery"_s));
    QVERIFY(table->item(0, 0)->isSelected()); // the new lead is selected, ready for what comes next
    QVERIFY(UiTest::child<QLabel>(&page, u"referralDetailsLabel"_s)->text().contains(u"Call back Monday"_s));
    QCOMPARE(m_tw->scalar(u"SELECT source || ':' || contact_phone || ':' || notes FROM referrals"_s).toString(),
             u"MicrosoftReferral:+14255550142:Asked for a quote\nCall back Monday"_s);

    // Newest first: a second lead comes on top.
    m_tw->clock().advance(60);
    UiTest::whenModal<ReferralDialog>(
        [&](ReferralDialog* dialog) {
            fillDialog(dialog, u"Fabrikam"_s);
            // Enter in a line submits the form.
            QTest::keyClick(UiTest::child<QLineEdit>(dialog, u"contactPhoneLineEdit"_s), Qt::Key_Return);
            QVERIFY(!dialog->isVisible());
        },
        [&]() { QTest::mouseClick(add, Qt::LeftButton); });
    QCOMPARE(table->rowCount(), 2);
    QCOMPARE(table->item(0, 0)->text(), u"Fabrikam"_s);
    QCOMPARE(table->item(0, 3)->text(), u"Own marketing"_s);
    QCOMPARE(table->item(1, 0)->text(), u"Contoso Bakery"_s);
}

void TestReferralsPage::refusedDialogKeepsInput_C8()
{
    // A Sales agent opens the dialog; meanwhile an Admin agent takes the role away.
    auto user = m_tw->addUser(m_channel.reseller.tenant, u"sol"_s);
    PD_VERIFY_OK(user);
    PD_VERIFY_OK(m_tw->addRoles(m_channel.reseller.account.id, user->id, {PartnerRole::SalesAgent}));
    auto sales = m_tw->signIn(user->upn);
    PD_VERIFY_OK(sales);
    ReferralsPage page(m_tw->workspace(), sales.value());
    page.show();
    UiTest::whenModal<ReferralDialog>(
        [&](ReferralDialog* dialog) {
            fillDialog(dialog, u"Contoso Bakery"_s);
            PD_VERIFY_OK(m_tw->workspace().users().changeRoles(m_channel.resellerSession, user->id,
                                                               {PartnerRole::HelpdeskAgent}));
            QTest::mouseClick(UiTest::child<QPushButton>(dialog, u"savePushButton"_s), Qt::LeftButton);
            QVERIFY(dialog->isVisible());
            auto* error = UiTest::child<QLabel>(dialog, u"errorLabel"_s);
            QVERIFY(error->isVisible());
            QVERIFY2(error->text().contains(u"manage referrals"_s), qPrintable(error->text()));
            QCOMPARE(UiTest::child<QLineEdit>(dialog, u"companyNameLineEdit"_s)->text(), u"Contoso Bakery"_s);
            QCOMPARE(UiTest::child<QLineEdit>(dialog, u"contactEmailLineEdit"_s)->text(), u"avery@contoso.example"_s);
        },
        [&]() { QTest::mouseClick(UiTest::child<QPushButton>(&page, u"newReferralPushButton"_s), Qt::LeftButton); });
    QCOMPARE(m_tw->count(u"referrals"_s), 0);
}

void TestReferralsPage::markAcceptedThenWon_C8()
{
    PD_VERIFY_OK(m_tw->workspace().referrals().add(m_channel.resellerSession, draft()));
    ReferralsPage page(m_tw->workspace(), m_channel.resellerSession);
    page.show();
    auto* table = UiTest::child<QTableWidget>(&page, u"referralsTableWidget"_s);
    QPushButton* accepted = UiTest::child<QPushButton>(&page, u"markAcceptedPushButton"_s);
    QPushButton* won = UiTest::child<QPushButton>(&page, u"markWonPushButton"_s);
    QPushButton* lost = UiTest::child<QPushButton>(&page, u"markLostPushButton"_s);
    QVERIFY(!accepted->isEnabled() && !won->isEnabled() && !lost->isEnabled()); // nothing selected

    table->setFocus();
    table->selectRow(0);
    // New: accepted or lost, not won yet.
    QVERIFY(accepted->isEnabled());
    QVERIFY(!won->isEnabled());
    QVERIFY(lost->isEnabled());
    QTest::mouseClick(accepted, Qt::LeftButton);
    QCOMPARE(table->item(0, 5)->text(), u"Accepted"_s);
    QVERIFY(!accepted->isEnabled());
    QVERIFY(won->isEnabled());
    QTest::mouseClick(won, Qt::LeftButton);
    QCOMPARE(table->item(0, 5)->text(), u"Won"_s);
    QVERIFY(!accepted->isEnabled() && !won->isEnabled() && !lost->isEnabled()); // final
    QVERIFY(!UiTest::child<QPushButton>(&page, u"inviteReferralPushButton"_s)->isEnabled());
    QVERIFY(UiTest::child<QLabel>(&page, u"doneLabel"_s)->text().contains(u"Won"_s));
    QCOMPARE(m_tw->scalar(u"SELECT status FROM referrals"_s).toString(), u"Won"_s);
}

void TestReferralsPage::markLostAsksFirst_C8()
{
    auto added = m_tw->workspace().referrals().add(m_channel.resellerSession, draft());
    PD_VERIFY_OK(added);
    ReferralsPage page(m_tw->workspace(), m_channel.resellerSession);
    page.show();
    auto* table = UiTest::child<QTableWidget>(&page, u"referralsTableWidget"_s);
    table->selectRow(0);
    QPushButton* lost = UiTest::child<QPushButton>(&page, u"markLostPushButton"_s);
    UiTest::whenModal<QMessageBox>([](QMessageBox* box) { box->reject(); },
                                   [&]() { QTest::mouseClick(lost, Qt::LeftButton); });
    QCOMPARE(table->item(0, 5)->text(), u"New"_s);

    // Someone else moved it meanwhile: the page shows it as it is, and why it was refused.
    PD_VERIFY_OK(
        m_tw->workspace().referrals().setStatus(m_channel.resellerSession, added->id, ReferralStatus::Accepted));
    PD_VERIFY_OK(m_tw->workspace().referrals().setStatus(m_channel.resellerSession, added->id, ReferralStatus::Won));
    UiTest::whenModal<QMessageBox>(
        [](QMessageBox* box) {
            QVERIFY(box->text().contains(u"Contoso Bakery"_s));
            QTest::mouseClick(UiTest::child<QPushButton>(box, u"confirmLostPushButton"_s), Qt::LeftButton);
        },
        [&]() { QTest::mouseClick(lost, Qt::LeftButton); });
    QCOMPARE(table->item(0, 5)->text(), u"Won"_s);
    auto* error = UiTest::child<QLabel>(&page, u"errorLabel"_s);
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains(u"Won"_s) && error->text().contains(u"Lost"_s), qPrintable(error->text()));
    QVERIFY(!lost->isEnabled());
}

void TestReferralsPage::inviteRecordsInvitationAndAccepts_C8()
{
    auto added = m_tw->workspace().referrals().add(m_channel.resellerSession, draft());
    PD_VERIFY_OK(added);
    ReferralsPage page(m_tw->workspace(), m_channel.resellerSession);
    page.show();
    auto* table = UiTest::child<QTableWidget>(&page, u"referralsTableWidget"_s);
    QPushButton* invite = UiTest::child<QPushButton>(&page, u"inviteReferralPushButton"_s);
    QVERIFY(invite->isVisible());
    QVERIFY(!invite->isEnabled());
    table->selectRow(0);
    QVERIFY(invite->isEnabled());

    // Cancel records nothing and leaves the referral New.
    UiTest::whenModal<InvitationDraftDialog>([](InvitationDraftDialog* dialog) { dialog->reject(); },
                                             [&]() { QTest::mouseClick(invite, Qt::LeftButton); });
    QCOMPARE(table->item(0, 5)->text(), u"New"_s);
    QCOMPARE(m_tw->count(u"invitations"_s), 0);

    UiTest::whenModal<InvitationDraftDialog>(
        [](InvitationDraftDialog* dialog) {
            QCOMPARE(dialog->windowTitle(), u"Request a reseller relationship"_s);
            QCOMPARE(UiTest::child<QLineEdit>(dialog, u"recipientLineEdit"_s)->text(), u"avery@contoso.example"_s);
            QTest::mouseClick(UiTest::child<QPushButton>(dialog, u"donePushButton"_s), Qt::LeftButton);
        },
        [&]() { QTest::mouseClick(invite, Qt::LeftButton); });

    QCOMPARE(table->item(0, 5)->text(), u"Accepted"_s);
    QVERIFY(UiTest::child<QLabel>(&page, u"doneLabel"_s)->text().contains(u"avery@contoso.example"_s));
    QCOMPARE(m_tw->scalar(u"SELECT kind || ':' || recipient_email || ':' || status FROM invitations"_s).toString(),
             u"CustomerOfReseller:avery@contoso.example:Pending"_s);
    QCOMPARE(m_tw->scalar(u"SELECT invitation_id FROM referrals"_s).toString(),
             m_tw->scalar(u"SELECT id FROM invitations"_s).toString());
    QVERIFY(UiTest::child<QLabel>(&page, u"referralDetailsLabel"_s)->text().contains(u"Invited"_s));
}

void TestReferralsPage::inviteKeepsNothingWhenLinkFails_S12()
{
    auto added = m_tw->workspace().referrals().add(m_channel.resellerSession, draft());
    PD_VERIFY_OK(added);
    ReferralsPage page(m_tw->workspace(), m_channel.resellerSession);
    page.show();
    auto* table = UiTest::child<QTableWidget>(&page, u"referralsTableWidget"_s);
    table->selectRow(0);
    // The referral can't be updated: recording the invitation fails with it, and the dialog says so.
    PD_VERIFY_OK(SqlQuery::run(m_tw->db(),
                               u"CREATE TRIGGER referrals_locked BEFORE UPDATE ON referrals "
                               "BEGIN SELECT RAISE(ABORT, 'referrals are locked'); END"_s));
    const QStringList before = m_tw->snapshot();
    UiTest::whenModal<InvitationDraftDialog>(
        [](InvitationDraftDialog* dialog) {
            QTest::mouseClick(UiTest::child<QPushButton>(dialog, u"donePushButton"_s), Qt::LeftButton);
            QVERIFY(dialog->isVisible());
            QVERIFY(!dialog->isRecorded());
            auto* error = UiTest::child<QLabel>(dialog, u"errorLabel"_s);
            QVERIFY(error->isVisible());
            QVERIFY(!error->text().isEmpty());
        },
        [&]() { QTest::mouseClick(UiTest::child<QPushButton>(&page, u"inviteReferralPushButton"_s), Qt::LeftButton); });
    QCOMPARE(m_tw->snapshot(), before);
    QCOMPARE(m_tw->count(u"invitations"_s), 0);
    QCOMPARE(table->item(0, 5)->text(), u"New"_s);
    QVERIFY(UiTest::child<QLabel>(&page, u"doneLabel"_s)->text().isEmpty());
}

void TestReferralsPage::providerRefersLeadResellerSeesIt_C8()
{
    connectPair();
    ReferralsPage providerPage(m_tw->workspace(), m_channel.providerSession);
    providerPage.show();
    QVERIFY(!UiTest::child<QPushButton>(&providerPage, u"newReferralPushButton"_s)->isVisible());
    QVERIFY(!UiTest::child<QPushButton>(&providerPage, u"markWonPushButton"_s)->isVisible());
    QVERIFY(!UiTest::child<QPushButton>(&providerPage, u"inviteReferralPushButton"_s)->isVisible());
    QPushButton* refer = UiTest::child<QPushButton>(&providerPage, u"referLeadPushButton"_s);
    QVERIFY(refer->isVisible());

    UiTest::whenModal<ReferralDialog>(
        [&](ReferralDialog* dialog) {
            QCOMPARE(dialog->mode(), ReferralDialog::Mode::Refer);
            QVERIFY(!dialog->findChild<QComboBox*>(u"sourceComboBox"_s));
            auto* reseller = UiTest::child<QComboBox>(dialog, u"resellerComboBox"_s);
            QCOMPARE(reseller->count(), 1);
            QCOMPARE(reseller->currentText(), m_channel.reseller.account.legal.legalName);
            fillDialog(dialog, u"Northwind Traders"_s);
            QTest::mouseClick(UiTest::child<QPushButton>(dialog, u"savePushButton"_s), Qt::LeftButton);
            QVERIFY(!dialog->isVisible());
        },
        [&]() { QTest::mouseClick(refer, Qt::LeftButton); });

    auto* providerTable = UiTest::child<QTableWidget>(&providerPage, u"referralsTableWidget"_s);
    QCOMPARE(providerTable->rowCount(), 1);
    QCOMPARE(providerTable->horizontalHeaderItem(4)->text(), u"Referred to"_s);
    QCOMPARE(rowTexts(providerTable, 0).mid(0, 6),
             (QStringList{u"Northwind Traders"_s, u"Avery Quinn"_s, u"avery@contoso.example"_s, u"Indirect provider"_s,
                          m_channel.reseller.account.legal.legalName, u"New"_s}));
    QVERIFY(UiTest::child<QLabel>(&providerPage, u"doneLabel"_s)
                ->text()
                .contains(m_channel.reseller.account.legal.legalName));
    providerTable->selectRow(0);
    QVERIFY(!UiTest::child<QPushButton>(&providerPage, u"markAcceptedPushButton"_s)->isEnabled());

    ReferralsPage resellerPage(m_tw->workspace(), m_channel.resellerSession);
    resellerPage.show(); // a page reads what it lists when it is shown
    auto* resellerTable = UiTest::child<QTableWidget>(&resellerPage, u"referralsTableWidget"_s);
    QCOMPARE(resellerTable->rowCount(), 1);
    QCOMPARE(rowTexts(resellerTable, 0).mid(0, 6),
             (QStringList{u"Northwind Traders"_s, u"Avery Quinn"_s, u"avery@contoso.example"_s, u"Indirect provider"_s,
                          m_channel.provider.account.legal.legalName, u"New"_s}));

    // Invited from the reseller's page, the lead is invited with the provider who referred it.
    resellerTable->selectRow(0);
    UiTest::whenModal<InvitationDraftDialog>(
        [&](InvitationDraftDialog* dialog) {
            QCOMPARE(dialog->windowTitle(), u"Invite a new customer"_s); // with the provider (C1)
            QTest::mouseClick(UiTest::child<QPushButton>(dialog, u"donePushButton"_s), Qt::LeftButton);
            QVERIFY2(!dialog->isVisible(), qPrintable(UiTest::child<QLabel>(dialog, u"errorLabel"_s)->text()));
        },
        [&]() {
            QTest::mouseClick(UiTest::child<QPushButton>(&resellerPage, u"inviteReferralPushButton"_s), Qt::LeftButton);
        });
    QCOMPARE(m_tw->scalar(u"SELECT kind || ':' || coalesce(provider_account_id, 'none') FROM invitations "
                          u"WHERE kind <> 'ResellerOfProvider'"_s)
                 .toString(),
             u"CustomerOfResellerAndProvider:"_s + m_channel.provider.account.id);

    // The reseller wins it; the provider's page follows.
    resellerTable->selectRow(0);
    QTest::mouseClick(UiTest::child<QPushButton>(&resellerPage, u"markAcceptedPushButton"_s), Qt::LeftButton);
    QTest::mouseClick(UiTest::child<QPushButton>(&resellerPage, u"markWonPushButton"_s), Qt::LeftButton);
    providerPage.reload();
    QCOMPARE(providerTable->item(0, 5)->text(), u"Won"_s);
}

void TestReferralsPage::providerWithoutResellersTold_C8()
{
    ReferralsPage page(m_tw->workspace(), m_channel.providerSession);
    page.show();
    QTest::mouseClick(UiTest::child<QPushButton>(&page, u"referLeadPushButton"_s), Qt::LeftButton);
    QVERIFY(!QApplication::activeModalWidget());
    auto* error = UiTest::child<QLabel>(&page, u"errorLabel"_s);
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains(u"no active indirect resellers"_s), qPrintable(error->text()));
}

void TestReferralsPage::buttonsFollowPartnerType_U2()
{
    ReferralsPage reseller(m_tw->workspace(), m_channel.resellerSession);
    reseller.show();
    for (const QString& name : {u"newReferralPushButton"_s, u"markAcceptedPushButton"_s, u"markWonPushButton"_s,
                                u"markLostPushButton"_s, u"inviteReferralPushButton"_s}) {
        QVERIFY2(UiTest::child<QPushButton>(&reseller, name)->isVisible(), qPrintable(name));
    }
    QVERIFY(!UiTest::child<QPushButton>(&reseller, u"referLeadPushButton"_s)->isVisible());
    QCOMPARE(reseller.title(), u"Referrals"_s);

    // A reseller not Active yet records leads but can't invite (E10).
    auto pending = m_tw->createPartner(u"northwind"_s, PartnerType::IndirectReseller, PartnerStatus::UnderReview);
    PD_VERIFY_OK(pending);
    ReferralsPage pendingPage(m_tw->workspace(), session(pending.value()));
    pendingPage.show();
    QVERIFY(UiTest::child<QPushButton>(&pendingPage, u"newReferralPushButton"_s)->isVisible());
    QVERIFY(!UiTest::child<QPushButton>(&pendingPage, u"inviteReferralPushButton"_s)->isVisible());
}

void TestReferralsPage::keyboardInDialog_data()
{
    QTest::addColumn<bool>("refer");
    QTest::newRow("record") << false;
    QTest::newRow("refer") << true;
}

void TestReferralsPage::keyboardInDialog()
{
    QFETCH(bool, refer);
    if (refer) {
        connectPair();
    }
    ReferralDialog dialog(m_tw->workspace(), refer ? m_channel.providerSession : m_channel.resellerSession,
                          refer ? ReferralDialog::Mode::Refer : ReferralDialog::Mode::Record);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    QVERIFY(dialog.isReady());

    // Tab follows the form top to bottom; Tab leaves the notes instead of typing a tab.
    QStringList expected;
    if (refer) {
        expected << u"resellerComboBox"_s;
    }
    expected << u"companyNameLineEdit"_s << u"contactNameLineEdit"_s << u"contactEmailLineEdit"_s
             << u"contactPhoneLineEdit"_s << u"countryComboBox"_s;
    if (!refer) {
        expected << u"sourceComboBox"_s;
    }
    expected << u"notesPlainTextEdit"_s << u"savePushButton"_s << u"cancelPushButton"_s;
    QStringList visited{QApplication::focusWidget() ? QApplication::focusWidget()->objectName() : QString()};
    for (int i = 1; i < expected.size(); ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        visited << (QApplication::focusWidget() ? QApplication::focusWidget()->objectName() : QString());
    }
    QCOMPARE(visited, expected);

    // Every label and button has its own accelerator.
    const QStringList letters = UiTest::mnemonics(&dialog);
    QVERIFY2(QSet<QString>(letters.cbegin(), letters.cend()).size() == letters.size(), qPrintable(letters.join(u' ')));
    QVERIFY(letters.size() >= 7);
    // Every input has a label a screen reader reads.
    for (const QString& name : expected.mid(0, expected.size() - 2)) {
        const QString label = UiTest::labelOf(dialog.findChild<QWidget*>(name));
        QVERIFY2(label != u"(no label)"_s, qPrintable(name));
    }
}

void TestReferralsPage::acceleratorsOnPage()
{
    for (const Session& s : {m_channel.resellerSession, m_channel.providerSession}) {
        ReferralsPage page(m_tw->workspace(), s);
        const QStringList letters = UiTest::mnemonics(&page);
        QVERIFY2(QSet<QString>(letters.cbegin(), letters.cend()).size() == letters.size(),
                 qPrintable(letters.join(u' ')));
        // Alt+F, Alt+V and Alt+H belong to the window's menus.
        for (const QString& menu : {u"F"_s, u"V"_s, u"H"_s}) {
            QVERIFY2(!letters.contains(menu), qPrintable(letters.join(u' ')));
        }
    }
}

QTEST_MAIN(TestReferralsPage)
#include "tst_ReferralsPage.moc"
