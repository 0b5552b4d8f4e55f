#include "LegalProfileFields.h"

#include "common/MessageLanguage.h"
#include "domain/Countries.h"
#include "widgets/CountryComboBox.h"
#include "widgets/Labels.h"
#include "widgets/ValidatedForm.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

LegalProfileFields::LegalProfileFields(ValidatedForm* fields, Holder holder, CountryInput country, QObject* parent)
    : QObject(parent)
    , m_fields(fields)
    , m_holder(holder)
    , m_countryInput(country)
{
}

QStringList LegalProfileFields::fieldsOf(Parts parts)
{
    QStringList fields;
    if (parts & Name) {
        fields << QStringLiteral("legalName");
    }
    if (parts & Address) {
        fields << QStringLiteral("addressLine1") << QStringLiteral("addressLine2") << QStringLiteral("city")
               << QStringLiteral("region") << QStringLiteral("postalCode") << QStringLiteral("country");
    }
    if (parts & Contact) {
        fields << QStringLiteral("contactFirstName") << QStringLiteral("contactLastName")
               << QStringLiteral("contactEmail") << QStringLiteral("contactPhone") << QStringLiteral("contactLanguage");
    }
    return fields;
}

void LegalProfileFields::addRows(QFormLayout* form, Parts parts)
{
    for (const QString& field : fieldsOf(parts)) {
        if (field == QLatin1String("contactLanguage")) {
            if (m_holder == Holder::Partner) {
                addLanguage(form);
            }
        } else if (field != QLatin1String("country")) {
            addLine(form, field);
        } else if (m_countryInput == CountryInput::Chosen) {
            m_countryBox = new CountryComboBox(form->parentWidget());
            m_countryBox->setObjectName(QStringLiteral("countryComboBox"));
            if (!m_country.isEmpty()) {
                m_countryBox->setCode(m_country);
            }
            m_rowLabels.insert(field, m_fields->addRow(form, field, m_countryBox));
            m_inputs << m_countryBox;
        } else {
            m_countryValue = Labels::text(QStringLiteral("countryLabel"), form->parentWidget());
            m_countryValue->setText(Countries::name(m_country));
            auto* label = new QLabel(form->parentWidget());
            label->setBuddy(m_countryValue); // names the value for screen readers
            form->addRow(label, m_countryValue);
            m_rowLabels.insert(field, label);
        }
    }
    retranslate();
}

QLineEdit* LegalProfileFields::addLine(QFormLayout* form, const QString& field)
{
    auto* line = new QLineEdit(form->parentWidget());
    line->setObjectName(field + QStringLiteral("LineEdit"));
    m_lines.insert(field, line);
    m_rowLabels.insert(field, m_fields->addRow(form, field, line));
    m_inputs << line;
    return line;
}

void LegalProfileFields::addLanguage(QFormLayout* form)
{
    // Each language named in itself; a new profile starts in the interface's.
    m_languageBox = new QComboBox(form->parentWidget());
    m_languageBox->setObjectName(QStringLiteral("contactLanguageComboBox"));
    for (const QString& language : MessageLanguage::available()) {
        m_languageBox->addItem(MessageLanguage::nativeName(language), language);
    }
    const int current = m_languageBox->findData(QLocale().name().left(2));
    m_languageBox->setCurrentIndex(current < 0 ? 0 : current);
    m_rowLabels.insert(QStringLiteral("contactLanguage"),
                       m_fields->addRow(form, QStringLiteral("contactLanguage"), m_languageBox));
    m_inputs << m_languageBox;
}

LegalBusinessProfile LegalProfileFields::profile() const
{
    const auto text = [this](const char* field) {
        const QLineEdit* line = m_lines.value(QString::fromLatin1(field));
        return line ? line->text() : QString();
    };
    LegalBusinessProfile p;
    p.legalName = text("legalName");
    p.address
        = {text("addressLine1"), text("addressLine2"), text("city"), text("region"), text("postalCode"), country()};
    p.contactFirstName = text("contactFirstName");
    p.contactLastName = text("contactLastName");
    p.contactEmail = text("contactEmail");
    p.contactPhone = text("contactPhone");
    if (m_languageBox) {
        p.contactLanguage = m_languageBox->currentData().toString();
    }
    return p;
}

