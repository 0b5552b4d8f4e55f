#pragma once

// Accepting an invitation link (P3, P5, C3): the link (passed, or pasted here), who sent it and
// what each partner will be allowed to do, a consent check box, and "Authorize", enabled only
// while the box is checked and the signed-in user may accept. Someone not signed in, or signed in
// as someone who can't accept, signs in from here; a customer without a tenant creates one.

#include "domain/Customer.h"
#include "domain/IndirectRelationship.h"
#include "domain/Invitation.h"
#include "security/Session.h"

#include <QDialog>

#include <functional>
#include <optional>

class QCheckBox;
class QDialogButtonBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class Workspace;

class AcceptInvitationDialog : public QDialog
{
    Q_OBJECT

public:
    // Asks someone to sign in (the window's sign-in dialog); empty when they cancel.
    using SignIn = std::function<std::optional<Session>()>;

    AcceptInvitationDialog(Workspace& workspace, std::optional<Session> session, SignIn signIn,
                           QWidget* parent = nullptr);

    void setLink(const QString& link);
    QString link() const;
    // Who is signed in now: may differ from the session given if they signed in here.
    const std::optional<Session>& session() const { return m_session; }
    // The relationship made, once an indirect provider was authorized.
    const IndirectRelationship& relationship() const { return m_relationship; }
    // Once accepted: whether it was a customer invitation, and which partners now serve.
    bool wasCustomerInvitation() const { return isCustomerInvitation(); }
    QString acceptedMessage() const { return m_acceptedMessage; }

public Q_SLOTS:
    void accept() override;

protected:
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    // The consent's words, beside its check box and as its accessible name.
    void setConsentText(const QString& text);
    void retranslateUi();
    // Checks the link and the signed-in user again and shows what follows.
    void refresh();
    void signInHere();
    void updateAuthorizeButton();
    bool isCustomerInvitation() const;
    // A customer without a tenant describes the one to create (C3).
    void createTenant();

    Workspace& m_workspace;
    std::optional<Session> m_session;
    SignIn m_signIn;
    std::optional<InvitationPreview> m_preview;
    bool m_mayAccept = false;
    IndirectRelationship m_relationship;
    std::optional<NewCustomer> m_newCustomer;
    QString m_acceptedMessage;

    QLabel* m_intro;
    QLabel* m_linkLabel;
    QLineEdit* m_link;
    QLabel* m_linkErrorLabel;
    QGroupBox* m_invitationGroup;
    QLabel* m_fromLabel;
    QLabel* m_permissionsLabel;
    QCheckBox* m_consent;
    QLabel* m_consentLabel;
    bool m_consentPressed = false; // a press on the consent's words, which a release there completes
    QLabel* m_signedInLabel;
    QLabel* m_refusalLabel;
    QPushButton* m_signInButton;
    QPushButton* m_createTenantButton;
    QDialogButtonBox* m_buttons;
    QPushButton* m_authorizeButton;
};
