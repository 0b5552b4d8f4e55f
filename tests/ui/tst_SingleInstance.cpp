// The hand-over of invitation links to a running PartnerDesk (ARCHITECTURE §5): what a second
// launch sends arrives exactly and in order, a crashed instance's socket doesn't block the next
// one, and malformed, oversized or abandoned messages never reach the window.
//
// Sender and server run in this one thread: sendToRunning() waits in a local event loop, so the
// server accepts and answers during that wait. Each test uses its own key in its own private
// (0700) directory, so runs never meet. The socket's directory must be the user's alone (S7), and
// a link goes only to an instance on the same workspace, given as one sound argument (S12).

#include "CommandLine.h"
#include "SingleInstance.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLocalServer>
#include <QLocalSocket>
#include <QLocale>
#include <QRegularExpression>
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
#include <sys/stat.h>
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

// Sets an environment variable for the life of the guard, then puts back what was there.
class EnvironmentGuard
{
public:
    explicit EnvironmentGuard(const char* name)
        : m_name(name)
        , m_saved(qgetenv(name))
    {
    }
    ~EnvironmentGuard()
    {
        if (m_saved.isNull()) {
            qunsetenv(m_name);
        } else {
            qputenv(m_name, m_saved);
        }
    }
    EnvironmentGuard(const EnvironmentGuard&) = delete;
    EnvironmentGuard& operator=(const EnvironmentGuard&) = delete;

private:
    const char* m_name;
    QByteArray m_saved;
};

#ifdef Q_OS_UNIX
int mode(const QString& path)
{
    struct stat info
    {
    };
    return ::lstat(QFile::encodeName(path).constData(), &info) == 0 ? int(info.st_mode & 07777) : -1;
}

bool setMode(const QString& path, int mode)
{
    return ::chmod(QFile::encodeName(path).constData(), mode_t(mode)) == 0;
}
#endif

} // namespace

class TestSingleInstance : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void nothingListening();
    void defaultKeyIsPerUser();
    void defaultKeyIsPerWorkspace();
    void linkGoesOnlyToTheSameWorkspace();
    void commandLineLink_data();
    void commandLineLink();
    void commandLineWithoutWindow_data();
    void commandLineWithoutWindow();
    void fallbackDirectoryIsPrivate();
    void runtimeDirectoryUsedOnlyWhenPrivate_data();
    void runtimeDirectoryUsedOnlyWhenPrivate();
    void foreignFallbackDirectoryRefused_data();
    void foreignFallbackDirectoryRefused();
    void unsafeDirectoryRefused_data();
    void unsafeDirectoryRefused();
    void directoryChecks_data();
    void directoryChecks();
    void socketChecks_data();
    void socketChecks();
    void peerCredentials();
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
    std::unique_ptr<QTemporaryDir> m_dir; // 0700, as QTemporaryDir makes it
    QString m_key;
};

void TestSingleInstance::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_key = m_dir->filePath(u"pd-"_s + QUuid::createUuid().toString(QUuid::Id128).left(12));
}

void TestSingleInstance::cleanup()
{
    QLocalServer::removeServer(m_key);
    m_dir.reset();
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
    EnvironmentGuard runtime("XDG_RUNTIME_DIR");
    const QString workspace = m_dir->filePath(u"workspace.sqlite"_s);

#ifdef Q_OS_UNIX
    QTemporaryDir runtimeDir;
    QVERIFY(runtimeDir.isValid());
    qputenv("XDG_RUNTIME_DIR", QFile::encodeName(runtimeDir.path()));
    const QString key = SingleInstance::defaultKey(workspace);
    const QString directory = QDir(runtimeDir.path()).filePath(u"partnerdesk"_s);
    QCOMPARE(QFileInfo(key).path(), directory);
    QVERIFY(QFileInfo(key).fileName().startsWith(u"org.partnerdesk.PartnerDesk-"_s));
    QCOMPARE(QFileInfo(key).fileName().size(), u"org.partnerdesk.PartnerDesk-"_s.size() + 12);
    QCOMPARE(SingleInstance::defaultKey(workspace), key);
    QCOMPARE(mode(directory), 0700);

    // The default key works end to end in the runtime directory.
    SingleInstance running(key);
    QSignalSpy received(&running, &SingleInstance::messageReceived);
    QVERIFY(running.listen());
    QVERIFY(QFileInfo::exists(key));
    SingleInstance second(SingleInstance::defaultKey(workspace));
    QVERIFY(second.sendToRunning(u"partnerdesk://invitation/runtime"_s));
    QTRY_COMPARE(received.count(), 1);
#else
    QVERIFY(SingleInstance::defaultKey(workspace).startsWith(u"org.partnerdesk.PartnerDesk-"_s));
#endif
}

