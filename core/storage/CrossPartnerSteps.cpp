#include "CrossPartnerSteps.h"

#include "domain/Enums.h"
#include "storage/AuditStore.h"
#include "storage/CommerceStore.h"
#include "storage/CustomerStore.h"
#include "storage/InvitationStore.h"
#include "storage/RelationshipStore.h"
#include "storage/Rows.h"
#include "storage/SqlEngine.h"
#include "storage/SqlQuery.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QUuid>

using Rows::iso;

namespace {

// The parties' names as an authorization or an ending records them (the database's functions
// write the same keys).
QJsonObject parties(const IndirectRelationship& r)
{
    return {{QStringLiteral("provider"), r.provider.name},
            {QStringLiteral("providerPartnerId"), r.provider.partnerId},
            {QStringLiteral("reseller"), r.reseller.name},
            {QStringLiteral("resellerPartnerId"), r.reseller.partnerId}};
}

Result<IndirectRelationship> relationship(const QSqlDatabase& db, const QString& id)
{
    auto found = RelationshipStore::byId(db, id);
    if (!found) {
        return found.error();
    }
    if (!found.value()) {
        return Error(ErrorCode::NotFound, QStringLiteral("no indirect relationship %1").arg(id));
    }
    return *found.value();
}

} // namespace

Status CrossPartnerSteps::authorizeProvider(const QSqlDatabase& db, const Authorization& step)
{
    if (SqlEngine::of(db).enforcesRights()) {
        return SqlQuery::run(db, QStringLiteral("SELECT rights.authorize_provider(?, ?, ?, ?)"),
                             {step.actorUserId, step.invitationToken, step.relationshipId, iso(step.at)});
    }
    Status inserted = RelationshipStore::insert(db, step.relationshipId, step.providerAccountId, step.resellerAccountId,
                                                step.actorUserId, step.invitationId, step.at);
    if (!inserted) {
        return inserted;
    }
    Status used
        = InvitationStore::markAccepted(db, step.invitationId, step.actorUserId, step.resellerTenantId, step.at);
    if (!used) {
        return used;
    }
    auto r = relationship(db, step.relationshipId);
    if (!r) {
        return r.error();
    }
    for (const QString& side : {r->provider.accountId, r->reseller.accountId}) {
        Status audited
            = AuditStore::append(db, step.at, step.actorUserId, side, QStringLiteral("indirectRelationship.authorized"),
                                 QStringLiteral("IndirectRelationship"), r->id, parties(r.value()));
        if (!audited) {
            return audited;
        }
    }
    return AuditStore::append(db, step.at, step.actorUserId, r->provider.accountId,
                              QStringLiteral("invitation.accepted"), QStringLiteral("Invitation"), step.invitationId,
                              {{QStringLiteral("reseller"), r->reseller.name}});
}

Status CrossPartnerSteps::endRelationship(const QSqlDatabase& db, const Ending& step)
{
    if (SqlEngine::of(db).enforcesRights()) {
        return SqlQuery::run(db, QStringLiteral("SELECT rights.end_relationship(?, ?, ?, ?)"),
                             {step.actorUserId, step.relationshipId, iso(step.at), step.declineReason});
    }
    Status ended = RelationshipStore::end(db, step.relationshipId, step.actorUserId, step.at);
    if (!ended) {
        return ended;
    }
    auto r = relationship(db, step.relationshipId);
    if (!r) {
        return r.error();
    }
    const QString provider = r->provider.accountId;
    const QString reseller = r->reseller.accountId;
    const QString subjectType = QStringLiteral("IndirectRelationship");
    auto customerInvitations = InvitationStore::revokePendingWithProvider(db, reseller, provider, step.at);
    if (!customerInvitations) {
        return customerInvitations.error();
    }
    auto resellerInvitations = InvitationStore::revokePendingToReseller(db, r->id, provider, reseller, step.at);
    if (!resellerInvitations) {
        return resellerInvitations.error();
    }
    auto customers = CustomerStore::endProviderCustomersThroughReseller(db, provider, reseller, step.at);
    if (!customers) {
        return customers.error();
    }
    auto requests = CommerceStore::declineOpenRequestsOfPair(db, reseller, provider, step.declineReason,
                                                             step.actorUserId, step.at);
    if (!requests) {
        return requests.error();
    }
    // The events in the order the database's function writes them; a count of nothing, none.
    const struct
    {
        int count;
        QString partner;
        QString action;
        QJsonObject details;
    } events[] = {
        {customerInvitations.value(),
         reseller,
         QStringLiteral("invitation.revoked"),
         {{QStringLiteral("customerInvitationsWithProvider"), customerInvitations.value()}}},
        {resellerInvitations.value(),
         provider,
         QStringLiteral("invitation.revoked"),
         {{QStringLiteral("resellerInvitations"), resellerInvitations.value()}}},
        {customers.value(),
         provider,
         QStringLiteral("customerRelationship.ended"),
         {{QStringLiteral("reseller"), r->reseller.name},
          {QStringLiteral("customerRelationshipsEnded"), customers.value()}}},
        {requests.value(),
         provider,
         QStringLiteral("orderRequest.declined"),
         {{QStringLiteral("reseller"), r->reseller.name}, {QStringLiteral("orderRequestsDeclined"), requests.value()}}},
        {1, provider, QStringLiteral("indirectRelationship.ended"), parties(r.value())},
        {1, reseller, QStringLiteral("indirectRelationship.ended"), parties(r.value())},
    };
    for (const auto& event : events) {
        if (event.count == 0) {
            continue;
        }
        Status audited = AuditStore::append(db, step.at, step.actorUserId, event.partner, event.action, subjectType,
                                            r->id, event.details);
        if (!audited) {
            return audited;
        }
    }
    return {};
}

