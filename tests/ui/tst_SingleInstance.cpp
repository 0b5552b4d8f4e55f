// The hand-over of invitation links to a running PartnerDesk (ARCHITECTURE §5): what a second
// launch sends arrives exactly and in order, a crashed instance's socket doesn't block the next
// one, and malformed, oversized or abandoned messages never reach the window.
//
// Sender and server run in this one thread: sendToRunning() waits in a local event loop, so the
// server accepts and answers during that wait. Each test uses its own key, so runs never meet.

#include "SingleInstance.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLocalServer>
#include <QLocalSocket>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QUuid>
#include <QtEndian>

#include <atomic>
#include <memory>
#include <vector>

#ifdef Q_OS_UNIX
#include <cstring>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;

namespace {

// The wire format of SingleInstance.h: a big-endian quint32 length, then the bytes.
QByteArray frame(const QByteArray& payload, quint32 declaredLength)
{
    QByteArray bytes(4, '\0');
    qToBigEndian<quint32>(declaredLength, bytes.data());
    return bytes + payload;
}

QByteArray frame(const QByteArray& payload)
{
    return frame(payload, static_cast<quint32>(payload.size()));
}

// The sockets the server still holds for its clients.
qsizetype serverConnections(const SingleInstance& instance)
{
    return instance.findChildren<QLocalSocket*>().size();
}

} // namespace

class TestSingleInstance : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void nothingListening();
    void defaultKeyIsPerUser();
    void receivesExactMessage_data();
    void receivesExactMessage();
    void messagesFromSeveralClientsArriveInOrder();
    void interleavedClientsAreEachAnswered();
    void senderInAnotherThread();
    void staleSocketDoesNotStopListen_data();
    void staleSocketDoesNotStopListen();
    void secondListenerDoesNotTakeOver();
    void malformedMessageIsDropped_data();
    void malformedMessageIsDropped();
    void senderRefusesOversizedMessage();
    void clientLeavingEarlyProducesNoSignal_data();
    void clientLeavingEarlyProducesNoSignal();
    void silentClientIsTurnedAway();

private:
    QString m_key;
};

void TestSingleInstance::init()
{
    m_key = u"partnerdesk-test-"_s + QUuid::createUuid().toString(QUuid::Id128);
}

void TestSingleInstance::cleanup()
{
    QLocalServer::removeServer(m_key);
}

void TestSingleInstance::nothingListening()
{
    SingleInstance sender(m_key);
    QElapsedTimer elapsed;
    elapsed.start();
    QVERIFY(!sender.sendToRunning(u"partnerdesk://invitation/abc"_s));
    QVERIFY2(elapsed.elapsed() < 1000, "no listener is known at once, not after the timeout");
    QVERIFY(!sender.isListening());
}

void TestSingleInstance::defaultKeyIsPerUser()
{
    const QByteArray savedRuntimeDir = qgetenv("XDG_RUNTIME_DIR");
    const auto restore = qScopeGuard([&] {
        if (savedRuntimeDir.isNull()) {
            qunsetenv("XDG_RUNTIME_DIR");
        } else {
            qputenv("XDG_RUNTIME_DIR", savedRuntimeDir);
        }
    });

    qunsetenv("XDG_RUNTIME_DIR");
    const QString key = SingleInstance::defaultKey();
    QVERIFY(key.startsWith(u"org.partnerdesk.PartnerDesk-"_s));
    QCOMPARE(key.size(), u"org.partnerdesk.PartnerDesk-"_s.size() + 12);
    QCOMPARE(SingleInstance::defaultKey(), key);

#ifdef Q_OS_UNIX
    QTemporaryDir runtimeDir;
    QVERIFY(runtimeDir.isValid());
    qputenv("XDG_RUNTIME_DIR", QFile::encodeName(runtimeDir.path()));
    QCOMPARE(SingleInstance::defaultKey(), QDir(runtimeDir.path()).filePath(key));

    // The default key works end to end in the runtime directory.
    SingleInstance running(SingleInstance::defaultKey());
    QSignalSpy received(&running, &SingleInstance::messageReceived);
    QVERIFY(running.listen());
    QVERIFY(QFileInfo::exists(QDir(runtimeDir.path()).filePath(key)));
    SingleInstance second(SingleInstance::defaultKey());
    QVERIFY(second.sendToRunning(u"partnerdesk://invitation/runtime"_s));
    QTRY_COMPARE(received.count(), 1);
#endif
}

