#pragma once

// The program administrator's directory: the official indirect providers with the countries
// they serve, the services they offer and their status, where providers are added, suspended and
// reinstated; and every MPN profile with the account it is linked to.

#include "domain/PartnerAccount.h"
#include "pages/Page.h"

#include <QHash>

class QLabel;
class QLineEdit;
class QPushButton;
class QTabWidget;
class QTableWidget;

class DirectoryPage : public Page
{
    Q_OBJECT

public:
    DirectoryPage(Workspace& workspace, const Session& session, QWidget* parent = nullptr);

    QString title() const override;
    QWidget* searchField() const override;
    void reload() override;

protected:
    void retranslateUi() override;

private:
    void applyFilter();
    void addProfile();
    void changeStatus();
    void addProvider();
    // Suspends the selected provider when it is Active, reinstates it when it is Suspended.
    void changeProviderStatus();
    void updateProviderButtons();
    void selectProvider(const QString& partnerId);
    // The Partner ID of the MPN profile row that is selected, or empty.
    QString selectedPartnerId() const;
    // The listing of the provider row that is selected, or null.
    const ProviderListing* selectedProvider() const;

    QLabel* m_heading;
    QLineEdit* m_filter;
    QTabWidget* m_tabs;
    QTableWidget* m_providersTable;
    QTableWidget* m_profilesTable;
    QHash<QString, ProviderListing> m_providers; // by Partner ID, as the table shows them
    // Reasons typed for a suspension the service refused or that was cancelled, by account id,
    // offered again next time.
    QHash<QString, QString> m_suspendReasons;
    QPushButton* m_addProviderButton;
    QPushButton* m_providerStatusButton;
    QPushButton* m_addProfileButton;
    QPushButton* m_statusButton;
    QLabel* m_errorLabel;
};
