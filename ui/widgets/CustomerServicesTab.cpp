#include "CustomerServicesTab.h"

#include "dialogs/OrderDialog.h"
#include "dialogs/OrderRequestDialog.h"
#include "services/OrderService.h"
#include "services/Workspace.h"
#include "widgets/Labels.h"
#include "widgets/Tables.h"
#include "widgets/ValidatedForm.h"

#include <QButtonGroup>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {

constexpr int SubscriptionColumns = 7;
constexpr int OrderColumns = 5;

} // namespace

CustomerServicesTab::CustomerServicesTab(Workspace& workspace, const Session& session, const QString& customerId,
                                         QWidget* parent)
    : CustomerTab(parent)
    , m_workspace(workspace)
    , m_session(session)
    , m_customerId(customerId)
{
    setObjectName(QStringLiteral("customerServicesTab"));

    // One table at a time keeps each readable in the little height a customer's details get.
    // No mnemonics: the Customers page and the other tabs hold the Alt keys.
    m_subscriptionsButton = new QPushButton(this);
    m_subscriptionsButton->setObjectName(QStringLiteral("showSubscriptionsPushButton"));
    m_subscriptionsButton->setCheckable(true);
    m_subscriptionsButton->setChecked(true);
    m_ordersButton = new QPushButton(this);
    m_ordersButton->setObjectName(QStringLiteral("showOrdersPushButton"));
    m_ordersButton->setCheckable(true);
    m_viewGroup = new QButtonGroup(this);
    m_viewGroup->setExclusive(true);
    m_viewGroup->addButton(m_subscriptionsButton, 0);
    m_viewGroup->addButton(m_ordersButton, 1);
    m_emptyLabel = Labels::text(QStringLiteral("noServicesLabel"), this);
    m_emptyLabel->setForegroundRole(QPalette::PlaceholderText);
    m_emptyLabel->hide();
    auto* viewRow = new QHBoxLayout;
    viewRow->addWidget(m_subscriptionsButton);
    viewRow->addWidget(m_ordersButton);
    viewRow->addWidget(m_emptyLabel, 1);
    viewRow->addStretch();

    m_stack = new QStackedWidget(this);
    m_subscriptionTable
        = Tables::makeReadOnly(QStringLiteral("subscriptionsTableWidget"), SubscriptionColumns, m_stack);
    m_subscriptionTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_orderTable = Tables::makeReadOnly(QStringLiteral("ordersTableWidget"), OrderColumns, m_stack);
    m_orderTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_stack->addWidget(m_subscriptionTable);
    m_stack->addWidget(m_orderTable);

    m_errorLabel = ValidatedForm::makeMessageLabel(QStringLiteral("errorLabel"), this);
    m_addButton = new QPushButton(this);
    m_addButton->setObjectName(QStringLiteral("addSubscriptionPushButton"));
    m_changeButton = new QPushButton(this);
    m_changeButton->setObjectName(QStringLiteral("changeSubscriptionPushButton"));
    m_requestButton = new QPushButton(this);
    m_requestButton->setObjectName(QStringLiteral("requestOrderPushButton"));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_addButton);
    buttons->addWidget(m_changeButton);
    buttons->addWidget(m_requestButton);
    buttons->addStretch();

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(viewRow);
    layout->addWidget(m_stack, 1);
    layout->addWidget(m_errorLabel);
    layout->addLayout(buttons);

    // U2: what the matrix would refuse isn't offered; core refuses anyway.
    m_addButton->setVisible(m_session.can(Action::SubmitOrders));
    m_changeButton->setVisible(m_session.can(Action::SubmitOrders));
    m_requestButton->setVisible(m_session.can(Action::RequestOrders));

    setTabOrder(m_subscriptionsButton, m_ordersButton);
    setTabOrder(m_ordersButton, m_subscriptionTable);
    setTabOrder(m_subscriptionTable, m_orderTable);
    setTabOrder(m_orderTable, m_addButton);
    setTabOrder(m_addButton, m_changeButton);
    setTabOrder(m_changeButton, m_requestButton);

    connect(m_viewGroup, &QButtonGroup::idClicked, this, [this](int id) { showOrders(id == 1); });
    connect(m_subscriptionTable, &QTableWidget::itemSelectionChanged, this, &CustomerServicesTab::updateButtons);
    // Enter or a double-click on a subscription opens it for a change, for whoever may order.
    connect(m_subscriptionTable, &QTableWidget::itemActivated, this, [this]() {
        if (m_changeButton->isVisible() && m_changeButton->isEnabled()) {
            changeSubscription();
        }
    });
    connect(m_addButton, &QPushButton::clicked, this, &CustomerServicesTab::addSubscription);
    connect(m_changeButton, &QPushButton::clicked, this, &CustomerServicesTab::changeSubscription);
    connect(m_requestButton, &QPushButton::clicked, this, &CustomerServicesTab::requestOrder);
    retranslateUi();
}

