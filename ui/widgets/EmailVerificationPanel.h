#pragma once

// Home's box for a partner account pending email verification (E7): the code from the message sent
// to the primary contact's address (never shown in PartnerDesk), Verify, and Send a new code when it
// was lost, locked after wrong tries, or expired.

#include "security/Session.h"

#include <QGroupBox>

class QLabel;
class QLineEdit;
class QPushButton;
class Workspace;

class EmailVerificationPanel : public QGroupBox
{
    Q_OBJECT

public:
    EmailVerificationPanel(Workspace& workspace, const Session& session, QWidget* parent = nullptr);

    // Who is signed in changed: the intro names the primary contact's email of this session.
    void setSession(const Session& session);

Q_SIGNALS:
    // The code was right: the account is now under review and the session should be reloaded.
    void verified();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void updateVerifyButton();
    void verify();
    void sendNewCode();

    Workspace& m_workspace;
    Session m_session;
    QLabel* m_introLabel;
    QLabel* m_codeLabel;
    QLineEdit* m_codeEdit;
    QPushButton* m_verifyButton;
    QPushButton* m_sendButton;
    QLabel* m_errorLabel;
    QLabel* m_confirmationLabel;
};
