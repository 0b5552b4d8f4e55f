#pragma once

// Enrolling as an indirect reseller (seed: "Enroll as a new indirect reseller"; rules E1–E8):
// the checks the wizard makes page by page, "Enroll now", the email verification code, and the
// program administrator's review. E10 (nothing but enrollment until Active) is the permission
// matrix's.

#include "common/Result.h"
#include "domain/Enrollment.h"
#include "domain/OutboxMessage.h"
#include "security/Session.h"

#include <QCoreApplication>

struct SignInAttempt;
struct SignInCheck;

class Workspace;

class EnrollmentService
{
    Q_DECLARE_TR_FUNCTIONS(EnrollmentService)

public:
    static constexpr int CodeValidityDays = 7;
    static constexpr int MaxCodeFailures = 5;
    // Codes sent in any 24 hours, the first included, so that new codes can't buy endless guesses.
    static constexpr int MaxCodesPerDay = 5;

    explicit EnrollmentService(Workspace& workspace);

    // Step 2 with an existing tenant (E1): signs in and checks that this user may enroll it.
    Result<Session> signInAdministrator(const QString& upn, const QString& password);
    // The same after the password was checked elsewhere (DirectoryService::prepareSignIn and
    // checkSignIn), for the wizard that checks it on a worker thread.
    Result<Session> signInAdministrator(const SignInAttempt& attempt, const SignInCheck& check);
    // Step 6 (E2, E3): whether the profile of the PMC account can be linked to a tenant there.
    Status checkProfile(const PmcAccount& pmc, const QString& partnerId, const QString& tenantCountry) const;
    // The country/region of the draft's tenant, signed in to or to be created.
    QString tenantCountry(const EnrollmentDraft& draft) const;
    // The draft tenant's default domain ("contoso.onmicrosoft.com").
    QString tenantDomain(const EnrollmentDraft& draft) const;
    // What the reviewers check of a primary contact's email (E7): that its domain is the web
    // site's or the tenant's. The applicant sees the same check while typing.
    static EnrollmentCheck emailDomainCheck(const QString& contactEmail, const QString& website,
                                            const QString& tenantDomain);
    // Step 8, "Enroll now" (E1–E3, E6), in one transaction: the new tenant if any, the partner
    // account pending email verification, the enrolling user as its first Admin agent, and the
    // verification message to the primary contact. Returns the enrolling user's session. On a
    // shared workspace it runs on the enrolling user's own login (or as the tenant's first user,
    // behind the gate), and the database checks the PMC sign-in's ticket (rights.enroll).
    Result<Session> enroll(const EnrollmentDraft& draft);

    // E9: an Admin agent of an Active partner account already enrolled in CSP (an indirect
    // provider) makes it an indirect reseller too, giving only customer support details.
    Result<Session> createResellerAccount(const Session& session, const SupportProfile& support);

    // E7: the code moves the account to Under review; five wrong codes lock verification until
    // a new code is sent; codes expire after CodeValidityDays.
    Status verifyEmail(const Session& session, const QString& code);
    Status sendNewCode(const Session& session);

    // E8: the applications under review with their automatic checks, and the decision.
    Result<QList<EnrollmentApplication>> applications(const Session& session) const;
    Result<PartnerAccount> approve(const Session& session, const QString& accountId);
    Result<PartnerAccount> reject(const Session& session, const QString& accountId, const QString& reason);

private:
    Result<Session> requireEnrollable(const QString& userId) const;
    // The new account, its first Admin agent, its first status and its audit event: written here
    // on a file, by the database on a shared workspace (with the PMC sign-in's ticket).
    Status recordEnrollment(const PartnerAccount& account, const QString& userId, const QString& pmcTicket,
                            bool newTenant);
    Result<Session> pendingVerification(const Session& session) const;
    // A new code for the account, by actor (one of its Admin agents): stored as its hash, recorded
    // in the outbox without it, and delivered to the primary contact's mailbox.
    Status issueCode(const Session& actor, const PartnerAccount& account);
    Result<PartnerAccount> decide(const Session& session, const QString& accountId, PartnerStatus status,
                                  const QString& reason);
    // E8: the message to the account's primary contact that its status is now `to`.
    OutboxMessage statusMessage(const PartnerAccount& account, PartnerStatus to, const QString& reason) const;
    // Records a status change: history, audit event, and a message to the primary contact (E8).
    Status recordStatus(const Session* actor, const PartnerAccount& account, PartnerStatus from, PartnerStatus to,
                        const QString& reason);
    Result<EnrollmentApplication> application(const QString& accountId) const;

    Workspace& m_workspace;
};
