#pragma once

// Where a reseller's Admin or Sales agent asks one of its indirect providers to order for a
// customer both serve (C5): a new subscription (offer, term, quantity) or a change to one of the
// customer's subscriptions, with a note for the provider. Only providers that also serve the
// customer are offered; core checks the choices as they change and its refusal shows in the
// dialog, which stays open when Submit is refused.

#include "domain/Commerce.h"
#include "domain/IndirectRelationship.h"
#include "security/Session.h"

#include <QDialog>

class Workspace;
class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;

class OrderRequestDialog : public QDialog
{
    Q_OBJECT

public:
    // subscriptionId, if one of the customer's Active subscriptions, is the one a change is for
    // until another is chosen.
    OrderRequestDialog(Workspace& workspace, const Session& session, const QString& customerId,
                       const QString& subscriptionId = {}, QWidget* parent = nullptr);

    // Whether the customer could be read; errorString() says why not.
    bool isReady() const { return !m_customerName.isEmpty(); }
    QString errorString() const { return m_error; }
    // The request as chosen now.
    OrderRequestDraft draft() const;
    // The request as raised, once the dialog was accepted.
    const OrderRequest& request() const { return m_request; }

public Q_SLOTS:
    void accept() override;

protected:
    void changeEvent(QEvent* event) override;

private:
    TransactionType type() const;
    const Subscription* chosenSubscription() const;
    void fillTerms();
    // Shows the rows the kind of order needs and fixes the quantity where it can't be chosen.
    void updateRows();
    void recheck();
    void showRefusal(const QString& message);
    void retranslateUi();

    Workspace& m_workspace;
    Session m_session;
    QString m_customerId;
    QString m_customerName;
    QString m_error;
    QString m_loadError;
    QList<RelationshipParty> m_providers;
    QList<Offer> m_offers;
    QList<Subscription> m_subscriptions; // Active ones
    OrderRequest m_request;
    QFormLayout* m_form = nullptr;
    QLabel* m_intro = nullptr;
    QLabel* m_customerLabel = nullptr;
    QLabel* m_customerValue = nullptr;
    QLabel* m_providerLabel = nullptr;
    QComboBox* m_providerCombo = nullptr;
    QLabel* m_typeLabel = nullptr;
    QComboBox* m_typeCombo = nullptr;
    QLabel* m_offerLabel = nullptr;
    QComboBox* m_offerCombo = nullptr;
    QLabel* m_subscriptionLabel = nullptr;
    QComboBox* m_subscriptionCombo = nullptr;
    QLabel* m_termLabel = nullptr;
    QComboBox* m_termCombo = nullptr;
    QLabel* m_quantityLabel = nullptr;
    QSpinBox* m_quantitySpin = nullptr;
    QLabel* m_noteLabel = nullptr;
    QPlainTextEdit* m_noteEdit = nullptr;
    QLabel* m_checkLabel = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    QPushButton* m_submitButton = nullptr;
};
