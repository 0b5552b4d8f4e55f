#pragma once

// The Customers page (C1, C4, V1): the customers the signed-in partner serves, searched as the
// person types and sorted by a column, each expanding (the arrow by its name) into its account,
// services, users and licenses. A reseller requests a reseller relationship from here and sees
// the customer invitations it sent; both sides export the list as CSV.

#include "domain/CustomerList.h"
#include "pages/Page.h"

class CustomersModel;
class InvitationsPanel;
class QLabel;
class QLineEdit;
class QModelIndex;
class QPushButton;
class QTabWidget;
class QTimer;
class QTreeView;

class CustomersPage : public Page
{
    Q_OBJECT

public:
    CustomersPage(Workspace& workspace, const Session& session, QWidget* parent = nullptr);

    QString title() const override;
    void reload() override;

    CustomersModel* model() const { return m_model; }
    QTreeView* view() const { return m_view; }
    // Writes the current list to path as CSV, with a progress dialog when it is long. Returns
    // whether the whole list was written.
    bool exportTo(const QString& path);

public Q_SLOTS:
    void requestRelationship();
    void exportList();

protected:
    void retranslateUi() override;
    // Not while a customer is open: its tabs may hold edits, and a reload would close it.
    bool mayRefresh() const override { return m_openCustomers == 0; }

private:
    void searchChanged();
    void countNow();
    void expanded(const QModelIndex& index);
    void collapsed(const QModelIndex& index);
    void toggleCurrent();
    void sortIndicatorChanged(int column, Qt::SortOrder order);
    void showDone(const QString& message);
    void showError(const QString& message);
    void updateEmptyText();
    void fitColumnsOnce();

    QLabel* m_heading;
    QLabel* m_intro;
    QTabWidget* m_tabs;
    QLineEdit* m_search;
    QLabel* m_countLabel;
    QTreeView* m_view;
    QLabel* m_emptyLabel;
    CustomersModel* m_model;
    InvitationsPanel* m_invitations;
    QPushButton* m_requestButton;
    QPushButton* m_exportButton;
    QLabel* m_doneLabel;
    QLabel* m_errorLabel;
    QTimer* m_countTimer;
    CustomerCount m_count;
    bool m_countKnown = false;
    bool m_columnsFitted = false;
    int m_openCustomers = 0;
};
