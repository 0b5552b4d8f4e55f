#pragma once

// A page that shows part of the partner account as a form: live validation under each field,
// Save and Revert, and read-only for those the permission matrix doesn't let edit.

#include "common/Result.h"
#include "domain/PartnerAccount.h"
#include "pages/Page.h"

#include <QHash>

class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QVBoxLayout;
class ValidatedForm;

class FormPage : public Page
{
    Q_OBJECT

public:
    void reload() override;
    bool hasUnsavedChanges() const override { return m_dirty; }

protected:
    FormPage(Workspace& workspace, const Session& session, Action editAction, const QString& objectName,
             QWidget* parent = nullptr);

    // Adds a row with a line edit and the message label under it; field is the core field name.
    QLineEdit* addLineEdit(const QString& field, const QString& objectName);
    // Adds a row for any input (a combo box, say) with its message label.
    void addInput(const QString& field, QWidget* input);
    // Inputs whose rows were added to form() by others (a LegalProfileFields): read-only with the
    // page, and Enter in a line saves.
    void adoptInputs(const QList<QWidget*>& inputs);
    QFormLayout* form() const { return m_form; }
    void setRowLabel(QWidget* input, const QString& text);
    // Adds a widget under the form and its buttons.
    void addBelow(QWidget* widget, int stretch = 0);
    void retranslateUi() override;
    void afterLanguageChange() override;
    // Ends the construction of a subclass: texts, then the first load.
    void finishSetup();

    virtual QString headingText() const = 0;
    virtual void fill(const PartnerAccount& account) = 0;
    virtual QList<Error> validate() const = 0;
    virtual Result<PartnerAccount> save() = 0;
    virtual void retranslateFields() = 0;

    ValidatedForm* m_fields;

private:
    void updateButtons();
    void onSave();

    Action m_editAction;
    bool m_dirty = false;
    QLabel* m_heading;
    QLabel* m_readOnlyLabel;
    QFormLayout* m_form;
    QVBoxLayout* m_layout;
    QPushButton* m_saveButton;
    QPushButton* m_revertButton;
    QLabel* m_savedLabel;
    QLabel* m_errorLabel;
    QHash<QWidget*, QLabel*> m_rowLabels; // input → the label of its row
    QList<QWidget*> m_inputs;
    bool m_saved = false;
};