void TestSingleInstance::defaultKeyIsPerWorkspace()
{
    // S12: the same workspace, however it is written, has one key; another workspace another.
    const QString a = m_dir->filePath(u"a/workspace.sqlite"_s);
    const QString b = m_dir->filePath(u"b/workspace.sqlite"_s);
    const QString key = SingleInstance::defaultKey(a);
    QVERIFY(!key.isEmpty());
    QVERIFY(SingleInstance::defaultKey(b) != key);
    QCOMPARE(SingleInstance::defaultKey(m_dir->filePath(u"a/../a/./workspace.sqlite"_s)), key);
    QVERIFY(QDir().mkpath(m_dir->filePath(u"a"_s)));
    {
        QFile file(a);
        QVERIFY(file.open(QIODevice::WriteOnly)); // the file exists once the first window opened it
    }
    QCOMPARE(SingleInstance::defaultKey(a), key);
#ifdef Q_OS_UNIX
    QVERIFY(QFile::link(m_dir->filePath(u"a"_s), m_dir->filePath(u"linked"_s)));
    QCOMPARE(SingleInstance::defaultKey(m_dir->filePath(u"linked/workspace.sqlite"_s)), key);
#endif

    // A shared workspace: the same address from any folder, and not a file of the folder.
    const QString shared = u"postgresql://dana@db.example/partnerdesk?sslmode=verify-full"_s;
    const QString sharedKey = SingleInstance::defaultKey(shared);
    const QString before = QDir::currentPath();
    QVERIFY(QDir::setCurrent(m_dir->path()));
    const QString elsewhere = SingleInstance::defaultKey(shared);
    QVERIFY(QDir::setCurrent(before));
    QCOMPARE(elsewhere, sharedKey);
    QVERIFY(SingleInstance::defaultKey(u"postgresql://dana@db.example/other"_s) != sharedKey);
}

void TestSingleInstance::linkGoesOnlyToTheSameWorkspace()
{
    // S12: an instance runs on B; "partnerdesk --database A <link>" must not hand the link to it.
    const QString a = m_dir->filePath(u"a.sqlite"_s);
    const QString b = m_dir->filePath(u"b.sqlite"_s);
    SingleInstance onB(SingleInstance::defaultKey(b));
    QSignalSpy received(&onB, &SingleInstance::messageReceived);
    QVERIFY(onB.listen());
    const auto stop = qScopeGuard([&] { QLocalServer::removeServer(onB.key()); });

    SingleInstance launchOnA(SingleInstance::defaultKey(a));
    QVERIFY(!launchOnA.sendToRunning(u"partnerdesk://invitation/for-a"_s));
    // The launch on A then opens its own window, which takes A's links.
    SingleInstance windowOnA(SingleInstance::defaultKey(a));
    QSignalSpy receivedOnA(&windowOnA, &SingleInstance::messageReceived);
    QVERIFY(windowOnA.listen());
    const auto stopA = qScopeGuard([&] { QLocalServer::removeServer(windowOnA.key()); });
    SingleInstance laterOnB(SingleInstance::defaultKey(b));
    QVERIFY(laterOnB.sendToRunning(u"partnerdesk://invitation/for-b"_s));
    QTRY_COMPARE(received.count(), 1);
    QCOMPARE(received.at(0).at(0).toString(), u"partnerdesk://invitation/for-b"_s);
    QCOMPARE(receivedOnA.count(), 0);
}