void CustomerServicesTab::retranslateUi()
{
    m_subscriptionTable->setAccessibleName(tr("Subscriptions"));
    m_subscriptionTable->setHorizontalHeaderLabels({tr("Offer"), tr("Quantity"), tr("Assigned"), tr("Term"),
                                                    tr("Status"), tr("Partner on record"), tr("Billed by")});
    m_orderTable->setAccessibleName(tr("Orders"));
    m_orderTable->setHorizontalHeaderLabels(
        {tr("Date"), tr("Order"), tr("Quantity"), tr("Submitted by"), tr("Partner on record")});
    m_subscriptionsButton->setText(tr("Subscriptions (%1)").arg(QLocale().toString(m_subscriptions.size())));
    m_ordersButton->setText(tr("Orders (%1)").arg(QLocale().toString(m_orders.size())));
    m_addButton->setText(tr("Add subscription…"));
    m_addButton->setToolTip(tr("Order a new subscription for this customer, for one of its resellers."));
    m_changeButton->setText(tr("Change quantity…"));
    m_changeButton->setToolTip(tr("Add or remove licenses of the selected subscription, or cancel it."));
    m_requestButton->setText(tr("Request an order…"));
    m_requestButton->setToolTip(tr("Ask one of your indirect providers to order for this customer."));
}

void CustomerServicesTab::reload()
{
    const QString selectedId = selectedSubscription() ? selectedSubscription()->id : QString();
    ValidatedForm::showMessage(m_errorLabel, QString());
    m_subscriptions.clear();
    m_orders.clear();
    auto subscriptions = m_workspace.orders().subscriptions(m_session, m_customerId);
    auto orders = subscriptions ? m_workspace.orders().orders(m_session, m_customerId)
                                : Result<QList<Order>>(subscriptions.error());
    if (!subscriptions || !orders) {
        ValidatedForm::showMessage(m_errorLabel, orders.errorString());
    } else {
        m_subscriptions = subscriptions.value();
        m_orders = orders.value();
    }
    fillSubscriptions();
    fillOrders();
    retranslateUi();
    selectSubscription(selectedId);
    showOrders(m_viewGroup->checkedId() == 1);
}

void CustomerServicesTab::fillSubscriptions()
{
    const QLocale locale;
    QList<QStringList> rows;
    for (const Subscription& s : std::as_const(m_subscriptions)) {
        const bool usage = s.billingType == BillingType::Usage;
        //: A partner on record: its name, then its Partner ID.
        const QString partnerOnRecord = s.partnerOnRecordName.isEmpty()
            ? s.partnerOnRecord
            : tr("%1 (%2)").arg(s.partnerOnRecordName, s.partnerOnRecord);
        rows << QStringList{s.offerName,
                            //: The quantity of a subscription billed by usage.
                            usage ? tr("Usage") : locale.toString(s.quantity),
                            usage ? QString() : locale.toString(s.assigned), Enums::displayName(s.term),
                            Enums::displayName(s.status), partnerOnRecord, s.billedByName};
    }
    Tables::setRows(m_subscriptionTable, rows);
}

void CustomerServicesTab::fillOrders()
{
    const QLocale locale;
    QList<QStringList> rows;
    for (const Order& o : std::as_const(m_orders)) {
        const OrderLine line = o.lines.isEmpty() ? OrderLine() : o.lines.constFirst();
        //: What an order did: its transaction, then the offer.
        const QString what = tr("%1: %2").arg(Enums::displayName(line.type), line.offerName);
        //: Who submitted an order: the user, then their partner.
        const QString by = o.submittedByUserName.isEmpty()
            ? o.submittedByName
            : tr("%1 (%2)").arg(o.submittedByUserName, o.submittedByName);
        const QString partnerOnRecord = o.partnerOnRecordName.isEmpty()
            ? o.partnerOnRecord
            : tr("%1 (%2)").arg(o.partnerOnRecordName, o.partnerOnRecord);
        rows << QStringList{locale.toString(o.created.toLocalTime(), QLocale::ShortFormat), what,
                            locale.toString(line.quantity), by, partnerOnRecord};
    }
    Tables::setRows(m_orderTable, rows);
}

