#pragma once

// A customer's services (C5, C6): its subscriptions (offer, quantity, licenses assigned, term,
// status, partner on record, who bills it) and the orders the signed-in partner submitted or is
// partner on record of. A provider's Admin or Sales agent adds a subscription or changes one
// through the order dialog; a reseller's asks one of its providers through an order request.

#include "domain/Commerce.h"
#include "widgets/CustomerDetailsWidget.h"

class QButtonGroup;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTableWidget;

class CustomerServicesTab : public CustomerTab
{
    Q_OBJECT

public:
    CustomerServicesTab(Workspace& workspace, const Session& session, const QString& customerId,
                        QWidget* parent = nullptr);

    void reload() override;
    void retranslateUi() override;
    // The subscription selected in the table, if any.
    const Subscription* selectedSubscription() const;
    // Shows the subscriptions (false) or the orders (true).
    void showOrders(bool orders);

public Q_SLOTS:
    void addSubscription();
    void changeSubscription();
    void requestOrder();

private:
    void fillSubscriptions();
    void fillOrders();
    void updateButtons();
    void selectSubscription(const QString& subscriptionId);
    void refused(const QString& message);

    Workspace& m_workspace;
    Session m_session;
    QString m_customerId;
    QList<Subscription> m_subscriptions;
    QList<Order> m_orders;
    QButtonGroup* m_viewGroup;
    QPushButton* m_subscriptionsButton;
    QPushButton* m_ordersButton;
    QLabel* m_emptyLabel;
    QStackedWidget* m_stack;
    QTableWidget* m_subscriptionTable;
    QTableWidget* m_orderTable;
    QLabel* m_errorLabel;
    QPushButton* m_addButton;
    QPushButton* m_changeButton;
    QPushButton* m_requestButton;
};
