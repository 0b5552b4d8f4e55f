#include "CsvExport.h"

#include "storage/PrivateFiles.h"

#include <QApplication>
#include <QDir>
#include <QEventLoop>
#include <QFileDialog>
#include <QLocale>
#include <QProgressDialog>
#include <QSaveFile>
#include <QSemaphore>
#include <QStandardPaths>
#include <QTimer>

#include <atomic>
#include <optional>

namespace {

// An export shows its progress once it takes longer than this.
constexpr int ProgressAfterMs = 400;
// How often the progress of an export on another thread is shown.
constexpr int ProgressEveryMs = 100;

// Keeps what was written. It waits for the disk: a reader's export commits on the reader's thread.
Status commit(QSaveFile& file)
{
    if (!file.commit()) {
        return Error(ErrorCode::Storage,
                     CsvExport::tr("%1 could not be written: %2")
                         .arg(QDir::toNativeSeparators(file.fileName()), file.errorString()));
    }
    return {};
}

// The rows written so far, in the dialog's text and, when the count to come is known, its bar.
void showProgress(QProgressDialog& progress, const QString& progressText, qint64 expected, qint64 count)
{
    if (expected > 0) {
        progress.setValue(int(qMin(count, expected)));
    }
    progress.setLabelText(progressText.arg(QLocale().toString(count)));
}

} // namespace

QString CsvExport::askPath(QWidget* parent, const QString& title, const QString& fileName)
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return QFileDialog::getSaveFileName(parent, title, folder + QLatin1Char('/') + fileName, tr("CSV files (*.csv)"));
}

Status CsvExport::write(QWidget* parent, const QString& path, const QString& title, const QString& progressText,
                        qint64 expected, const Writer& writer)
{
    return save(parent, path, title, progressText, expected, ProgressAfterMs,
                [&](QSaveFile& out, QProgressDialog& progress) {
                    Status written = writer(out, [&](qint64 count) {
                        showProgress(progress, progressText, expected, count);
                        QApplication::processEvents();
                        return !progress.wasCanceled();
                    });
                    return written ? commit(out) : written;
                });
}

Status CsvExport::write(QWidget* parent, const QString& path, const QString& title, const QString& progressText,
                        qint64 expected, BackgroundReader& reader, const BackgroundReader::Write& writer)
{
    // Shown at once, window-modal: nothing else in the window starts meanwhile (another export,
    // a sign-out) while this one waits in its own event loop.
    return save(parent, path, title, progressText, expected, 0, [&](QSaveFile& out, QProgressDialog& progress) {
        // The reader's thread writes the file alone until it is done; this one shows how far it
        // got and passes on a Cancel. What both threads touch lives as long as either needs it.
        struct Shared
        {
            std::atomic<qint64> written{0};
            std::atomic<bool> cancelled{false};
            std::atomic<bool> committed{false}; // the file is kept, whatever happens next
            QSemaphore ended; // released once the write has returned
        };
        auto shared = std::make_shared<Shared>();
        std::optional<Status> finished;
        QEventLoop loop;
        reader.write(
            &loop,
            [writer, shared, &out](const auto& db, QIODevice& file, const std::function<bool(qint64)>& told) {
                Status written = writer(db, file, told);
                if (written) {
                    written = commit(out); // out is file, which lives until ended is released
                    shared->committed = written.ok();
                }
                shared->ended.release();
                return written;
            },
            out,
            [shared](qint64 count) {
                shared->written = count;
                return !shared->cancelled;
            },
            [&](const Status& done) {
                finished = done;
                loop.quit();
            });
        // A reader closed first (its page gone) stopped the export and has waited for it.
        const auto stopped = [&shared]() {
            return shared->committed ? Status() : Status(Error(ErrorCode::InvalidState, tr("The export was stopped.")));
        };
        QObject::connect(&reader, &QObject::destroyed, &loop, [&]() {
            if (!finished) {
                finished = stopped();
            }
            loop.quit();
        });
        QTimer tick;
        tick.setInterval(ProgressEveryMs);
        QObject::connect(&tick, &QTimer::timeout, &loop,
                         [&]() { showProgress(progress, progressText, expected, shared->written); });
        QObject::connect(&progress, &QProgressDialog::canceled, &loop, [&]() {
            shared->cancelled = true;
            tick.stop(); // the dialog stays closed
        });
        tick.start();
        if (!finished) {
            loop.exec();
        }
        if (!finished) {
            // The application is quitting: the write stops and is waited for, since the file it
            // writes goes when this returns.
            shared->cancelled = true;
            shared->ended.acquire();
            finished = stopped();
        }
        return *finished;
    });
}

Status CsvExport::save(QWidget* parent, const QString& path, const QString& title, const QString& progressText,
                       qint64 expected, int showAfterMs, const Run& run)
{
    // A new export is the user's alone (S6), as the workspace is.
    QSaveFile file(path);
    Status opened = PrivateFiles::openForWriting(file);
    if (!opened) {
        return opened;
    }
    // The window's, not the page's: a page that goes while the export runs doesn't take it along.
    QProgressDialog progress(progressText.arg(QLocale().toString(0)), tr("Cancel"), 0, 0,
                             parent ? parent->window() : nullptr);
    progress.setObjectName(QStringLiteral("exportProgressDialog"));
    progress.setWindowTitle(title);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(showAfterMs);
    progress.setAutoReset(false); // reaching the count expected, it stays until the file is written
    progress.setMaximum(int(qMin<qint64>(expected, INT_MAX)));
    Status written = run(file, progress);
    const bool cancelled = progress.wasCanceled(); // reset() forgets it
    progress.reset();
    if (!written) {
        file.cancelWriting();
        if (cancelled) {
            return Error(ErrorCode::InvalidState, tr("The export was cancelled; no file was written."));
        }
        return written;
    }
    return {};
}
