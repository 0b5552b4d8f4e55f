#pragma once

// A provider's Indirect resellers page (P2, P4, P6): the resellers that authorized it, with their
// Partner ID, country, status, shared customers and since when; inviting a reseller through the
// email draft dialog; the invitations sent, with their status, to revoke a pending one; ending.

#include "domain/Invitation.h"
#include "pages/IndirectPartnersPage.h"

class QPushButton;
class QTabWidget;
class QTableWidget;

class IndirectResellersPage : public IndirectPartnersPage
{
    Q_OBJECT

public:
    IndirectResellersPage(Workspace& workspace, const Session& session, QWidget* parent = nullptr);

    QString title() const override;
    const QList<Invitation>& invitations() const { return m_invitations; }

public Q_SLOTS:
    void inviteReseller();

protected:
    Result<QList<IndirectRelationship>> load() const override;
    QStringList headers() const override;
    QStringList rowOf(const IndirectRelationship& relationship) const override;
    const RelationshipParty& otherParty(const IndirectRelationship& relationship) const override;
    QString endConsequences(const IndirectRelationship& relationship) const override;
    void reloadMore() override;
    void retranslateUi() override;

private:
    void revokeSelected();
    void updateInvitationButtons();
    const Invitation* selectedInvitation() const;
    QString invitationStatusText(const Invitation& invitation) const;

    QTabWidget* m_tabs;
    QTableWidget* m_invitationsTable;
    QPushButton* m_inviteButton;
    QPushButton* m_revokeButton;
    QList<Invitation> m_invitations;
};
