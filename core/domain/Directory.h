#pragma once

// Value types of the directory: tenants, their users, Partner Membership Center accounts and
// the MPN profiles they hold (ARCHITECTURE §3).

#include "domain/Enums.h"

#include <QDateTime>
#include <QString>

struct Tenant
{
    QString id;
    QString displayName;
    QString domainPrefix;
    QString country;
    bool isProgram = false;
    QDateTime created;

    QString defaultDomain() const { return domainFor(domainPrefix); }
    static QString domainFor(const QString& prefix) { return prefix + QStringLiteral(".onmicrosoft.com"); }
    // The user principal name a user name gets in domain: trimmed, lower case, "@", the domain.
    static QString upnFor(const QString& userName, const QString& domain)
    {
        return userName.trimmed().toLower() + QLatin1Char('@') + domain;
    }
};

struct TenantUser
{
    QString id;
    QString tenantId;
    QString upn;
    QString displayName;
    DirectoryRole directoryRole = DirectoryRole::User;
    bool enabled = true;
    QDateTime lockedUntil;
};

struct PmcAccount
{
    QString id;
    QString userName;
    // On a shared workspace: what the server gave the account's sign-in (rights.pmc_ticket), which
    // shows its MPN profiles and enrolls with one, for two hours. Held in memory only; empty on a
    // file.
    QString ticket;
};

struct MpnProfile
{
    QString partnerId;
    QString pmcAccountId;
    QString organizationName;
    QString country;
    MpnStatus status = MpnStatus::Active;
    // The partner account this Partner ID is linked to, if any (E3).
    QString linkedPartnerAccountId;
    QString linkedPartnerName;
};

// What a program administrator types to create the workspace's program tenant.
struct NewTenant
{
    QString displayName;
    QString domainPrefix;
    QString country;
};

// What a program administrator types to add an MPN profile to the directory; the PMC account
// is created with pmcPassword when no account has that user name yet.
struct NewMpnProfile
{
    QString pmcUserName;
    QString pmcPassword;
    QString partnerId;
    QString organizationName;
    QString country;
    MpnStatus status = MpnStatus::Active;
};

struct NewUser
{
    QString displayName;
    QString userName; // the part before @; the tenant's default domain follows it
    QString password;
    DirectoryRole directoryRole = DirectoryRole::User;
};
