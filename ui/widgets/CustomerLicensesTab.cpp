#include "CustomerLicensesTab.h"

#include "services/CustomerManagementService.h"
#include "services/LicenseService.h"
#include "services/OrderService.h"
#include "services/Workspace.h"
#include "widgets/Labels.h"
#include "widgets/Tables.h"
#include "widgets/ValidatedForm.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSet>
#include <QTableWidget>
#include <QVBoxLayout>

CustomerLicensesTab::CustomerLicensesTab(Workspace& workspace, const Session& session, const QString& customerId,
                                         QWidget* parent)
    : CustomerTab(parent)
    , m_workspace(workspace)
    , m_session(session)
    , m_customerId(customerId)
{
    setObjectName(QStringLiteral("customerLicensesTab"));
    m_accessLabel = Labels::text(QStringLiteral("accessLabel"), this);
    m_accessLabel->hide();
    m_emptyLabel = Labels::text(QStringLiteral("noSubscriptionsLabel"), this);
    m_emptyLabel->hide();

    // No mnemonics: the Customers page and the other tabs hold the Alt keys.
    m_subscriptionWidget = new QWidget(this);
    m_subscriptionWidget->setObjectName(QStringLiteral("subscriptionWidget"));
    m_subscriptionLabel = new QLabel(m_subscriptionWidget);
    m_subscriptionCombo = new QComboBox(m_subscriptionWidget);
    m_subscriptionCombo->setObjectName(QStringLiteral("subscriptionComboBox"));
    m_subscriptionCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_subscriptionLabel->setBuddy(m_subscriptionCombo);
    m_countLabel = Labels::text(QStringLiteral("licenseCountLabel"), m_subscriptionWidget);
    m_hintLabel = Labels::text(QStringLiteral("licenseHintLabel"), m_subscriptionWidget);
    m_hintLabel->setForegroundRole(QPalette::PlaceholderText);
    m_hintLabel->hide();
    m_table = Tables::makeReadOnly(QStringLiteral("licenseAssignmentsTableWidget"), 3, m_subscriptionWidget);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_unassignButton = new QPushButton(m_subscriptionWidget);
    m_unassignButton->setObjectName(QStringLiteral("unassignLicensePushButton"));

    m_assignWidget = new QWidget(m_subscriptionWidget);
    m_assignWidget->setObjectName(QStringLiteral("assignWidget"));
    m_assignLabel = new QLabel(m_assignWidget);
    m_userCombo = new QComboBox(m_assignWidget);
    m_userCombo->setObjectName(QStringLiteral("assignUserComboBox"));
    m_userCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_assignLabel->setBuddy(m_userCombo);
    m_assignButton = new QPushButton(m_assignWidget);
    m_assignButton->setObjectName(QStringLiteral("assignLicensePushButton"));
    auto* assignLayout = new QHBoxLayout(m_assignWidget);
    assignLayout->setContentsMargins(0, 0, 0, 0);
    assignLayout->addWidget(m_assignLabel);
    assignLayout->addWidget(m_userCombo, 1);
    assignLayout->addWidget(m_assignButton);

    auto* subscriptionRow = new QHBoxLayout;
    subscriptionRow->addWidget(m_subscriptionLabel);
    subscriptionRow->addWidget(m_subscriptionCombo, 1);
    auto* countRow = new QHBoxLayout;
    countRow->addWidget(m_countLabel);
    countRow->addWidget(m_hintLabel, 1);
    auto* actionRow = new QHBoxLayout;
    actionRow->addWidget(m_unassignButton);
    actionRow->addStretch();
    actionRow->addWidget(m_assignWidget);
    auto* subscriptionLayout = new QVBoxLayout(m_subscriptionWidget);
    subscriptionLayout->setContentsMargins(0, 0, 0, 0);
    subscriptionLayout->addLayout(subscriptionRow);
    subscriptionLayout->addLayout(countRow);
    subscriptionLayout->addWidget(m_table, 1);
    subscriptionLayout->addLayout(actionRow);

    m_errorLabel = ValidatedForm::makeMessageLabel(QStringLiteral("errorLabel"), this);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_accessLabel);
    layout->addWidget(m_emptyLabel);
    layout->addWidget(m_subscriptionWidget, 1);
    layout->addWidget(m_errorLabel);

    setTabOrder(m_subscriptionCombo, m_table);
    setTabOrder(m_table, m_unassignButton);
    setTabOrder(m_unassignButton, m_userCombo);
    setTabOrder(m_userCombo, m_assignButton);

    connect(m_subscriptionCombo, &QComboBox::currentIndexChanged, this, [this]() {
        ValidatedForm::showMessage(m_errorLabel, QString());
        showSubscription();
    });
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &CustomerLicensesTab::updateButtons);
    connect(m_userCombo, &QComboBox::currentIndexChanged, this, &CustomerLicensesTab::updateButtons);
    connect(m_assignButton, &QPushButton::clicked, this, &CustomerLicensesTab::assign);
    connect(m_unassignButton, &QPushButton::clicked, this, &CustomerLicensesTab::unassign);
    retranslateUi();
}

