#pragma once

// A customer's Users tab (C4): adds a user to the customer's tenant (name, user name before the
// customer's primary domain, directory role), or renames a user and changes their role. The
// service decides (U2, S1, the last Global administrator) and its refusal is shown in the dialog,
// which stays open. The Global administrator role is offered only to whom access allows it (S1).
// A new user's temporary password is kept only until the tab takes it.

#include "domain/Customer.h"
#include "security/Session.h"

#include <QDialog>
#include <QHash>

class CustomerManagementService;
class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class ValidatedForm;

class CustomerUserDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Mode { AddUser, EditUser };

    // Adds a user to the tenant of customer; access is what the caller may do for it.
    CustomerUserDialog(CustomerManagementService& service, const Session& session, const Customer& customer,
                       const CustomerAccess& access, QWidget* parent = nullptr);
    // Renames user of customer's tenant or changes their directory role.
    CustomerUserDialog(CustomerManagementService& service, const Session& session, const Customer& customer,
                       const CustomerAccess& access, const CustomerUser& user, QWidget* parent = nullptr);

    Mode mode() const { return m_mode; }
    // The user as stored once the dialog was accepted.
    const CustomerUser& user() const { return m_user; }
    // The new user's temporary password, once: the dialog forgets it when it is taken.
    QString takePassword();

public Q_SLOTS:
    void accept() override;

protected:
    void changeEvent(QEvent* event) override;

private:
    void setUp();
    NewCustomerUser typed() const;
    QList<Error> validate() const;
    void retranslateUi();

    CustomerManagementService& m_service;
    Session m_session;
    Customer m_customer;
    CustomerAccess m_access;
    Mode m_mode;
    CustomerUser m_user;
    QString m_password;
    ValidatedForm* m_fields;
    QHash<QString, QLabel*> m_rowLabels; // field → the label of its row
    QFormLayout* m_form = nullptr;
    QLabel* m_intro = nullptr;
    QLineEdit* m_name = nullptr;
    QWidget* m_userNameWidget = nullptr;
    QLineEdit* m_userName = nullptr;
    QLabel* m_domainLabel = nullptr;
    QComboBox* m_role = nullptr;
    QLabel* m_errorLabel = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    QPushButton* m_acceptButton = nullptr;
};
