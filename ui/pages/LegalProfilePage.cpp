#include "LegalProfilePage.h"

#include "services/AccountService.h"
#include "services/Workspace.h"
#include "widgets/CountryComboBox.h"

#include <QLineEdit>

LegalProfilePage::LegalProfilePage(Workspace& workspace, const Session& session, QWidget* parent)
    : FormPage(workspace, session, Action::EditLegalProfile, QStringLiteral("legalProfilePage"), parent)
{
    m_legalName = addLineEdit(QStringLiteral("legalName"), QStringLiteral("legalNameLineEdit"));
    m_line1 = addLineEdit(QStringLiteral("addressLine1"), QStringLiteral("addressLine1LineEdit"));
    m_line2 = addLineEdit(QStringLiteral("addressLine2"), QStringLiteral("addressLine2LineEdit"));
    m_city = addLineEdit(QStringLiteral("city"), QStringLiteral("cityLineEdit"));
    m_region = addLineEdit(QStringLiteral("region"), QStringLiteral("regionLineEdit"));
    m_postalCode = addLineEdit(QStringLiteral("postalCode"), QStringLiteral("postalCodeLineEdit"));
    m_country = new CountryComboBox(this);
    m_country->setObjectName(QStringLiteral("countryComboBox"));
    addInput(QStringLiteral("country"), m_country);
    // The country/region is fixed at enrollment (ARCHITECTURE §3): shown, never editable.
    setFixed(m_country);
    m_firstName = addLineEdit(QStringLiteral("contactFirstName"), QStringLiteral("contactFirstNameLineEdit"));
    m_lastName = addLineEdit(QStringLiteral("contactLastName"), QStringLiteral("contactLastNameLineEdit"));
    m_email = addLineEdit(QStringLiteral("contactEmail"), QStringLiteral("contactEmailLineEdit"));
    m_phone = addLineEdit(QStringLiteral("contactPhone"), QStringLiteral("contactPhoneLineEdit"));
    finishSetup();
}

QString LegalProfilePage::title() const
{
    return tr("Legal business profile");
}

QString LegalProfilePage::headingText() const
{
    return tr("Legal business profile");
}

void LegalProfilePage::retranslateFields()
{
    setRowLabel(m_legalName, tr("&Legal business name:"));
    setRowLabel(m_line1, tr("&Address line 1:"));
    setRowLabel(m_line2, tr("Address line &2:"));
    setRowLabel(m_city, tr("C&ity:"));
    setRowLabel(m_region, tr("State or provin&ce:"));
    setRowLabel(m_postalCode, tr("P&ostal code:"));
    setRowLabel(m_country, tr("Country/region:"));
    setRowLabel(m_firstName, tr("Primary contact's first &name:"));
    setRowLabel(m_lastName, tr("Primary contact's las&t name:"));
    setRowLabel(m_email, tr("Primary contact's &email:"));
    setRowLabel(m_phone, tr("Primary contact's &phone:"));
    m_phone->setPlaceholderText(tr("+1 425 555 0100"));
    m_email->setPlaceholderText(tr("someone@example.com"));
}

void LegalProfilePage::fill(const PartnerAccount& account)
{
    const LegalBusinessProfile& p = account.legal;
    m_legalName->setText(p.legalName);
    m_line1->setText(p.address.line1);
    m_line2->setText(p.address.line2);
    m_city->setText(p.address.city);
    m_region->setText(p.address.region);
    m_postalCode->setText(p.address.postalCode);
    m_country->setCode(p.address.country);
    m_firstName->setText(p.contactFirstName);
    m_lastName->setText(p.contactLastName);
    m_email->setText(p.contactEmail);
    m_phone->setText(p.contactPhone);
}

LegalBusinessProfile LegalProfilePage::profile() const
{
    LegalBusinessProfile p;
    p.legalName = m_legalName->text();
    p.address
        = {m_line1->text(), m_line2->text(), m_city->text(), m_region->text(), m_postalCode->text(), m_country->code()};
    p.contactFirstName = m_firstName->text();
    p.contactLastName = m_lastName->text();
    p.contactEmail = m_email->text();
    p.contactPhone = m_phone->text();
    return p;
}

QList<Error> LegalProfilePage::validate() const
{
    return AccountService::validate(profile());
}

Result<PartnerAccount> LegalProfilePage::save()
{
    return m_workspace.accounts().updateLegalProfile(m_session, profile());
}
