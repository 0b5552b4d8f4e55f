#include "ChangeWatch.h"

#include "storage/Database.h"
#include "storage/PostgresAdapter.h"
#include "storage/SqlQuery.h"
#include "storage/SqliteAdapter.h"

#include <QFuture>
#include <QLoggingCategory>
#include <QPromise>
#include <QSqlError>
#include <QThreadPool>

#include <algorithm>

ChangeWatch::ChangeWatch(Database& database, QObject* parent)
    : QObject(parent)
    , m_database(database)
{
    m_pollTimer.setInterval(PollMs);
    connect(&m_pollTimer, &QTimer::timeout, this, &ChangeWatch::poll);
    m_emitTimer.setSingleShot(true);
    connect(&m_emitTimer, &QTimer::timeout, this, [this]() {
        m_sinceEmitted.restart();
        Q_EMIT changed();
    });
}

ChangeWatch::~ChangeWatch() = default;

void ChangeWatch::start()
{
    m_dataVersion = -1;
    m_connected = true;
    if (m_database.location().isShared()) {
        listen();
    } else if (m_database.path() == QLatin1String(":memory:")) {
        return; // no other connection can see it
    }
    poll();
    m_pollTimer.start();
}

void ChangeWatch::stop()
{
    m_pollTimer.stop();
    m_emitTimer.stop();
    const QSqlDatabase db = m_database.connection();
    if (db.isValid()) {
        disconnect(db.driver(), nullptr, this, nullptr);
    }
}

void ChangeWatch::noteCommitted()
{
    noteChange();
}

void ChangeWatch::noteChange()
{
    if (m_emitTimer.isActive()) {
        return; // this change is told with the ones before it
    }
    int delay = FirstDelayMs;
    if (m_sinceEmitted.isValid()) {
        delay = std::max<qint64>(delay, MinGapMs - m_sinceEmitted.elapsed());
    }
    m_emitTimer.start(delay);
}

void ChangeWatch::poll()
{
    const QSqlDatabase db = m_database.connection();
    // Work in progress on this connection (an export that lets the window repaint) ends first.
    // A lost connection is not open any more, but it is still the workspace's.
    if (!db.isValid() || Transaction::isOpenOn(db)) {
        return;
    }
    if (!m_database.location().isShared()) {
        auto version = SqlQuery::scalar(db, SqliteAdapter::dataVersion());
        if (!version) {
            return;
        }
        const qint64 now = version->toLongLong();
        if (m_dataVersion >= 0 && now != m_dataVersion) {
            noteChange();
        }
        m_dataVersion = now;
        return;
    }
    if (!PostgresAdapter::isConnected(db)) {
        setConnected(false);
        if (!m_asking && (!m_sinceAsked.isValid() || m_sinceAsked.elapsed() >= RetryMs)) {
            askServer();
        }
        return;
    }
    if (!m_connected
        || !db.driver()->subscribedToNotifications().contains(QLatin1String(PostgresAdapter::ChangeChannel))) {
        // Connected again by a change made meanwhile: what others did while it was down is unknown.
        listen();
        setConnected(true);
        noteChange();
    }
}

void ChangeWatch::listen()
{
    QSqlDriver* driver = m_database.connection().driver();
    const QString channel = QLatin1String(PostgresAdapter::ChangeChannel);
    connect(driver, &QSqlDriver::notification, this, &ChangeWatch::notified, Qt::UniqueConnection);
    if (!driver->subscribedToNotifications().contains(channel) && !driver->subscribeToNotification(channel)) {
        qCWarning(lcStorage) << "Could not listen to the workspace's changes:" << driver->lastError().text();
    }
}

void ChangeWatch::notified(const QString& name, QSqlDriver::NotificationSource source)
{
    // This desk's own changes are told by noteCommitted(), as soon as they are committed.
    if (name == QLatin1String(PostgresAdapter::ChangeChannel) && source != QSqlDriver::SelfSource) {
        noteChange();
    }
}

void ChangeWatch::askServer()
{
    m_asking = true;
    m_sinceAsked.restart();
    auto promise = std::make_shared<QPromise<bool>>();
    QFuture<bool> answer = promise->future();
    promise->start();
    QThreadPool::globalInstance()->start([promise, location = m_database.location()]() {
        promise->addResult(PostgresAdapter::answers(location));
        promise->finish();
    });
    // The continuation runs on this watch's thread, and not at all once the watch is gone.
    answer.then(this, [this](bool answers) { serverAnswered(answers); });
}

void ChangeWatch::serverAnswered(bool answers)
{
    m_asking = false;
    if (!answers || !m_pollTimer.isActive() || !m_database.reconnect()) {
        return;
    }
    listen();
    setConnected(true);
    noteChange();
}

void ChangeWatch::setConnected(bool connected)
{
    if (m_connected != connected) {
        m_connected = connected;
        Q_EMIT connectionChanged(connected);
    }
}
