#include "Tables.h"

#include <QHeaderView>
#include <QTableWidget>

namespace Tables {

QTableWidget* makeReadOnly(const QString& objectName, int columns, QWidget* parent)
{
    auto* table = new QTableWidget(parent);
    table->setObjectName(objectName);
    table->setColumnCount(columns);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setTabKeyNavigation(false); // Tab leaves the table; arrows move inside it
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    return table;
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
            table->setItem(row, column, new QTableWidgetItem(rows[row][column]));
        }
    }
    table->setSortingEnabled(sorting);
    table->resizeColumnsToContents();
    // Sizing the last column to its contents leaves it that narrow once the header has been
    // laid out (after a language change, say): stretch it over the rest of the width again.
    QHeaderView* header = table->horizontalHeader();
    if (header->stretchLastSection()) {
        header->setStretchLastSection(false);
        header->setStretchLastSection(true);
    }
}

} // namespace Tables
