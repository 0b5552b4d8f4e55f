#include "OrderRequestDialog.h"

#include "services/CustomerManagementService.h"
#include "services/OrderService.h"
#include "services/Workspace.h"
#include "widgets/Labels.h"
#include "widgets/OfferWidgets.h"
#include "widgets/ValidatedForm.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

OrderRequestDialog::OrderRequestDialog(Workspace& workspace, const Session& session, const QString& customerId,
                                       const QString& subscriptionId, QWidget* parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_session(session)
    , m_customerId(customerId)
{
    setObjectName(QStringLiteral("orderRequestDialog"));
    OrderService& orders = m_workspace.orders();
    auto customer = m_workspace.customerManagement().customer(m_session, m_customerId);
    if (customer) {
        m_customerName = customer->company.legalName;
    } else {
        m_error = customer.errorString();
    }
    auto providers = orders.providersForRequest(m_session, m_customerId);
    auto offers = orders.offers();
    auto subscriptions = orders.subscriptions(m_session, m_customerId);
    if (providers) {
        m_providers = providers.value();
    } else {
        m_loadError = providers.errorString();
    }
    if (offers) {
        m_offers = offers.value();
    } else if (m_loadError.isEmpty()) {
        m_loadError = offers.errorString();
    }
    if (subscriptions) {
        for (const Subscription& s : subscriptions.value()) {
            if (s.status == SubscriptionStatus::Active) {
                m_subscriptions << s;
            }
        }
    } else if (m_loadError.isEmpty()) {
        m_loadError = subscriptions.errorString();
    }

    m_intro = Labels::text(QStringLiteral("introLabel"), this);
    m_form = new QFormLayout;
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_customerLabel = new QLabel(this);
    m_customerValue = Labels::text(QStringLiteral("customerLabel"), this);
    m_customerValue->setText(m_customerName);
    m_form->addRow(m_customerLabel, m_customerValue);

    auto addCombo = [this](QLabel*& label, QComboBox*& combo, const QString& objectName) {
        label = new QLabel(this);
        combo = new QComboBox(this);
        combo->setObjectName(objectName);
        label->setBuddy(combo);
        m_form->addRow(label, combo);
    };
    addCombo(m_providerLabel, m_providerCombo, QStringLiteral("providerComboBox"));
    for (const RelationshipParty& provider : std::as_const(m_providers)) {
        m_providerCombo->addItem(provider.name, provider.accountId);
    }
    m_providerCombo->setEnabled(!m_providers.isEmpty());

    addCombo(m_typeLabel, m_typeCombo, QStringLiteral("transactionTypeComboBox"));
    m_typeCombo->addItem(QString(), int(TransactionType::New));
    if (!m_subscriptions.isEmpty()) {
        for (TransactionType type :
             {TransactionType::AddQuantity, TransactionType::RemoveQuantity, TransactionType::Cancel}) {
            m_typeCombo->addItem(QString(), int(type));
        }
    }

    addCombo(m_offerLabel, m_offerCombo, QStringLiteral("offerComboBox"));
    for (const Offer& offer : std::as_const(m_offers)) {
        m_offerCombo->addItem(offer.name, offer.id); // product names are not translated
    }
    addCombo(m_subscriptionLabel, m_subscriptionCombo, QStringLiteral("subscriptionComboBox"));
    for (const Subscription& s : std::as_const(m_subscriptions)) {
        m_subscriptionCombo->addItem(QString(), s.id);
    }
    const int preselected = m_subscriptionCombo->findData(subscriptionId);
    m_subscriptionCombo->setCurrentIndex(preselected >= 0 ? preselected : 0);
    addCombo(m_termLabel, m_termCombo, QStringLiteral("termComboBox"));

    m_quantityLabel = new QLabel(this);
    m_quantitySpin = new QSpinBox(this);
    m_quantitySpin->setObjectName(QStringLiteral("quantitySpinBox"));
    m_quantitySpin->setRange(1, OrderService::MaxQuantity);
    m_quantitySpin->setValue(1);
    m_quantitySpin->setGroupSeparatorShown(true);
    m_quantityLabel->setBuddy(m_quantitySpin);
    m_form->addRow(m_quantityLabel, m_quantitySpin);

    m_noteLabel = new QLabel(this);
    m_noteEdit = new QPlainTextEdit(this);
    m_noteEdit->setObjectName(QStringLiteral("notePlainTextEdit"));
    // Tab moves on and Enter starts a new line: neither leaves the note or submits.
    m_noteEdit->setTabChangesFocus(true);
    m_noteEdit->setFixedHeight(m_noteEdit->fontMetrics().lineSpacing() * 4 + 12);
    m_noteLabel->setBuddy(m_noteEdit);
    m_form->addRow(m_noteLabel, m_noteEdit);

    m_checkLabel = ValidatedForm::makeMessageLabel(QStringLiteral("orderRequestCheckLabel"), this);
    // Our own button: QDialogButtonBox would reset a standard Ok's text on a language change.
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_buttons->setObjectName(QStringLiteral("orderRequestButtonBox"));
    m_buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelPushButton"));
    m_submitButton = m_buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_submitButton->setObjectName(QStringLiteral("sendRequestPushButton"));
    m_submitButton->setDefault(true);
    m_submitButton->setEnabled(false);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(m_form);
    layout->addWidget(m_checkLabel);
    layout->addStretch();
    layout->addWidget(m_buttons);

    // The keyboard follows the form, top to bottom (hidden rows are skipped), then the buttons.
    const QList<QWidget*> order{m_providerCombo,     m_typeCombo,    m_offerCombo,
                                m_subscriptionCombo, m_termCombo,    m_quantitySpin,
                                m_noteEdit,          m_submitButton, m_buttons->button(QDialogButtonBox::Cancel)};
    for (int i = 1; i < order.size(); ++i) {
        setTabOrder(order.at(i - 1), order.at(i));
    }

    retranslateUi();
    fillTerms();
    updateRows();

    connect(m_providerCombo, &QComboBox::currentIndexChanged, this, &OrderRequestDialog::recheck);
    connect(m_typeCombo, &QComboBox::currentIndexChanged, this, [this]() {
        updateRows();
        recheck();
    });
    connect(m_offerCombo, &QComboBox::currentIndexChanged, this, [this]() {
        fillTerms();
        updateRows();
        recheck();
    });
    connect(m_subscriptionCombo, &QComboBox::currentIndexChanged, this, [this]() {
        // The provider billing the subscription is the one to ask, if it serves the customer.
        if (const Subscription* s = chosenSubscription()) {
            const int billing = m_providerCombo->findData(s->billedByAccountId);
            if (billing >= 0) {
                m_providerCombo->setCurrentIndex(billing);
            }
        }
        updateRows();
        recheck();
    });
    connect(m_termCombo, &QComboBox::currentIndexChanged, this, &OrderRequestDialog::recheck);
    connect(m_quantitySpin, &QSpinBox::valueChanged, this, &OrderRequestDialog::recheck);
    connect(m_noteEdit, &QPlainTextEdit::textChanged, this, &OrderRequestDialog::recheck);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &OrderRequestDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &OrderRequestDialog::reject);

    recheck();
    resize(540, sizeHint().height());
    ValidatedForm::growToFit(this);
}

