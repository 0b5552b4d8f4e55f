#pragma once

// SQL for enrollment: the one-time email verification code of a partner account, its status and
// vetting step, and the accounts waiting for a program administrator's decision.

#include "common/Result.h"
#include "domain/PartnerAccount.h"

#include <QSqlDatabase>

struct VerificationState
{
    QString codeHash;
    QDateTime expires;
    int failures = 0;
};

class EnrollmentStore
{
public:
    // On a shared workspace no person's login reads or writes the code: its steps run on the
    // workspace's connection.
    static Status setVerificationCode(const QSqlDatabase& db, const QString& accountId, const QString& codeHash,
                                      const QDateTime& expires);
    static Result<VerificationState> verification(const QSqlDatabase& db, const QString& accountId);
    static Status setVerificationFailures(const QSqlDatabase& db, const QString& accountId, int failures);
    // Moves the account on: its status, vetting step and (for a rejection) the reason; clears the code.
    static Status setStatus(const QSqlDatabase& db, const QString& accountId, PartnerStatus status,
                            VettingStatus vetting, const QString& reason, const QDateTime& at);
    static Result<QStringList> accountIdsWithStatus(const QSqlDatabase& db, PartnerStatus status);
};
