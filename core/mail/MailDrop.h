#pragma once

// The product's mail transport. PartnerDesk has no mail server: each message is written as one
// RFC 5322 file (.eml, named by time and recipient) in a private folder (0700, files 0600) under
// the application data folder, a stand-in for the recipient's mailbox that a person opens with
// their email program.

#include "mail/MailTransport.h"

#include <QByteArray>
#include <QCoreApplication>

class MailDrop : public MailTransport
{
    Q_DECLARE_TR_FUNCTIONS(MailDrop)

public:
    explicit MailDrop(QString folder = defaultFolder());

    // <application data folder>/mail-drop
    static QString defaultFolder();
    // The message as an RFC 5322 file: headers, an empty line and the UTF-8 body, CRLF lines.
    static QByteArray toEml(const MailMessage& message);

    QString folder() const { return m_folder; }
    Status deliver(const MailMessage& message) override;
    QString whereDelivered(const QString& recipient) const override;

private:
    Status preparePrivateFolder() const;

    QString m_folder;
};
