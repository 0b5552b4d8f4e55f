#pragma once

// Where a provider's Admin or Sales agent orders for a customer it serves (C5, C6): a new
// subscription (offer, term, quantity) or a change to one of the customer's subscriptions (add or
// remove licenses, cancel), for one of the customer's resellers, which becomes partner on record.
// Core checks the choices as they change: its refusal, which names the missing relationship, shows
// in the dialog and Submit waits until there is none. A refusal on Submit keeps the dialog open.

#include "domain/Commerce.h"
#include "domain/IndirectRelationship.h"
#include "security/Session.h"

#include <QDialog>

class Workspace;
class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QPushButton;
class QSpinBox;

class OrderDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Mode { NewSubscription, ChangeSubscription };

    // A new subscription for the customer.
    OrderDialog(Workspace& workspace, const Session& session, const QString& customerId, QWidget* parent = nullptr);
    // A change to subscription, one of the customer's.
    OrderDialog(Workspace& workspace, const Session& session, const QString& customerId,
                const Subscription& subscription, QWidget* parent = nullptr);

    Mode mode() const { return m_mode; }
    // Whether the customer could be read; errorString() says why not.
    bool isReady() const { return !m_customerName.isEmpty(); }
    QString errorString() const { return m_error; }
    // The order as chosen now.
    OrderDraft draft() const;
    // The order as placed, once the dialog was accepted.
    const Order& order() const { return m_order; }

public Q_SLOTS:
    void accept() override;

protected:
    void changeEvent(QEvent* event) override;

private:
    void setUp();
    void fillTerms();
    void updateQuantity();
    // Asks core whether draft() may be submitted and shows its refusal.
    void recheck();
    void showRefusal(const QString& message);
    void retranslateUi();

    Workspace& m_workspace;
    Session m_session;
    QString m_customerId;
    QString m_customerName;
    QString m_error;
    Mode m_mode;
    Subscription m_subscription; // ChangeSubscription
    QList<Offer> m_offers;
    QList<RelationshipParty> m_resellers;
    Order m_order;
    QFormLayout* m_form = nullptr;
    QLabel* m_intro = nullptr;
    QLabel* m_customerLabel = nullptr;
    QLabel* m_customerValue = nullptr;
    QLabel* m_resellerLabel = nullptr;
    QComboBox* m_resellerCombo = nullptr;
    QLabel* m_offerLabel = nullptr;
    QComboBox* m_offerCombo = nullptr;
    QLabel* m_termLabel = nullptr;
    QComboBox* m_termCombo = nullptr;
    QLabel* m_subscriptionLabel = nullptr;
    QLabel* m_subscriptionValue = nullptr;
    QLabel* m_typeLabel = nullptr;
    QComboBox* m_typeCombo = nullptr;
    QLabel* m_quantityLabel = nullptr;
    QSpinBox* m_quantitySpin = nullptr;
    QLabel* m_resultLabel = nullptr;
    QLabel* m_checkLabel = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    QPushButton* m_submitButton = nullptr;
};
