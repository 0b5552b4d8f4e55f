#pragma once

// The read-only tables pages use for short lists: whole-row selection, no editing, every column
// kept within the visible width (long texts elide, their whole text a tool tip), last column
// stretched, rows filled from translated texts.

#include <QStringList>

class QTableView;
class QTableWidget;
class QWidget;

namespace Tables {

QTableWidget* makeReadOnly(const QString& objectName, int columns, QWidget* parent);
// The same for a view of a model of its own (a list read a page at a time): the cells' tool tips
// come from the model.
void setUpReadOnly(QTableView* table);
// Lets a click on a heading sort the table (the headings of makeReadOnly's tables don't look
// clickable until then).
void makeSortable(QTableWidget* table);
// The row of the first selected item, or -1 when nothing is selected.
int selectedRow(const QTableWidget* table);
// Replaces the rows with these texts, one QStringList a row, and fits the columns.
void setRows(QTableWidget* table, const QList<QStringList>& rows);
// Column widths that fit available: the natural widths when they fit, else the widest columns cut
// down to one cap, no column narrower than minimum, so that every column stays in sight.
QList<int> fittedWidths(const QList<int>& natural, int available, int minimum);
// Fits the columns again, after items were set some other way or headings changed.
void fitColumns(QTableView* table);

} // namespace Tables
