#include "SupportProfilePage.h"

#include "services/AccountService.h"
#include "services/Workspace.h"

#include <QLineEdit>

SupportProfilePage::SupportProfilePage(Workspace& workspace, const Session& session, QWidget* parent)
    : FormPage(workspace, session, Action::EditSupportProfile, QStringLiteral("supportProfilePage"), parent)
{
    m_email = addLineEdit(QStringLiteral("supportEmail"), QStringLiteral("supportEmailLineEdit"));
    m_phone = addLineEdit(QStringLiteral("supportPhone"), QStringLiteral("supportPhoneLineEdit"));
    m_website = addLineEdit(QStringLiteral("supportWebsite"), QStringLiteral("supportWebsiteLineEdit"));
    finishSetup();
}

QString SupportProfilePage::title() const
{
    return tr("Support profile");
}

QString SupportProfilePage::headingText() const
{
    return tr("Customer support profile");
}

void SupportProfilePage::retranslateFields()
{
    setRowLabel(m_email, tr("Support &email:"));
    setRowLabel(m_phone, tr("Support &phone:"));
    setRowLabel(m_website, tr("Support &web site:"));
    m_email->setPlaceholderText(tr("support@example.com"));
    m_phone->setPlaceholderText(tr("+1 425 555 0100"));
    m_website->setPlaceholderText(tr("https://www.example.com (optional)"));
}

void SupportProfilePage::fill(const PartnerAccount& account)
{
    m_email->setText(account.support.email);
    m_phone->setText(account.support.phone);
    m_website->setText(account.support.website);
}

SupportProfile SupportProfilePage::profile() const
{
    return {m_email->text(), m_phone->text(), m_website->text()};
}

QList<Error> SupportProfilePage::validate() const
{
    return AccountService::validate(profile(),
                                    m_session.partner ? m_session.partner->legal.address.country : QString());
}

Result<PartnerAccount> SupportProfilePage::save()
{
    return m_workspace.accounts().updateSupportProfile(m_session, profile());
}
