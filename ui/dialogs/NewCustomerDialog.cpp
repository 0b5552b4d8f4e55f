#include "NewCustomerDialog.h"

#include "domain/Validators.h"
#include "services/CustomerService.h"
#include "services/DirectoryService.h"
#include "services/Workspace.h"
#include "widgets/CountryComboBox.h"
#include "widgets/Labels.h"
#include "widgets/ValidatedForm.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace {

// Field name → object name, in the order of the form.
const QList<std::pair<const char*, const char*>> Lines = {
    {"legalName", "companyNameLineEdit"},
    {"domainPrefix", "domainPrefixLineEdit"},
    {"addressLine1", "addressLine1LineEdit"},
    {"addressLine2", "addressLine2LineEdit"},
    {"city", "cityLineEdit"},
    {"region", "regionLineEdit"},
    {"postalCode", "postalCodeLineEdit"},
    {"contactFirstName", "contactFirstNameLineEdit"},
    {"contactLastName", "contactLastNameLineEdit"},
    {"contactEmail", "contactEmailLineEdit"},
    {"contactPhone", "contactPhoneLineEdit"},
    {"userDisplayName", "administratorNameLineEdit"},
    {"userName", "userNameLineEdit"},
    {"password", "passwordLineEdit"},
    {"passwordConfirmation", "passwordConfirmationLineEdit"},
};

} // namespace

NewCustomerDialog::NewCustomerDialog(Workspace& workspace, QWidget* parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_fields(new ValidatedForm(this))
{
    setObjectName(QStringLiteral("newCustomerDialog"));
    m_intro = Labels::text(QStringLiteral("introLabel"), this);
    auto* formWidget = new QWidget(this);
    m_form = new QFormLayout(formWidget);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_domainHint = Labels::text(QStringLiteral("domainHintLabel"), formWidget);
    m_country = new CountryComboBox(formWidget);
    m_country->setObjectName(QStringLiteral("countryComboBox"));
    for (const auto& [field, objectName] : Lines) {
        QLineEdit* line = addLine(QString::fromLatin1(field), QString::fromLatin1(objectName));
        if (qstrcmp(field, "domainPrefix") == 0) {
            m_form->addRow(new QLabel(formWidget), m_domainHint);
            m_rowLabels.insert(QStringLiteral("country"),
                               m_fields->addRow(m_form, QStringLiteral("country"), m_country));
        }
        if (qstrcmp(field, "password") == 0 || qstrcmp(field, "passwordConfirmation") == 0) {
            line->setEchoMode(QLineEdit::Password);
        }
    }
    // Tab follows the form top to bottom (the country box was made before the lines).
    QWidget* previous = nullptr;
    for (const auto& [field, objectName] : Lines) {
        QWidget* current = m_lines.value(QString::fromLatin1(field));
        if (previous) {
            setTabOrder(previous, current);
        }
        previous = current;
        if (qstrcmp(field, "domainPrefix") == 0) {
            setTabOrder(previous, m_country);
            previous = m_country;
        }
    }
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

QLineEdit* NewCustomerDialog::addLine(const QString& field, const QString& objectName)
{
    auto* line = new QLineEdit(m_form->parentWidget());
    line->setObjectName(objectName);
    m_lines.insert(field, line);
    m_rowLabels.insert(field, m_fields->addRow(m_form, field, line));
    return line;
}

NewCustomer NewCustomerDialog::customer() const
{
    auto text = [this](const char* field) { return m_lines.value(QString::fromLatin1(field))->text(); };
    NewCustomer c;
    c.tenant = {text("legalName").simplified(), text("domainPrefix"), m_country->code()};
    c.administrator = {text("userDisplayName"), text("userName"), text("password")};
    c.company.legalName = text("legalName");
    c.company.address = {text("addressLine1"), text("addressLine2"), text("city"),
                         text("region"),       text("postalCode"),   m_country->code()};
    c.company.contactFirstName = text("contactFirstName");
    c.company.contactLastName = text("contactLastName");
    c.company.contactEmail = text("contactEmail");
    c.company.contactPhone = text("contactPhone");
    return c;
}

void NewCustomerDialog::setCustomer(const NewCustomer& c)
{
    auto set = [this](const char* field, const QString& value) {
        m_lines.value(QString::fromLatin1(field))->setText(value);
    };
    set("legalName", c.company.legalName);
    set("domainPrefix", c.tenant.domainPrefix);
    m_country->setCode(c.tenant.country);
    set("addressLine1", c.company.address.line1);
    set("addressLine2", c.company.address.line2);
    set("city", c.company.address.city);
    set("region", c.company.address.region);
    set("postalCode", c.company.address.postalCode);
    set("contactFirstName", c.company.contactFirstName);
    set("contactLastName", c.company.contactLastName);
    set("contactEmail", c.company.contactEmail);
    set("contactPhone", c.company.contactPhone);
    set("userDisplayName", c.administrator.displayName);
    set("userName", c.administrator.userName);
    set("password", c.administrator.password);
    set("passwordConfirmation", c.administrator.password);
    updateDomainHint();
    m_continueButton->setEnabled(m_fields->revalidate());
}

void NewCustomerDialog::setCountry(const QString& code)
{
    m_country->setCode(code);
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
    collectError(errors,
                 Validators::passwordConfirmation(input.administrator.password,
                                                  m_lines.value(QStringLiteral("passwordConfirmation"))->text()),
                 QStringLiteral("passwordConfirmation"));
    return errors;
}

void NewCustomerDialog::updateDomainHint()
{
    const QString prefix = m_lines.value(QStringLiteral("domainPrefix"))->text().trimmed().toLower();
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
    const QList<std::pair<const char*, QString>> labels = {
        {"legalName", tr("Company &name:")},
        {"domainPrefix", tr("&Domain prefix:")},
        {"country", tr("Country/re&gion:")},
        {"addressLine1", tr("Address line &1:")},
        {"addressLine2", tr("Address line &2:")},
        {"city", tr("Cit&y:")},
        {"region", tr("State or pro&vince:")},
        {"postalCode", tr("Postal c&ode:")},
        {"contactFirstName", tr("Contact's &first name:")},
        {"contactLastName", tr("Contact's &last name:")},
        {"contactEmail", tr("Contact's &email:")},
        {"contactPhone", tr("Contact's p&hone:")},
        {"userDisplayName", tr("Your na&me:")},
        {"userName", tr("Your &user name:")},
        {"password", tr("&Password:")},
        {"passwordConfirmation", tr("Confirm pass&word:")},
    };
    for (const auto& [field, text] : labels) {
        if (QLabel* label = m_rowLabels.value(QString::fromLatin1(field))) {
            label->setText(text);
        }
    }
    m_lines.value(QStringLiteral("domainPrefix"))->setPlaceholderText(tr("Letters and digits, such as contoso"));
    m_lines.value(QStringLiteral("contactPhone"))->setPlaceholderText(tr("+1 425 555 0100"));
    m_continueButton->setText(tr("&Continue"));
}
