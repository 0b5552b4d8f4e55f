#include "DirectoryPage.h"

#include "dialogs/MpnProfileDialog.h"
#include "dialogs/ProviderAccountDialog.h"
#include "domain/Countries.h"
#include "services/DirectoryService.h"
#include "services/Workspace.h"
#include "widgets/MessageBoxes.h"
#include "widgets/Tables.h"
#include "widgets/ValidatedForm.h"

#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

DirectoryPage::DirectoryPage(Workspace& workspace, const Session& session, QWidget* parent)
    : Page(workspace, session, parent)
{
    setObjectName(QStringLiteral("directoryPage"));
    m_heading = makeHeading(QStringLiteral("directoryHeadingLabel"), this);
    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("directoryFilterLineEdit"));
    m_filter->setClearButtonEnabled(true);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("directoryTabWidget"));
    auto* providersTab = new QWidget(m_tabs);
    providersTab->setObjectName(QStringLiteral("providersPageWidget"));
    m_providersTable = Tables::makeReadOnly(QStringLiteral("providersTableWidget"), 7, providersTab);
    Tables::makeSortable(m_providersTable);
    m_addProviderButton = new QPushButton(providersTab);
    m_addProviderButton->setObjectName(QStringLiteral("addProviderPushButton"));
    m_providerStatusButton = new QPushButton(providersTab);
    m_providerStatusButton->setObjectName(QStringLiteral("providerStatusPushButton"));
    m_providerStatusButton->setEnabled(false);
    auto* providerButtons = new QHBoxLayout;
    providerButtons->addStretch();
    providerButtons->addWidget(m_providerStatusButton);
    providerButtons->addWidget(m_addProviderButton);
    auto* providersLayout = new QVBoxLayout(providersTab);
    providersLayout->setContentsMargins(0, 0, 0, 0);
    providersLayout->addWidget(m_providersTable, 1);
    providersLayout->addLayout(providerButtons);
    m_profilesTable = Tables::makeReadOnly(QStringLiteral("mpnProfilesTableWidget"), 5, m_tabs);
    Tables::makeSortable(m_profilesTable);
    auto* profilesTab = new QWidget(m_tabs);
    profilesTab->setObjectName(QStringLiteral("mpnProfilesPageWidget"));
    m_profilesTable->setParent(profilesTab);
    m_addProfileButton = new QPushButton(profilesTab);
    m_addProfileButton->setObjectName(QStringLiteral("addMpnProfilePushButton"));
    m_statusButton = new QPushButton(profilesTab);
    m_statusButton->setObjectName(QStringLiteral("changeMpnStatusPushButton"));
    m_statusButton->setEnabled(false);
    auto* profileButtons = new QHBoxLayout;
    profileButtons->addStretch();
    profileButtons->addWidget(m_statusButton);
    profileButtons->addWidget(m_addProfileButton);
    auto* profilesLayout = new QVBoxLayout(profilesTab);
    profilesLayout->setContentsMargins(0, 0, 0, 0);
    profilesLayout->addWidget(m_profilesTable, 1);
    profilesLayout->addLayout(profileButtons);
    m_tabs->addTab(providersTab, QString());
    m_tabs->addTab(profilesTab, QString());
    m_errorLabel = ValidatedForm::makeMessageLabel(QStringLiteral("directoryErrorLabel"), this);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_filter);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_errorLabel);

    connect(m_filter, &QLineEdit::textChanged, this, &DirectoryPage::applyFilter);
    connect(m_addProfileButton, &QPushButton::clicked, this, &DirectoryPage::addProfile);
    connect(m_statusButton, &QPushButton::clicked, this, &DirectoryPage::changeStatus);
    connect(m_profilesTable, &QTableWidget::itemSelectionChanged, this,
            [this]() { m_statusButton->setEnabled(!selectedPartnerId().isEmpty()); });
    connect(m_addProviderButton, &QPushButton::clicked, this, &DirectoryPage::addProvider);
    connect(m_providerStatusButton, &QPushButton::clicked, this, &DirectoryPage::changeProviderStatus);
    connect(m_providersTable, &QTableWidget::itemSelectionChanged, this, &DirectoryPage::updateProviderButtons);
    retranslateUi();
    reloadWhenShown();
}

QWidget* DirectoryPage::searchField() const
{
    return m_filter;
}

QString DirectoryPage::title() const
{
    return tr("Directory");
}

