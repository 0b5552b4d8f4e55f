#include "SampleWorkspace.h"

#include "domain/Customer.h"
#include "domain/Directory.h"
#include "domain/PartnerAccount.h"
#include "domain/Validators.h"
#include "services/AccountService.h"
#include "services/Workspace.h"
#include "storage/AuditStore.h"
#include "storage/CommerceStore.h"
#include "storage/CustomerStore.h"
#include "storage/DirectoryStore.h"
#include "storage/PartnerStore.h"
#include "storage/RelationshipStore.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

class Loader
{
    Q_DECLARE_TR_FUNCTIONS(SampleWorkspace)

public:
    explicit Loader(Workspace& workspace)
        : m_workspace(workspace)
        , m_db(workspace.db())
        , m_now(workspace.now())
    {
    }

    Status load(const QJsonObject& root)
    {
        const QJsonObject program = root.value(QLatin1String("program")).toObject();
        Status status = tenant(program.value(QLatin1String("tenant")).toObject(),
                               program.value(QLatin1String("administrators")).toArray(), true);
        for (const QJsonValue& account : root.value(QLatin1String("pmcAccounts")).toArray()) {
            if (status) {
                status = pmcAccount(account.toObject());
            }
        }
        const QJsonArray tenants = root.value(QLatin1String("tenants")).toArray();
        for (const QJsonValue& value : tenants) {
            const QJsonObject t = value.toObject();
            if (status) {
                status = tenant(t, t.value(QLatin1String("users")).toArray(), false);
            }
        }
        for (const QJsonValue& value : root.value(QLatin1String("indirectRelationships")).toArray()) {
            if (status) {
                status = indirectRelationship(value.toObject());
            }
        }
        // Customers last: their relationships name partners by tenant.
        for (const QJsonValue& value : tenants) {
            const QJsonObject t = value.toObject();
            if (status && t.contains(QLatin1String("customer"))) {
                status = customer(t.value(QLatin1String("domainPrefix")).toString(),
                                  t.value(QLatin1String("customer")).toObject());
            }
        }
        return status;
    }

private:
    static QString text(const QJsonObject& o, const char* key) { return o.value(QLatin1String(key)).toString(); }

    static Address address(const QJsonObject& o)
    {
        return {text(o, "line1"),  text(o, "line2"),      text(o, "city"),
                text(o, "region"), text(o, "postalCode"), text(o, "country")};
    }

    Status tenant(const QJsonObject& t, const QJsonArray& users, bool program)
    {
        Tenant tenant;
        tenant.id = Workspace::newId();
        tenant.displayName = text(t, "displayName");
        tenant.domainPrefix = text(t, "domainPrefix");
        tenant.country = text(t, "country");
        tenant.isProgram = program;
        tenant.created = m_now;
        Status status = DirectoryStore::insertTenant(m_db, tenant);
        m_tenantIds.insert(tenant.domainPrefix, tenant.id);

        PartnerAccount account;
        QString globalAdministratorId;
        const bool isPartner = t.contains(QLatin1String("partner"));
        if (status && isPartner) {
            status = partner(tenant, t.value(QLatin1String("partner")).toObject(), account);
        }
        for (const QJsonValue& value : users) {
            const QJsonObject u = value.toObject();
            TenantUser user;
            user.id = Workspace::newId();
            user.tenantId = tenant.id;
            user.upn = text(u, "userName") + QLatin1Char('@') + tenant.defaultDomain();
            user.displayName = text(u, "displayName");
            user.directoryRole = Enums::fromKey<DirectoryRole>(text(u, "directoryRole")).value_or(DirectoryRole::User);
            if (status) {
                // On a shared workspace each person gets their login with the sample's password.
                status = DirectoryStore::insertUser(m_db, user, {text(u, "passwordHash"), text(u, "loginVerifier")},
                                                    m_now);
            }
            m_userIds.insert(user.upn, user.id);
            if (program && m_programAdministratorId.isEmpty()) {
                m_programAdministratorId = user.id;
            }
            if (user.directoryRole == DirectoryRole::GlobalAdministrator && globalAdministratorId.isEmpty()) {
                globalAdministratorId = user.id;
            }
            for (const QJsonValue& role : u.value(QLatin1String("partnerRoles")).toArray()) {
                auto partnerRole = Enums::fromKey<PartnerRole>(role.toString());
                if (status && isPartner && partnerRole) {
                    status = PartnerStore::addRole(m_db, account.id, user.id, *partnerRole);
                }
            }
        }
        if (status && isPartner) {
            // Who set the partner's status, as Home shows it: its Global administrator for an
            // enrollment still in progress, the program administrator for a decision.
            const bool applicant = account.status == PartnerStatus::PendingEmailVerification
                || account.status == PartnerStatus::UnderReview;
            status
                = PartnerStore::appendStatusChange(m_db, account.id, {}, account.status, {},
                                                   applicant ? globalAdministratorId : m_programAdministratorId, m_now);
            // The Activity log tells the same history: the enrollment, then the program's decision.
            if (status) {
                status = audit(globalAdministratorId, account.id, QStringLiteral("partner.enrolled"),
                               QStringLiteral("PartnerAccount"), account.id,
                               {{QStringLiteral("partnerId"), account.partnerId},
                                {QStringLiteral("tenant"), tenant.defaultDomain()}});
            }
            if (status && !applicant) {
                status = audit(m_programAdministratorId, account.id, QStringLiteral("partner.statusChanged"),
                               QStringLiteral("PartnerAccount"), account.id,
                               {{QStringLiteral("from"), Enums::key(PartnerStatus::UnderReview)},
                                {QStringLiteral("to"), Enums::key(account.status)}});
            }
        }
        m_administratorIds.insert(tenant.domainPrefix, globalAdministratorId);
        return status;
    }

