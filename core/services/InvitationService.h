#pragma once

// Invitations with a personalized link (ARCHITECTURE §5; P2, C1, C2): drafting the message in the
// recipient's language, recording it as Pending once it leaves the desk, listing what a partner
// sent, revoking, and checking a link someone received. The token lives only in the draft and
// in the link; the workspace keeps its SHA-256.

#include "common/Result.h"
#include "domain/Invitation.h"
#include "security/Session.h"

#include <QCoreApplication>

class Workspace;

class InvitationService
{
    Q_DECLARE_TR_FUNCTIONS(InvitationService)

public:
    static constexpr int ValidityDays = 90;
    static constexpr int MessageMaxLength = 20000;
    static constexpr int SubjectMaxLength = 250;

    explicit InvitationService(Workspace& workspace);

    // A draft with a fresh link and the message in language; nothing is stored yet.
    Result<InvitationDraft> newDraft(const Session& session, InvitationKind kind, const QString& language,
                                     const QString& providerAccountId = {}) const;
    // The draft's subject and body written again in language, its link and recipient kept.
    Result<InvitationDraft> rewritten(const Session& session, InvitationDraft draft, const QString& language) const;
    // Field by field ("recipientEmail", "subject", "body"): what stops the draft from being sent.
    // The body must hold the link exactly as it was made (P2, C2).
    static QList<Error> validate(const InvitationDraft& draft);

    // Records the draft as a Pending invitation, or brings the recorded one's text up to date
    // while it is still Pending (people may edit after copying). One transaction; audited.
    Result<Invitation> record(const Session& session, const InvitationDraft& draft);
    // Invitations of the kinds given that the signed-in partner sent, newest first (V1).
    Result<QList<Invitation>> sent(const Session& session, const QList<InvitationKind>& kinds) const;
    Result<Invitation> revoke(const Session& session, const QString& invitationId);

    // What a link offers, for whoever holds it; refusals say whether the link is malformed,
    // altered, unknown, used, expired or revoked. Writes nothing.
    Result<InvitationPreview> open(const QString& link) const;

    // For services that accept an invitation: the Pending invitation behind link, or why not.
    Result<Invitation> pendingInvitation(const QString& link) const;
    // What the holder of a link partnerName withdrew (or that was revoked with a relationship
    // that ended, S5) on revoked reads.
    static Error revokedError(const QString& partnerName, const QDateTime& revoked);

private:
    static Action actionFor(InvitationKind kind);
    // C1: a customer invitation with a provider names one of the reseller's Active providers.
    Status checkProvider(const Session& session, InvitationKind kind, const QString& providerAccountId) const;
    Result<InvitationDraft> written(const Session& session, InvitationDraft draft) const;

    Workspace& m_workspace;
};
