#include "FormPage.h"

#include "services/AccountService.h"
#include "services/Workspace.h"
#include "widgets/ValidatedForm.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

FormPage::FormPage(Workspace& workspace, const Session& session, Action editAction, const QString& objectName,
                   QWidget* parent)
    : Page(workspace, session, parent)
    , m_fields(new ValidatedForm(this))
    , m_editAction(editAction)
{
    setObjectName(objectName);
    m_heading = makeHeading(objectName + QStringLiteral("HeadingLabel"), this);
    m_readOnlyLabel = new QLabel(this);
    m_readOnlyLabel->setObjectName(QStringLiteral("readOnlyLabel"));
    m_readOnlyLabel->setWordWrap(true);
    m_form = new QFormLayout;
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    m_saveButton = new QPushButton(this);
    m_saveButton->setObjectName(QStringLiteral("savePushButton"));
    m_saveButton->setDefault(true);
    m_revertButton = new QPushButton(this);
    m_revertButton->setObjectName(QStringLiteral("revertPushButton"));
    m_savedLabel = new QLabel(this);
    m_savedLabel->setObjectName(QStringLiteral("savedLabel"));
    m_errorLabel = ValidatedForm::makeMessageLabel(QStringLiteral("errorLabel"), this);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_savedLabel, 1);
    buttons->addWidget(m_revertButton);
    buttons->addWidget(m_saveButton);

    m_layout = new QVBoxLayout(this);
    m_layout->addWidget(m_heading);
    m_layout->addWidget(m_readOnlyLabel);
    m_layout->addLayout(m_form);
    m_layout->addWidget(m_errorLabel);
    m_layout->addLayout(buttons);
    m_layout->addStretch();

    m_fields->setValidator([this]() { return validate(); });
    connect(m_fields, &ValidatedForm::edited, this, [this]() {
        m_dirty = true;
        m_saved = false;
        m_savedLabel->clear();
        ValidatedForm::showMessage(m_errorLabel, QString());
        updateButtons();
    });
    connect(m_saveButton, &QPushButton::clicked, this, &FormPage::onSave);
    connect(m_revertButton, &QPushButton::clicked, this, [this]() {
        m_saved = false;
        m_savedLabel->clear();
        reload();
    });
}

void FormPage::finishSetup()
{
    retranslateUi();
    reload();
}

QLineEdit* FormPage::addLineEdit(const QString& field, const QString& objectName)
{
    auto* edit = new QLineEdit(this);
    edit->setObjectName(objectName);
    addInput(field, edit);
    return edit;
}

void FormPage::addInput(const QString& field, QWidget* input)
{
    input->setParent(this);
    m_rowLabels.insert(input, m_fields->addRow(m_form, field, input));
    adoptInputs({input});
}

void FormPage::adoptInputs(const QList<QWidget*>& inputs)
{
    for (QWidget* input : inputs) {
        m_inputs << input;
        if (auto* edit = qobject_cast<QLineEdit*>(input)) {
            connect(edit, &QLineEdit::returnPressed, this, [this]() {
                if (m_saveButton->isEnabled()) {
                    onSave();
                }
            });
        }
    }
}

void FormPage::addBelow(QWidget* widget, int stretch)
{
    m_layout->insertWidget(m_layout->count() - 1, widget, stretch);
}

void FormPage::setRowLabel(QWidget* input, const QString& text)
{
    if (QLabel* label = m_rowLabels.value(input)) {
        label->setText(text);
    }
}

void FormPage::retranslateUi()
{
    m_heading->setText(headingText());
    m_saveButton->setText(tr("&Save"));
    m_revertButton->setText(tr("&Revert"));
    m_readOnlyLabel->setText(tr("Only an Admin agent can change these details."));
    m_savedLabel->setText(m_saved ? tr("Saved.") : QString());
    retranslateFields();
}

void FormPage::afterLanguageChange()
{
    // A refusal was worded in the old language; the next save says it again in the new one.
    ValidatedForm::showMessage(m_errorLabel, QString());
    if (m_dirty) {
        m_fields->revalidate(); // messages in the new language, edits kept
    } else {
        reload();
    }
}

void FormPage::reload()
{
    auto account = m_workspace.accounts().account(m_session);
    if (!account) {
        ValidatedForm::showMessage(m_errorLabel, account.errorString());
        return;
    }
    fill(account.value());
    m_dirty = false;
    m_fields->resetEdits();
    const bool editable = m_session.can(m_editAction);
    for (QWidget* input : std::as_const(m_inputs)) {
        const bool enabled = editable;
        if (auto* edit = qobject_cast<QLineEdit*>(input)) {
            edit->setReadOnly(!enabled);
        } else {
            input->setEnabled(enabled);
        }
    }
    m_readOnlyLabel->setVisible(!editable);
    m_saveButton->setVisible(editable);
    m_revertButton->setVisible(editable);
    updateButtons();
}

void FormPage::updateButtons()
{
    m_saveButton->setEnabled(m_dirty && m_fields->isValid());
    m_revertButton->setEnabled(m_dirty);
}

void FormPage::onSave()
{
    if (!m_fields->revalidate(true)) {
        updateButtons();
        return;
    }
    auto saved = save();
    if (!saved) {
        m_fields->showError(saved.error(), m_errorLabel);
        return;
    }
    fill(saved.value());
    m_dirty = false;
    m_fields->resetEdits();
    updateButtons();
    m_saved = true;
    m_savedLabel->setText(tr("Saved."));
    Q_EMIT accountChanged();
}