void CustomerLicensesTab::retranslateUi()
{
    m_subscriptionLabel->setText(tr("Subscription:"));
    m_subscriptionCombo->setAccessibleName(tr("Subscription"));
    m_table->setAccessibleName(tr("Users holding a license"));
    m_table->setHorizontalHeaderLabels({tr("Name"), tr("User name (UPN)"), tr("Assigned on")});
    m_unassignButton->setText(tr("Unassign"));
    m_assignLabel->setText(tr("Assign to:"));
    m_userCombo->setAccessibleName(tr("Assign to"));
    m_assignButton->setText(tr("Assign"));
}

QString CustomerLicensesTab::subscriptionText(const Subscription& s) const
{
    const QLocale locale;
    //: A subscription in a list: its offer, then how many of its licenses are assigned.
    return tr("%1 — %2 of %3 assigned").arg(s.offerName, locale.toString(s.assigned), locale.toString(s.quantity));
}

void CustomerLicensesTab::reload()
{
    const QString selectedId = selectedSubscription() ? selectedSubscription()->id : QString();
    m_subscriptions.clear();
    m_users.clear();
    ValidatedForm::showMessage(m_errorLabel, QString());
    auto access = m_workspace.customerManagement().access(m_session, m_customerId);
    auto customer = access ? m_workspace.customerManagement().customer(m_session, m_customerId)
                           : Result<Customer>(access.error());
    auto subscriptions = customer ? m_workspace.orders().subscriptions(m_session, m_customerId)
                                  : Result<QList<Subscription>>(customer.error());
    if (!subscriptions) {
        m_access = CustomerAccess();
        ValidatedForm::showMessage(m_errorLabel, subscriptions.errorString());
        m_accessLabel->hide();
        m_emptyLabel->hide();
        m_subscriptionWidget->hide();
        return;
    }
    m_access = access.value();
    m_companyName = customer->company.legalName;
    for (const Subscription& s : subscriptions.value()) {
        if (s.billingType == BillingType::License && s.status == SubscriptionStatus::Active) {
            m_subscriptions << s;
        }
    }
    if (m_access.canManageUsers) {
        auto users = m_workspace.customerManagement().users(m_session, m_customerId);
        if (users) {
            m_users = users.value();
        } else {
            ValidatedForm::showMessage(m_errorLabel, users.errorString());
        }
    }
    m_accessLabel->setText(m_access.canManageUsers ? QString() : m_access.reason);
    m_accessLabel->setVisible(!m_access.canManageUsers);
    m_unassignButton->setVisible(m_access.canManageUsers);
    m_assignWidget->setVisible(m_access.canManageUsers);

    const bool provider = m_session.partner && m_session.partner->type == PartnerType::IndirectProvider;
    m_emptyLabel->setText(
        provider ? tr("%1 has no active subscription with licenses. You add one by submitting an order for it on the "
                      "Services tab.")
                       .arg(m_companyName)
                 : tr("%1 has no active subscription with licenses. Its provider adds subscriptions by submitting "
                      "orders; you can request an order on the Services tab.")
                       .arg(m_companyName));
    m_emptyLabel->setVisible(m_subscriptions.isEmpty());
    m_subscriptionWidget->setVisible(!m_subscriptions.isEmpty());

    {
        const QSignalBlocker blocker(m_subscriptionCombo);
        m_subscriptionCombo->clear();
        for (const Subscription& s : std::as_const(m_subscriptions)) {
            m_subscriptionCombo->addItem(subscriptionText(s), s.id);
        }
        const int index = m_subscriptionCombo->findData(selectedId);
        m_subscriptionCombo->setCurrentIndex(index >= 0 ? index : 0);
    }
    showSubscription();
}

