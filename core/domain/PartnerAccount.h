#pragma once

// A partner's account: who it is legally, who to contact, how customers reach its support, and
// where it stands in enrollment (ARCHITECTURE §3).

#include "domain/Directory.h"
#include "domain/Enums.h"

#include <QDateTime>
#include <QList>
#include <QString>

struct Address
{
    QString line1;
    QString line2;
    QString city;
    QString region;
    QString postalCode;
    QString country;

    bool operator==(const Address&) const = default;
};

struct LegalBusinessProfile
{
    QString legalName;
    Address address;
    QString contactFirstName;
    QString contactLastName;
    QString contactEmail;
    QString contactPhone;
    // The language messages to the contact are written in (en, es); messages go to a partner's,
    // a customer's company keeps the default.
    QString contactLanguage = QStringLiteral("en");

    bool operator==(const LegalBusinessProfile&) const = default;
};

struct SupportProfile
{
    QString email;
    QString phone;
    QString website;

    bool operator==(const SupportProfile&) const = default;
};

// A further CSP program a partner account takes part in besides its own type (E9): an enrolled
// partner resells too, with the customer support details for that program.
struct PartnerProgram
{
    PartnerType type = PartnerType::IndirectReseller;
    SupportProfile support;
    QDateTime created;
};

struct PartnerAccount
{
    QString id;
    QString tenantId;
    PartnerType type = PartnerType::IndirectReseller;
    QString partnerId;
    LegalBusinessProfile legal;
    SupportProfile support;
    PartnerStatus status = PartnerStatus::PendingEmailVerification;
    VettingStatus vetting = VettingStatus::None;
    QString rejectionReason;
    QDateTime created;
    QDateTime updated;
    QList<PartnerProgram> programs; // beyond type, e.g. reselling for a provider (E9)

    // Every partner type this account acts as: its own, then its further programs.
    QList<PartnerType> types() const
    {
        QList<PartnerType> result{type};
        for (const PartnerProgram& program : programs) {
            result << program.type;
        }
        return result;
    }
};

struct StatusChange
{
    QString fromStatus;
    PartnerStatus toStatus = PartnerStatus::PendingEmailVerification;
    QString reason;
    QString actorName;
    QDateTime at;
};

struct ProviderListing
{
    QString partnerAccountId;
    QString name;
    QString partnerId;
    PartnerStatus status = PartnerStatus::Active;
    bool official = true;
    QList<ProviderService> services;
    QStringList countries;
    QString contactName;
    QString contactEmail;
    QString contactPhone;
    QString website;
    QString description;
};

// What a program administrator types to add an official indirect provider (ARCHITECTURE §1): its
// new tenant and first user, the MPN profile its Partner ID names, its profiles and its listing.
// The legal address is in the tenant's country; of listing, only the services, countries served,
// contact, web site and description are read.
struct NewProviderAccount
{
    NewTenant tenant;
    NewUser firstUser; // made the tenant's Global administrator and the account's Admin agent
    QString partnerId;
    LegalBusinessProfile legal;
    SupportProfile support;
    ProviderListing listing;
};
