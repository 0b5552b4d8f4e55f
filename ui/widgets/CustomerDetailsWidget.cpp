#include "CustomerDetailsWidget.h"

#include "widgets/CustomerAccountTab.h"
#include "widgets/CustomerLicensesTab.h"
#include "widgets/CustomerServicesTab.h"
#include "widgets/CustomerUsersTab.h"

#include <QEvent>
#include <QTabWidget>
#include <QVBoxLayout>

CustomerDetailsWidget::CustomerDetailsWidget(Workspace& workspace, const Session& session, const QString& customerId,
                                             const QString& customerName, QWidget* parent)
    : QWidget(parent)
    , m_customerId(customerId)
{
    setObjectName(QStringLiteral("customerDetailsWidget"));
    setAccessibleName(customerName);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("customerDetailsTabWidget"));
    m_tabs->setDocumentMode(true);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 8);
    layout->addWidget(m_tabs);

    m_account = new CustomerAccountTab(workspace, session, customerId, m_tabs);
    addTab(m_account);
    addTab(new CustomerServicesTab(workspace, session, customerId, m_tabs));
    addTab(new CustomerUsersTab(workspace, session, customerId, m_tabs));
    addTab(new CustomerLicensesTab(workspace, session, customerId, m_tabs));
    retranslateUi();
    for (CustomerTab* tab : std::as_const(m_tabList)) {
        tab->reload();
    }
}

bool CustomerDetailsWidget::hasUnsavedChanges() const
{
    return m_account->hasUnsavedChanges();
}

void CustomerDetailsWidget::reload()
{
    if (hasUnsavedChanges()) {
        return;
    }
    for (CustomerTab* tab : std::as_const(m_tabList)) {
        tab->reload();
    }
}

void CustomerDetailsWidget::addTab(CustomerTab* tab)
{
    m_tabList << tab;
    m_tabs->addTab(tab, QString());
    connect(tab, &CustomerTab::done, this, &CustomerDetailsWidget::done);
    connect(tab, &CustomerTab::failed, this, &CustomerDetailsWidget::failed);
    connect(tab, &CustomerTab::changed, this, [this, tab]() {
        for (CustomerTab* other : std::as_const(m_tabList)) {
            if (other != tab) {
                other->reload();
            }
        }
    });
}

QSize CustomerDetailsWidget::sizeHint() const
{
    // Room for a tab's table of a few rows and its buttons.
    return {QWidget::sizeHint().width(), 340};
}

void CustomerDetailsWidget::retranslateUi()
{
    const QStringList titles{tr("Account"), tr("Services"), tr("Users"), tr("Licenses")};
    for (int i = 0; i < m_tabs->count() && i < titles.size(); ++i) {
        m_tabs->setTabText(i, titles.at(i));
    }
    for (CustomerTab* tab : std::as_const(m_tabList)) {
        tab->retranslateUi();
    }
}

void CustomerDetailsWidget::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        for (CustomerTab* tab : std::as_const(m_tabList)) {
            tab->reload();
        }
    }
    QWidget::changeEvent(event);
}
