#pragma once

// The rows of a legal business profile wherever one is typed: a partner's (the enrollment wizard,
// Legal business profile, a new provider) or a customer's company, which is the same profile
// (ARCHITECTURE §3). One set of inputs, labels, access keys and placeholders, each row with its
// message under it through the form's ValidatedForm, named with the core's fields ("legalName",
// "addressLine1", …, "contactPhone") so that the service's refusals land under the right row.

#include "domain/PartnerAccount.h"

#include <QHash>
#include <QObject>

class CountryComboBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QWidget;
class ValidatedForm;

class LegalProfileFields : public QObject
{
    Q_OBJECT

public:
    // Whose profile it is: a partner's reads "Legal business name" and "Primary contact", and
    // has the language messages to the contact are written in; a customer's reads "Company
    // name" and "Contact".
    enum class Holder { Partner, Customer };
    // Whether the country/region is chosen here (a new tenant's) or shown (fixed when the tenant
    // was created).
    enum class CountryInput { Shown, Chosen };
    enum Part { Name = 0x1, Address = 0x2, Contact = 0x4, All = Name | Address | Contact };
    Q_DECLARE_FLAGS(Parts, Part)

    LegalProfileFields(ValidatedForm* fields, Holder holder, CountryInput country, QObject* parent = nullptr);

    // Adds the rows of parts to form, whose widget they belong to: the name; the address, ending
    // with the country/region; the contact. Call once per part, in the order of the form.
    void addRows(QFormLayout* form, Parts parts = All);
    // The core's field names of parts, in the order of their rows.
    static QStringList fieldsOf(Parts parts);

    LegalBusinessProfile profile() const;
    void setProfile(const LegalBusinessProfile& profile);
    QString country() const;
    void setCountry(const QString& code);

    // The line edits and the chosen country's and the language's boxes, in the order of the rows.
    QList<QWidget*> inputs() const { return m_inputs; }
    QLineEdit* lineEdit(const QString& field) const { return m_lines.value(field); }
    void setReadOnly(bool readOnly);

    // The labels and placeholders in the interface language; the owner calls it on LanguageChange.
    void retranslate();

private:
    QLineEdit* addLine(QFormLayout* form, const QString& field);
    void addLanguage(QFormLayout* form);

    ValidatedForm* m_fields;
    Holder m_holder;
    CountryInput m_countryInput;
    QString m_country; // a shown country's code
    QHash<QString, QLineEdit*> m_lines;
    QHash<QString, QLabel*> m_rowLabels;
    QList<QWidget*> m_inputs;
    CountryComboBox* m_countryBox = nullptr;
    QLabel* m_countryValue = nullptr;
    QComboBox* m_languageBox = nullptr;
};

Q_DECLARE_OPERATORS_FOR_FLAGS(LegalProfileFields::Parts)
