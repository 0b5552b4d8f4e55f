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
    // QCommandLineParser's help and version options, and the audit check. (--help-all is not one:
    // it lists the options of Qt's windowing, which only a windowed application knows.)
    static const QStringList terminalOnly{QStringLiteral("-h"),        QStringLiteral("--help"),
                                          QStringLiteral("-?"),        QStringLiteral("-v"),
                                          QStringLiteral("--version"), QStringLiteral("--verify-audit")};
    // PartnerDesk's options whose value is the next argument, which may look like an option.
    static const QStringList takingValue{QStringLiteral("--database"), QStringLiteral("--language"),
                                         QStringLiteral("--sendmail"), QStringLiteral("--audit-anchor")};
    // Options of Qt's windowing (QGuiApplication, QApplication), which only a windowed
    // application takes off the command line before PartnerDesk's parser reads it.
    static const QStringList windowing{QStringLiteral("platform"),        QStringLiteral("platformpluginpath"),
                                       QStringLiteral("platformtheme"),   QStringLiteral("plugin"),
                                       QStringLiteral("qwindowgeometry"), QStringLiteral("qwindowicon"),
                                       QStringLiteral("qwindowtitle"),    QStringLiteral("reverse"),
                                       QStringLiteral("style"),           QStringLiteral("stylesheet"),
                                       QStringLiteral("widgetcount"),     QStringLiteral("display"),
                                       QStringLiteral("geometry"),        QStringLiteral("title"),
                                       QStringLiteral("session"),         QStringLiteral("nograb"),
                                       QStringLiteral("dograb"),          QStringLiteral("sync")};
    bool terminal = false;
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString& argument = arguments.at(i);
        if (argument == QLatin1String("--")) {
            break; // what follows is positional
        }
        if (takingValue.contains(argument)) {
            ++i;
            continue;
        }
        QString name = argument.section(QLatin1Char('='), 0, 0);
        while (name.startsWith(QLatin1Char('-'))) {
            name.remove(0, 1);
        }
        if (argument.startsWith(QLatin1Char('-')) && windowing.contains(name)) {
            return false;
        }
        terminal = terminal || terminalOnly.contains(argument);
    }
    return terminal;
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
