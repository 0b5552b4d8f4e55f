#pragma once

// One line of the append-only audit log (ARCHITECTURE §7).

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

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
    // Read with the event, not part of it: what the subject and the partner are called now, as far
    // as the reader may see them (empty otherwise).
    QString subjectName;
    QString partnerName;
};

// Which events the Activity log lists, newest first.
struct AuditQuery
{
    QString partnerAccountId; // the partner whose log; empty: every partner's (the program's view)
    QString actorUserId; // empty: anyone's
    QStringList actions; // empty: every action
    QDate from; // invalid: since the first event
    QDate to; // invalid: up to now; inclusive
    QString search; // words in who, what it was about, or the details
    qint64 beforeId = 0; // the next page: events older than this one; 0 from the newest
    bool operator==(const AuditQuery&) const = default;
};

// A person who wrote events to a log, for the Activity log's filter.
struct AuditActor
{
    QString userId;
    QString name;
};

// A point of the audit chain a desk saw intact: the event and its hash. Verifying again against it
// finds events removed from the end, or a chain rewritten from the start, which the chain alone
// can't show.
struct AuditAnchor
{
    qint64 id = 0;
    QString hash;
    bool isNull() const { return id == 0; }
};

// What verifying the audit chain found (ARCHITECTURE §7).
struct AuditChainReport
{
    enum class Break {
        None,
        Changed, // the event's contents are not what its hash sealed
        Unlinked, // it doesn't follow the event before it: events were removed or slipped in
        Unchained, // it carries no hash at all
    };
    enum class AnchorCheck {
        NotGiven,
        Kept, // the anchor's event is there with the same hash
        Missing, // the anchor's event is gone
        Changed, // the anchor's event has another hash: the chain was rewritten
    };

    qint64 events = 0;
    Break broken = Break::None;
    AuditEvent brokenEvent; // the first broken event (id, at, action, actor), when broken
    AnchorCheck anchor = AnchorCheck::NotGiven;
    AuditAnchor given; // the anchor checked, if any
    AuditAnchor last; // the newest event and its hash
    bool intact() const
    {
        return broken == Break::None && (anchor == AnchorCheck::NotGiven || anchor == AnchorCheck::Kept);
    }
};
