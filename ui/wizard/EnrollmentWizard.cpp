#include "EnrollmentWizard.h"

#include "dialogs/HelpDialog.h"
#include "widgets/MessageBoxes.h"
#include "wizard/EnrollmentPages.h"

#include <QAbstractButton>
#include <QEvent>
#include <QIcon>
#include <QKeySequence>
#include <QMessageBox>
#include <QShortcut>

EnrollmentWizard::EnrollmentWizard(Workspace& workspace, QWidget* parent)
    : QWizard(parent)
    , m_workspace(workspace)
{
    setObjectName(QStringLiteral("enrollmentWizard"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnLastPage);
    setOption(QWizard::NoCancelButtonOnLastPage);
    // Help opens the guide's steps of enrolling (F1 too: the window's shortcut can't reach a modal wizard).
    setOption(QWizard::HaveHelpButton);
    connect(this, &QWizard::helpRequested, this, [this]() { HelpDialog::showAt(QStringLiteral("enroll"), this); });
    auto* help = new QShortcut(QKeySequence::HelpContents, this);
    connect(help, &QShortcut::activated, this, &QWizard::helpRequested);
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
    retranslateUi();
}

void EnrollmentWizard::retranslateUi()
{
    setWindowTitle(tr("Enroll as an indirect reseller"));
}

void EnrollmentWizard::changeEvent(QEvent* event)
{
    QWizard::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        // Qt's own buttons (Back, Next, Cancel, Help) take their texts again when the style changes.
        const WizardStyle style = wizardStyle();
        setWizardStyle(style == ClassicStyle ? ModernStyle : ClassicStyle);
        setWizardStyle(style);
    }
}

void EnrollmentWizard::reject()
{
    if (currentId() != Done && hasInput()) {
        QMessageBox box(QMessageBox::Question, tr("Cancel enrolling?"),
                        tr("What you entered for this enrollment is not kept, and nothing is enrolled."),
                        QMessageBox::Discard | QMessageBox::Cancel, this);
        box.setObjectName(QStringLiteral("cancelEnrollmentMessageBox"));
        MessageBoxes::makePlain(box);
        // Named for what they do, without the style's icons (a red cross on "Keep enrolling").
        box.button(QMessageBox::Discard)->setText(tr("&Discard and close"));
        box.button(QMessageBox::Cancel)->setText(tr("&Keep enrolling"));
        for (QMessageBox::StandardButton which : {QMessageBox::Discard, QMessageBox::Cancel}) {
            box.button(which)->setIcon(QIcon());
        }
        box.setDefaultButton(QMessageBox::Cancel);
        if (box.exec() != QMessageBox::Discard) {
            return;
        }
    }
    QWizard::reject();
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
