#pragma once

// A customer without a tenant yet accepts an invitation by creating one (C3): the company
// profile (name, address, contact), the tenant's domain prefix with its availability as people
// type, and the first Global administrator. Nothing is stored here: the acceptance stores it
// all in one transaction once the person authorizes the partners.

#include "common/Result.h"
#include "domain/Customer.h"

#include <QDialog>

class LegalProfileFields;
class NewUserFields;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class ValidatedForm;
class Workspace;

class NewCustomerDialog : public QDialog
{
    Q_OBJECT

public:
    explicit NewCustomerDialog(Workspace& workspace, QWidget* parent = nullptr);

    NewCustomer customer() const;
    void setCustomer(const NewCustomer& customer);
    // The country to start from: customers are most often where their reseller is.
    void setCountry(const QString& code);

public Q_SLOTS:
    void accept() override;

protected:
    void changeEvent(QEvent* event) override;

private:
    QList<Error> problems() const;
    void retranslateUi();
    void updateDomainHint();

    Workspace& m_workspace;
    ValidatedForm* m_fields;
    QFormLayout* m_form;
    QLabel* m_domainPrefixLabel;
    QLineEdit* m_domainPrefix;
    QLabel* m_intro;
    QLabel* m_domainHint;
    LegalProfileFields* m_company;
    NewUserFields* m_administrator;
    QLabel* m_errorLabel;
    QPushButton* m_continueButton;
};
