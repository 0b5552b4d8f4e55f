#include "SingleInstance.h"

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

QString SingleInstance::defaultKey()
{
    QString identity = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
#ifdef Q_OS_UNIX
    identity += u'\n' + QString::number(::getuid());
#endif
    identity += u'\n' + QDir::homePath();
    const QByteArray hash = QCryptographicHash::hash(identity.toUtf8(), QCryptographicHash::Sha256).toHex().left(12);
    const QString name = u"org.partnerdesk.PartnerDesk-"_s + QString::fromLatin1(hash);
#ifdef Q_OS_UNIX
    // Elsewhere the name lands in the shared temporary directory, where it is only as private as
    // the socket's own permissions. A socket path holds at most 107 bytes.
    const QString runtimeDir = qEnvironmentVariable("XDG_RUNTIME_DIR");
    const QFileInfo runtime(runtimeDir);
    if (!runtimeDir.isEmpty() && runtime.isAbsolute() && runtime.isDir() && runtime.ownerId() == ::getuid()) {
        const QString path = QDir(runtimeDir).filePath(name);
        if (QFile::encodeName(path).size() < 100) {
            return path;
        }
    }
#endif
    return name;
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
    connect(&socket, &QLocalSocket::connected, &loop, [&] { socket.write(frame); });
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
