#include "SingleInstance.h"

#include "storage/WorkspaceLocation.h"

#include <QCryptographicHash>
#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QLocalServer>
#include <QLocalSocket>
#include <QLoggingCategory>
#include <QStringDecoder>
#include <QTimer>
#include <QtEndian>

#ifdef Q_OS_UNIX
#include <sys/socket.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcInstance, "partnerdesk.instance", QtWarningMsg)

namespace {

constexpr qsizetype HeaderBytes = 4; // quint32, big-endian: the length of the UTF-8 that follows
constexpr int MaxConnections = 32;
// A client that connects and then says nothing, or stops halfway, is not kept for ever.
constexpr int ConnectionTimeoutMs = 5000;
constexpr int ProbeTimeoutMs = 500;

QByteArray acknowledgement()
{
    return QByteArrayLiteral("ok");
}

uint currentUser()
{
#ifdef Q_OS_UNIX
    return ::getuid();
#else
    return 0;
#endif
}

// The workspace's path with links resolved, also for a file (or folders) not made yet: the nearest
// existing folder above it resolved, and the rest as written.
QString canonicalWorkspacePath(const QString& workspacePath)
{
    QString existing = QDir::cleanPath(QFileInfo(workspacePath).absoluteFilePath());
    QStringList rest;
    while (!QFileInfo::exists(existing)) {
        const QFileInfo info(existing);
        if (info.path() == existing) {
            break;
        }
        rest.prepend(info.fileName());
        existing = info.path();
    }
    const QString canonical = QFileInfo(existing).canonicalFilePath();
    QStringList parts{canonical.isEmpty() ? existing : canonical};
    parts << rest;
    return parts.join(u'/');
}

} // namespace

SingleInstance::SingleInstance(const QString& key, QObject* parent)
    : QObject(parent)
    , m_key(key)
    , m_server(new QLocalServer(this))
{
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    connect(m_server, &QLocalServer::newConnection, this, &SingleInstance::acceptConnections);
}

SingleInstance::~SingleInstance()
{
    // The sockets die with m_server, after this object's members; they must not call back.
    for (auto it = m_connections.keyBegin(); it != m_connections.keyEnd(); ++it) {
        (*it)->disconnect(this);
    }
}

QString SingleInstance::defaultKey(const QString& workspacePath)
{
    QString identity = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
    identity += u'\n' + QString::number(currentUser()) + u'\n' + QDir::homePath();
    // A shared workspace's address is the same from any folder; a file's path is made canonical.
    identity += u'\n'
        + (WorkspaceLocation::looksLikeServer(workspacePath) ? workspacePath : canonicalWorkspacePath(workspacePath));
    const QByteArray hash = QCryptographicHash::hash(identity.toUtf8(), QCryptographicHash::Sha256).toHex().left(12);
    const QString name = u"org.partnerdesk.PartnerDesk-"_s + QString::fromLatin1(hash);
#ifdef Q_OS_UNIX
    QString problem;
    const QString directory = privateDirectory(&problem);
    if (directory.isEmpty()) {
        qCWarning(lcInstance).noquote() << "Links are not handed between PartnerDesk windows:" << problem;
        return {};
    }
    const QString path = directory + u'/' + name;
    if (QFile::encodeName(path).size() >= 100) { // a socket path holds at most 107 bytes
        qCWarning(lcInstance) << "Links are not handed between PartnerDesk windows: the path" << path
                              << "is too long for a socket";
        return {};
    }
    return path;
#else
    return name;
#endif
}

