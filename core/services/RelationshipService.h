#pragma once

// Indirect providers and indirect resellers working together (P1, P3–P6): finding a provider,
// authorizing one through its invitation, both sides' lists, ending, and the check every action
// of a provider on a reseller's behalf goes through.

#include "common/Result.h"
#include "domain/Customer.h"
#include "domain/IndirectRelationship.h"
#include "domain/Invitation.h"
#include "domain/PartnerAccount.h"
#include "security/Session.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlDatabase>

#include <functional>

class Workspace;

class RelationshipService
{
    Q_DECLARE_TR_FUNCTIONS(RelationshipService)

public:
    explicit RelationshipService(Workspace& workspace);

    // P1: the official, Active providers serving country (the reseller's own when empty) that
    // offer every one of services, by name.
    Result<QList<ProviderListing>> findProviders(const Session& session, const QString& country = {},
                                                 const QList<ProviderService>& services = {}) const;

    // P3, P5: whether the signed-in user may authorize the provider behind link, and what they
    // would authorize. Writes nothing.
    Result<InvitationPreview> checkAuthorization(const Session& session, const QString& link) const;
    // P3–P5: with consent given, makes the provider behind link the reseller's indirect provider;
    // the invitation is used up. Audited on both sides; both primary contacts get a message.
    Result<IndirectRelationship> authorizeProvider(const Session& session, const QString& link, bool consent);

    // P4: the reseller's Indirect providers page and the provider's Indirect resellers page,
    // with ended relationships kept as history (V1: only the signed-in partner's own).
    Result<QList<IndirectRelationship>> providersOf(const Session& session) const;
    // SharedCounts::Later leaves each relationship's shared customers NotCounted, for
    // sharedCountsRead() to count apart: a provider with thousands of resellers waits seconds for them.
    enum class SharedCounts { Now, Later };
    Result<QList<IndirectRelationship>> resellersOf(const Session& session,
                                                    SharedCounts counts = SharedCounts::Now) const;
    // The shared customers of each of the provider's Active relationships, by relationship id, as a
    // read for another connection (a BackgroundReader's, as the same person), checked here.
    using SharedCountsRead = std::function<Result<QHash<QString, int>>(const QSqlDatabase& db)>;
    Result<SharedCountsRead> sharedCountsRead(const Session& session) const;

    // C7: the customers both sides of the relationship serve, for either side (V1: only a party
    // to the relationship may ask).
    Result<QList<SharedCustomer>> sharedCustomers(const Session& session, const QString& relationshipId) const;

    // P6: either side ends an Active relationship; history stays.
    Result<IndirectRelationship> end(const Session& session, const QString& relationshipId);

    // P6, C5: whether the signed-in provider may act for the reseller now: only an Active
    // provider's Admin or Sales agent, for an Active reseller, while their relationship is
    // Active. The refusal names what is missing.
    Status requireActiveRelationship(const Session& session, const QString& resellerAccountId) const;

private:
    // The relationship if the session's partner is a party to it; NotFound otherwise (V1).
    Result<IndirectRelationship> partyTo(const Session& session, const QString& relationshipId) const;
    Result<InvitationPreview> check(const Session& session, const QString& link) const;

    Workspace& m_workspace;
};
