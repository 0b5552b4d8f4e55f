#pragma once

// The audit log's hash chain checked as a whole (ARCHITECTURE §7): from the command line by whoever
// holds the workspace's database login, and from the window by a program administrator.

#include "common/Result.h"
#include "domain/Audit.h"
#include "security/Session.h"

#include <QCoreApplication>

class Workspace;

class AuditService
{
    Q_DECLARE_TR_FUNCTIONS(AuditService)

public:
    explicit AuditService(Workspace& workspace);

    // Anyone who could open the workspace (partnerdesk --verify-audit).
    Result<AuditChainReport> verifyChain(const AuditAnchor& anchor = {}) const;
    // A program administrator; anyone else is refused.
    Result<AuditChainReport> verifyChain(const Session& session, const AuditAnchor& anchor) const;

    // What the report means for people: intact with how many events, or the first broken event
    // named with its number, time and action, and what was found there.
    static QString describe(const AuditChainReport& report);

    // An anchor as people copy it: "<event>:<hash>", such as "1234:9f86d0…" (64 hex digits).
    static QString anchorText(const AuditAnchor& anchor);
    static Result<AuditAnchor> parseAnchor(const QString& text);

private:
    Workspace& m_workspace;
};
