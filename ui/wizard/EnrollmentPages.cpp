#include "EnrollmentPages.h"

#include "domain/Countries.h"
#include "domain/Validators.h"
#include "services/AccountService.h"
#include "services/DirectoryService.h"
#include "services/EnrollmentService.h"
#include "services/Workspace.h"
#include "widgets/CountryComboBox.h"
#include "widgets/Labels.h"
#include "widgets/LegalProfileFields.h"
#include "widgets/NewUserFields.h"
#include "widgets/SignInProgress.h"
#include "widgets/Tables.h"
#include "widgets/ValidatedForm.h"
#include "wizard/EnrollmentWizard.h"

#include <QApplication>
#include <QEvent>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QStackedWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {

QLineEdit* lineEdit(const QString& objectName, QWidget* parent, bool password = false)
{
    auto* edit = new QLineEdit(parent);
    edit->setObjectName(objectName);
    if (password) {
        edit->setEchoMode(QLineEdit::Password);
    }
    return edit;
}

} // namespace

// ---------------------------------------------------------------------------------------------

EnrollmentPage::EnrollmentPage(const QString& objectName, QWidget* parent)
    : QWizardPage(parent)
    , m_errorLabel(ValidatedForm::makeMessageLabel(objectName + QStringLiteral("ErrorLabel"), this))
{
    setObjectName(objectName);
}

EnrollmentWizard* EnrollmentPage::enrollmentWizard() const
{
    return qobject_cast<EnrollmentWizard*>(wizard());
}

Workspace& EnrollmentPage::workspace() const
{
    return enrollmentWizard()->workspace();
}

void EnrollmentPage::focusWhenShown(QWidget* widget)
{
    QMetaObject::invokeMethod(widget, qOverload<>(&QWidget::setFocus), Qt::QueuedConnection);
}

void EnrollmentPage::showError(const QString& message)
{
    ValidatedForm::showMessage(m_errorLabel, message);
}

void EnrollmentPage::translated(const std::function<void()>& texts)
{
    m_texts << texts;
    texts();
}

bool EnrollmentPage::reached() const
{
    const QWizard* w = wizard();
    if (!w) {
        return false;
    }
    for (int id : w->visitedIds()) {
        if (w->page(id) == this) {
            return true;
        }
    }
    return false;
}

void EnrollmentPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        for (const auto& texts : std::as_const(m_texts)) {
            texts();
        }
    }
    QWizardPage::changeEvent(event);
}

// ---------------------------------------------------------------------------------------------

WelcomePage::WelcomePage(QWidget* parent)
    : EnrollmentPage(QStringLiteral("welcomeWizardPage"), parent)
{
    m_text = Labels::text(QStringLiteral("welcomeTextLabel"), this);
    m_text->setTextFormat(Qt::RichText);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_text);
    layout->addStretch();
    translated([this]() {
        setTitle(tr("Welcome"));
        setSubTitle(tr("Enroll in the Cloud Solution Provider program as an indirect reseller."));
        m_text->setText(tr(
            "<p>As an indirect reseller you work with indirect providers (distributors), who provide customer support "
            "and billing. Before you begin, gather:</p>"
            "<ul><li><b>Global administrator credentials</b> for your organization's tenant. If your organization "
            "has no tenant, you can create one now.</li>"
            "<li><b>The user name and password you use to sign in to the Partner Membership Center</b>, to link your "
            "organization's MPN ID with the new account.</li>"
            "<li><b>Your organization's legal business name, address, primary contact and support "
            "details.</b></li></ul>"
            "<p>It can take several days to review and verify what you provide. We'll email your primary contact when "
            "the review is complete.</p>"));
    });
}

// ---------------------------------------------------------------------------------------------

