#include "ReferralDialog.h"

#include "services/ReferralService.h"
#include "services/RelationshipService.h"
#include "services/Workspace.h"
#include "widgets/CountryComboBox.h"
#include "widgets/Labels.h"
#include "widgets/ValidatedForm.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

ReferralDialog::ReferralDialog(Workspace& workspace, const Session& session, Mode mode, QWidget* parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_session(session)
    , m_mode(mode)
    , m_fields(new ValidatedForm(this))
{
    setObjectName(mode == Mode::Record ? QStringLiteral("newReferralDialog") : QStringLiteral("referLeadDialog"));
    m_intro = Labels::text(QStringLiteral("introLabel"), this);
    m_form = new QFormLayout;
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    // Widgets are made in the order of the form, which is also the order Tab follows.
    if (m_mode == Mode::Refer) {
        m_reseller = new QComboBox(this);
        m_reseller->setObjectName(QStringLiteral("resellerComboBox"));
        // Names to choose from: counting the customers each shares would cost seconds here.
        auto resellers = m_workspace.relationships().resellersOf(m_session, RelationshipService::SharedCounts::Later);
        if (!resellers) {
            m_error = resellers.errorString();
        } else {
            for (const IndirectRelationship& r : resellers.value()) {
                if (r.status == RelationshipStatus::Active && r.reseller.status == PartnerStatus::Active) {
                    m_resellers << r;
                    m_reseller->addItem(r.reseller.name, r.reseller.accountId);
                }
            }
            if (m_resellers.isEmpty()) {
                m_error = tr("You have no active indirect resellers to refer a lead to. Invite a reseller from the "
                             "Indirect resellers page first.");
            }
        }
        addRow(QStringLiteral("reseller"), m_reseller);
    }
    // No maximum length on the lines: what is too long is refused with the field's limit, never cut.
    m_company = addLine(QStringLiteral("companyName"), QStringLiteral("companyNameLineEdit"));
    m_contactName = addLine(QStringLiteral("contactName"), QStringLiteral("contactNameLineEdit"));
    m_email = addLine(QStringLiteral("contactEmail"), QStringLiteral("contactEmailLineEdit"));
    m_phone = addLine(QStringLiteral("contactPhone"), QStringLiteral("contactPhoneLineEdit"));
    m_country = new CountryComboBox(this);
    m_country->setObjectName(QStringLiteral("countryComboBox"));
    // Leads are most often where the partner is.
    const QString home = m_session.partner && !m_session.partner->legal.address.country.isEmpty()
        ? m_session.partner->legal.address.country
        : m_session.tenant.country;
    m_country->setCode(home);
    addRow(QStringLiteral("country"), m_country);
    if (m_mode == Mode::Record) {
        m_source = new QComboBox(this);
        m_source->setObjectName(QStringLiteral("sourceComboBox"));
        for (ReferralSource source : {ReferralSource::OwnMarketing, ReferralSource::MicrosoftReferral}) {
            m_source->addItem(QString(), Enums::key(source));
        }
        addRow(QStringLiteral("source"), m_source);
    }
    m_notes = new QPlainTextEdit(this);
    m_notes->setObjectName(QStringLiteral("notesPlainTextEdit"));
    // Tab leaves the notes; Enter starts a new line there and never submits the form.
    m_notes->setTabChangesFocus(true);
    m_notes->setMinimumHeight(90);
    addRow(QStringLiteral("notes"), m_notes);

    m_errorLabel = ValidatedForm::makeMessageLabel(QStringLiteral("errorLabel"), this);
    auto* buttons = new QDialogButtonBox(this);
    buttons->setObjectName(QStringLiteral("referralButtonBox"));
    m_saveButton = buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_saveButton->setObjectName(QStringLiteral("savePushButton"));
    m_saveButton->setDefault(true);
    // Our own Cancel: the standard one's "&Cancel" would share its mnemonic with "&Company".
    m_cancelButton = buttons->addButton(QString(), QDialogButtonBox::RejectRole);
    m_cancelButton->setObjectName(QStringLiteral("cancelPushButton"));
    m_cancelButton->setAutoDefault(false);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(m_form, 1);
    layout->addWidget(m_errorLabel);
    layout->addWidget(buttons);

    QWidget* previous = nullptr;
    for (QWidget* input : std::initializer_list<QWidget*>{m_reseller, m_company, m_contactName, m_email, m_phone,
                                                          m_country, m_source, m_notes, m_saveButton, m_cancelButton}) {
        if (!input) {
            continue;
        }
        if (previous) {
            setTabOrder(previous, input);
        }
        previous = input;
    }

    m_fields->setValidator([this]() { return problems(); });
    connect(m_fields, &ValidatedForm::edited, this, [this]() {
        ValidatedForm::showMessage(m_errorLabel, QString());
        ValidatedForm::growToFit(this);
    });
    connect(buttons, &QDialogButtonBox::accepted, this, &ReferralDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ReferralDialog::reject);
    retranslateUi();
    m_fields->revalidate();
    resize(560, sizeHint().height());
    (m_reseller ? static_cast<QWidget*>(m_reseller) : static_cast<QWidget*>(m_company))->setFocus();
}

QLineEdit* ReferralDialog::addLine(const QString& field, const QString& objectName)
{
    auto* line = new QLineEdit(this);
    line->setObjectName(objectName);
    addRow(field, line);
    return line;
}

void ReferralDialog::addRow(const QString& field, QWidget* input)
{
    m_inputs.insert(field, input);
    m_rowLabels.insert(field, m_fields->addRow(m_form, field, input));
}

ReferralDraft ReferralDialog::draft() const
{
    ReferralDraft d;
    d.companyName = m_company->text();
    d.contactName = m_contactName->text();
    d.contactEmail = m_email->text();
    d.contactPhone = m_phone->text();
    d.country = m_country->code();
    d.notes = m_notes->toPlainText();
    d.source = m_source
        ? Enums::fromKey<ReferralSource>(m_source->currentData().toString()).value_or(ReferralSource::OwnMarketing)
        : ReferralSource::IndirectProvider;
    return d;
}

QString ReferralDialog::resellerAccountId() const
{
    return m_reseller ? m_reseller->currentData().toString() : QString();
}

QList<Error> ReferralDialog::problems() const
{
    QList<Error> errors = m_workspace.referrals().validate(draft());
    if (m_reseller && resellerAccountId().isEmpty()) {
        errors << Error(ErrorCode::InvalidInput, tr("Choose the reseller to refer the lead to."),
                        QStringLiteral("reseller"));
    }
    return errors;
}

void ReferralDialog::focusFirstProblem()
{
    const QList<Error> errors = problems();
    // The first field of the form that has a problem, in the order people read it.
    for (const QString& field :
         {QStringLiteral("reseller"), QStringLiteral("companyName"), QStringLiteral("contactName"),
          QStringLiteral("contactEmail"), QStringLiteral("contactPhone"), QStringLiteral("country"),
          QStringLiteral("source"), QStringLiteral("notes")}) {
        for (const Error& error : errors) {
            if (error.field() == field && m_inputs.value(field)) {
                m_inputs.value(field)->setFocus();
                return;
            }
        }
    }
}

void ReferralDialog::accept()
{
    ValidatedForm::showMessage(m_errorLabel, QString());
    if (!isReady()) {
        ValidatedForm::showMessage(m_errorLabel, m_error);
        return;
    }
    if (!m_fields->revalidate(true)) {
        focusFirstProblem();
        ValidatedForm::growToFit(this);
        return;
    }
    auto stored = m_mode == Mode::Record ? m_workspace.referrals().add(m_session, draft())
                                         : m_workspace.referrals().refer(m_session, resellerAccountId(), draft());
    if (!stored) {
        m_fields->showError(stored.error(), m_errorLabel);
        ValidatedForm::growToFit(this);
        return;
    }
    m_referral = stored.value();
    QDialog::accept();
}

void ReferralDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        m_fields->revalidate();
    }
    QDialog::changeEvent(event);
}

