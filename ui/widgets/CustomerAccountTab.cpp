#include "CustomerAccountTab.h"

#include "domain/Countries.h"
#include "services/CustomerManagementService.h"
#include "services/Workspace.h"
#include "widgets/Labels.h"
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
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* formWidget = new QWidget(scroll);
    m_form = new QFormLayout(formWidget);
    m_domainLabel = new QLabel(formWidget);
    m_domainValue = Labels::text(QStringLiteral("primaryDomainLabel"), formWidget);
    m_form->addRow(m_domainLabel, m_domainValue);
    addLine(QStringLiteral("legalName"), QStringLiteral("companyNameLineEdit"));
    addLine(QStringLiteral("addressLine1"), QStringLiteral("addressLine1LineEdit"));
    addLine(QStringLiteral("addressLine2"), QStringLiteral("addressLine2LineEdit"));
    addLine(QStringLiteral("city"), QStringLiteral("cityLineEdit"));
    addLine(QStringLiteral("region"), QStringLiteral("regionLineEdit"));
    addLine(QStringLiteral("postalCode"), QStringLiteral("postalCodeLineEdit"));
    m_countryLabel = new QLabel(formWidget);
    m_countryValue = Labels::text(QStringLiteral("countryLabel"), formWidget);
    m_form->addRow(m_countryLabel, m_countryValue);
    addLine(QStringLiteral("contactFirstName"), QStringLiteral("contactFirstNameLineEdit"));
    addLine(QStringLiteral("contactLastName"), QStringLiteral("contactLastNameLineEdit"));
    addLine(QStringLiteral("contactEmail"), QStringLiteral("contactEmailLineEdit"));
    addLine(QStringLiteral("contactPhone"), QStringLiteral("contactPhoneLineEdit"));
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

    m_fields->setValidator([this]() { return m_workspace.customerManagement().validateProfile(edited()); });
    connect(m_fields, &ValidatedForm::edited, this, &CustomerAccountTab::updateButtons);
    connect(m_saveButton, &QPushButton::clicked, this, &CustomerAccountTab::save);
    connect(m_revertButton, &QPushButton::clicked, this, &CustomerAccountTab::reload);
}

QLineEdit* CustomerAccountTab::addLine(const QString& field, const QString& objectName)
{
    auto* line = new QLineEdit(m_form->parentWidget());
    line->setObjectName(objectName);
    m_lines.insert(field, line);
    m_rowLabels.insert(field, m_fields->addRow(m_form, field, line));
    // Enter saves, as in the other forms, once the profile may be edited.
    connect(line, &QLineEdit::returnPressed, this, [this]() {
        if (m_saveButton->isEnabled()) {
            save();
        }
    });
    return line;
}

void CustomerAccountTab::retranslateUi()
{
    m_domainLabel->setText(tr("Primary domain:"));
    m_countryLabel->setText(tr("Country/region:"));
    const QList<QPair<QString, QString>> labels{
        {QStringLiteral("legalName"), tr("Company name:")},
        {QStringLiteral("addressLine1"), tr("Address line 1:")},
        {QStringLiteral("addressLine2"), tr("Address line 2:")},
        {QStringLiteral("city"), tr("City:")},
        {QStringLiteral("region"), tr("State or region:")},
        {QStringLiteral("postalCode"), tr("Postal code:")},
        {QStringLiteral("contactFirstName"), tr("Contact first name:")},
        {QStringLiteral("contactLastName"), tr("Contact last name:")},
        {QStringLiteral("contactEmail"), tr("Contact email:")},
        {QStringLiteral("contactPhone"), tr("Contact phone:")},
    };
    for (const auto& [field, text] : labels) {
        m_rowLabels.value(field)->setText(text);
    }
    m_saveButton->setText(tr("Save account"));
    m_revertButton->setText(tr("Undo changes"));
    if (!m_customer.id.isEmpty()) {
        m_countryValue->setText(Countries::name(m_customer.address.country));
    }
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
    const Address& a = m_customer.address;
    const QHash<QString, QString> values{
        {QStringLiteral("legalName"), m_customer.companyName},
        {QStringLiteral("addressLine1"), a.line1},
        {QStringLiteral("addressLine2"), a.line2},
        {QStringLiteral("city"), a.city},
        {QStringLiteral("region"), a.region},
        {QStringLiteral("postalCode"), a.postalCode},
        {QStringLiteral("contactFirstName"), m_customer.contactFirstName},
        {QStringLiteral("contactLastName"), m_customer.contactLastName},
        {QStringLiteral("contactEmail"), m_customer.contactEmail},
        {QStringLiteral("contactPhone"), m_customer.contactPhone},
    };
    for (auto it = m_lines.cbegin(); it != m_lines.cend(); ++it) {
        it.value()->setText(values.value(it.key()));
        it.value()->setReadOnly(!m_access.canEditAccount);
    }
    m_domainValue->setText(m_customer.primaryDomain);
    m_countryValue->setText(Countries::name(a.country));
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

Customer CustomerAccountTab::edited() const
{
    auto text = [this](const char* field) { return m_lines.value(QString::fromLatin1(field))->text(); };
    Customer c = m_customer;
    c.companyName = text("legalName");
    c.address.line1 = text("addressLine1");
    c.address.line2 = text("addressLine2");
    c.address.city = text("city");
    c.address.region = text("region");
    c.address.postalCode = text("postalCode");
    c.contactFirstName = text("contactFirstName");
    c.contactLastName = text("contactLastName");
    c.contactEmail = text("contactEmail");
    c.contactPhone = text("contactPhone");
    return c;
}

bool CustomerAccountTab::hasUnsavedChanges() const
{
    const Customer now = edited();
    return now.companyName != m_customer.companyName || !(now.address == m_customer.address)
        || now.contactFirstName != m_customer.contactFirstName || now.contactLastName != m_customer.contactLastName
        || now.contactEmail != m_customer.contactEmail || now.contactPhone != m_customer.contactPhone;
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
    const Customer profile = edited();
    Status saved = m_workspace.customerManagement().updateProfile(m_session, m_customerId, profile);
    if (!saved) {
        m_fields->showError(saved.error(), m_errorLabel);
        return false;
    }
    reload();
    Q_EMIT done(tr("The account of %1 is saved.").arg(m_customer.companyName));
    Q_EMIT changed();
    return true;
}
