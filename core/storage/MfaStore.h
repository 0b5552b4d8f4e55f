#pragma once

// SQL for two-step verification: a user's confirmed enrollment, its one-time recovery codes (as
// salted hashes) and a partner's requirement that every user have it. Callers hold the
// transaction.

#include "common/Result.h"
#include "domain/Mfa.h"

#include <QSet>
#include <QSqlDatabase>
#include <QStringList>

#include <optional>

class MfaStore
{
public:
    static Result<std::optional<MfaEnrollment>> enrollment(const QSqlDatabase& db, const QString& userId);
    // Replaces the user's enrollment and recovery codes (a new enrollment replaces an old one).
    static Status replaceEnrollment(const QSqlDatabase& db, const MfaEnrollment& enrollment,
                                    const QStringList& recoveryCodeHashes);
    // Removes the enrollment and its codes; true when there was one.
    static Result<bool> removeEnrollment(const QSqlDatabase& db, const QString& userId);
    // Records step as the last one used, only if it is later than the one stored: false when it is
    // not (a replayed code, or one another window has just used).
    static Result<bool> advanceStep(const QSqlDatabase& db, const QString& userId, qint64 step);
    // Marks the unused code with this hash as used; false when there is none.
    static Result<bool> useRecoveryCode(const QSqlDatabase& db, const QString& userId, const QString& codeHash,
                                        const QDateTime& at);
    static Result<int> unusedRecoveryCodes(const QSqlDatabase& db, const QString& userId);

    // On a shared workspace the database checks a code itself, against the secret no login reads
    // (schema version 13): the user's six-digit code at a moment, one step either side, as
    // "Accepted" (its step is now the last one used), "Reused" or "Wrong".
    static Result<QString> checkCodeInDatabase(const QSqlDatabase& db, const QString& userId, const QString& code,
                                               const QDateTime& at);
    // The same for a recovery code (normalized): the codes left once it is used, or nothing when
    // no unused code is this one.
    static Result<std::optional<int>> useRecoveryCodeInDatabase(const QSqlDatabase& db, const QString& userId,
                                                                const QString& code, const QDateTime& at);
    // The users of a tenant who have two-step verification.
    static Result<QSet<QString>> enrolledUsersOfTenant(const QSqlDatabase& db, const QString& tenantId);

    static Result<bool> partnerRequiresMfa(const QSqlDatabase& db, const QString& accountId);
    static Status setPartnerRequiresMfa(const QSqlDatabase& db, const QString& accountId, bool required);
    // Whether the partner account of a tenant, if it has one, requires two-step verification.
    static Result<bool> tenantRequiresMfa(const QSqlDatabase& db, const QString& tenantId);
};