void ReferralDialog::retranslateUi()
{
    if (m_mode == Mode::Record) {
        setWindowTitle(tr("New referral"));
        m_intro->setText(tr("Record a lead from your own marketing or a Microsoft referral. It starts as New; when "
                            "you invite the customer from the Referrals page, it becomes Accepted."));
        m_saveButton->setText(tr("&Add referral"));
    } else {
        setWindowTitle(tr("Refer a lead"));
        m_intro->setText(tr("Refer a lead to one of your indirect resellers. The reseller's primary contact gets a "
                            "message with these details, and you can follow the lead's status on your Referrals "
                            "page."));
        m_saveButton->setText(tr("Refer &lead"));
    }
    const QList<std::pair<QString, QString>> labels = {
        {QStringLiteral("reseller"), tr("&Reseller:")},
        {QStringLiteral("companyName"), tr("&Company:")},
        {QStringLiteral("contactName"), tr("Contact &name:")},
        {QStringLiteral("contactEmail"), tr("&Email:")},
        {QStringLiteral("contactPhone"), tr("&Phone:")},
        {QStringLiteral("country"), tr("Countr&y/region:")},
        {QStringLiteral("source"), tr("&Source:")},
        {QStringLiteral("notes"), tr("N&otes:")},
    };
    for (const auto& [field, text] : labels) {
        if (QLabel* label = m_rowLabels.value(field)) {
            label->setText(text);
        }
    }
    m_company->setPlaceholderText(tr("Contoso Ltd."));
    m_email->setPlaceholderText(tr("name@customer.example"));
    m_phone->setPlaceholderText(tr("+1 425 555 0100 (optional)"));
    m_notes->setPlaceholderText(tr("What they need, how you met, what was agreed (optional)"));
    if (m_source) {
        for (int i = 0; i < m_source->count(); ++i) {
            const auto source = Enums::fromKey<ReferralSource>(m_source->itemData(i).toString());
            m_source->setItemText(i, source ? Enums::displayName(*source) : QString());
        }
    }
    m_cancelButton->setText(tr("Cancel"));
}
