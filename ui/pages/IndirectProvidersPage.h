#pragma once

// A reseller's Indirect providers page (P4, P6, C1): the providers it has authorized, with their
// Partner ID, country, support contact and since when; accepting an invitation; inviting a new
// customer for the reseller and the selected provider together; ending.

#include "pages/IndirectPartnersPage.h"

class QPushButton;

class IndirectProvidersPage : public IndirectPartnersPage
{
    Q_OBJECT

public:
    IndirectProvidersPage(Workspace& workspace, const Session& session, QWidget* parent = nullptr);

    QString title() const override;

Q_SIGNALS:
    void acceptInvitationRequested();
    void findProviderRequested();

protected:
    Result<QList<IndirectRelationship>> load() const override;
    QStringList headers() const override;
    QStringList rowOf(const IndirectRelationship& relationship) const override;
    const RelationshipParty& otherParty(const IndirectRelationship& relationship) const override;
    QString endConsequences(const IndirectRelationship& relationship) const override;
    void reloadMore() override;
    void retranslateUi() override;
    void updateMoreButtons() override;

private:
    void inviteCustomers();

    QPushButton* m_acceptButton;
    QPushButton* m_findButton;
    QPushButton* m_inviteCustomersButton;
};
