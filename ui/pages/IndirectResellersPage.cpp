#include "IndirectResellersPage.h"

#include "dialogs/InvitationDraftDialog.h"
#include "domain/Countries.h"
#include "services/BackgroundReader.h"
#include "services/InvitationService.h"
#include "services/RelationshipService.h"
#include "services/Workspace.h"
#include "widgets/InvitationsPanel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

IndirectResellersPage::IndirectResellersPage(Workspace& workspace, const Session& session, QWidget* parent)
    : IndirectPartnersPage(workspace, session, QStringLiteral("indirectResellersPage"), parent)
{
    m_inviteButton = new QPushButton(this);
    m_inviteButton->setObjectName(QStringLiteral("inviteResellerPushButton"));
    m_buttonRow->insertWidget(0, m_inviteButton);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("indirectResellersTabWidget"));
    m_table->setParent(m_tabs);
    m_invitationsPanel = new InvitationsPanel(workspace, session, {InvitationKind::ResellerOfProvider}, m_tabs);
    m_tabs->addTab(m_table, QString());
    m_tabs->addTab(m_invitationsPanel, QString());

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_intro);
    layout->addWidget(m_tabs, 1);
    layout->addLayout(m_buttonRow);
    layout->addWidget(m_doneLabel);
    layout->addWidget(m_errorLabel);

    connect(m_inviteButton, &QPushButton::clicked, this, &IndirectResellersPage::inviteReseller);
    connect(m_invitationsPanel, &InvitationsPanel::done, this, [this](const QString& message) {
        reload();
        showDone(message);
    });
    connect(m_invitationsPanel, &InvitationsPanel::failed, this, &IndirectResellersPage::showError);
    retranslateUi();
    reloadWhenShown();
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
    m_invitationsPanel->retranslateUi();
    m_tabs->setTabText(0, tr("&Resellers"));
    m_tabs->setTabText(1, tr("Invi&tations"));
    m_inviteButton->setText(tr("&Invite reseller…"));
}

Result<QList<IndirectRelationship>> IndirectResellersPage::load() const
{
    return m_workspace.relationships().resellersOf(
        m_session, reader() ? RelationshipService::SharedCounts::Later : RelationshipService::SharedCounts::Now);
}

void IndirectResellersPage::countShared()
{
    const bool waiting = std::any_of(m_list.cbegin(), m_list.cend(), [](const IndirectRelationship& r) {
        return r.sharedCustomers == IndirectRelationship::NotCounted;
    });
    BackgroundReader* counter = reader();
    if (!waiting || !counter) {
        return;
    }
    auto read = m_workspace.relationships().sharedCountsRead(m_session);
    if (!read) {
        showError(read.errorString());
        return;
    }
    const int generation = ++m_countGeneration;
    m_countFailed = false;
    counter->read<QHash<QString, int>>(BackgroundReader::CountKind, this, read.value(),
                                       [this, generation](const Result<QHash<QString, int>>& counts) {
                                           if (generation != m_countGeneration) {
                                               return; // the list was read again meanwhile
                                           }
                                           if (!counts) {
                                               m_countFailed = true;
                                               showList(m_list);
                                               showError(counts.errorString());
                                               return;
                                           }
                                           showShared(counts.value());
                                       });
}

void IndirectResellersPage::showShared(const QHash<QString, int>& counts)
{
    QList<IndirectRelationship> counted = m_list;
    for (IndirectRelationship& r : counted) {
        if (r.sharedCustomers == IndirectRelationship::NotCounted) {
            r.sharedCustomers = counts.value(r.id, 0);
        }
    }
    showList(counted);
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
            r.sharedCustomers != IndirectRelationship::NotCounted ? QLocale().toString(r.sharedCustomers)
                : m_countFailed                                   ? QStringLiteral("—")
                                                                  : tr("Counting…"),
            dateText(r.since),
            status};
}

const RelationshipParty& IndirectResellersPage::otherParty(const IndirectRelationship& r) const
{
    return r.reseller;
}

QString IndirectResellersPage::endConsequences(const IndirectRelationship& r) const
{
    return tr("You will no longer be able to submit orders or add subscriptions for the customers of %1, lose "
              "administrator access to its tenant, and no longer serve or see the customers you serve only through "
              "%1. Your pending invitations to %1 are withdrawn. The relationship stays in the history of both "
              "sides; working together again takes a new invitation that %1 accepts.")
        .arg(r.reseller.name);
}

void IndirectResellersPage::reloadMore()
{
    countShared();
    m_inviteButton->setVisible(m_session.can(Action::InviteResellers));
    m_invitationsPanel->setSession(m_session);
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

const QList<Invitation>& IndirectResellersPage::invitations() const
{
    return m_invitationsPanel->invitations();
}
