#pragma once

// A provider's Indirect resellers page (P2, P4, P6): the resellers that authorized it, with their
// Partner ID, country, status, shared customers and since when; inviting a reseller through the
// email draft dialog; the invitations sent, with their status, to revoke a pending one; ending.

#include "domain/Invitation.h"
#include "pages/IndirectPartnersPage.h"

class QPushButton;
class QTabWidget;
class InvitationsPanel;

class IndirectResellersPage : public IndirectPartnersPage
{
    Q_OBJECT

public:
    IndirectResellersPage(Workspace& workspace, const Session& session, QWidget* parent = nullptr);

    QString title() const override;
    const QList<Invitation>& invitations() const;

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
    // The list comes at once; the customers each reseller shares come from a reader of their own
    // (counting reads every customer of every reseller), "Counting…" until then.
    void countShared();
    void showShared(const QHash<QString, int>& counts);

    int m_countGeneration = 0;
    bool m_countFailed = false; // the counts could not be read: the column says so, not "Counting…"
    QTabWidget* m_tabs;
    InvitationsPanel* m_invitationsPanel;
    QPushButton* m_inviteButton;
};
