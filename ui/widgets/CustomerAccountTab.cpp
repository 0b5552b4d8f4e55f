#include "CustomerAccountTab.h"

#include "services/CustomerManagementService.h"
#include "services/Workspace.h"
#include "widgets/Labels.h"
#include "widgets/LegalProfileFields.h"
#include "widgets/ValidatedForm.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

CustomerAccountTab::CustomerAccountTab(Workspace& workspace, const Session& session, const QString& customerId,
                                       QWidget* parent)
    : CustomerTab(parent)
    , m_workspace(workspace)
    , m_session(session)
    , m_customerId(customerId)
{
    setObjectName(QStringLiteral("customerAccountTab"));
    m_fields = new ValidatedForm(this);
    m_profile = new LegalProfileFields(m_fields, LegalProfileFields::Holder::Customer,
                                       LegalProfileFields::CountryInput::Shown, this);
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* formWidget = new QWidget(scroll);
    auto* form = new QFormLayout(formWidget);
    m_domainLabel = new QLabel(formWidget);
    m_domainValue = Labels::text(QStringLiteral("primaryDomainLabel"), formWidget);
    form->addRow(m_domainLabel, m_domainValue);
    m_profile->addRows(form);
    for (QWidget* input : m_profile->inputs()) {
        // Enter saves, as in the other forms, once the profile may be edited.
        if (auto* line = qobject_cast<QLineEdit*>(input)) {
            connect(line, &QLineEdit::returnPressed, this, [this]() {
                if (m_saveButton->isEnabled()) {
                    save();
                }
            });
        }
    }
    scroll->setWidget(formWidget);

    m_accessLabel = Labels::text(QStringLiteral("accessLabel"), this);
    m_errorLabel = ValidatedForm::makeMessageLabel(QStringLiteral("errorLabel"), this);
    m_saveButton = new QPushButton(this);
    m_saveButton->setObjectName(QStringLiteral("saveAccountPushButton"));
    m_revertButton = new QPushButton(this);
    m_revertButton->setObjectName(QStringLiteral("revertAccountPushButton"));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_accessLabel, 1);
    buttons->addWidget(m_revertButton);
    buttons->addWidget(m_saveButton);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_errorLabel);
    layout->addLayout(buttons);

    m_fields->setValidator([this]() { return m_workspace.customerManagement().validateProfile(m_profile->profile()); });
    connect(m_fields, &ValidatedForm::edited, this, &CustomerAccountTab::updateButtons);
    connect(m_saveButton, &QPushButton::clicked, this, &CustomerAccountTab::save);
    connect(m_revertButton, &QPushButton::clicked, this, &CustomerAccountTab::reload);
}

QLineEdit* CustomerAccountTab::line(const QString& field) const
{
    return m_profile->lineEdit(field);
}

void CustomerAccountTab::retranslateUi()
{
    m_domainLabel->setText(tr("Primary domain:"));
    m_profile->retranslate();
    m_saveButton->setText(tr("Save account"));
    m_revertButton->setText(tr("Undo changes"));
}

void CustomerAccountTab::reload()
{
    auto access = m_workspace.customerManagement().access(m_session, m_customerId);
    auto customer = m_workspace.customerManagement().customer(m_session, m_customerId);
    if (!access || !customer) {
        const QString message = !access ? access.errorString() : customer.errorString();
        ValidatedForm::showMessage(m_errorLabel, message);
        setEnabled(false);
        return;
    }
    setEnabled(true);
    m_access = access.value();
    m_customer = customer.value();
    m_profile->setProfile(m_customer.company);
    m_profile->setReadOnly(!m_access.canEditAccount);
    m_domainValue->setText(m_customer.primaryDomain);
    m_fields->resetEdits();
    // A profile stored incomplete (imported, or older than the rules) says at once what it lacks,
    // so that the person editing it knows why it can't be saved yet.
    m_fields->revalidate(m_access.canEditAccount);
    ValidatedForm::showMessage(m_errorLabel, QString());
    m_accessLabel->setText(m_access.canEditAccount ? QString() : m_access.reason);
    m_saveButton->setVisible(m_access.canEditAccount);
    m_revertButton->setVisible(m_access.canEditAccount);
    updateButtons();
}

bool CustomerAccountTab::hasUnsavedChanges() const
{
    LegalBusinessProfile now = m_profile->profile();
    now.address.country = m_customer.company.address.country;
    return !(now == m_customer.company);
}

void CustomerAccountTab::updateButtons()
{
    const bool changed = hasUnsavedChanges();
    m_saveButton->setEnabled(m_access.canEditAccount && changed && m_fields->isValid());
    m_revertButton->setEnabled(changed);
}

bool CustomerAccountTab::save()
{
    if (!m_fields->revalidate(true)) {
        return false;
    }
    Status saved = m_workspace.customerManagement().updateProfile(m_session, m_customerId, m_profile->profile());
    if (!saved) {
        m_fields->showError(saved.error(), m_errorLabel);
        return false;
    }
    reload();
    Q_EMIT done(tr("The account of %1 is saved.").arg(m_customer.company.legalName));
    Q_EMIT changed();
    return true;
}