void TestSingleInstance::receivesExactMessage_data()
{
    QTest::addColumn<QString>("message");

    QTest::newRow("link") << u"partnerdesk://invitation/q1w2e3r4t5y6u7i8o9p0-_AbCdEfGhIjKlMnOpQrStUv"_s;
    QTest::newRow("non-ASCII") << u"partnerdesk://invitation/añejo-Ünïcødé-日本語-🙂"_s;
    QTest::newRow("2,000 characters") << u"partnerdesk://invitation/"_s + QString(1975, u'x');
    QTest::newRow("8 KiB, the largest allowed") << QString(SingleInstance::MaxMessageBytes / 2, u'ñ');
}

void TestSingleInstance::receivesExactMessage()
{
    QFETCH(QString, message);

    SingleInstance running(m_key);
    QSignalSpy received(&running, &SingleInstance::messageReceived);
    QVERIFY(running.listen());
    QVERIFY(running.isListening());

    SingleInstance second(m_key);
    QVERIFY(second.sendToRunning(message));
    QTRY_COMPARE(received.count(), 1);
    QCOMPARE(received.at(0).at(0).toString(), message);
    QTRY_COMPARE(serverConnections(running), 0);
}

void TestSingleInstance::messagesFromSeveralClientsArriveInOrder()
{
    SingleInstance running(m_key);
    QSignalSpy received(&running, &SingleInstance::messageReceived);
    QVERIFY(running.listen());

    QStringList sent;
    for (int i = 1; i <= 5; ++i) {
        SingleInstance launch(m_key);
        sent << u"partnerdesk://invitation/token-%1"_s.arg(i);
        QVERIFY(launch.sendToRunning(sent.last()));
    }
    QTRY_COMPARE(received.count(), sent.size());
    QStringList arrived;
    for (const QList<QVariant>& arguments : received) {
        arrived << arguments.at(0).toString();
    }
    QCOMPARE(arrived, sent);
    QTRY_COMPARE(serverConnections(running), 0);
}

void TestSingleInstance::interleavedClientsAreEachAnswered()
{
    SingleInstance running(m_key);
    QSignalSpy received(&running, &SingleInstance::messageReceived);
    QVERIFY(running.listen());

    // Three clients connected at once, each message written in two parts, the parts interleaved:
    // the server keeps one buffer per client and copes with partial reads.
    const QStringList messages{u"partnerdesk://invitation/first"_s, u"partnerdesk://invitation/segundo-ñ"_s,
                               u"partnerdesk://invitation/third"_s};
    std::vector<std::unique_ptr<QLocalSocket>> clients;
    QList<QByteArray> frames;
    for (const QString& message : messages) {
        clients.push_back(std::make_unique<QLocalSocket>());
        clients.back()->connectToServer(m_key);
        QVERIFY(clients.back()->waitForConnected(1000));
        frames << frame(message.toUtf8());
    }
    for (size_t i = 0; i < clients.size(); ++i) {
        clients[i]->write(frames.at(static_cast<qsizetype>(i)).left(6));
        QVERIFY(clients[i]->waitForBytesWritten(1000));
    }
    QTest::qWait(50);
    QCOMPARE(received.count(), 0);
    for (size_t i = clients.size(); i-- > 0;) {
        clients[i]->write(frames.at(static_cast<qsizetype>(i)).mid(6));
        QVERIFY(clients[i]->waitForBytesWritten(1000));
    }
    QTRY_COMPARE(received.count(), 3);
    // The order among clients whose data the server reads in one pass is the system's to choose.
    QStringList arrived;
    for (const QList<QVariant>& arguments : received) {
        arrived << arguments.at(0).toString();
    }
    arrived.sort();
    QStringList expected = messages;
    expected.sort();
    QCOMPARE(arrived, expected);
    for (const auto& client : clients) {
        QTRY_COMPARE(client->bytesAvailable(), qint64(2));
        QCOMPARE(client->readAll(), QByteArrayLiteral("ok"));
    }
    QTRY_COMPARE(serverConnections(running), 0);
}

