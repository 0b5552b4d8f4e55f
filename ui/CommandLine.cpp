#include "CommandLine.h"

#include "SingleInstance.h"
#include "services/AuditService.h"
#include "services/Workspace.h"

#include <QLocale>

Result<QString> CommandLine::link(const QStringList& positionalArguments)
{
    if (positionalArguments.isEmpty()) {
        return QString();
    }
    if (positionalArguments.size() > 1) {
        return Error(ErrorCode::InvalidInput,
                     tr("%n arguments were given; PartnerDesk takes at most one, an invitation link.", nullptr,
                        int(positionalArguments.size())));
    }
    const QString link = positionalArguments.constFirst();
    if (link.trimmed().isEmpty()) {
        return Error(ErrorCode::InvalidInput,
                     tr("The invitation link given is empty, so nothing was opened. Give a link such as "
                        "partnerdesk://invitation/…, or none."));
    }
    const qsizetype bytes = link.toUtf8().size();
    if (bytes > SingleInstance::MaxMessageBytes) {
        return Error(ErrorCode::InvalidInput,
                     tr("The link given is %1 bytes long, more than the %2 a PartnerDesk invitation link may have, "
                        "so nothing was opened.")
                         .arg(QLocale().toString(bytes), QLocale().toString(SingleInstance::MaxMessageBytes)));
    }
    return link;
}

bool CommandLine::needsNoWindow(const QStringList& arguments)
{
    // QCommandLineParser's own help and version options, and the audit check.
    static const QStringList terminalOnly{QStringLiteral("-h"),
                                          QStringLiteral("--help"),
                                          QStringLiteral("-?"),
                                          QStringLiteral("--help-all"),
                                          QStringLiteral("-v"),
                                          QStringLiteral("--version"),
                                          QStringLiteral("--verify-audit")};
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        if (arguments.at(i) == QLatin1String("--")) {
            return false; // what follows is positional
        }
        if (terminalOnly.contains(arguments.at(i))) {
            return true;
        }
    }
    return false;
}

int CommandLine::verifyAudit(Workspace& workspace, const QString& anchor, QString* report)
{
    AuditAnchor given;
    if (!anchor.isEmpty()) {
        auto parsed = AuditService::parseAnchor(anchor);
        if (!parsed) {
            *report = parsed.errorString();
            return 2;
        }
        given = parsed.value();
    }
    auto checked = workspace.auditLog().verifyChain(given);
    if (!checked) {
        *report = checked.errorString();
        return 1;
    }
    *report = AuditService::describe(checked.value());
    if (!checked->intact()) {
        return AuditTampered;
    }
    if (!checked->last.isNull()) {
        *report += QLatin1Char('\n')
            + tr("To find events cut from the end next time, give --audit-anchor %1")
                  .arg(AuditService::anchorText(checked->last));
    }
    return 0;
}