Result<QStringList> CrossPartnerSteps::acceptCustomerInvitation(const QSqlDatabase& db, const CustomerAcceptance& step)
{
    const Customer& customer = step.customer;
    if (SqlEngine::of(db).enforcesRights()) {
        QVariant newCustomer(QMetaType::fromType<QString>());
        if (step.isNew) {
            QJsonObject row;
            const QVariantMap columns = CustomerStore::columnsOf(customer);
            for (auto it = columns.cbegin(); it != columns.cend(); ++it) {
                row.insert(it.key(), it.value().isNull() ? QJsonValue() : QJsonValue::fromVariant(it.value()));
            }
            newCustomer = QString::fromUtf8(QJsonDocument(row).toJson(QJsonDocument::Compact));
        }
        return Rows::many<QString>(db,
                                   QStringLiteral("SELECT * FROM rights.accept_customer_invitation(?, ?, ?::jsonb, ?)"),
                                   {step.actorUserId, step.invitationToken, newCustomer, iso(step.at)},
                                   [](const QSqlQuery& q) { return q.value(0).toString(); });
    }
    if (step.isNew) {
        Status inserted = CustomerStore::insertCustomer(db, customer);
        if (!inserted) {
            return inserted.error();
        }
    }
    // C4: the reseller of record administers the customer (delegated administration), the
    // provider orders.
    QStringList began;
    for (const QString& partner : {step.resellerAccountId, step.providerAccountId}) {
        if (partner.isEmpty()) {
            continue;
        }
        auto has = CustomerStore::hasActiveRelationship(db, customer.id, partner);
        if (!has) {
            return has.error();
        }
        if (has.value()) {
            continue;
        }
        Status related
            = CustomerStore::insertRelationship(db, QUuid::createUuid().toString(QUuid::WithoutBraces), customer.id,
                                                partner, partner == step.resellerAccountId, step.at);
        if (!related) {
            return related.error();
        }
        Status audited = AuditStore::append(db, step.at, step.actorUserId, partner,
                                            QStringLiteral("customer.relationshipAuthorized"),
                                            QStringLiteral("Customer"), customer.id,
                                            {{QStringLiteral("customer"), customer.company.legalName},
                                             {QStringLiteral("invitation"), step.invitationId}});
        if (!audited) {
            return audited.error();
        }
        began << partner;
    }
    Status used = InvitationStore::markAccepted(db, step.invitationId, step.actorUserId, customer.tenantId, step.at);
    if (!used) {
        return used.error();
    }
    Status audited = AuditStore::append(db, step.at, step.actorUserId, step.resellerAccountId,
                                        QStringLiteral("invitation.accepted"), QStringLiteral("Invitation"),
                                        step.invitationId, {{QStringLiteral("customer"), customer.company.legalName}});
    if (!audited) {
        return audited.error();
    }
    return began;
}

Status CrossPartnerSteps::placeOrder(const QSqlDatabase& db, const OrderPlacement& step)
{
    const OrderLine& line = step.line;
    const bool isNew = line.type == TransactionType::New;
    if (SqlEngine::of(db).enforcesRights()) {
        const QVariant none(QMetaType::fromType<QString>());
        return SqlQuery::run(db, QStringLiteral("SELECT rights.place_order(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                             {step.actorUserId, step.order.id, step.lineId, step.order.customerId,
                              step.resellerAccountId, SqlQuery::nullIfEmpty(step.order.orderRequestId),
                              Enums::key(line.type), isNew ? QVariant(line.offerId) : none,
                              isNew ? QVariant(Enums::key(line.term)) : none, line.subscriptionId, line.quantity,
                              iso(step.at)});
    }
    Status written = isNew
        ? CommerceStore::insertSubscription(db, step.newSubscription)
        : CommerceStore::updateSubscription(db, line.subscriptionId, step.quantity, step.status, step.at);
    if (written) {
        written = CommerceStore::insertOrder(db, step.order, step.actorUserId);
    }
    if (written) {
        written = CommerceStore::insertOrderLine(db, step.lineId, step.order.id, line);
    }
    const QString request = step.order.orderRequestId;
    if (written && !request.isEmpty()) {
        written = CommerceStore::decideOrderRequest(db, request, OrderRequestStatus::Fulfilled, {}, step.actorUserId,
                                                    step.at);
    }
    if (!written) {
        return written;
    }
    for (const QString& side : {step.order.submittedByPartnerId, step.resellerAccountId}) {
        Status audited = AuditStore::append(db, step.at, step.actorUserId, side, QStringLiteral("order.submitted"),
                                            QStringLiteral("Order"), step.order.id, step.details);
        if (audited && !request.isEmpty()) {
            audited = AuditStore::append(db, step.at, step.actorUserId, side, QStringLiteral("orderRequest.fulfilled"),
                                         QStringLiteral("OrderRequest"), request,
                                         {{QStringLiteral("orderId"), step.order.id}});
        }
        if (!audited) {
            return audited;
        }
    }
    return {};
}