TenantPage::TenantPage(QWidget* parent)
    : EnrollmentPage(QStringLiteral("tenantWizardPage"), parent)
    , m_fields(new ValidatedForm(this))
{
    m_signInRadio = new QRadioButton(this);
    m_signInRadio->setObjectName(QStringLiteral("signInTenantRadioButton"));
    m_signInRadio->setChecked(true);
    m_createRadio = new QRadioButton(this);
    m_createRadio->setObjectName(QStringLiteral("createTenantRadioButton"));

    m_stack = new QStackedWidget(this);
    auto* signIn = new QWidget(m_stack);
    auto* signInForm = new QFormLayout(signIn);
    m_upn = lineEdit(QStringLiteral("tenantUserNameLineEdit"), signIn);
    m_password = lineEdit(QStringLiteral("tenantPasswordLineEdit"), signIn, true);
    auto* upnLabel = new QLabel(signIn);
    auto* passwordLabel = new QLabel(signIn);
    upnLabel->setBuddy(m_upn);
    passwordLabel->setBuddy(m_password);
    signInForm->addRow(upnLabel, m_upn);
    signInForm->addRow(passwordLabel, m_password);

    auto* create = new QWidget(m_stack);
    auto* createForm = new QFormLayout(create);
    createForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_organization = lineEdit(QStringLiteral("organizationLineEdit"), create);
    QLabel* organizationLabel = m_fields->addRow(createForm, QStringLiteral("displayName"), m_organization);
    m_prefix = lineEdit(QStringLiteral("domainPrefixLineEdit"), create);
    QLabel* prefixLabel = m_fields->addRow(createForm, QStringLiteral("domainPrefix"), m_prefix);
    m_domainLabel = Labels::text(QStringLiteral("domainLabel"), create);
    createForm->addRow(QString(), m_domainLabel);
    m_country = new CountryComboBox(create);
    m_country->setObjectName(QStringLiteral("countryComboBox"));
    m_country->setCode(QStringLiteral("US"));
    QLabel* countryLabel = m_fields->addRow(createForm, QStringLiteral("country"), m_country);
    m_administrator
        = new NewUserFields(m_fields, NewUserFields::Who::Administrator, QStringLiteral("userDisplayName"), this);
    m_administrator->addRows(createForm, create);
    m_stack->addWidget(signIn);
    m_stack->addWidget(create);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_signInRadio);
    layout->addWidget(m_createRadio);
    layout->addWidget(m_stack);
    m_progress = new SignInProgress(QStringLiteral("tenantSignIn"), this);
    layout->addWidget(m_progress);
    layout->addWidget(m_errorLabel);
    layout->addStretch();

    m_fields->setValidator([this]() { return newTenantErrors(); });
    connect(m_fields, &ValidatedForm::edited, this, [this]() {
        updateDomain();
        Q_EMIT completeChanged();
    });
    connect(m_createRadio, &QRadioButton::toggled, this, [this](bool on) {
        m_stack->setCurrentIndex(on ? 1 : 0);
        (on ? m_organization : m_upn)->setFocus();
        showError(QString());
        Q_EMIT completeChanged();
    });
    for (QLineEdit* edit : {m_upn, m_password}) {
        connect(edit, &QLineEdit::textChanged, this, &QWizardPage::completeChanged);
    }
    connect(m_progress, &SignInProgress::checked, this, &TenantPage::passwordChecked);
    translated([=, this]() {
        setTitle(tr("Your organization's tenant"));
        setSubTitle(tr("Sign in to your organization's tenant as a Global administrator, or create a new tenant."));
        m_signInRadio->setText(tr("S&ign in to Azure AD"));
        m_createRadio->setText(tr("&Create new tenant"));
        m_upn->setPlaceholderText(tr("someone@example.onmicrosoft.com"));
        upnLabel->setText(tr("Global administrator's &user name:"));
        passwordLabel->setText(tr("&Password:"));
        organizationLabel->setText(tr("&Organization name:"));
        prefixLabel->setText(tr("&Domain prefix:"));
        countryLabel->setText(tr("Country/re&gion:"));
        m_administrator->retranslate();
        updateDomain();
    });
}

