#pragma once

// The outbox as people read it: every message the workspace has sent, newest first, limited to
// what the signed-in user may see (V1).

#include "common/Result.h"
#include "domain/OutboxMessage.h"
#include "security/Session.h"

#include <QCoreApplication>

class Workspace;

class OutboxService
{
    Q_DECLARE_TR_FUNCTIONS(OutboxService)

public:
    explicit OutboxService(Workspace& workspace);

    // V1: a program administrator sees every message, a partner's user the messages about their
    // partner account; anyone else sees none (an empty list, not a refusal).
    Result<QList<OutboxMessage>> messages(const Session& session) const;

private:
    Workspace& m_workspace;
};
