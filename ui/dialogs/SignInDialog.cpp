#include "SignInDialog.h"

#include "dialogs/TwoStepSetupDialog.h"
#include "services/DirectoryService.h"
#include "services/Workspace.h"
#include "widgets/Labels.h"
#include "widgets/SignInProgress.h"
#include "widgets/ValidatedForm.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

SignInDialog::SignInDialog(Workspace& workspace, QWidget* parent)
    : QDialog(parent)
    , m_workspace(workspace)
{
    setObjectName(QStringLiteral("signInDialog"));
    // Plain text (S8): the code step names the user name as typed.
    m_intro = Labels::text(QStringLiteral("signInIntroLabel"), this);
    m_user = new QLineEdit(this);
    m_user->setObjectName(QStringLiteral("userNameLineEdit"));
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("passwordLineEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    m_userLabel = new QLabel(this);
    m_userLabel->setBuddy(m_user);
    m_passwordLabel = new QLabel(this);
    m_passwordLabel->setBuddy(m_password);
    m_code = new QLineEdit(this);
    m_code->setObjectName(QStringLiteral("signInCodeLineEdit"));
    m_code->setMaxLength(40);
    m_codeLabel = new QLabel(this);
    m_codeLabel->setWordWrap(true);
    m_codeLabel->setBuddy(m_code);
    m_recoveryButton = new QPushButton(this);
    m_recoveryButton->setObjectName(QStringLiteral("useRecoveryCodePushButton"));
    m_recoveryButton->setFlat(true);
    m_recoveryButton->setAutoDefault(false);
    m_errorLabel = ValidatedForm::makeMessageLabel(QStringLiteral("signInErrorLabel"), this);
    m_progress = new SignInProgress(QStringLiteral("signIn"), this);
    // A button of our own, not the standard Ok: QDialogButtonBox resets the texts of standard
    // buttons on a language change, after this dialog has retranslated.
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_buttons->setObjectName(QStringLiteral("signInButtonBox"));
    m_signInButton = m_buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_signInButton->setObjectName(QStringLiteral("signInPushButton"));
    m_signInButton->setDefault(true);
    m_buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelPushButton"));

    m_form = new QFormLayout;
    m_form->addRow(m_userLabel, m_user);
    m_form->addRow(m_passwordLabel, m_password);
    m_form->addRow(m_codeLabel);
    m_form->addRow(m_code);
    m_form->addRow(m_recoveryButton);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(m_form);
    layout->addWidget(m_errorLabel);
    layout->addWidget(m_progress);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &SignInDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &SignInDialog::reject);
    connect(m_user, &QLineEdit::textChanged, this, &SignInDialog::updateButton);
    connect(m_password, &QLineEdit::textChanged, this, &SignInDialog::updateButton);
    connect(m_code, &QLineEdit::textChanged, this, &SignInDialog::updateButton);
    connect(m_recoveryButton, &QPushButton::clicked, this, [this]() { setRecoveryMode(!m_recoveryMode); });
    // Another user name or password starts over from the password.
    connect(m_user, &QLineEdit::textEdited, this, &SignInDialog::resetToPassword);
    connect(m_password, &QLineEdit::textEdited, this, &SignInDialog::resetToPassword);
    connect(m_progress, &SignInProgress::checked, this, &SignInDialog::passwordChecked);
    resetToPassword();
    retranslateUi();
    updateButton();
    resize(460, sizeHint().height());
}

void SignInDialog::setUserName(const QString& upn)
{
    m_user->setText(upn);
    m_password->setFocus();
}

void SignInDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QDialog::changeEvent(event);
}

void SignInDialog::retranslateUi()
{
    setWindowTitle(tr("Sign in to PartnerDesk"));
    m_intro->setText(tr("Sign in with the user name and password of your organization's tenant."));
    m_userLabel->setText(tr("&User name:"));
    m_passwordLabel->setText(tr("&Password:"));
    m_user->setPlaceholderText(tr("someone@example.onmicrosoft.com"));
    m_signInButton->setText(m_attempt ? tr("&Verify") : tr("&Sign in"));
    if (m_attempt) {
        m_intro->setText(tr("Two-step verification is on for %1.").arg(m_attempt->name));
    }
    m_codeLabel->setText(m_recoveryMode ? tr("Enter one of your recovery &codes:")
                                        : tr("Enter the 6-digit &code from your authenticator app:"));
    m_code->setPlaceholderText(m_recoveryMode ? tr("XXXX-XXXX-XXXX-XXXX") : tr("123456"));
    m_recoveryButton->setText(m_recoveryMode ? tr("Use a code from the &app instead")
                                             : tr("Use a &recovery code instead"));
}

void SignInDialog::updateButton()
{
    if (isSigningIn()) {
        m_signInButton->setEnabled(false);
        return;
    }
    if (m_attempt) {
        m_signInButton->setEnabled(!m_code->text().trimmed().isEmpty());
        return;
    }
    m_signInButton->setEnabled(!m_user->text().trimmed().isEmpty() && !m_password->text().isEmpty());
}

