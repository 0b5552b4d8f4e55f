#include "OutboxService.h"

#include "services/DirectoryService.h"
#include "services/Workspace.h"
#include "storage/OutboxStore.h"

OutboxService::OutboxService(Workspace& workspace)
    : m_workspace(workspace)
{
}

Result<QList<OutboxMessage>> OutboxService::messages(const Session& session) const
{
    const auto acting = m_workspace.actFor(session);
    // Reloaded, so that a partner account or administrator role lost a moment ago no longer counts.
    auto fresh = m_workspace.directory().session(session.user.id);
    if (!fresh) {
        return fresh.error();
    }
    if (fresh->isProgramAdministrator()) {
        return OutboxStore::messages(m_workspace.db());
    }
    // An empty partner id would mean "every message" to the store: never hand it one.
    if (fresh->partner && !fresh->partner->id.isEmpty()) {
        return OutboxStore::messages(m_workspace.db(), fresh->partner->id);
    }
    return QList<OutboxMessage>();
}
