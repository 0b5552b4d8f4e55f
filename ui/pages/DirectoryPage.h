#pragma once

// The program administrator's directory: the official indirect providers with the countries
// they serve and the services they offer, and every MPN profile with the account it is linked to.

#include "pages/Page.h"

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
    void reload() override;

protected:
    void retranslateUi() override;

private:
    void applyFilter();
    void addProfile();
    void changeStatus();
    // The Partner ID of the MPN profile row that is selected, or empty.
    QString selectedPartnerId() const;

    QLabel* m_heading;
    QLineEdit* m_filter;
    QTabWidget* m_tabs;
    QTableWidget* m_providersTable;
    QTableWidget* m_profilesTable;
    QPushButton* m_addProfileButton;
    QPushButton* m_statusButton;
    QLabel* m_errorLabel;
};
