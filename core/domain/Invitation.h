#pragma once

// Invitations a partner sends with a personalized link (ARCHITECTURE §3, §5), and what the person
// holding a link sees before accepting it.

#include "domain/Enums.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

// What the sender writes before the invitation is recorded: the dialog edits subject and body;
// the link must stay in the body unchanged (P2, C2). The token exists only here and in the link.
struct InvitationDraft
{
    QString id; // chosen with the token, so that recording twice updates the same invitation
    InvitationKind kind = InvitationKind::ResellerOfProvider;
    QString providerAccountId; // the provider of a customer invitation with a provider (C1)
    QString recipientEmail;
    QString language = QStringLiteral("en");
    QString subject;
    QString body;
    QString link;
};

struct Invitation
{
    QString id;
    InvitationKind kind = InvitationKind::ResellerOfProvider;
    QString invitingPartnerId;
    QString invitingPartnerName;
    QString providerAccountId;
    QString recipientEmail;
    QString language;
    QString subject;
    QString message; // the body as sent, with the link replaced by LinkPlaceholder
    InvitationStatus status = InvitationStatus::Pending; // Expired once expires has passed
    QString createdByName;
    QDateTime created;
    QDateTime expires;
    QDateTime accepted;
    QString acceptedByName;
    QString acceptedByPartnerName; // the partner, or the customer, whose tenant accepted
    QDateTime revoked;
    QString providerName; // of providerAccountId

    // Where the stored message had its link: the token itself is never stored.
    static QString linkPlaceholder() { return QStringLiteral("[invitation link]"); }
};

// What the holder of a valid link is shown before they authorize anything (P3, C3).
struct InvitationPreview
{
    QString invitationId;
    InvitationKind kind = InvitationKind::ResellerOfProvider;
    QString partnerAccountId; // the inviting partner
    QString partnerName;
    QString partnerId; // its Partner ID
    QString partnerCountry;
    QStringList countriesServed; // of a provider (P5)
    QString providerAccountId; // the provider a customer is asked to accept too (C1, C3)
    QString providerName;
    QString providerPartnerId;
    // Whether the provider is Active and still the inviting reseller's indirect provider (C1, P6).
    bool providerWorksWithPartner = false;
    QString recipientEmail;
    QDateTime created;
    QDateTime expires;
};
