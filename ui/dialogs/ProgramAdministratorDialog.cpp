#include "ProgramAdministratorDialog.h"

#include "domain/Validators.h"
#include "services/DirectoryService.h"
#include "services/Workspace.h"
#include "widgets/CountryComboBox.h"
#include "widgets/NewUserFields.h"
#include "widgets/ValidatedForm.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

ProgramAdministratorDialog::ProgramAdministratorDialog(Workspace& workspace, QWidget* parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_fields(new ValidatedForm(this))
    , m_administrator(
          new NewUserFields(m_fields, NewUserFields::Who::Administrator, QStringLiteral("userDisplayName"), this))
{
    setObjectName(QStringLiteral("programAdministratorDialog"));
    m_intro = new QLabel(this);
    m_intro->setObjectName(QStringLiteral("introLabel"));
    m_intro->setWordWrap(true);
    m_form = new QFormLayout;
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_domainLabel = new QLabel(this);
    m_domainLabel->setObjectName(QStringLiteral("domainLabel"));
    m_domainLabel->setTextFormat(Qt::PlainText);

    m_organization = addLine(QStringLiteral("displayName"), QStringLiteral("organizationLineEdit"));
    m_prefix = addLine(QStringLiteral("domainPrefix"), QStringLiteral("domainPrefixLineEdit"));
    m_form->addRow(QString(), m_domainLabel);
    m_country = new CountryComboBox(this);
    m_country->setObjectName(QStringLiteral("countryComboBox"));
    m_country->setCode(QLocale::system().territory() == QLocale::AnyTerritory
                           ? QStringLiteral("US")
                           : QLocale::territoryToCode(QLocale::system().territory()));
    addRow(QStringLiteral("country"), m_country);
    m_administrator->addRows(m_form, this);

    m_errorLabel = ValidatedForm::makeMessageLabel(QStringLiteral("errorLabel"), this);
    // Our own button: QDialogButtonBox would reset a standard Ok's text on a language change.
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_buttons->setObjectName(QStringLiteral("programAdministratorButtonBox"));
    m_buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelPushButton"));
    m_createButton = m_buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_createButton->setObjectName(QStringLiteral("createPushButton"));
    m_createButton->setDefault(true);
    m_createButton->setEnabled(false);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(m_form);
    layout->addWidget(m_errorLabel);
    layout->addWidget(m_buttons);

    m_fields->setValidator([this]() { return validate(); });
    connect(m_fields, &ValidatedForm::edited, this, [this]() {
        updateDomain();
        m_createButton->setEnabled(m_fields->isValid());
        ValidatedForm::growToFit(this);
    });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ProgramAdministratorDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ProgramAdministratorDialog::reject);
    retranslateUi();
    updateDomain();
    resize(560, sizeHint().height());
}

QLineEdit* ProgramAdministratorDialog::addLine(const QString& field, const QString& objectName)
{
    auto* edit = new QLineEdit(this);
    edit->setObjectName(objectName);
    addRow(field, edit);
    return edit;
}

void ProgramAdministratorDialog::addRow(const QString& field, QWidget* input)
{
    m_rowLabels.insert(field, m_fields->addRow(m_form, field, input));
}

QList<Error> ProgramAdministratorDialog::validate() const
{
    const NewTenant tenant{m_organization->text(), m_prefix->text(), m_country->code()};
    QList<Error> errors
        = m_workspace.directory().validateNewTenant(tenant, m_administrator->user(DirectoryRole::GlobalAdministrator));
    m_administrator->collectConfirmationError(errors);
    return errors;
}

void ProgramAdministratorDialog::updateDomain()
{
    const QString prefix = Validators::normalizedDomainPrefix(m_prefix->text());
    const QString domain = Tenant::domainFor(prefix.isEmpty() ? tr("prefix") : prefix);
    Status available = m_workspace.directory().checkDomainPrefix(m_prefix->text());
    m_domainLabel->setText(available && !prefix.isEmpty() ? tr("%1 is available.").arg(domain) : domain);
    m_administrator->setDomainPrefix(m_prefix->text());
}

void ProgramAdministratorDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        updateDomain();
        m_fields->revalidate();
    }
    QDialog::changeEvent(event);
}

void ProgramAdministratorDialog::retranslateUi()
{
    setWindowTitle(tr("Create the program administrator"));
    m_intro->setText(tr("The program administrator reviews enrollments and keeps the directory of official "
                        "providers and MPN profiles. PartnerDesk creates a program tenant for this workspace and "
                        "its first Global administrator."));
    const QHash<QString, QString> labels{
        {QStringLiteral("displayName"), tr("&Organization name:")},
        {QStringLiteral("domainPrefix"), tr("&Domain prefix:")},
        {QStringLiteral("country"), tr("Country/re&gion:")},
    };
    for (auto it = labels.cbegin(); it != labels.cend(); ++it) {
        m_rowLabels.value(it.key())->setText(it.value());
    }
    m_administrator->retranslate();
    m_createButton->setText(tr("C&reate"));
}

void ProgramAdministratorDialog::accept()
{
    if (!m_fields->revalidate(true)) {
        return;
    }
    const NewTenant tenant{m_organization->text(), m_prefix->text(), m_country->code()};
    const NewUser admin = m_administrator->user(DirectoryRole::GlobalAdministrator);
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto session = m_workspace.directory().createProgramAdministrator(tenant, admin);
    QApplication::restoreOverrideCursor();
    if (!session) {
        m_fields->showError(session.error(), m_errorLabel);
        ValidatedForm::growToFit(this);
        return;
    }
    m_administrator->clearPasswords();
    m_session = session.value();
    QDialog::accept();
}