void TenantPage::initializePage()
{
    // The first field of the chosen way takes the keyboard, not the radio buttons.
    focusWhenShown(creating() ? m_organization : m_upn);
}

bool TenantPage::creating() const
{
    return m_createRadio->isChecked();
}

QList<Error> TenantPage::newTenantErrors() const
{
    QList<Error> errors = workspace().directory().validateNewTenant(
        NewTenant{m_organization->text(), m_prefix->text(), m_country->code()},
        m_administrator->user(DirectoryRole::GlobalAdministrator));
    m_administrator->collectConfirmationError(errors);
    return errors;
}

void TenantPage::updateDomain()
{
    const QString prefix = Validators::normalizedDomainPrefix(m_prefix->text());
    m_administrator->setDomainPrefix(prefix);
    if (prefix.isEmpty()) {
        m_domainLabel->setText(tr("Your tenant's domain will be prefix.onmicrosoft.com."));
        return;
    }
    Status available = workspace().directory().checkDomainPrefix(prefix);
    m_domainLabel->setText(available ? tr("%1 is available.").arg(Tenant::domainFor(prefix))
                                     : Tenant::domainFor(prefix));
}

bool TenantPage::isComplete() const
{
    if (m_progress->isRunning()) {
        return false;
    }
    if (creating()) {
        return newTenantErrors().isEmpty();
    }
    return !m_upn->text().trimmed().isEmpty() && !m_password->text().isEmpty();
}

bool TenantPage::validatePage()
{
    showError(QString());
    EnrollmentDraft& draft = enrollmentWizard()->draft();
    draft.createTenant = creating();
    if (creating()) {
        if (!m_fields->revalidate(true)) {
            return false;
        }
        draft.administratorUserId.clear();
        draft.newTenant = {m_organization->text(), m_prefix->text(), m_country->code()};
        draft.newAdministrator = m_administrator->user(DirectoryRole::GlobalAdministrator);
        return true;
    }
    if (m_signedIn) {
        m_signedIn = false;
        return true;
    }
    // The password is checked on a worker thread; passwordChecked() goes on to the next page.
    auto attempt = workspace().directory().prepareSignIn(m_upn->text());
    if (!attempt) {
        showError(attempt.errorString());
        return false;
    }
    m_progress->start(attempt.value(), m_password->text());
    setSigningIn(true);
    return false;
}

void TenantPage::passwordChecked(const SignInAttempt& attempt, const SignInCheck& check)
{
    setSigningIn(false);
    if (!wizard()->isVisible()) {
        return; // the wizard was closed meanwhile
    }
    auto session = workspace().enrollment().signInAdministrator(attempt, check);
    if (!session) {
        showError(session.errorString());
        m_password->selectAll();
        m_password->setFocus();
        return;
    }
    enrollmentWizard()->draft().administratorUserId = session->user.id;
    m_signedIn = true;
    wizard()->next();
}

void TenantPage::setSigningIn(bool signingIn)
{
    // Read-only rather than disabled, with focus kept in the password field: Next is disabled
    // meanwhile, and focus must not move on to a button that Enter would press.
    m_signInRadio->setEnabled(!signingIn);
    m_createRadio->setEnabled(!signingIn);
    m_upn->setReadOnly(signingIn);
    m_password->setReadOnly(signingIn);
    if (signingIn) {
        m_password->setFocus();
    }
    Q_EMIT completeChanged();
}

void TenantPage::cleanupPage()
{
    m_progress->cancel();
    setSigningIn(false);
    QWizardPage::cleanupPage();
}

// ---------------------------------------------------------------------------------------------

