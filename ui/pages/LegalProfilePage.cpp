#include "LegalProfilePage.h"

#include "services/AccountService.h"
#include "services/Workspace.h"
#include "widgets/LegalProfileFields.h"

LegalProfilePage::LegalProfilePage(Workspace& workspace, const Session& session, QWidget* parent)
    : FormPage(workspace, session, Action::EditLegalProfile, QStringLiteral("legalProfilePage"), parent)
    // The country/region is fixed at enrollment (ARCHITECTURE §3): shown, never editable.
    , m_profile(new LegalProfileFields(m_fields, LegalProfileFields::Holder::Partner,
                                       LegalProfileFields::CountryInput::Shown, this))
{
    m_profile->addRows(form());
    adoptInputs(m_profile->inputs());
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
    m_profile->retranslate();
}

void LegalProfilePage::fill(const PartnerAccount& account)
{
    m_profile->setProfile(account.legal);
}

QList<Error> LegalProfilePage::validate() const
{
    return AccountService::validate(m_profile->profile());
}

Result<PartnerAccount> LegalProfilePage::save()
{
    return m_workspace.accounts().updateLegalProfile(m_session, m_profile->profile());
}
