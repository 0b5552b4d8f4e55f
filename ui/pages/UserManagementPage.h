#pragma once

// Account settings > User management (seed step 9, rule U1): the users of the partner's tenant with
// their roles. An Admin agent adds users, changes roles and removes users; everyone else sees the
// list and who the Admin agents are. Two-step verification: each user sets up their own here; an
// Admin agent requires it of every user and resets a user's.

#include "domain/PartnerUser.h"
#include "pages/Page.h"

#include <QSet>

class QCheckBox;
class QLabel;
class QPushButton;
class QTableWidget;

class UserManagementPage : public Page
{
    Q_OBJECT

public:
    UserManagementPage(Workspace& workspace, const Session& session, QWidget* parent = nullptr);

    QString title() const override;
    void reload() override;
    // The user of the selected row, if any.
    const PartnerUser* selectedUser() const;

public Q_SLOTS:
    void addUser();
    void changeRoles();
    void removeUser();
    // Opens the setup of two-step verification for the signed-in user.
    void setUpTwoStepVerification();
    void resetTwoStepVerification();

protected:
    void retranslateUi() override;

private:
    void updateButtons();
    void updateNote();
    void updateTwoStepStatus();
    void setTwoStepRequired(bool required);
    void showDone(const QString& message);
    // After a change: the list again, the user selected, and the window told if it was you.
    void changed(const QString& userId, const QString& doneMessage);

    QList<PartnerUser> m_list;
    bool m_canManage = false;
    bool m_canManageTwoStep = false;
    QSet<QString> m_twoStepUsers; // who has two-step verification
    bool m_twoStepRequired = false;
    QLabel* m_heading;
    QLabel* m_noteLabel;
    QTableWidget* m_table;
    QPushButton* m_addButton;
    QPushButton* m_changeRolesButton;
    QPushButton* m_removeButton;
    QPushButton* m_resetTwoStepButton;
    QLabel* m_twoStepHeading;
    QLabel* m_twoStepStatusLabel;
    QPushButton* m_setUpTwoStepButton;
    QCheckBox* m_requireTwoStepCheckBox;
    QLabel* m_doneLabel;
    QLabel* m_errorLabel;
};
