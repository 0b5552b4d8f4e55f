#include "ProviderAccountDialog.h"

#include "domain/Countries.h"
#include "domain/Validators.h"
#include "services/DirectoryService.h"
#include "services/Workspace.h"
#include "widgets/Labels.h"
#include "widgets/NewUserFields.h"
#include "widgets/ValidatedForm.h"

#include <QApplication>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

namespace {

QString serviceObjectName(ProviderService service)
{
    QString key = Enums::key(service); // "CustomerSupport" → "customerSupportCheckBox"
    key[0] = key[0].toLower();
    return key + QStringLiteral("CheckBox");
}

// A word-wrapped note in a form row. QFormLayout sizes such a row from the label's size hint,
// which wraps it narrowly; a sensible minimum width keeps the row as tall as its text needs.
QLabel* note(const QString& objectName, QWidget* parent)
{
    QLabel* label = Labels::text(objectName, parent);
    label->setMinimumWidth(label->fontMetrics().averageCharWidth() * 50);
    label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    return label;
}

} // namespace

ProviderAccountDialog::ProviderAccountDialog(Workspace& workspace, const Session& session, QWidget* parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_session(session)
    , m_fields(new ValidatedForm(this))
    , m_legal(new LegalProfileFields(m_fields, LegalProfileFields::Holder::Partner,
                                     LegalProfileFields::CountryInput::Chosen, this))
    , m_firstUser(
          new NewUserFields(m_fields, NewUserFields::Who::Administrator, QStringLiteral("userDisplayName"), this))
{
    setObjectName(QStringLiteral("providerAccountDialog"));
    m_intro = Labels::text(QStringLiteral("introLabel"), this);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("providerTabWidget"));

    // Organization: the MPN profile, the new tenant and the legal profile.
    QWidget* page = addTab(OrganizationTab, QStringLiteral("organizationPageWidget"));
    m_partnerId = addLine(OrganizationTab, QStringLiteral("partnerId"), QStringLiteral("partnerIdLineEdit"));
    m_profileLabel = note(QStringLiteral("mpnProfileLabel"), page);
    m_forms.value(OrganizationTab)->addRow(QString(), m_profileLabel);
    addProfileRows(OrganizationTab, LegalProfileFields::Name);
    m_tenantName = addLine(OrganizationTab, QStringLiteral("displayName"), QStringLiteral("tenantNameLineEdit"));
    m_domainPrefix = addLine(OrganizationTab, QStringLiteral("domainPrefix"), QStringLiteral("domainPrefixLineEdit"));
    m_domainLabel = note(QStringLiteral("domainLabel"), page);
    m_forms.value(OrganizationTab)->addRow(QString(), m_domainLabel);
    addProfileRows(OrganizationTab, LegalProfileFields::Address);

    // Contacts: the primary contact and the support profile.
    addTab(ContactsTab, QStringLiteral("contactsPageWidget"));
    addProfileRows(ContactsTab, LegalProfileFields::Contact);
    m_supportEmail = addLine(ContactsTab, QStringLiteral("supportEmail"), QStringLiteral("supportEmailLineEdit"));
    m_supportPhone = addLine(ContactsTab, QStringLiteral("supportPhone"), QStringLiteral("supportPhoneLineEdit"));
    m_supportWebsite = addLine(ContactsTab, QStringLiteral("supportWebsite"), QStringLiteral("supportWebsiteLineEdit"));

    // First user: the tenant's Global administrator and the account's first Admin agent.
    page = addTab(FirstUserTab, QStringLiteral("firstUserPageWidget"));
    m_firstUser->addRows(m_forms.value(FirstUserTab), page);
    for (const char* field : {"userDisplayName", "userName", "password", "confirmPassword"}) {
        m_fieldTabs.insert(QString::fromLatin1(field), FirstUserTab);
    }

    // Listing: what resellers see under Find a provider.
    page = addTab(ListingTab, QStringLiteral("listingPageWidget"));
    addInput(ListingTab, QStringLiteral("countriesServed"), makeCountriesServed(page));
    addInput(ListingTab, QStringLiteral("services"), makeServices(page));
    m_listingContactName
        = addLine(ListingTab, QStringLiteral("listingContactName"), QStringLiteral("listingContactNameLineEdit"));
    m_listingContactEmail
        = addLine(ListingTab, QStringLiteral("listingContactEmail"), QStringLiteral("listingContactEmailLineEdit"));
    m_listingContactPhone
        = addLine(ListingTab, QStringLiteral("listingContactPhone"), QStringLiteral("listingContactPhoneLineEdit"));
    m_listingWebsite = addLine(ListingTab, QStringLiteral("listingWebsite"), QStringLiteral("listingWebsiteLineEdit"));
    m_description = new QPlainTextEdit(page);
    m_description->setObjectName(QStringLiteral("listingDescriptionPlainTextEdit"));
    m_description->setTabChangesFocus(true);
    m_description->setFixedHeight(m_description->fontMetrics().lineSpacing() * 4);
    addInput(ListingTab, QStringLiteral("listingDescription"), m_description);

    m_pendingLabel = Labels::text(QStringLiteral("pendingLabel"), this);
    m_errorLabel = ValidatedForm::makeMessageLabel(QStringLiteral("errorLabel"), this);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_buttons->setObjectName(QStringLiteral("providerButtonBox"));
    m_buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelPushButton"));
    m_addButton = m_buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_addButton->setObjectName(QStringLiteral("addProviderPushButton"));
    m_addButton->setDefault(true);
    m_addButton->setEnabled(false);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_pendingLabel);
    layout->addWidget(m_errorLabel);
    layout->addWidget(m_buttons);

    m_fields->setValidator([this]() { return validate(); });
    connect(m_fields, &ValidatedForm::edited, this, [this]() {
        updateDomain();
        updateUpn();
        updatePending();
        ValidatedForm::showMessage(m_errorLabel, QString());
        ValidatedForm::growToFit(this);
    });
    connect(m_fields, &ValidatedForm::validityChanged, m_addButton, &QPushButton::setEnabled);
    connect(m_partnerId, &QLineEdit::textEdited, this, &ProviderAccountDialog::updateProfile);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ProviderAccountDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ProviderAccountDialog::reject);
    retranslateUi();
    m_fields->revalidate();
    m_addButton->setEnabled(m_fields->isValid());
    updateProfile();
    updateDomain();
    updateUpn();
    updatePending();
    resize(640, sizeHint().height());
}

