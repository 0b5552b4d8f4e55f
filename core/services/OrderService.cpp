#include "OrderService.h"

#include "common/MessageLanguage.h"
#include "services/RelationshipService.h"
#include "services/Workspace.h"
#include "storage/CommerceStore.h"
#include "storage/CrossPartnerSteps.h"
#include "storage/CustomerStore.h"
#include "storage/PartnerStore.h"
#include "storage/RelationshipStore.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSet>

#include <algorithm>

namespace {

const QString CatalogPath = QStringLiteral(":/catalog/offers.json");
constexpr int MaxNoteLength = 2000;

QString shortDate(const QDateTime& at)
{
    return MessageLanguage::current().toString(at.toLocalTime(), QLocale::ShortFormat);
}

QString number(int n)
{
    return MessageLanguage::current().toString(n);
}

QJsonObject lineDetails(const OrderLine& line, const QString& offerName)
{
    QJsonObject details{{QStringLiteral("transaction"), Enums::key(line.type)},
                        {QStringLiteral("offerId"), line.offerId},
                        {QStringLiteral("offer"), offerName},
                        {QStringLiteral("quantity"), line.quantity}};
    if (line.type == TransactionType::New) {
        details.insert(QStringLiteral("term"), Enums::key(line.term));
    }
    if (!line.subscriptionId.isEmpty()) {
        details.insert(QStringLiteral("subscriptionId"), line.subscriptionId);
    }
    return details;
}

} // namespace

OrderService::OrderService(Workspace& workspace)
    : m_workspace(workspace)
{
}

