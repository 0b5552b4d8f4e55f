#pragma once

// Home: who you are, your organization, and where it stands — the partner account and its
// status history for partner users, the partners serving you for a customer's administrator.

#include "pages/Page.h"

class EmailVerificationPanel;
class QFormLayout;
class QGroupBox;
class QLabel;
class QPushButton;
class QTableWidget;

class HomePage : public Page
{
    Q_OBJECT

public:
    HomePage(Workspace& workspace, const Session& session, QWidget* parent = nullptr);

    QString title() const override;
    void reload() override;

protected:
    void retranslateUi() override;

private:
    QLabel* m_heading;
    QGroupBox* m_identityGroup;
    QLabel* m_userNameLabel;
    QLabel* m_organizationLabel;
    QLabel* m_domainLabel;
    QLabel* m_countryLabel;
    QLabel* m_directoryRoleLabel;
    QFormLayout* m_identityForm;
    QGroupBox* m_partnerGroup;
    QFormLayout* m_partnerForm;
    QLabel* m_partnerNameLabel;
    QLabel* m_partnerTypeLabel;
    QLabel* m_partnerIdLabel;
    QLabel* m_partnerStatusLabel;
    QLabel* m_rolesLabel;
    QLabel* m_accountNoteLabel;
    EmailVerificationPanel* m_verification;
    QGroupBox* m_resellerGroup;
    QLabel* m_resellerLabel;
    QPushButton* m_resellerButton;
    QTableWidget* m_historyTable;
    QGroupBox* m_customerGroup;
    QTableWidget* m_partnersTable;
    QLabel* m_noteLabel;
    QLabel* m_errorLabel;
};
