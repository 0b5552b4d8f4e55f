#pragma once

// SQL for the audit log. The table refuses UPDATE and DELETE itself (Schema's triggers); this
// class only ever inserts and reads.

#include "common/Result.h"
#include "domain/Audit.h"

#include <QSqlDatabase>

class AuditStore
{
public:
    static Status append(const QSqlDatabase& db, const AuditEvent& event);
    static Result<QList<AuditEvent>> eventsOfPartner(const QSqlDatabase& db, const QString& partnerAccountId,
                                                     int limit = 200);
    static Result<QList<AuditEvent>> eventsOfSubject(const QSqlDatabase& db, const QString& subjectType,
                                                     const QString& subjectId);
};
