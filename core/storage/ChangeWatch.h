#pragma once

// Tells when the workspace changed, wherever the change was made, so that every open list can
// show it as it is now:
// - here: the workspace calls noteCommitted() after each change it saved;
// - at another desk of a shared workspace: every committed change is announced on a PostgreSQL
//   channel (SqlEngine::announceChange) that this connection listens to;
// - by another PartnerDesk on the same SQLite file: PRAGMA data_version, read every PollMs.
// changed() comes once for a burst of changes and at most every MinGapMs, so that lists reload
// calmly while another desk works fast.
//
// A shared workspace whose connection was lost waits for its server to answer again (asked on a
// worker thread: the window never waits for the network), then connects again and says
// changed(), since whatever happened meanwhile was not heard.

#include "storage/WorkspaceLocation.h"

#include <QElapsedTimer>
#include <QObject>
#include <QSqlDriver>
#include <QTimer>

class Database;

class ChangeWatch : public QObject
{
    Q_OBJECT

public:
    static constexpr int PollMs = 500;
    static constexpr int FirstDelayMs = 100;
    static constexpr int MinGapMs = 1000;
    // How often a lost server is asked whether it is back.
    static constexpr int RetryMs = 3000;

    explicit ChangeWatch(Database& database, QObject* parent = nullptr);
    ~ChangeWatch() override;

    // Watches the database, which is open; stop() before it is closed.
    void start();
    void stop();
    // A change was committed on this connection.
    void noteCommitted();

    // Whether the shared workspace's connection is up (always true for a file).
    bool isConnected() const { return m_connected; }

Q_SIGNALS:
    void changed();
    // The shared workspace's connection was lost, or made again.
    void connectionChanged(bool connected);

private:
    void poll();
    void listen();
    void notified(const QString& name, QSqlDriver::NotificationSource source);
    void askServer();
    void serverAnswered(bool answers);
    void noteChange();
    void setConnected(bool connected);

    Database& m_database;
    QTimer m_pollTimer;
    QTimer m_emitTimer;
    QElapsedTimer m_sinceEmitted;
    QElapsedTimer m_sinceAsked;
    qint64 m_dataVersion = -1;
    bool m_connected = true;
    bool m_asking = false;
};
