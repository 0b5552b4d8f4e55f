#pragma once

// The current customer's details on the Customers page, below the list (C4): its account
// (company profile), services (subscriptions, orders), users and licenses, each a tab. Each tab
// reads and writes through core services, which decide what the signed-in partner may do.

#include "security/Session.h"

#include <QWidget>

class CustomerAccountTab;
class Workspace;
class QTabWidget;

// What every tab of a customer's details offers the widget that holds them.
class CustomerTab : public QWidget
{
    Q_OBJECT

public:
    using QWidget::QWidget;
    virtual void reload() = 0;
    virtual void retranslateUi() = 0;

Q_SIGNALS:
    void done(const QString& message);
    void failed(const QString& message);
    // What this tab changed may show in another tab (a new subscription, a disabled user).
    void changed();
};

class CustomerDetailsWidget : public QWidget
{
    Q_OBJECT

public:
    CustomerDetailsWidget(Workspace& workspace, const Session& session, const QString& customerId,
                          const QString& customerName, QWidget* parent = nullptr);

    QString customerId() const { return m_customerId; }
    QTabWidget* tabs() const { return m_tabs; }
    QSize sizeHint() const override;
    // Whether the Account tab holds edits not saved.
    bool hasUnsavedChanges() const;
    // Reads every tab again (after a change elsewhere); not while the account holds edits.
    void reload();

Q_SIGNALS:
    void done(const QString& message);
    void failed(const QString& message);

protected:
    void changeEvent(QEvent* event) override;

private:
    void addTab(CustomerTab* tab);
    void retranslateUi();

    QString m_customerId;
    QTabWidget* m_tabs;
    QList<CustomerTab*> m_tabList;
    CustomerAccountTab* m_account = nullptr;
};
