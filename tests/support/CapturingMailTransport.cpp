#include "CapturingMailTransport.h"

#include <QRegularExpression>

Status CapturingMailTransport::deliver(const MailMessage& message)
{
    if (!m_refusal.isEmpty()) {
        return Error(ErrorCode::Storage, m_refusal);
    }
    m_messages << message;
    return {};
}

QString CapturingMailTransport::whereDelivered(const QString& recipient) const
{
    return QStringLiteral("The test mailbox of %1 holds it.").arg(recipient);
}

QList<MailMessage> CapturingMailTransport::messagesTo(const QString& recipient) const
{
    QList<MailMessage> found;
    for (const MailMessage& message : m_messages) {
        if (message.to == recipient) {
            found << message;
        }
    }
    return found;
}

QString CapturingMailTransport::lastCode(const QString& recipient) const
{
    static const QRegularExpression code(QStringLiteral("^\\s+(\\d{6})$"), QRegularExpression::MultilineOption);
    const QList<MailMessage> received = messagesTo(recipient);
    return received.isEmpty() ? QString() : code.match(received.constLast().body).captured(1);
}
