#pragma once

// The audit log as people read it (ARCHITECTURE §7): a partner's Admin agents read their partner's
// Activity log, the program administrator every partner's. Its hash chain is checked as a whole
// from the command line by whoever holds the workspace's database login, and from the window by a
// program administrator.

#include "common/Result.h"
#include "domain/Audit.h"
#include "security/Session.h"

#include <QCoreApplication>

#include <functional>

class QIODevice;
class Workspace;

class AuditService
{
    Q_DECLARE_TR_FUNCTIONS(AuditService)

public:
    explicit AuditService(Workspace& workspace);

    // A page of the Activity log, newest first (query.beforeId: after the page before). A partner's
    // Admin agent reads their partner's log whatever query.partnerAccountId says; the program
    // administrator reads the partner's it names, or every log; anyone else is refused.
    Result<QList<AuditEvent>> activity(const Session& session, const AuditQuery& query, int limit) const;
    // The people who wrote to the logs the session reads, for the filter.
    Result<QList<AuditActor>> actors(const Session& session) const;
    // Every event query selects, as CSV with headings in the interface language, in pages;
    // progress hears the count written after each page and stops the export by returning false.
    Status exportCsv(const Session& session, const AuditQuery& query, QIODevice& out,
                     const std::function<bool(qint64)>& progress = {}) const;

    // The event as the log shows it: what it is about ("Customer: Contoso"), or its kind and
    // identifier where the reader may not see its name.
    static QString subjectText(const AuditEvent& event);
    // Who did it: their name, "PartnerDesk" for the workspace itself, or "Someone else" for a
    // person the reader may not see.
    static QString actorText(const AuditEvent& event);

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
    // The query as the session may run it: its partner's log for an Admin agent.
    Result<AuditQuery> scoped(const Session& session, AuditQuery query) const;

    Workspace& m_workspace;
};
