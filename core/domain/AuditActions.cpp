#include "AuditActions.h"

#include "domain/Countries.h"
#include "domain/Enums.h"

#include <QJsonArray>
#include <QLocale>

#include <algorithm>
#include <iterator>
#include <optional>

namespace {

struct ActionInfo
{
    const char* action;
    AuditKind kind;
    const char* description;
};

// Every action PartnerDesk writes to the audit log, the desk's and the shared workspace's
// database functions alike (tst_AuditLog checks that each event written is here).
constexpr ActionInfo Actions[] = {
    {"partner.enrolled", AuditKind::Account, QT_TRANSLATE_NOOP("AuditActions", "Enrolled in the CSP program")},
    {"partner.verificationCodeSent", AuditKind::Account, QT_TRANSLATE_NOOP("AuditActions", "Verification code sent")},
    {"partner.statusChanged", AuditKind::Account, QT_TRANSLATE_NOOP("AuditActions", "Account status changed")},
    {"partner.legalProfileUpdated", AuditKind::Account,
     QT_TRANSLATE_NOOP("AuditActions", "Legal business profile changed")},
    {"partner.supportProfileUpdated", AuditKind::Account, QT_TRANSLATE_NOOP("AuditActions", "Support profile changed")},
    {"partner.partnerIdChanged", AuditKind::Account, QT_TRANSLATE_NOOP("AuditActions", "Partner ID changed")},
    {"partner.resellerAccountCreated", AuditKind::Account,
     QT_TRANSLATE_NOOP("AuditActions", "Reseller account created")},
    {"pmcAccount.created", AuditKind::Account,
     QT_TRANSLATE_NOOP("AuditActions", "Partner Membership Center account created")},
    {"mpnProfile.added", AuditKind::Account, QT_TRANSLATE_NOOP("AuditActions", "MPN profile added")},
    {"mpnProfile.statusChanged", AuditKind::Account, QT_TRANSLATE_NOOP("AuditActions", "MPN profile status changed")},
    {"provider.added", AuditKind::Account, QT_TRANSLATE_NOOP("AuditActions", "Indirect provider added")},
    {"user.added", AuditKind::People, QT_TRANSLATE_NOOP("AuditActions", "User added")},
    {"user.removed", AuditKind::People, QT_TRANSLATE_NOOP("AuditActions", "User removed")},
    {"user.rolesChanged", AuditKind::People, QT_TRANSLATE_NOOP("AuditActions", "User's roles changed")},
    {"mfa.enrolled", AuditKind::People, QT_TRANSLATE_NOOP("AuditActions", "Two-step verification set up")},
    {"mfa.reenrolled", AuditKind::People, QT_TRANSLATE_NOOP("AuditActions", "Two-step verification set up again")},
    {"mfa.reset", AuditKind::People, QT_TRANSLATE_NOOP("AuditActions", "Two-step verification reset")},
    {"mfa.recoveryCodeUsed", AuditKind::People, QT_TRANSLATE_NOOP("AuditActions", "Recovery code used")},
    {"mfa.requirementChanged", AuditKind::People,
     QT_TRANSLATE_NOOP("AuditActions", "Two-step verification requirement changed")},
    {"invitation.created", AuditKind::Relationships, QT_TRANSLATE_NOOP("AuditActions", "Invitation sent")},
    {"invitation.edited", AuditKind::Relationships, QT_TRANSLATE_NOOP("AuditActions", "Invitation edited")},
    {"invitation.revoked", AuditKind::Relationships, QT_TRANSLATE_NOOP("AuditActions", "Invitation revoked")},
    {"invitation.accepted", AuditKind::Relationships, QT_TRANSLATE_NOOP("AuditActions", "Invitation accepted")},
    {"indirectRelationship.authorized", AuditKind::Relationships,
     QT_TRANSLATE_NOOP("AuditActions", "Indirect provider authorized")},
    {"indirectRelationship.ended", AuditKind::Relationships,
     QT_TRANSLATE_NOOP("AuditActions", "Indirect relationship ended")},
    {"customer.relationshipAuthorized", AuditKind::Relationships,
     QT_TRANSLATE_NOOP("AuditActions", "Customer relationship authorized")},
    {"customerRelationship.ended", AuditKind::Relationships,
     QT_TRANSLATE_NOOP("AuditActions", "Customer relationship ended")},
    {"referral.created", AuditKind::Relationships, QT_TRANSLATE_NOOP("AuditActions", "Referral added")},
    {"referral.referred", AuditKind::Relationships, QT_TRANSLATE_NOOP("AuditActions", "Referral passed to a reseller")},
    {"referral.invited", AuditKind::Relationships, QT_TRANSLATE_NOOP("AuditActions", "Referral invited")},
    {"referral.statusChanged", AuditKind::Relationships, QT_TRANSLATE_NOOP("AuditActions", "Referral status changed")},
    {"customer.profileUpdated", AuditKind::Customers, QT_TRANSLATE_NOOP("AuditActions", "Customer account changed")},
    {"customerUser.added", AuditKind::Customers, QT_TRANSLATE_NOOP("AuditActions", "Customer user added")},
    {"customerUser.updated", AuditKind::Customers, QT_TRANSLATE_NOOP("AuditActions", "Customer user changed")},
    {"customerUser.disabled", AuditKind::Customers,
     QT_TRANSLATE_NOOP("AuditActions", "Customer user blocked from signing in")},
    {"customerUser.enabled", AuditKind::Customers,
     QT_TRANSLATE_NOOP("AuditActions", "Customer user allowed to sign in")},
    {"customerUser.passwordReset", AuditKind::Customers,
     QT_TRANSLATE_NOOP("AuditActions", "Customer user's password reset")},
    {"order.submitted", AuditKind::Orders, QT_TRANSLATE_NOOP("AuditActions", "Order submitted")},
    {"orderRequest.raised", AuditKind::Orders, QT_TRANSLATE_NOOP("AuditActions", "Order request sent")},
    {"orderRequest.fulfilled", AuditKind::Orders, QT_TRANSLATE_NOOP("AuditActions", "Order request fulfilled")},
    {"orderRequest.declined", AuditKind::Orders, QT_TRANSLATE_NOOP("AuditActions", "Order request declined")},
    {"license.assigned", AuditKind::Orders, QT_TRANSLATE_NOOP("AuditActions", "License assigned")},
    {"license.unassigned", AuditKind::Orders, QT_TRANSLATE_NOOP("AuditActions", "License removed")},
    {"workspace.sampleLoaded", AuditKind::Workspace, QT_TRANSLATE_NOOP("AuditActions", "Sample workspace loaded")},
};

const ActionInfo* infoOf(const QString& action)
{
    for (const ActionInfo& info : Actions) {
        if (action == QLatin1String(info.action)) {
            return &info;
        }
    }
    return nullptr;
}

// Labels of the details' keys. Keys that hold only an identifier (orderId, invitation) are left
// out: the event's subject already names what it is about.
struct DetailLabel
{
    const char* key;
    const char* label;
};

constexpr DetailLabel Labels[] = {
    {"from", QT_TRANSLATE_NOOP("AuditActions", "From")},
    {"to", QT_TRANSLATE_NOOP("AuditActions", "To")},
    {"status", QT_TRANSLATE_NOOP("AuditActions", "Status")},
    {"reason", QT_TRANSLATE_NOOP("AuditActions", "Reason")},
    {"roles", QT_TRANSLATE_NOOP("AuditActions", "Roles")},
    {"upn", QT_TRANSLATE_NOOP("AuditActions", "User name")},
    {"userName", QT_TRANSLATE_NOOP("AuditActions", "User name")},
    {"displayName", QT_TRANSLATE_NOOP("AuditActions", "Name")},
    {"firstUser", QT_TRANSLATE_NOOP("AuditActions", "First user")},
    {"pmcAccount", QT_TRANSLATE_NOOP("AuditActions", "Partner Membership Center account")},
    {"partnerId", QT_TRANSLATE_NOOP("AuditActions", "Partner ID")},
    {"organizationName", QT_TRANSLATE_NOOP("AuditActions", "Organization")},
    {"tenant", QT_TRANSLATE_NOOP("AuditActions", "Tenant")},
    {"newTenant", QT_TRANSLATE_NOOP("AuditActions", "New tenant")},
    {"country", QT_TRANSLATE_NOOP("AuditActions", "Country or region")},
    {"countries", QT_TRANSLATE_NOOP("AuditActions", "Countries or regions")},
    {"services", QT_TRANSLATE_NOOP("AuditActions", "Services")},
    {"legalName", QT_TRANSLATE_NOOP("AuditActions", "Legal business name")},
    {"companyName", QT_TRANSLATE_NOOP("AuditActions", "Company name")},
    {"addressLine1", QT_TRANSLATE_NOOP("AuditActions", "Address line 1")},
    {"addressLine2", QT_TRANSLATE_NOOP("AuditActions", "Address line 2")},
    {"city", QT_TRANSLATE_NOOP("AuditActions", "City")},
    {"region", QT_TRANSLATE_NOOP("AuditActions", "State or province")},
    {"postalCode", QT_TRANSLATE_NOOP("AuditActions", "Postal code")},
    {"contactFirstName", QT_TRANSLATE_NOOP("AuditActions", "Contact's first name")},
    {"contactLastName", QT_TRANSLATE_NOOP("AuditActions", "Contact's last name")},
    {"contactEmail", QT_TRANSLATE_NOOP("AuditActions", "Contact's email")},
    {"contactPhone", QT_TRANSLATE_NOOP("AuditActions", "Contact's phone")},
    {"supportEmail", QT_TRANSLATE_NOOP("AuditActions", "Support email")},
    {"supportPhone", QT_TRANSLATE_NOOP("AuditActions", "Support phone")},
    {"supportWebsite", QT_TRANSLATE_NOOP("AuditActions", "Support web site")},
    {"kind", QT_TRANSLATE_NOOP("AuditActions", "Invitation")},
    {"recipient", QT_TRANSLATE_NOOP("AuditActions", "Recipient")},
    {"language", QT_TRANSLATE_NOOP("AuditActions", "Language")},
    {"provider", QT_TRANSLATE_NOOP("AuditActions", "Indirect provider")},
    {"providerPartnerId", QT_TRANSLATE_NOOP("AuditActions", "Provider's partner ID")},
    {"reseller", QT_TRANSLATE_NOOP("AuditActions", "Indirect reseller")},
    {"resellerPartnerId", QT_TRANSLATE_NOOP("AuditActions", "Reseller's partner ID")},
    {"customer", QT_TRANSLATE_NOOP("AuditActions", "Customer")},
    {"company", QT_TRANSLATE_NOOP("AuditActions", "Company")},
    {"source", QT_TRANSLATE_NOOP("AuditActions", "Source")},
    {"offer", QT_TRANSLATE_NOOP("AuditActions", "Offer")},
    {"transaction", QT_TRANSLATE_NOOP("AuditActions", "Transaction")},
    {"term", QT_TRANSLATE_NOOP("AuditActions", "Term")},
    {"quantity", QT_TRANSLATE_NOOP("AuditActions", "Quantity")},
    {"assigned", QT_TRANSLATE_NOOP("AuditActions", "Licenses assigned")},
    {"required", QT_TRANSLATE_NOOP("AuditActions", "Required")},
    {"left", QT_TRANSLATE_NOOP("AuditActions", "Recovery codes left")},
    {"resellerInvitations", QT_TRANSLATE_NOOP("AuditActions", "Reseller invitations revoked")},
    {"customerInvitationsWithProvider", QT_TRANSLATE_NOOP("AuditActions", "Customer invitations revoked")},
    {"customerRelationshipsEnded", QT_TRANSLATE_NOOP("AuditActions", "Customer relationships ended")},
    {"orderRequestsDeclined", QT_TRANSLATE_NOOP("AuditActions", "Order requests declined")},
};

const char* const HiddenKeys[] = {"orderId", "orderRequestId", "offerId", "invitation", "userId", "tenant_id", "type"};

template <typename E>
std::optional<QString> nameOf(const QString& key)
{
    if (auto value = Enums::fromKey<E>(key)) {
        return Enums::displayName(*value);
    }
    return std::nullopt;
}

// A stored key ("UnderReview", "AdminAgent", "P1Y") by its name; the action decides which kind of
// status a status is, as the same key names several ("Active" partner, profile or relationship).
QString valueName(const QString& action, const QString& key, const QString& value)
{
    if (key == QLatin1String("country")) {
        return Countries::name(value);
    }
    if (key == QLatin1String("language")) {
        const QLocale language(value);
        return language.language() == QLocale::C ? value : QLocale().languageToString(language.language());
    }
    std::optional<QString> name;
    if (key == QLatin1String("from") || key == QLatin1String("to") || key == QLatin1String("status")) {
        if (action.startsWith(QLatin1String("mpnProfile."))) {
            name = nameOf<MpnStatus>(value);
        } else if (action.startsWith(QLatin1String("referral."))) {
            name = nameOf<ReferralStatus>(value);
        } else if (action.startsWith(QLatin1String("partner."))) {
            name = nameOf<PartnerStatus>(value);
        }
    } else if (key == QLatin1String("roles")) {
        name = nameOf<PartnerRole>(value);
    } else if (key == QLatin1String("kind")) {
        name = nameOf<InvitationKind>(value);
    } else if (key == QLatin1String("source")) {
        name = nameOf<ReferralSource>(value);
    } else if (key == QLatin1String("transaction")) {
        name = nameOf<TransactionType>(value);
    } else if (key == QLatin1String("term")) {
        name = nameOf<Term>(value);
    } else if (key == QLatin1String("services")) {
        name = nameOf<ProviderService>(value);
    }
    return name.value_or(value);
}

QString valueText(const QString& action, const QString& key, const QJsonValue& value)
{
    const QLocale locale;
    switch (value.type()) {
    case QJsonValue::Bool:
        return value.toBool() ? AuditActions::tr("Yes") : AuditActions::tr("No");
    case QJsonValue::Double:
        return locale.toString(value.toInteger());
    case QJsonValue::String:
        return valueName(action, key, value.toString());
    case QJsonValue::Array: {
        QStringList names;
        for (const QJsonValue& item : value.toArray()) {
            names << valueText(action, key, item);
        }
        return names.isEmpty() ? AuditActions::tr("none") : names.join(QStringLiteral(", "));
    }
    case QJsonValue::Object: {
        // A field changed: what it was and what it became ("Seattle → Tacoma").
        const QJsonObject change = value.toObject();
        if (!change.contains(QLatin1String("from")) && !change.contains(QLatin1String("to"))) {
            break;
        }
        const auto side = [&](const char* which) {
            const QString text = valueText(action, key, change.value(QLatin1String(which)));
            return text.isEmpty() ? AuditActions::tr("(empty)") : text;
        };
        return AuditActions::tr("%1 → %2").arg(side("from"), side("to"));
    }
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        break;
    }
    return {};
}

} // namespace

