#pragma once

// A customer's licenses (C4, C6): for each Active, license-billed subscription, who holds one of
// its licenses. The reseller with delegated administration, as far as the caller's roles allow
// (U2), assigns them to enabled users and unassigns them; core refuses more than the quantity
// and the tab shows that refusal. Everyone else serving the customer reads the assignments (V1).

#include "domain/Commerce.h"
#include "domain/Customer.h"
#include "widgets/CustomerDetailsWidget.h"

class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;

class CustomerLicensesTab : public CustomerTab
{
    Q_OBJECT

public:
    CustomerLicensesTab(Workspace& workspace, const Session& session, const QString& customerId,
                        QWidget* parent = nullptr);

    void reload() override;
    void retranslateUi() override;
    // The subscription chosen in the combo, if any.
    const Subscription* selectedSubscription() const;

public Q_SLOTS:
    void assign();
    void unassign();

private:
    // The assignments of the chosen subscription and the users who could get one.
    void showSubscription();
    void updateButtons();
    void refused(const QString& message);
    QString subscriptionText(const Subscription& subscription) const;

    Workspace& m_workspace;
    Session m_session;
    QString m_customerId;
    QString m_companyName;
    CustomerAccess m_access;
    QList<Subscription> m_subscriptions;
    QList<LicenseAssignment> m_assignments;
    QList<CustomerUser> m_users; // empty unless the caller manages them
    QLabel* m_accessLabel;
    QLabel* m_emptyLabel;
    QWidget* m_subscriptionWidget;
    QLabel* m_subscriptionLabel;
    QComboBox* m_subscriptionCombo;
    QLabel* m_countLabel;
    QLabel* m_hintLabel;
    QTableWidget* m_table;
    QPushButton* m_unassignButton;
    QWidget* m_assignWidget;
    QLabel* m_assignLabel;
    QComboBox* m_userCombo;
    QPushButton* m_assignButton;
    QLabel* m_errorLabel;
};
