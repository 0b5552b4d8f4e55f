#pragma once

// The Customers page (C1, C4, V1): the customers the signed-in partner serves, searched as the
// person types and sorted by a column, and below the list (a splitter remembered between
// sessions) the current customer's account, services, users and licenses. A reseller requests a
// reseller relationship from here and sees the customer invitations it sent; both sides export
// the list as CSV.

#include "domain/CustomerList.h"
#include "pages/Page.h"
#include "widgets/CustomerDetailsWidget.h"

#include <QPointer>

#include <optional>

class CustomersModel;
class InvitationsPanel;
class QLabel;
class QLineEdit;
class QModelIndex;
class QPushButton;
class QSplitter;
class QTabWidget;
class QTimer;
class QTreeView;
class QVBoxLayout;

class CustomersPage : public Page
{
    Q_OBJECT

public:
    CustomersPage(Workspace& workspace, const Session& session, QWidget* parent = nullptr);
    ~CustomersPage() override;

    QString title() const override;
    QWidget* searchField() const override;
    void reload() override;

    CustomersModel* model() const { return m_model; }
    QTreeView* view() const { return m_view; }
    // The current customer's account, services, users and licenses; null when none is current.
    CustomerDetailsWidget* details() const { return m_details; }
    // The account of the customer shown holds edits not saved.
    bool hasUnsavedChanges() const override;
    // Writes the current list to path as CSV, with a progress dialog when it is long. Returns
    // whether the whole list was written.
    bool exportTo(const QString& path);

public Q_SLOTS:
    void requestRelationship();
    void exportList();

protected:
    void retranslateUi() override;
    void showEvent(QShowEvent* event) override;

private:
    void searchChanged();
    // Counts what the list shows on the reader's thread; the list never waits for it.
    void countNow();
    void showCount(quint64 generation, const QString& search, const Result<CustomerCount>& counted);
    void currentCustomerChanged(const QModelIndex& current);
    void confirmLeavingCustomer();
    void showCustomer(const std::optional<CustomerRow>& customer);
    void selectCustomer(const QString& customerId);
    void keepCurrentCustomer();
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
    QSplitter* m_splitter;
    QTreeView* m_view;
    QWidget* m_detailPane;
    QVBoxLayout* m_detailLayout;
    QLabel* m_noCustomerLabel;
    QPointer<CustomerDetailsWidget> m_details;
    QLabel* m_emptyLabel;
    CustomersModel* m_model;
    InvitationsPanel* m_invitations;
    QPushButton* m_requestButton;
    QPushButton* m_exportButton;
    QLabel* m_doneLabel;
    QLabel* m_errorLabel;
    QTimer* m_countTimer;
    quint64 m_countGeneration = 0; // of the count asked for last: only that one is shown
    bool m_countKnown = false;
    CustomerCount m_shownCount;
    QString m_shownCountSearch; // what was typed for the count shown
    bool m_columnsFitted = false;
    bool m_splitterPlaced = false;
    bool m_confirmPending = false; // the question about unsaved edits is queued or open
};
