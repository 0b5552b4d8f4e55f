#pragma once

// Reads that must not hold up the interface (ARCHITECTURE §9): a count of a million customers, an
// export. A thread of its own with a connection of its own to the workspace, opened as the
// person's (Database::readerSettings), runs them one after another. Each read is a function of
// that connection; its result reaches the caller back on the reader's own thread (the caller's),
// for a context object: when that is gone first, the result goes nowhere.
//
// A read that was asked for again before its turn came (another keystroke, another count) is
// skipped: the latest of the same kind is what the person waits for. A write (an export) is never
// skipped for a later one.

#include "common/Result.h"
#include "storage/Database.h"

#include <QObject>
#include <QPointer>
#include <QThread>

#include <array>
#include <atomic>
#include <functional>
#include <memory>

class QIODevice;

class BackgroundReader : public QObject
{
    Q_OBJECT

public:
    explicit BackgroundReader(Database::ReaderSettings settings, QObject* parent = nullptr);
    // Stops a write under way, skips what waits, waits for the read under way and closes the
    // connection.
    ~BackgroundReader() override;

    // Runs read on the reader's connection, then done(result) on context's thread. Of the reads
    // of one kind (0 to Kinds - 1), one asked for later makes those not yet begun skip theirs.
    template <typename T>
    void read(int kind, QObject* context, std::function<Result<T>(const QSqlDatabase&)> read,
              std::function<void(const Result<T>&)> done)
    {
        run<T>(kind, context, std::move(read), std::move(done), true);
    }

    // A write of what the reader reads (an export) to out, telling progress how many rows are
    // written; progress returns false to stop.
    using Write = std::function<Status(const QSqlDatabase& db, QIODevice& out,
                                       const std::function<bool(qint64 written)>& progress)>;
    // Runs write as a read of ExportKind, never skipped for a later one: out and progress are the
    // reader thread's until done(status) comes, on the caller's thread, for context. A reader that
    // closes meanwhile stops it (progress is told to stop).
    void write(QObject* context, Write write, QIODevice& out, std::function<bool(qint64)> progress,
               std::function<void(const Status&)> done);

    static constexpr int Kinds = 4;
    // The kinds of read the pages ask for.
    static constexpr int CountKind = 0;
    static constexpr int ExportKind = 1;

private:
    class Worker;
    // latestOnly: skipped when another of its kind was asked for before its turn came.
    template <typename T>
    void run(int kind, QObject* context, std::function<Result<T>(const QSqlDatabase&)> read,
             std::function<void(const Result<T>&)> done, bool latestOnly)
    {
        // Back through this object, which lives on the caller's thread and outlives the reads:
        // whether context is still there is asked there.
        post(
            kind,
            [self = this, read = std::move(read), done = std::move(done),
             context = QPointer<QObject>(context)](const Result<QSqlDatabase>& db) {
                Result<T> result = db ? read(db.value()) : Result<T>(db.error());
                QMetaObject::invokeMethod(
                    self,
                    [done, context, result = std::move(result)]() {
                        if (context) {
                            done(result);
                        }
                    },
                    Qt::QueuedConnection);
            },
            latestOnly);
    }
    void post(int kind, std::function<void(const Result<QSqlDatabase>&)> work, bool latestOnly);

    QThread m_thread;
    Worker* m_worker = nullptr;
    // The latest read asked for of each kind; the worker's thread reads it too.
    std::shared_ptr<std::array<std::atomic<quint64>, Kinds>> m_latest;
    std::shared_ptr<std::atomic<bool>> m_closing; // set first thing by the destructor
};
