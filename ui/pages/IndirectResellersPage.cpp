#include "IndirectResellersPage.h"

#include "dialogs/InvitationDraftDialog.h"
#include "domain/Countries.h"
#include "services/InvitationService.h"
#include "services/RelationshipService.h"
#include "services/Workspace.h"
#include "widgets/Tables.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

IndirectResellersPage::IndirectResellersPage(Workspace& workspace, const Session& session, QWidget* parent)
    : IndirectPartnersPage(workspace, session, QStringLiteral("indirectResellersPage"), parent)
{
    m_inviteButton = new QPushButton(this);
    m_inviteButton->setObjectName(QStringLiteral("inviteResellerPushButton"));
    m_buttonRow->insertWidget(0, m_inviteButton);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("indirectResellersTabWidget"));
    m_table->setParent(m_tabs);
    auto* invitationsTab = new QWidget(m_tabs);
    m_invitationsTable = Tables::makeReadOnly(QStringLiteral("invitationsTableWidget"), 5, invitationsTab);
    m_invitationsTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_revokeButton = new QPushButton(invitationsTab);
    m_revokeButton->setObjectName(QStringLiteral("revokeInvitationPushButton"));
    auto* revokeRow = new QHBoxLayout;
    revokeRow->addWidget(m_revokeButton);
    revokeRow->addStretch();
    auto* invitationsLayout = new QVBoxLayout(invitationsTab);
    invitationsLayout->setContentsMargins(0, 0, 0, 0);
    invitationsLayout->addWidget(m_invitationsTable, 1);
    invitationsLayout->addLayout(revokeRow);
    m_tabs->addTab(m_table, QString());
    m_tabs->addTab(invitationsTab, QString());

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_intro);
    layout->addWidget(m_tabs, 1);
    layout->addLayout(m_buttonRow);
    layout->addWidget(m_doneLabel);
    layout->addWidget(m_errorLabel);

    connect(m_inviteButton, &QPushButton::clicked, this, &IndirectResellersPage::inviteReseller);
    connect(m_revokeButton, &QPushButton::clicked, this, &IndirectResellersPage::revokeSelected);
    connect(m_invitationsTable, &QTableWidget::itemSelectionChanged, this,
            &IndirectResellersPage::updateInvitationButtons);
    retranslateUi();
    reload();
}

QString IndirectResellersPage::title() const
{
    return tr("Indirect resellers");
}

void IndirectResellersPage::retranslateUi()
{
    IndirectPartnersPage::retranslateUi();
    m_heading->setText(tr("Indirect resellers"));
    m_intro->setText(tr("The resellers that authorized you as their indirect provider, and the invitations you sent. "
                        "Invite a reseller to email them a personalized link; it works once, for %1 days.")
                         .arg(InvitationService::ValidityDays));
    m_table->setAccessibleName(tr("Indirect resellers"));
    m_invitationsTable->setAccessibleName(tr("Invitations"));
    m_invitationsTable->setHorizontalHeaderLabels(
        {tr("Recipient"), tr("Sent"), tr("Sent by"), tr("Expires"), tr("Status")});
    m_tabs->setTabText(0, tr("&Resellers"));
    m_tabs->setTabText(1, tr("Invi&tations"));
    m_inviteButton->setText(tr("&Invite reseller…"));
    m_revokeButton->setText(tr("Revo&ke invitation…"));
}

Result<QList<IndirectRelationship>> IndirectResellersPage::load() const
{
    return m_workspace.relationships().resellersOf(m_session);
}

QStringList IndirectResellersPage::headers() const
{
    // Status last: an ended relationship says when and by whom, which takes room.
    return {tr("Reseller"), tr("Partner ID"), tr("Country"), tr("Customers"), tr("Since"), tr("Status")};
}

QStringList IndirectResellersPage::rowOf(const IndirectRelationship& r) const
{
    QString status = statusText(r);
    if (r.status == RelationshipStatus::Active && r.reseller.status != PartnerStatus::Active) {
        //: The relationship is active but the reseller's account is not (e.g. Suspended).
        status = tr("Active (account %1)").arg(Enums::displayName(r.reseller.status).toLower());
    }
    return {r.reseller.name,
            r.reseller.partnerId,
            Countries::name(r.reseller.country),
            QLocale().toString(r.sharedCustomers),
            dateText(r.since),
            status};
}

