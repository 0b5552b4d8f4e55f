#include "MpnProfileDialog.h"

#include "services/DirectoryService.h"
#include "services/Workspace.h"
#include "widgets/CountryComboBox.h"
#include "widgets/ValidatedForm.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

MpnProfileDialog::MpnProfileDialog(Workspace& workspace, const Session& session, QWidget* parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_session(session)
    , m_fields(new ValidatedForm(this))
{
    setObjectName(QStringLiteral("mpnProfileDialog"));
    m_intro = new QLabel(this);
    m_intro->setObjectName(QStringLiteral("introLabel"));
    m_intro->setWordWrap(true);
    m_form = new QFormLayout;
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    m_pmcUserName = new QLineEdit(this);
    m_pmcUserName->setObjectName(QStringLiteral("pmcUserNameLineEdit"));
    addRow(QStringLiteral("pmcUserName"), m_pmcUserName);
    m_accountHint = new QLabel(this);
    m_accountHint->setObjectName(QStringLiteral("pmcAccountHintLabel"));
    m_accountHint->setWordWrap(true);
    m_form->addRow(QString(), m_accountHint);
    m_pmcPassword = new QLineEdit(this);
    m_pmcPassword->setObjectName(QStringLiteral("pmcPasswordLineEdit"));
    m_pmcPassword->setEchoMode(QLineEdit::Password);
    addRow(QStringLiteral("pmcPassword"), m_pmcPassword);
    m_partnerId = new QLineEdit(this);
    m_partnerId->setObjectName(QStringLiteral("partnerIdLineEdit"));
    addRow(QStringLiteral("partnerId"), m_partnerId);
    m_organization = new QLineEdit(this);
    m_organization->setObjectName(QStringLiteral("organizationLineEdit"));
    addRow(QStringLiteral("organizationName"), m_organization);
    m_country = new CountryComboBox(this);
    m_country->setObjectName(QStringLiteral("countryComboBox"));
    m_country->setCode(session.tenant.country);
    addRow(QStringLiteral("country"), m_country);
    m_status = new QComboBox(this);
    m_status->setObjectName(QStringLiteral("statusComboBox"));
    for (MpnStatus status : EnumValues<MpnStatus>::all) {
        m_status->addItem(Enums::displayName(status), Enums::key(status));
    }
    addRow(QStringLiteral("status"), m_status);

    m_errorLabel = ValidatedForm::makeMessageLabel(QStringLiteral("errorLabel"), this);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_buttons->setObjectName(QStringLiteral("mpnProfileButtonBox"));
    m_buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelPushButton"));
    m_addButton = m_buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_addButton->setObjectName(QStringLiteral("addPushButton"));
    m_addButton->setDefault(true);
    m_addButton->setEnabled(false);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(m_form);
    layout->addWidget(m_errorLabel);
    layout->addWidget(m_buttons);

    m_fields->setValidator([this]() { return m_workspace.directory().validateNewMpnProfile(input()); });
    connect(m_fields, &ValidatedForm::edited, this, [this]() {
        updateAccountHint();
        m_addButton->setEnabled(m_fields->isValid());
        ValidatedForm::growToFit(this);
    });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &MpnProfileDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &MpnProfileDialog::reject);
    retranslateUi();
    updateAccountHint();
    resize(520, sizeHint().height());
}

void MpnProfileDialog::addRow(const QString& field, QWidget* input)
{
    m_rowLabels.insert(field, m_fields->addRow(m_form, field, input));
}

NewMpnProfile MpnProfileDialog::input() const
{
    return {m_pmcUserName->text(),
            m_pmcPassword->text(),
            m_partnerId->text(),
            m_organization->text(),
            m_country->code(),
            Enums::fromKey<MpnStatus>(m_status->currentData().toString()).value_or(MpnStatus::Active)};
}

void MpnProfileDialog::updateAccountHint()
{
    const bool known = m_workspace.directory().pmcAccountExists(m_pmcUserName->text());
    m_pmcPassword->setEnabled(!known);
    if (known) {
        m_pmcPassword->clear();
    }
    if (m_pmcUserName->text().trimmed().isEmpty()) {
        m_accountHint->clear();
    } else {
        m_accountHint->setText(known ? tr("This Partner Membership Center account exists: the profile is added to it.")
                                     : tr("No account has this user name yet: it is created with the password below."));
    }
}

void MpnProfileDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        updateAccountHint();
        m_fields->revalidate();
    }
    QDialog::changeEvent(event);
}

void MpnProfileDialog::retranslateUi()
{
    setWindowTitle(tr("Add an MPN profile"));
    m_intro->setText(tr("Partners link an MPN profile of their Partner Membership Center account when they enroll. "
                        "Only an active profile in the tenant's country/region can be linked."));
    const QHash<QString, QString> labels{
        {QStringLiteral("pmcUserName"), tr("PMC &user name:")},
        {QStringLiteral("pmcPassword"), tr("PMC pass&word:")},
        {QStringLiteral("partnerId"), tr("Partner &ID:")},
        {QStringLiteral("organizationName"), tr("&Organization:")},
        {QStringLiteral("country"), tr("Country/re&gion:")},
        {QStringLiteral("status"), tr("&Status:")},
    };
    for (auto it = labels.cbegin(); it != labels.cend(); ++it) {
        m_rowLabels.value(it.key())->setText(it.value());
    }
    for (int i = 0; i < m_status->count(); ++i) {
        m_status->setItemText(i, Enums::displayName(EnumValues<MpnStatus>::all[i]));
    }
    m_addButton->setText(tr("&Add"));
}

void MpnProfileDialog::accept()
{
    if (!m_fields->revalidate(true)) {
        return;
    }
    auto added = m_workspace.directory().addMpnProfile(m_session, input());
    if (!added) {
        m_fields->showError(added.error(), m_errorLabel);
        ValidatedForm::growToFit(this);
        return;
    }
    m_pmcPassword->clear();
    m_added = added->partnerId;
    QDialog::accept();
}
