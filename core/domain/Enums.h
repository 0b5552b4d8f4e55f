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
enum class SubscriptionStatus { Active, Suspended, Cancelled };
enum class BillingType { License, Usage };
enum class Term { P1M, P1Y, P3Y };
enum class TransactionType { New, AddQuantity, RemoveQuantity, Cancel };
enum class OrderStatus { Submitted, Completed, Failed };
enum class OrderRequestStatus { Open, Fulfilled, Declined };
enum class ReferralSource { OwnMarketing, MicrosoftReferral, IndirectProvider };
enum class ReferralStatus { New, Accepted, Won, Lost };

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
    static QString key(SubscriptionStatus value);
    static QString key(BillingType value);
    static QString key(Term value);
    static QString key(TransactionType value);
    static QString key(OrderStatus value);
    static QString key(OrderRequestStatus value);
    static QString key(ReferralSource value);
    static QString key(ReferralStatus value);

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
    static QString displayName(SubscriptionStatus value);
    static QString displayName(BillingType value);
    static QString displayName(Term value);
    static QString displayName(TransactionType value);
    static QString displayName(OrderStatus value);
    static QString displayName(OrderRequestStatus value);
    static QString displayName(ReferralSource value);
    static QString displayName(ReferralStatus value);
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

template <>
struct EnumValues<SubscriptionStatus>
{
    static constexpr SubscriptionStatus all[] = {SubscriptionStatus::Active, SubscriptionStatus::Suspended, SubscriptionStatus::Cancelled};
};
template <>
struct EnumValues<BillingType>
{
    static constexpr BillingType all[] = {BillingType::License, BillingType::Usage};
};
template <>
struct EnumValues<Term>
{
    static constexpr Term all[] = {Term::P1M, Term::P1Y, Term::P3Y};
};
template <>
struct EnumValues<TransactionType>
{
    static constexpr TransactionType all[] = {TransactionType::New, TransactionType::AddQuantity, TransactionType::RemoveQuantity, TransactionType::Cancel};
};
template <>
struct EnumValues<OrderStatus>
{
    static constexpr OrderStatus all[] = {OrderStatus::Submitted, OrderStatus::Completed, OrderStatus::Failed};
};
template <>
struct EnumValues<OrderRequestStatus>
{
    static constexpr OrderRequestStatus all[] = {OrderRequestStatus::Open, OrderRequestStatus::Fulfilled, OrderRequestStatus::Declined};
};
template <>
struct EnumValues<ReferralSource>
{
    static constexpr ReferralSource all[] = {ReferralSource::OwnMarketing, ReferralSource::MicrosoftReferral, ReferralSource::IndirectProvider};
};
template <>
struct EnumValues<ReferralStatus>
{
    static constexpr ReferralStatus all[] = {ReferralStatus::New, ReferralStatus::Accepted, ReferralStatus::Won, ReferralStatus::Lost};
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
