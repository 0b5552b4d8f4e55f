#pragma once

// Sign in with a tenant user's name and password. The password is checked on a worker thread
// while the dialog shows that it is signing in and keeps painting (S10); Cancel or Escape drops
// the check. Errors stay in the dialog, next to what to fix: a wrong user name or password, a
// lock with the time it ends.

#include "security/Session.h"

#include <QDialog>

class Workspace;
class QDialogButtonBox;
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
    explicit SignInDialog(Workspace& workspace, QWidget* parent = nullptr);

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
    void showError(const Error& error);

    Workspace& m_workspace;
    Session m_session;
    QLabel* m_intro;
    QLabel* m_userLabel;
    QLineEdit* m_user;
    QLabel* m_passwordLabel;
    QLineEdit* m_password;
    QLabel* m_errorLabel;
    SignInProgress* m_progress;
    QDialogButtonBox* m_buttons;
    QPushButton* m_signInButton;
};