QWidget* ProviderAccountDialog::addTab(Tab tab, const QString& objectName)
{
    auto* page = new QWidget(m_tabs);
    page->setObjectName(objectName);
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    // The tabs are as tall as the tallest; the room left over goes below the form, not into
    // its word-wrapped labels.
    auto* layout = new QVBoxLayout(page);
    layout->addLayout(form);
    layout->addStretch(1);
    m_forms.insert(tab, form);
    m_tabs->addTab(page, QString());
    return page;
}

QLineEdit* ProviderAccountDialog::addLine(Tab tab, const QString& field, const QString& objectName)
{
    auto* edit = new QLineEdit(m_tabs->widget(tab));
    edit->setObjectName(objectName);
    addInput(tab, field, edit);
    return edit;
}

void ProviderAccountDialog::addProfileRows(Tab tab, LegalProfileFields::Parts parts)
{
    m_legal->addRows(m_forms.value(tab), parts);
    for (const QString& field : LegalProfileFields::fieldsOf(parts)) {
        m_fieldTabs.insert(field, tab);
    }
}

void ProviderAccountDialog::addInput(Tab tab, const QString& field, QWidget* input)
{
    m_rowLabels.insert(field, m_fields->addRow(m_forms.value(tab), field, input));
    m_fieldTabs.insert(field, tab);
}