const Subscription* CustomerLicensesTab::selectedSubscription() const
{
    const int index = m_subscriptionCombo->currentIndex();
    return index >= 0 && index < m_subscriptions.size() ? &m_subscriptions.at(index) : nullptr;
}

void CustomerLicensesTab::showSubscription()
{
    const QString chosenUserId = m_userCombo->currentData().toString();
    m_assignments.clear();
    const Subscription* subscription = selectedSubscription();
    if (subscription) {
        auto assignments = m_workspace.licenses().assignments(m_session, subscription->id);
        if (assignments) {
            m_assignments = assignments.value();
        } else {
            ValidatedForm::showMessage(m_errorLabel, assignments.errorString());
        }
    }

    const QLocale locale;
    QList<QStringList> rows;
    QSet<QString> holders;
    for (const LicenseAssignment& a : std::as_const(m_assignments)) {
        rows << QStringList{a.userName, a.upn, locale.toString(a.assigned.toLocalTime().date(), QLocale::ShortFormat)};
        holders.insert(a.userId);
    }
    Tables::setRows(m_table, rows);

    const int quantity = subscription ? subscription->quantity : 0;
    const int assigned = int(m_assignments.size());
    m_countLabel->setText(
        subscription ? tr("%1 of %n licenses assigned", nullptr, quantity).arg(locale.toString(assigned)) : QString());
    // Only a hint: Assign stays available, and core says why it refuses one more (C6).
    m_hintLabel->setText(tr("Every license is assigned: unassign one, or ask for more."));
    m_hintLabel->setVisible(subscription && m_access.canManageUsers && assigned >= quantity);

    {
        const QSignalBlocker blocker(m_userCombo);
        m_userCombo->clear();
        for (const CustomerUser& user : std::as_const(m_users)) {
            if (user.enabled && !holders.contains(user.id)) {
                //: A user in a list: their name, then their user name.
                m_userCombo->addItem(tr("%1 (%2)").arg(user.displayName, user.upn), user.id);
            }
        }
        const int index = m_userCombo->findData(chosenUserId);
        m_userCombo->setCurrentIndex(index >= 0 ? index : 0);
    }
    m_userCombo->setPlaceholderText(tr("Every enabled user holds one"));
    updateButtons();
}

void CustomerLicensesTab::updateButtons()
{
    m_unassignButton->setEnabled(m_access.canManageUsers && Tables::selectedRow(m_table) >= 0);
    // Not disabled when every license is assigned: core's refusal says why and what to do.
    m_assignButton->setEnabled(m_access.canManageUsers && m_userCombo->currentIndex() >= 0);
    m_userCombo->setEnabled(m_userCombo->count() > 0);
}

void CustomerLicensesTab::refused(const QString& message)
{
    ValidatedForm::showMessage(m_errorLabel, message);
    Q_EMIT failed(message);
}

void CustomerLicensesTab::assign()
{
    const Subscription* subscription = selectedSubscription();
    const int index = m_userCombo->currentIndex();
    if (!m_access.canManageUsers || !subscription || index < 0) {
        return;
    }
    const QString offerName = subscription->offerName;
    const QString userId = m_userCombo->itemData(index).toString();
    QString userName;
    for (const CustomerUser& user : std::as_const(m_users)) {
        if (user.id == userId) {
            userName = user.displayName;
        }
    }
    Status stored = m_workspace.licenses().assign(m_session, subscription->id, userId);
    // What is stored now, whether or not core refused: someone else may have changed it.
    reload();
    if (!stored) {
        refused(stored.errorString());
        return;
    }
    Q_EMIT done(tr("%1 now has a license of %2.").arg(userName, offerName));
    Q_EMIT changed();
}

void CustomerLicensesTab::unassign()
{
    const Subscription* subscription = selectedSubscription();
    const int row = Tables::selectedRow(m_table);
    if (!m_access.canManageUsers || !subscription || row < 0 || row >= m_assignments.size()) {
        return;
    }
    const LicenseAssignment assignment = m_assignments.at(row);
    const QString offerName = subscription->offerName;
    Status stored = m_workspace.licenses().unassign(m_session, subscription->id, assignment.userId);
    reload();
    if (!stored) {
        refused(stored.errorString());
        return;
    }
    Q_EMIT done(tr("%1 no longer has a license of %2.").arg(assignment.userName, offerName));
    Q_EMIT changed();
}
