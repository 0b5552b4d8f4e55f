#include "ReferralsPage.h"

#include "dialogs/InvitationDraftDialog.h"
#include "dialogs/ReferralDialog.h"
#include "domain/Countries.h"
#include "services/ReferralService.h"
#include "services/Workspace.h"
#include "widgets/Labels.h"
#include "widgets/MessageBoxes.h"
#include "widgets/Tables.h"
#include "widgets/ValidatedForm.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {

constexpr int ColumnCount = 7; // company, contact, email, source, referred by or to, status, created

QString dateText(const QDateTime& at)
{
    return QLocale().toString(at.toLocalTime().date(), QLocale::ShortFormat);
}

} // namespace

ReferralsPage::ReferralsPage(Workspace& workspace, const Session& session, QWidget* parent)
    : Page(workspace, session, parent)
{
    setObjectName(QStringLiteral("referralsPage"));
    m_heading = makeHeading(QStringLiteral("referralsPageHeadingLabel"), this);
    m_intro = Labels::text(QStringLiteral("referralsPageIntroLabel"), this);
    m_table = Tables::makeReadOnly(QStringLiteral("referralsTableWidget"), ColumnCount, this);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_details = Labels::text(QStringLiteral("referralDetailsLabel"), this);
    m_details->hide();

    auto button = [this](const char* objectName) {
        auto* b = new QPushButton(this);
        b->setObjectName(QString::fromLatin1(objectName));
        return b;
    };
    m_newButton = button("newReferralPushButton");
    m_referButton = button("referLeadPushButton");
    m_acceptedButton = button("markAcceptedPushButton");
    m_wonButton = button("markWonPushButton");
    m_lostButton = button("markLostPushButton");
    m_inviteButton = button("inviteReferralPushButton");
    auto* buttonRow = new QHBoxLayout;
    for (QPushButton* b : {m_newButton, m_referButton, m_inviteButton, m_acceptedButton, m_wonButton, m_lostButton}) {
        buttonRow->addWidget(b);
    }
    buttonRow->addStretch();
    m_doneLabel = Labels::text(QStringLiteral("doneLabel"), this);
    m_doneLabel->hide();
    m_errorLabel = ValidatedForm::makeMessageLabel(QStringLiteral("errorLabel"), this);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_intro);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_details);
    layout->addLayout(buttonRow);
    layout->addWidget(m_doneLabel);
    layout->addWidget(m_errorLabel);

    connect(m_newButton, &QPushButton::clicked, this, &ReferralsPage::newReferral);
    connect(m_referButton, &QPushButton::clicked, this, &ReferralsPage::referLead);
    connect(m_inviteButton, &QPushButton::clicked, this, &ReferralsPage::inviteSelected);
    connect(m_acceptedButton, &QPushButton::clicked, this, [this]() { markSelected(ReferralStatus::Accepted); });
    connect(m_wonButton, &QPushButton::clicked, this, [this]() { markSelected(ReferralStatus::Won); });
    connect(m_lostButton, &QPushButton::clicked, this, [this]() { markSelected(ReferralStatus::Lost); });
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &ReferralsPage::updateButtons);
    retranslateUi();
    reloadWhenShown();
}

QString ReferralsPage::title() const
{
    return tr("Referrals");
}

bool ReferralsPage::worksOnLeads() const
{
    return m_session.partner && m_session.partner->types().contains(PartnerType::IndirectReseller)
        && m_session.can(Action::ManageReferrals);
}

bool ReferralsPage::refersLeads() const
{
    return m_session.partner && m_session.partner->types().contains(PartnerType::IndirectProvider)
        && m_session.can(Action::ManageReferrals);
}