QWidget* ProviderAccountDialog::makeCountriesServed(QWidget* parent)
{
    auto* box = new QWidget(parent);
    box->setObjectName(QStringLiteral("countriesServedWidget"));
    m_countryFilter = new QLineEdit(box);
    m_countryFilter->setObjectName(QStringLiteral("countryFilterLineEdit"));
    m_countryFilter->setClearButtonEnabled(true);
    m_countriesList = new QListWidget(box);
    m_countriesList->setObjectName(QStringLiteral("countriesServedListWidget"));
    m_countriesList->setUniformItemSizes(true);
    m_countriesList->setFixedHeight(m_countriesList->fontMetrics().lineSpacing() * 7);
    m_servedLabel = Labels::text(QStringLiteral("countriesServedLabel"), box);
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_countryFilter);
    layout->addWidget(m_countriesList);
    layout->addWidget(m_servedLabel);
    // The row label's mnemonic goes to the filter; Tab moves on to the list.
    box->setFocusProxy(m_countryFilter);
    fillCountries();
    connect(m_countryFilter, &QLineEdit::textChanged, this, &ProviderAccountDialog::filterCountries);
    connect(m_countriesList, &QListWidget::itemChanged, m_fields,
            [this]() { m_fields->markEdited(QStringLiteral("countriesServed")); });
    return box;
}

QWidget* ProviderAccountDialog::makeServices(QWidget* parent)
{
    auto* box = new QWidget(parent);
    box->setObjectName(QStringLiteral("servicesWidget"));
    auto* grid = new QGridLayout(box);
    grid->setContentsMargins(0, 0, 0, 0);
    int i = 0;
    for (ProviderService service : EnumValues<ProviderService>::all) {
        auto* check = new QCheckBox(box);
        check->setObjectName(serviceObjectName(service));
        grid->addWidget(check, i / 2, i % 2);
        ++i;
        m_serviceBoxes.insert(service, check);
        connect(check, &QCheckBox::toggled, m_fields, [this]() { m_fields->markEdited(QStringLiteral("services")); });
    }
    box->setFocusProxy(m_serviceBoxes.value(ProviderService::CustomerSupport));
    return box;
}

void ProviderAccountDialog::fillCountries()
{
    const QStringList served = countriesServed();
    const QSignalBlocker blocker(m_countriesList);
    m_countriesList->clear();
    for (const Countries::Country& country : Countries::all()) {
        auto* item = new QListWidgetItem(country.name, m_countriesList);
        item->setData(Qt::UserRole, country.code);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(served.contains(country.code) ? Qt::Checked : Qt::Unchecked);
    }
    filterCountries();
}

void ProviderAccountDialog::filterCountries()
{
    const QString needle = m_countryFilter->text().trimmed();
    for (int row = 0; row < m_countriesList->count(); ++row) {
        QListWidgetItem* item = m_countriesList->item(row);
        const bool match = needle.isEmpty() || item->text().contains(needle, Qt::CaseInsensitive)
            || item->data(Qt::UserRole).toString().compare(needle, Qt::CaseInsensitive) == 0;
        item->setHidden(!match);
    }
}

QStringList ProviderAccountDialog::countriesServed() const
{
    QStringList codes;
    for (int row = 0; row < m_countriesList->count(); ++row) {
        const QListWidgetItem* item = m_countriesList->item(row);
        if (item->checkState() == Qt::Checked) {
            codes << item->data(Qt::UserRole).toString();
        }
    }
    codes.sort();
    return codes;
}

void ProviderAccountDialog::setCountryServed(const QString& code, bool served)
{
    for (int row = 0; row < m_countriesList->count(); ++row) {
        QListWidgetItem* item = m_countriesList->item(row);
        if (item->data(Qt::UserRole).toString() == code) {
            item->setCheckState(served ? Qt::Checked : Qt::Unchecked);
        }
    }
}

NewProviderAccount ProviderAccountDialog::input() const
{
    NewProviderAccount p;
    p.legal = m_legal->profile();
    p.tenant = {m_tenantName->text(), m_domainPrefix->text(), p.legal.address.country};
    p.firstUser = m_firstUser->user(DirectoryRole::GlobalAdministrator);
    p.partnerId = m_partnerId->text();
    p.support = {m_supportEmail->text(), m_supportPhone->text(), m_supportWebsite->text()};
    for (ProviderService service : EnumValues<ProviderService>::all) {
        if (m_serviceBoxes.value(service)->isChecked()) {
            p.listing.services << service;
        }
    }
    p.listing.countries = countriesServed();
    p.listing.contactName = m_listingContactName->text();
    p.listing.contactEmail = m_listingContactEmail->text();
    p.listing.contactPhone = m_listingContactPhone->text();
    p.listing.website = m_listingWebsite->text();
    p.listing.description = m_description->toPlainText();
    return p;
}

