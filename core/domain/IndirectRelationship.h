#pragma once

// An indirect provider and an indirect reseller working together (ARCHITECTURE §3, P4, P6):
// what each side's page shows of the other.

#include "domain/Enums.h"
#include "domain/PartnerAccount.h"

#include <QDateTime>
#include <QString>

// One side of a relationship as the other side sees it.
struct RelationshipParty
{
    QString accountId;
    QString name;
    QString partnerId;
    QString country;
    PartnerStatus status = PartnerStatus::Active;
    SupportProfile support;
};

struct IndirectRelationship
{
    QString id;
    RelationshipParty provider;
    RelationshipParty reseller;
    RelationshipStatus status = RelationshipStatus::Active;
    QDateTime since;
    QString authorizedByName;
    QDateTime ended;
    QString endedByName;
    QString endedByPartnerName;
    // Customers both serve: all a provider may count of them (V1). NotCounted for an Active one
    // when the list was read without counting them (RelationshipService::resellersOf, SharedCounts::Later).
    static constexpr int NotCounted = -1;
    int sharedCustomers = 0;
};