bool SignInDialog::isSigningIn() const
{
    return m_progress->isRunning();
}

void SignInDialog::setSigningIn(bool signingIn)
{
    // Read-only rather than disabled, and focus in the password field rather than on the Sign in
    // button about to be disabled: focus would move on to Cancel, and Enter cancel the sign-in.
    m_user->setReadOnly(signingIn);
    m_password->setReadOnly(signingIn);
    if (signingIn) {
        m_password->setFocus();
    }
    updateButton();
}

void SignInDialog::resetToPassword()
{
    if (!m_attempt && !m_codeStep) {
        return;
    }
    m_codeStep = false;
    m_attempt.reset();
    m_check = {};
    m_code->clear();
    m_recoveryMode = false;
    m_form->setRowVisible(m_code, false);
    m_form->setRowVisible(m_codeLabel, false);
    m_form->setRowVisible(m_recoveryButton, false);
    m_form->setRowVisible(m_user, true);
    m_form->setRowVisible(m_password, true);
    retranslateUi();
    updateButton();
}

void SignInDialog::askForCode()
{
    m_codeStep = true;
    m_form->setRowVisible(m_user, false);
    m_form->setRowVisible(m_password, false);
    m_form->setRowVisible(m_codeLabel, true);
    m_form->setRowVisible(m_code, true);
    m_form->setRowVisible(m_recoveryButton, true);
    m_code->clear();
    retranslateUi();
    updateButton();
    m_code->setFocus();
}

void SignInDialog::setRecoveryMode(bool recovery)
{
    m_recoveryMode = recovery;
    m_code->clear();
    ValidatedForm::showMessage(m_errorLabel, QString());
    retranslateUi();
    m_code->setFocus();
}

void SignInDialog::showError(const Error& error)
{
    ValidatedForm::showMessage(m_errorLabel, error.message());
    ValidatedForm::growToFit(this);
    QLineEdit* field = m_user;
    if (error.field() == QLatin1String("code") && m_attempt) {
        field = m_code;
    } else if (error.field() == QLatin1String("password")) {
        field = m_password;
    }
    field->selectAll();
    field->setFocus();
}

void SignInDialog::setUpRequiredTwoStep()
{
    const SignInAttempt attempt = *m_attempt;
    const SignInCheck check = m_check;
    std::optional<Session> signedIn;
    TwoStepSetupDialog setup(
        attempt.name, TwoStepSetupDialog::Purpose::RequiredAtSignIn,
        [&](const QByteArray& secret, const QString& code) -> Result<QStringList> {
            QStringList codes;
            auto session = m_workspace.directory().finishSignIn(attempt, check, {code, secret}, &codes);
            if (!session) {
                return session.error();
            }
            signedIn = session.value();
            return codes;
        },
        this);
    setup.exec();
    resetToPassword();
    if (!signedIn) {
        ValidatedForm::showMessage(m_errorLabel,
                                   tr("Your organization requires two-step verification: set it up to "
                                      "sign in."));
        ValidatedForm::growToFit(this);
        return;
    }
    m_password->clear();
    m_session = *signedIn;
    QDialog::accept();
}

void SignInDialog::accept()
{
    if (!m_signInButton->isEnabled() || isSigningIn()) {
        return;
    }
    ValidatedForm::showMessage(m_errorLabel, QString());
    if (m_attempt) {
        // The password is already checked: this is the code step.
        finishSignIn();
        return;
    }
    auto attempt = m_workspace.directory().prepareSignIn(m_user->text());
    if (!attempt) {
        showError(attempt.error());
        return;
    }
    m_progress->start(attempt.value(), m_password->text());
    setSigningIn(true);
}

void SignInDialog::passwordChecked(const SignInAttempt& attempt, const SignInCheck& check)
{
    setSigningIn(false);
    m_attempt = attempt;
    m_check = check;
    finishSignIn();
}

void SignInDialog::finishSignIn()
{
    SecondFactor factor;
    factor.code = m_codeStep ? m_code->text() : QString();
    auto session = m_workspace.directory().finishSignIn(*m_attempt, m_check, factor);
    if (!session) {
        switch (session.code()) {
        case ErrorCode::SecondFactorRequired:
            if (m_codeStep) {
                showError(session.error());
            } else {
                askForCode();
            }
            return;
        case ErrorCode::SecondFactorEnrollmentRequired:
            setUpRequiredTwoStep();
            return;
        case ErrorCode::WrongSecondFactor:
            // Cleared, so that Enter pressed again doesn't count the same wrong code twice.
            m_code->clear();
            showError(session.error());
            return;
        default:
            break;
        }
        // A wrong password, a lock: back to the password, with the refusal.
        const Error error = session.error();
        resetToPassword();
        showError(error);
        return;
    }
    m_password->clear();
    m_session = session.value();
    QDialog::accept();
}

void SignInDialog::reject()
{
    if (isSigningIn()) {
        m_progress->cancel();
        setSigningIn(false);
    }
    QDialog::reject();
}
