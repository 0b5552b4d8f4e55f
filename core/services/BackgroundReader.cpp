#include "BackgroundReader.h"

#include "storage/Database.h"

#include <QAtomicInt>

class BackgroundReader::Worker : public QObject
{
public:
    explicit Worker(Database::ReaderSettings settings)
        : m_settings(std::move(settings))
    {
        static QAtomicInt readers;
        m_name = QStringLiteral("reader/%1").arg(readers.fetchAndAddRelaxed(1));
    }

    // On the worker's thread: the connection, opened on the first read and again when lost.
    Result<QSqlDatabase> connection() { return Database::reader(m_settings, m_name); }
    void close() { Database::closeReader(m_name); }

private:
    Database::ReaderSettings m_settings;
    QString m_name;
};

BackgroundReader::BackgroundReader(Database::ReaderSettings settings, QObject* parent)
    : QObject(parent)
    , m_worker(new Worker(std::move(settings)))
    , m_latest(std::make_shared<std::array<std::atomic<quint64>, Kinds>>())
    , m_closing(std::make_shared<std::atomic<bool>>(false))
{
    m_thread.setObjectName(QStringLiteral("BackgroundReader"));
    m_worker->moveToThread(&m_thread);
    m_thread.start();
}

BackgroundReader::~BackgroundReader()
{
    *m_closing = true; // what is still waiting is skipped, and a write under way stops
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker]() { worker->close(); }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
    delete m_worker;
}

void BackgroundReader::post(int kind, std::function<void(const Result<QSqlDatabase>&)> work, bool latestOnly)
{
    Q_ASSERT(kind >= 0 && kind < Kinds);
    const quint64 ticket = ++(*m_latest)[kind];
    QMetaObject::invokeMethod(
        m_worker,
        [worker = m_worker, latest = m_latest, closing = m_closing, kind, ticket, latestOnly,
         work = std::move(work)]() {
            if (*closing || (latestOnly && (*latest)[kind] != ticket)) {
                return; // the reader is closing, or the read was asked for again since
            }
            work(worker->connection());
        },
        Qt::QueuedConnection);
}

void BackgroundReader::write(QObject* context, Write write, QIODevice& out, std::function<bool(qint64)> progress,
                             std::function<void(const Status&)> done)
{
    run<bool>(
        ExportKind, context,
        [write = std::move(write), &out, progress = std::move(progress),
         closing = m_closing](const QSqlDatabase& db) -> Result<bool> {
            Status written = write(db, out, [&](qint64 count) { return !*closing && progress(count); });
            if (!written) {
                return written.error();
            }
            return true;
        },
        [done = std::move(done)](const Result<bool>& written) { done(written ? Status() : Status(written.error())); },
        false);
}
