// The real window over a synthetic workspace (ARCHITECTURE §9): what a person waits for from
// the start to the window, from signing in to the first customers, how long the window stops
// answering (the longest stall of its event loop) while they type, the count follows, they clear
// the search, sort by each column, scroll and export, and then how long each other page takes to
// open. MainWindow is driven as a person drives it:
// keys into the search field, clicks on the column headings, the list's scroll bar dragged down.
//
//   bench_window [--file FILE | --database URI] [--upn USER] [--scroll-seconds N]
//
// FILE defaults to bench-data/workspace-1m.sqlite next to this program (bench_generate_workspace
// writes it); URI is a shared workspace on PostgreSQL that holds a copy of it (bench_customers_view
// --database makes one), whose password, if it needs one, is PGPASSWORD's, and whose target names
// start with "postgresql.". USER defaults to the synthetic provider's administrator. Runs offscreen unless a platform
// is set. Prints "target NAME MEASURED LIMIT PASS|FAIL" lines and "targets: N passed, M failed"; the exit code is 0
// whether the targets are met or not.

#include "BenchFigures.h"
#include "LanguageManager.h"
#include "MainWindow.h"
#include "models/CustomersModel.h"
#include "pages/CustomersPage.h"
#include "pages/Page.h"
#include "services/DirectoryService.h"
#include "services/Workspace.h"
#include "storage/SyntheticData.h"
#include "storage/WorkspaceLocation.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QScrollBar>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimer>
#include <QTreeView>

#include <algorithm>
#include <cstdio>
#include <functional>

namespace {

// The targets.
constexpr double StartTargetMs = 300;
constexpr double SignInTargetMs = 300;
constexpr double StallTargetMs = 50;
constexpr double KeystrokeTargetMs = 10;
constexpr double MemoryTargetMb = 200;
constexpr double ExportTargetMs = 5000;
constexpr double PageOpenTargetMs = 50;

QElapsedTimer processClock;

QString loadAverage()
{
    QFile file(QStringLiteral("/proc/loadavg"));
    return file.open(QIODevice::ReadOnly) ? QString::fromLatin1(file.readAll()).section(QLatin1Char(' '), 0, 2)
                                          : QString();
}

// The longest time the event loop went without running a timer due every millisecond: how long
// the window stopped answering.
class StallMeter : public QObject
{
public:
    StallMeter()
    {
        m_clock.start();
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(1);
        connect(&m_timer, &QTimer::timeout, this, [this]() {
            const qint64 now = m_clock.nsecsElapsed();
            m_worst = std::max(m_worst, double(now - m_last) / 1e6);
            m_last = now;
        });
        m_timer.start();
        reset();
    }
    void reset()
    {
        m_last = m_clock.nsecsElapsed();
        m_worst = 0;
    }
    // The longest stall since reset(), the one under way included.
    double worst() const { return std::max(m_worst, double(m_clock.nsecsElapsed() - m_last) / 1e6); }

private:
    QElapsedTimer m_clock;
    QTimer m_timer;
    qint64 m_last = 0;
    double m_worst = 0;
};

// Runs the event loop for ms, as the application's own loop would (QTest::qWait sleeps 10 ms at
// a time between its rounds of events, which the stall meter would count as stalls).
void runFor(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

} // namespace

int main(int argc, char* argv[])
{
    processClock.start();
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("PartnerDesk bench_window"));

    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption fileOption(
        QStringLiteral("file"), QStringLiteral("The workspace file."), QStringLiteral("FILE"),
        QCoreApplication::applicationDirPath() + QStringLiteral("/bench-data/workspace-1m.sqlite"));
    const QCommandLineOption upnOption(QStringLiteral("upn"), QStringLiteral("Who signs in."), QStringLiteral("USER"),
                                       SyntheticData::providerAdminUpn());
    const QCommandLineOption scrollOption(QStringLiteral("scroll-seconds"),
                                          QStringLiteral("How long to page down the list at most."),
                                          QStringLiteral("N"), QStringLiteral("60"));
    const QCommandLineOption databaseOption(
        QStringLiteral("database"),
        QStringLiteral("A shared workspace on PostgreSQL (postgresql://USER@HOST[:PORT]/DB) instead of the file."),
        QStringLiteral("URI"));
    parser.addOptions({fileOption, upnOption, scrollOption, databaseOption});
    parser.process(app);
    const QString file = parser.value(fileOption);
    WorkspaceLocation location = WorkspaceLocation::file(file);
    if (parser.isSet(databaseOption)) {
        auto server = WorkspaceLocation::parse(parser.value(databaseOption));
        if (!server || !server->isShared()) {
            print(QStringLiteral("--database takes a postgresql:// address%1")
                      .arg(server ? QString() : QStringLiteral(": ") + server.errorString()));
            return 1;
        }
        location = server.value();
        location.setPassword(qEnvironmentVariable("PGPASSWORD"));
    } else if (!QFileInfo::exists(file)) {
        print(QStringLiteral("%1 does not exist: write it with bench_generate_workspace first").arg(file));
        return 1;
    }
    // Target names as bench_customers_view gives them: PostgreSQL's with a prefix.
    const QString prefix = location.isShared() ? QStringLiteral("postgresql.window.") : QStringLiteral("window.");
    // Settings (column widths, splitter) go to a folder of this run's own.
    QTemporaryDir settings;
    qputenv("XDG_CONFIG_HOME", settings.path().toUtf8());

