#pragma once

// What the enrollment wizard gathers page by page (seed: "Enroll as a new indirect reseller"),
// and what a program administrator reviews afterwards.

#include "domain/Directory.h"
#include "domain/PartnerAccount.h"

#include <QList>
#include <QString>

struct EnrollmentDraft
{
    // Step 2: a tenant whose Global administrator signed in, or a tenant to create at "Enroll now".
    bool createTenant = false;
    QString administratorUserId; // the signed-in Global administrator of an existing tenant
    NewTenant newTenant;
    NewUser newAdministrator;
    // Steps 4–6: the Partner Membership Center account signed in to, and the profile chosen.
    QString pmcAccountId;
    // On a shared workspace, the ticket of that PMC sign-in (PmcAccount::ticket).
    QString pmcTicket;
    QString partnerId;
    PmcAccount pmcAccount() const { return {pmcAccountId, {}, pmcTicket}; }
    // Step 7.
    LegalBusinessProfile legal;
    SupportProfile support;
};

// One automatic check shown to the program administrator beside an application.
struct EnrollmentCheck
{
    QString name;
    bool passed = false;
    QString detail;
};

struct EnrollmentApplication
{
    PartnerAccount account;
    Tenant tenant;
    MpnProfile profile;
    QList<EnrollmentCheck> checks;
};