    // An event of the sample's history, as the step's service writes it.
    Status audit(const QString& actorUserId, const QString& partnerAccountId, const QString& action,
                 const QString& subjectType, const QString& subjectId, const QJsonObject& details)
    {
        return AuditStore::append(m_db, m_now, actorUserId, partnerAccountId, action, subjectType, subjectId, details);
    }

    Status partner(const Tenant& tenant, const QJsonObject& p, PartnerAccount& account)
    {
        const QJsonObject legal = p.value(QLatin1String("legal")).toObject();
        const QJsonObject contact = legal.value(QLatin1String("contact")).toObject();
        const QJsonObject support = p.value(QLatin1String("support")).toObject();
        account.id = Workspace::newId();
        account.tenantId = tenant.id;
        account.type = Enums::fromKey<PartnerType>(text(p, "type")).value_or(PartnerType::IndirectReseller);
        account.partnerId = text(p, "partnerId");
        account.legal.legalName = text(legal, "legalName");
        account.legal.address = address(legal.value(QLatin1String("address")).toObject());
        account.legal.contactFirstName = text(contact, "firstName");
        account.legal.contactLastName = text(contact, "lastName");
        account.legal.contactEmail = text(contact, "email");
        account.legal.contactPhone = text(contact, "phone");
        if (contact.contains(QLatin1String("language"))) { // else English
            account.legal.contactLanguage = text(contact, "language");
        }
        account.support = {text(support, "email"), text(support, "phone"), text(support, "website")};
        // The sample goes through the same checks and normalization as what people type.
        QList<Error> problems = AccountService::validate(account.legal);
        problems << AccountService::validate(account.support, account.legal.address.country);
        if (!problems.isEmpty()) {
            return Error(ErrorCode::InvalidInput,
                         tr("The sample's partner %1 is not valid: %2")
                             .arg(account.legal.legalName, problems.first().message()));
        }
        account.legal = AccountService::normalized(account.legal);
        account.support = AccountService::normalized(account.support, account.legal.address.country);
        account.status = Enums::fromKey<PartnerStatus>(text(p, "status")).value_or(PartnerStatus::Active);
        account.created = m_now;
        account.updated = m_now;
        Status status = PartnerStore::insertAccount(m_db, account);
        if (status && p.contains(QLatin1String("listing"))) {
            const QJsonObject l = p.value(QLatin1String("listing")).toObject();
            ProviderListing listing;
            listing.partnerAccountId = account.id;
            for (const QJsonValue& service : l.value(QLatin1String("services")).toArray()) {
                if (auto s = Enums::fromKey<ProviderService>(service.toString())) {
                    listing.services << *s;
                }
            }
            for (const QJsonValue& country : l.value(QLatin1String("countries")).toArray()) {
                listing.countries << country.toString();
            }
            listing.contactName = text(l, "contactName");
            listing.contactEmail = text(l, "contactEmail");
            listing.contactPhone = Validators::normalizedPhone(text(l, "contactPhone"));
            listing.website = text(l, "website");
            listing.description = text(l, "description");
            status = PartnerStore::insertListing(m_db, listing);
        }
        m_partnerIds.insert(tenant.domainPrefix, account.id);
        m_partnerNumbers.insert(tenant.domainPrefix, account.partnerId);
        m_partnerNames.insert(account.id, account.legal.legalName);
        return status;
    }

