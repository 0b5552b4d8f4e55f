#pragma once

// The pages of EnrollmentWizard, one class per step of the seed's "Get started" list.

#include "common/Result.h"
#include "domain/PartnerAccount.h"

#include <QWizardPage>

#include <functional>

class CountryComboBox;
class LegalProfileFields;
class NewUserFields;
class EnrollmentWizard;
class QLabel;
class QLineEdit;
class QRadioButton;
class QStackedWidget;
class QTableWidget;
class SignInProgress;
struct SignInAttempt;
struct SignInCheck;
class ValidatedForm;
class Workspace;

// Helpers every page uses: the wizard, its workspace, and a label for refusals.
class EnrollmentPage : public QWizardPage
{
    Q_OBJECT

protected:
    explicit EnrollmentPage(const QString& objectName, QWidget* parent = nullptr);
    EnrollmentWizard* enrollmentWizard() const;
    Workspace& workspace() const;
    void showError(const QString& message);
    // Gives widget the keyboard once QWizard has finished showing the page (it focuses the
    // page's first focusable child itself, after initializePage()).
    static void focusWhenShown(QWidget* widget);
    // Sets the page's texts in the interface language now, and again after each language switch
    // (an open wizard follows the menu bar).
    void translated(const std::function<void()>& texts);
    // Whether the person has reached this page: what it shows was made from the draft then.
    bool reached() const;
    void changeEvent(QEvent* event) override;
    QLabel* m_errorLabel;

private:
    QList<std::function<void()>> m_texts;
};

// Step 2: the information to gather before starting, and that review can take days.
class WelcomePage : public EnrollmentPage
{
    Q_OBJECT

public:
    explicit WelcomePage(QWidget* parent = nullptr);

private:
    QLabel* m_text;
};

// Step 3: sign in to an existing tenant as a Global administrator, or create a new tenant.
class TenantPage : public EnrollmentPage
{
    Q_OBJECT

public:
    explicit TenantPage(QWidget* parent = nullptr);
    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;
    void cleanupPage() override;

private:
    void setSigningIn(bool signingIn);
    void passwordChecked(const SignInAttempt& attempt, const SignInCheck& check);
    QList<Error> newTenantErrors() const;
    void updateDomain();
    bool creating() const;

    QRadioButton* m_signInRadio;
    QRadioButton* m_createRadio;
    QStackedWidget* m_stack;
    QLineEdit* m_upn;
    QLineEdit* m_password;
    ValidatedForm* m_fields;
    QLineEdit* m_organization;
    QLineEdit* m_prefix;
    QLabel* m_domainLabel;
    CountryComboBox* m_country;
    NewUserFields* m_administrator;
    SignInProgress* m_progress;
    bool m_signedIn = false; // the password was checked: Next goes on
};

// Step 4: why the MPN ID is linked; "Sign in" goes on to Partner Membership Center.
class PartnerIdInfoPage : public EnrollmentPage
{
    Q_OBJECT

public:
    explicit PartnerIdInfoPage(QWidget* parent = nullptr);
};

// Step 5: the PMC user name.
class PmcUserNamePage : public EnrollmentPage
{
    Q_OBJECT

public:
    explicit PmcUserNamePage(QWidget* parent = nullptr);
    void initializePage() override;
    QString userName() const;

private:
    QLineEdit* m_userName;
};

// Step 6: the PMC password; "Sign in" checks it and stays here when it is wrong.
class PmcPasswordPage : public EnrollmentPage
{
    Q_OBJECT

public:
    explicit PmcPasswordPage(QWidget* parent = nullptr);
    // Shows why the password is asked for again (the sign-in has ended), on the page as it is.
    void showReason(const QString& reason);
    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;
    void cleanupPage() override;

private:
    void passwordChecked(const SignInAttempt& attempt, const SignInCheck& check);

    QLabel* m_account;
    QLineEdit* m_password;
    SignInProgress* m_progress;
    bool m_signedIn = false; // the password was checked: Sign in goes on
};

// Step 7: the organization profiles of the PMC account (E2); Cancel signs in with another (E5).
class ProfilePage : public EnrollmentPage
{
    Q_OBJECT

public:
    explicit ProfilePage(QWidget* parent = nullptr);
    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

private:
    QString selectedPartnerId() const;

    QLabel* m_intro;
    QTableWidget* m_table;
};

// Step 8: legal business profile, primary contact and customer support, checked as typed.
class BusinessPage : public EnrollmentPage
{
    Q_OBJECT

public:
    explicit BusinessPage(QWidget* parent = nullptr);
    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

private:
    LegalBusinessProfile legal() const;
    SupportProfile support() const;
    QList<Error> errors() const;
    // Fills the empty fields with what the wizard knows: the MPN profile's organization and the
    // signed-in (or new) administrator as the primary contact.
    void startFromWhatIsKnown();
    // Tells the applicant, as the reviewers will see it, when the contact's email domain is
    // neither the web site's nor the tenant's.
    void updateDomainNote();

    ValidatedForm* m_fields;
    QLabel* m_domainNote;
    LegalProfileFields* m_profile;
    QLineEdit* m_supportEmail;
    QLineEdit* m_supportPhone;
    QLineEdit* m_website;
};

// Step 8 (end): everything entered, and "Enroll now".
class ReviewPage : public EnrollmentPage
{
    Q_OBJECT

public:
    explicit ReviewPage(QWidget* parent = nullptr);
    void initializePage() override;
    bool validatePage() override;

private:
    QLabel* m_summary;
};

// Step 8 result: pending email verification, and what happens next.
class DonePage : public EnrollmentPage
{
    Q_OBJECT

public:
    explicit DonePage(QWidget* parent = nullptr);
    void initializePage() override;

private:
    QLabel* m_text;
};
