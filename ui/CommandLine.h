#pragma once

// What partnerdesk's command line may carry besides its options (S12): at most one invitation
// link, not empty and short enough to be handed to a running PartnerDesk.

#include "common/Result.h"

#include <QCoreApplication>
#include <QStringList>

class Workspace;

class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    // The link among the positional arguments, or an empty string when there is none. Refused
    // with a message when there is more than one argument, or the one given is empty or longer
    // than SingleInstance::MaxMessageBytes.
    static Result<QString> link(const QStringList& positionalArguments);

    // Whether the command line asks only for text in a terminal (--help, --version, --verify-audit,
    // not as another option's value): then PartnerDesk runs without a window, so also where there
    // is no display (over ssh, in a package build). Not when it names an option of Qt's windowing
    // (-platform, -style…), which a windowed application takes. arguments as main() received them,
    // the program's name first.
    static bool needsNoWindow(const QStringList& arguments);

    // partnerdesk --verify-audit [--audit-anchor EVENT:HASH]: verifies the audit chain of the open
    // workspace and says what it found in *report, with the anchor to give the next check when the
    // chain is intact. Returns the exit code: 0 intact, 3 tampered with, 2 for a malformed anchor,
    // 1 when the log could not be read.
    static constexpr int AuditTampered = 3;
    static int verifyAudit(Workspace& workspace, const QString& anchor, QString* report);
};