QString SingleInstance::privateDirectory(QString* error)
{
#ifdef Q_OS_UNIX
    const uint uid = currentUser();
    QString directory;
    // $XDG_RUNTIME_DIR is the user's own by the specification, but it is only an environment
    // variable: it is used when it is what the specification says.
    const QString runtimeDir = qEnvironmentVariable("XDG_RUNTIME_DIR");
    if (!runtimeDir.isEmpty() && QDir::isAbsolutePath(runtimeDir)) {
        const QString problem = directoryProblem(fileStatus(runtimeDir), uid);
        if (problem.isEmpty()) {
            directory = QDir::cleanPath(runtimeDir) + u"/partnerdesk"_s;
        } else {
            qCInfo(lcInstance).noquote() << "Not using XDG_RUNTIME_DIR" << runtimeDir << ":" << problem;
        }
    }
    if (directory.isEmpty()) {
        directory = QDir::cleanPath(QDir::tempPath()) + u"/partnerdesk-"_s + QString::number(uid);
    }
    // Whatever is already there (another user may have made it first in a shared /tmp) is checked
    // like the directory made here; chmod because the umask may have taken bits off.
    const QByteArray encoded = QFile::encodeName(directory);
    if (::mkdir(encoded.constData(), 0700) == 0) {
        ::chmod(encoded.constData(), 0700);
    }
    const QString problem = directoryProblem(fileStatus(directory), uid);
    if (!problem.isEmpty()) {
        if (error) {
            *error = u"%1 %2"_s.arg(directory, problem);
        }
        return {};
    }
    return directory;
#else
    if (error) {
        *error = u"no private directory on this system"_s;
    }
    return {};
#endif
}

SingleInstance::FileStatus SingleInstance::fileStatus(const QString& path)
{
    FileStatus status;
#ifdef Q_OS_UNIX
    struct stat info
    {
    };
    if (::lstat(QFile::encodeName(path).constData(), &info) != 0) {
        return status;
    }
    status.exists = true;
    status.isSymLink = S_ISLNK(info.st_mode);
    status.isDirectory = S_ISDIR(info.st_mode);
    status.isSocket = S_ISSOCK(info.st_mode);
    status.owner = info.st_uid;
    status.permissions = info.st_mode & 07777;
#else
    Q_UNUSED(path);
#endif
    return status;
}

QString SingleInstance::directoryProblem(const FileStatus& status, uint uid)
{
    if (!status.exists) {
        return u"does not exist"_s;
    }
    if (status.isSymLink) {
        return u"is a symbolic link"_s;
    }
    if (!status.isDirectory) {
        return u"is not a directory"_s;
    }
    if (status.owner != uid) {
        return u"belongs to user %1"_s.arg(status.owner);
    }
    if (status.permissions != 0700) {
        return u"has mode %1, not 700"_s.arg(status.permissions, 0, 8);
    }
    return {};
}

QString SingleInstance::socketProblem(const FileStatus& status, uint uid)
{
    if (!status.isSocket) {
        return u"is not a socket"_s;
    }
    if (status.owner != uid) {
        return u"belongs to user %1"_s.arg(status.owner);
    }
    return {};
}

bool SingleInstance::peerIsUser(qintptr socketDescriptor, uint uid)
{
#if defined(Q_OS_LINUX)
    ucred credentials{};
    socklen_t size = sizeof credentials;
    if (::getsockopt(int(socketDescriptor), SOL_SOCKET, SO_PEERCRED, &credentials, &size) != 0) {
        return false;
    }
    return credentials.uid == uid;
#elif defined(Q_OS_UNIX)
    uid_t peer = 0;
    gid_t group = 0;
    return ::getpeereid(int(socketDescriptor), &peer, &group) == 0 && peer == uid;
#else
    Q_UNUSED(socketDescriptor);
    Q_UNUSED(uid);
    return true;
#endif
}

QString SingleInstance::keyProblem(bool socketFile) const
{
#ifdef Q_OS_UNIX
    QString problem;
    if (m_key.isEmpty()) {
        problem = u"there is no private directory for the socket"_s;
    } else if (!QDir::isAbsolutePath(m_key)) {
        problem = u"%1 is not in a private directory"_s.arg(m_key);
    } else {
        const QString directory = QFileInfo(m_key).path();
        problem = directoryProblem(fileStatus(directory), currentUser());
        if (!problem.isEmpty()) {
            problem = directory + u' ' + problem;
        } else if (const FileStatus socket = fileStatus(m_key); socketFile && socket.exists) {
            problem = socketProblem(socket, currentUser());
            if (!problem.isEmpty()) {
                problem = m_key + u' ' + problem;
            }
        }
    }
    if (!problem.isEmpty()) {
        qCWarning(lcInstance).noquote() << "Not using the socket:" << problem;
    }
    return problem;
#else
    Q_UNUSED(socketFile);
    return {};
#endif
}

