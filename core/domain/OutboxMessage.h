#pragma once

// A message the workspace "sends": kept in the outbox, where people read, copy or open it in
// their email program (ARCHITECTURE §3).

#include <QDateTime>
#include <QString>

struct OutboxMessage
{
    QString id;
    QString recipient;
    QString subject;
    QString body;
    QString kind; // e.g. "enrollment.verificationCode", "enrollment.statusChanged"
    QString relatedType;
    QString relatedId;
    QString partnerAccountId; // the partner the message is about, for who may read it (V1)
    QDateTime created;
};

// What a message says, written for its recipient.
struct MessageText
{
    QString subject;
    QString body;
};
