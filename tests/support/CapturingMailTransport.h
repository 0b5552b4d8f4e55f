#pragma once

// A mail transport for tests: keeps every message it is handed instead of writing the mail drop,
// so a test reads a verification code the way the primary contact would, from their mailbox.

#include "mail/MailTransport.h"

#include <QList>

class CapturingMailTransport : public MailTransport
{
public:
    Status deliver(const MailMessage& message) override;
    QString whereDelivered(const QString& recipient) const override;

    const QList<MailMessage>& messages() const { return m_messages; }
    QList<MailMessage> messagesTo(const QString& recipient) const;
    // The six-digit code of the newest message to recipient, or an empty string when none has one.
    QString lastCode(const QString& recipient) const;
    void clear() { m_messages.clear(); }
    // From now on every delivery fails with this message (a full disk, a folder gone), until an
    // empty message is set.
    void refuseWith(const QString& message) { m_refusal = message; }

private:
    QList<MailMessage> m_messages;
    QString m_refusal;
};
