#pragma once

// The Customers view's model (C4, V1, ARCHITECTURE §9): the customers the signed-in partner
// serves, read a page at a time from the workspace as the view scrolls, in the order and for the
// search asked for. It holds a window of the pages read last, however far the view scrolls: of the
// pages before, only where each ends, so that one scrolled back to is read again from there.
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

    // The customer of a row (read again if its page left the window), or none.
    std::optional<CustomerRow> customerAt(const QModelIndex& index) const;
    // The row of the customer among the pages held now, or -1.
    int rowOf(const QString& customerId) const;
    // How many pages the model holds at most; the first page and the last read stay. Tests make
    // it small to scroll out of it.
    void setWindowPages(int pages);
    int heldPages() const { return m_heldPages; }

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
    // CustomerService::PageSize rows, but for the last page, which may hold fewer.
    struct Page
    {
        QList<CustomerRow> rows; // empty while out of the window
        int size = 0;
        QVariantList end; // where the next page starts (its last row's keys), kept out of the window too
        quint64 used = 0; // when a row of it was last asked for
        bool unreadable = false; // reading it again failed: blank until the list is read again
    };
    const CustomerRow* rowAt(int row) const;
    // Reads a page that left the window again, from where the page before it ended.
    bool readAgain(int page) const;
    void hold(int page) const;

    Workspace& m_workspace;
    Session m_session;
    CustomerListQuery m_query;
    mutable QList<Page> m_pages;
    int m_rowCount = 0;
    int m_windowPages;
    mutable int m_heldPages = 0;
    mutable quint64 m_clock = 0;
    bool m_read = false; // whether anything was read yet: until then a sort only sets the order
    bool m_more = false;
    bool m_notifying = false; // while listeners handle a reset or an insertion
    mutable QString m_error;
};
