#pragma once

// Account settings > Support profile: how customers reach the partner's support.

#include "pages/FormPage.h"

class SupportProfilePage : public FormPage
{
    Q_OBJECT

public:
    SupportProfilePage(Workspace& workspace, const Session& session, QWidget* parent = nullptr);
    QString title() const override;

protected:
    QString headingText() const override;
    void fill(const PartnerAccount& account) override;
    QList<Error> validate() const override;
    Result<PartnerAccount> save() override;
    void retranslateFields() override;

private:
    SupportProfile profile() const;

    QLineEdit* m_email;
    QLineEdit* m_phone;
    QLineEdit* m_website;
};
