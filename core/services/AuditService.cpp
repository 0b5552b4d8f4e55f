#include "AuditService.h"

#include "common/Csv.h"
#include "domain/AuditActions.h"
#include "services/DirectoryService.h"
#include "services/Workspace.h"
#include "storage/AuditStore.h"

#include <QIODevice>
#include <QLocale>
#include <QRegularExpression>

AuditService::AuditService(Workspace& workspace)
    : m_workspace(workspace)
{
}

Result<AuditQuery> AuditService::scoped(const Session& session, AuditQuery query) const
{
    // Reloaded, so that a role or partner account lost a moment ago no longer counts.
    auto fresh = m_workspace.directory().session(session.user.id);
    if (!fresh) {
        return fresh.error();
    }
    if (fresh->isProgramAdministrator()) {
        return query;
    }
    auto admin = m_workspace.authorize(session, Action::ViewActivityLog);
    if (!admin) {
        return admin.error();
    }
    // An empty partner id would mean every log to the store: never hand it one.
    if (!admin->partner || admin->partner->id.isEmpty()) {
        return Error(ErrorCode::PermissionDenied, tr("Only a partner's Admin agents read its activity log."));
    }
    query.partnerAccountId = admin->partner->id;
    return query;
}

Result<QList<AuditEvent>> AuditService::activity(const Session& session, const AuditQuery& query, int limit) const
{
    const auto acting = m_workspace.actFor(session);
    auto allowed = scoped(session, query);
    if (!allowed) {
        return allowed.error();
    }
    return AuditStore::page(m_workspace.db(), allowed.value(), limit);
}

Result<QList<AuditActor>> AuditService::actors(const Session& session) const
{
    const auto acting = m_workspace.actFor(session);
    auto allowed = scoped(session, {});
    if (!allowed) {
        return allowed.error();
    }
    return AuditStore::actors(m_workspace.db(), allowed->partnerAccountId);
}

Status AuditService::exportCsv(const Session& session, const AuditQuery& query, QIODevice& out,
                               const std::function<bool(qint64)>& progress) const
{
    const auto acting = m_workspace.actFor(session);
    auto allowed = scoped(session, query);
    if (!allowed) {
        return allowed.error();
    }
    auto write = [&out](const QStringList& fields) {
        const QByteArray line = Csv::line(fields);
        return out.write(line) == line.size();
    };
    const auto unwritten = [&out]() {
        return Error(ErrorCode::Storage, tr("The file could not be written: %1").arg(out.errorString()));
    };
    if (!write({tr("Event"), tr("When (UTC)"), tr("Who"), tr("Partner"), tr("What"), tr("About"), tr("Details")})) {
        return unwritten();
    }
    constexpr int ExportPage = 1000;
    AuditQuery next = allowed.value();
    qint64 written = 0;
    while (true) {
        auto events = AuditStore::page(m_workspace.db(), next, ExportPage);
        if (!events) {
            return events.error();
        }
        for (const AuditEvent& e : events.value()) {
            if (!write({QString::number(e.id), Csv::isoTime(e.at), actorText(e), e.partnerName,
                        AuditActions::describe(e.action), subjectText(e),
                        AuditActions::describeDetails(e.action, e.details)})) {
                return unwritten();
            }
            ++written;
        }
        if (progress && !progress(written)) {
            return Error(ErrorCode::InvalidState, tr("The export was stopped after %n events.", nullptr, int(written)));
        }
        if (events->size() < ExportPage) {
            return {};
        }
        next.beforeId = events->constLast().id;
    }
}

QString AuditService::subjectText(const AuditEvent& event)
{
    static const struct
    {
        const char* type;
        const char* name;
    } Types[] = {
        {"PartnerAccount", QT_TR_NOOP("Partner")},
        {"Customer", QT_TR_NOOP("Customer")},
        {"TenantUser", QT_TR_NOOP("User")},
        {"IndirectRelationship", QT_TR_NOOP("Indirect relationship")},
        {"Invitation", QT_TR_NOOP("Invitation")},
        {"Order", QT_TR_NOOP("Order")},
        {"OrderRequest", QT_TR_NOOP("Order request")},
        {"Subscription", QT_TR_NOOP("Subscription")},
        {"Referral", QT_TR_NOOP("Referral")},
        {"MpnProfile", QT_TR_NOOP("MPN profile")},
        {"PmcAccount", QT_TR_NOOP("Partner Membership Center account")},
        {"Workspace", QT_TR_NOOP("Workspace")},
    };
    QString type = event.subjectType;
    for (const auto& known : Types) {
        if (event.subjectType == QLatin1String(known.type)) {
            type = tr(known.name);
            break;
        }
    }
    //: What an event is about: its kind and name ("Customer: Contoso").
    return tr("%1: %2").arg(type, event.subjectName.isEmpty() ? event.subjectId : event.subjectName);
}

QString AuditService::actorText(const AuditEvent& event)
{
    if (event.actorUserId.isEmpty()) {
        return QStringLiteral("PartnerDesk");
    }
    return event.actorName.isEmpty() ? tr("Someone of another organization") : event.actorName;
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
