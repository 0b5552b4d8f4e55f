#include "SignInDialog.h"

#include "Keychain.h"
#include "dialogs/TwoStepSetupDialog.h"
#include "services/DirectoryService.h"
#include "services/Workspace.h"
#include "widgets/Labels.h"
#include "widgets/SignInProgress.h"
#include "widgets/ValidatedForm.h"

#include <QApplication>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

namespace {

// The workspaces this computer's account remembers a sign-in for (their keychain keys, no
// secret): the keychain is asked only about those, so that no one who never chose to be
// remembered is asked to unlock it, or told that this computer has none.
const QString RememberedKey = QStringLiteral("signIn/remembered");

bool isRemembered(const QString& key)
{
    return QSettings().value(RememberedKey).toStringList().contains(key);
}

void setRemembered(const QString& key, bool remembered)
{
    QSettings settings;
    QStringList keys = settings.value(RememberedKey).toStringList();
    keys.removeAll(key);
    if (remembered) {
        keys.append(key);
    }
    settings.setValue(RememberedKey, keys);
}

} // namespace

SignInDialog::SignInDialog(Workspace& workspace, QWidget* parent, Keychain* keychain)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_keychain(keychain)
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
    m_remember = new QCheckBox(this);
    m_remember->setObjectName(QStringLiteral("rememberCheckBox"));
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
    m_form->addRow(QString(), m_remember);
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
    // A remembered password belongs to its user name: another name takes another password, and
    // another person makes their own choice.
    connect(m_user, &QLineEdit::textEdited, this, [this]() {
        if (m_passwordRemembered) {
            m_password->clear();
            m_passwordRemembered = false;
            m_remember->setChecked(false);
        }
    });
    connect(m_password, &QLineEdit::textEdited, this, [this]() { m_passwordRemembered = false; });
    connect(m_progress, &SignInProgress::checked, this, &SignInDialog::passwordChecked);
    resetToPassword();
    retranslateUi();
    updateButton();
    resize(460, sizeHint().height());
    if (m_keychain && isRemembered(keychainKey())) {
        m_keychain->read(keychainKey(), this, [this](const Result<QString>& entry) { rememberedRead(entry); });
    }
}

QString SignInDialog::keychainKey() const
{
    return QStringLiteral("sign-in ") + m_workspace.database().location().toString();
}

void SignInDialog::rememberedRead(const Result<QString>& entry)
{
    if (!entry) {
        ValidatedForm::showMessage(
            m_errorLabel,
            tr("Your sign-in remembered on this computer couldn't be read: %1.").arg(entry.error().message()));
        ValidatedForm::growToFit(this);
        // Whoever it is, signing in with the box cleared forgets it.
        m_rememberedUnreadable = true;
        return;
    }
    const QJsonObject remembered = QJsonDocument::fromJson(entry->toUtf8()).object();
    const QString user = remembered.value(QLatin1String("user")).toString();
    const QString password = remembered.value(QLatin1String("password")).toString();
    if (user.isEmpty() || password.isEmpty()) {
        // Removed from the keychain meanwhile (or never written): nothing to ask about again.
        setRemembered(keychainKey(), false);
        return;
    }
    m_rememberedUser = user;
    // What the person began meanwhile stays as it is, their choice included.
    const QString typed = m_user->text().trimmed();
    if (isSigningIn() || m_attempt || !m_password->text().isEmpty()
        || (!typed.isEmpty() && typed.compare(user, Qt::CaseInsensitive) != 0)) {
        return;
    }
    m_user->setText(user);
    m_password->setText(password);
    m_passwordRemembered = true;
    m_remember->setChecked(true);
    m_signInButton->setFocus();
}

void SignInDialog::keepOrForget(const QString& userName, const QString& password)
{
    if (!m_keychain) {
        return;
    }
    if (!m_remember->isChecked()) {
        // Only the person remembered forgets themselves: another signing in leaves them be.
        if (m_rememberedUnreadable || userName.compare(m_rememberedUser, Qt::CaseInsensitive) == 0) {
            forget();
        }
        return;
    }
    // The answer may come after this dialog closed: it is shown over the window that opened it, if
    // that is still there.
    const QPointer<QWidget> window = parentWidget();
    const QJsonObject entry{{QStringLiteral("user"), userName}, {QStringLiteral("password"), password}};
    const QString key = keychainKey();
    setRemembered(key, true);
    m_keychain->write(key, QString::fromUtf8(QJsonDocument(entry).toJson(QJsonDocument::Compact)), qApp,
                      [window, key](const Status& kept) {
                          if (!kept) {
                              setRemembered(key, false);
                              QMessageBox::warning(window, tr("Not remembered"),
                                                   tr("You're signed in, but PartnerDesk couldn't remember you on "
                                                      "this computer: %1.")
                                                       .arg(kept.error().message()));
                          }
                      });
}

void SignInDialog::forget()
{
    const QPointer<QWidget> window = parentWidget();
    setRemembered(keychainKey(), false);
    m_keychain->remove(keychainKey(), qApp, [window](const Status& forgotten) {
        if (!forgotten) {
            QMessageBox::warning(window, tr("Not forgotten"),
                                 tr("PartnerDesk couldn't forget the sign-in it remembered on this computer: %1. "
                                    "Remove the entry of PartnerDesk from the system keychain yourself.")
                                     .arg(forgotten.error().message()));
        }
    });
    m_rememberedUser.clear();
    m_rememberedUnreadable = false;
}

void SignInDialog::complete(const Session& session)
{
    keepOrForget(session.user.upn, m_password->text());
    m_password->clear();
    m_passwordRemembered = false;
    m_session = session;
    QDialog::accept();
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
    m_remember->setText(tr("&Remember me on this computer"));
    m_remember->setToolTip(tr("Keeps your user name and password in this computer's keychain, so that you "
                              "needn't type them next time. Clear it when you sign in to forget them."));
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
    m_form->setRowVisible(m_remember, m_keychain != nullptr);
    retranslateUi();
    updateButton();
}

void SignInDialog::askForCode()
{
    m_codeStep = true;
    m_form->setRowVisible(m_user, false);
    m_form->setRowVisible(m_password, false);
    m_form->setRowVisible(m_remember, false);
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
    complete(*signedIn);
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
        Error error = session.error();
        resetToPassword();
        if (m_passwordRemembered
            && (error.code() == ErrorCode::WrongPassword || error.code() == ErrorCode::UnknownUser)) {
            // The workspace no longer takes what was remembered (a reset, a new password): it goes.
            forget();
            m_password->clear();
            m_passwordRemembered = false;
            m_remember->setChecked(false);
            error = Error(error.code(),
                          tr("%1 The password remembered on this computer no longer works, so PartnerDesk "
                             "forgot it.")
                              .arg(error.message()),
                          QStringLiteral("password"));
        }
        showError(error);
        return;
    }
    complete(session.value());
}

void SignInDialog::reject()
{
    if (isSigningIn()) {
        m_progress->cancel();
        setSigningIn(false);
    }
    QDialog::reject();
}