    print(QStringLiteral("Machine: %1 logical CPUs, load average %2; workspace %3")
              .arg(QThread::idealThreadCount())
              .arg(loadAverage(),
                   location.isShared()
                       ? location.toString()
                       : QStringLiteral("%1 (%2 MB)").arg(file).arg(QFileInfo(file).size() / (1024 * 1024))));
    QList<Target> targets;
    StallMeter meter;

    // From the start of the process to the window on screen, as main() opens it.
    LanguageManager language;
    language.setLanguage(QStringLiteral("en"), false);
    WorkspaceOptions options;
    options.passwordCost = SyntheticSpec().passwordCost;
    Workspace workspace(options);
    Status opened = workspace.open(location);
    if (!opened) {
        print(QStringLiteral("could not open: %1").arg(opened.errorString()));
        return 1;
    }
    MainWindow window(workspace, language);
    window.resize(1280, 800);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window)) {
        print(QStringLiteral("the window was not shown"));
        return 1;
    }
    const double started = double(processClock.nsecsElapsed()) / 1e6;
    print(QStringLiteral("start to window: %1 ms").arg(ms(started)));
    targets << atMost(prefix + QStringLiteral("start_to_window_ms"), started, StartTargetMs);

    // Signing in (the password checked first, as the dialog does), then to the Customers page
    // with its first rows on screen.
    auto session = workspace.directory().signIn(parser.value(upnOption), SyntheticData::password());
    if (!session) {
        print(QStringLiteral("could not sign in: %1").arg(session.errorString()));
        return 1;
    }
    QElapsedTimer signingIn;
    signingIn.start();
    window.signIn(session.value());
    QCoreApplication::processEvents();
    const double toWindow = double(signingIn.nsecsElapsed()) / 1e6;
    window.showPage(QStringLiteral("customersPage"));
    auto* page = window.findChild<CustomersPage*>();
    if (!page) {
        print(QStringLiteral("%1 has no Customers page").arg(session->user.upn));
        return 1;
    }
    QCoreApplication::processEvents();
    const double toRows = double(signingIn.nsecsElapsed()) / 1e6;
    print(QStringLiteral("sign-in: window signed in %1 ms; Customers page with %2 rows %3 ms")
              .arg(ms(toWindow))
              .arg(page->model()->rowCount())
              .arg(ms(toRows)));
    targets << atMost(prefix + QStringLiteral("signin_to_first_rows_ms"), toRows, SignInTargetMs);
    auto* search = qobject_cast<QLineEdit*>(page->searchField());
    auto* count = page->findChild<QLabel*>(QStringLiteral("customerCountLabel"));
    QTreeView* view = page->view();
    runFor(1000); // the first count comes
    print(QStringLiteral("count: %1").arg(count->text()));

    // Typing, a key every 120 ms, then a pause for the count; clearing; each step's longest stall.
    QList<double> keystrokes;
    double typingStall = 0;
    auto step = [&](const QString& name, const std::function<void()>& action, int settleMs) {
        meter.reset();
        action();
        runFor(settleMs);
        const double stall = meter.worst();
        typingStall = std::max(typingStall, stall);
        print(QStringLiteral("  %1: longest stall %2 ms; %3 rows; %4")
                  .arg(name, ms(stall))
                  .arg(page->model()->rowCount())
                  .arg(count->text()));
    };
    for (const QString& words : {QStringLiteral("northwind"), QStringLiteral("dental z")}) {
        print(QStringLiteral("typing \"%1\":").arg(words));
        search->setFocus();
        for (const QChar c : words) {
            step(
                QStringLiteral("\"%1\"").arg(search->text() + c),
                [&]() {
                    QElapsedTimer keystroke;
                    keystroke.start();
                    QTest::keyClick(search, c.toLatin1());
                    QCoreApplication::processEvents(); // the list painted
                    keystrokes << double(keystroke.nsecsElapsed()) / 1e6;
                },
                120);
        }
        step(
            QStringLiteral("typing paused"), [] {}, 800);
        step(
            QStringLiteral("cleared"), [&]() { search->clear(); }, 1200);
    }
    print(QStringLiteral("keystrokes: median %1 ms (%2 keys)").arg(ms(median(keystrokes))).arg(keystrokes.size()));
    targets << atMost(prefix + QStringLiteral("keystroke_median_ms"), median(keystrokes), KeystrokeTargetMs);

    // Each column heading clicked, twice for the reverse order.
    print(QStringLiteral("sorting:"));
    QHeaderView* header = view->header();
    for (int column = 0; column < CustomersModel::ColumnCount; ++column) {
        if (!CustomersModel::sortOf(column)) {
            continue;
        }
        for (int click = 0; click < 2; ++click) {
            const QPoint at(header->sectionViewportPosition(column) + header->sectionSize(column) / 2,
                            header->height() / 2);
            step(
                QStringLiteral("%1 %2")
                    .arg(page->model()->headerData(column, Qt::Horizontal).toString())
                    .arg(click ? QStringLiteral("(again)") : QString()),
                [&]() { QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, at); }, 300);
        }
    }
    targets << atMost(prefix + QStringLiteral("longest_stall_ms"), typingStall, StallTargetMs);
    // Back to the order the list opens in, for the scrolling and the export.
    const QPoint company(header->sectionViewportPosition(CustomersModel::CompanyColumn) + 20, header->height() / 2);
    while (page->model()->query().sort != CustomerSort::Name || page->model()->query().descending) {
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, company);
        runFor(100);
    }

    // The list's scroll bar dragged to the bottom, again and again, as far as it goes in the time
    // allowed: each time the view asks for the next page.
    view->setFocus();
    QScrollBar* bar = view->verticalScrollBar();
    meter.reset();
    QElapsedTimer scrolling;
    scrolling.start();
    const qint64 scrollLimitMs = parser.value(scrollOption).toLongLong() * 1000;
    int drags = 0;
    while (scrolling.elapsed() < scrollLimitMs && page->model()->canFetchMore({})) {
        bar->setValue(bar->maximum());
        runFor(0);
        ++drags;
    }
    const double scrollStall = meter.worst();
    const bool reachedEnd = !page->model()->canFetchMore({});
    print(QStringLiteral("scrolling: %1 rows in %2 s (%3 drags), %4; longest stall %5 ms; resident memory %6 MB")
              .arg(page->model()->rowCount())
              .arg(QString::number(double(scrolling.elapsed()) / 1000, 'f', 1))
              .arg(drags)
              .arg(reachedEnd ? QStringLiteral("at the end") : QStringLiteral("not at the end"))
              .arg(ms(scrollStall))
              .arg(QString::number(memoryMb("VmRSS:"), 'f', 1)));
    targets << atMost(prefix + QStringLiteral("scroll_longest_stall_ms"), scrollStall, StallTargetMs);

    // The whole list exported, as File > Export writes it.
    search->clear();
    runFor(300);
    QTemporaryDir folder;
    meter.reset();
    QElapsedTimer exporting;
    exporting.start();
    const bool exported = page->exportTo(folder.filePath(QStringLiteral("customers.csv")));
    const double exportMs = double(exporting.nsecsElapsed()) / 1e6;
    const double exportStall = meter.worst();
    print(QStringLiteral("export: %1 in %2 ms, %3 MB; longest stall %4 ms")
              .arg(exported ? QStringLiteral("written") : QStringLiteral("failed"))
              .arg(ms(exportMs))
              .arg(QFileInfo(folder.filePath(QStringLiteral("customers.csv"))).size() / (1024 * 1024))
              .arg(ms(exportStall)));
    targets << atMost(prefix + QStringLiteral("export_ms"), exportMs, ExportTargetMs);
    targets << atMost(prefix + QStringLiteral("export_longest_stall_ms"), exportStall, StallTargetMs);

    // Every other page opened from the navigation, as a person opens it: the time until it is on
    // screen with what it lists. The target is Indirect resellers' (a provider with tens of
    // thousands of resellers); the others are printed beside it.
    print(QStringLiteral("pages, first opened:"));
    for (Page* shown : window.pages()) {
        if (shown == page) {
            continue;
        }
        QElapsedTimer opening;
        opening.start();
        if (!window.showPage(shown->objectName())) {
            continue;
        }
        QCoreApplication::processEvents();
        const double openMs = double(opening.nsecsElapsed()) / 1e6;
        print(QStringLiteral("  %1: %2 ms").arg(shown->title(), ms(openMs)));
        if (shown->objectName() == QLatin1String("indirectResellersPage")) {
            targets << atMost(prefix + QStringLiteral("indirect_resellers_open_ms"), openMs, PageOpenTargetMs);
        }
    }

    const double peak = memoryMb("VmHWM:");
    print(QStringLiteral("peak memory (VmHWM): %1 MB").arg(QString::number(peak, 'f', 1)));
    targets << atMost(prefix + QStringLiteral("peak_memory_mb"), peak, MemoryTargetMb);

    print();
    for (const Target& target : std::as_const(targets)) {
        print(targetLine(target));
    }
    print(targetsLine(targets));
    return 0;
}
