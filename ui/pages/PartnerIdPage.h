#pragma once

// Account settings > Partner ID: the MPN ID linked to the account, the profiles of the same
// Partner Membership Center account, and linking another one (E2 and E3 still hold).

#include "pages/FormPage.h"

class QLabel;
class QTableWidget;

class PartnerIdPage : public FormPage
{
    Q_OBJECT

public:
    PartnerIdPage(Workspace& workspace, const Session& session, QWidget* parent = nullptr);
    QString title() const override;

protected:
    QString headingText() const override;
    void fill(const PartnerAccount& account) override;
    QList<Error> validate() const override;
    Result<PartnerAccount> save() override;
    void retranslateFields() override;

private:
    QLabel* m_explanation;
    QLineEdit* m_partnerId;
    QTableWidget* m_profilesTable;
};
