#pragma once

// The invitations a partner sent, of some kinds, with their status (P2, C1): recipient, sent,
// by whom, until when, and what became of it; a pending one can be revoked after a confirmation.
// The Indirect resellers page shows reseller invitations; the Customers page customer ones.

#include "domain/Invitation.h"
#include "security/Session.h"

#include <QWidget>

class Workspace;
class QPushButton;
class QTableWidget;

class InvitationsPanel : public QWidget
{
    Q_OBJECT

public:
    InvitationsPanel(Workspace& workspace, const Session& session, const QList<InvitationKind>& kinds,
                     QWidget* parent = nullptr);

    void setSession(const Session& session);
    void reload();
    void retranslateUi();
    const QList<Invitation>& invitations() const { return m_invitations; }

Q_SIGNALS:
    void done(const QString& message);
    void failed(const QString& message);

private:
    void revokeSelected();
    void updateButtons();
    const Invitation* selectedInvitation() const;
    QString statusText(const Invitation& invitation) const;
    bool showsProvider() const;

    Workspace& m_workspace;
    Session m_session;
    QList<InvitationKind> m_kinds;
    QTableWidget* m_table;
    QPushButton* m_revokeButton;
    QList<Invitation> m_invitations;
};
