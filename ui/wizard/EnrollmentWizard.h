#pragma once

// The enrollment wizard (seed: "Enroll as a new indirect reseller", steps 2–8): one page class
// per step, all sharing the wizard's draft. Nothing is written until "Enroll now"; Cancel leaves
// the workspace as it was, and asks first once something was entered. Back keeps what was entered.

#include "domain/Enrollment.h"
#include "security/Session.h"

#include <QWizard>

class Workspace;

class EnrollmentWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId { Welcome, TenantStep, PartnerIdInfo, PmcUserName, PmcPassword, Profile, Business, Review, Done };

    explicit EnrollmentWizard(Workspace& workspace, QWidget* parent = nullptr);

    Workspace& workspace() { return m_workspace; }
    EnrollmentDraft& draft() { return m_draft; }
    // The Partner Membership Center user name typed on its page, for the password page.
    QString pmcUserName() const;
    // The enrolling user's session, once "Enroll now" succeeded.
    const Session& session() const { return m_session; }
    void setSession(const Session& session) { m_session = session; }
    // Goes back to the PMC user name page to sign in with another account (E5).
    void signInWithAnotherPmcAccount();
    // Goes back to the PMC password page, saying why (reason): the PMC sign-in has ended. What was
    // chosen and typed after it stays.
    void signInToPmcAgain(const QString& reason);
    // Whether the person may have entered something: every field and choice is past the Welcome
    // page, which only explains. Cancel then asks.
    bool hasInput() const { return visitedIds().size() > 1; }

public Q_SLOTS:
    // Cancel, Escape and closing the window: after any input, only once the person confirms that
    // what they entered goes.
    void reject() override;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();

    Workspace& m_workspace;
    EnrollmentDraft m_draft;
    Session m_session;
};
