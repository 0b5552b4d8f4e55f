#pragma once

// Delivery of messages that carry a secret, such as an enrollment verification code. They go to
// the recipient's mailbox only, never to the outbox, which everyone of the recipient's partner
// reads. The workspace picks the transport (WorkspaceOptions::mail); tests inject one that keeps
// what it was handed.

#include "common/Result.h"

#include <QDateTime>
#include <QString>

struct MailMessage
{
    QString to; // one address, already validated
    QString subject;
    QString body; // plain text, lines separated by '\n'
    QDateTime date; // UTC
};

class MailTransport
{
public:
    virtual ~MailTransport();

    // Hands the message to the recipient's mailbox, or says why it could not.
    virtual Status deliver(const MailMessage& message) = 0;
    // Where the recipient finds what was delivered to them, translated, for the GUI.
    virtual QString whereDelivered(const QString& recipient) const = 0;
};