void TestSingleInstance::senderInAnotherThread()
{
    SingleInstance running(m_key);
    QSignalSpy received(&running, &SingleInstance::messageReceived);
    QVERIFY(running.listen());

    std::atomic<bool> taken = false;
    const QString key = m_key;
    std::unique_ptr<QThread> thread(QThread::create([&taken, key] {
        SingleInstance launch(key);
        taken = launch.sendToRunning(u"partnerdesk://invitation/from-a-thread"_s);
    }));
    thread->start();
    QTRY_VERIFY(thread->isFinished());
    thread->wait();
    QVERIFY(taken);
    QTRY_COMPARE(received.count(), 1);
    QCOMPARE(received.at(0).at(0).toString(), u"partnerdesk://invitation/from-a-thread"_s);
}

void TestSingleInstance::staleSocketDoesNotStopListen_data()
{
    QTest::addColumn<bool>("socketFile");

#ifdef Q_OS_UNIX
    QTest::newRow("socket left by a crashed instance") << true;
#endif
    QTest::newRow("empty file in the way") << false;
}

void TestSingleInstance::staleSocketDoesNotStopListen()
{
    QFETCH(bool, socketFile);

    const QString path = QDir::cleanPath(QDir::tempPath()) + u'/' + m_key;
    if (socketFile) {
#ifdef Q_OS_UNIX
        // What a crash leaves: a bound socket file that nobody accepts on. QLocalServer::close()
        // would remove the file, so this binds and closes without it.
        const QByteArray encoded = QFile::encodeName(path);
        sockaddr_un address{};
        address.sun_family = AF_UNIX;
        QVERIFY(encoded.size() < static_cast<qsizetype>(sizeof address.sun_path));
        std::memcpy(address.sun_path, encoded.constData(), static_cast<size_t>(encoded.size()) + 1);
        const int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
        QVERIFY(fd >= 0);
        QCOMPARE(::bind(fd, reinterpret_cast<const sockaddr*>(&address), sizeof address), 0);
        QCOMPARE(::listen(fd, 1), 0);
        ::close(fd);
#endif
    } else {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
    }
    QVERIFY(QFileInfo::exists(path));

    SingleInstance launch(m_key);
    QVERIFY(!launch.sendToRunning(u"partnerdesk://invitation/nobody-home"_s));

    SingleInstance running(m_key);
    QSignalSpy received(&running, &SingleInstance::messageReceived);
    QVERIFY2(running.listen(), qPrintable(running.errorString()));
    QVERIFY(launch.sendToRunning(u"partnerdesk://invitation/after-the-crash"_s));
    QTRY_COMPARE(received.count(), 1);
    QCOMPARE(received.at(0).at(0).toString(), u"partnerdesk://invitation/after-the-crash"_s);
}

void TestSingleInstance::secondListenerDoesNotTakeOver()
{
    SingleInstance first(m_key);
    QSignalSpy firstReceived(&first, &SingleInstance::messageReceived);
    QVERIFY(first.listen());

    SingleInstance second(m_key);
    QSignalSpy secondReceived(&second, &SingleInstance::messageReceived);
    QVERIFY(!second.listen());
    QVERIFY(!second.errorString().isEmpty());
    QVERIFY(!second.isListening());

    SingleInstance launch(m_key);
    QVERIFY(launch.sendToRunning(u"partnerdesk://invitation/to-the-first"_s));
    QTRY_COMPARE(firstReceived.count(), 1);
    QCOMPARE(secondReceived.count(), 0);
}

void TestSingleInstance::malformedMessageIsDropped_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("logged");

    const QByteArray oversized(SingleInstance::MaxMessageBytes + 1, 'x');
    QTest::newRow("8 KiB + 1 byte") << frame(oversized) << u"Dropping a message of 8193 bytes"_s;
    QTest::newRow("huge declared length")
        << frame(QByteArrayLiteral("partnerdesk://"), 0xffffffffU) << u"Dropping a message of 4294967295 bytes"_s;
    QTest::newRow("empty") << frame({}) << u"Dropping a message of 0 bytes"_s;
    QTest::newRow("not UTF-8") << frame(QByteArrayLiteral("partnerdesk://invitation/\xff\xfe"))
                               << u"Dropping a message that is not UTF-8"_s;
}