void TestSingleInstance::commandLineLink_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("link");
    QTest::addColumn<QString>("refusal");

    const QString valid = u"partnerdesk://invitation/q1w2e3r4t5y6u7i8o9p0"_s;
    QTest::newRow("none") << QStringList() << QString() << QString();
    QTest::newRow("one link") << QStringList{valid} << valid << QString();
    QTest::newRow("S12 two arguments") << QStringList{valid, u"extra"_s} << QString()
                                       << u"2 arguments were given; PartnerDesk takes at most one, an invitation "
                                          "link."_s;
    QTest::newRow("S12 empty argument") << QStringList{QString()} << QString()
                                        << u"The invitation link given is empty, so nothing was opened. Give a "
                                           "link such as partnerdesk://invitation/…, or none."_s;
    QTest::newRow("S12 blank argument") << QStringList{u"  "_s} << QString()
                                        << u"The invitation link given is empty, so nothing was opened. Give a "
                                           "link such as partnerdesk://invitation/…, or none."_s;
    QTest::newRow("the largest hand-over") << QStringList{QString(SingleInstance::MaxMessageBytes, u'x')}
                                           << QString(SingleInstance::MaxMessageBytes, u'x') << QString();
    QTest::newRow("S12 over the hand-over limit")
        << QStringList{u"partnerdesk://invitation/"_s + QString(SingleInstance::MaxMessageBytes, u'x')} << QString()
        << u"The link given is 8,217 bytes long, more than the 8,192 a PartnerDesk invitation link may have, so "
           "nothing was opened."_s;
}

void TestSingleInstance::commandLineWithoutWindow_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<bool>("withoutWindow");
    QTest::newRow("nothing") << QStringList{} << false;
    QTest::newRow("--help") << QStringList{u"--help"_s} << true;
    QTest::newRow("-h") << QStringList{u"-h"_s} << true;
    QTest::newRow("--version") << QStringList{u"--version"_s} << true;
    QTest::newRow("-v after a language") << QStringList{u"--language"_s, u"es"_s, u"-v"_s} << true;
    QTest::newRow("--verify-audit") << QStringList{u"--database"_s, u"w.sqlite"_s, u"--verify-audit"_s} << true;
    QTest::newRow("--help as the workspace") << QStringList{u"--database"_s, u"--help"_s} << false;
    QTest::newRow("--version as the anchor") << QStringList{u"--audit-anchor"_s, u"--version"_s} << false;
    QTest::newRow("after --") << QStringList{u"--"_s, u"--help"_s} << false;
    QTest::newRow("--help-all (Qt's windowing options)") << QStringList{u"--help-all"_s} << false;
    QTest::newRow("-platform offscreen --help") << QStringList{u"-platform"_s, u"offscreen"_s, u"--help"_s} << false;
    QTest::newRow("--style=Fusion --version") << QStringList{u"--style=Fusion"_s, u"--version"_s} << false;
    QTest::newRow("a link") << QStringList{u"partnerdesk://invitation/abc"_s} << false;
}

void TestSingleInstance::commandLineWithoutWindow()
{
    QFETCH(QStringList, arguments);
    QFETCH(bool, withoutWindow);
    QCOMPARE(CommandLine::needsNoWindow(QStringList{u"partnerdesk"_s} + arguments), withoutWindow);
}

void TestSingleInstance::commandLineLink()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, link);
    QFETCH(QString, refusal);

    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    const auto given = CommandLine::link(arguments);
    if (refusal.isEmpty()) {
        QVERIFY2(given.ok(), qPrintable(given.errorString()));
        QCOMPARE(given.value(), link);
    } else {
        QVERIFY(!given.ok());
        QCOMPARE(given.code(), ErrorCode::InvalidInput);
        QCOMPARE(given.errorString(), refusal);
    }
}

