#pragma once

// Referrals (C8): customers come from a reseller's own marketing, Microsoft referrals or its
// indirect providers. A reseller records its leads and moves them along; a provider refers leads
// to the resellers it works with and follows their status; a lead becomes a customer invitation.

#include "common/Result.h"
#include "domain/Invitation.h"
#include "domain/Referral.h"
#include "security/Session.h"

#include <QCoreApplication>

class Workspace;

class ReferralService
{
    Q_DECLARE_TR_FUNCTIONS(ReferralService)

public:
    static constexpr int CompanyNameMaxLength = 200;
    static constexpr int ContactNameMaxLength = 200;
    static constexpr int NotesMaxLength = 4000;

    explicit ReferralService(Workspace& workspace);

    // V1: a reseller's own referrals, whatever their source, and the leads a provider referred,
    // with how far each got; newest first. An account that is both sees both.
    Result<QList<Referral>> referrals(const Session& session) const;

    // Field by field ("companyName", "contactName", "contactEmail", "contactPhone", "country",
    // "notes"): what stops the draft from being stored. The source is the caller's to check.
    QList<Error> validate(const ReferralDraft& draft) const;

    // A reseller records a lead of its own marketing or a Microsoft referral, as New.
    Result<Referral> add(const Session& session, const ReferralDraft& draft);
    // A provider refers a lead to one of its resellers (source Indirect provider, whatever the
    // draft says): only while their relationship is Active. Audited on both sides; the reseller's
    // primary contact gets a message.
    Result<Referral> refer(const Session& session, const QString& resellerAccountId, const ReferralDraft& draft);

    // The reseller working on a referral moves it along the allowed transitions (see
    // Referral::canMove); the provider that referred it hears of every change.
    Status setStatus(const Session& session, const QString& referralId, ReferralStatus status);
    // A referral became an invitation: links the reseller's own customer invitation to it and
    // moves it from New to Accepted (an Accepted one stays Accepted).
    Status linkInvitation(const Session& session, const QString& referralId, const QString& invitationId);
    // S12: a referral's "Invite…": records draft as a Pending customer invitation (or brings it up
    // to date, see InvitationService::record) and links it to the referral, in one transaction:
    // both are stored or neither is.
    Result<Invitation> invite(const Session& session, const QString& referralId, const InvitationDraft& draft);

private:
    // The referral if the session's partner may see it (V1); NotFound otherwise.
    Result<Referral> visible(const Session& session, const QString& referralId) const;
    // The referral if the session's partner is the reseller working on it.
    Result<Referral> owned(const Session& session, const QString& referralId) const;
    Referral fromDraft(const ReferralDraft& draft) const;
    // Audits a change on the reseller's side and, for a referred lead, the provider's; tells the
    // provider what happened.
    Status recordChange(const Session& session, const Referral& before, const Referral& after, const QString& action);

    Workspace& m_workspace;
};