PartnerIdInfoPage::PartnerIdInfoPage(QWidget* parent)
    : EnrollmentPage(QStringLiteral("partnerIdInfoWizardPage"), parent)
{
    auto* text = Labels::text(QStringLiteral("partnerIdInfoLabel"), this);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(text);
    layout->addStretch();
    translated([this, text]() {
        setTitle(tr("Associate your MPN ID"));
        setSubTitle(tr("Link your organization's Microsoft Partner Network ID with the new account."));
        text->setText(tr("We link your organization's MPN ID with your new partner account so that you can manage "
                         "your membership benefits and incentives here. Sign in to the Partner Membership Center, "
                         "where you manage your Microsoft partner account, to choose the organization profile to "
                         "link."));
        setButtonText(QWizard::NextButton, tr("&Sign in"));
    });
}

// ---------------------------------------------------------------------------------------------

PmcUserNamePage::PmcUserNamePage(QWidget* parent)
    : EnrollmentPage(QStringLiteral("pmcUserNameWizardPage"), parent)
{
    m_userName = lineEdit(QStringLiteral("pmcUserNameLineEdit"), this);
    registerField(QStringLiteral("pmcUserName*"), m_userName);
    auto* form = new QFormLayout;
    auto* label = new QLabel(this);
    label->setBuddy(m_userName);
    form->addRow(label, m_userName);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_errorLabel);
    layout->addStretch();
    translated([this, label]() {
        setTitle(tr("Partner Membership Center"));
        setSubTitle(tr("Enter the user name you use to sign in to the Partner Membership Center."));
        label->setText(tr("PMC &user name:"));
    });
}

void PmcUserNamePage::initializePage()
{
    focusWhenShown(m_userName);
}

QString PmcUserNamePage::userName() const
{
    return m_userName->text().trimmed();
}

// ---------------------------------------------------------------------------------------------

PmcPasswordPage::PmcPasswordPage(QWidget* parent)
    : EnrollmentPage(QStringLiteral("pmcPasswordWizardPage"), parent)
{
    m_account = Labels::text(QStringLiteral("pmcAccountLabel"), this);
    m_password = lineEdit(QStringLiteral("pmcPasswordLineEdit"), this, true);
    registerField(QStringLiteral("pmcPassword*"), m_password);
    auto* form = new QFormLayout;
    auto* accountLabel = new QLabel(this);
    auto* passwordLabel = new QLabel(this);
    passwordLabel->setBuddy(m_password);
    form->addRow(accountLabel, m_account);
    form->addRow(passwordLabel, m_password);
    translated([this, accountLabel, passwordLabel]() {
        setTitle(tr("Partner Membership Center"));
        setSubTitle(tr("Enter the password of your Partner Membership Center account."));
        setButtonText(QWizard::NextButton, tr("&Sign in"));
        accountLabel->setText(tr("PMC user name:"));
        passwordLabel->setText(tr("&Password:"));
    });
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    m_progress = new SignInProgress(QStringLiteral("pmcSignIn"), this);
    layout->addWidget(m_progress);
    layout->addWidget(m_errorLabel);
    layout->addStretch();
    connect(m_progress, &SignInProgress::checked, this, &PmcPasswordPage::passwordChecked);
}

void PmcPasswordPage::initializePage()
{
    m_account->setText(enrollmentWizard()->pmcUserName());
    m_password->clear();
    focusWhenShown(m_password);
    showError(QString());
}

bool PmcPasswordPage::isComplete() const
{
    return !m_progress->isRunning() && QWizardPage::isComplete();
}

bool PmcPasswordPage::validatePage()
{
    if (m_signedIn) {
        m_signedIn = false;
        return true;
    }
    showError(QString());
    // The password is checked on a worker thread; passwordChecked() goes on to the next page.
    auto attempt = workspace().directory().preparePmcSignIn(enrollmentWizard()->pmcUserName());
    if (!attempt) {
        showError(attempt.errorString());
        return false;
    }
    m_progress->start(attempt.value(), m_password->text());
    m_password->setReadOnly(true);
    m_password->setFocus();
    Q_EMIT completeChanged();
    return false;
}

void PmcPasswordPage::showReason(const QString& reason)
{
    m_password->clear();
    showError(reason);
    m_password->setFocus();
}

