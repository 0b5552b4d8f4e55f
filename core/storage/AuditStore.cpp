#include "AuditStore.h"

#include "storage/Rows.h"
#include "storage/SqlEngine.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QSqlError>

using namespace Rows;

namespace {

const QString Select = QStringLiteral(
    "SELECT e.id, e.at, e.actor_user_id, u.display_name, e.partner_account_id, e.action, e.subject_type, "
    "e.subject_id, e.details FROM audit_events e LEFT JOIN people_names u ON u.id = e.actor_user_id ");

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

// What an event is about, by the name it has now: a partner, customer or person by name, a
// relationship by its two partners, an order or request by its customer. Rows the reader may not
// see give NULL (the policies of a shared workspace), and the page shows the subject's kind.
const QString SubjectName = QStringLiteral(
    "CASE e.subject_type "
    "WHEN 'PartnerAccount' THEN (SELECT x.legal_name FROM partner_accounts x WHERE x.id = e.subject_id) "
    "WHEN 'Customer' THEN (SELECT x.company_name FROM customers x WHERE x.id = e.subject_id) "
    "WHEN 'TenantUser' THEN (SELECT x.display_name FROM people_names x WHERE x.id = e.subject_id) "
    "WHEN 'IndirectRelationship' THEN (SELECT p.legal_name || ' / ' || r.legal_name FROM indirect_relationships x "
    "JOIN partner_accounts p ON p.id = x.provider_account_id JOIN partner_accounts r ON r.id = x.reseller_account_id "
    "WHERE x.id = e.subject_id) "
    "WHEN 'Invitation' THEN (SELECT x.recipient_email FROM invitations x WHERE x.id = e.subject_id) "
    "WHEN 'Order' THEN (SELECT c.company_name FROM orders x JOIN customers c ON c.id = x.customer_id "
    "WHERE x.id = e.subject_id) "
    "WHEN 'OrderRequest' THEN (SELECT c.company_name FROM order_requests x JOIN customers c ON c.id = x.customer_id "
    "WHERE x.id = e.subject_id) "
    "WHEN 'Subscription' THEN (SELECT c.company_name || ' / ' || o.name FROM subscriptions x "
    "JOIN customers c ON c.id = x.customer_id JOIN offers o ON o.id = x.offer_id WHERE x.id = e.subject_id) "
    "WHEN 'Referral' THEN (SELECT x.company_name FROM referrals x WHERE x.id = e.subject_id) "
    "WHEN 'MpnProfile' THEN (SELECT x.organization_name FROM mpn_profiles x WHERE x.partner_id = e.subject_id) "
    "END");

const QString PartnerName
    = QStringLiteral("(SELECT x.legal_name FROM partner_accounts x WHERE x.id = e.partner_account_id)");

} // namespace

const QString AuditStore::ChainedColumns
    = QStringLiteral("at, actor_user_id, partner_account_id, action, subject_type, subject_id, details");
const QString AuditStore::FirstPrevious = QString(64, QLatin1Char('0'));

QString AuditStore::linkHash(const QString& previousHash, const QVariantList& values)
{
    // Each value is written with its length, so that no two different rows give the same text.
    QByteArray text = QByteArrayLiteral("partnerdesk audit chain v1\n") + previousHash.toUtf8() + '\n';
    for (const QVariant& value : values) {
        if (value.isNull()) {
            text += QByteArrayLiteral("-\n");
            continue;
        }
        const QByteArray utf8 = value.toString().toUtf8();
        text += QByteArray::number(utf8.size()) + ':' + utf8 + '\n';
    }
    return QString::fromLatin1(QCryptographicHash::hash(text, QCryptographicHash::Sha256).toHex());
}

