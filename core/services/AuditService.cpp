#include "AuditService.h"

#include "services/Workspace.h"
#include "storage/AuditStore.h"

#include <QLocale>
#include <QRegularExpression>

AuditService::AuditService(Workspace& workspace)
    : m_workspace(workspace)
{
}

Result<AuditChainReport> AuditService::verifyChain(const AuditAnchor& anchor) const
{
    return AuditStore::verifyChain(m_workspace.db(), anchor);
}

Result<AuditChainReport> AuditService::verifyChain(const Session& session, const AuditAnchor& anchor) const
{
    const auto acting = m_workspace.actFor(session);
    if (auto fresh = m_workspace.authorize(session, &Session::requireProgramAdministrator); !fresh) {
        return fresh.error();
    }
    return verifyChain(anchor);
}

QString AuditService::describe(const AuditChainReport& report)
{
    const QLocale locale;
    const QString count = locale.toString(report.events);
    if (report.broken != AuditChainReport::Break::None) {
        const AuditEvent& e = report.brokenEvent;
        const QString event
            = tr("event %1 (%2, %3)")
                  .arg(locale.toString(e.id), locale.toString(e.at.toLocalTime(), QLocale::ShortFormat), e.action);
        switch (report.broken) {
        case AuditChainReport::Break::Changed:
            return tr("The audit log was tampered with: %1 is not what was written. Events checked: %2.")
                .arg(event, count);
        case AuditChainReport::Break::Unlinked:
            return tr("The audit log was tampered with: %1 doesn't follow the event before it, so events "
                      "were removed or slipped in there. Events checked: %2.")
                .arg(event, count);
        case AuditChainReport::Break::Unchained:
            return tr("The audit log was tampered with: %1 carries no chain hash. Events checked: %2.")
                .arg(event, count);
        case AuditChainReport::Break::None:
            break;
        }
    }
    switch (report.anchor) {
    case AuditChainReport::AnchorCheck::Missing:
        return tr("The audit log was tampered with: event %1, which was verified here before, is gone. "
                  "Events checked: %2.")
            .arg(locale.toString(report.given.id), count);
    case AuditChainReport::AnchorCheck::Changed:
        return tr("The audit log was rewritten: an event verified here before has another hash now. "
                  "Events checked: %1.")
            .arg(count);
    case AuditChainReport::AnchorCheck::NotGiven:
    case AuditChainReport::AnchorCheck::Kept:
        break;
    }
    if (report.events == 0) {
        return tr("The audit log is empty.");
    }
    return tr("The audit log is intact: each event is sealed together with the one before it. Events checked: %1; "
              "the newest is event %2.")
        .arg(count, locale.toString(report.last.id));
}

QString AuditService::anchorText(const AuditAnchor& anchor)
{
    return QStringLiteral("%1:%2").arg(anchor.id).arg(anchor.hash);
}

Result<AuditAnchor> AuditService::parseAnchor(const QString& text)
{
    static const QRegularExpression form(QStringLiteral("^([1-9][0-9]{0,17}):([0-9a-f]{64})$"));
    const QRegularExpressionMatch match = form.match(text.trimmed().toLower());
    if (!match.hasMatch()) {
        return Error(ErrorCode::InvalidInput,
                     tr("\"%1\" is not an audit anchor: give the event number, a colon and the event's hash of 64 "
                        "hexadecimal digits, as the last check printed it.")
                         .arg(text));
    }
    return AuditAnchor{match.captured(1).toLongLong(), match.captured(2)};
}
