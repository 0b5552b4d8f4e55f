#pragma once

// What partnerdesk's command line may carry besides its options (S12): at most one invitation
// link, not empty and short enough to be handed to a running PartnerDesk.

#include "common/Result.h"

#include <QCoreApplication>
#include <QStringList>

class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    // The link among the positional arguments, or an empty string when there is none. Refused
    // with a message when there is more than one argument, or the one given is empty or longer
    // than SingleInstance::MaxMessageBytes.
    static Result<QString> link(const QStringList& positionalArguments);
};