Status AuditStore::append(const QSqlDatabase& db, const AuditEvent& e)
{
    const QVariantList values{iso(e.at),
                              SqlQuery::nullIfEmpty(e.actorUserId),
                              SqlQuery::nullIfEmpty(e.partnerAccountId),
                              e.action,
                              e.subjectType,
                              e.subjectId,
                              QString::fromUtf8(QJsonDocument(e.details).toJson(QJsonDocument::Compact))};
    if (SqlEngine::of(db).enforcesRights()) {
        // The server links the event to the chain as it stores it (rights.chain_audit_event),
        // reading the newest event past row-level security, which a person's query can't: theirs
        // would walk every event they may not see (all of them, for one without the Activity
        // log) to find none.
        return SqlQuery::run(db, QStringLiteral("INSERT INTO audit_events (%1) VALUES (?, ?, ?, ?, ?, ?, ?)")
                                     .arg(ChainedColumns),
                             values);
    }
    auto newest = SqlQuery::scalar(db, QStringLiteral("SELECT row_hash FROM audit_events ORDER BY id DESC LIMIT 1"));
    if (!newest) {
        return newest.error();
    }
    const QString previous = newest->isNull() ? FirstPrevious : newest->toString();
    return SqlQuery::run(db,
                         QStringLiteral("INSERT INTO audit_events (%1, prev_hash, row_hash) "
                                        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                             .arg(ChainedColumns),
                         values + QVariantList{previous, linkHash(previous, values)});
}

Status AuditStore::append(const QSqlDatabase& db, const QDateTime& at, const QString& actorUserId,
                          const QString& partnerAccountId, const QString& action, const QString& subjectType,
                          const QString& subjectId, const QJsonObject& details)
{
    AuditEvent event;
    event.at = at;
    event.actorUserId = actorUserId;
    event.partnerAccountId = partnerAccountId;
    event.action = action;
    event.subjectType = subjectType;
    event.subjectId = subjectId;
    event.details = details;
    return append(db, event);
}

Result<QList<AuditEvent>> AuditStore::eventsOfPartner(const QSqlDatabase& db, const QString& partnerAccountId,
                                                      int limit)
{
    return many<AuditEvent>(db, Select + QStringLiteral("WHERE e.partner_account_id = ? ORDER BY e.id DESC LIMIT ?"),
                            {partnerAccountId, limit}, eventFrom);
}

Result<QList<AuditEvent>> AuditStore::page(const QSqlDatabase& db, const AuditQuery& query, int limit)
{
    QStringList where;
    QVariantList values;
    if (!query.partnerAccountId.isEmpty()) {
        where << QStringLiteral("e.partner_account_id = ?");
        values << query.partnerAccountId;
    }
    if (!query.actorUserId.isEmpty()) {
        where << QStringLiteral("e.actor_user_id = ?");
        values << query.actorUserId;
    }
    if (!query.actions.isEmpty()) {
        where << QStringLiteral("e.action IN (%1)")
                     .arg(QStringList(query.actions.size(), QStringLiteral("?")).join(u','));
        for (const QString& action : query.actions) {
            values << action;
        }
    }
    // Days are the reader's local days; times are stored in UTC text, which sorts as time does.
    if (query.from.isValid()) {
        where << QStringLiteral("e.at >= ?");
        values << iso(query.from.startOfDay());
    }
    if (query.to.isValid()) {
        where << QStringLiteral("e.at < ?");
        values << iso(query.to.addDays(1).startOfDay());
    }
    if (query.beforeId > 0) {
        where << QStringLiteral("e.id < ?");
        values << query.beforeId;
    }
    // Each word, anywhere in who, what about or the details, in any case. SQLite's lower() folds
    // ASCII letters only, so a word is also looked for capitalized and in capitals ("ángel" finds
    // "Ángel" and "ÁNGEL"); PostgreSQL's folds them all.
    const QString text = QStringLiteral("(coalesce(u.display_name, '') || ' ' || coalesce(%1, '') || ' ' || e.details)")
                             .arg(SubjectName);
    const QString searched
        = QStringLiteral("(lower(%1) LIKE ? ESCAPE '!' OR %1 LIKE ? ESCAPE '!' OR %1 LIKE ? ESCAPE '!')").arg(text);
    for (QString word : query.search.toLower().split(u' ', Qt::SkipEmptyParts)) {
        word.replace(u'!', QStringLiteral("!!"))
            .replace(u'%', QStringLiteral("!%"))
            .replace(u'_', QStringLiteral("!_"));
        where << searched;
        const QString capitalized = word.left(1).toUpper() + word.mid(1);
        for (const QString& form : {word, capitalized, word.toUpper()}) {
            values << QStringLiteral("%") + form + QStringLiteral("%");
        }
    }
    const QString sql
        = QStringLiteral("SELECT e.id, e.at, e.actor_user_id, u.display_name, e.partner_account_id, "
                         "e.action, e.subject_type, e.subject_id, e.details, %1, %2 FROM audit_events e "
                         "LEFT JOIN people_names u ON u.id = e.actor_user_id %3 ORDER BY e.id DESC LIMIT ?")
              .arg(SubjectName, PartnerName,
                   where.isEmpty() ? QString() : QStringLiteral("WHERE ") + where.join(u" AND "));
    values << limit;
    return many<AuditEvent>(db, sql, values, [](const QSqlQuery& q) {
        AuditEvent e = eventFrom(q);
        e.subjectName = q.value(9).toString();
        e.partnerName = q.value(10).toString();
        return e;
    });
}

Result<QList<AuditActor>> AuditStore::actors(const QSqlDatabase& db, const QString& partnerAccountId)
{
    return many<AuditActor>(
        db,
        QStringLiteral("SELECT u.id, u.display_name FROM people_names u WHERE u.id IN (SELECT e.actor_user_id FROM "
                       "audit_events e WHERE e.actor_user_id IS NOT NULL%1) ORDER BY u.display_name, u.id")
            .arg(partnerAccountId.isEmpty() ? QString() : QStringLiteral(" AND e.partner_account_id = ?")),
        partnerAccountId.isEmpty() ? QVariantList() : QVariantList{partnerAccountId}, [](const QSqlQuery& q) {
            return AuditActor{q.value(0).toString(), q.value(1).toString()};
        });
}

Result<QList<AuditEvent>> AuditStore::eventsOfSubject(const QSqlDatabase& db, const QString& subjectType,
                                                      const QString& subjectId)
{
    return many<AuditEvent>(db, Select + QStringLiteral("WHERE e.subject_type = ? AND e.subject_id = ? ORDER BY e.id"),
                            {subjectType, subjectId}, eventFrom);
}

Result<AuditChainReport> AuditStore::verifyChain(const QSqlDatabase& db, const AuditAnchor& anchor)
{
    // One statement: it reads one consistent state of the table on both engines.
    auto rows = SqlQuery::run(
        db, QStringLiteral("SELECT id, prev_hash, row_hash, %1 FROM audit_events ORDER BY id").arg(ChainedColumns));
    if (!rows) {
        return rows.error();
    }
    AuditChainReport report;
    report.given = anchor;
    report.anchor = anchor.isNull() ? AuditChainReport::AnchorCheck::NotGiven : AuditChainReport::AnchorCheck::Missing;
    QString expectedPrevious = FirstPrevious;
    QSqlQuery& q = rows.value();
    constexpr int FirstValue = 3;
    while (q.next()) {
        ++report.events;
        const qint64 id = q.value(0).toLongLong();
        const QVariant rowHash = q.value(2);
        if (report.broken == AuditChainReport::Break::None) {
            QVariantList values;
            for (int column = FirstValue; column < FirstValue + 7; ++column) {
                values << q.value(column);
            }
            const QString previous = q.value(1).toString();
            if (rowHash.isNull() || q.value(1).isNull()) {
                report.broken = AuditChainReport::Break::Unchained;
            } else if (previous != expectedPrevious) {
                report.broken = AuditChainReport::Break::Unlinked;
            } else if (linkHash(previous, values) != rowHash.toString()) {
                report.broken = AuditChainReport::Break::Changed;
            }
            if (report.broken != AuditChainReport::Break::None) {
                report.brokenEvent.id = id;
                report.brokenEvent.at = fromIso(values.at(0));
                report.brokenEvent.actorUserId = values.at(1).toString();
                report.brokenEvent.partnerAccountId = values.at(2).toString();
                report.brokenEvent.action = values.at(3).toString();
                report.brokenEvent.subjectType = values.at(4).toString();
                report.brokenEvent.subjectId = values.at(5).toString();
            }
        }
        if (id == anchor.id) {
            report.anchor = rowHash.toString() == anchor.hash ? AuditChainReport::AnchorCheck::Kept
                                                              : AuditChainReport::AnchorCheck::Changed;
        }
        expectedPrevious = rowHash.toString();
        report.last = {id, expectedPrevious};
    }
    if (q.lastError().isValid()) {
        return SqlQuery::storageError(q);
    }
    return report;
}