    Status pmcAccount(const QJsonObject& a)
    {
        PmcAccount account{Workspace::newId(), text(a, "userName"), {}};
        Status status = DirectoryStore::insertPmcAccount(m_db, account,
                                                         {text(a, "passwordHash"), text(a, "loginVerifier")}, m_now);
        for (const QJsonValue& value : a.value(QLatin1String("profiles")).toArray()) {
            const QJsonObject p = value.toObject();
            MpnProfile profile;
            profile.partnerId = text(p, "partnerId");
            profile.pmcAccountId = account.id;
            profile.organizationName = text(p, "organizationName");
            profile.country = text(p, "country");
            profile.status = Enums::fromKey<MpnStatus>(text(p, "status")).value_or(MpnStatus::Inactive);
            if (status) {
                status = DirectoryStore::insertMpnProfile(m_db, profile);
            }
        }
        return status;
    }

    // A provider and a reseller already working together, authorized by a user of the reseller
    // ("riley" of "harborlightit").
    Status indirectRelationship(const QJsonObject& r)
    {
        const QString provider = m_partnerIds.value(text(r, "provider"));
        const QString reseller = m_partnerIds.value(text(r, "reseller"));
        const QString user
            = m_userIds.value(text(r, "authorizedBy") + QLatin1Char('@') + Tenant::domainFor(text(r, "reseller")));
        if (provider.isEmpty() || reseller.isEmpty() || user.isEmpty()) {
            return Error(ErrorCode::InvalidInput,
                         tr("The sample names an unknown partner or user in an indirect "
                            "relationship."));
        }
        const QString id = Workspace::newId();
        Status status = RelationshipStore::insert(m_db, id, provider, reseller, user, {}, m_now);
        // In both partners' logs, as authorizing writes it.
        const QJsonObject details{{QStringLiteral("provider"), m_partnerNames.value(provider)},
                                  {QStringLiteral("reseller"), m_partnerNames.value(reseller)}};
        for (const QString& side : {provider, reseller}) {
            if (status) {
                status = audit(user, side, QStringLiteral("indirectRelationship.authorized"),
                               QStringLiteral("IndirectRelationship"), id, details);
            }
        }
        return status;
    }

    Status customer(const QString& domainPrefix, const QJsonObject& c)
    {
        const QJsonObject contact = c.value(QLatin1String("contact")).toObject();
        Customer customer;
        customer.id = Workspace::newId();
        customer.tenantId = m_tenantIds.value(domainPrefix);
        customer.company.legalName = text(c, "companyName");
        customer.company.address = address(c.value(QLatin1String("address")).toObject());
        customer.company.contactFirstName = text(contact, "firstName");
        customer.company.contactLastName = text(contact, "lastName");
        customer.company.contactEmail = text(contact, "email");
        customer.company.contactPhone = Validators::normalizedPhone(text(contact, "phone"));
        customer.created = m_now;
        Status status = CustomerStore::insertCustomer(m_db, customer);
        for (const QJsonValue& value : c.value(QLatin1String("partners")).toArray()) {
            const QJsonObject p = value.toObject();
            const QString partnerAccountId = m_partnerIds.value(text(p, "domainPrefix"));
            if (status && partnerAccountId.isEmpty()) {
                status = Error(ErrorCode::InvalidInput,
                               tr("The sample names an unknown partner %1.").arg(text(p, "domainPrefix")));
            }
            if (status) {
                status = CustomerStore::insertRelationship(m_db, Workspace::newId(), customer.id, partnerAccountId,
                                                           p.value(QLatin1String("delegatedAdmin")).toBool(), m_now);
            }
            // The customer's administrator accepted the partner's invitation.
            if (status) {
                status = audit(m_administratorIds.value(domainPrefix), partnerAccountId,
                               QStringLiteral("customer.relationshipAuthorized"), QStringLiteral("Customer"),
                               customer.id, {{QStringLiteral("customer"), customer.company.legalName}});
            }
        }
        for (const QJsonValue& value : c.value(QLatin1String("subscriptions")).toArray()) {
            if (status) {
                status = subscription(customer, domainPrefix, value.toObject());
            }
        }
        return status;
    }