void CustomerServicesTab::showOrders(bool orders)
{
    (orders ? m_ordersButton : m_subscriptionsButton)->setChecked(true);
    m_stack->setCurrentWidget(orders ? static_cast<QWidget*>(m_orderTable) : m_subscriptionTable);
    const bool provider = m_session.can(Action::SubmitOrders);
    const bool reseller = m_session.can(Action::RequestOrders);
    QString empty;
    if (orders && m_orders.isEmpty()) {
        empty = tr("No orders yet.");
    } else if (!orders && m_subscriptions.isEmpty()) {
        empty = provider ? tr("No subscriptions yet: add one with Add subscription.")
            : reseller   ? tr("No subscriptions yet: ask a provider with Request an order.")
                         : tr("No subscriptions yet.");
    }
    m_emptyLabel->setText(empty);
    m_emptyLabel->setVisible(!empty.isEmpty());
    updateButtons();
}

const Subscription* CustomerServicesTab::selectedSubscription() const
{
    const int row = Tables::selectedRow(m_subscriptionTable);
    return row >= 0 && row < m_subscriptions.size() ? &m_subscriptions.at(row) : nullptr;
}

void CustomerServicesTab::selectSubscription(const QString& subscriptionId)
{
    for (int row = 0; row < m_subscriptions.size(); ++row) {
        if (m_subscriptions.at(row).id == subscriptionId) {
            m_subscriptionTable->selectRow(row);
            return;
        }
    }
    m_subscriptionTable->clearSelection();
}

void CustomerServicesTab::updateButtons()
{
    const Subscription* s = selectedSubscription();
    const bool showingSubscriptions = m_stack->currentWidget() == m_subscriptionTable;
    m_changeButton->setEnabled(showingSubscriptions && s && s->status != SubscriptionStatus::Cancelled);
}

void CustomerServicesTab::refused(const QString& message)
{
    ValidatedForm::showMessage(m_errorLabel, message);
    Q_EMIT failed(message);
}

void CustomerServicesTab::addSubscription()
{
    ValidatedForm::showMessage(m_errorLabel, QString());
    OrderDialog dialog(m_workspace, m_session, m_customerId, this);
    if (!dialog.isReady()) {
        refused(dialog.errorString());
        return;
    }
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    const Order order = dialog.order();
    reload();
    showOrders(false);
    if (!order.lines.isEmpty()) {
        selectSubscription(order.lines.constFirst().subscriptionId);
    }
    Q_EMIT done(tr("The order is placed, with %1 (Partner ID %2) as partner on record.")
                    .arg(order.partnerOnRecordName, order.partnerOnRecord));
    Q_EMIT changed();
}

void CustomerServicesTab::changeSubscription()
{
    const Subscription* selected = selectedSubscription();
    if (!selected) {
        return;
    }
    ValidatedForm::showMessage(m_errorLabel, QString());
    const QString id = selected->id;
    OrderDialog dialog(m_workspace, m_session, m_customerId, *selected, this);
    if (!dialog.isReady()) {
        refused(dialog.errorString());
        return;
    }
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    const Order order = dialog.order();
    reload();
    selectSubscription(id);
    Q_EMIT done(tr("The order is placed, with %1 (Partner ID %2) as partner on record.")
                    .arg(order.partnerOnRecordName, order.partnerOnRecord));
    Q_EMIT changed();
}

void CustomerServicesTab::requestOrder()
{
    ValidatedForm::showMessage(m_errorLabel, QString());
    const Subscription* selected = selectedSubscription();
    OrderRequestDialog dialog(m_workspace, m_session, m_customerId, selected ? selected->id : QString(), this);
    if (!dialog.isReady()) {
        refused(dialog.errorString());
        return;
    }
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    const OrderRequest request = dialog.request();
    // The name leads the sentence: a name that ends in "Corp." or "Inc." would end it with "..".
    Q_EMIT done(tr("%1 has your order request. It stays on the Order requests page until %1 fulfills or "
                   "declines it.")
                    .arg(request.providerName));
}