void TestSingleInstance::malformedMessageIsDropped()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, logged);

    SingleInstance running(m_key);
    QSignalSpy received(&running, &SingleInstance::messageReceived);
    QVERIFY(running.listen());

    QTest::ignoreMessage(QtWarningMsg, qPrintable(logged));
    QLocalSocket client;
    client.connectToServer(m_key);
    QVERIFY(client.waitForConnected(1000));
    client.write(bytes);
    // The server hangs up without an answer.
    QTRY_COMPARE(client.state(), QLocalSocket::UnconnectedState);
    QCOMPARE(client.readAll(), QByteArray());
    QTRY_COMPARE(serverConnections(running), 0);
    QCOMPARE(received.count(), 0);

    // And keeps working: the next message is the first and only one to arrive.
    SingleInstance launch(m_key);
    QVERIFY(launch.sendToRunning(u"partnerdesk://invitation/still-here"_s));
    QTRY_COMPARE(received.count(), 1);
    QCOMPARE(received.at(0).at(0).toString(), u"partnerdesk://invitation/still-here"_s);
}

void TestSingleInstance::senderRefusesOversizedMessage()
{
    SingleInstance running(m_key);
    QSignalSpy received(&running, &SingleInstance::messageReceived);
    QVERIFY(running.listen());

    SingleInstance launch(m_key);
    QTest::ignoreMessage(QtWarningMsg, "Not sending a message of 8193 bytes");
    QVERIFY(!launch.sendToRunning(QString(SingleInstance::MaxMessageBytes + 1, u'x')));
    QTest::ignoreMessage(QtWarningMsg, "Not sending a message of 0 bytes");
    QVERIFY(!launch.sendToRunning(QString()));
    QTest::qWait(50);
    QCOMPARE(received.count(), 0);
    QCOMPARE(serverConnections(running), 0);
}

void TestSingleInstance::clientLeavingEarlyProducesNoSignal_data()
{
    QTest::addColumn<QByteArray>("bytes");

    const QByteArray whole = frame(QByteArrayLiteral("partnerdesk://invitation/cut-short"));
    QTest::newRow("connects and leaves") << QByteArray();
    QTest::newRow("leaves inside the length") << whole.left(2);
    QTest::newRow("leaves inside the message") << whole.left(whole.size() - 5);
}

void TestSingleInstance::clientLeavingEarlyProducesNoSignal()
{
    QFETCH(QByteArray, bytes);

    SingleInstance running(m_key);
    QSignalSpy received(&running, &SingleInstance::messageReceived);
    QVERIFY(running.listen());

    {
        QLocalSocket client;
        client.connectToServer(m_key);
        QVERIFY(client.waitForConnected(1000));
        QTRY_COMPARE(serverConnections(running), 1);
        if (!bytes.isEmpty()) {
            client.write(bytes);
            QVERIFY(client.waitForBytesWritten(1000));
        }
        client.disconnectFromServer();
    }
    QTRY_COMPARE(serverConnections(running), 0);
    QCOMPARE(received.count(), 0);

    SingleInstance launch(m_key);
    QVERIFY(launch.sendToRunning(u"partnerdesk://invitation/whole"_s));
    QTRY_COMPARE(received.count(), 1);
    QCOMPARE(received.at(0).at(0).toString(), u"partnerdesk://invitation/whole"_s);
}

void TestSingleInstance::silentClientIsTurnedAway()
{
    SingleInstance running(m_key);
    QSignalSpy received(&running, &SingleInstance::messageReceived);
    QVERIFY(running.listen());

    // A client that connects and stays silent doesn't hold a socket for ever, nor block others.
    QLocalSocket silent;
    silent.connectToServer(m_key);
    QVERIFY(silent.waitForConnected(1000));
    QTRY_COMPARE(serverConnections(running), 1);

    SingleInstance launch(m_key);
    QVERIFY(launch.sendToRunning(u"partnerdesk://invitation/meanwhile"_s));
    QTRY_COMPARE(received.count(), 1);

    QTRY_COMPARE_WITH_TIMEOUT(silent.state(), QLocalSocket::UnconnectedState, 10000);
    QTRY_COMPARE(serverConnections(running), 0);
    QCOMPARE(received.count(), 1);
}

QTEST_MAIN(TestSingleInstance)
#include "tst_SingleInstance.moc"