    // A subscription the provider ordered for the customer with the reseller on record, and the
    // users holding its licenses.
    Status subscription(const Customer& customer, const QString& domainPrefix, const QJsonObject& s)
    {
        Subscription sub;
        sub.id = Workspace::newId();
        sub.customerId = customer.id;
        sub.offerId = text(s, "offerId");
        sub.quantity = s.value(QLatin1String("quantity")).toInt();
        sub.term = Enums::fromKey<Term>(text(s, "term")).value_or(Term::P1Y);
        sub.status = SubscriptionStatus::Active;
        sub.partnerOnRecord = m_partnerNumbers.value(text(s, "partnerOnRecord"));
        sub.billedByAccountId = m_partnerIds.value(text(s, "billedBy"));
        sub.created = m_now;
        sub.updated = m_now;
        if (sub.partnerOnRecord.isEmpty() || sub.billedByAccountId.isEmpty()) {
            return Error(ErrorCode::InvalidInput, tr("The sample names an unknown partner in a subscription."));
        }
        Status status = CommerceStore::insertSubscription(m_db, sub);
        // Ordered by the billing partner's administrator, in the logs of both partners involved.
        const QString onRecord = m_partnerIds.value(text(s, "partnerOnRecord"));
        const QJsonObject details{{QStringLiteral("customer"), customer.company.legalName},
                                  {QStringLiteral("quantity"), sub.quantity},
                                  {QStringLiteral("term"), Enums::key(sub.term)}};
        QStringList sides{sub.billedByAccountId};
        if (!onRecord.isEmpty() && onRecord != sub.billedByAccountId) {
            sides << onRecord;
        }
        for (const QString& side : std::as_const(sides)) {
            if (status) {
                status = audit(m_administratorIds.value(text(s, "billedBy")), side, QStringLiteral("order.submitted"),
                               QStringLiteral("Subscription"), sub.id, details);
            }
        }
        for (const QJsonValue& user : s.value(QLatin1String("assignedTo")).toArray()) {
            const QString userId
                = m_userIds.value(user.toString() + QLatin1Char('@') + Tenant::domainFor(domainPrefix));
            if (status && userId.isEmpty()) {
                status
                    = Error(ErrorCode::InvalidInput, tr("The sample names an unknown user %1.").arg(user.toString()));
            }
            if (status) {
                status = CommerceStore::insertAssignment(m_db, sub.id, userId, m_now);
            }
        }
        return status;
    }

    Workspace& m_workspace;
    QSqlDatabase m_db;
    QDateTime m_now;
    QHash<QString, QString> m_tenantIds; // domain prefix → tenant id
    QHash<QString, QString> m_partnerIds; // domain prefix → partner account id
    QHash<QString, QString> m_partnerNumbers; // domain prefix → Partner ID
    QHash<QString, QString> m_partnerNames; // partner account id → legal name
    QHash<QString, QString> m_administratorIds; // domain prefix → its first Global administrator
    QHash<QString, QString> m_userIds; // user principal name → user id
    QString m_programAdministratorId;
};

} // namespace

Status SampleWorkspace::load(Workspace& workspace, const QString& source)
{
    QFile file(source);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error(ErrorCode::NotFound, tr("The sample workspace %1 could not be read.").arg(source));
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    const QJsonObject root = document.object();
    if (parseError.error != QJsonParseError::NoError
        || root.value(QLatin1String("format")).toString() != QLatin1String("partnerdesk-sample")) {
        return Error(ErrorCode::InvalidInput, tr("%1 is not a PartnerDesk sample workspace.").arg(source));
    }
    return workspace.inTransaction([&]() -> Status {
        auto empty = workspace.isEmpty();
        if (!empty) {
            return empty.error();
        }
        if (!empty.value()) {
            return Error(ErrorCode::Conflict, tr("The sample can only be loaded into an empty workspace."));
        }
        Status loaded = Loader(workspace).load(root);
        if (!loaded) {
            return loaded;
        }
        return workspace.audit(nullptr, QStringLiteral("workspace.sampleLoaded"), QStringLiteral("Workspace"),
                               workspace.path(), {{QStringLiteral("source"), source}});
    });
}