void TestSingleInstance::fallbackDirectoryIsPrivate()
{
#ifdef Q_OS_UNIX
    // S7: without XDG_RUNTIME_DIR the socket is no longer a predictable name in the shared /tmp,
    // but in a directory of the user's own, 0700, whatever the umask.
    EnvironmentGuard runtime("XDG_RUNTIME_DIR");
    EnvironmentGuard temp("TMPDIR");
    qunsetenv("XDG_RUNTIME_DIR");
    QTemporaryDir shared;
    QVERIFY(shared.isValid());
    QVERIFY(setMode(shared.path(), 01777)); // like /tmp
    qputenv("TMPDIR", QFile::encodeName(shared.path()));
    const mode_t savedMask = ::umask(0);
    const auto restoreMask = qScopeGuard([savedMask] { ::umask(savedMask); });

    const QString key = SingleInstance::defaultKey(m_dir->filePath(u"workspace.sqlite"_s));
    QVERIFY(!key.isEmpty());
    const QString directory = QFileInfo(key).path();
    QCOMPARE(directory, shared.path() + u"/partnerdesk-"_s + QString::number(::getuid()));
    QCOMPARE(mode(directory), 0700);
    QCOMPARE(QFileInfo(directory).ownerId(), ::getuid());

    SingleInstance running(key);
    QSignalSpy received(&running, &SingleInstance::messageReceived);
    QVERIFY2(running.listen(), qPrintable(running.errorString()));
    const auto stop = qScopeGuard([&] { QLocalServer::removeServer(key); });
    SingleInstance second(key);
    QVERIFY(second.sendToRunning(u"partnerdesk://invitation/private"_s));
    QTRY_COMPARE(received.count(), 1);
#else
    QSKIP("Unix sockets only");
#endif
}

void TestSingleInstance::runtimeDirectoryUsedOnlyWhenPrivate_data()
{
    QTest::addColumn<QString>("kind");
    QTest::newRow("S7 runtime directory with mode 0777") << u"0777"_s;
    QTest::newRow("S7 runtime directory is a symbolic link") << u"link"_s;
}

void TestSingleInstance::runtimeDirectoryUsedOnlyWhenPrivate()
{
#ifdef Q_OS_UNIX
    QFETCH(QString, kind);
    EnvironmentGuard runtime("XDG_RUNTIME_DIR");
    EnvironmentGuard temp("TMPDIR");
    qputenv("TMPDIR", QFile::encodeName(m_dir->path()));
    QTemporaryDir elsewhere;
    QVERIFY(elsewhere.isValid());
    QString runtimeDir = elsewhere.path();
    if (kind == u"0777"_s) {
        QVERIFY(setMode(runtimeDir, 0777));
    } else {
        runtimeDir = m_dir->filePath(u"runtime-link"_s);
        QVERIFY(QFile::link(elsewhere.path(), runtimeDir));
    }
    qputenv("XDG_RUNTIME_DIR", QFile::encodeName(runtimeDir));

    const QString key = SingleInstance::defaultKey(m_dir->filePath(u"workspace.sqlite"_s));
    QVERIFY(!key.isEmpty());
    QVERIFY2(!key.startsWith(runtimeDir) && !key.startsWith(elsewhere.path()), qPrintable(key));
    QCOMPARE(QFileInfo(key).path(), m_dir->path() + u"/partnerdesk-"_s + QString::number(::getuid()));
    QVERIFY(!QFileInfo::exists(elsewhere.filePath(u"partnerdesk"_s)));
#else
    QSKIP("Unix sockets only");
#endif
}

void TestSingleInstance::foreignFallbackDirectoryRefused_data()
{
    QTest::addColumn<QString>("kind");
    QTest::newRow("S7 pre-created with mode 0777") << u"0777"_s;
    QTest::newRow("S7 pre-created as a symbolic link") << u"link"_s;
}

