#include "SendmailTransport.h"

#include "mail/MailDrop.h"

#include <QFileInfo>
#include <QLoggingCategory>
#include <QProcess>

Q_LOGGING_CATEGORY(lcSendmail, "partnerdesk.mail.sendmail", QtWarningMsg)

SendmailTransport::SendmailTransport(QString program, int timeoutMs)
    : m_program(std::move(program))
    , m_timeoutMs(timeoutMs)
{
}

Status SendmailTransport::check(const QString& program)
{
    const QFileInfo info(program);
    if (!info.isAbsolute() || !info.isFile() || !info.isExecutable()) {
        return Error(ErrorCode::InvalidInput,
                     tr("%1 is not a program PartnerDesk can run to send email. Give the full path of a "
                        "sendmail-compatible program, such as /usr/sbin/sendmail.")
                         .arg(program));
    }
    return {};
}

Status SendmailTransport::deliver(const MailMessage& message)
{
    Status usable = check(m_program);
    if (!usable) {
        return usable;
    }
    // The recipient on the command line, after "--", rather than read from the headers (-t): the
    // message goes to that address and no other. -i: a line with a single dot is text, not the end.
    QProcess process;
    process.setProgram(m_program);
    process.setArguments({QStringLiteral("-i"), QStringLiteral("--"), message.to});
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(QIODevice::ReadWrite);
    const Error failed(ErrorCode::Storage,
                       tr("The message to %1 could not be sent: %2 did not accept it. Nothing was changed; check "
                          "the computer's mail setup, then try again.")
                           .arg(message.to, m_program));
    if (!process.waitForStarted(m_timeoutMs)) {
        qCWarning(lcSendmail).noquote() << "Could not start" << m_program << ":" << process.errorString();
        return failed;
    }
    process.write(MailDrop::toEml(message));
    process.closeWriteChannel();
    if (!process.waitForFinished(m_timeoutMs)) {
        qCWarning(lcSendmail).noquote() << m_program << "did not finish in" << m_timeoutMs << "ms";
        process.kill();
        process.waitForFinished(1000);
        return failed;
    }
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        qCWarning(lcSendmail).noquote() << m_program << "exited with" << process.exitCode() << ":"
                                        << QString::fromLocal8Bit(process.readAll()).trimmed();
        return failed;
    }
    return {};
}

QString SendmailTransport::whereDelivered(const QString& recipient) const
{
    return tr("Look for it in the inbox of %1.").arg(recipient);
}
