#include "IndirectProvidersPage.h"

#include "dialogs/InvitationDraftDialog.h"
#include "domain/Countries.h"
#include "domain/Validators.h"
#include "services/RelationshipService.h"
#include "services/Workspace.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

IndirectProvidersPage::IndirectProvidersPage(Workspace& workspace, const Session& session, QWidget* parent)
    : IndirectPartnersPage(workspace, session, QStringLiteral("indirectProvidersPage"), parent)
{
    m_acceptButton = new QPushButton(this);
    m_acceptButton->setObjectName(QStringLiteral("acceptInvitationPushButton"));
    m_findButton = new QPushButton(this);
    m_findButton->setObjectName(QStringLiteral("findProviderPushButton"));
    m_inviteCustomersButton = new QPushButton(this);
    m_inviteCustomersButton->setObjectName(QStringLiteral("inviteCustomersPushButton"));
    m_buttonRow->insertWidget(0, m_inviteCustomersButton);
    m_buttonRow->insertWidget(1, m_acceptButton);
    m_buttonRow->insertWidget(2, m_findButton);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_intro);
    layout->addWidget(m_table, 1);
    layout->addLayout(m_buttonRow);
    layout->addWidget(m_doneLabel);
    layout->addWidget(m_errorLabel);

    connect(m_acceptButton, &QPushButton::clicked, this, &IndirectProvidersPage::acceptInvitationRequested);
    connect(m_findButton, &QPushButton::clicked, this, &IndirectProvidersPage::findProviderRequested);
    connect(m_inviteCustomersButton, &QPushButton::clicked, this, &IndirectProvidersPage::inviteCustomers);
    retranslateUi();
    reloadWhenShown();
}

QString IndirectProvidersPage::title() const
{
    return tr("Indirect providers");
}

void IndirectProvidersPage::retranslateUi()
{
    IndirectPartnersPage::retranslateUi();
    m_heading->setText(tr("Indirect providers"));
    m_table->setAccessibleName(tr("Indirect providers"));
    m_acceptButton->setText(tr("Accept &invitation…"));
    m_findButton->setText(tr("Find a provi&der"));
    m_inviteCustomersButton->setText(tr("Invite new &customers…"));
    m_inviteCustomersButton->setToolTip(tr("Ask a new customer to authorize reseller relationships with you and the "
                                           "selected provider, so that the provider can submit orders for it."));
}

Result<QList<IndirectRelationship>> IndirectProvidersPage::load() const
{
    return m_workspace.relationships().providersOf(m_session);
}

void IndirectProvidersPage::reloadMore()
{
    m_acceptButton->setVisible(m_session.can(Action::AuthorizeProvider));
    m_findButton->setVisible(m_session.can(Action::FindProviders));
    int active = 0;
    for (const IndirectRelationship& r : std::as_const(m_list)) {
        active += r.status == RelationshipStatus::Active ? 1 : 0;
    }
    m_intro->setText(
        active == 0 ? tr("You have no indirect provider yet. Find a provider that serves your country, contact them, "
                         "and accept the invitation they email you.")
                    : tr("The providers you have a partnership with. Each may submit orders and add subscriptions on "
                         "behalf of your customers, and has administrator access to your tenant."));
}

void IndirectProvidersPage::updateMoreButtons()
{
    m_inviteCustomersButton->setVisible(m_session.can(Action::InviteCustomers));
    const IndirectRelationship* r = selected();
    m_inviteCustomersButton->setEnabled(r && r->status == RelationshipStatus::Active
                                        && r->provider.status == PartnerStatus::Active);
}

void IndirectProvidersPage::inviteCustomers()
{
    const IndirectRelationship* r = selected();
    if (!r) {
        return;
    }
    const QString provider = r->provider.name;
    showDone(QString());
    InvitationDraftDialog dialog(m_workspace, m_session, InvitationKind::CustomerOfResellerAndProvider,
                                 r->provider.accountId, this);
    if (!dialog.isReady()) {
        showError(dialog.errorString());
        return;
    }
    dialog.exec();
    if (dialog.isRecorded()) {
        showDone(tr("The invitation to %1 for you and %2 is recorded as Pending until the customer accepts it.")
                     .arg(dialog.invitation().recipientEmail, provider));
    }
}

QStringList IndirectProvidersPage::headers() const
{
    return {tr("Provider"), tr("Partner ID"), tr("Country"), tr("Support contact"), tr("Since"), tr("Status")};
}

QStringList IndirectProvidersPage::rowOf(const IndirectRelationship& r) const
{
    QStringList support{r.provider.support.email, Validators::displayPhone(r.provider.support.phone)};
    support.removeAll(QString());
    return {r.provider.name,
            r.provider.partnerId,
            Countries::name(r.provider.country),
            support.join(QStringLiteral(", ")),
            dateText(r.since),
            statusText(r)};
}

const RelationshipParty& IndirectProvidersPage::otherParty(const IndirectRelationship& r) const
{
    return r.provider;
}

QString IndirectProvidersPage::endConsequences(const IndirectRelationship& r) const
{
    return tr("%1 will no longer be able to submit orders or add subscriptions on behalf of your customers, loses "
              "administrator access to your tenant, and no longer serves or sees the customers it serves only "
              "through you. Its pending invitations to you are withdrawn. The relationship stays in the history of "
              "both sides; working together again takes a new invitation.")
        .arg(r.provider.name);
}