void ReferralsPage::retranslateUi()
{
    m_heading->setText(tr("Referrals"));
    if (worksOnLeads() && refersLeads()) {
        m_intro->setText(tr("Your leads, wherever they came from, and the leads you referred to your resellers."));
    } else if (refersLeads()) {
        m_intro->setText(tr("The leads you referred to your indirect resellers, and how far each got. A reseller "
                            "marks a lead accepted, won or lost; you get a message each time."));
    } else {
        m_intro->setText(tr("Customers come from your own marketing, Microsoft referrals and your indirect "
                            "providers. Keep track of each lead here, and invite it to request a reseller "
                            "relationship: it becomes Accepted."));
    }
    m_table->setAccessibleName(tr("Referrals"));
    m_table->setHorizontalHeaderLabels({tr("Company"), tr("Contact"), tr("Email"), tr("Source"),
                                        worksOnLeads() ? tr("Referred by") : tr("Referred to"), tr("Status"),
                                        tr("Created")});
    // Alt+F, Alt+V and Alt+H open the window's File, View and Help menus.
    m_newButton->setText(tr("&New referral…"));
    m_referButton->setText(tr("&Refer a lead…"));
    m_inviteButton->setText(tr("&Invite…"));
    m_inviteButton->setToolTip(
        tr("Email the lead's contact a request for a reseller relationship; the referral becomes Accepted."));
    m_acceptedButton->setText(tr("Mark &accepted"));
    m_wonButton->setText(tr("Mark &won"));
    m_lostButton->setText(tr("Mark &lost…"));
    showDone(QString());
}

void ReferralsPage::reload()
{
    showError(QString());
    const QString selectedId = selected() ? selected()->id : QString();
    auto loaded = m_workspace.referrals().referrals(m_session);
    m_referrals = loaded ? loaded.value() : QList<Referral>();
    if (!loaded) {
        showError(loaded.errorString());
    }
    QList<QStringList> rows;
    for (const Referral& r : std::as_const(m_referrals)) {
        // A reseller reads who referred a lead to it; a provider, whom it referred the lead to.
        const bool own = m_session.partner && r.partnerAccountId == m_session.partner->id;
        const QString other = own ? r.referredByName : r.partnerName;
        rows << QStringList{r.companyName,
                            r.contactName,
                            r.contactEmail,
                            Enums::displayName(r.source),
                            other,
                            Enums::displayName(r.status),
                            dateText(r.created)};
    }
    Tables::setRows(m_table, rows);
    select(selectedId);
    updateButtons();
}

const Referral* ReferralsPage::selected() const
{
    const int row = Tables::selectedRow(m_table);
    return row >= 0 && row < m_referrals.size() ? &m_referrals.at(row) : nullptr;
}

void ReferralsPage::select(const QString& referralId)
{
    for (int row = 0; row < m_referrals.size(); ++row) {
        if (!referralId.isEmpty() && m_referrals.at(row).id == referralId) {
            m_table->selectRow(row);
            return;
        }
    }
}

QString ReferralsPage::detailsOf(const Referral& r) const
{
    QStringList parts;
    if (!r.contactPhone.isEmpty()) {
        parts << tr("Phone: %1").arg(r.contactPhone);
    }
    if (!r.country.isEmpty()) {
        parts << tr("Country/region: %1").arg(Countries::name(r.country));
    }
    if (!r.invitationId.isEmpty()) {
        parts << tr("Invited");
    }
    if (r.updated.isValid() && r.updated != r.created) {
        parts << tr("Last change: %1").arg(dateText(r.updated));
    }
    QString text = parts.join(QStringLiteral(" · "));
    if (!r.notes.isEmpty()) {
        text += (text.isEmpty() ? QString() : QStringLiteral("\n")) + tr("Notes: %1").arg(r.notes);
    }
    return text;
}

void ReferralsPage::updateButtons()
{
    const bool reseller = worksOnLeads();
    m_newButton->setVisible(reseller);
    m_referButton->setVisible(refersLeads());
    m_acceptedButton->setVisible(reseller);
    m_wonButton->setVisible(reseller);
    m_lostButton->setVisible(reseller);
    m_inviteButton->setVisible(reseller && m_session.can(Action::InviteCustomers));

    const Referral* r = selected();
    // Only the reseller working on a lead moves it on (a provider's own referrals are read only).
    const bool mine = r && m_session.partner && r->partnerAccountId == m_session.partner->id;
    m_acceptedButton->setEnabled(mine && r->canMoveTo(ReferralStatus::Accepted));
    m_wonButton->setEnabled(mine && r->canMoveTo(ReferralStatus::Won));
    m_lostButton->setEnabled(mine && r->canMoveTo(ReferralStatus::Lost));
    m_inviteButton->setEnabled(mine && r->isOpen() && !r->contactEmail.isEmpty());

    const QString details = r ? detailsOf(*r) : QString();
    m_details->setText(details);
    m_details->setVisible(!details.isEmpty());
}

