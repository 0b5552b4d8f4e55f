#pragma once

// Account settings > Legal business profile: legal name, address and primary contact.

#include "pages/FormPage.h"

class CountryComboBox;

class LegalProfilePage : public FormPage
{
    Q_OBJECT

public:
    LegalProfilePage(Workspace& workspace, const Session& session, QWidget* parent = nullptr);
    QString title() const override;

protected:
    QString headingText() const override;
    void fill(const PartnerAccount& account) override;
    QList<Error> validate() const override;
    Result<PartnerAccount> save() override;
    void retranslateFields() override;

private:
    LegalBusinessProfile profile() const;

    QLineEdit* m_legalName;
    QLineEdit* m_line1;
    QLineEdit* m_line2;
    QLineEdit* m_city;
    QLineEdit* m_region;
    QLineEdit* m_postalCode;
    CountryComboBox* m_country;
    QLineEdit* m_firstName;
    QLineEdit* m_lastName;
    QLineEdit* m_email;
    QLineEdit* m_phone;
};
