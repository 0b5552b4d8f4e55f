#include "Tables.h"

#include <QEvent>
#include <QHeaderView>
#include <QTableWidget>

#include <algorithm>

namespace {

// Keeps every column of a table within its visible width as it is resized: columns wider than
// their share give up room, widest first, and their texts elide (the whole text is the item's
// tool tip), so that a short column at the end, a status say, is never pushed out of sight.
class ColumnFitter : public QObject
{
public:
    static constexpr QLatin1StringView Name{"columnFitter"};

    explicit ColumnFitter(QTableView* table)
        : QObject(table)
        , m_table(table)
    {
        setObjectName(Name);
        table->viewport()->installEventFilter(this);
    }

    void fit()
    {
        QList<int> shown; // hidden columns take no room
        for (int column = 0; m_table->model() && column < m_table->model()->columnCount(); ++column) {
            if (!m_table->isColumnHidden(column)) {
                shown << column;
            }
        }
        const int columns = int(shown.size());
        const int available = m_table->viewport()->width();
        if (columns == 0 || available <= 0) {
            return;
        }
        QHeaderView* header = m_table->horizontalHeader();
        QList<int> natural;
        for (int column : std::as_const(shown)) {
            const QAbstractItemView* view = m_table; // QTableView hides it, QAbstractItemView doesn't
            natural << std::max(view->sizeHintForColumn(column), header->sectionSizeHint(column));
        }
        const QList<int> widths = Tables::fittedWidths(natural, available, header->minimumSectionSize());
        for (int i = 0; i < columns; ++i) {
            header->resizeSection(shown.at(i), widths.at(i));
        }
        // The last column takes what is left.
        if (header->stretchLastSection()) {
            header->setStretchLastSection(false);
            header->setStretchLastSection(true);
        }
    }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Resize && watched == m_table->viewport()) {
            fit();
        }
        return QObject::eventFilter(watched, event);
    }

private:
    QTableView* m_table;
};

} // namespace

namespace Tables {

QTableWidget* makeReadOnly(const QString& objectName, int columns, QWidget* parent)
{
    auto* table = new QTableWidget(parent);
    table->setObjectName(objectName);
    table->setColumnCount(columns);
    setUpReadOnly(table);
    return table;
}

void setUpReadOnly(QTableView* table)
{
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setTabKeyNavigation(false); // Tab leaves the table; arrows move inside it
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    // Headings sort only where a table is made sortable; elsewhere they don't look clickable.
    table->horizontalHeader()->setSectionsClickable(false);
    table->setWordWrap(false);
    table->setTextElideMode(Qt::ElideRight);
    new ColumnFitter(table);
}

void makeSortable(QTableWidget* table)
{
    table->setSortingEnabled(true);
    table->horizontalHeader()->setSectionsClickable(true);
}

int selectedRow(const QTableWidget* table)
{
    const QList<QTableWidgetItem*> selected = table->selectedItems();
    return selected.isEmpty() ? -1 : selected.first()->row();
}

void setRows(QTableWidget* table, const QList<QStringList>& rows)
{
    const bool sorting = table->isSortingEnabled();
    table->setSortingEnabled(false);
    table->setRowCount(int(rows.size()));
    for (int row = 0; row < rows.size(); ++row) {
        for (int column = 0; column < rows[row].size(); ++column) {
            auto* item = new QTableWidgetItem(rows[row][column]);
            item->setToolTip(rows[row][column]); // the whole text where the column elides it
            table->setItem(row, column, item);
        }
    }
    table->setSortingEnabled(sorting);
    fitColumns(table);
}

QList<int> fittedWidths(const QList<int>& natural, int available, int minimum)
{
    int total = 0;
    for (int width : natural) {
        total += width;
    }
    if (natural.isEmpty() || total <= available) {
        return natural;
    }
    // The largest cap at which the columns, none wider than it, fit the width.
    QList<int> sorted = natural;
    std::sort(sorted.begin(), sorted.end());
    int cap = sorted.constLast();
    int below = 0; // the width of the columns narrower than the cap
    for (qsizetype i = 0; i < sorted.size(); ++i) {
        const int share = (available - below) / int(sorted.size() - i);
        if (share <= sorted.at(i)) {
            cap = std::max(share, minimum);
            break;
        }
        below += sorted.at(i);
    }
    QList<int> widths;
    for (int width : natural) {
        widths << std::min(width, cap);
    }
    return widths;
}

void fitColumns(QTableView* table)
{
    if (auto* fitter = table->findChild<QObject*>(ColumnFitter::Name, Qt::FindDirectChildrenOnly)) {
        static_cast<ColumnFitter*>(fitter)->fit();
    } else {
        table->resizeColumnsToContents();
    }
}

} // namespace Tables
