#pragma once

// SQL for the outbox: messages are only ever added and read.

#include "common/Result.h"
#include "domain/OutboxMessage.h"

#include <QSqlDatabase>

class OutboxStore
{
public:
    static Status insert(const QSqlDatabase& db, const OutboxMessage& message);
    // When the messages of a kind about a partner account, filed under that account, were sent
    // since a moment, oldest first.
    static Result<QList<QDateTime>> sentSince(const QSqlDatabase& db, const QString& kind,
                                              const QString& partnerAccountId, const QDateTime& since);
    // Newest first; all messages when partnerAccountId is empty, else that partner's.
    static Result<QList<OutboxMessage>> messages(const QSqlDatabase& db, const QString& partnerAccountId = {},
                                                 int limit = 500);
};
