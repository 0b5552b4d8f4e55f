#include "NewCustomerDialog.h"

#include "domain/Validators.h"
#include "services/CustomerService.h"
#include "services/DirectoryService.h"
#include "services/Workspace.h"
#include "widgets/Labels.h"
#include "widgets/LegalProfileFields.h"
#include "widgets/NewUserFields.h"
#include "widgets/ValidatedForm.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

NewCustomerDialog::NewCustomerDialog(Workspace& workspace, QWidget* parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_fields(new ValidatedForm(this))
    , m_company(new LegalProfileFields(m_fields, LegalProfileFields::Holder::Customer,
                                       LegalProfileFields::CountryInput::Chosen, this))
    , m_administrator(new NewUserFields(m_fields, NewUserFields::Who::You, QStringLiteral("userDisplayName"), this))
{
    setObjectName(QStringLiteral("newCustomerDialog"));
    m_intro = Labels::text(QStringLiteral("introLabel"), this);
    auto* formWidget = new QWidget(this);
    m_form = new QFormLayout(formWidget);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_domainHint = Labels::text(QStringLiteral("domainHintLabel"), formWidget);
    // The company's name is its tenant's too; the domain prefix follows it, then the address
    // with the tenant's country/region, and the contact.
    m_company->addRows(m_form, LegalProfileFields::Name);
    m_domainPrefix = new QLineEdit(formWidget);
    m_domainPrefix->setObjectName(QStringLiteral("domainPrefixLineEdit"));
    m_domainPrefixLabel = m_fields->addRow(m_form, QStringLiteral("domainPrefix"), m_domainPrefix);
    m_form->addRow(new QLabel(formWidget), m_domainHint);
    m_company->addRows(m_form, LegalProfileFields::Address | LegalProfileFields::Contact);
    m_administrator->addRows(m_form, formWidget);
    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("formScrollArea"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(formWidget);

    m_errorLabel = ValidatedForm::makeMessageLabel(QStringLiteral("errorLabel"), this);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("newCustomerButtonBox"));
    buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelPushButton"));
    m_continueButton = buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_continueButton->setObjectName(QStringLiteral("continuePushButton"));
    m_continueButton->setDefault(true);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_errorLabel);
    layout->addWidget(buttons);

    m_fields->setValidator([this]() { return problems(); });
    connect(m_fields, &ValidatedForm::edited, this, [this]() {
        updateDomainHint();
        m_continueButton->setEnabled(m_fields->isValid());
    });
    connect(buttons, &QDialogButtonBox::accepted, this, &NewCustomerDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &NewCustomerDialog::reject);
    retranslateUi();
    updateDomainHint();
    m_fields->revalidate();
    m_continueButton->setEnabled(false);
    resize(620, 640);
}

NewCustomer NewCustomerDialog::customer() const
{
    NewCustomer c;
    c.company = m_company->profile();
    c.tenant = {c.company.legalName.simplified(), m_domainPrefix->text(), c.company.address.country};
    c.administrator = m_administrator->user();
    return c;
}

void NewCustomerDialog::setCustomer(const NewCustomer& c)
{
    LegalBusinessProfile company = c.company;
    company.address.country = c.tenant.country;
    m_company->setProfile(company);
    m_domainPrefix->setText(c.tenant.domainPrefix);
    m_administrator->setUser(c.administrator);
    updateDomainHint();
    m_continueButton->setEnabled(m_fields->revalidate());
}

void NewCustomerDialog::setCountry(const QString& code)
{
    m_company->setCountry(code);
}

QList<Error> NewCustomerDialog::problems() const
{
    const NewCustomer input = customer();
    QList<Error> errors = m_workspace.customers().validateNewCustomer(input);
    // The tenant takes the company's name; its own display-name field is the company name here.
    for (Error& error : errors) {
        if (error.field() == QLatin1String("displayName")) {
            error = Error(error.code(), error.message(), QStringLiteral("legalName"));
        }
    }
    m_administrator->collectConfirmationError(errors);
    return errors;
}

void NewCustomerDialog::updateDomainHint()
{
    const QString prefix = Validators::normalizedDomainPrefix(m_domainPrefix->text());
    m_administrator->setDomainPrefix(prefix);
    if (prefix.isEmpty()) {
        m_domainHint->setText(tr("Your tenant will be prefix.onmicrosoft.com, with letters and digits of your "
                                 "choice."));
        return;
    }
    Status available = m_workspace.directory().checkDomainPrefix(prefix);
    m_domainHint->setText(available ? tr("%1 is available.").arg(Tenant::domainFor(prefix)) : available.errorString());
}

void NewCustomerDialog::accept()
{
    if (!m_fields->revalidate(true)) {
        ValidatedForm::showMessage(m_errorLabel, tr("Correct the fields marked above to go on."));
        return;
    }
    ValidatedForm::showMessage(m_errorLabel, QString());
    QDialog::accept();
}

void NewCustomerDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        updateDomainHint();
        m_fields->revalidate();
    }
    QDialog::changeEvent(event);
}

void NewCustomerDialog::retranslateUi()
{
    setWindowTitle(tr("Create your organization's tenant"));
    m_intro->setText(tr("Your organization gets a tenant with you as its first Global administrator, and a company "
                        "profile your partners see. Nothing is created until you authorize the partners."));
    m_domainPrefixLabel->setText(tr("&Domain prefix:"));
    m_domainPrefix->setPlaceholderText(tr("Letters and digits, such as contoso"));
    m_company->retranslate();
    m_administrator->retranslate();
    m_continueButton->setText(tr("&Continue"));
}
