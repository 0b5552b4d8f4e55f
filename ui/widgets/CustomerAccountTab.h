#pragma once

// A customer's account (C4): its company profile — name, primary domain, country, address and
// contact — which a reseller with administration rights edits and saves; others read it.

#include "domain/Customer.h"
#include "widgets/CustomerDetailsWidget.h"

class LegalProfileFields;
class ValidatedForm;
class QLabel;
class QLineEdit;
class QPushButton;

class CustomerAccountTab : public CustomerTab
{
    Q_OBJECT

public:
    CustomerAccountTab(Workspace& workspace, const Session& session, const QString& customerId,
                       QWidget* parent = nullptr);

    void reload() override;
    void retranslateUi() override;
    bool hasUnsavedChanges() const;
    QLineEdit* line(const QString& field) const;

public Q_SLOTS:
    bool save();

private:
    void updateButtons();

    Workspace& m_workspace;
    Session m_session;
    QString m_customerId;
    Customer m_customer;
    CustomerAccess m_access;
    ValidatedForm* m_fields;
    LegalProfileFields* m_profile;
    QLabel* m_domainLabel;
    QLabel* m_domainValue;
    QLabel* m_accessLabel;
    QLabel* m_errorLabel;
    QPushButton* m_saveButton;
    QPushButton* m_revertButton;
};