Status OrderService::loadCatalog()
{
    auto damaged = [](const QString& what) {
        return Error(
            ErrorCode::Storage,
            tr("The offer catalog that comes with PartnerDesk is damaged (%1). Reinstall PartnerDesk.").arg(what));
    };
    QFile file(CatalogPath);
    if (!file.open(QIODevice::ReadOnly)) {
        return damaged(file.errorString());
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (document.isNull()) {
        return damaged(parseError.errorString());
    }
    QList<Offer> catalog;
    QSet<QString> ids;
    const QJsonArray entries = document.object().value(QStringLiteral("offers")).toArray();
    for (const QJsonValue& entry : entries) {
        const QJsonObject o = entry.toObject();
        Offer offer;
        offer.id = o.value(QStringLiteral("id")).toString();
        offer.name = o.value(QStringLiteral("name")).toString();
        const auto billingType = Enums::fromKey<BillingType>(o.value(QStringLiteral("billingType")).toString());
        QList<Term> terms;
        bool termsValid = true;
        const QJsonArray termKeys = o.value(QStringLiteral("terms")).toArray();
        for (const QJsonValue& key : termKeys) {
            const auto term = Enums::fromKey<Term>(key.toString());
            termsValid = termsValid && term.has_value();
            if (term) {
                terms << *term;
            }
        }
        if (offer.id.isEmpty() || offer.name.isEmpty() || !billingType || !termsValid || terms.isEmpty()
            || ids.contains(offer.id)) {
            return damaged(tr("offer %1").arg(catalog.size() + 1));
        }
        offer.billingType = *billingType;
        offer.terms = Enums::inDeclarationOrder(terms);
        ids.insert(offer.id);
        catalog << offer;
    }
    if (catalog.isEmpty()) {
        return damaged(tr("no offers"));
    }
    // Opening writes only when the catalog changed since the workspace last stored it, so that a
    // workspace another PartnerDesk is writing to opens without waiting for its lock.
    auto current = CommerceStore::offers(m_workspace.db());
    if (!current) {
        return current.error();
    }
    const bool unchanged = std::all_of(catalog.cbegin(), catalog.cend(), [&](const Offer& offer) {
        return std::any_of(current->cbegin(), current->cend(), [&](const Offer& s) {
            return s.id == offer.id && s.name == offer.name && s.billingType == offer.billingType
                && Enums::inDeclarationOrder(s.terms) == offer.terms;
        });
    });
    if (unchanged) {
        m_catalog = catalog;
        return {};
    }
    if (m_workspace.behindGate()) {
        return m_workspace.ownerMustUpdate();
    }
    Status stored = m_workspace.inTransaction([&]() -> Status {
        for (const Offer& offer : std::as_const(catalog)) {
            Status upserted = CommerceStore::upsertOffer(m_workspace.db(), offer);
            if (!upserted) {
                return upserted;
            }
        }
        return {};
    });
    if (!stored) {
        return stored;
    }
    m_catalog = catalog;
    return {};
}

Result<QList<Offer>> OrderService::offers() const
{
    auto stored = CommerceStore::offers(m_workspace.db());
    if (!stored || m_catalog.isEmpty()) {
        return stored;
    }
    // Catalog order; an offer stored by an older catalog but no longer in this one isn't on sale.
    QList<Offer> onSale;
    for (const Offer& offer : m_catalog) {
        for (const Offer& s : stored.value()) {
            if (s.id == offer.id) {
                onSale << s;
                break;
            }
        }
    }
    return onSale;
}

std::optional<Offer> OrderService::catalogOffer(const QString& offerId) const
{
    for (const Offer& offer : m_catalog) {
        if (offer.id == offerId) {
            return offer;
        }
    }
    return std::nullopt;
}

Result<Customer> OrderService::servedCustomer(const Session& session, const QString& customerId) const
{
    const auto acting = m_workspace.actFor(session);
    const Error notServed(ErrorCode::NotFound,
                          tr("This customer isn't one %1 serves. Choose a customer from your Customers page.")
                              .arg(session.partner->legal.legalName),
                          QStringLiteral("customer"));
    auto customer = CustomerStore::customerById(m_workspace.db(), customerId);
    if (!customer) {
        return customer.error();
    }
    if (!customer.value()) {
        return notServed;
    }
    auto relationship = CommerceStore::delegatedAdmin(m_workspace.db(), customerId, session.partner->id);
    if (!relationship) {
        return relationship.error();
    }
    if (!relationship.value()) {
        return notServed;
    }
    return *customer.value();
}

Result<QList<Subscription>> OrderService::subscriptions(const Session& stale, const QString& customerId) const
{
    const auto acting = m_workspace.actFor(stale);
    auto session = m_workspace.authorize(stale, Action::ViewCustomers);
    if (!session) {
        return session.error();
    }
    auto customer = servedCustomer(session.value(), customerId);
    if (!customer) {
        return customer.error();
    }
    return CommerceStore::subscriptionsOf(m_workspace.db(), customerId);
}

Result<QList<Order>> OrderService::orders(const Session& stale, const QString& customerId) const
{
    const auto acting = m_workspace.actFor(stale);
    auto session = m_workspace.authorize(stale, Action::ViewCustomers);
    if (!session) {
        return session.error();
    }
    auto customer = servedCustomer(session.value(), customerId);
    if (!customer) {
        return customer.error();
    }
    return CommerceStore::ordersOf(m_workspace.db(), customerId, session->partner->id);
}

Result<QList<RelationshipParty>> OrderService::resellersForOrder(const Session& stale, const QString& customerId) const
{
    const auto acting = m_workspace.actFor(stale);
    auto session = m_workspace.authorize(stale, Action::SubmitOrders);
    if (!session) {
        return session.error();
    }
    auto customer = servedCustomer(session.value(), customerId);
    if (!customer) {
        return customer.error();
    }
    return CommerceStore::resellersForOrder(m_workspace.db(), customerId, session->partner->id);
}

Result<OrderService::LineFacts> OrderService::checkLine(const Customer& customer, const OrderLine& line,
                                                        const PartnerAccount& provider,
                                                        const PartnerAccount& reseller) const
{
    LineFacts facts;
    if (line.type == TransactionType::New) {
        auto offer = catalogOffer(line.offerId);
        if (!offer) {
            return Error(ErrorCode::NotFound, tr("This offer is not in the catalog. Choose an offer from the list."),
                         QStringLiteral("offer"));
        }
        facts.offer = *offer;
        if (!offer->terms.contains(line.term)) {
            QStringList terms;
            for (Term term : offer->terms) {
                terms << Enums::displayName(term);
            }
            return Error(ErrorCode::InvalidInput,
                         tr("%1 is not sold for a term of %2. Choose one of: %3.")
                             .arg(offer->name, Enums::displayName(line.term), terms.join(QStringLiteral(", "))),
                         QStringLiteral("term"));
        }
        if (offer->billingType == BillingType::Usage && line.quantity != 1) {
            return Error(ErrorCode::InvalidInput,
                         tr("%1 is billed by usage: order it with a quantity of 1.").arg(offer->name),
                         QStringLiteral("quantity"));
        }
        if (line.quantity < 1 || line.quantity > MaxQuantity) {
            return Error(ErrorCode::InvalidInput,
                         tr("Order between 1 and %1 licenses of %2.").arg(number(MaxQuantity), offer->name),
                         QStringLiteral("quantity"));
        }
        return facts;
    }

    auto found = CommerceStore::subscriptionById(m_workspace.db(), line.subscriptionId);
    if (!found) {
        return found.error();
    }
    if (!found.value() || found.value()->customerId != customer.id) {
        return Error(ErrorCode::NotFound,
                     tr("This subscription isn't one of %1's. Choose one from its subscriptions.")
                         .arg(customer.company.legalName),
                     QStringLiteral("subscription"));
    }
    const Subscription& s = *found.value();
    facts.subscription = s;
    facts.offer = catalogOffer(s.offerId).value_or(Offer{s.offerId, s.offerName, s.billingType, {s.term}});
    if (s.billedByAccountId != provider.id) {
        return Error(ErrorCode::PermissionDenied,
                     tr("%1 of %2 is billed by %3, so only %3 can change it. Ask %3.")
                         .arg(s.offerName, customer.company.legalName,
                              s.billedByName.isEmpty() ? tr("another partner") : s.billedByName),
                     QStringLiteral("subscription"));
    }
    if (s.partnerOnRecord != reseller.partnerId) {
        return Error(ErrorCode::InvalidInput,
                     tr("The partner on record of %1 is %2 (Partner ID %3), not %4. Choose %2 as the reseller for "
                        "this change.")
                         .arg(s.offerName, s.partnerOnRecordName, s.partnerOnRecord, reseller.legal.legalName),
                     QStringLiteral("reseller"));
    }
    if (s.status == SubscriptionStatus::Cancelled) {
        return Error(
            ErrorCode::InvalidState,
            tr("%1 was cancelled on %2. Order a new subscription instead.").arg(s.offerName, shortDate(s.updated)),
            QStringLiteral("subscription"));
    }
    if (s.status == SubscriptionStatus::Suspended) {
        return Error(ErrorCode::InvalidState,
                     tr("%1 is suspended: it can be changed once it is Active again.").arg(s.offerName),
                     QStringLiteral("subscription"));
    }
    if (line.type != TransactionType::Cancel && s.billingType == BillingType::Usage) {
        return Error(ErrorCode::InvalidInput,
                     tr("%1 is billed by usage: it has no quantity to change. Cancel it, or leave it as it is.")
                         .arg(s.offerName),
                     QStringLiteral("quantity"));
    }
    switch (line.type) {
    case TransactionType::New:
        break;
    case TransactionType::AddQuantity:
        if (line.quantity < 1) {
            return Error(ErrorCode::InvalidInput, tr("Enter how many licenses to add: at least 1."),
                         QStringLiteral("quantity"));
        }
        if (line.quantity > MaxQuantity - s.quantity) {
            return Error(
                ErrorCode::InvalidInput,
                tr("A subscription holds at most %1 licenses and %2 has %3. Add at most %4.")
                    .arg(number(MaxQuantity), s.offerName, number(s.quantity), number(MaxQuantity - s.quantity)),
                QStringLiteral("quantity"));
        }
        break;
    case TransactionType::RemoveQuantity:
        if (line.quantity < 1) {
            return Error(ErrorCode::InvalidInput, tr("Enter how many licenses to remove: at least 1."),
                         QStringLiteral("quantity"));
        }
        if (line.quantity >= s.quantity) {
            return Error(ErrorCode::InvalidInput,
                         tr("%1 has %2 licenses: remove fewer, or cancel the subscription to end all of them.")
                             .arg(s.offerName, number(s.quantity)),
                         QStringLiteral("quantity"));
        }
        // C6
        if (s.quantity - line.quantity < s.assigned) {
            return Error(ErrorCode::InvalidState,
                         tr("%n licenses of %1 are assigned to users, so the quantity can't go below %n. Unassign "
                            "licenses first, or remove fewer.",
                            nullptr, s.assigned)
                             .arg(s.offerName),
                         QStringLiteral("quantity"));
        }
        break;
    case TransactionType::Cancel:
        // C6: a cancelled subscription holds no licenses, so none may stay assigned.
        if (s.assigned > 0) {
            return Error(
                ErrorCode::InvalidState,
                tr("%n licenses of %1 are still assigned to users. Unassign them, then cancel.", nullptr, s.assigned)
                    .arg(s.offerName),
                QStringLiteral("subscription"));
        }
        break;
    }
    return facts;
}

Result<OrderRequest> OrderService::addressedRequest(const Session& session, const QString& requestId) const
{
    const auto acting = m_workspace.actFor(session);
    auto found = CommerceStore::orderRequestById(m_workspace.db(), requestId);
    if (!found) {
        return found.error();
    }
    // V1: a request addressed to another provider is as good as none.
    if (!found.value() || found.value()->providerAccountId != session.partner->id) {
        return Error(ErrorCode::NotFound,
                     tr("This order request isn't addressed to %1. Choose one from your order requests.")
                         .arg(session.partner->legal.legalName));
    }
    const OrderRequest& request = *found.value();
    if (request.status != OrderRequestStatus::Open) {
        return Error(
            ErrorCode::InvalidState,
            tr("This order request was already %1 on %2 by %3: only Open requests can be fulfilled or "
               "declined.")
                .arg(Enums::displayName(request.status).toLower(), shortDate(request.decided), request.decidedByName));
    }
    return request;
}

Result<OrderService::CheckedOrder> OrderService::check(const Session& stale, const OrderDraft& draft) const
{
    const auto acting = m_workspace.actFor(stale);
    auto session = m_workspace.authorize(stale, Action::SubmitOrders);
    if (!session) {
        return session.error();
    }
    if (!draft.orderRequestId.isEmpty()) {
        Status handles = session->require(Action::HandleOrderRequests);
        if (!handles) {
            return handles.error();
        }
    }
    const PartnerAccount& provider = *session->partner;
    const QSqlDatabase db = m_workspace.db();

    auto found = CustomerStore::customerById(db, draft.customerId);
    if (!found) {
        return found.error();
    }
    const Error notServed(ErrorCode::NotFound,
                          tr("This customer isn't one %1 serves. Choose a customer from your Customers page.")
                              .arg(provider.legal.legalName),
                          QStringLiteral("customer"));
    // A customer the provider doesn't serve is one its own login can't read on a shared workspace:
    // what follows asks about the customer's id alone until the provider is known to serve it.
    auto providerServes = CommerceStore::delegatedAdmin(db, draft.customerId, provider.id);
    if (!providerServes) {
        return providerServes.error();
    }
    std::optional<bool> resellerServes;
    if (!draft.resellerAccountId.isEmpty()) {
        auto relationship = CommerceStore::delegatedAdmin(db, draft.customerId, draft.resellerAccountId);
        if (!relationship) {
            return relationship.error();
        }
        resellerServes = relationship.value();
    }
    if (!providerServes.value()) {
        // P6, S3: a relationship with the named reseller that ended says why, whoever the customer
        // is; it names the provider's own relationship, not the customer.
        if (!draft.resellerAccountId.isEmpty()) {
            auto latest = RelationshipStore::latestBetween(db, provider.id, draft.resellerAccountId);
            if (!latest) {
                return latest.error();
            }
            if (latest.value() && latest.value()->status != RelationshipStatus::Active) {
                Status actsFor
                    = m_workspace.relationships().requireActiveRelationship(session.value(), draft.resellerAccountId);
                if (!actsFor) {
                    return actsFor.about(QStringLiteral("reseller"));
                }
            }
        }
        // C5: said only to a provider the customer's reseller works with (V1), and even then
        // without the name of a customer the provider doesn't serve (S12); to anyone else the
        // customer is as good as unknown.
        auto indirect = resellerServes ? RelationshipStore::activeBetween(db, provider.id, draft.resellerAccountId)
                                       : Result<std::optional<IndirectRelationship>>(std::nullopt);
        if (!indirect) {
            return indirect.error();
        }
        if (!indirect.value()) {
            return notServed;
        }
        return Error(ErrorCode::PermissionDenied,
                     tr("%1 doesn't serve this customer of %2 yet. Ask %2 to invite the customer with you.")
                         .arg(provider.legal.legalName, indirect.value()->reseller.name),
                     QStringLiteral("customer"));
    }
    if (!found.value()) {
        return notServed;
    }
    const Customer& customer = *found.value();
    if (draft.resellerAccountId.isEmpty()) {
        return noResellerChosen(session.value(), customer);
    }
    // C5, P6: an Active reseller that still has this provider as its indirect provider.
    Status actsFor = m_workspace.relationships().requireActiveRelationship(session.value(), draft.resellerAccountId);
    if (!actsFor) {
        return actsFor.about(QStringLiteral("reseller"));
    }
    auto reseller = PartnerStore::accountById(db, draft.resellerAccountId);
    if (!reseller) {
        return reseller.error();
    }
    if (!reseller.value()) {
        return Error(ErrorCode::NotFound, tr("This reseller doesn't exist. Choose one of the customer's resellers."),
                     QStringLiteral("reseller"));
    }
    if (!resellerServes) {
        return Error(ErrorCode::PermissionDenied,
                     tr("%1 has no reseller relationship with %2, so it can't be partner on record of its orders. "
                        "Choose one of %2's resellers.")
                         .arg(reseller.value()->legal.legalName, customer.company.legalName),
                     QStringLiteral("reseller"));
    }
    auto facts = checkLine(customer, draft.line, provider, *reseller.value());
    if (!facts) {
        return facts.error();
    }
    CheckedOrder checked{session.value(), customer, *reseller.value(), provider, facts.value(), std::nullopt};
    if (!draft.orderRequestId.isEmpty()) {
        auto request = addressedRequest(session.value(), draft.orderRequestId);
        if (!request) {
            return request.error();
        }
        if (request->customerId != customer.id || request->resellerAccountId != reseller.value()->id) {
            return Error(ErrorCode::InvalidInput,
                         tr("This order is not for the customer and reseller of the order request it fulfills. "
                            "Fulfill the request as %1 raised it.")
                             .arg(request->resellerName));
        }
        checked.request = request.value();
    }
    return checked;
}

Error OrderService::noResellerChosen(const Session& session, const Customer& customer) const
{
    const auto acting = m_workspace.actFor(session);
    const QSqlDatabase db = m_workspace.db();
    const PartnerAccount& provider = *session.partner;
    auto qualifying = CommerceStore::resellersForOrder(db, customer.id, provider.id);
    if (!qualifying) {
        return qualifying.error();
    }
    if (qualifying->isEmpty()) {
        auto resellers = CommerceStore::resellersOfCustomer(db, customer.id);
        if (!resellers) {
            return resellers.error();
        }
        // The customer's reseller that once worked with the provider says best what is missing.
        for (const QString& resellerId : resellers.value()) {
            auto latest = RelationshipStore::latestBetween(db, provider.id, resellerId);
            if (!latest) {
                return latest.error();
            }
            if (latest.value()) {
                Status actsFor = m_workspace.relationships().requireActiveRelationship(session, resellerId);
                if (!actsFor) {
                    return actsFor.about(QStringLiteral("reseller"));
                }
            }
        }
        return Error(ErrorCode::PermissionDenied,
                     tr("No reseller of %1 has an Active indirect relationship with %2, so %2 can't order for it: "
                        "every order names the customer's reseller as partner on record.")
                         .arg(customer.company.legalName, provider.legal.legalName),
                     QStringLiteral("reseller"));
    }
    return Error(ErrorCode::InvalidInput,
                 tr("Choose the reseller of %1 that the order is for: it becomes partner on record.")
                     .arg(customer.company.legalName),
                 QStringLiteral("reseller"));
}

Status OrderService::checkOrder(const Session& session, const OrderDraft& draft) const
{
    const auto acting = m_workspace.actFor(session);
    return check(session, draft);
}

Result<Order> OrderService::submit(const Session& session, const OrderDraft& draft)
{
    const auto acting = m_workspace.actFor(session);
    return m_workspace.inTransaction([&]() { return place(session, draft); });
}

Result<Order> OrderService::place(const Session& stale, const OrderDraft& draft)
{
    const auto acting = m_workspace.actFor(stale);
    auto checked = check(stale, draft);
    if (!checked) {
        return checked.error();
    }
    const CheckedOrder& c = checked.value();
    const Session& session = c.session;
    const QSqlDatabase db = m_workspace.db();
    const QDateTime now = m_workspace.now();

    OrderLine line = draft.line;
    line.offerName = c.facts.offer.name;
    CrossPartnerSteps::OrderPlacement step;
    if (line.type == TransactionType::New) {
        Subscription& s = step.newSubscription;
        s.id = Workspace::newId();
        s.customerId = c.customer.id;
        s.offerId = c.facts.offer.id;
        s.quantity = line.quantity;
        s.term = line.term;
        s.status = SubscriptionStatus::Active;
        s.partnerOnRecord = c.reseller.partnerId;
        s.billedByAccountId = c.provider.id;
        s.created = now;
        s.updated = now;
        line.subscriptionId = s.id;
    } else {
        const Subscription& s = *c.facts.subscription;
        line.offerId = s.offerId;
        line.term = s.term;
        step.quantity = s.quantity;
        step.status = s.status;
        if (line.type == TransactionType::AddQuantity) {
            step.quantity += line.quantity;
        } else if (line.type == TransactionType::RemoveQuantity) {
            step.quantity -= line.quantity;
        } else {
            step.status = SubscriptionStatus::Cancelled;
            line.quantity = s.quantity;
        }
    }

    Order order;
    order.id = Workspace::newId();
    order.customerId = c.customer.id;
    order.submittedByPartnerId = c.provider.id;
    order.partnerOnRecord = c.reseller.partnerId;
    order.orderRequestId = c.request ? c.request->id : QString();
    order.status = OrderStatus::Completed;
    order.created = now;

    QJsonObject details = lineDetails(line, line.offerName);
    details.insert(QStringLiteral("customer"), c.customer.company.legalName);
    details.insert(QStringLiteral("reseller"), c.reseller.legal.legalName);
    details.insert(QStringLiteral("partnerOnRecord"), c.reseller.partnerId);
    details.insert(QStringLiteral("provider"), c.provider.legal.legalName);
    if (c.request) {
        details.insert(QStringLiteral("orderRequestId"), c.request->id);
    }
    step.actorUserId = session.user.id;
    step.order = order;
    step.line = line;
    step.lineId = Workspace::newId();
    step.resellerAccountId = c.reseller.id;
    step.at = now;
    step.details = details;
    Status stored = CrossPartnerSteps::placeOrder(db, step);
    if (!stored) {
        return stored.error();
    }

    Status told
        = m_workspace.notify(c.reseller, QStringLiteral("order.submitted"), QStringLiteral("Order"), order.id, [&]() {
              QString body
                  = tr("Hello %1,\n\n%2 of %3 placed an order for %4 on %5, with %6 (Partner ID %7) as partner on "
                       "record:\n\n%8\n\n")
                        .arg(c.reseller.legal.contactFirstName, session.user.displayName, c.provider.legal.legalName,
                             c.customer.company.legalName, shortDate(now), c.reseller.legal.legalName,
                             c.reseller.partnerId, describe(line, line.offerName));
              if (c.request) {
                  body += tr("It fulfills the order request %1 raised on %2.\n\n")
                              .arg(c.request->requestedByName, shortDate(c.request->created));
              }
              body += tr("The customer's subscriptions and orders are on its page in PartnerDesk.");
              return MessageText{
                  tr("%1 placed an order for %2").arg(c.provider.legal.legalName, c.customer.company.legalName), body};
          });
    if (!told) {
        return told.error();
    }

    auto placed = CommerceStore::orderById(db, order.id);
    if (!placed) {
        return placed.error();
    }
    if (!placed.value()) {
        return Error(ErrorCode::Storage, tr("The order could not be read back. Try again."));
    }
    return *placed.value();
}

Result<QList<RelationshipParty>> OrderService::providersForRequest(const Session& stale,
                                                                   const QString& customerId) const
{
    const auto acting = m_workspace.actFor(stale);
    auto session = m_workspace.authorize(stale, Action::RequestOrders);
    if (!session) {
        return session.error();
    }
    auto customer = servedCustomer(session.value(), customerId);
    if (!customer) {
        return customer.error();
    }
    return CommerceStore::providersForRequest(m_workspace.db(), customerId, session->partner->id);
}

Result<OrderService::CheckedRequest> OrderService::checkRequestDraft(const Session& stale,
                                                                     const OrderRequestDraft& draft) const
{
    const auto acting = m_workspace.actFor(stale);
    auto session = m_workspace.authorize(stale, Action::RequestOrders);
    if (!session) {
        return session.error();
    }
    const PartnerAccount& reseller = *session->partner;
    const QSqlDatabase db = m_workspace.db();
    auto customer = servedCustomer(session.value(), draft.customerId);
    if (!customer) {
        return customer.error();
    }
    if (draft.providerAccountId.isEmpty()) {
        auto providers = CommerceStore::providersForRequest(db, customer->id, reseller.id);
        if (!providers) {
            return providers.error();
        }
        if (providers->isEmpty()) {
            return Error(ErrorCode::PermissionDenied,
                         tr("None of the Active indirect providers of %1 has a reseller relationship with %2, so "
                            "none can order for it. Invite %2 again with one of them as its indirect provider "
                            "(Invite new customers on the Indirect providers page).")
                             .arg(reseller.legal.legalName, customer->company.legalName),
                         QStringLiteral("provider"));
        }
        return Error(ErrorCode::InvalidInput, tr("Choose the indirect provider to ask."), QStringLiteral("provider"));
    }
    auto relationship = RelationshipStore::activeBetween(db, draft.providerAccountId, reseller.id);
    if (!relationship) {
        return relationship.error();
    }
    if (!relationship.value()) {
        return Error(ErrorCode::PermissionDenied,
                     tr("This provider is not an Active indirect provider of %1. Choose one from your Indirect "
                        "providers page.")
                         .arg(reseller.legal.legalName),
                     QStringLiteral("provider"));
    }
    const RelationshipParty& providerParty = relationship.value()->provider;
    if (providerParty.status != PartnerStatus::Active) {
        return Error(ErrorCode::InvalidState,
                     tr("The partner account of %1 is %2: it can't place orders until it is Active again. Ask "
                        "another of your providers.")
                         .arg(providerParty.name, Enums::displayName(providerParty.status).toLower()),
                     QStringLiteral("provider"));
    }
    auto providerServes = CommerceStore::delegatedAdmin(db, customer->id, providerParty.accountId);
    if (!providerServes) {
        return providerServes.error();
    }
    if (!providerServes.value()) {
        return Error(ErrorCode::PermissionDenied,
                     tr("%1 has no reseller relationship with %2, so it can't order for it. Invite %2 again with "
                        "%1 as its indirect provider (Invite new customers on the Indirect providers page).")
                         .arg(providerParty.name, customer->company.legalName),
                     QStringLiteral("provider"));
    }
    auto provider = PartnerStore::accountById(db, providerParty.accountId);
    if (!provider) {
        return provider.error();
    }
    if (!provider.value()) {
        return Error(ErrorCode::NotFound,
                     tr("This provider doesn't exist. Choose one from your Indirect "
                        "providers page."),
                     QStringLiteral("provider"));
    }
    auto facts = checkLine(customer.value(), draft.line, *provider.value(), reseller);
    if (!facts) {
        return facts.error();
    }
    const QString note = draft.note.trimmed();
    if (note.size() > MaxNoteLength) {
        return Error(ErrorCode::InvalidInput, tr("Keep the note to %1 characters or fewer.").arg(number(MaxNoteLength)),
                     QStringLiteral("note"));
    }
    return CheckedRequest{session.value(), customer.value(), *provider.value(), facts.value(), note};
}

Status OrderService::checkRequest(const Session& session, const OrderRequestDraft& draft) const
{
    const auto acting = m_workspace.actFor(session);
    return checkRequestDraft(session, draft);
}

Result<OrderRequest> OrderService::requestOrder(const Session& stale, const OrderRequestDraft& draft)
{
    const auto acting = m_workspace.actFor(stale);
    return m_workspace.inTransaction([&]() -> Result<OrderRequest> {
        auto checked = checkRequestDraft(stale, draft);
        if (!checked) {
            return checked.error();
        }
        const CheckedRequest& c = checked.value();
        const Session& session = c.session;
        const PartnerAccount& reseller = *session.partner;
        const QSqlDatabase db = m_workspace.db();

        OrderRequest request;
        request.id = Workspace::newId();
        request.resellerAccountId = reseller.id;
        request.providerAccountId = c.provider.id;
        request.customerId = c.customer.id;
        request.line = draft.line;
        if (request.line.type == TransactionType::New) {
            request.line.subscriptionId.clear();
        } else {
            request.line.offerId.clear();
            request.line.term = c.facts.subscription->term;
            if (request.line.type == TransactionType::Cancel) {
                request.line.quantity = c.facts.subscription->quantity;
            }
        }
        request.note = c.note;
        request.status = OrderRequestStatus::Open;
        request.created = m_workspace.now();
        Status stored = CommerceStore::insertOrderRequest(db, request, session.user.id);
        if (!stored) {
            return stored.error();
        }

        QJsonObject details = lineDetails(request.line, c.facts.offer.name);
        details.insert(QStringLiteral("customer"), c.customer.company.legalName);
        details.insert(QStringLiteral("reseller"), reseller.legal.legalName);
        details.insert(QStringLiteral("provider"), c.provider.legal.legalName);
        for (const QString& side : {reseller.id, c.provider.id}) {
            Status audited = m_workspace.auditFor(side, &session, QStringLiteral("orderRequest.raised"),
                                                  QStringLiteral("OrderRequest"), request.id, details);
            if (!audited) {
                return audited.error();
            }
        }
        Status told = m_workspace.notify(
            c.provider, QStringLiteral("orderRequest.raised"), QStringLiteral("OrderRequest"), request.id, [&]() {
                const QString noteText = c.note.isEmpty() ? QString() : tr("Their note: %1\n\n").arg(c.note);
                return MessageText{
                    tr("%1 asks you to place an order for %2")
                        .arg(reseller.legal.legalName, c.customer.company.legalName),
                    tr("Hello %1,\n\n%2 of %3 (Partner ID %4) asks %5 to place an order for %6:\n\n%7\n\n%8Fulfill "
                       "or decline the request on the Order requests page.")
                        .arg(c.provider.legal.contactFirstName, session.user.displayName, reseller.legal.legalName,
                             reseller.partnerId, c.provider.legal.legalName, c.customer.company.legalName,
                             describe(request.line, c.facts.offer.name), noteText)};
            });
        if (!told) {
            return told.error();
        }
        auto raised = CommerceStore::orderRequestById(db, request.id);
        if (!raised) {
            return raised.error();
        }
        if (!raised.value()) {
            return Error(ErrorCode::Storage, tr("The order request could not be read back. Try again."));
        }
        return *raised.value();
    });
}

Result<QList<OrderRequest>> OrderService::orderRequests(const Session& stale) const
{
    const auto acting = m_workspace.actFor(stale);
    auto session = m_workspace.authorize(stale, Action::ViewCustomers);
    if (!session) {
        return session.error();
    }
    return CommerceStore::orderRequestsOf(m_workspace.db(), session->partner->id);
}

Result<Order> OrderService::fulfill(const Session& stale, const QString& requestId)
{
    const auto acting = m_workspace.actFor(stale);
    return m_workspace.inTransaction([&]() -> Result<Order> {
        auto session = m_workspace.authorize(stale, Action::HandleOrderRequests);
        if (!session) {
            return session.error();
        }
        auto request = addressedRequest(session.value(), requestId);
        if (!request) {
            return request.error();
        }
        OrderDraft draft;
        draft.customerId = request->customerId;
        draft.resellerAccountId = request->resellerAccountId;
        draft.line = request->line;
        draft.orderRequestId = request->id;
        return place(session.value(), draft);
    });
}

Status OrderService::decline(const Session& stale, const QString& requestId, const QString& reason)
{
    const auto acting = m_workspace.actFor(stale);
    return m_workspace.inTransaction([&]() -> Status {
        auto session = m_workspace.authorize(stale, Action::HandleOrderRequests);
        if (!session) {
            return session.error();
        }
        auto request = addressedRequest(session.value(), requestId);
        if (!request) {
            return request.error();
        }
        const QString why = reason.trimmed();
        if (why.isEmpty()) {
            return Error(ErrorCode::InvalidInput,
                         tr("Say why you decline the request: %1 reads it.").arg(request->resellerName),
                         QStringLiteral("reason"));
        }
        if (why.size() > MaxNoteLength) {
            return Error(ErrorCode::InvalidInput,
                         tr("Keep the reason to %1 characters or fewer.").arg(number(MaxNoteLength)),
                         QStringLiteral("reason"));
        }
        const QSqlDatabase db = m_workspace.db();
        const QDateTime now = m_workspace.now();
        Status decided = CommerceStore::decideOrderRequest(db, request->id, OrderRequestStatus::Declined, why,
                                                           session->user.id, now);
        if (!decided) {
            return decided;
        }
        const QJsonObject details{{QStringLiteral("customer"), request->customerName},
                                  {QStringLiteral("reseller"), request->resellerName},
                                  {QStringLiteral("provider"), request->providerName},
                                  {QStringLiteral("reason"), why}};
        for (const QString& side : {request->providerAccountId, request->resellerAccountId}) {
            Status audited = m_workspace.auditFor(side, &session.value(), QStringLiteral("orderRequest.declined"),
                                                  QStringLiteral("OrderRequest"), request->id, details);
            if (!audited) {
                return audited;
            }
        }
        auto reseller = PartnerStore::accountById(db, request->resellerAccountId);
        if (!reseller) {
            return reseller.error();
        }
        if (!reseller.value()) {
            return {};
        }
        const PartnerAccount& to = *reseller.value();
        return m_workspace.notify(
            to, QStringLiteral("orderRequest.declined"), QStringLiteral("OrderRequest"), request->id, [&]() {
                return MessageText{
                    tr("%1 declined your order request for %2").arg(request->providerName, request->customerName),
                    tr("Hello %1,\n\n%2 of %3 declined the order request for %4 that %5 raised on %6:\n\n%7\n\n"
                       "Reason: %8\n\nRaise a new request once you have settled it with %3.")
                        .arg(to.legal.contactFirstName, session->user.displayName, request->providerName,
                             request->customerName, request->requestedByName, shortDate(request->created),
                             describe(request->line, request->offerName), why)};
            });
    });
}

QString OrderService::describe(const OrderLine& line, const QString& offerName)
{
    switch (line.type) {
    case TransactionType::New:
        return tr("New subscription to %1: quantity %2, term %3.")
            .arg(offerName, number(line.quantity), Enums::displayName(line.term));
    case TransactionType::AddQuantity:
        return tr("%1: quantity raised by %2.").arg(offerName, number(line.quantity));
    case TransactionType::RemoveQuantity:
        return tr("%1: quantity lowered by %2.").arg(offerName, number(line.quantity));
    case TransactionType::Cancel:
        return tr("%1: subscription cancelled.").arg(offerName);
    }
    return offerName;
}