TransactionType OrderRequestDialog::type() const
{
    return static_cast<TransactionType>(m_typeCombo->currentData().toInt());
}

const Subscription* OrderRequestDialog::chosenSubscription() const
{
    const int index = m_subscriptionCombo->currentIndex();
    return index >= 0 && index < m_subscriptions.size() ? &m_subscriptions.at(index) : nullptr;
}

void OrderRequestDialog::fillTerms()
{
    const int index = m_offerCombo->currentIndex();
    OfferWidgets::fillTerms(m_termCombo, index >= 0 && index < m_offers.size() ? &m_offers.at(index) : nullptr);
}

void OrderRequestDialog::updateRows()
{
    const bool adding = type() == TransactionType::New;
    m_form->setRowVisible(m_offerCombo, adding);
    m_form->setRowVisible(m_termCombo, adding);
    m_form->setRowVisible(m_subscriptionCombo, !adding);

    const QSignalBlocker blocker(m_quantitySpin);
    bool fixed = false;
    if (adding) {
        const int index = m_offerCombo->currentIndex();
        // An offer billed by usage is ordered once, with a quantity of 1.
        fixed = index >= 0 && index < m_offers.size() && m_offers.at(index).billingType == BillingType::Usage;
        if (fixed) {
            m_quantitySpin->setValue(1);
        }
    } else if (type() == TransactionType::Cancel) {
        fixed = true;
        if (const Subscription* s = chosenSubscription()) {
            m_quantitySpin->setValue(qMax(1, s->quantity));
        }
    }
    m_quantitySpin->setEnabled(!fixed);
    ValidatedForm::growToFit(this);
}

