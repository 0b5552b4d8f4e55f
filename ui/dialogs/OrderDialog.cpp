#include "OrderDialog.h"

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
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

OrderDialog::OrderDialog(Workspace& workspace, const Session& session, const QString& customerId, QWidget* parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_session(session)
    , m_customerId(customerId)
    , m_mode(Mode::NewSubscription)
{
    setUp();
}

OrderDialog::OrderDialog(Workspace& workspace, const Session& session, const QString& customerId,
                         const Subscription& subscription, QWidget* parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_session(session)
    , m_customerId(customerId)
    , m_mode(Mode::ChangeSubscription)
    , m_subscription(subscription)
{
    setUp();
}

void OrderDialog::setUp()
{
    const bool adding = m_mode == Mode::NewSubscription;
    setObjectName(adding ? QStringLiteral("newSubscriptionOrderDialog")
                         : QStringLiteral("changeSubscriptionOrderDialog"));
    auto customer = m_workspace.customerManagement().customer(m_session, m_customerId);
    if (customer) {
        m_customerName = customer->company.legalName;
    } else {
        m_error = customer.errorString();
    }

    m_intro = Labels::text(QStringLiteral("introLabel"), this);
    m_form = new QFormLayout;
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    m_customerLabel = new QLabel(this);
    m_customerValue = Labels::text(QStringLiteral("customerLabel"), this);
    m_customerValue->setText(m_customerName);
    m_form->addRow(m_customerLabel, m_customerValue);

    m_resellerLabel = new QLabel(this);
    m_resellerCombo = new QComboBox(this);
    m_resellerCombo->setObjectName(QStringLiteral("resellerComboBox"));
    m_resellerLabel->setBuddy(m_resellerCombo);
    m_form->addRow(m_resellerLabel, m_resellerCombo);

    QString loadError;
    auto resellers = m_workspace.orders().resellersForOrder(m_session, m_customerId);
    if (resellers) {
        m_resellers = resellers.value();
    } else {
        loadError = resellers.errorString();
    }
    for (const RelationshipParty& reseller : std::as_const(m_resellers)) {
        m_resellerCombo->addItem(QString(), reseller.accountId);
    }
    if (!adding) {
        // A change keeps the subscription's partner on record; without it, core says what to do.
        m_resellerCombo->setCurrentIndex(-1);
        for (int i = 0; i < m_resellers.size(); ++i) {
            if (m_resellers.at(i).partnerId == m_subscription.partnerOnRecord) {
                m_resellerCombo->setCurrentIndex(i);
            }
        }
    }
    m_resellerCombo->setEnabled(!m_resellers.isEmpty());

    if (adding) {
        m_offerLabel = new QLabel(this);
        m_offerCombo = new QComboBox(this);
        m_offerCombo->setObjectName(QStringLiteral("offerComboBox"));
        m_offerLabel->setBuddy(m_offerCombo);
        m_form->addRow(m_offerLabel, m_offerCombo);
        auto offers = m_workspace.orders().offers();
        if (offers) {
            m_offers = offers.value();
        } else if (loadError.isEmpty()) {
            loadError = offers.errorString();
        }
        for (const Offer& offer : std::as_const(m_offers)) {
            m_offerCombo->addItem(offer.name, offer.id); // product names are not translated
        }
        m_termLabel = new QLabel(this);
        m_termCombo = new QComboBox(this);
        m_termCombo->setObjectName(QStringLiteral("termComboBox"));
        m_termLabel->setBuddy(m_termCombo);
        m_form->addRow(m_termLabel, m_termCombo);
    } else {
        m_subscriptionLabel = new QLabel(this);
        m_subscriptionValue = Labels::text(QStringLiteral("subscriptionLabel"), this);
        m_form->addRow(m_subscriptionLabel, m_subscriptionValue);
        m_typeLabel = new QLabel(this);
        m_typeCombo = new QComboBox(this);
        m_typeCombo->setObjectName(QStringLiteral("transactionTypeComboBox"));
        for (TransactionType type :
             {TransactionType::AddQuantity, TransactionType::RemoveQuantity, TransactionType::Cancel}) {
            m_typeCombo->addItem(QString(), int(type));
        }
        // A subscription billed by usage has no quantity: cancelling is the one change it takes.
        if (m_subscription.billingType == BillingType::Usage) {
            m_typeCombo->setCurrentIndex(m_typeCombo->findData(int(TransactionType::Cancel)));
        }
        m_typeLabel->setBuddy(m_typeCombo);
        m_form->addRow(m_typeLabel, m_typeCombo);
    }

    m_quantityLabel = new QLabel(this);
    m_quantitySpin = new QSpinBox(this);
    m_quantitySpin->setObjectName(QStringLiteral("quantitySpinBox"));
    m_quantitySpin->setRange(1, OrderService::MaxQuantity);
    m_quantitySpin->setValue(1);
    m_quantitySpin->setGroupSeparatorShown(true);
    m_quantityLabel->setBuddy(m_quantitySpin);
    m_form->addRow(m_quantityLabel, m_quantitySpin);
    if (!adding) {
        m_resultLabel = Labels::text(QStringLiteral("resultLabel"), this);
        m_form->addRow(QString(), m_resultLabel);
    }

    m_checkLabel = ValidatedForm::makeMessageLabel(QStringLiteral("orderCheckLabel"), this);
    // Our own button: QDialogButtonBox would reset a standard Ok's text on a language change.
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_buttons->setObjectName(QStringLiteral("orderButtonBox"));
    m_buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelPushButton"));
    m_submitButton = m_buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_submitButton->setObjectName(QStringLiteral("submitOrderPushButton"));
    m_submitButton->setDefault(true);
    m_submitButton->setEnabled(false);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(m_form);
    layout->addWidget(m_checkLabel);
    layout->addStretch();
    layout->addWidget(m_buttons);

    // The keyboard follows the form, top to bottom, then Submit and Cancel.
    QWidget* previous = m_resellerCombo;
    for (QWidget* next : adding ? QList<QWidget*>{m_offerCombo, m_termCombo, m_quantitySpin}
                                : QList<QWidget*>{m_typeCombo, m_quantitySpin}) {
        setTabOrder(previous, next);
        previous = next;
    }
    setTabOrder(previous, m_submitButton);
    setTabOrder(m_submitButton, m_buttons->button(QDialogButtonBox::Cancel));

    retranslateUi();
    if (adding) {
        fillTerms();
    }
    updateQuantity();

    connect(m_resellerCombo, &QComboBox::currentIndexChanged, this, &OrderDialog::recheck);
    if (adding) {
        connect(m_offerCombo, &QComboBox::currentIndexChanged, this, [this]() {
            fillTerms();
            updateQuantity();
            recheck();
        });
        connect(m_termCombo, &QComboBox::currentIndexChanged, this, &OrderDialog::recheck);
    } else {
        connect(m_typeCombo, &QComboBox::currentIndexChanged, this, [this]() {
            updateQuantity();
            recheck();
        });
    }
    connect(m_quantitySpin, &QSpinBox::valueChanged, this, [this]() {
        updateQuantity();
        recheck();
    });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &OrderDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &OrderDialog::reject);

    if (!loadError.isEmpty()) {
        showRefusal(loadError);
        m_resellerCombo->setEnabled(false);
        m_quantitySpin->setEnabled(false);
    } else {
        recheck();
    }
    resize(520, sizeHint().height());
    ValidatedForm::growToFit(this);
}

void OrderDialog::fillTerms()
{
    const int index = m_offerCombo->currentIndex();
    OfferWidgets::fillTerms(m_termCombo, index >= 0 && index < m_offers.size() ? &m_offers.at(index) : nullptr);
}

void OrderDialog::updateQuantity()
{
    const QSignalBlocker blocker(m_quantitySpin);
    if (m_mode == Mode::NewSubscription) {
        const int index = m_offerCombo->currentIndex();
        const bool usage
            = index >= 0 && index < m_offers.size() && m_offers.at(index).billingType == BillingType::Usage;
        // An offer billed by usage is ordered once, with a quantity of 1.
        if (usage) {
            m_quantitySpin->setValue(1);
        }
        m_quantitySpin->setEnabled(!usage);
        m_quantitySpin->setToolTip(usage ? tr("Billed by usage: ordered with a quantity of 1.") : QString());
        return;
    }
    const auto type = static_cast<TransactionType>(m_typeCombo->currentData().toInt());
    const bool cancel = type == TransactionType::Cancel;
    if (cancel) {
        m_quantitySpin->setValue(qMax(1, m_subscription.quantity));
    }
    m_quantitySpin->setEnabled(!cancel);
    const QLocale locale;
    int quantity = m_subscription.quantity;
    if (type == TransactionType::AddQuantity) {
        quantity += m_quantitySpin->value();
    } else if (type == TransactionType::RemoveQuantity) {
        quantity -= m_quantitySpin->value();
    }
    if (cancel) {
        m_resultLabel->setText(tr("After this order the subscription is cancelled and holds no licenses."));
    } else if (m_subscription.billingType == BillingType::Usage) {
        m_resultLabel->clear();
    } else {
        m_resultLabel->setText(tr("After this order: quantity %1, %2 assigned.")
                                   .arg(locale.toString(quantity), locale.toString(m_subscription.assigned)));
    }
}

OrderDraft OrderDialog::draft() const
{
    OrderDraft draft;
    draft.customerId = m_customerId;
    draft.resellerAccountId = m_resellerCombo->currentData().toString();
    if (m_mode == Mode::NewSubscription) {
        draft.line.type = TransactionType::New;
        draft.line.offerId = m_offerCombo->currentData().toString();
        draft.line.term = static_cast<Term>(m_termCombo->currentData().toInt());
    } else {
        draft.line.type = static_cast<TransactionType>(m_typeCombo->currentData().toInt());
        draft.line.subscriptionId = m_subscription.id;
    }
    draft.line.quantity = m_quantitySpin->value();
    return draft;
}

void OrderDialog::recheck()
{
    Status allowed = m_workspace.orders().checkOrder(m_session, draft());
    showRefusal(allowed ? QString() : allowed.errorString());
    m_submitButton->setEnabled(allowed.ok());
}

void OrderDialog::showRefusal(const QString& message)
{
    ValidatedForm::showMessage(m_checkLabel, message);
    ValidatedForm::growToFit(this);
}

void OrderDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        if (m_mode == Mode::ChangeSubscription) {
            updateQuantity();
        }
        recheck();
    }
    QDialog::changeEvent(event);
}

