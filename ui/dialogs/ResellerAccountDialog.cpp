#include "ResellerAccountDialog.h"

#include "services/AccountService.h"
#include "services/EnrollmentService.h"
#include "services/Workspace.h"
#include "widgets/ValidatedForm.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

ResellerAccountDialog::ResellerAccountDialog(Workspace& workspace, const Session& session, QWidget* parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_session(session)
    , m_fields(new ValidatedForm(this))
{
    setObjectName(QStringLiteral("resellerAccountDialog"));
    setWindowTitle(tr("Create a reseller account"));
    auto* intro = new QLabel(this);
    intro->setObjectName(QStringLiteral("introLabel"));
    intro->setWordWrap(true);
    intro->setText(tr("%1 is already enrolled in the Cloud Solution Provider program. To resell as an indirect "
                      "reseller too, give the customer support contact information for your customers.")
                       .arg(session.partner ? session.partner->legal.legalName : QString()));
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_email = new QLineEdit(this);
    m_email->setObjectName(QStringLiteral("supportEmailLineEdit"));
    m_fields->addRow(form, QStringLiteral("supportEmail"), m_email)->setText(tr("Support &email:"));
    m_phone = new QLineEdit(this);
    m_phone->setObjectName(QStringLiteral("supportPhoneLineEdit"));
    m_phone->setPlaceholderText(tr("+1 425 555 0100"));
    m_fields->addRow(form, QStringLiteral("supportPhone"), m_phone)->setText(tr("Support &phone:"));
    m_website = new QLineEdit(this);
    m_website->setObjectName(QStringLiteral("supportWebsiteLineEdit"));
    m_website->setPlaceholderText(tr("https://www.example.com (optional)"));
    m_fields->addRow(form, QStringLiteral("supportWebsite"), m_website)->setText(tr("Support &web site:"));
    m_errorLabel = ValidatedForm::makeMessageLabel(QStringLiteral("errorLabel"), this);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelPushButton"));
    m_createButton = buttons->addButton(tr("C&reate reseller account"), QDialogButtonBox::AcceptRole);
    m_createButton->setObjectName(QStringLiteral("createResellerAccountPushButton"));
    m_createButton->setDefault(true);
    m_createButton->setEnabled(false);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_errorLabel);
    layout->addWidget(buttons);

    m_fields->setValidator([this]() {
        return AccountService::validate(support(),
                                        m_session.partner ? m_session.partner->legal.address.country : QString());
    });
    connect(m_fields, &ValidatedForm::edited, this, [this]() {
        m_createButton->setEnabled(m_fields->isValid());
        ValidatedForm::growToFit(this);
    });
    connect(buttons, &QDialogButtonBox::accepted, this, &ResellerAccountDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ResellerAccountDialog::reject);
    resize(520, sizeHint().height());
}

SupportProfile ResellerAccountDialog::support() const
{
    return {m_email->text(), m_phone->text(), m_website->text()};
}

void ResellerAccountDialog::accept()
{
    if (!m_fields->revalidate(true)) {
        return;
    }
    auto session = m_workspace.enrollment().createResellerAccount(m_session, support());
    if (!session) {
        m_fields->showError(session.error(), m_errorLabel);
        ValidatedForm::growToFit(this);
        return;
    }
    m_session = session.value();
    QDialog::accept();
}
