#pragma once

// One line of the append-only audit log (ARCHITECTURE §7).

#include <QDateTime>
#include <QJsonObject>
#include <QString>

struct AuditEvent
{
    qint64 id = 0;
    QDateTime at;
    QString actorUserId;
    QString actorName;
    QString partnerAccountId;
    QString action;
    QString subjectType;
    QString subjectId;
    QJsonObject details;
};
