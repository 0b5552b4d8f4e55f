#pragma once

// One PartnerDesk per user that takes invitation links: a second launch hands its link to the
// running instance over a local socket and exits (ARCHITECTURE §5).
//
// Wire format, one message per connection: a 4-byte big-endian length, then that many bytes of
// UTF-8 (1 to MaxMessageBytes). The server answers "ok" once it has emitted messageReceived and
// then closes; anything else (too long, empty, not UTF-8, cut short) is dropped without a signal.

#include <QByteArray>
#include <QHash>
#include <QObject>
#include <QString>

class QLocalServer;
class QLocalSocket;

class SingleInstance : public QObject
{
    Q_OBJECT

public:
    static constexpr qsizetype MaxMessageBytes = 8 * 1024;

    // key: a QLocalServer name, or an absolute socket path on Unix.
    explicit SingleInstance(const QString& key, QObject* parent = nullptr);
    ~SingleInstance() override;

    // A per-user key: in $XDG_RUNTIME_DIR (private to the user) when there is one, and named with
    // a hash of the user name and home path so that two users on one machine never share it.
    static QString defaultKey();

    QString key() const { return m_key; }
    bool isListening() const;

    // Hands message to the instance listening on key(). True once that instance has acknowledged
    // it; false when nobody listens, the message is empty or too long, or timeoutMs passes. Runs a
    // local event loop (user input excluded) while it waits, so a server in the same thread —
    // tests — still answers; call it before anything that must not be re-entered.
    bool sendToRunning(const QString& message, int timeoutMs = 2000);

    // Starts taking messages on a socket only the user can open. A socket left behind by a crashed
    // instance is replaced; false when another instance answers on the key (it keeps it) or the
    // socket can't be created (see errorString()).
    bool listen();
    QString errorString() const { return m_errorString; }

Q_SIGNALS:
    void messageReceived(const QString& message);

private:
    struct Connection
    {
        QByteArray buffer;
        bool answered = false;
    };

    void acceptConnections();
    void readFrom(QLocalSocket* socket);
    void drop(QLocalSocket* socket);
    bool someoneAnswers() const;

    QString m_key;
    QString m_errorString;
    QLocalServer* m_server = nullptr;
    QHash<QLocalSocket*, Connection> m_connections;
};
