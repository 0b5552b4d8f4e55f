#include "FindProviderPage.h"

#include "domain/Countries.h"
#include "domain/Validators.h"
#include "services/RelationshipService.h"
#include "services/Workspace.h"
#include "widgets/CountryComboBox.h"
#include "widgets/Email.h"
#include "widgets/Labels.h"
#include "widgets/Tables.h"
#include "widgets/ValidatedForm.h"

#include <QCheckBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QUrl>
#include <QVBoxLayout>

namespace {

QString servicesText(const QList<ProviderService>& services)
{
    QStringList names;
    for (ProviderService service : Enums::inDeclarationOrder(services)) {
        names << Enums::displayName(service);
    }
    return names.join(QStringLiteral(", "));
}

} // namespace

FindProviderPage::FindProviderPage(Workspace& workspace, const Session& session, QWidget* parent)
    : Page(workspace, session, parent)
{
    setObjectName(QStringLiteral("findProviderPage"));
    m_heading = makeHeading(QStringLiteral("findProviderHeadingLabel"), this);
    m_intro = Labels::text(QStringLiteral("findProviderIntroLabel"), this);
    m_country = new CountryComboBox(this);
    m_country->setObjectName(QStringLiteral("countryComboBox"));
    m_country->setCode(session.tenant.country);
    m_countryLabel = new QLabel(this);
    m_countryLabel->setObjectName(QStringLiteral("countryLabel"));
    m_countryLabel->setBuddy(m_country);
    m_servicesGroup = new QGroupBox(this);
    m_servicesGroup->setObjectName(QStringLiteral("servicesGroupBox"));
    auto* servicesLayout = new QHBoxLayout(m_servicesGroup);
    for (ProviderService service : EnumValues<ProviderService>::all) {
        auto* box = new QCheckBox(m_servicesGroup);
        box->setObjectName(Enums::key(service) + QStringLiteral("CheckBox"));
        servicesLayout->addWidget(box);
        m_services << box;
        connect(box, &QCheckBox::toggled, this, &FindProviderPage::reload);
    }
    servicesLayout->addStretch();
    auto* countryRow = new QHBoxLayout;
    countryRow->addWidget(m_countryLabel);
    countryRow->addWidget(m_country);
    countryRow->addStretch();

    m_table = Tables::makeReadOnly(QStringLiteral("providersTableWidget"), 4, this);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_emptyLabel = Labels::text(QStringLiteral("noProviderLabel"), this);
    m_detailsGroup = new QGroupBox(this);
    m_detailsGroup->setObjectName(QStringLiteral("providerDetailsGroupBox"));
    m_details = Labels::text(QStringLiteral("providerDetailsLabel"), m_detailsGroup);
    m_details->setTextFormat(Qt::RichText);
    m_details->setOpenExternalLinks(true);
    m_details->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_contactButton = new QPushButton(m_detailsGroup);
    m_contactButton->setObjectName(QStringLiteral("contactProviderPushButton"));
    auto* detailsLayout = new QVBoxLayout(m_detailsGroup);
    detailsLayout->addWidget(m_details);
    auto* contactRow = new QHBoxLayout;
    contactRow->addWidget(m_contactButton);
    contactRow->addStretch();
    detailsLayout->addLayout(contactRow);
    m_errorLabel = ValidatedForm::makeMessageLabel(QStringLiteral("findProviderErrorLabel"), this);
    m_doneLabel = Labels::text(QStringLiteral("findProviderDoneLabel"), this);
    m_doneLabel->hide();

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_intro);
    layout->addLayout(countryRow);
    layout->addWidget(m_servicesGroup);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_emptyLabel);
    layout->addWidget(m_detailsGroup);
    layout->addWidget(m_doneLabel);
    layout->addWidget(m_errorLabel);

    connect(m_country, &QComboBox::currentIndexChanged, this, &FindProviderPage::reload);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &FindProviderPage::showSelected);
    connect(m_table, &QTableWidget::itemActivated, this, &FindProviderPage::contactSelected);
    connect(m_contactButton, &QPushButton::clicked, this, &FindProviderPage::contactSelected);
    retranslateUi();
    reloadWhenShown();
}

QString FindProviderPage::title() const
{
    return tr("Find a provider");
}

void FindProviderPage::retranslateUi()
{
    m_heading->setText(tr("Find a provider"));
    m_intro->setText(tr("Different indirect providers offer different support and services: evaluate the providers "
                        "in your area to find the ones that best meet your needs. When you find one you want to "
                        "partner with, contact them to discuss their reseller program, level of support and terms; "
                        "they then email you an invitation to accept."));
    m_countryLabel->setText(tr("Providers serving &resellers in:"));
    m_servicesGroup->setTitle(tr("Offering"));
    for (int i = 0; i < m_services.size(); ++i) {
        m_services.at(i)->setText(Enums::displayName(EnumValues<ProviderService>::all[i]));
    }
    m_table->setAccessibleName(tr("Providers"));
    m_table->setHorizontalHeaderLabels({tr("Provider"), tr("Partner ID"), tr("Serves"), tr("Offers")});
    m_detailsGroup->setTitle(tr("Contact"));
    m_contactButton->setText(tr("&Contact by email…"));
}

QList<ProviderService> FindProviderPage::chosenServices() const
{
    QList<ProviderService> services;
    for (int i = 0; i < m_services.size(); ++i) {
        if (m_services.at(i)->isChecked()) {
            services << EnumValues<ProviderService>::all[i];
        }
    }
    return services;
}

