#pragma once

// First run: creates the workspace's program tenant and its first Global administrator, who
// reviews enrollments and keeps the directory of providers and MPN profiles.

#include "security/Session.h"

#include <QDialog>
#include <QHash>

class CountryComboBox;
class NewUserFields;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class ValidatedForm;
class Workspace;

class ProgramAdministratorDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ProgramAdministratorDialog(Workspace& workspace, QWidget* parent = nullptr);

    const Session& session() const { return m_session; }

public Q_SLOTS:
    void accept() override;

protected:
    void changeEvent(QEvent* event) override;

private:
    QList<Error> validate() const;
    void retranslateUi();
    void updateDomain();
    QLineEdit* addLine(const QString& field, const QString& objectName);
    void addRow(const QString& field, QWidget* input);

    Workspace& m_workspace;
    Session m_session;
    ValidatedForm* m_fields;
    QHash<QString, QLabel*> m_rowLabels; // field → the label of its row
    QFormLayout* m_form;
    QLabel* m_intro;
    QLineEdit* m_organization;
    QLineEdit* m_prefix;
    QLabel* m_domainLabel;
    CountryComboBox* m_country;
    NewUserFields* m_administrator;
    QLabel* m_errorLabel;
    QDialogButtonBox* m_buttons;
    QPushButton* m_createButton;
};
