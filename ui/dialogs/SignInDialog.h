#pragma once

// Sign in with a tenant user's name and password. Errors stay in the dialog, next to what to
// fix: an unknown user, a wrong password, a lock with the time it ends.

#include "security/Session.h"

#include <QDialog>

class Workspace;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

class SignInDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SignInDialog(Workspace& workspace, QWidget* parent = nullptr);

    const Session& session() const { return m_session; }
    void setUserName(const QString& upn);

public Q_SLOTS:
    void accept() override;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void updateButton();

    Workspace& m_workspace;
    Session m_session;
    QLabel* m_intro;
    QLabel* m_userLabel;
    QLineEdit* m_user;
    QLabel* m_passwordLabel;
    QLineEdit* m_password;
    QLabel* m_errorLabel;
    QDialogButtonBox* m_buttons;
    QPushButton* m_signInButton;
};
