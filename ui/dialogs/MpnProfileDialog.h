#pragma once

// The program administrator adds an MPN profile to the directory: the Partner Membership Center
// account that holds it (created here when new), its Partner ID, organization, country and status.

#include "security/Session.h"

#include <QDialog>
#include <QHash>

class CountryComboBox;
class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class ValidatedForm;
class Workspace;

class MpnProfileDialog : public QDialog
{
    Q_OBJECT

public:
    MpnProfileDialog(Workspace& workspace, const Session& session, QWidget* parent = nullptr);

    // The Partner ID of the profile added, once accepted.
    QString partnerId() const { return m_added; }

public Q_SLOTS:
    void accept() override;

protected:
    void changeEvent(QEvent* event) override;

private:
    NewMpnProfile input() const;
    void retranslateUi();
    void updateAccountHint();
    void addRow(const QString& field, QWidget* input);

    Workspace& m_workspace;
    Session m_session;
    QString m_added;
    ValidatedForm* m_fields;
    QFormLayout* m_form;
    QHash<QString, QLabel*> m_rowLabels;
    QLabel* m_intro;
    QLineEdit* m_pmcUserName;
    QLabel* m_accountHint;
    QLineEdit* m_pmcPassword;
    QLineEdit* m_partnerId;
    QLineEdit* m_organization;
    CountryComboBox* m_country;
    QComboBox* m_status;
    QLabel* m_errorLabel;
    QDialogButtonBox* m_buttons;
    QPushButton* m_addButton;
};
