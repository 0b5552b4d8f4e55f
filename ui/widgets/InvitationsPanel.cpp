#include "InvitationsPanel.h"

#include "services/InvitationService.h"
#include "services/Workspace.h"
#include "widgets/MessageBoxes.h"
#include "widgets/Tables.h"

#include <QHBoxLayout>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {

QString dateText(const QDateTime& at)
{
    return QLocale().toString(at.toLocalTime().date(), QLocale::ShortFormat);
}

} // namespace

InvitationsPanel::InvitationsPanel(Workspace& workspace, const Session& session, const QList<InvitationKind>& kinds,
                                   QWidget* parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_session(session)
    , m_kinds(kinds)
{
    m_table = Tables::makeReadOnly(QStringLiteral("invitationsTableWidget"), showsProvider() ? 6 : 5, this);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_revokeButton = new QPushButton(this);
    m_revokeButton->setObjectName(QStringLiteral("revokeInvitationPushButton"));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_revokeButton);
    buttons->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);

    connect(m_revokeButton, &QPushButton::clicked, this, &InvitationsPanel::revokeSelected);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &InvitationsPanel::updateButtons);
    retranslateUi();
}

bool InvitationsPanel::showsProvider() const
{
    return m_kinds.contains(InvitationKind::CustomerOfResellerAndProvider);
}

void InvitationsPanel::setSession(const Session& session)
{
    m_session = session;
    reload();
}

void InvitationsPanel::retranslateUi()
{
    m_table->setAccessibleName(tr("Invitations"));
    QStringList headers{tr("Recipient"), tr("Sent"), tr("Sent by"), tr("Expires"), tr("Status")};
    if (showsProvider()) {
        //: Column of customer invitations: the indirect provider invited with the reseller, if any.
        headers.insert(1, tr("With provider"));
    }
    m_table->setHorizontalHeaderLabels(headers);
    m_revokeButton->setText(tr("Revo&ke invitation…"));
}

QString InvitationsPanel::statusText(const Invitation& invitation) const
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

void InvitationsPanel::reload()
{
    const QString selectedId = selectedInvitation() ? selectedInvitation()->id : QString();
    auto sent = m_workspace.invitations().sent(m_session, m_kinds);
    m_invitations = sent ? sent.value() : QList<Invitation>();
    if (!sent) {
        Q_EMIT failed(sent.errorString());
    }
    QList<QStringList> rows;
    for (const Invitation& invitation : std::as_const(m_invitations)) {
        QStringList row{invitation.recipientEmail, dateText(invitation.created), invitation.createdByName,
                        dateText(invitation.expires), statusText(invitation)};
        if (showsProvider()) {
            row.insert(1, invitation.providerName);
        }
        rows << row;
    }
    Tables::setRows(m_table, rows);
    for (int row = 0; row < m_invitations.size(); ++row) {
        if (m_invitations.at(row).id == selectedId) {
            m_table->selectRow(row);
        }
    }
    updateButtons();
}

const Invitation* InvitationsPanel::selectedInvitation() const
{
    const int row = Tables::selectedRow(m_table);
    return row >= 0 && row < m_invitations.size() ? &m_invitations.at(row) : nullptr;
}

void InvitationsPanel::updateButtons()
{
    const Action invite
        = m_kinds.contains(InvitationKind::ResellerOfProvider) ? Action::InviteResellers : Action::InviteCustomers;
    m_revokeButton->setVisible(m_session.can(invite));
    const Invitation* invitation = selectedInvitation();
    m_revokeButton->setEnabled(invitation && invitation->status == InvitationStatus::Pending);
}

void InvitationsPanel::revokeSelected()
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
    MessageBoxes::makePlain(box);
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
        Q_EMIT failed(revoked.errorString());
        return;
    }
    Q_EMIT done(tr("The invitation to %1 is revoked.").arg(chosen.recipientEmail));
}
