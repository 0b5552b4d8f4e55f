#pragma once

// The domain's enumerations (ARCHITECTURE §3), with the stable keys they are stored under and
// the names people read. Keys never change; names are translated.

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

enum class DirectoryRole { GlobalAdministrator, User };
enum class PartnerType { IndirectReseller, IndirectProvider };
enum class PartnerRole { AdminAgent, SalesAgent, HelpdeskAgent, BillingAdmin };
enum class PartnerStatus { PendingEmailVerification, UnderReview, Active, Rejected, Suspended };
enum class VettingStatus { None, EmailOwnership, EmailDomain, BusinessVerification, Decision };
enum class MpnStatus { Active, Inactive, Suspended };
enum class ProviderService { CustomerSupport, TechnicalAssistance, MarketingHelp, FinancingAndCredit };
enum class InvitationKind { ResellerOfProvider, CustomerOfReseller, CustomerOfResellerAndProvider };
enum class InvitationStatus { Pending, Accepted, Expired, Revoked };
enum class RelationshipStatus { Active, Ended };

class Enums
{
    Q_DECLARE_TR_FUNCTIONS(Enums)

public:
    static QString key(DirectoryRole value);
    static QString key(PartnerType value);
    static QString key(PartnerRole value);
    static QString key(PartnerStatus value);
    static QString key(VettingStatus value);
    static QString key(MpnStatus value);
    static QString key(ProviderService value);
    static QString key(InvitationKind value);
    static QString key(InvitationStatus value);
    static QString key(RelationshipStatus value);

    template <typename E>
    static std::optional<E> fromKey(const QString& key);
    // The values of values in declaration order, each once, whatever order they came in.
    template <typename E>
    static QList<E> inDeclarationOrder(const QList<E>& values);

    static QString displayName(DirectoryRole value);
    static QString displayName(PartnerType value);
    static QString displayName(PartnerRole value);
    static QString displayName(PartnerStatus value);
    static QString displayName(VettingStatus value);
    static QString displayName(MpnStatus value);
    static QString displayName(ProviderService value);
    static QString displayName(InvitationKind value);
    static QString displayName(InvitationStatus value);
    static QString displayName(RelationshipStatus value);
};

// Every value of an enumeration, in declaration order, for loops and tests.
template <typename E>
struct EnumValues;
template <>
struct EnumValues<DirectoryRole>
{
    static constexpr DirectoryRole all[] = {DirectoryRole::GlobalAdministrator, DirectoryRole::User};
};
template <>
struct EnumValues<PartnerType>
{
    static constexpr PartnerType all[] = {PartnerType::IndirectReseller, PartnerType::IndirectProvider};
};
template <>
struct EnumValues<PartnerRole>
{
    static constexpr PartnerRole all[]
        = {PartnerRole::AdminAgent, PartnerRole::SalesAgent, PartnerRole::HelpdeskAgent, PartnerRole::BillingAdmin};
};
template <>
struct EnumValues<PartnerStatus>
{
    static constexpr PartnerStatus all[] = {PartnerStatus::PendingEmailVerification, PartnerStatus::UnderReview,
                                            PartnerStatus::Active, PartnerStatus::Rejected, PartnerStatus::Suspended};
};
template <>
struct EnumValues<VettingStatus>
{
    static constexpr VettingStatus all[]
        = {VettingStatus::None, VettingStatus::EmailOwnership, VettingStatus::EmailDomain,
           VettingStatus::BusinessVerification, VettingStatus::Decision};
};
template <>
struct EnumValues<MpnStatus>
{
    static constexpr MpnStatus all[] = {MpnStatus::Active, MpnStatus::Inactive, MpnStatus::Suspended};
};
template <>
struct EnumValues<ProviderService>
{
    static constexpr ProviderService all[] = {ProviderService::CustomerSupport, ProviderService::TechnicalAssistance,
                                              ProviderService::MarketingHelp, ProviderService::FinancingAndCredit};
};
template <>
struct EnumValues<InvitationKind>
{
    static constexpr InvitationKind all[] = {InvitationKind::ResellerOfProvider, InvitationKind::CustomerOfReseller,
                                             InvitationKind::CustomerOfResellerAndProvider};
};
template <>
struct EnumValues<InvitationStatus>
{
    static constexpr InvitationStatus all[]
        = {InvitationStatus::Pending, InvitationStatus::Accepted, InvitationStatus::Expired, InvitationStatus::Revoked};
};
template <>
struct EnumValues<RelationshipStatus>
{
    static constexpr RelationshipStatus all[] = {RelationshipStatus::Active, RelationshipStatus::Ended};
};

template <typename E>
QList<E> Enums::inDeclarationOrder(const QList<E>& values)
{
    QList<E> result;
    for (E value : EnumValues<E>::all) {
        if (values.contains(value)) {
            result << value;
        }
    }
    return result;
}

template <typename E>
std::optional<E> Enums::fromKey(const QString& key)
{
    for (E value : EnumValues<E>::all) {
        if (Enums::key(value) == key) {
            return value;
        }
    }
    return std::nullopt;
}