void TestSingleInstance::foreignFallbackDirectoryRefused()
{
#ifdef Q_OS_UNIX
    // Someone got to the shared temporary directory first: no socket there, no hand-over; the app
    // then runs alone.
    QFETCH(QString, kind);
    EnvironmentGuard runtime("XDG_RUNTIME_DIR");
    EnvironmentGuard temp("TMPDIR");
    qunsetenv("XDG_RUNTIME_DIR");
    qputenv("TMPDIR", QFile::encodeName(m_dir->path()));
    const QString planted = m_dir->path() + u"/partnerdesk-"_s + QString::number(::getuid());
    QTemporaryDir target;
    QVERIFY(target.isValid());
    if (kind == u"0777"_s) {
        QVERIFY(QDir().mkdir(planted));
        QVERIFY(setMode(planted, 0777));
    } else {
        QVERIFY(QFile::link(target.path(), planted));
    }

    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"Links are not handed between PartnerDesk windows"_s));
    const QString key = SingleInstance::defaultKey(m_dir->filePath(u"workspace.sqlite"_s));
    QCOMPARE(key, QString());
    SingleInstance instance(key);
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"Not using the socket"_s));
    QVERIFY(!instance.listen());
    QVERIFY(!instance.errorString().isEmpty());
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"Not using the socket"_s));
    QVERIFY(!instance.sendToRunning(u"partnerdesk://invitation/secret"_s));
    QCOMPARE(QDir(planted).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::System), QStringList());
    QCOMPARE(mode(planted), kind == u"0777"_s ? 0777 : 0777 & mode(planted)); // left as found
#else
    QSKIP("Unix sockets only");
#endif
}

void TestSingleInstance::unsafeDirectoryRefused_data()
{
    QTest::addColumn<QString>("kind");
    QTest::newRow("S7 directory opened to everyone") << u"0777"_s;
    QTest::newRow("S7 directory readable by the group") << u"0750"_s;
    QTest::newRow("S7 directory through a symbolic link") << u"link"_s;
}

void TestSingleInstance::unsafeDirectoryRefused()
{
#ifdef Q_OS_UNIX
    // A key whose directory is not private: nothing listens there, and nothing is sent there.
    QFETCH(QString, kind);
    const QString directory = m_dir->filePath(u"sockets"_s);
    QVERIFY(QDir().mkdir(directory));
    QString key = directory + u"/pd"_s;
    SingleInstance running(key);
    QSignalSpy received(&running, &SingleInstance::messageReceived);
    QVERIFY(setMode(directory, 0700));
    QVERIFY(running.listen());
    const auto stop = qScopeGuard([&] { QLocalServer::removeServer(key); });

    // The directory changes under a running instance: a later launch hands it nothing.
    QString unsafeKey = key;
    if (kind == u"link"_s) {
        QVERIFY(QFile::link(directory, m_dir->filePath(u"linked"_s)));
        unsafeKey = m_dir->filePath(u"linked/pd"_s);
    } else {
        QVERIFY(setMode(directory, kind.toInt(nullptr, 8)));
    }
    SingleInstance launch(unsafeKey);
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"Not using the socket"_s));
    QVERIFY(!launch.sendToRunning(u"partnerdesk://invitation/secret"_s));
    QTest::qWait(50);
    QCOMPARE(received.count(), 0);
    QCOMPARE(serverConnections(running), 0);

    // Nor does a new instance listen there.
    SingleInstance another(unsafeKey + u"-2"_s);
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"Not using the socket"_s));
    QVERIFY(!another.listen());
    QVERIFY(!another.isListening());
    QVERIFY(!QFileInfo::exists(unsafeKey + u"-2"_s));
#else
    QSKIP("Unix sockets only");
#endif
}

