#pragma once

// Real delivery for messages that carry a secret: each message goes to a sendmail-compatible
// program (/usr/sbin/sendmail of postfix, exim or msmtp-mta), which sends it by email to the
// recipient's address alone. Chosen with --sendmail; without it PartnerDesk uses the mail drop
// folder (MailDrop), a stand-in for a mailbox on the desk itself.

#include "mail/MailTransport.h"

#include <QCoreApplication>

class SendmailTransport : public MailTransport
{
    Q_DECLARE_TR_FUNCTIONS(SendmailTransport)

public:
    // program: an absolute path to an executable; check() says whether it is one.
    explicit SendmailTransport(QString program, int timeoutMs = 30000);

    static Status check(const QString& program);

    QString program() const { return m_program; }
    Status deliver(const MailMessage& message) override;
    QString whereDelivered(const QString& recipient) const override;

private:
    QString m_program;
    int m_timeoutMs;
};