bool SingleInstance::isListening() const
{
    return m_server->isListening();
}

bool SingleInstance::sendToRunning(const QString& message, int timeoutMs)
{
    const QByteArray payload = message.toUtf8();
    if (payload.isEmpty() || payload.size() > MaxMessageBytes) {
        qCWarning(lcInstance) << "Not sending a message of" << payload.size() << "bytes";
        return false;
    }
    if (!keyProblem(true).isEmpty()) {
        return false;
    }
    QByteArray frame(HeaderBytes, '\0');
    qToBigEndian<quint32>(static_cast<quint32>(payload.size()), frame.data());
    frame += payload;

    // The waits are signals in a local event loop rather than QLocalSocket::waitFor…(): a server
    // in this same thread (the tests run both sides) gets to accept, read and answer while we wait,
    // where a blocking wait would stall it until the timeout.
    QByteArray reply;
    bool finished = false;
    QEventLoop loop;
    const auto finish = [&] {
        finished = true;
        loop.quit();
    };
    QLocalSocket socket;
    QTimer timer;
    timer.setSingleShot(true);
    connect(&timer, &QTimer::timeout, &loop, finish);
    connect(&socket, &QLocalSocket::connected, &loop, [&] {
        // The link is a secret: it goes only to a process of this user.
        if (!peerIsUser(socket.socketDescriptor(), currentUser())) {
            qCWarning(lcInstance) << "The instance at" << m_key << "runs as another user; not handing it the link";
            socket.abort();
            finish();
            return;
        }
        socket.write(frame);
    });
    connect(&socket, &QLocalSocket::readyRead, &loop, [&] {
        reply += socket.read(acknowledgement().size() - reply.size());
        if (reply.size() >= acknowledgement().size()) {
            finish();
        }
    });
    connect(&socket, &QLocalSocket::errorOccurred, &loop, finish);
    connect(&socket, &QLocalSocket::disconnected, &loop, finish);

    timer.start(timeoutMs);
    socket.connectToServer(m_key); // may fail, or connect, before it returns
    if (!finished) {
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    }
    if (reply.size() < acknowledgement().size() && socket.isReadable()) {
        reply += socket.read(acknowledgement().size() - reply.size());
    }
    const bool taken = reply == acknowledgement();
    if (taken) {
        qCDebug(lcInstance) << "Handed a message to the instance at" << m_key;
    } else if (socket.error() == QLocalSocket::ServerNotFoundError
               || socket.error() == QLocalSocket::ConnectionRefusedError) {
        qCDebug(lcInstance) << "No instance listens at" << m_key;
    } else {
        qCWarning(lcInstance) << "The instance at" << m_key << "did not take the message:"
                              << (timer.isActive() ? socket.errorString() : u"no answer in time"_s);
    }
    socket.abort();
    return taken;
}

bool SingleInstance::listen()
{
    if (m_server->isListening()) {
        return true;
    }
    m_errorString.clear();
    if (const QString problem = keyProblem(false); !problem.isEmpty()) {
        m_errorString = u"Not listening: %1."_s.arg(problem);
        return false;
    }
    // Asked first because with UserAccessOption Qt 6 binds in a private directory and renames the
    // socket onto the name, which would silently take the name from a running instance.
    if (someoneAnswers()) {
        // Normal for a second window on another workspace; it just doesn't take links.
        m_errorString = u"Another instance already listens at %1."_s.arg(m_key);
        qCInfo(lcInstance).noquote() << m_errorString;
        return false;
    }
    bool listening = m_server->listen(m_key);
    if (!listening && m_server->serverError() == QAbstractSocket::AddressInUseError) {
        // Nobody answered, so it is what a crashed instance left behind.
        qCInfo(lcInstance) << "Removing the stale socket" << m_key;
        QLocalServer::removeServer(m_key);
        listening = m_server->listen(m_key);
    }
    if (!listening) {
        m_errorString = m_server->errorString();
        qCWarning(lcInstance).noquote() << "Cannot listen at" << m_key << ":" << m_errorString;
        return false;
    }
    qCDebug(lcInstance) << "Listening at" << m_server->fullServerName();
    return true;
}