QList<Error> ProviderAccountDialog::validate() const
{
    QList<Error> errors = m_workspace.directory().validateNewProvider(input());
    m_firstUser->collectConfirmationError(errors);
    return errors;
}

void ProviderAccountDialog::updateProfile()
{
    auto found = m_workspace.directory().findMpnProfile(m_session, m_partnerId->text());
    if (!found || !found->has_value()) {
        m_profileLabel->setText(found ? QString() : found.errorString());
        m_profileLabel->setVisible(!m_profileLabel->text().isEmpty());
        return;
    }
    const MpnProfile& profile = found->value();
    m_profileLabel->setText(profile.linkedPartnerName.isEmpty()
                                ? tr("MPN profile of %1, located in %2 (%3).")
                                      .arg(profile.organizationName, Countries::name(profile.country),
                                           Enums::displayName(profile.status).toLower())
                                : tr("MPN profile of %1, located in %2 (%3), linked to the partner account of %4.")
                                      .arg(profile.organizationName, Countries::name(profile.country),
                                           Enums::displayName(profile.status).toLower(), profile.linkedPartnerName));
    m_profileLabel->show();
    // What the profile says is filled in for people, unless they typed something else already.
    QLineEdit* legalName = m_legal->lineEdit(QStringLiteral("legalName"));
    if (legalName->text().isEmpty() || legalName->text() == m_prefilledLegalName) {
        legalName->setText(profile.organizationName);
        m_prefilledLegalName = profile.organizationName;
        m_fields->markEdited(QStringLiteral("legalName"));
    }
    if (m_legal->country() != profile.country) {
        m_legal->setCountry(profile.country);
        m_fields->markEdited(QStringLiteral("country"));
    }
}

void ProviderAccountDialog::updateDomain()
{
    const QString prefix = Validators::normalizedDomainPrefix(m_domainPrefix->text());
    if (prefix.isEmpty()) {
        m_domainLabel->setText(tr("The provider's tenant will be prefix.onmicrosoft.com."));
        return;
    }
    // A refusal is the field's message; this label says what the domain will be.
    Status available = m_workspace.directory().checkDomainPrefix(prefix);
    m_domainLabel->setText(available ? tr("%1 is available.").arg(Tenant::domainFor(prefix))
                                     : Tenant::domainFor(prefix));
}

void ProviderAccountDialog::updateUpn()
{
    m_firstUser->setDomainPrefix(m_domainPrefix->text());
}

void ProviderAccountDialog::updatePending()
{
    // Fields not edited yet show no message, so say which tabs still need something.
    QList<int> tabs;
    for (const Error& error : validate()) {
        const int tab = m_fieldTabs.value(error.field(), OrganizationTab);
        if (!tabs.contains(tab)) {
            tabs << tab;
        }
    }
    std::sort(tabs.begin(), tabs.end());
    QStringList names;
    for (int tab : tabs) {
        names << m_tabs->tabText(tab);
    }
    m_pendingLabel->setText(names.isEmpty() ? QString()
                                            : tr("To add the provider, complete: %1.").arg(names.join(tr(", "))));
    m_pendingLabel->setVisible(!names.isEmpty());
    // The countries checked, also those the filter hides.
    const QStringList served = countriesServed();
    m_servedLabel->setText(served.isEmpty() ? tr("No country/region chosen yet.")
                                            : tr("Serves: %1").arg(Countries::names(served)));
}

void ProviderAccountDialog::showTabOf(const QString& field)
{
    const auto it = m_fieldTabs.constFind(field);
    if (it != m_fieldTabs.cend()) {
        m_tabs->setCurrentIndex(it.value());
    }
}

void ProviderAccountDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        fillCountries();
        m_fields->revalidate();
        updateProfile();
        updateDomain();
        updateUpn();
        updatePending();
    }
    QDialog::changeEvent(event);
}

void ProviderAccountDialog::retranslateUi()
{
    setWindowTitle(tr("Add an indirect provider"));
    m_intro->setText(tr("An official indirect provider gets a new tenant with its first user, a partner account "
                        "linked to its MPN profile, and a listing that resellers find under Find a provider. The "
                        "account is active at once."));
    m_tabs->setTabText(OrganizationTab, tr("Organization"));
    m_tabs->setTabText(ContactsTab, tr("Contacts"));
    m_tabs->setTabText(FirstUserTab, tr("First user"));
    m_tabs->setTabText(ListingTab, tr("Listing"));
    const QHash<QString, QString> labels{
        {QStringLiteral("partnerId"), tr("Partner &ID:")},
        {QStringLiteral("displayName"), tr("&Tenant display name:")},
        {QStringLiteral("domainPrefix"), tr("&Domain prefix:")},
        {QStringLiteral("supportEmail"), tr("S&upport email:")},
        {QStringLiteral("supportPhone"), tr("Support p&hone:")},
        {QStringLiteral("supportWebsite"), tr("Support &web site:")},
        {QStringLiteral("countriesServed"), tr("Countries/regions &served:")},
        {QStringLiteral("services"), tr("Ser&vices offered:")},
        {QStringLiteral("listingContactName"), tr("Contact &name:")},
        {QStringLiteral("listingContactEmail"), tr("Contact &email:")},
        {QStringLiteral("listingContactPhone"), tr("Contact &phone:")},
        {QStringLiteral("listingWebsite"), tr("&Web site:")},
        {QStringLiteral("listingDescription"), tr("&Description:")},
    };
    for (auto it = labels.cbegin(); it != labels.cend(); ++it) {
        m_rowLabels.value(it.key())->setText(it.value());
    }
    m_partnerId->setPlaceholderText(tr("The Partner ID of an MPN profile in the directory"));
    m_domainPrefix->setPlaceholderText(tr("Letters and digits, such as contosodistribution"));
    m_legal->retranslate();
    m_supportPhone->setPlaceholderText(tr("+1 425 555 0100"));
    m_supportWebsite->setPlaceholderText(tr("https://www.example.com (optional)"));
    m_firstUser->retranslate();
    m_countryFilter->setPlaceholderText(tr("Type to find a country/region"));
    m_countryFilter->setAccessibleName(tr("Find a country/region"));
    m_countriesList->setAccessibleName(tr("Countries/regions served"));
    for (auto it = m_serviceBoxes.cbegin(); it != m_serviceBoxes.cend(); ++it) {
        it.value()->setText(Enums::displayName(it.key()));
    }
    m_listingContactPhone->setPlaceholderText(tr("+1 425 555 0100 (optional)"));
    m_listingWebsite->setPlaceholderText(tr("https://www.example.com (optional)"));
    m_description->setPlaceholderText(tr("What resellers should know about the provider (optional)"));
    m_addButton->setText(tr("Add p&rovider"));
}

void ProviderAccountDialog::accept()
{
    ValidatedForm::showMessage(m_errorLabel, QString());
    if (!m_fields->revalidate(true)) {
        // Something changed since the last keystroke (a Partner ID linked meanwhile, say): show
        // the first problem on its tab, with the keyboard in its field.
        const QList<Error> errors = validate();
        if (!errors.isEmpty()) {
            showTabOf(errors.first().field());
            m_fields->showError(errors.first(), m_errorLabel);
        }
        updatePending();
        ValidatedForm::growToFit(this);
        return;
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto added = m_workspace.directory().addProvider(m_session, input());
    QApplication::restoreOverrideCursor();
    if (!added) {
        // Everything typed stays; the refusal shows where it belongs.
        showTabOf(added.error().field());
        m_fields->showError(added.error(), m_errorLabel);
        ValidatedForm::growToFit(this);
        return;
    }
    m_firstUser->clearPasswords();
    m_added = added.value();
    QDialog::accept();
}