void DirectoryPage::retranslateUi()
{
    m_heading->setText(tr("Directory"));
    m_filter->setPlaceholderText(tr("Filter by name, Partner ID or country"));
    m_filter->setAccessibleName(tr("Filter"));
    m_tabs->setTabText(0, tr("Indirect providers"));
    m_tabs->setTabText(1, tr("MPN profiles"));
    m_providersTable->setAccessibleName(tr("Indirect providers"));
    m_profilesTable->setAccessibleName(tr("MPN profiles"));
    m_providersTable->setHorizontalHeaderLabels({tr("Provider"), tr("Partner ID"), tr("Status"), tr("Countries served"),
                                                 tr("Services offered"), tr("Contact"), tr("Email")});
    m_addProviderButton->setText(tr("Add &provider…"));
    m_addProviderButton->setToolTip(tr("Add an official indirect provider with its tenant, first user and listing"));
    updateProviderButtons();
    m_addProfileButton->setText(tr("&Add MPN profile…"));
    m_statusButton->setText(tr("Change s&tatus…"));
    m_profilesTable->setHorizontalHeaderLabels(
        {tr("Partner ID"), tr("Organization"), tr("Country/region"), tr("Status"), tr("Linked partner account")});
}

void DirectoryPage::reload()
{
    ValidatedForm::showMessage(m_errorLabel, QString());
    const ProviderListing* selected = selectedProvider();
    const QString selectedProviderId = selected ? selected->partnerId : QString();
    auto providers = m_workspace.directory().providerDirectory(m_session);
    auto profiles = m_workspace.directory().mpnDirectory(m_session);
    if (!providers || !profiles) {
        ValidatedForm::showMessage(m_errorLabel, providers ? profiles.errorString() : providers.errorString());
        return;
    }
    QList<QStringList> providerRows;
    m_providers.clear();
    for (const ProviderListing& p : providers.value()) {
        m_providers.insert(p.partnerId, p);
        QStringList services;
        for (ProviderService service : p.services) {
            services << Enums::displayName(service);
        }
        providerRows << QStringList{p.name,
                                    p.partnerId,
                                    Enums::displayName(p.status),
                                    Countries::names(p.countries),
                                    services.join(QStringLiteral(", ")),
                                    p.contactName,
                                    p.contactEmail};
    }
    {
        const QSignalBlocker blocker(m_providersTable);
        Tables::setRows(m_providersTable, providerRows);
        m_providersTable->clearSelection();
    }
    selectProvider(selectedProviderId);

    QList<QStringList> profileRows;
    for (const MpnProfile& p : profiles.value()) {
        profileRows << QStringList{p.partnerId, p.organizationName, Countries::name(p.country),
                                   Enums::displayName(p.status), p.linkedPartnerName};
    }
    Tables::setRows(m_profilesTable, profileRows);
    applyFilter();
}

void DirectoryPage::applyFilter()
{
    const QString needle = m_filter->text().trimmed();
    for (QTableWidget* table : {m_providersTable, m_profilesTable}) {
        for (int row = 0; row < table->rowCount(); ++row) {
            bool match = needle.isEmpty();
            for (int column = 0; !match && column < table->columnCount(); ++column) {
                const QTableWidgetItem* item = table->item(row, column);
                match = item && item->text().contains(needle, Qt::CaseInsensitive);
            }
            table->setRowHidden(row, !match);
        }
    }
}

QString DirectoryPage::selectedPartnerId() const
{
    const int row = Tables::selectedRow(m_profilesTable);
    const QTableWidgetItem* id = row < 0 ? nullptr : m_profilesTable->item(row, 0);
    return id ? id->text() : QString();
}

void DirectoryPage::addProfile()
{
    MpnProfileDialog dialog(m_workspace, m_session, this);
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    reload();
    m_tabs->setCurrentIndex(1);
    const QList<QTableWidgetItem*> found = m_profilesTable->findItems(dialog.partnerId(), Qt::MatchExactly);
    if (!found.isEmpty()) {
        m_profilesTable->selectRow(found.first()->row());
    }
}

void DirectoryPage::changeStatus()
{
    const QString partnerId = selectedPartnerId();
    if (partnerId.isEmpty()) {
        return;
    }
    QStringList names;
    for (MpnStatus status : EnumValues<MpnStatus>::all) {
        names << Enums::displayName(status);
    }
    const int row = m_profilesTable->currentRow();
    const QTableWidgetItem* current = m_profilesTable->item(row, 3);
    bool ok = false;
    const QString chosen
        = QInputDialog::getItem(this, tr("Change status"), tr("Status of the MPN profile %1:").arg(partnerId), names,
                                current ? std::max(0, int(names.indexOf(current->text()))) : 0, false, &ok);
    if (!ok) {
        return;
    }
    const MpnStatus status = EnumValues<MpnStatus>::all[names.indexOf(chosen)];
    auto changed = m_workspace.directory().setMpnProfileStatus(m_session, partnerId, status);
    if (!changed) {
        ValidatedForm::showMessage(m_errorLabel, changed.errorString());
        return;
    }
    reload();
}