void PmcPasswordPage::passwordChecked(const SignInAttempt& attempt, const SignInCheck& check)
{
    m_password->setReadOnly(false);
    Q_EMIT completeChanged();
    if (!wizard()->isVisible()) {
        return; // the wizard was closed meanwhile
    }
    auto account = workspace().directory().finishPmcSignIn(attempt, check);
    if (!account) {
        showError(account.errorString());
        m_password->selectAll();
        m_password->setFocus();
        return;
    }
    enrollmentWizard()->draft().pmcAccountId = account->id;
    enrollmentWizard()->draft().pmcTicket = account->ticket;
    m_signedIn = true;
    wizard()->next();
}

void PmcPasswordPage::cleanupPage()
{
    m_progress->cancel();
    m_password->setReadOnly(false);
    QWizardPage::cleanupPage();
}

// ---------------------------------------------------------------------------------------------

ProfilePage::ProfilePage(QWidget* parent)
    : EnrollmentPage(QStringLiteral("profileWizardPage"), parent)
{
    m_intro = Labels::text(QStringLiteral("profileIntroLabel"), this);
    m_table = Tables::makeReadOnly(QStringLiteral("profilesTableWidget"), 5, this);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    auto* another = new QPushButton(this);
    another->setObjectName(QStringLiteral("anotherAccountPushButton"));
    translated([this, another]() {
        setTitle(tr("Organization profile"));
        setSubTitle(tr("Choose the organization profile whose MPN ID is linked to your incentives, membership "
                       "benefits and competencies."));
        m_table->setAccessibleName(tr("Organization profiles"));
        m_table->setHorizontalHeaderLabels(
            {tr("Partner ID"), tr("Organization"), tr("Country/region"), tr("Status"), tr("Linked to")});
        another->setText(tr("Ca&ncel and sign in with another account"));
        setButtonText(QWizard::NextButton, tr("C&ontinue"));
        // The list and its introduction, read again in the new language, the chosen row kept.
        if (reached()) {
            const int row = Tables::selectedRow(m_table);
            const QString chosen = row >= 0 ? m_table->item(row, 0)->text() : QString();
            initializePage();
            const QList<QTableWidgetItem*> found = m_table->findItems(chosen, Qt::MatchExactly);
            if (!chosen.isEmpty() && !found.isEmpty()) {
                m_table->selectRow(found.first()->row());
            }
        }
    });
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_errorLabel);
    layout->addWidget(another, 0, Qt::AlignLeft);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, [this]() {
        showError(QString());
        Q_EMIT completeChanged();
    });
    connect(another, &QPushButton::clicked, this, [this]() { enrollmentWizard()->signInWithAnotherPmcAccount(); });
}

void ProfilePage::initializePage()
{
    showError(QString());
    const QString country = workspace().enrollment().tenantCountry(enrollmentWizard()->draft());
    m_intro->setText(tr("Select the MPN ID of an active organization profile located in %1, the country/region of "
                        "your tenant. If the one you want isn't listed, sign in with the account that holds it.")
                         .arg(Countries::name(country)));
    auto profiles = workspace().directory().mpnProfilesOf(enrollmentWizard()->draft().pmcAccount());
    if (!profiles) {
        showError(profiles.errorString());
    }
    QList<QStringList> rows;
    for (const MpnProfile& p : profiles ? profiles.value() : QList<MpnProfile>()) {
        rows << QStringList{p.partnerId, p.organizationName, Countries::name(p.country), Enums::displayName(p.status),
                            p.linkedPartnerName};
    }
    Tables::setRows(m_table, rows);
    const QString chosen = enrollmentWizard()->draft().partnerId;
    const QList<QTableWidgetItem*> found = m_table->findItems(chosen, Qt::MatchExactly);
    if (!chosen.isEmpty() && !found.isEmpty()) {
        m_table->selectRow(found.first()->row());
    }
    focusWhenShown(m_table);
}