OrderRequestDraft OrderRequestDialog::draft() const
{
    OrderRequestDraft draft;
    draft.providerAccountId = m_providerCombo->currentData().toString();
    draft.customerId = m_customerId;
    draft.line.type = type();
    if (draft.line.type == TransactionType::New) {
        draft.line.offerId = m_offerCombo->currentData().toString();
        draft.line.term = static_cast<Term>(m_termCombo->currentData().toInt());
    } else {
        draft.line.subscriptionId = m_subscriptionCombo->currentData().toString();
    }
    draft.line.quantity = m_quantitySpin->value();
    draft.note = m_noteEdit->toPlainText();
    return draft;
}

void OrderRequestDialog::recheck()
{
    if (!m_loadError.isEmpty()) {
        showRefusal(m_loadError);
        m_submitButton->setEnabled(false);
        return;
    }
    Status allowed = m_workspace.orders().checkRequest(m_session, draft());
    showRefusal(allowed ? QString() : allowed.errorString());
    m_submitButton->setEnabled(allowed.ok());
}

void OrderRequestDialog::showRefusal(const QString& message)
{
    if (m_checkLabel->text() == message && m_checkLabel->isVisible() == !message.isEmpty()) {
        return;
    }
    ValidatedForm::showMessage(m_checkLabel, message);
    ValidatedForm::growToFit(this);
}

void OrderRequestDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        recheck();
    }
    QDialog::changeEvent(event);
}

void OrderRequestDialog::retranslateUi()
{
    // Mnemonics avoid F, V and H (the menus) and S, T, R and X (the Customers page).
    setWindowTitle(tr("Request an order"));
    m_intro->setText(tr("Ask one of your indirect providers to place an order for %1. The provider fulfills or "
                        "declines the request; you follow it on the Order requests page.")
                         .arg(m_customerName));
    m_customerLabel->setText(tr("Customer:"));
    m_providerLabel->setText(tr("&Provider:"));
    m_providerCombo->setPlaceholderText(tr("No provider to ask"));
    m_typeLabel->setText(tr("&Order:"));
    for (int i = 0; i < m_typeCombo->count(); ++i) {
        m_typeCombo->setItemText(i, Enums::displayName(static_cast<TransactionType>(m_typeCombo->itemData(i).toInt())));
    }
    m_offerLabel->setText(tr("Off&er:"));
    m_subscriptionLabel->setText(tr("Su&bscription:"));
    const QLocale locale;
    for (int i = 0; i < m_subscriptions.size() && i < m_subscriptionCombo->count(); ++i) {
        const Subscription& s = m_subscriptions.at(i);
        m_subscriptionCombo->setItemText(
            i,
            s.billingType == BillingType::Usage
                //: A subscription in a list: its offer, how it is billed.
                ? tr("%1 — billed by usage").arg(s.offerName)
                //: A subscription in a list: its offer, its quantity, how many licenses are assigned.
                : tr("%1 — quantity %2, %3 assigned")
                      .arg(s.offerName, locale.toString(s.quantity), locale.toString(s.assigned)));
    }
    m_termLabel->setText(tr("Ter&m:"));
    for (int i = 0; i < m_termCombo->count(); ++i) {
        m_termCombo->setItemText(i, Enums::displayName(static_cast<Term>(m_termCombo->itemData(i).toInt())));
    }
    m_quantityLabel->setText(tr("&Quantity:"));
    m_quantitySpin->setToolTip(tr("For a new subscription, the licenses to buy; for a change, the licenses to add "
                                  "or remove."));
    m_noteLabel->setText(tr("&Note:"));
    m_noteEdit->setPlaceholderText(tr("Anything the provider should know (optional)"));
    m_submitButton->setText(tr("Sen&d request"));
}

void OrderRequestDialog::accept()
{
    auto raised = m_workspace.orders().requestOrder(m_session, draft());
    if (!raised) {
        showRefusal(raised.errorString());
        m_submitButton->setEnabled(false);
        return;
    }
    m_request = raised.value();
    QDialog::accept();
}
