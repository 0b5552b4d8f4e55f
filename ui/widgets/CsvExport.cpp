#include "CsvExport.h"

#include "storage/PrivateFiles.h"

#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QLocale>
#include <QProgressDialog>
#include <QSaveFile>
#include <QStandardPaths>

namespace {

// An export shows its progress once it takes longer than this.
constexpr int ProgressAfterMs = 400;

} // namespace

QString CsvExport::askPath(QWidget* parent, const QString& title, const QString& fileName)
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return QFileDialog::getSaveFileName(parent, title, folder + QLatin1Char('/') + fileName, tr("CSV files (*.csv)"));
}

Status CsvExport::write(QWidget* parent, const QString& path, const QString& title, const QString& progressText,
                        qint64 expected, const Writer& writer)
{
    // A new export is the user's alone (S6), as the workspace is.
    QSaveFile file(path);
    Status opened = PrivateFiles::openForWriting(file);
    if (!opened) {
        return opened;
    }
    QProgressDialog progress(progressText.arg(QLocale().toString(0)), tr("Cancel"), 0, 0, parent);
    progress.setObjectName(QStringLiteral("exportProgressDialog"));
    progress.setWindowTitle(title);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(ProgressAfterMs);
    progress.setMaximum(int(qMin<qint64>(expected, INT_MAX)));
    Status written = writer(file, [&](qint64 count) {
        if (expected > 0) {
            progress.setValue(int(qMin(count, expected)));
        }
        progress.setLabelText(progressText.arg(QLocale().toString(count)));
        QApplication::processEvents();
        return !progress.wasCanceled();
    });
    const bool cancelled = progress.wasCanceled(); // reset() forgets it
    progress.reset();
    if (!written) {
        file.cancelWriting();
        if (cancelled) {
            return Error(ErrorCode::InvalidState, tr("The export was cancelled; no file was written."));
        }
        return written;
    }
    if (!file.commit()) {
        return Error(ErrorCode::Storage,
                     tr("%1 could not be written: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    }
    return {};
}