QString ProfilePage::selectedPartnerId() const
{
    const int row = Tables::selectedRow(m_table);
    const QTableWidgetItem* id = row < 0 ? nullptr : m_table->item(row, 0);
    return id ? id->text() : QString();
}

bool ProfilePage::isComplete() const
{
    return !selectedPartnerId().isEmpty();
}

bool ProfilePage::validatePage()
{
    EnrollmentDraft& draft = enrollmentWizard()->draft();
    const QString partnerId = selectedPartnerId();
    Status usable = workspace().enrollment().checkProfile(draft.pmcAccount(), partnerId,
                                                          workspace().enrollment().tenantCountry(draft));
    if (!usable && usable.error().field() == QLatin1String("pmcUserName")) {
        draft.partnerId = partnerId;
        enrollmentWizard()->signInToPmcAgain(usable.errorString());
        return false;
    }
    if (!usable) {
        showError(usable.errorString());
        return false;
    }
    draft.partnerId = partnerId;
    return true;
}

// ---------------------------------------------------------------------------------------------

BusinessPage::BusinessPage(QWidget* parent)
    : EnrollmentPage(QStringLiteral("businessWizardPage"), parent)
    , m_fields(new ValidatedForm(this))
    // The country/region is the tenant's, chosen on an earlier step.
    , m_profile(new LegalProfileFields(m_fields, LegalProfileFields::Holder::Partner,
                                       LegalProfileFields::CountryInput::Shown, this))
{
    auto* content = new QWidget(this);
    auto* form = new QFormLayout(content);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_profile->addRows(form);
    QList<QLabel*> labels;
    auto addTo = [this, form, content, &labels](const QString& field, const QString& objectName) {
        QLineEdit* edit = lineEdit(objectName, content);
        labels << m_fields->addRow(form, field, edit);
        return edit;
    };
    m_supportEmail = addTo(QStringLiteral("supportEmail"), QStringLiteral("supportEmailLineEdit"));
    m_supportPhone = addTo(QStringLiteral("supportPhone"), QStringLiteral("supportPhoneLineEdit"));
    m_website = addTo(QStringLiteral("supportWebsite"), QStringLiteral("supportWebsiteLineEdit"));
    translated([this, labels]() {
        setTitle(tr("Business profile"));
        setSubTitle(tr("Your organization's legal business profile, primary contact and customer support. The "
                       "primary contact is the person we contact about this application."));
        m_profile->retranslate();
        const QStringList texts{tr("S&upport email:"), tr("&Support phone:"), tr("Support &web site:")};
        for (qsizetype i = 0; i < labels.size(); ++i) {
            labels.at(i)->setText(texts.at(i));
        }
        m_supportPhone->setPlaceholderText(tr("+1 425 555 0100"));
        m_website->setPlaceholderText(tr("https://www.example.com (optional)"));
        if (reached()) {
            updateDomainNote();
        }
    });

    m_domainNote = Labels::text(QStringLiteral("contactDomainNoteLabel"), this);
    m_domainNote->hide();

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(content);
    layout->addWidget(m_domainNote);
    layout->addWidget(m_errorLabel);
    m_fields->setValidator([this]() { return errors(); });
    connect(m_fields, &ValidatedForm::edited, this, &QWizardPage::completeChanged);
    for (QLineEdit* edit : {m_profile->lineEdit(QStringLiteral("contactEmail")), m_website}) {
        connect(edit, &QLineEdit::textChanged, this, &BusinessPage::updateDomainNote);
    }
}

void BusinessPage::initializePage()
{
    const EnrollmentDraft& draft = enrollmentWizard()->draft();
    m_profile->setCountry(workspace().enrollment().tenantCountry(draft));
    focusWhenShown(m_profile->lineEdit(QStringLiteral("legalName")));
    startFromWhatIsKnown();
    updateDomainNote();
    showError(QString());
}