const ProviderListing* DirectoryPage::selectedProvider() const
{
    const int row = Tables::selectedRow(m_providersTable);
    const QTableWidgetItem* id = row < 0 ? nullptr : m_providersTable->item(row, 1);
    const auto it = id ? m_providers.constFind(id->text()) : m_providers.cend();
    return it == m_providers.cend() ? nullptr : &it.value();
}

void DirectoryPage::selectProvider(const QString& partnerId)
{
    const QList<QTableWidgetItem*> found
        = partnerId.isEmpty() ? QList<QTableWidgetItem*>() : m_providersTable->findItems(partnerId, Qt::MatchExactly);
    for (const QTableWidgetItem* item : found) {
        if (item->column() == 1) {
            m_providersTable->selectRow(item->row());
            break;
        }
    }
    updateProviderButtons();
}

void DirectoryPage::updateProviderButtons()
{
    const ProviderListing* provider = selectedProvider();
    const bool suspended = provider && provider->status == PartnerStatus::Suspended;
    m_providerStatusButton->setText(suspended ? tr("&Reinstate") : tr("&Suspend…"));
    m_providerStatusButton->setToolTip(
        suspended ? tr("Make the provider active again, so that resellers find it")
                  : tr("Suspend the provider with a reason its primary contact reads; resellers no longer find it"));
    m_providerStatusButton->setEnabled(
        provider && (provider->status == PartnerStatus::Active || provider->status == PartnerStatus::Suspended));
}

void DirectoryPage::addProvider()
{
    ProviderAccountDialog dialog(m_workspace, m_session, this);
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    m_filter->clear();
    reload();
    m_tabs->setCurrentIndex(0);
    selectProvider(dialog.provider().partnerId);
}

void DirectoryPage::changeProviderStatus()
{
    const ProviderListing* selected = selectedProvider();
    if (!selected) {
        return;
    }
    const ProviderListing provider = *selected;
    ValidatedForm::showMessage(m_errorLabel, QString());
    if (provider.status == PartnerStatus::Suspended) {
        auto reinstated
            = m_workspace.directory().setProviderStatus(m_session, provider.partnerAccountId, PartnerStatus::Active);
        reload();
        if (!reinstated) {
            ValidatedForm::showMessage(m_errorLabel, reinstated.errorString());
        }
        return;
    }
    // Ask again while the reason is what the service refuses; what was typed is never lost.
    QString reason = m_suspendReasons.value(provider.partnerAccountId);
    QString problem;
    for (;;) {
        QString prompt = tr("Why is %1 suspended? Its primary contact reads this reason. Resellers no longer find "
                            "a suspended provider, and it can't invite anyone.")
                             .arg(provider.name);
        if (!problem.isEmpty()) {
            prompt = problem + QStringLiteral("\n\n") + prompt;
        }
        // Not QInputDialog::getMultiLineText: it forgets what was typed when people cancel.
        QInputDialog ask(this);
        ask.setObjectName(QStringLiteral("suspendReasonInputDialog"));
        ask.setOption(QInputDialog::UsePlainTextEditForTextInput);
        ask.setWindowTitle(tr("Suspend provider"));
        ask.setLabelText(prompt);
        MessageBoxes::makePlain(ask);
        ask.setTextValue(reason);
        ask.setOkButtonText(tr("&Suspend"));
        const bool ok = ask.exec() == QDialog::Accepted;
        reason = ask.textValue();
        if (!ok) {
            m_suspendReasons.insert(provider.partnerAccountId, reason);
            return;
        }
        auto suspended = m_workspace.directory().setProviderStatus(m_session, provider.partnerAccountId,
                                                                   PartnerStatus::Suspended, reason);
        if (suspended) {
            m_suspendReasons.remove(provider.partnerAccountId);
            reload();
            return;
        }
        if (suspended.error().field() != QLatin1String("reason")) {
            m_suspendReasons.insert(provider.partnerAccountId, reason);
            reload();
            ValidatedForm::showMessage(m_errorLabel, suspended.errorString());
            return;
        }
        problem = suspended.errorString();
    }
}