void LegalProfileFields::setProfile(const LegalBusinessProfile& p)
{
    const QHash<QString, QString> values{
        {QStringLiteral("legalName"), p.legalName},
        {QStringLiteral("addressLine1"), p.address.line1},
        {QStringLiteral("addressLine2"), p.address.line2},
        {QStringLiteral("city"), p.address.city},
        {QStringLiteral("region"), p.address.region},
        {QStringLiteral("postalCode"), p.address.postalCode},
        {QStringLiteral("contactFirstName"), p.contactFirstName},
        {QStringLiteral("contactLastName"), p.contactLastName},
        {QStringLiteral("contactEmail"), p.contactEmail},
        {QStringLiteral("contactPhone"), p.contactPhone},
    };
    for (auto it = m_lines.cbegin(); it != m_lines.cend(); ++it) {
        it.value()->setText(values.value(it.key()));
    }
    setCountry(p.address.country);
    if (m_languageBox) {
        const int index = m_languageBox->findData(p.contactLanguage);
        m_languageBox->setCurrentIndex(index < 0 ? 0 : index);
    }
}

void LegalProfileFields::setCountry(const QString& code)
{
    m_country = code;
    if (m_countryBox) {
        m_countryBox->setCode(code);
    }
    if (m_countryValue) {
        m_countryValue->setText(Countries::name(code));
    }
}

QString LegalProfileFields::country() const
{
    return m_countryBox ? m_countryBox->code() : m_country;
}

void LegalProfileFields::setReadOnly(bool readOnly)
{
    for (QLineEdit* line : std::as_const(m_lines)) {
        line->setReadOnly(readOnly);
    }
    for (QComboBox* box : {static_cast<QComboBox*>(m_countryBox), m_languageBox}) {
        if (box) {
            box->setEnabled(!readOnly);
        }
    }
}

void LegalProfileFields::retranslate()
{
    const bool partner = m_holder == Holder::Partner;
    // Access keys unique in every form these rows are part of, and apart from the main window's
    // menus (File, View, Help) and the Save, Revert, Next and Continue buttons next to them.
    const QHash<QString, QString> texts{
        {QStringLiteral("legalName"), partner ? tr("&Legal business name:") : tr("Company &name:")},
        {QStringLiteral("addressLine1"), tr("Address line &1:")},
        {QStringLiteral("addressLine2"), tr("Address line &2:")},
        {QStringLiteral("city"), tr("Cit&y:")},
        {QStringLiteral("region"), tr("St&ate or province:")},
        {QStringLiteral("postalCode"), tr("Postal c&ode:")},
        {QStringLiteral("country"),
         m_countryInput == CountryInput::Chosen ? tr("Country/re&gion:") : tr("Country/region:")},
        {QStringLiteral("contactFirstName"),
         partner ? tr("Primary contact's first na&me:") : tr("Contact's first na&me:")},
        {QStringLiteral("contactLastName"),
         partner ? tr("Primary contact's las&t name:") : tr("Contact's las&t name:")},
        {QStringLiteral("contactEmail"), partner ? tr("Primary contact's &email:") : tr("Contact's &email:")},
        {QStringLiteral("contactPhone"), partner ? tr("Primary contact's &phone:") : tr("Contact's &phone:")},
        {QStringLiteral("contactLanguage"), tr("Primary contact's lan&guage:")},
    };
    for (auto it = m_rowLabels.cbegin(); it != m_rowLabels.cend(); ++it) {
        it.value()->setText(texts.value(it.key()));
    }
    if (QLineEdit* email = m_lines.value(QStringLiteral("contactEmail"))) {
        email->setPlaceholderText(tr("someone@example.com"));
    }
    if (QLineEdit* phone = m_lines.value(QStringLiteral("contactPhone"))) {
        phone->setPlaceholderText(tr("+1 425 555 0100"));
    }
    if (m_countryValue) {
        m_countryValue->setText(Countries::name(m_country));
    }
}