void ReferralsPage::showDone(const QString& message)
{
    ValidatedForm::showOutcome(m_doneLabel, m_errorLabel, message);
}

void ReferralsPage::showError(const QString& message)
{
    ValidatedForm::showOutcome(m_errorLabel, m_doneLabel, message);
}

void ReferralsPage::newReferral()
{
    showDone(QString());
    showError(QString());
    ReferralDialog dialog(m_workspace, m_session, ReferralDialog::Mode::Record, this);
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    const Referral added = dialog.referral();
    reload();
    select(added.id);
    showDone(tr("%1 is recorded as a new referral.").arg(added.companyName));
}

void ReferralsPage::referLead()
{
    showDone(QString());
    showError(QString());
    ReferralDialog dialog(m_workspace, m_session, ReferralDialog::Mode::Refer, this);
    if (!dialog.isReady()) {
        showError(dialog.errorString());
        return;
    }
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    const Referral referred = dialog.referral();
    reload();
    select(referred.id);
    showDone(tr("%1 is referred to %2, whose primary contact gets a message.")
                 .arg(referred.companyName, referred.partnerName));
}

void ReferralsPage::markSelected(ReferralStatus status)
{
    const Referral* r = selected();
    if (!r) {
        return;
    }
    const Referral chosen = *r;
    showDone(QString());
    if (status == ReferralStatus::Lost) {
        QMessageBox box(
            QMessageBox::Question, tr("Mark lost"),
            tr("Mark the referral of %1 as lost? A lost referral can't be changed again.").arg(chosen.companyName),
            QMessageBox::NoButton, this);
        box.setObjectName(QStringLiteral("markLostMessageBox"));
        MessageBoxes::makePlain(box);
        QPushButton* lost = box.addButton(tr("Mark &lost"), QMessageBox::DestructiveRole);
        lost->setObjectName(QStringLiteral("confirmLostPushButton"));
        box.addButton(QMessageBox::Cancel);
        box.setDefaultButton(QMessageBox::Cancel);
        box.exec();
        if (box.clickedButton() != lost) {
            return;
        }
    }
    Status changed = m_workspace.referrals().setStatus(m_session, chosen.id, status);
    reload(); // it may have changed meanwhile: show it as it is, then why it was refused
    if (!changed) {
        showError(changed.errorString());
        return;
    }
    showDone(tr("The referral of %1 is now %2.").arg(chosen.companyName, Enums::displayName(status)));
}

void ReferralsPage::inviteSelected()
{
    const Referral* r = selected();
    if (!r) {
        return;
    }
    const Referral chosen = *r;
    showDone(QString());
    showError(QString());
    // A provider's lead is invited with that provider (C1), so that it can order for the customer
    // once accepted; the reseller's own leads for the reseller alone.
    const bool withProvider
        = chosen.source == ReferralSource::IndirectProvider && !chosen.referredByAccountId.isEmpty();
    InvitationDraftDialog dialog(m_workspace, m_session,
                                 withProvider ? InvitationKind::CustomerOfResellerAndProvider
                                              : InvitationKind::CustomerOfReseller,
                                 withProvider ? chosen.referredByAccountId : QString(), this);
    if (!dialog.isReady()) {
        showError(dialog.errorString());
        return;
    }
    dialog.setRecipient(chosen.contactEmail);
    // S12: the invitation and the referral's link to it are stored together or not at all.
    dialog.setRecorder([this, id = chosen.id](const InvitationDraft& draft) {
        return m_workspace.referrals().invite(m_session, id, draft);
    });
    dialog.exec();
    if (!dialog.isRecorded()) {
        return;
    }
    reload();
    showDone(tr("The invitation to %1 is recorded as Pending, and the referral of %2 is now Accepted.")
                 .arg(dialog.invitation().recipientEmail, chosen.companyName));
}
