#pragma once

// One PartnerDesk per user and workspace that takes invitation links: a second launch on the same
// workspace hands its link to the running instance over a local socket and exits (ARCHITECTURE §5).
//
// The socket lives in a directory private to the user (S7): a real directory, not a symbolic
// link, owned by the user with mode 0700, checked before listening and before connecting. A link
// goes only to a socket file the user owns, whose peer runs as the user; otherwise it isn't sent.
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

    // What lstat() says of a path, apart so that tests can check what root can't arrange.
    struct FileStatus
    {
        bool exists = false;
        bool isSymLink = false;
        bool isDirectory = false;
        bool isSocket = false;
        uint owner = 0;
        uint permissions = 0; // the mode's 07777 bits
    };

    // key: on Unix an absolute socket path in a private directory (see privateDirectory()); an
    // empty key means no private directory could be had, and the instance neither listens nor
    // sends.
    explicit SingleInstance(const QString& key, QObject* parent = nullptr);
    ~SingleInstance() override;

    // The key of the instance on the workspace at workspacePath, for this user: in
    // privateDirectory(), named with a hash of the user and the workspace's canonical path, so
    // that a link goes only to an instance on the same workspace. Empty when there is no private
    // directory.
    static QString defaultKey(const QString& workspacePath);
    // $XDG_RUNTIME_DIR/partnerdesk when $XDG_RUNTIME_DIR is the user's own (0700, not a link),
    // else partnerdesk-<uid> in the temporary directory; created 0700 if missing and checked.
    // Empty (with the reason in error) when what is there is not private.
    static QString privateDirectory(QString* error = nullptr);

    static FileStatus fileStatus(const QString& path);
    // Empty when a directory with status is private to the user uid; else why not.
    static QString directoryProblem(const FileStatus& status, uint uid);
    // Empty when a socket file with status belongs to the user uid; else why not.
    static QString socketProblem(const FileStatus& status, uint uid);
    // True when the process at the other end of the connected local socket descriptor runs as uid.
    static bool peerIsUser(qintptr socketDescriptor, uint uid);

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
    // Empty when the key's directory is private to this user (and, when socketFile, the socket
    // file at the key is the user's); else why not, which is logged.
    QString keyProblem(bool socketFile) const;

    QString m_key;
    QString m_errorString;
    QLocalServer* m_server = nullptr;
    QHash<QLocalSocket*, Connection> m_connections;
};