void TestSingleInstance::directoryChecks_data()
{
    QTest::addColumn<bool>("isSymLink");
    QTest::addColumn<bool>("isDirectory");
    QTest::addColumn<uint>("owner");
    QTest::addColumn<uint>("permissions");
    QTest::addColumn<QString>("problem");

    const uint me = 1000;
    QTest::newRow("private") << false << true << me << 0700U << QString();
    QTest::newRow("S7 another user's") << false << true << me + 1 << 0700U << u"belongs to user 1001"_s;
    QTest::newRow("S7 root's") << false << true << 0U << 0700U << u"belongs to user 0"_s;
    QTest::newRow("S7 mode 0777") << false << true << me << 0777U << u"has mode 777, not 700"_s;
    QTest::newRow("S7 mode 1777") << false << true << me << 01777U << u"has mode 1777, not 700"_s;
    QTest::newRow("S7 mode 0711") << false << true << me << 0711U << u"has mode 711, not 700"_s;
    QTest::newRow("S7 symbolic link") << true << false << me << 0777U << u"is a symbolic link"_s;
    QTest::newRow("S7 a file") << false << false << me << 0700U << u"is not a directory"_s;
}

void TestSingleInstance::directoryChecks()
{
    QFETCH(bool, isSymLink);
    QFETCH(bool, isDirectory);
    QFETCH(uint, owner);
    QFETCH(uint, permissions);
    QFETCH(QString, problem);

    SingleInstance::FileStatus status;
    status.exists = true;
    status.isSymLink = isSymLink;
    status.isDirectory = isDirectory;
    status.owner = owner;
    status.permissions = permissions;
    QCOMPARE(SingleInstance::directoryProblem(status, 1000), problem);
    QCOMPARE(SingleInstance::directoryProblem(SingleInstance::FileStatus{}, 1000), u"does not exist"_s);
}

void TestSingleInstance::socketChecks_data()
{
    QTest::addColumn<bool>("isSocket");
    QTest::addColumn<uint>("owner");
    QTest::addColumn<QString>("problem");

    QTest::newRow("the user's socket") << true << 1000U << QString();
    QTest::newRow("S7 another user's socket") << true << 1001U << u"belongs to user 1001"_s;
    QTest::newRow("S7 not a socket") << false << 1000U << u"is not a socket"_s;
}

void TestSingleInstance::socketChecks()
{
    QFETCH(bool, isSocket);
    QFETCH(uint, owner);
    QFETCH(QString, problem);

    SingleInstance::FileStatus status;
    status.exists = true;
    status.isSocket = isSocket;
    status.owner = owner;
    status.permissions = 0600;
    QCOMPARE(SingleInstance::socketProblem(status, 1000), problem);
}

void TestSingleInstance::peerCredentials()
{
#ifdef Q_OS_UNIX
    // S7: the peer check on a real connection, against this user and against another uid.
    QLocalServer server;
    QVERIFY(server.listen(m_key));
    QLocalSocket client;
    client.connectToServer(m_key);
    QVERIFY(client.waitForConnected(1000));
    QVERIFY(server.waitForNewConnection(1000));
    QLocalSocket* accepted = server.nextPendingConnection();
    QVERIFY(accepted);
    QVERIFY(SingleInstance::peerIsUser(client.socketDescriptor(), ::getuid()));
    QVERIFY(SingleInstance::peerIsUser(accepted->socketDescriptor(), ::getuid()));
    QVERIFY(!SingleInstance::peerIsUser(client.socketDescriptor(), ::getuid() + 1));
    QVERIFY(!SingleInstance::peerIsUser(-1, ::getuid()));

    // The socket file of the running instance is the user's, as the sender checks.
    const SingleInstance::FileStatus status = SingleInstance::fileStatus(m_key);
    QVERIFY(status.isSocket);
    QCOMPARE(SingleInstance::socketProblem(status, ::getuid()), QString());
#else
    QSKIP("Unix sockets only");
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

    const QString path = m_key;
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
