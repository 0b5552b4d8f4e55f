#pragma once

// SQL for the audit log. The table refuses UPDATE and DELETE itself (Schema's triggers); this
// class only ever inserts and reads.
//
// The log is a hash chain (ARCHITECTURE §7): each event stores the hash of the event before it
// (prev_hash) and its own hash over that and its contents (row_hash). An event changed, removed
// or slipped in is found by verifyChain() even when the database's owner lifted the triggers.

#include "common/Result.h"
#include "domain/Audit.h"

#include <QSqlDatabase>
#include <QVariantList>

class AuditStore
{
public:
    // Appends event after the newest event, chained to it. Writers take turns (the caller's write
    // transaction), so two events never follow the same one.
    static Status append(const QSqlDatabase& db, const AuditEvent& event);
    // The same for an event of these parts (actorUserId empty: no person's).
    static Status append(const QSqlDatabase& db, const QDateTime& at, const QString& actorUserId,
                         const QString& partnerAccountId, const QString& action, const QString& subjectType,
                         const QString& subjectId, const QJsonObject& details);
    static Result<QList<AuditEvent>> eventsOfPartner(const QSqlDatabase& db, const QString& partnerAccountId,
                                                     int limit = 200);
    // A page of the Activity log: the events query selects, newest first, at most limit of them,
    // each with its subject's and partner's names as far as the reader sees them.
    static Result<QList<AuditEvent>> page(const QSqlDatabase& db, const AuditQuery& query, int limit);
    // The people who wrote events to the partner's log (every log's for an empty id), by name.
    static Result<QList<AuditActor>> actors(const QSqlDatabase& db, const QString& partnerAccountId);
    static Result<QList<AuditEvent>> eventsOfSubject(const QSqlDatabase& db, const QString& subjectType,
                                                     const QString& subjectId);

    // Walks the whole chain in order and names its first broken event; checks anchor too when
    // given. Reads one row at a time.
    static Result<AuditChainReport> verifyChain(const QSqlDatabase& db, const AuditAnchor& anchor = {});

    // The chain's format, fixed for good: every event ever written is verified with it, so the
    // migration that chained the events written before it uses it too (a new format would need a
    // new tag). values are the stored texts of ChainedColumns, in that order (null as null).
    static const QString ChainedColumns;
    static const QString FirstPrevious; // prev_hash of the first event
    static QString linkHash(const QString& previousHash, const QVariantList& values);
};