void FindProviderPage::reload()
{
    ValidatedForm::showMessage(m_errorLabel, QString());
    const QString selectedId = selected() ? selected()->partnerAccountId : QString();
    auto found = m_workspace.relationships().findProviders(m_session, m_country->code(), chosenServices());
    m_list = found ? found.value() : QList<ProviderListing>();
    if (!found) {
        ValidatedForm::showMessage(m_errorLabel, found.errorString());
    }
    // Providers the reseller already works with are marked, so that nobody contacts them anew.
    QStringList current;
    if (auto providers = m_workspace.relationships().providersOf(m_session)) {
        for (const IndirectRelationship& r : providers.value()) {
            if (r.status == RelationshipStatus::Active) {
                current << r.provider.accountId;
            }
        }
    }
    QList<QStringList> rows;
    for (const ProviderListing& provider : std::as_const(m_list)) {
        rows << QStringList{current.contains(provider.partnerAccountId)
                                ? tr("%1 (already your provider)").arg(provider.name)
                                : provider.name,
                            provider.partnerId, Countries::names(provider.countries), servicesText(provider.services)};
    }
    Tables::setRows(m_table, rows);
    int selectRow = m_list.isEmpty() ? -1 : 0;
    for (int row = 0; row < m_list.size(); ++row) {
        if (m_list.at(row).partnerAccountId == selectedId) {
            selectRow = row;
        }
    }
    if (selectRow >= 0) {
        m_table->selectRow(selectRow);
    }
    m_emptyLabel->setText(
        chosenServices().isEmpty()
            ? tr("No official provider serves resellers in %1.").arg(Countries::name(m_country->code()))
            : tr("No official provider serves resellers in %1 with every service chosen. Clear "
                 "some of them to see more providers.")
                  .arg(Countries::name(m_country->code())));
    m_emptyLabel->setVisible(m_list.isEmpty());
    showSelected();
}

const ProviderListing* FindProviderPage::selected() const
{
    const int row = Tables::selectedRow(m_table);
    return row >= 0 && row < m_list.size() ? &m_list.at(row) : nullptr;
}

void FindProviderPage::showSelected()
{
    const ProviderListing* provider = selected();
    m_detailsGroup->setVisible(provider != nullptr);
    if (!provider) {
        return;
    }
    QStringList lines;
    lines << QStringLiteral("<b>%1</b>").arg(provider->name.toHtmlEscaped());
    if (!provider->description.isEmpty()) {
        lines << provider->description.toHtmlEscaped();
    }
    lines << tr("Contact: %1").arg(provider->contactName.toHtmlEscaped());
    lines << tr("Email: %1").arg(provider->contactEmail.toHtmlEscaped());
    if (!provider->contactPhone.isEmpty()) {
        lines << tr("Phone: %1").arg(Validators::displayPhone(provider->contactPhone).toHtmlEscaped());
    }
    if (!provider->website.isEmpty()) {
        const QUrl url = QUrl::fromUserInput(provider->website);
        lines << tr("Website: %1")
                     .arg(url.isValid()
                                  && (url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http"))
                              ? QStringLiteral("<a href=\"%1\">%2</a>")
                                    .arg(QString::fromUtf8(url.toEncoded()).toHtmlEscaped(),
                                         provider->website.toHtmlEscaped())
                              : provider->website.toHtmlEscaped());
    }
    m_details->setText(lines.join(QStringLiteral("<br>")));
    const QString program = Email::mailProgram();
    m_contactButton->setToolTip(program.isEmpty()
                                    ? tr("Puts a message to %1 on the clipboard: no email program is set up on this "
                                         "computer.")
                                          .arg(provider->contactEmail)
                                    : tr("Opens a new email to %1 in %2.").arg(provider->contactEmail, program));
}

OutboxMessage FindProviderPage::contactMessage(const ProviderListing& provider) const
{
    OutboxMessage message;
    message.recipient = provider.contactEmail;
    const QString reseller = m_session.partner ? m_session.partner->legal.legalName : m_session.tenant.displayName;
    const QString partnerId = m_session.partner ? m_session.partner->partnerId : QString();
    message.subject = tr("Reseller program of %1").arg(provider.name);
    message.body = tr("Hello %1,\n\nWe are %2 (Partner ID %3), an indirect reseller in %4. We would like to discuss "
                      "your reseller program, your level of support and your terms, and to connect our accounts "
                      "in the Cloud Solution Provider program.\n\nKind regards,\n%5")
                       .arg(provider.contactName, reseller, partnerId, Countries::name(m_session.tenant.country),
                            m_session.user.displayName);
    return message;
}

void FindProviderPage::contactSelected()
{
    const ProviderListing* provider = selected();
    if (!provider) {
        return;
    }
    ValidatedForm::showMessage(m_errorLabel, QString());
    ValidatedForm::showMessage(m_doneLabel, QString());
    const OutboxMessage message = contactMessage(*provider);
    const QString program = Email::mailProgram();
    if (!program.isEmpty() && Email::open(message)) {
        ValidatedForm::showMessage(
            m_doneLabel, tr("%1 has a message to %2. Send it from there.").arg(program, provider->contactEmail));
        return;
    }
    // Nothing to write it in: the message goes on the clipboard, and the page says so.
    Email::copy(message);
    ValidatedForm::showMessage(m_errorLabel,
                               tr("No email program opened, so the message to %1 (%2) is on the clipboard: paste it "
                                  "into a new email.")
                                   .arg(provider->contactName, provider->contactEmail));
}