void BusinessPage::startFromWhatIsKnown()
{
    const EnrollmentDraft& draft = enrollmentWizard()->draft();
    QString organization;
    auto profiles = workspace().directory().mpnProfilesOf(draft.pmcAccount());
    for (const MpnProfile& profile : profiles ? profiles.value() : QList<MpnProfile>()) {
        if (profile.partnerId == draft.partnerId) {
            organization = profile.organizationName;
        }
    }
    if (organization.isEmpty() && draft.createTenant) {
        organization = draft.newTenant.displayName.trimmed();
    }
    QString name;
    QString email;
    if (draft.createTenant) {
        name = draft.newAdministrator.displayName.simplified();
        email = Tenant::upnFor(draft.newAdministrator.userName, workspace().enrollment().tenantDomain(draft));
    } else if (auto administrator = workspace().directory().session(draft.administratorUserId)) {
        name = administrator->user.displayName.simplified();
        email = administrator->user.upn;
    }
    const qsizetype space = name.indexOf(QLatin1Char(' '));
    const QList<std::pair<const char*, QString>> known{
        {"legalName", organization},
        {"contactFirstName", space < 0 ? name : name.left(space)},
        {"contactLastName", space < 0 ? QString() : name.mid(space + 1)},
        {"contactEmail", email},
    };
    for (const auto& [field, text] : known) {
        QLineEdit* edit = m_profile->lineEdit(QString::fromLatin1(field));
        if (edit->text().isEmpty() && !text.isEmpty()) {
            edit->setText(text);
        }
    }
}

void BusinessPage::updateDomainNote()
{
    const QString email = m_profile->lineEdit(QStringLiteral("contactEmail"))->text().trimmed();
    const EnrollmentCheck check = EnrollmentService::emailDomainCheck(
        email, m_website->text(), workspace().enrollment().tenantDomain(enrollmentWizard()->draft()));
    const bool warn = Validators::email(email).ok() && !check.passed;
    m_domainNote->setText(warn ? tr("%1 Reviewers check that the primary contact belongs to your organization: use "
                                    "an address of your web site's or tenant's domain if you can.")
                                     .arg(check.detail)
                               : QString());
    m_domainNote->setVisible(warn);
}

LegalBusinessProfile BusinessPage::legal() const
{
    return m_profile->profile();
}

SupportProfile BusinessPage::support() const
{
    return {m_supportEmail->text(), m_supportPhone->text(), m_website->text()};
}

QList<Error> BusinessPage::errors() const
{
    QList<Error> result = AccountService::validate(legal());
    result << AccountService::validate(support(), m_profile->country());
    return result;
}

bool BusinessPage::isComplete() const
{
    return errors().isEmpty();
}

bool BusinessPage::validatePage()
{
    if (!m_fields->revalidate(true)) {
        return false;
    }
    enrollmentWizard()->draft().legal = legal();
    enrollmentWizard()->draft().support = support();
    return true;
}

// ---------------------------------------------------------------------------------------------

ReviewPage::ReviewPage(QWidget* parent)
    : EnrollmentPage(QStringLiteral("reviewWizardPage"), parent)
{
    m_summary = Labels::text(QStringLiteral("summaryLabel"), this);
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    setCommitPage(true);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_errorLabel);
    layout->addStretch();
    translated([this]() {
        setTitle(tr("Review and enroll"));
        setSubTitle(tr("Check what you entered. Back changes it; Enroll now creates your partner account."));
        setButtonText(QWizard::CommitButton, tr("&Enroll now"));
        if (reached()) {
            initializePage();
        }
    });
}

