#pragma once

// Sign in with a tenant user's name and password. The password is checked on a worker thread
// while the dialog shows that it is signing in and keeps painting (S10); Cancel or Escape drops
// the check. Errors stay in the dialog, next to what to fix: a wrong user name or password, a
// lock with the time it ends.

#include "security/Session.h"
#include "services/DirectoryService.h"

#include <QDialog>
#include <QFutureWatcher>

#include <optional>

class Workspace;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

class SignInDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SignInDialog(Workspace& workspace, QWidget* parent = nullptr);

    const Session& session() const { return m_session; }
    void setUserName(const QString& upn);
    // True while the password is being checked.
    bool isSigningIn() const { return m_attempt.has_value(); }

public Q_SLOTS:
    void accept() override;
    void reject() override;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void updateButton();
    void setSigningIn(bool signingIn);
    void passwordChecked();
    void showError(const Error& error);

    Workspace& m_workspace;
    Session m_session;
    QLabel* m_intro;
    QLabel* m_userLabel;
    QLineEdit* m_user;
    QLabel* m_passwordLabel;
    QLineEdit* m_password;
    QLabel* m_errorLabel;
    QLabel* m_busyLabel;
    QProgressBar* m_busyBar;
    QFutureWatcher<SignInCheck> m_check;
    std::optional<SignInAttempt> m_attempt; // set while its password is being checked
    QDialogButtonBox* m_buttons;
    QPushButton* m_signInButton;
};
