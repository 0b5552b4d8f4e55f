#pragma once

// SQL for enrollment: the one-time email verification code of a partner account, its status and
// vetting step, and the accounts waiting for a program administrator's decision.

#include "common/Result.h"
#include "domain/OutboxMessage.h"
#include "domain/PartnerAccount.h"

#include <QSqlDatabase>

struct VerificationState
{
    QString codeHash;
    QDateTime expires;
    int failures = 0;
};

// What the database answered about a code entered (schema version 13): "Locked", "Expired",
// "Wrong" or "Verified", and the count of wrong codes after it.
struct CodeCheck
{
    QString outcome;
    int failures = 0;
};

class EnrollmentStore
{
public:
    // A new code for the partner account of actorUserId, one of its Admin agents, at `at`. On a
    // shared workspace no login reads or writes the code itself: the database's function does.
    static Status setVerificationCode(const QSqlDatabase& db, const QString& actorUserId, const QString& accountId,
                                      const QString& codeHash, const QDateTime& expires, const QDateTime& at);
    // On a file: the code's state, and the count of wrong codes.
    static Result<VerificationState> verification(const QSqlDatabase& db, const QString& accountId);
    static Status setVerificationFailures(const QSqlDatabase& db, const QString& accountId, int failures);
    // On a shared workspace: the database checks the code actorUserId entered, counts a wrong one,
    // and on the right one moves the account to review, recording it with message to its primary
    // contact (EnrollmentService::recordStatus's records).
    static Result<CodeCheck> checkCodeInDatabase(const QSqlDatabase& db, const QString& actorUserId,
                                                 const QString& codeHash, const QDateTime& at,
                                                 const OutboxMessage& message);
    // Moves the account on: its status, vetting step and (for a rejection) the reason; clears the code.
    static Status setStatus(const QSqlDatabase& db, const QString& accountId, PartnerStatus status,
                            VettingStatus vetting, const QString& reason, const QDateTime& at);
    static Result<QStringList> accountIdsWithStatus(const QSqlDatabase& db, PartnerStatus status);
};
