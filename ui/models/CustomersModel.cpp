#include "CustomersModel.h"

#include "domain/Countries.h"
#include "services/CustomerService.h"
#include "services/Workspace.h"

#include <QLocale>

CustomersModel::CustomersModel(Workspace& workspace, const Session& session, QObject* parent)
    : QAbstractItemModel(parent)
    , m_workspace(workspace)
    , m_session(session)
{
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
    // Listeners of the reset read the new first page; further pages wait until they are done.
    m_notifying = true;
    beginResetModel();
    m_rows.clear();
    m_more = false;
    if (page) {
        m_rows = page.value();
        m_more = m_rows.size() == CustomerService::PageSize;
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

const CustomerRow* CustomersModel::customerAt(const QModelIndex& index) const
{
    if (!index.isValid() || index.model() != this) {
        return nullptr;
    }
    return index.row() < m_rows.size() ? &m_rows.at(index.row()) : nullptr;
}

int CustomersModel::rowOf(const QString& customerId) const
{
    for (qsizetype row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).id == customerId) {
            return int(row);
        }
    }
    return -1;
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
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CustomersModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool CustomersModel::hasChildren(const QModelIndex& parent) const
{
    return !parent.isValid() && !m_rows.isEmpty();
}

QVariant CustomersModel::data(const QModelIndex& index, int role) const
{
    const CustomerRow* customer = customerAt(index);
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
    if (parent.isValid() || !m_more || m_notifying || m_rows.isEmpty()) {
        return;
    }
    const QVariantList after = m_rows.constLast().after;
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
    const int first = int(m_rows.size());
    // Listeners of the insertion read these rows before the next page comes.
    m_notifying = true;
    beginInsertRows({}, first, first + int(page->size()) - 1);
    m_rows << page.value();
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
    if (query.sort == m_query.sort && query.descending == m_query.descending && !m_rows.isEmpty()) {
        return;
    }
    setQuery(query);
}