const RelationshipParty& IndirectResellersPage::otherParty(const IndirectRelationship& r) const
{
    return r.reseller;
}

QString IndirectResellersPage::endConsequences(const IndirectRelationship& r) const
{
    return tr("You will no longer be able to submit orders or add subscriptions for the customers of %1, and lose "
              "administrator access to its tenant. The relationship stays in the history of both sides; working "
              "together again takes a new invitation that %1 accepts.")
        .arg(r.reseller.name);
}

QString IndirectResellersPage::invitationStatusText(const Invitation& invitation) const
{
    switch (invitation.status) {
    case InvitationStatus::Accepted:
        //: An invitation's status: when it was accepted and by which company.
        return tr("Accepted on %1 by %2").arg(dateText(invitation.accepted), invitation.acceptedByPartnerName);
    case InvitationStatus::Revoked:
        return tr("Revoked on %1").arg(dateText(invitation.revoked));
    case InvitationStatus::Pending:
    case InvitationStatus::Expired:
        break;
    }
    return Enums::displayName(invitation.status);
}

void IndirectResellersPage::reloadMore()
{
    m_inviteButton->setVisible(m_session.can(Action::InviteResellers));
    const QString selectedId = selectedInvitation() ? selectedInvitation()->id : QString();
    auto sent = m_workspace.invitations().sent(m_session, {InvitationKind::ResellerOfProvider});
    m_invitations = sent ? sent.value() : QList<Invitation>();
    if (!sent) {
        showError(sent.errorString());
    }
    QList<QStringList> rows;
    for (const Invitation& invitation : std::as_const(m_invitations)) {
        rows << QStringList{invitation.recipientEmail, dateText(invitation.created), invitation.createdByName,
                            dateText(invitation.expires), invitationStatusText(invitation)};
    }
    Tables::setRows(m_invitationsTable, rows);
    for (int row = 0; row < m_invitations.size(); ++row) {
        if (m_invitations.at(row).id == selectedId) {
            m_invitationsTable->selectRow(row);
        }
    }
    updateInvitationButtons();
}

const Invitation* IndirectResellersPage::selectedInvitation() const
{
    const int row = Tables::selectedRow(m_invitationsTable);
    return row >= 0 && row < m_invitations.size() ? &m_invitations.at(row) : nullptr;
}

void IndirectResellersPage::updateInvitationButtons()
{
    m_revokeButton->setVisible(m_session.can(Action::InviteResellers));
    const Invitation* invitation = selectedInvitation();
    m_revokeButton->setEnabled(invitation && invitation->status == InvitationStatus::Pending);
}

void IndirectResellersPage::inviteReseller()
{
    showDone(QString());
    InvitationDraftDialog dialog(m_workspace, m_session, InvitationKind::ResellerOfProvider, {}, this);
    if (!dialog.isReady()) {
        showError(dialog.errorString());
        return;
    }
    dialog.exec();
    if (dialog.isRecorded()) {
        reload();
        m_tabs->setCurrentIndex(1);
        showDone(tr("The invitation to %1 is recorded as Pending until they accept it.")
                     .arg(dialog.invitation().recipientEmail));
    }
}

void IndirectResellersPage::revokeSelected()
{
    const Invitation* invitation = selectedInvitation();
    if (!invitation) {
        return;
    }
    const Invitation chosen = *invitation;
    QMessageBox box(QMessageBox::Question, tr("Revoke invitation"),
                    tr("Revoke the invitation to %1? Its link will no longer work.").arg(chosen.recipientEmail),
                    QMessageBox::NoButton, this);
    box.setObjectName(QStringLiteral("revokeInvitationMessageBox"));
    QPushButton* revoke = box.addButton(tr("&Revoke"), QMessageBox::DestructiveRole);
    revoke->setObjectName(QStringLiteral("confirmRevokePushButton"));
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    if (box.clickedButton() != revoke) {
        return;
    }
    auto revoked = m_workspace.invitations().revoke(m_session, chosen.id);
    reload();
    if (!revoked) {
        showError(revoked.errorString());
        return;
    }
    showDone(tr("The invitation to %1 is revoked.").arg(chosen.recipientEmail));
}
