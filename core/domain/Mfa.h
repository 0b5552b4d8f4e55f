#pragma once

// Two-step verification of a tenant user (TOTP, RFC 6238): what is stored of a confirmed
// enrollment, and what a person or an Admin agent sees of it.

#include <QDateTime>
#include <QString>

struct MfaEnrollment
{
    QString userId;
    QString secret; // base32; never shown again after enrollment
    QString recoverySalt;
    QDateTime enrolledAt;
    qint64 lastUsedStep = -1; // the time step of the last code accepted; a code for it or an earlier one is refused
};

struct MfaStatus
{
    bool enrolled = false;
    QDateTime enrolledAt;
    int recoveryCodesLeft = 0;
    bool requiredByPartner = false;
};
