#include "CustomersModel.h"

#include "domain/Countries.h"
#include "services/CustomerService.h"
#include "services/Workspace.h"

#include <QLocale>

namespace {

// About 2,500 rows: many screens either way of the one shown, a few megabytes.
constexpr int DefaultWindowPages = 25;

} // namespace

CustomersModel::CustomersModel(Workspace& workspace, const Session& session, QObject* parent)
    : QAbstractItemModel(parent)
    , m_workspace(workspace)
    , m_session(session)
    , m_windowPages(DefaultWindowPages)
{
}

void CustomersModel::setWindowPages(int pages)
{
    m_windowPages = qMax(2, pages);
}

void CustomersModel::setQuery(const CustomerListQuery& query)
{
    m_query = query;
    reload();
}

void CustomersModel::setSession(const Session& session)
{
    m_session = session;
    reload();
}

void CustomersModel::reload()
{
    auto page = m_workspace.customers().customerPage(m_session, m_query, {}, CustomerService::PageSize);
    m_read = true;
    // Listeners of the reset read the new first page; further pages wait until they are done.
    m_notifying = true;
    beginResetModel();
    m_pages.clear();
    m_rowCount = 0;
    m_heldPages = 0;
    m_more = false;
    if (page) {
        if (!page->isEmpty()) {
            m_pages << Page{page.value(), int(page->size()), page->constLast().after, ++m_clock, false};
            m_rowCount = int(page->size());
            m_heldPages = 1;
        }
        m_more = page->size() == CustomerService::PageSize;
        m_error.clear();
    } else {
        m_error = page.errorString();
    }
    endResetModel();
    m_notifying = false;
    if (!page) {
        Q_EMIT loadFailed(m_error);
    }
}

std::optional<CustomerSort> CustomersModel::sortOf(int column)
{
    switch (column) {
    case CompanyColumn:
        return CustomerSort::Name;
    case DomainColumn:
        return CustomerSort::Domain;
    case CountryColumn:
        return CustomerSort::Country;
    case SinceColumn:
        return CustomerSort::Since;
    default:
        return std::nullopt;
    }
}

int CustomersModel::columnOf(CustomerSort sort)
{
    switch (sort) {
    case CustomerSort::Name:
        return CompanyColumn;
    case CustomerSort::Domain:
        return DomainColumn;
    case CustomerSort::Country:
        return CountryColumn;
    case CustomerSort::Since:
        return SinceColumn;
    }
    return CompanyColumn;
}

std::optional<CustomerRow> CustomersModel::customerAt(const QModelIndex& index) const
{
    if (!index.isValid() || index.model() != this) {
        return std::nullopt;
    }
    const CustomerRow* row = rowAt(index.row());
    return row ? std::optional<CustomerRow>(*row) : std::nullopt;
}

int CustomersModel::rowOf(const QString& customerId) const
{
    for (qsizetype page = 0; page < m_pages.size(); ++page) {
        const QList<CustomerRow>& rows = m_pages.at(page).rows;
        for (qsizetype row = 0; row < rows.size(); ++row) {
            if (rows.at(row).id == customerId) {
                return int(page * CustomerService::PageSize + row);
            }
        }
    }
    return -1;
}

const CustomerRow* CustomersModel::rowAt(int row) const
{
    if (row < 0 || row >= m_rowCount) {
        return nullptr;
    }
    const int page = row / CustomerService::PageSize;
    if (m_pages.at(page).rows.isEmpty() && (m_pages.at(page).unreadable || !readAgain(page))) {
        return nullptr;
    }
    Page& held = m_pages[page];
    held.used = ++m_clock;
    const int offset = row % CustomerService::PageSize;
    return offset < held.rows.size() ? &held.rows.at(offset) : nullptr;
}

bool CustomersModel::readAgain(int page) const
{
    const QVariantList after = page > 0 ? m_pages.at(page - 1).end : QVariantList();
    auto rows = m_workspace.customers().customerPage(m_session, m_query, after, CustomerService::PageSize);
    if (!rows || rows->isEmpty()) {
        // Shown blank, and not asked for again on every paint, until the list is read again: a
        // failure, which the page is told of once, or customers gone meanwhile.
        m_pages[page].unreadable = true;
        if (!rows) {
            m_error = rows.errorString();
            auto* self = const_cast<CustomersModel*>(this); // data() is const; the signal goes later
            QMetaObject::invokeMethod(
                self, [self]() { Q_EMIT self->loadFailed(self->m_error); }, Qt::QueuedConnection);
        }
        return false;
    }
    Page& read = m_pages[page];
    // The rows as they are now, in the places the view knows: the page keeps its size and its end.
    read.rows = rows.value().mid(0, read.size);
    hold(page);
    return true;
}

