#pragma once

// Saving a list as a CSV file from a page: the file dialog in the Documents folder, the file
// written whole or not at all and kept private (S6), and a progress dialog with Cancel once the
// export takes a moment.

#include "common/Result.h"

#include <QCoreApplication>

#include <functional>

class QIODevice;
class QWidget;

class CsvExport
{
    Q_DECLARE_TR_FUNCTIONS(CsvExport)

public:
    // Writes the lines of the export, telling progress the count written so far; progress returns
    // false to stop.
    using Writer = std::function<Status(QIODevice& out, const std::function<bool(qint64)>& progress)>;

    // The file the person chose for title's export, suggested as fileName in their Documents folder;
    // empty when they cancelled.
    static QString askPath(QWidget* parent, const QString& title, const QString& fileName);

    // Writes path with writer. expected is the count to come, for a bar (0: counts up without one);
    // progressText has %1 for the count written. The error says why nothing was written, and that a
    // cancelled export wrote nothing.
    static Status write(QWidget* parent, const QString& path, const QString& title, const QString& progressText,
                        qint64 expected, const Writer& writer);
};
