#include "SignInDialog.h"

#include "services/DirectoryService.h"
#include "services/Workspace.h"
#include "widgets/ValidatedForm.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

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
    m_busyLabel = new QLabel(this);
    m_busyLabel->setObjectName(QStringLiteral("signInBusyLabel"));
    m_busyLabel->setTextFormat(Qt::PlainText);
    m_busyBar = new QProgressBar(this);
    m_busyBar->setObjectName(QStringLiteral("signInProgressBar"));
    m_busyBar->setRange(0, 0); // indeterminate: it moves while the password is checked
    m_busyBar->setTextVisible(false);
    m_busyLabel->hide();
    m_busyBar->hide();
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
    layout->addWidget(m_busyLabel);
    layout->addWidget(m_busyBar);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &SignInDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &SignInDialog::reject);
    connect(m_user, &QLineEdit::textChanged, this, &SignInDialog::updateButton);
    connect(m_password, &QLineEdit::textChanged, this, &SignInDialog::updateButton);
    connect(&m_check, &QFutureWatcher<SignInCheck>::finished, this, &SignInDialog::passwordChecked);
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
    m_busyLabel->setText(tr("Signing in…"));
    m_busyBar->setAccessibleName(tr("Signing in…"));
}

void SignInDialog::updateButton()
{
    m_signInButton->setEnabled(!isSigningIn() && !m_user->text().trimmed().isEmpty() && !m_password->text().isEmpty());
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
    m_busyLabel->setVisible(signingIn);
    m_busyBar->setVisible(signingIn);
    if (signingIn) {
        QApplication::setOverrideCursor(Qt::BusyCursor);
    } else {
        QApplication::restoreOverrideCursor();
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
    m_attempt = attempt.value();
    setSigningIn(true);
    m_check.setFuture(QtConcurrent::run(&DirectoryService::checkSignIn, attempt.value(), m_password->text()));
}

void SignInDialog::passwordChecked()
{
    if (!isSigningIn()) {
        return; // cancelled meanwhile: the check is dropped
    }
    const SignInAttempt attempt = *m_attempt;
    m_attempt.reset();
    setSigningIn(false);
    auto session = m_workspace.directory().finishSignIn(attempt, m_check.result());
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
        // The worker finishes on its own; its result is not recorded.
        m_attempt.reset();
        setSigningIn(false);
    }
    QDialog::reject();
}
