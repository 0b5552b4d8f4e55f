#pragma once

// SQL for enrollment: the one-time email verification code of a partner account, its status and
// vetting step, and the accounts waiting for a program administrator's decision.

#include "common/Result.h"
#include "domain/PartnerAccount.h"

#include <QSqlDatabase>

// What checking a verification code found (EnrollmentStore::checkCode).
struct CodeCheck
{
    enum class Outcome { Verified, Wrong, Locked, Expired };
    Outcome outcome = Outcome::Wrong;
    int failures = 0; // wrong codes so far, this one counted (Wrong)
};

class EnrollmentStore
{
public:
    // E7: wrong codes a code takes before it is locked.
    static constexpr int MaxCodeFailures = 5;

    // A new code for the account's application. On a shared workspace no person's login reads or
    // writes the code: its steps run on the workspace's connection.
    static Status setVerificationCode(const QSqlDatabase& db, const QString& accountId, const QString& codeHash,
                                      const QDateTime& expires);
    // Checks the hash of a code: a wrong one is counted (and locks the code at MaxCodeFailures);
    // the right one moves the account on to the program's review (UnderReview,
    // BusinessVerification).
    static Result<CodeCheck> checkCode(const QSqlDatabase& db, const QString& accountId, const QString& codeHash,
                                       const QDateTime& at);
    // Moves the account on: its status, vetting step and (for a rejection) the reason; clears the code.
    static Status setStatus(const QSqlDatabase& db, const QString& accountId, PartnerStatus status,
                            VettingStatus vetting, const QString& reason, const QDateTime& at);
    static Result<QStringList> accountIdsWithStatus(const QSqlDatabase& db, PartnerStatus status);
};
