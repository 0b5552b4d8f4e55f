#pragma once

// Saving a list as a CSV file from a page: the file dialog in the Documents folder, the file
// written whole or not at all and kept private (S6), and a progress dialog with Cancel once the
// export takes a moment. An export of the workspace's lists is written on a BackgroundReader's
// thread, so that a million rows never hold up the window.

#include "common/Result.h"
#include "services/BackgroundReader.h"

#include <QCoreApplication>

#include <functional>

class QIODevice;
class QProgressDialog;
class QSaveFile;
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

    // The same, with writer run on reader's thread and connection: the window goes on meanwhile.
    static Status write(QWidget* parent, const QString& path, const QString& title, const QString& progressText,
                        qint64 expected, BackgroundReader& reader, const BackgroundReader::Write& writer);

private:
    // Opens path and shows progress as run writes to it and commits it; what run did not commit is
    // dropped. run gets the file and the dialog, whose Cancel it heeds.
    using Run = std::function<Status(QSaveFile& out, QProgressDialog& progress)>;
    static Status save(QWidget* parent, const QString& path, const QString& title, const QString& progressText,
                       qint64 expected, int showAfterMs, const Run& run);
};
