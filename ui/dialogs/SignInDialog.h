#pragma once

// Sign in with a tenant user's name and password. The password is checked on a worker thread
// while the dialog shows that it is signing in and keeps painting (S10); Cancel or Escape drops
// the check. Errors stay in the dialog, next to what to fix: a wrong user name or password, a
// lock with the time it ends. A user with two-step verification then enters a code from their
// app (or a recovery code); one whose partner requires it and who has none sets it up before
// signing in.
//
// Given a keychain, "Remember me on this computer" keeps the user name and password in it (the
// system keychain, never PartnerDesk's files) once a sign-in succeeds, for this workspace, and
// fills them in next time; the person remembered, signing in with it cleared, is forgotten, and
// so is a remembered password the workspace no longer takes. The keychain is asked only for a
// workspace the settings say it remembers a sign-in of.

#include "security/Session.h"
#include "services/DirectoryService.h"

#include <QDialog>

#include <optional>

class Keychain;
class Workspace;
class QCheckBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class SignInProgress;
struct SignInAttempt;
struct SignInCheck;

class SignInDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SignInDialog(Workspace& workspace, QWidget* parent = nullptr, Keychain* keychain = nullptr);

    const Session& session() const { return m_session; }
    void setUserName(const QString& upn);
    // True while the password is being checked.
    bool isSigningIn() const;

public Q_SLOTS:
    void accept() override;
    void reject() override;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void updateButton();
    void setSigningIn(bool signingIn);
    void passwordChecked(const SignInAttempt& attempt, const SignInCheck& check);
    // With the password checked: the session, the code step, or the setup the partner requires.
    void finishSignIn();
    // The refusal of a sign-in: its message, and the field it is about selected.
    void showError(const Error& error);
    void askForCode();
    void setUpRequiredTwoStep();
    void setRecoveryMode(bool recovery);
    void resetToPassword();
    // The keychain's entry for this workspace: "user name", then the password.
    QString keychainKey() const;
    void rememberedRead(const Result<QString>& entry);
    // After a sign-in: keeps or forgets what the person chose, reporting a failure to parent.
    void keepOrForget(const QString& userName, const QString& password);
    void forget();
    void complete(const Session& session);

    Workspace& m_workspace;
    Session m_session;
    QLabel* m_intro;
    QLabel* m_userLabel;
    QLineEdit* m_user;
    QLabel* m_passwordLabel;
    QLineEdit* m_password;
    QFormLayout* m_form;
    QLabel* m_codeLabel;
    QLineEdit* m_code;
    QPushButton* m_recoveryButton;
    bool m_recoveryMode = false;
    bool m_codeStep = true; // until the constructor shows the password step
    // The checked password, kept while the second step is asked for: it is not checked again.
    std::optional<SignInAttempt> m_attempt;
    SignInCheck m_check;
    Keychain* m_keychain;
    QCheckBox* m_remember;
    // What the keychain held for this workspace when the dialog opened (empty: nothing), and
    // whether the password shown is that one, as the keychain gave it.
    QString m_rememberedUser;
    bool m_rememberedUnreadable = false;
    bool m_passwordRemembered = false;
    QLabel* m_errorLabel;
    SignInProgress* m_progress;
    QDialogButtonBox* m_buttons;
    QPushButton* m_signInButton;
};