void ReviewPage::initializePage()
{
    showError(QString());
    const EnrollmentDraft& d = enrollmentWizard()->draft();
    auto row = [](const QString& label, const QString& value) {
        return QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>")
            .arg(label.toHtmlEscaped(), value.toHtmlEscaped());
    };
    QString tenant;
    if (d.createTenant) {
        tenant = tr("New tenant %1 (%2), Global administrator %3")
                     .arg(d.newTenant.displayName.trimmed(),
                          Tenant::domainFor(Validators::normalizedDomainPrefix(d.newTenant.domainPrefix)),
                          d.newAdministrator.displayName.trimmed());
    } else {
        auto session = workspace().directory().session(d.administratorUserId);
        tenant = session ? tr("%1 (%2), signed in as %3")
                               .arg(session->tenant.displayName, session->tenant.defaultDomain(), session->user.upn)
                         : QString();
    }
    const Address& a = d.legal.address;
    const QString address = QStringList{a.line1, a.line2, a.city, a.region, a.postalCode, Countries::name(a.country)}
                                .filter(QRegularExpression(QStringLiteral("\\S")))
                                .join(QStringLiteral(", "));
    QString html = QStringLiteral("<table cellspacing=\"6\">");
    html += row(tr("Tenant"), tenant);
    html += row(tr("Partner ID"), d.partnerId);
    html += row(tr("Legal business name"), d.legal.legalName.simplified());
    html += row(tr("Address"), address);
    html += row(tr("Primary contact"),
                tr("%1 %2, %3, %4")
                    .arg(d.legal.contactFirstName.simplified(), d.legal.contactLastName.simplified(),
                         d.legal.contactEmail.trimmed(), d.legal.contactPhone.trimmed()));
    html += row(tr("Customer support"),
                QStringList{d.support.email.trimmed(), d.support.phone.trimmed(), d.support.website.trimmed()}
                    .filter(QRegularExpression(QStringLiteral("\\S")))
                    .join(QStringLiteral(", ")));
    html += QStringLiteral("</table><p>%1</p>")
                .arg(tr("We'll email the primary contact a code to verify that this address belongs to your "
                        "organization.")
                         .toHtmlEscaped());
    m_summary->setText(html);
}

bool ReviewPage::validatePage()
{
    showError(QString());
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto session = workspace().enrollment().enroll(enrollmentWizard()->draft());
    QApplication::restoreOverrideCursor();
    if (!session) {
        if (session.error().field() == QLatin1String("pmcUserName")) {
            // The PMC sign-in has ended (or never was): its password again, nothing else lost.
            enrollmentWizard()->signInToPmcAgain(session.errorString());
        } else {
            showError(session.errorString());
        }
        return false;
    }
    enrollmentWizard()->setSession(session.value());
    return true;
}

// ---------------------------------------------------------------------------------------------

DonePage::DonePage(QWidget* parent)
    : EnrollmentPage(QStringLiteral("doneWizardPage"), parent)
{
    m_text = Labels::text(QStringLiteral("doneTextLabel"), this);
    m_text->setTextFormat(Qt::RichText);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_text);
    layout->addStretch();
    translated([this]() {
        setTitle(tr("Enrollment submitted"));
        if (reached()) {
            initializePage();
        }
    });
}

void DonePage::initializePage()
{
    const Session& session = enrollmentWizard()->session();
    if (!session.partner) {
        return;
    }
    const PartnerAccount& account = *session.partner;
    m_text->setText(
        tr("<p>The partner account of <b>%1</b> is <b>%2</b>. You are its first Admin agent.</p>"
           "<p>What happens next:</p><ol>"
           "<li>We sent a verification code to %3. %5 Then enter the code on your Home page.</li>"
           "<li>We review and verify the information you provided; this can take several days.</li>"
           "<li>We email the primary contact when the account is approved. Then you can connect with indirect "
           "providers and invite customers. You can add users right away.</li></ol>"
           "<p>Finish signs you in as %4.</p>")
            .arg(account.legal.legalName.toHtmlEscaped(), Enums::displayName(account.status).toHtmlEscaped(),
                 account.legal.contactEmail.toHtmlEscaped(), session.user.upn.toHtmlEscaped(),
                 workspace().mail().whereDelivered(account.legal.contactEmail).toHtmlEscaped()));
}
