#pragma once

// Account settings > Legal business profile: legal name, address and primary contact.

#include "pages/FormPage.h"

class LegalProfileFields;

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
    LegalProfileFields* m_profile;
};
