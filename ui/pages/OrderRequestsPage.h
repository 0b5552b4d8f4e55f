#pragma once

// The Order requests page (C5): a reseller follows the requests it raised with its providers
// (what, for which customer, status, the provider's reason when declined); a provider sees the
// requests addressed to it and, as its Admin or Sales agent, fulfills one (placing the order) or
// declines it with a reason the reseller reads. Refusals show on the page.

#include "domain/Commerce.h"
#include "pages/Page.h"

#include <QHash>
#include <QList>

class QLabel;
class QPushButton;
class QTableWidget;

class OrderRequestsPage : public Page
{
    Q_OBJECT

public:
    OrderRequestsPage(Workspace& workspace, const Session& session, QWidget* parent = nullptr);

    QString title() const override;
    void reload() override;
    // What the table shows, newest first.
    const QList<OrderRequest>& requests() const { return m_requests; }

public Q_SLOTS:
    void fulfillSelected();
    void declineSelected();

protected:
    void retranslateUi() override;

private:
    // Whether the signed-in partner raises requests (a reseller) and decides them (a provider).
    bool raisesRequests() const;
    bool receivesRequests() const;
    const OrderRequest* selected() const;
    void select(const QString& requestId);
    void updateButtons();
    void showDone(const QString& message);
    void showError(const QString& message);

    QList<OrderRequest> m_requests;
    // The reason typed for declining a request, kept while it is refused or the prompt cancelled.
    QHash<QString, QString> m_declineReasons;
    QLabel* m_heading;
    QLabel* m_intro;
    QLabel* m_emptyLabel;
    QTableWidget* m_table;
    QPushButton* m_fulfillButton;
    QPushButton* m_declineButton;
    QLabel* m_doneLabel;
    QLabel* m_errorLabel;
};