void CustomersModel::hold(int page) const
{
    m_pages[page].used = ++m_clock;
    ++m_heldPages;
    while (m_heldPages > m_windowPages) {
        // Out of the window: the page asked for longest ago, but the first (the list as it
        // opens, where a reset's listeners look) and the one just read.
        int oldest = -1;
        for (int i = 1; i < m_pages.size(); ++i) {
            if (i != page && !m_pages.at(i).rows.isEmpty()
                && (oldest < 0 || m_pages.at(i).used < m_pages.at(oldest).used)) {
                oldest = i;
            }
        }
        if (oldest < 0) {
            return;
        }
        m_pages[oldest].rows = {};
        --m_heldPages;
    }
}

QModelIndex CustomersModel::index(int row, int column, const QModelIndex& parent) const
{
    return hasIndex(row, column, parent) ? createIndex(row, column) : QModelIndex();
}

QModelIndex CustomersModel::parent(const QModelIndex& child) const
{
    Q_UNUSED(child)
    return {};
}

int CustomersModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_rowCount;
}

int CustomersModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool CustomersModel::hasChildren(const QModelIndex& parent) const
{
    return !parent.isValid() && m_rowCount > 0;
}

QVariant CustomersModel::data(const QModelIndex& index, int role) const
{
    const CustomerRow* customer = index.isValid() && index.model() == this ? rowAt(index.row()) : nullptr;
    if (!customer) {
        return {};
    }
    switch (role) {
    case CustomerIdRole:
        return customer->id;
    case Qt::ToolTipRole:
        if (index.column() == PartnersColumn) {
            return customer->partners.join(QLatin1Char('\n'));
        }
        return {};
    case Qt::DisplayRole:
        switch (index.column()) {
        case CompanyColumn:
            return customer->companyName;
        case DomainColumn:
            return customer->primaryDomain;
        case CountryColumn:
            return Countries::name(customer->country);
        case RelationshipColumn:
            return CustomerService::relationshipName(
                m_session.partner ? m_session.partner->type : PartnerType::IndirectReseller, customer->delegatedAdmin);
        case PartnersColumn:
            return customer->partners.join(QStringLiteral(", "));
        case SinceColumn:
            return QLocale().toString(customer->since.toLocalTime().date(), QLocale::ShortFormat);
        default:
            return {};
        }
    default:
        return {};
    }
}

QVariant CustomersModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole) {
        // A heading that can't sort says so where a person looks when its click does nothing.
        return sortOf(section) ? tr("Click to sort by this column; click again to reverse the order.")
                               : tr("This column can't be sorted. Sort by Company, Primary domain, Country/region or "
                                    "Since.");
    }
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractItemModel::headerData(section, orientation, role);
    }
    switch (section) {
    case CompanyColumn:
        return tr("Company");
    case DomainColumn:
        return tr("Primary domain");
    case CountryColumn:
        return tr("Country/region");
    case RelationshipColumn:
        return tr("Relationship");
    case PartnersColumn:
        return m_session.partner && m_session.partner->type == PartnerType::IndirectProvider ? tr("Indirect reseller")
                                                                                             : tr("Indirect provider");
    case SinceColumn:
        return tr("Since");
    default:
        return {};
    }
}

Qt::ItemFlags CustomersModel::flags(const QModelIndex& index) const
{
    return index.isValid() ? Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren : Qt::NoItemFlags;
}

bool CustomersModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && m_more && !m_notifying;
}

void CustomersModel::fetchMore(const QModelIndex& parent)
{
    if (parent.isValid() || !m_more || m_notifying || m_pages.isEmpty()) {
        return;
    }
    const QVariantList after = m_pages.constLast().end;
    auto page = m_workspace.customers().customerPage(m_session, m_query, after, CustomerService::PageSize);
    if (!page) {
        m_error = page.errorString();
        m_more = false;
        Q_EMIT loadFailed(m_error);
        return;
    }
    m_more = page->size() == CustomerService::PageSize;
    if (page->isEmpty()) {
        return;
    }
    const int first = m_rowCount;
    // Listeners of the insertion read these rows before the next page comes.
    m_notifying = true;
    beginInsertRows({}, first, first + int(page->size()) - 1);
    m_pages << Page{page.value(), int(page->size()), page->constLast().after, 0, false};
    m_rowCount += int(page->size());
    hold(int(m_pages.size()) - 1);
    endInsertRows();
    m_notifying = false;
}

void CustomersModel::sort(int column, Qt::SortOrder order)
{
    const std::optional<CustomerSort> sort = sortOf(column);
    if (!sort) {
        return; // this column isn't an order the workspace keeps an index for
    }
    CustomerListQuery query = m_query;
    query.sort = *sort;
    query.descending = order == Qt::DescendingOrder;
    if (!m_read) {
        m_query = query; // the order the first read will be in (a view sets it as it is set up)
        return;
    }
    if (query.sort == m_query.sort && query.descending == m_query.descending && m_rowCount > 0) {
        return;
    }
    setQuery(query);
}
