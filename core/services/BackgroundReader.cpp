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

    // On the worker's thread: the connection, opened on the first read.
    Result<QSqlDatabase> connection()
    {
        if (!m_opened) {
            m_opened = Database::openReader(m_settings, m_name);
        }
        if (!*m_opened) {
            return m_opened->error();
        }
        return QSqlDatabase::database(m_name, false);
    }

    void close()
    {
        if (QSqlDatabase::contains(m_name)) {
            {
                QSqlDatabase db = QSqlDatabase::database(m_name, false);
                db.close();
            }
            QSqlDatabase::removeDatabase(m_name);
        }
    }

private:
    Database::ReaderSettings m_settings;
    QString m_name;
    std::optional<Status> m_opened;
};

BackgroundReader::BackgroundReader(Database::ReaderSettings settings, QObject* parent)
    : QObject(parent)
    , m_worker(new Worker(std::move(settings)))
    , m_latest(std::make_shared<std::array<std::atomic<quint64>, Kinds>>())
{
    m_thread.setObjectName(QStringLiteral("BackgroundReader"));
    m_worker->moveToThread(&m_thread);
    m_thread.start();
}

BackgroundReader::~BackgroundReader()
{
    for (std::atomic<quint64>& latest : *m_latest) {
        ++latest; // what is still waiting is skipped
    }
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker]() { worker->close(); }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
    delete m_worker;
}

void BackgroundReader::post(int kind, std::function<void(const Result<QSqlDatabase>&)> work)
{
    Q_ASSERT(kind >= 0 && kind < Kinds);
    const quint64 ticket = ++(*m_latest)[kind];
    QMetaObject::invokeMethod(
        m_worker,
        [worker = m_worker, latest = m_latest, kind, ticket, work = std::move(work)]() {
            if ((*latest)[kind] != ticket) {
                return; // asked for again since
            }
            work(worker->connection());
        },
        Qt::QueuedConnection);
}

void BackgroundReader::write(QObject* context, Write write, QIODevice& out, std::function<bool(qint64)> progress,
                             std::function<void(const Status&)> done)
{
    read<bool>(
        ExportKind, context,
        [write = std::move(write), &out, progress = std::move(progress)](const QSqlDatabase& db) -> Result<bool> {
            Status written = write(db, out, progress);
            if (!written) {
                return written.error();
            }
            return true;
        },
        [done = std::move(done)](const Result<bool>& written) { done(written ? Status() : Status(written.error())); });
}
