#include "SignInDialog.h"

#include "services/DirectoryService.h"
#include "services/Workspace.h"
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
    m_intro = new QLabel(this);
    m_intro->setObjectName(QStringLiteral("signInIntroLabel"));
    m_intro->setWordWrap(true);
    m_user = new QLineEdit(this);
    m_user->setObjectName(QStringLiteral("userNameLineEdit"));
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("passwordLineEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    m_userLabel = new QLabel(this);
    m_userLabel->setBuddy(m_user);
    m_passwordLabel = new QLabel(this);
    m_passwordLabel->setBuddy(m_password);
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

    auto* form = new QFormLayout;
    form->addRow(m_userLabel, m_user);
    form->addRow(m_passwordLabel, m_password);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(form);
    layout->addWidget(m_errorLabel);
    layout->addWidget(m_progress);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &SignInDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &SignInDialog::reject);
    connect(m_user, &QLineEdit::textChanged, this, &SignInDialog::updateButton);
    connect(m_password, &QLineEdit::textChanged, this, &SignInDialog::updateButton);
    connect(m_progress, &SignInProgress::checked, this, &SignInDialog::passwordChecked);
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
    m_signInButton->setText(tr("&Sign in"));
}

void SignInDialog::updateButton()
{
    m_signInButton->setEnabled(!isSigningIn() && !m_user->text().trimmed().isEmpty() && !m_password->text().isEmpty());
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

void SignInDialog::showError(const Error& error)
{
    ValidatedForm::showMessage(m_errorLabel, error.message());
    ValidatedForm::growToFit(this);
    if (error.field() == QLatin1String("password")) {
        m_password->selectAll();
        m_password->setFocus();
    } else {
        m_user->selectAll();
        m_user->setFocus();
    }
}

void SignInDialog::accept()
{
    if (!m_signInButton->isEnabled() || isSigningIn()) {
        return;
    }
    ValidatedForm::showMessage(m_errorLabel, QString());
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
    auto session = m_workspace.directory().finishSignIn(attempt, check);
    if (!session) {
        showError(session.error());
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
