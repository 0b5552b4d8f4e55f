#pragma once

// A customer's users (C4): the users of its tenant with their role, status and licenses. The
// reseller with delegated administration, as far as the caller's roles allow (U2), adds users,
// edits them, disables or enables them and resets passwords; a temporary password is shown once.
// A Global administrator's row is an Admin agent's to change (S1): for anyone else its buttons are
// disabled and a note says why. Anyone else reads why they can't.

#include "domain/Customer.h"
#include "widgets/CustomerDetailsWidget.h"

class QLabel;
class QPushButton;
class QTableWidget;

class CustomerUsersTab : public CustomerTab
{
    Q_OBJECT

public:
    CustomerUsersTab(Workspace& workspace, const Session& session, const QString& customerId,
                     QWidget* parent = nullptr);

    void reload() override;
    void retranslateUi() override;
    // The user of the selected row, if any.
    const CustomerUser* selectedUser() const;

public Q_SLOTS:
    void addUser();
    void editUser();
    void toggleEnabled();
    void resetPassword();

private:
    void updateButtons();
    // Whether the caller may edit, disable, enable or reset the password of user (S1).
    bool canChange(const CustomerUser& user) const;
    void selectUser(const QString& userId);
    void refused(const QString& message);
    // Shows password, the temporary password of user, in a dialog that forgets it when closed.
    void showPassword(const CustomerUser& user, const QString& password);
    QString statusText(const CustomerUser& user) const;

    Workspace& m_workspace;
    Session m_session;
    QString m_customerId;
    Customer m_customer;
    CustomerAccess m_access;
    QList<CustomerUser> m_users;
    QLabel* m_accessLabel;
    QTableWidget* m_table;
    QWidget* m_buttonsWidget;
    QPushButton* m_addButton;
    QPushButton* m_editButton;
    QPushButton* m_enableButton;
    QPushButton* m_resetButton;
    QLabel* m_administratorNoteLabel;
    QLabel* m_errorLabel;
};