bool SingleInstance::someoneAnswers() const
{
    // A listening server completes the connection in the kernel's backlog, even one in this thread.
    QLocalSocket probe;
    probe.connectToServer(m_key);
    const bool answered = probe.waitForConnected(ProbeTimeoutMs);
    probe.abort();
    return answered;
}

void SingleInstance::acceptConnections()
{
    while (QLocalSocket* socket = m_server->nextPendingConnection()) {
        if (m_connections.size() >= MaxConnections) {
            qCWarning(lcInstance) << "Too many clients at once; turning one away";
            socket->abort();
            socket->deleteLater();
            continue;
        }
        if (!peerIsUser(socket->socketDescriptor(), currentUser())) {
            qCWarning(lcInstance) << "Turning away a client of another user";
            socket->abort();
            socket->deleteLater();
            continue;
        }
        m_connections.insert(socket, {});
        connect(socket, &QLocalSocket::readyRead, this, [this, socket] { readFrom(socket); });
        connect(socket, &QLocalSocket::disconnected, this, [this, socket] { drop(socket); });
        QTimer::singleShot(ConnectionTimeoutMs, socket, [this, socket] { drop(socket); });
        readFrom(socket); // what arrived before the connections above
        if (m_connections.contains(socket) && socket->state() == QLocalSocket::UnconnectedState) {
            drop(socket);
        }
    }
}

void SingleInstance::readFrom(QLocalSocket* socket)
{
    const auto it = m_connections.find(socket);
    if (it == m_connections.end()) {
        return;
    }
    Connection& connection = it.value();
    if (connection.answered) {
        socket->readAll(); // one message per connection; the rest is ignored
        return;
    }
    connection.buffer += socket->read(HeaderBytes + MaxMessageBytes - connection.buffer.size());
    if (connection.buffer.size() < HeaderBytes) {
        return;
    }
    const quint32 length = qFromBigEndian<quint32>(connection.buffer.constData());
    if (length == 0 || length > MaxMessageBytes) {
        qCWarning(lcInstance) << "Dropping a message of" << length << "bytes";
        drop(socket);
        return;
    }
    if (connection.buffer.size() < HeaderBytes + static_cast<qsizetype>(length)) {
        return; // the rest comes with a later readyRead
    }
    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString message = decoder(QByteArrayView(connection.buffer).sliced(HeaderBytes, length));
    if (decoder.hasError()) {
        qCWarning(lcInstance) << "Dropping a message that is not UTF-8";
        drop(socket);
        return;
    }
    // The link is a secret (ARCHITECTURE §5): its length is all that is logged.
    qCDebug(lcInstance) << "Took a message of" << length << "bytes";
    connection.answered = true;
    connection.buffer.clear();
    socket->write(acknowledgement());
    socket->disconnectFromServer(); // after the answer is written; then disconnected() drops it

    // Queued so that a receiver that opens a dialog doesn't run inside this socket's readyRead,
    // and the answer goes out first; the order of messages is kept.
    QMetaObject::invokeMethod(
        this, [this, message] { Q_EMIT messageReceived(message); }, Qt::QueuedConnection);
}

void SingleInstance::drop(QLocalSocket* socket)
{
    if (!m_connections.remove(socket)) {
        return;
    }
    socket->disconnect(this);
    socket->abort();
    socket->deleteLater();
}