void OrderDialog::retranslateUi()
{
    const QString provider = m_session.partner ? m_session.partner->legal.legalName : QString();
    // Mnemonics avoid F, V and H (the menus) and S, T, R and X (the Customers page).
    if (m_mode == Mode::NewSubscription) {
        setWindowTitle(tr("Add subscription"));
        m_intro->setText(tr("Order a new subscription for %1. The order is placed at once: %2 bills it, and the "
                            "reseller you choose is recorded as partner on record.")
                             .arg(m_customerName, provider));
        m_offerLabel->setText(tr("&Offer:"));
        m_termLabel->setText(tr("Ter&m:"));
        m_quantityLabel->setText(tr("&Quantity:"));
        for (int i = 0; i < m_termCombo->count(); ++i) {
            m_termCombo->setItemText(i, Enums::displayName(static_cast<Term>(m_termCombo->itemData(i).toInt())));
        }
    } else {
        setWindowTitle(tr("Change subscription"));
        m_intro->setText(tr("Add or remove licenses of a subscription of %1, or cancel it. The order is placed at "
                            "once, with the subscription's partner on record.")
                             .arg(m_customerName));
        m_subscriptionLabel->setText(tr("Subscription:"));
        const QLocale locale;
        m_subscriptionValue->setText(
            m_subscription.billingType == BillingType::Usage
                //: A subscription: its offer, how it is billed, its term.
                ? tr("%1 — billed by usage, %2").arg(m_subscription.offerName, Enums::displayName(m_subscription.term))
                //: A subscription: its offer, its quantity, how many licenses are assigned, its term.
                : tr("%1 — quantity %2, %3 assigned, %4")
                      .arg(m_subscription.offerName, locale.toString(m_subscription.quantity),
                           locale.toString(m_subscription.assigned), Enums::displayName(m_subscription.term)));
        m_typeLabel->setText(tr("&Change:"));
        for (int i = 0; i < m_typeCombo->count(); ++i) {
            m_typeCombo->setItemText(
                i, Enums::displayName(static_cast<TransactionType>(m_typeCombo->itemData(i).toInt())));
        }
        m_quantityLabel->setText(tr("&Quantity:"));
    }
    m_customerLabel->setText(tr("Customer:"));
    m_resellerLabel->setText(tr("R&eseller (partner on record):"));
    m_resellerCombo->setPlaceholderText(tr("No reseller to choose"));
    for (int i = 0; i < m_resellers.size() && i < m_resellerCombo->count(); ++i) {
        //: A reseller in a list: its name, then its Partner ID.
        m_resellerCombo->setItemText(i,
                                     tr("%1 (Partner ID %2)").arg(m_resellers.at(i).name, m_resellers.at(i).partnerId));
    }
    m_submitButton->setText(tr("Su&bmit order"));
}

void OrderDialog::accept()
{
    auto placed = m_workspace.orders().submit(m_session, draft());
    if (!placed) {
        showRefusal(placed.errorString());
        m_submitButton->setEnabled(false);
        return;
    }
    m_order = placed.value();
    QDialog::accept();
}
