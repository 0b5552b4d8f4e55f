#pragma once

// Account settings > User management: adds a user to the partner's tenant (name, user name,
// password entered twice, partner roles), or changes the partner roles of one user. Either way
// the service decides (U1) and its refusal is shown in the dialog, which stays open.

#include "domain/PartnerUser.h"
#include "security/Session.h"

#include <QDialog>
#include <QHash>
#include <QMap>

class QCheckBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class NewUserFields;
class QPushButton;
class UserService;
class ValidatedForm;

class UserDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Mode { AddUser, ChangeRoles };

    // Adds a user to the tenant of whoever is signed in.
    UserDialog(UserService& users, const Session& session, QWidget* parent = nullptr);
    // Changes the roles of user.
    UserDialog(UserService& users, const Session& session, const PartnerUser& user, QWidget* parent = nullptr);

    Mode mode() const { return m_mode; }
    // The user as stored once the dialog was accepted.
    const PartnerUser& user() const { return m_user; }
    QList<PartnerRole> checkedRoles() const;
    // A sentence on what a role may do, for tooltips.
    static QString roleDescription(PartnerRole role);

public Q_SLOTS:
    void accept() override;

protected:
    void changeEvent(QEvent* event) override;

private:
    void setUp();
    QList<Error> validate() const;
    void retranslateUi();

    UserService& m_users;
    Session m_session;
    Mode m_mode;
    PartnerUser m_user;
    ValidatedForm* m_fields;
    QHash<QString, QLabel*> m_rowLabels; // field → the label of its row
    QFormLayout* m_form = nullptr;
    QLabel* m_intro = nullptr;
    NewUserFields* m_newUser = nullptr; // when adding a user
    QWidget* m_rolesWidget = nullptr;
    QMap<PartnerRole, QCheckBox*> m_roleBoxes;
    QLabel* m_errorLabel = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    QPushButton* m_acceptButton = nullptr;
};
