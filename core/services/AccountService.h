#pragma once

// Account settings of a partner: the legal business profile, the support profile and the
// Partner ID, with validation field by field and an audit event for every change.

#include "common/Result.h"
#include "domain/Audit.h"
#include "domain/Directory.h"
#include "domain/PartnerAccount.h"
#include "security/Session.h"

#include <QCoreApplication>
#include <QJsonObject>

class Workspace;

class AccountService
{
    Q_DECLARE_TR_FUNCTIONS(AccountService)

public:
    explicit AccountService(Workspace& workspace);

    // Problems field by field (Error::field names the input: "legalName", "contactEmail", …);
    // empty when the profile can be saved. The GUI shows these as people type.
    static QList<Error> validate(const LegalBusinessProfile& profile);
    // region: the partner's country, where a support phone number without "+" is read.
    static QList<Error> validate(const SupportProfile& profile, const QString& region = {});
    static LegalBusinessProfile normalized(LegalBusinessProfile profile);
    static SupportProfile normalized(SupportProfile profile, const QString& region = {});
    // What an audit event says changed between two profiles, field by field ({"city": {"from",
    // "to"}}); the name is under nameKey ("legalName" for a partner, "companyName" for a customer).
    static QJsonObject changes(const LegalBusinessProfile& before, const LegalBusinessProfile& after,
                               const QString& nameKey);

    Result<PartnerAccount> account(const Session& session) const;
    Result<PartnerAccount> updateLegalProfile(const Session& session, const LegalBusinessProfile& profile);
    Result<PartnerAccount> updateSupportProfile(const Session& session, const SupportProfile& profile);
    // Links another MPN profile of the same PMC account (E2, E3 hold as at enrollment).
    Result<PartnerAccount> changePartnerId(const Session& session, const QString& partnerId);
    // The MPN profile behind the account's Partner ID, and the other profiles of its PMC account.
    Result<QList<MpnProfile>> mpnProfiles(const Session& session) const;

    Result<QList<StatusChange>> statusHistory(const Session& session) const;

private:
    Result<PartnerAccount> reloadAccount(const QString& id) const;

    Workspace& m_workspace;
};