QList<AuditKind> AuditActions::kinds()
{
    return {AuditKind::Account,   AuditKind::People, AuditKind::Relationships,
            AuditKind::Customers, AuditKind::Orders, AuditKind::Workspace};
}

QString AuditActions::kindName(AuditKind kind)
{
    switch (kind) {
    case AuditKind::Account:
        return tr("Enrollment and account");
    case AuditKind::People:
        return tr("Users and sign-in");
    case AuditKind::Relationships:
        return tr("Invitations, relationships and referrals");
    case AuditKind::Customers:
        return tr("Customers' accounts and users");
    case AuditKind::Orders:
        return tr("Orders and licenses");
    case AuditKind::Workspace:
        return tr("Workspace");
    }
    return {};
}

QStringList AuditActions::actionsOf(AuditKind kind)
{
    QStringList actions;
    for (const ActionInfo& info : Actions) {
        if (info.kind == kind) {
            actions << QLatin1String(info.action);
        }
    }
    return actions;
}

bool AuditActions::isKnown(const QString& action)
{
    return infoOf(action) != nullptr;
}

QString AuditActions::describe(const QString& action)
{
    const ActionInfo* info = infoOf(action);
    return info ? tr(info->description) : action;
}

QString AuditActions::describeDetails(const QString& action, const QJsonObject& details)
{
    QStringList parts;
    // In the table's order, so that "From" comes before "To" whatever the stored order.
    for (const DetailLabel& label : Labels) {
        const QJsonValue value = details.value(QLatin1String(label.key));
        if (value.isUndefined() || value.isNull()) {
            continue;
        }
        const QString text = valueText(action, QLatin1String(label.key), value);
        if (!text.isEmpty()) {
            parts << tr("%1: %2").arg(tr(label.label), text);
        }
    }
    // Keys a newer PartnerDesk wrote: as stored, rather than hidden.
    for (auto it = details.constBegin(); it != details.constEnd(); ++it) {
        const bool labelled = std::any_of(std::begin(Labels), std::end(Labels), [&](const DetailLabel& label) {
            return it.key() == QLatin1String(label.key);
        });
        const bool hidden = std::any_of(std::begin(HiddenKeys), std::end(HiddenKeys),
                                        [&](const char* key) { return it.key() == QLatin1String(key); });
        if (!labelled && !hidden) {
            const QString text = valueText(action, it.key(), it.value());
            if (!text.isEmpty()) {
                parts << tr("%1: %2").arg(it.key(), text);
            }
        }
    }
    return parts.join(QStringLiteral("; "));
}
