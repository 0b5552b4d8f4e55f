#include "AuditStore.h"

#include "storage/Rows.h"

#include <QJsonDocument>

using namespace Rows;

namespace {

const QString Select = QStringLiteral(
    "SELECT e.id, e.at, e.actor_user_id, u.display_name, e.partner_account_id, e.action, e.subject_type, "
    "e.subject_id, e.details FROM audit_events e LEFT JOIN tenant_users u ON u.id = e.actor_user_id ");

AuditEvent eventFrom(const QSqlQuery& q)
{
    AuditEvent e;
    e.id = q.value(0).toLongLong();
    e.at = fromIso(q.value(1));
    e.actorUserId = q.value(2).toString();
    e.actorName = q.value(3).toString();
    e.partnerAccountId = q.value(4).toString();
    e.action = q.value(5).toString();
    e.subjectType = q.value(6).toString();
    e.subjectId = q.value(7).toString();
    e.details = QJsonDocument::fromJson(q.value(8).toString().toUtf8()).object();
    return e;
}

} // namespace

Status AuditStore::append(const QSqlDatabase& db, const AuditEvent& e)
{
    return SqlQuery::run(db,
                         QStringLiteral("INSERT INTO audit_events (at, actor_user_id, partner_account_id, action, "
                                        "subject_type, subject_id, details) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                         {iso(e.at), SqlQuery::nullIfEmpty(e.actorUserId), SqlQuery::nullIfEmpty(e.partnerAccountId),
                          e.action, e.subjectType, e.subjectId,
                          QString::fromUtf8(QJsonDocument(e.details).toJson(QJsonDocument::Compact))});
}

Result<QList<AuditEvent>> AuditStore::eventsOfPartner(const QSqlDatabase& db, const QString& partnerAccountId,
                                                      int limit)
{
    return many<AuditEvent>(db, Select + QStringLiteral("WHERE e.partner_account_id = ? ORDER BY e.id DESC LIMIT ?"),
                            {partnerAccountId, limit}, eventFrom);
}

Result<QList<AuditEvent>> AuditStore::eventsOfSubject(const QSqlDatabase& db, const QString& subjectType,
                                                      const QString& subjectId)
{
    return many<AuditEvent>(db, Select + QStringLiteral("WHERE e.subject_type = ? AND e.subject_id = ? ORDER BY e.id"),
                            {subjectType, subjectId}, eventFrom);
}
