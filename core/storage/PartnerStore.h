#pragma once

// SQL for partner accounts: the account itself, its users' partner roles, its status history,
// and provider listings.

#include "common/Result.h"
#include "domain/PartnerAccount.h"

#include <QSqlDatabase>

class PartnerStore
{
public:
    static Status insertAccount(const QSqlDatabase& db, const PartnerAccount& account);
    // "Enroll now" on a shared workspace (schema version 14, rights.enroll): the account, with the
    // actor as its first Admin agent, its history and its audit event, once the database has
    // checked E1–E3 against the PMC sign-in's ticket.
    static Status enrollInDatabase(const QSqlDatabase& db, const QString& actorUserId, const QString& pmcTicket,
                                   const PartnerAccount& account, bool newTenant);
    static Result<std::optional<PartnerAccount>> accountById(const QSqlDatabase& db, const QString& id);
    static Result<std::optional<PartnerAccount>> accountOfTenant(const QSqlDatabase& db, const QString& tenantId);
    static Status updateLegalProfile(const QSqlDatabase& db, const QString& id, const LegalBusinessProfile& legal,
                                     const QDateTime& at);
    static Status updateSupportProfile(const QSqlDatabase& db, const QString& id, const SupportProfile& support,
                                       const QDateTime& at);
    // E2, E3: by actorUserId, an Admin agent of the account (the server checks it again on a
    // shared workspace).
    static Status updatePartnerId(const QSqlDatabase& db, const QString& actorUserId, const QString& id,
                                  const QString& partnerId, const QDateTime& at);
    static Status setStatus(const QSqlDatabase& db, const QString& id, PartnerStatus status, const QDateTime& at);

    static Status insertProgram(const QSqlDatabase& db, const QString& accountId, const PartnerProgram& program);
    static Result<QList<PartnerProgram>> programsOf(const QSqlDatabase& db, const QString& accountId);

    static Status addRole(const QSqlDatabase& db, const QString& accountId, const QString& userId, PartnerRole role);
    static Result<QList<PartnerRole>> rolesOf(const QSqlDatabase& db, const QString& accountId, const QString& userId);

    static Status appendStatusChange(const QSqlDatabase& db, const QString& accountId, const QString& fromStatus,
                                     PartnerStatus toStatus, const QString& reason, const QString& actorUserId,
                                     const QDateTime& at);
    static Result<QList<StatusChange>> statusHistory(const QSqlDatabase& db, const QString& accountId);

    static Status insertListing(const QSqlDatabase& db, const ProviderListing& listing);
    // Provider listings, all of them or those serving one country, by name.
    static Result<QList<ProviderListing>> listings(const QSqlDatabase& db, const QString& country = {});
    // The listing of one provider account, whatever its status.
    static Result<std::optional<ProviderListing>> listingOf(const QSqlDatabase& db, const QString& accountId);
};
