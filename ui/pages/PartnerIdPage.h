#pragma once

// Account settings > Partner ID: the MPN ID linked to the account, the profiles of the same
// Partner Membership Center account, and linking another one (E2 and E3 hold, as you type too).

#include "domain/Directory.h"
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
    void afterLanguageChange() override;

private:
    void loadProfiles();
    void choose(int row);

    QLabel* m_explanation;
    QLineEdit* m_partnerId;
    QTableWidget* m_profilesTable;
    QList<MpnProfile> m_profiles;
    QString m_accountId;
};
