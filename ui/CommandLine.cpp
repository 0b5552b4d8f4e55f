#include "CommandLine.h"

#include "SingleInstance.h"

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
