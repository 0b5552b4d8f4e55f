#include "OutboxStore.h"

#include "storage/Rows.h"
#include "storage/SqlEngine.h"

using namespace Rows;

Status OutboxStore::insert(const QSqlDatabase& db, const OutboxMessage& m)
{
    // On a shared workspace a message goes through the database's function, which lets a person
    // send only to the partners theirs works with (schema version 10).
    const QString sql = SqlEngine::of(db).enforcesRights()
        ? QStringLiteral("SELECT rights.send(?, ?, ?, ?, ?, ?, ?, ?, ?)")
        : QStringLiteral("INSERT INTO outbox_messages (id, recipient, subject, body, kind, related_type, "
                         "related_id, partner_account_id, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
    return SqlQuery::run(db, sql,
                         {m.id, m.recipient, m.subject, m.body, m.kind, SqlQuery::nullIfEmpty(m.relatedType),
                          SqlQuery::nullIfEmpty(m.relatedId), SqlQuery::nullIfEmpty(m.partnerAccountId),
                          iso(m.created)});
}

Result<QList<OutboxMessage>> OutboxStore::messages(const QSqlDatabase& db, const QString& partnerAccountId, int limit)
{
    QString sql = QStringLiteral("SELECT id, recipient, subject, body, kind, related_type, related_id, "
                                 "partner_account_id, created_at FROM outbox_messages");
    QVariantList values;
    if (!partnerAccountId.isEmpty()) {
        sql += QStringLiteral(" WHERE partner_account_id = ?");
        values << partnerAccountId;
    }
    sql += QStringLiteral(" ORDER BY seq DESC LIMIT ?"); // newest first, in the order sent
    values << limit;
    return many<OutboxMessage>(db, sql, values, [](const QSqlQuery& q) {
        OutboxMessage m;
        m.id = q.value(0).toString();
        m.recipient = q.value(1).toString();
        m.subject = q.value(2).toString();
        m.body = q.value(3).toString();
        m.kind = q.value(4).toString();
        m.relatedType = q.value(5).toString();
        m.relatedId = q.value(6).toString();
        m.partnerAccountId = q.value(7).toString();
        m.created = fromIso(q.value(8));
        return m;
    });
}

Result<QList<QDateTime>> OutboxStore::sentSince(const QSqlDatabase& db, const QString& kind,
                                                const QString& partnerAccountId, const QDateTime& since)
{
    return many<QDateTime>(db,
                           QStringLiteral("SELECT created_at FROM outbox_messages WHERE kind = ? AND related_id = ? "
                                          "AND partner_account_id = ? AND created_at > ? ORDER BY seq"),
                           {kind, partnerAccountId, partnerAccountId, iso(since)},
                           [](const QSqlQuery& q) { return fromIso(q.value(0)); });
}
