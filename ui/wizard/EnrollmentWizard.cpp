#include "EnrollmentWizard.h"

#include "wizard/EnrollmentPages.h"

EnrollmentWizard::EnrollmentWizard(Workspace& workspace, QWidget* parent)
    : QWizard(parent)
    , m_workspace(workspace)
{
    setObjectName(QStringLiteral("enrollmentWizard"));
    setWindowTitle(tr("Enroll as an indirect reseller"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnLastPage);
    setOption(QWizard::NoCancelButtonOnLastPage);
    setPage(Welcome, new WelcomePage(this));
    setPage(TenantStep, new TenantPage(this));
    setPage(PartnerIdInfo, new PartnerIdInfoPage(this));
    setPage(PmcUserName, new PmcUserNamePage(this));
    setPage(PmcPassword, new PmcPasswordPage(this));
    setPage(Profile, new ProfilePage(this));
    setPage(Business, new BusinessPage(this));
    setPage(Review, new ReviewPage(this));
    setPage(Done, new DonePage(this));
    setStartId(Welcome);
    resize(760, 620);
}

QString EnrollmentWizard::pmcUserName() const
{
    const auto* pageWithName = qobject_cast<const PmcUserNamePage*>(page(PmcUserName));
    return pageWithName ? pageWithName->userName() : QString();
}

void EnrollmentWizard::signInToPmcAgain(const QString& reason)
{
    m_draft.pmcAccountId.clear();
    m_draft.pmcTicket.clear();
    while (currentId() != PmcPassword && currentId() != -1 && !visitedIds().isEmpty()) {
        back();
    }
    if (auto* passwordPage = qobject_cast<PmcPasswordPage*>(currentPage())) {
        passwordPage->showReason(reason);
    }
}

void EnrollmentWizard::signInWithAnotherPmcAccount()
{
    m_draft.pmcAccountId.clear();
    m_draft.pmcTicket.clear();
    m_draft.partnerId.clear();
    while (currentId() != PmcUserName && currentId() != -1 && !visitedIds().isEmpty()) {
        back();
    }
}
