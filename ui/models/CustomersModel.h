#pragma once

// The Customers view's model (C4, V1, ARCHITECTURE §9): the customers the signed-in partner
// serves, read a page at a time from the workspace as the view scrolls, in the order and for the
// search asked for. It never holds more than the pages the view has reached.
// A flat list: the page shows the current customer's details beside it.

#include "domain/CustomerList.h"
#include "security/Session.h"

#include <QAbstractItemModel>

#include <optional>

class Workspace;

class CustomersModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column {
        CompanyColumn,
        DomainColumn,
        CountryColumn,
        RelationshipColumn,
        PartnersColumn,
        SinceColumn,
        ColumnCount
    };
    enum Role { CustomerIdRole = Qt::UserRole + 1 };

    CustomersModel(Workspace& workspace, const Session& session, QObject* parent = nullptr);

    // Starts over with the first page of query. Synchronous: the first rows are there on return.
    void setQuery(const CustomerListQuery& query);
    const CustomerListQuery& query() const { return m_query; }
    void setSession(const Session& session);
    // Reads the first page again, for the same query (after a change elsewhere).
    void reload();
    // Why the last read failed; empty when it didn't.
    QString errorString() const { return m_error; }
    // The sort order a column stands for, when it can be sorted by.
    static std::optional<CustomerSort> sortOf(int column);
    static int columnOf(CustomerSort sort);

    const CustomerRow* customerAt(const QModelIndex& index) const;
    // The row of the customer among those read so far, or -1.
    int rowOf(const QString& customerId) const;
    int loadedCount() const { return int(m_rows.size()); }

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    bool hasChildren(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

Q_SIGNALS:
    // A read failed: the message says why, for the page to show.
    void loadFailed(const QString& message);

private:
    Workspace& m_workspace;
    Session m_session;
    CustomerListQuery m_query;
    QList<CustomerRow> m_rows;
    bool m_more = false;
    bool m_notifying = false; // while listeners handle a reset or an insertion
    QString m_error;
};
