// The Customers view over a synthetic workspace (ARCHITECTURE §9): what a person waits for when
// the list opens, on each keystroke of a search (of one word and of two), on a sort change, when
// scrolling and scrolling to the very end (with the memory held then), and for an export of the
// whole list, and the process's peak memory, against the targets of the issue. Everything is timed through the view's
// model (CustomersModel), as the Customers page drives it. Each keystroke's statement also runs
// in the engine's command-line tool (sqlite3 on the same file, psql on the same database): that
// is the floor the view can't beat.
//
//   bench_customers_view [--file FILE]   (default: bench-data/workspace-1m.sqlite next to it)
//   bench_customers_view [--file FILE] --database URI [--skip-sqlite]
//     URI: postgresql://USER@HOST[:PORT]/DB[?sslmode=…&host=/socket/folder&port=N]
//
// A missing file is generated first (bench_generate_workspace with its defaults). With --database,
// the shared workspace there is timed too, on the same data: when it holds no workspace yet, the
// file is copied into it first (WorkspaceCopy). Its password, if it needs one, is PGPASSWORD's.
// Each engine is then timed in a process of its own (this program again, with --measure), so
// that each starts cold and its peak memory is its own: SQLite first, then PostgreSQL, and a table
// of the two side by side. The same code times both; the engine decides only how the workspace
// opens and which tool measures the floor.
//
// Each target prints as "target NAME MEASURED LIMIT PASS|FAIL" (PostgreSQL's names start with
// "postgresql."), and the last line is "targets: N passed, M failed". The figures are the
// product: the exit code is 0 whether the targets are met or not.

#include "BenchFigures.h"
#include "domain/CustomerList.h"
#include "domain/SearchText.h"
#include "models/CustomersModel.h"
#include "services/CustomerService.h"
#include "services/DirectoryService.h"
#include "services/Workspace.h"
#include "storage/CustomerListStore.h"
#include "storage/Database.h"
#include "storage/SqlQuery.h"
#include "storage/SqliteAdapter.h"
#include "storage/SyntheticData.h"
#include "storage/WorkspaceCopy.h"
#include "storage/WorkspaceLocation.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryFile>
#include <QThread>

#include <algorithm>
#include <cstdio>
#include <dlfcn.h>
#include <functional>
#include <optional>
#include <sys/resource.h>

namespace {

// The issue's targets.
constexpr double FirstRowsTargetMs = 50;
constexpr double KeystrokeMedianTargetMs = 20;
constexpr double FloorRatioTarget = 1.3;
constexpr double TwoWordKeystrokeMedianTargetMs = 20;
constexpr double ExportTargetMs = 5000;
constexpr double SortTargetMs = 50;
constexpr double PeakMemoryTargetMb = 200;
constexpr int PageSize = CustomerService::PageSize;
// The rows whose text a view reads when the rows change: about one screen.
constexpr int ScreenRows = 30;

double worst(const QList<double>& values)
{
    return values.isEmpty() ? 0 : *std::max_element(values.begin(), values.end());
}

double timed(const std::function<void()>& work)
{
    QElapsedTimer timer;
    timer.start();
    work();
    return double(timer.nsecsElapsed()) / 1e6;
}

// The peak resident set of this process's own memory (VmHWM). Not ru_maxrss: that one carries
// over a parent's peak through fork and exec, so a run started by another would report the
// larger of the two.
double peakMemoryMb()
{
    if (const double peak = memoryMb("VmHWM:"); peak > 0) {
        return peak;
    }
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_maxrss) / 1024.0; // kilobytes on Linux
}

// CustomerListStore's plans are still growing: a plan this benchmark doesn't know by name prints
// as its number.
QString planName(CustomerListStore::Plan plan)
{
    switch (plan) {
    case CustomerListStore::Plan::ViewerRows:
        return QStringLiteral("ViewerRows");
    case CustomerListStore::Plan::IndexWalk:
        return QStringLiteral("IndexWalk");
    case CustomerListStore::Plan::FullText:
        return QStringLiteral("FullText");
    default:
        return QStringLiteral("Plan%1").arg(int(plan));
    }
}

QString sortName(CustomerSort sort)
{
    switch (sort) {
    case CustomerSort::Name:
        return QStringLiteral("Name");
    case CustomerSort::Domain:
        return QStringLiteral("Domain");
    case CustomerSort::Country:
        return QStringLiteral("Country");
    case CustomerSort::Since:
        return QStringLiteral("Since");
    }
    return {};
}

QString firstLine(const QString& path, const QString& prefix)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    for (const QByteArray& line : file.readAll().split('\n')) {
        const QString text = QString::fromUtf8(line);
        if (text.startsWith(prefix)) {
            return text.section(QLatin1Char(':'), 1).trimmed();
        }
    }
    return {};
}

// The SQLite library this process runs its queries with (the one the Qt driver loaded).
QString sqliteLibraryVersion()
{
    void* library = dlopen("libsqlite3.so.0", RTLD_LAZY | RTLD_NOLOAD);
    if (!library) {
        return QStringLiteral("unknown");
    }
    using VersionFunction = const char* (*)();
    const auto version = reinterpret_cast<VersionFunction>(dlsym(library, "sqlite3_libversion"));
    const QString result = version ? QString::fromLatin1(version()) : QStringLiteral("unknown");
    dlclose(library);
    return result;
}

QString run(const QString& program, const QStringList& arguments, const QByteArray& input = {})
{
    QProcess process;
    process.start(program, arguments);
    process.write(input);
    process.closeWriteChannel();
    process.waitForFinished(-1);
    return QString::fromUtf8(process.readAllStandardOutput());
}

// The statement alone in the engine's command-line tool, on a warm cache.
struct Floor
{
    double ms = 0;
    bool measured = false;
};
using FloorFunction = std::function<Floor(const QString& sql)>;

// sqlite3's ".timer" counts whole milliseconds, too coarse here, so the floor is measured the
// other way: the tool's wall time running the statement once (warming its cache) and then
// Repeats more times, minus its time running it once, divided by Repeats; the process's start
// and the file's opening cancel out. Best of three. The tool gets the page cache the workspace's
// connections have, not its default.
Floor sqliteFloor(const QString& file, const QString& sql)
{
    constexpr int Repeats = 20;
    const QByteArray statement = sql.toUtf8() + ";\n";
    const QByteArray once = ".output /dev/null\n" + SqliteAdapter::cacheSizePragma().toUtf8() + ";\n" + statement;
    QByteArray many = once;
    for (int i = 0; i < Repeats; ++i) {
        many += statement;
    }
    auto wallMs = [&](const QByteArray& script) {
        QElapsedTimer timer;
        timer.start();
        run(QStringLiteral("sqlite3"), {QStringLiteral("-readonly"), file}, script);
        return double(timer.nsecsElapsed()) / 1e6;
    };
    double best = 1e9;
    for (int round = 0; round < 3; ++round) {
        const double base = wallMs(once);
        const double all = wallMs(many);
        best = std::min(best, (all - base) / Repeats);
    }
    // Below zero is noise larger than the statement: no floor to compare with.
    return {best, best > 0};
}

QString psqlProgram()
{
    const QString found = QStandardPaths::findExecutable(QStringLiteral("psql"));
    if (!found.isEmpty()) {
        return found;
    }
    const QString debian = QStringLiteral("/usr/lib/postgresql/15/bin/psql");
    return QFileInfo(debian).isExecutable() ? debian : QString();
}

// libpq's connection string for a location; psql takes the password from PGPASSWORD itself.
QString conninfo(const WorkspaceLocation& location)
{
    const auto quoted = [](QString value) {
        value.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
        value.replace(QLatin1Char('\''), QStringLiteral("\\'"));
        return QLatin1Char('\'') + value + QLatin1Char('\'');
    };
    QStringList parts;
    if (!location.host().isEmpty()) {
        parts << QStringLiteral("host=") + quoted(location.host());
    }
    parts << QStringLiteral("port=%1").arg(location.port()) << QStringLiteral("dbname=") + quoted(location.database())
          << QStringLiteral("user=") + quoted(location.user());
    if (!location.sslMode().isEmpty()) {
        parts << QStringLiteral("sslmode=") + location.sslMode();
    }
    parts << QStringLiteral("application_name='bench_customers_view floor'");
    return parts.join(QLatin1Char(' '));
}

// psql's "\timing" of each run: the round trip from psql to the server and back with every row
// (parse, plan, execute, rows), with a resolution of microseconds. After one run warming the
// cache, the median of Repeats runs.
Floor postgresFloor(const QString& psql, const WorkspaceLocation& location, const QString& sql)
{
    constexpr int Repeats = 15;
    if (psql.isEmpty()) {
        return {};
    }
    QByteArray script = "\\set ON_ERROR_STOP 1\n\\o /dev/null\n" + sql.toUtf8() + ";\n\\timing on\n";
    for (int i = 0; i < Repeats; ++i) {
        script += sql.toUtf8() + ";\n";
    }
    const QString output
        = run(psql, {QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-d"), conninfo(location)}, script);
    static const QRegularExpression time(QStringLiteral("^Time: ([0-9.]+) ms"), QRegularExpression::MultilineOption);
    QList<double> times;
    for (auto match = time.globalMatch(output); match.hasNext();) {
        times << match.next().captured(1).toDouble();
    }
    if (times.size() != Repeats) {
        return {};
    }
    return {median(times), true};
}

// One line per target, in the form every benchmark prints.
std::optional<Target> parseTargetLine(const QString& line)
{
    const QStringList parts = line.split(QLatin1Char(' '));
    if (parts.size() != 5 || parts.at(0) != QLatin1String("target")) {
        return std::nullopt;
    }
    return Target{parts.at(1), parts.at(2).toDouble(), parts.at(3).toDouble(), parts.at(4) == QLatin1String("PASS")};
}

struct Figures
{
    QString viewer;
    double firstRows = 0;
    QList<double> keystrokes;
    QList<double> twoWordKeystrokes; // those with a second word begun
    QList<double> ratios;
    QList<double> sorts;
    double scrollToEnd = 0;
    double memoryAfterScrolling = 0;
    double exportAll = 0;
};

class Bench
{
public:
    Bench(Workspace& workspace, FloorFunction floor, QString floorTool)
        : m_workspace(workspace)
        , m_floor(std::move(floor))
        , m_floorTool(std::move(floorTool))
    {
    }

    Figures viewer(const QString& label, const Session& session, const QStringList& searchWords)
    {
        Figures f;
        f.viewer = label;
        const CustomerListStore::Viewer viewer{session.partner->id, session.partner->type};
        CustomerService& customers = m_workspace.customers();
        print(QStringLiteral("== %1: %2 (%3) ==").arg(label, session.user.upn, session.partner->legal.legalName));

        // First rows: the first query on this connection after opening and signing in, as the
        // Customers page asks for it when it opens.
        CustomersModel model(m_workspace, session);
        f.firstRows = timed([&] {
            model.setQuery({});
            readScreen(model);
        });
        report(model);
        QString exact;
        const double countAll = timed([&] {
            auto n = customers.countCustomers(session, {});
            exact = n ? QString::number(n->count) : n.errorString();
        });
        print(QStringLiteral("customers served: %1 (exact count without a search: %2 ms)").arg(exact, ms(countAll)));
        print(QStringLiteral("first rows (first %1, sorted by name, fresh open): %2 ms, %3 rows   target <= %4 ms  %5")
                  .arg(PageSize)
                  .arg(ms(f.firstRows))
                  .arg(model.rowCount())
                  .arg(FirstRowsTargetMs)
                  .arg(verdict(f.firstRows <= FirstRowsTargetMs)));

        // Scrolling: the next pages, one after the other, as the view asks for them at the end.
        QList<double> scrolls;
        for (int i = 0; i < 10 && model.canFetchMore({}); ++i) {
            scrolls << timed([&] { model.fetchMore({}); });
            report(model);
        }
        print(QStringLiteral("scrolling (next page of %1, %2 pages): median %3 ms, worst %4 ms; %5 rows loaded")
                  .arg(PageSize)
                  .arg(scrolls.size())
                  .arg(ms(median(scrolls)), ms(worst(scrolls)))
                  .arg(model.rowCount()));

        // Sort changes: a click on a column's header, each one a change from the order before
        // (the list starts by name, ascending, so that one comes last).
        print(QStringLiteral("sort change (first page):"));
        const QList<std::pair<CustomerSort, bool>> orders{{CustomerSort::Name, true},    {CustomerSort::Domain, false},
                                                          {CustomerSort::Domain, true},  {CustomerSort::Country, false},
                                                          {CustomerSort::Country, true}, {CustomerSort::Since, false},
                                                          {CustomerSort::Since, true},   {CustomerSort::Name, false}};
        for (const auto& [sort, descending] : orders) {
            const double t = timed([&] {
                model.sort(CustomersModel::columnOf(sort), descending ? Qt::DescendingOrder : Qt::AscendingOrder);
                readScreen(model);
            });
            report(model);
            f.sorts << t;
            const CustomerListQuery query{{}, sort, descending};
            auto statement = CustomerListStore::pageStatement(m_workspace.db(), viewer, query, {}, PageSize);
            print(QStringLiteral("  %1 %2  %3 ms  %4 rows  plan %5")
                      .arg(sortName(sort), -8)
                      .arg(descending ? QStringLiteral("desc") : QStringLiteral("asc "))
                      .arg(ms(t), 7)
                      .arg(model.rowCount(), 4)
                      .arg(statement ? planName(statement->plan) : statement.errorString()));
        }
        print(QStringLiteral("  worst %1 ms   target <= %2 ms  %3")
                  .arg(ms(worst(f.sorts)))
                  .arg(SortTargetMs)
                  .arg(verdict(worst(f.sorts) <= SortTargetMs)));

        // Typing: each keystroke's first page through the model, as the search field asks for
        // it, then the statement alone in the engine's tool; the count is what the view asks for
        // once typing pauses.
        for (const QString& word : searchWords) {
            print(QStringLiteral("typing \"%1\":").arg(word));
            print(QStringLiteral("  %1 %2 %3 %4 %5 %6 %7")
                      .arg(QStringLiteral("typed"), -10)
                      .arg(QStringLiteral("view ms"), 8)
                      .arg(QStringLiteral("rows"), 5)
                      .arg(QStringLiteral("plan"), -12)
                      .arg(QStringLiteral("floor ms"), 9)
                      .arg(QStringLiteral("ratio"), 6)
                      .arg(QStringLiteral("count (cap 1000)")));
            QList<double> typed;
            QList<double> ratios;
            QString slowest;
            double slowestMs = -1;
            for (qsizetype k = 1; k <= word.size(); ++k) {
                const CustomerListQuery query{word.left(k), CustomerSort::Name, false};
                const double t = timed([&] {
                    model.setQuery(query);
                    readScreen(model);
                });
                report(model);
                // Against the floor, as the floor is measured: the best of three on a warm cache.
                double best = t;
                for (int again = 0; again < 2; ++again) {
                    best = std::min(best, timed([&] {
                                        model.setQuery(query);
                                        readScreen(model);
                                    }));
                }
                auto statement = CustomerListStore::pageStatement(m_workspace.db(), viewer, query, {}, PageSize);
                Floor floor;
                if (statement) {
                    floor = m_floor(CustomerListStore::inlined(statement.value()));
                }
                QString counted;
                const double countMs = timed([&] {
                    auto n = customers.countCustomers(session, query);
                    counted = n ? (n->atLeast ? QStringLiteral("≥%1").arg(n->count) : QString::number(n->count))
                                : n.errorString();
                });
                const bool hasFloor = floor.measured;
                const double ratio = hasFloor ? best / floor.ms : 0;
                typed << t;
                if (SearchText::words(query.search).size() > 1) {
                    f.twoWordKeystrokes << t;
                }
                if (hasFloor) {
                    ratios << ratio;
                }
                if (t > slowestMs && statement) {
                    slowestMs = t;
                    slowest = CustomerListStore::inlined(statement.value());
                }
                print(QStringLiteral("  %1 %2 %3 %4 %5 %6 %7 in %8 ms")
                          .arg(word.left(k), -10)
                          .arg(ms(t), 8)
                          .arg(model.rowCount(), 5)
                          .arg(statement ? planName(statement->plan) : statement.errorString(), -12)
                          .arg(floor.measured ? ms(floor.ms) + QStringLiteral(" ") : QStringLiteral("-"), 9)
                          .arg(hasFloor ? QString::number(ratio, 'f', 2) : QStringLiteral("-"), 6)
                          .arg(counted, 6)
                          .arg(ms(countMs)));
            }
            const bool fast = median(typed) <= KeystrokeMedianTargetMs;
            const QString floorVerdict = ratios.isEmpty()
                ? QStringLiteral("no floor (%1 did not run the statements)").arg(m_floorTool)
                : QStringLiteral("median ratio to the floor %1 (target <= %2  %3)")
                      .arg(QString::number(median(ratios), 'f', 2))
                      .arg(FloorRatioTarget)
                      .arg(verdict(median(ratios) <= FloorRatioTarget));
            print(QStringLiteral("  median %1 ms, worst %2 ms (target median <= %3 ms  %4); %5")
                      .arg(ms(median(typed)), ms(worst(typed)))
                      .arg(KeystrokeMedianTargetMs)
                      .arg(verdict(fast), floorVerdict));
            m_slowest << QStringLiteral("%1, \"%2\" (%3 ms): %4").arg(label, word, ms(slowestMs), slowest);
            f.keystrokes << typed;
            f.ratios << ratios;
        }

        // Scrolling to the end: every page, as the view asks for the next when its last row
        // shows, and a screen of the new rows; the model keeps a window of pages.
        model.setQuery({});
        int pages = 1;
        f.scrollToEnd = timed([&] {
            while (model.canFetchMore({})) {
                model.fetchMore({});
                readScreen(model, model.rowCount() - ScreenRows);
                ++pages;
            }
        });
        report(model);
        f.memoryAfterScrolling = memoryMb("VmRSS:");
        print(QStringLiteral("scrolling to the end: %1 rows in %2 pages, %3 ms (%4 ms a page); %5 pages held; "
                             "resident memory after: %6 MB")
                  .arg(model.rowCount())
                  .arg(pages)
                  .arg(ms(f.scrollToEnd), ms(f.scrollToEnd / pages))
                  .arg(model.heldPages())
                  .arg(QString::number(f.memoryAfterScrolling, 'f', 1)));

        // Export of the whole list, as File > Export writes it, to a file in the temporary folder.
        QTemporaryFile file;
        qint64 exported = 0;
        QString failure;
        f.exportAll = timed([&] {
            if (!file.open()) {
                failure = file.errorString();
                return;
            }
            Status written = customers.exportCsv(session, {}, file, [&](qint64 n) {
                exported = n;
                return true;
            });
            failure = written ? QString() : written.errorString();
            file.close();
        });
        print(QStringLiteral("export of every customer: %1 rows, %2 MB, %3 ms%4")
                  .arg(exported)
                  .arg(file.size() / (1024 * 1024))
                  .arg(ms(f.exportAll))
                  .arg(failure.isEmpty() ? QString() : QStringLiteral(" (failed: %1)").arg(failure)));
        print();
        return f;
    }

    const QStringList& slowest() const { return m_slowest; }

private:
    // What a view does once the rows have changed: read the text of the rows it shows.
    static void readScreen(const CustomersModel& model, int top = 0)
    {
        const int rows = std::min(model.rowCount(), std::max(0, top) + ScreenRows);
        for (int row = std::max(0, top); row < rows; ++row) {
            for (int column = 0; column < model.columnCount(); ++column) {
                model.data(model.index(row, column));
            }
        }
    }

    static void report(const CustomersModel& model)
    {
        if (!model.errorString().isEmpty()) {
            print(QStringLiteral("  error: %1").arg(model.errorString()));
        }
    }

    Workspace& m_workspace;
    FloorFunction m_floor;
    QString m_floorTool;
    QStringList m_slowest;
};

struct Options
{
    QString file;
    int reseller = 1;
    std::optional<WorkspaceLocation> server; // --database
    QString serverText; // as it was given, for this program's own runs
};

WorkspaceOptions benchOptions()
{
    WorkspaceOptions options;
    options.passwordCost = SyntheticSpec().passwordCost;
    return options;
}

void printMachine()
{
    print(QStringLiteral("Machine: %1 logical CPUs, %2, load average %3")
              .arg(QThread::idealThreadCount())
              .arg(firstLine(QStringLiteral("/proc/cpuinfo"), QStringLiteral("model name")),
                   run(QStringLiteral("cat"), {QStringLiteral("/proc/loadavg")}).section(QLatin1Char(' '), 0, 2)));
}

QString scalarText(Workspace& workspace, const QString& sql)
{
    auto value = SqlQuery::scalar(workspace.db(), sql);
    return value ? value->toString() : value.errorString();
}

// Times one engine in this process: the file, or the shared workspace when server is set.
int measure(const Options& options, bool onServer)
{
    const QString prefix = onServer ? QStringLiteral("postgresql.") : QString();
    printMachine();
    Workspace workspace(benchOptions());
    QElapsedTimer opening;
    opening.start();
    Status opened = onServer ? workspace.open(*options.server) : workspace.open(options.file);
    if (!opened) {
        print(QStringLiteral("could not open: %1").arg(opened.errorString()));
        return 1;
    }
    const double openMs = double(opening.nsecsElapsed()) / 1e6;

    FloorFunction floor;
    QString floorTool;
    if (onServer) {
        print(QStringLiteral("Workspace: %1 (%2 MB on the server)")
                  .arg(options.server->toString(),
                       scalarText(workspace,
                                  QStringLiteral("SELECT pg_database_size(current_database()) / (1024 * 1024)"))));
        const QString psql = psqlProgram();
        print(QStringLiteral("PostgreSQL: server %1; command-line tool %2")
                  .arg(scalarText(workspace, QStringLiteral("SHOW server_version")),
                       psql.isEmpty() ? QStringLiteral("psql not found")
                                      : run(psql, {QStringLiteral("--version")}).trimmed()));
        // Autovacuum working through the tables meanwhile makes every figure slower.
        const QString vacuuming
            = scalarText(workspace,
                         QStringLiteral("SELECT coalesce(string_agg(query, '; '), 'none') FROM pg_stat_activity "
                                        "WHERE backend_type = 'autovacuum worker' AND datname = current_database()"));
        print(QStringLiteral("autovacuum at work on this database now: %1").arg(vacuuming));
        floorTool = QStringLiteral("psql");
        const WorkspaceLocation location = *options.server;
        floor = [psql, location](const QString& sql) { return postgresFloor(psql, location, sql); };
    } else {
        print(QStringLiteral("Workspace: %1 (%2 MB)")
                  .arg(options.file)
                  .arg(QFileInfo(options.file).size() / (1024 * 1024)));
        print(QStringLiteral("SQLite: library %1 in this process; command-line tool %2")
                  .arg(sqliteLibraryVersion(),
                       run(QStringLiteral("sqlite3"), {QStringLiteral("--version")}).section(QLatin1Char(' '), 0, 0)));
        floorTool = QStringLiteral("sqlite3");
        const QString file = options.file;
        floor = [file](const QString& sql) { return sqliteFloor(file, sql); };
    }
    print(QStringLiteral("Timed through: CustomersModel (setQuery, sort, fetchMore; then the display text of the "
                         "first %1 rows, one screen, where the rows changed), page size %2; counts through "
                         "CustomerService::countCustomers")
              .arg(ScreenRows)
              .arg(PageSize));
    if (onServer) {
        print(QStringLiteral("Floor: the same statement (CustomerListStore::pageStatement, values inlined) in `psql` "
                             "over the same connection settings on a warm cache: psql's \\timing of each run (the "
                             "round trip with every row), median of 15 runs after one more"));
    } else {
        print(QStringLiteral("Floor: the same statement (CustomerListStore::pageStatement, values inlined) in `sqlite3 "
                             "-readonly FILE` on a warm cache: (wall time of 1 + 20 runs - wall time of 1 run) / 20, "
                             "best of 3"));
    }
    QElapsedTimer signingIn;
    signingIn.start();
    auto provider = workspace.directory().signIn(SyntheticData::providerAdminUpn(), SyntheticData::password());
    if (!provider || !provider->partner) {
        print(QStringLiteral("could not sign in as %1: %2")
                  .arg(SyntheticData::providerAdminUpn(), provider.errorString()));
        return 1;
    }
    const PasswordCost cost = workspace.options().passwordCost;
    print(QStringLiteral("open + migrate check + offer catalog: %1 ms; sign-in (Argon2id, %2 pass(es) over %3 KiB): "
                         "%4 ms")
              .arg(ms(openMs))
              .arg(cost.opsLimit)
              .arg(cost.memLimitBytes / 1024)
              .arg(ms(double(signingIn.nsecsElapsed()) / 1e6)));
    print();

    // One word, common as a first word, common inside names, rare; then two words of which the
    // second is short, and two common ones.
    const QStringList words{QStringLiteral("northwind"), QStringLiteral("dental"), QStringLiteral("zephyrine"),
                            QStringLiteral("dental z"), QStringLiteral("northwind dental")};
    Bench bench(workspace, floor, floorTool);
    QList<Figures> all;
    all << bench.viewer(QStringLiteral("Provider"), provider.value(), words);

    auto reseller
        = workspace.directory().signIn(SyntheticData::resellerAdminUpn(options.reseller), SyntheticData::password());
    if (reseller && reseller->partner) {
        all << bench.viewer(QStringLiteral("Reseller"), reseller.value(), words);
    } else {
        print(QStringLiteral("could not sign in as %1: %2")
                  .arg(SyntheticData::resellerAdminUpn(options.reseller), reseller.errorString()));
    }

    const double peak = peakMemoryMb();
    print(QStringLiteral("== Summary (%1) ==").arg(workspace.engineName()));
    print(QStringLiteral("%1 %2 %3 %4 %5 %6")
              .arg(QStringLiteral("viewer"), -9)
              .arg(QStringLiteral("first rows"), 11)
              .arg(QStringLiteral("keystroke median"), 17)
              .arg(QStringLiteral("keystroke worst"), 16)
              .arg(QStringLiteral("ratio to floor"), 15)
              .arg(QStringLiteral("sort worst"), 11));
    for (const Figures& f : all) {
        print(QStringLiteral("%1 %2 %3 %4 %5 %6")
                  .arg(f.viewer, -9)
                  .arg(ms(f.firstRows) + QStringLiteral(" ms"), 11)
                  .arg(ms(median(f.keystrokes)) + QStringLiteral(" ms"), 17)
                  .arg(ms(worst(f.keystrokes)) + QStringLiteral(" ms"), 16)
                  .arg(f.ratios.isEmpty() ? QStringLiteral("-") : QString::number(median(f.ratios), 'f', 2), 15)
                  .arg(ms(worst(f.sorts)) + QStringLiteral(" ms"), 11));
    }
    print(QStringLiteral("peak memory (VmHWM of this process%1): %2 MB")
              .arg(onServer ? QStringLiteral("; the server's is not counted") : QString())
              .arg(QString::number(peak, 'f', 1)));
    print();
    print(QStringLiteral("Slowest keystroke of each word, as SQL (for %1):")
              .arg(onServer ? QStringLiteral("EXPLAIN ANALYZE in psql")
                            : QStringLiteral("EXPLAIN QUERY PLAN in sqlite3")));
    for (const QString& line : bench.slowest()) {
        print(QStringLiteral("  ") + line);
    }
    print();

    QList<Target> targets;
    bool floorMissing = false;
    for (const Figures& f : all) {
        const QString viewer = prefix + f.viewer.toLower();
        targets << atMost(viewer + QStringLiteral(".first_rows_ms"), f.firstRows, FirstRowsTargetMs);
        const double keystrokes = median(f.keystrokes);
        targets << atMost(viewer + QStringLiteral(".keystroke_median_ms"), keystrokes, KeystrokeMedianTargetMs);
        if (f.ratios.isEmpty()) {
            floorMissing = true;
        } else {
            const double ratio = median(f.ratios);
            targets << atMost(viewer + QStringLiteral(".floor_ratio"), ratio, FloorRatioTarget);
        }
        targets << atMost(viewer + QStringLiteral(".sort_worst_ms"), worst(f.sorts), SortTargetMs);
        const double twoWords = median(f.twoWordKeystrokes);
        targets << atMost(viewer + QStringLiteral(".two_word_keystroke_median_ms"), twoWords,
                          TwoWordKeystrokeMedianTargetMs);
        targets << atMost(viewer + QStringLiteral(".memory_after_scrolling_mb"), f.memoryAfterScrolling,
                          PeakMemoryTargetMb);
        targets << atMost(viewer + QStringLiteral(".export_ms"), f.exportAll, ExportTargetMs);
    }
    targets << atMost(prefix + QStringLiteral("peak_memory_mb"), peak, PeakMemoryTargetMb);
    if (floorMissing) {
        print(QStringLiteral("note: %1 did not time the statements, so there is no floor ratio target for %2")
                  .arg(floorTool, workspace.engineName()));
    }
    for (const Target& target : std::as_const(targets)) {
        print(targetLine(target));
    }
    print(targetsLine(targets));
    return 0;
}

Status generateFile(const QString& file)
{
    print(QStringLiteral("%1 does not exist: generating it with the defaults (1,000,000 customers) first").arg(file));
    QProcess generator;
    generator.setProcessChannelMode(QProcess::ForwardedChannels);
    generator.start(QCoreApplication::applicationDirPath() + QStringLiteral("/bench_generate_workspace"),
                    {QStringLiteral("--out"), file});
    generator.waitForFinished(-1);
    if (generator.exitStatus() != QProcess::NormalExit || generator.exitCode() != 0) {
        return Error(ErrorCode::Storage, QStringLiteral("generation failed"));
    }
    return {};
}

// Fills the shared workspace with a copy of the file when it holds no workspace yet.
Status prepareServer(const Options& options)
{
    Workspace shared(benchOptions());
    Status opened = shared.open(*options.server);
    if (!opened) {
        return opened;
    }
    auto empty = shared.isEmpty();
    if (!empty) {
        return empty.error();
    }
    if (!empty.value()) {
        print(QStringLiteral("%1 holds a workspace already: timing it as it is (drop and create the database to copy "
                             "%2 again)")
                  .arg(options.server->toString(), QFileInfo(options.file).fileName()));
        return {};
    }
    print(QStringLiteral("%1 holds no workspace: copying %2 into it (WorkspaceCopy)")
              .arg(options.server->toString(), options.file));
    Database source;
    Status read = source.open(options.file);
    if (!read) {
        return read;
    }
    QElapsedTimer timer;
    timer.start();
    qint64 lastPrint = 0;
    auto copied = WorkspaceCopy::copy(source, shared.database(), [&](const CopyProgress& at) {
        if (timer.elapsed() - lastPrint >= 15000) {
            lastPrint = timer.elapsed();
            print(QStringLiteral("  [%1 s] %2: %3 of %4 rows; %5 of %6 rows in all")
                      .arg(double(lastPrint) / 1000, 0, 'f', 0)
                      .arg(at.table)
                      .arg(at.tableRows)
                      .arg(at.tableTotal)
                      .arg(at.rows)
                      .arg(at.total));
        }
        return true;
    });
    if (!copied) {
        return copied.error();
    }
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    qint64 rows = 0;
    for (const CopiedTable& table : copied.value()) {
        rows += table.rows;
    }
    print(QStringLiteral("copy: %1 rows in %2 tables in %3 s (%4 rows/s), one transaction, counted on both sides, "
                         "analyzed")
              .arg(rows)
              .arg(copied->size())
              .arg(seconds, 0, 'f', 1)
              .arg(qint64(double(rows) / std::max(seconds, 1e-9))));
    // A copy writes every row in one transaction: until the tables are vacuumed, no page is
    // marked all-visible (index-only scans read the heap) and each first read sets hint bits.
    // Autovacuum does that soon after on a server in use; here it is done now, so that it doesn't
    // run while the view is timed. A pass can leave pages unmarked while another session still
    // sees the database from before the copy (seen once, cause unknown), so it runs again then.
    const QString visible = QStringLiteral("SELECT round(100.0 * sum(relallvisible) / greatest(sum(relpages), 1), 1) "
                                           "FROM pg_class WHERE relkind = 'r' "
                                           "AND relnamespace = current_schema()::regnamespace");
    for (int pass = 1; pass <= 3; ++pass) {
        Status vacuumed;
        const double vacuumMs
            = timed([&] { vacuumed = SqlQuery::run(shared.db(), QStringLiteral("VACUUM (ANALYZE)")); });
        if (!vacuumed) {
            return vacuumed;
        }
        auto percent = SqlQuery::scalar(shared.db(), visible);
        if (!percent) {
            return percent.error();
        }
        print(QStringLiteral("VACUUM (ANALYZE) after the copy, as autovacuum would do soon: %1 s; %2% of the pages "
                             "all-visible")
                  .arg(vacuumMs / 1000, 0, 'f', 1)
                  .arg(percent->toString()));
        if (percent->toDouble() >= 99) {
            break;
        }
        print(QStringLiteral("  other sessions now: %1")
                  .arg(scalarText(shared,
                                  QStringLiteral("SELECT coalesce(string_agg(format('%s %s xmin %s since %s', "
                                                 "backend_type, state, backend_xmin, xact_start), '; '), "
                                                 "'none') FROM pg_stat_activity WHERE pid <> pg_backend_pid() "
                                                 "AND backend_xmin IS NOT NULL"))));
        QThread::sleep(2);
    }
    return {};
}

// Runs this program again to time one engine, forwarding what it prints; returns its targets.
std::optional<QList<Target>> measureInChild(const Options& options, const QString& engine)
{
    QStringList arguments{QStringLiteral("--measure"),  engine,
                          QStringLiteral("--file"),     options.file,
                          QStringLiteral("--reseller"), QString::number(options.reseller)};
    if (options.server) {
        arguments << QStringLiteral("--database") << options.serverText;
    }
    print(QStringLiteral("######## %1 ########")
              .arg(engine == QLatin1String("postgresql") ? QStringLiteral("PostgreSQL") : QStringLiteral("SQLite")));
    QProcess child;
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    child.start(QCoreApplication::applicationFilePath(), arguments);
    if (!child.waitForStarted(-1)) {
        print(
            QStringLiteral("could not start %1: %2").arg(QCoreApplication::applicationFilePath(), child.errorString()));
        return std::nullopt;
    }
    QList<Target> targets;
    const auto handle = [&](const QByteArray& bytes) {
        const QString line = QString::fromUtf8(bytes).chopped(bytes.endsWith('\n') ? 1 : 0);
        // Both engines' targets, and their total, come last.
        if (line.startsWith(QLatin1String("targets: "))) {
            return;
        }
        if (auto target = parseTargetLine(line)) {
            targets << *target;
            return;
        }
        print(line);
    };
    for (;;) {
        const bool more = child.waitForReadyRead(-1);
        while (child.canReadLine()) {
            handle(child.readLine());
        }
        if (!more && child.state() == QProcess::NotRunning) {
            break;
        }
    }
    const QByteArray rest = child.readAll();
    if (!rest.isEmpty()) {
        handle(rest);
    }
    if (child.exitStatus() != QProcess::NormalExit || child.exitCode() != 0) {
        print(QStringLiteral("timing %1 failed").arg(engine));
        return std::nullopt;
    }
    print();
    return targets;
}

// SQLite's target, PostgreSQL's beside it, by the name after "postgresql.".
void printSideBySide(const QList<Target>& sqlite, const QList<Target>& postgres)
{
    QHash<QString, Target> onServer;
    for (const Target& t : postgres) {
        onServer.insert(t.name.mid(QStringLiteral("postgresql.").size()), t);
    }
    const auto cell = [](const Target& t) { return ms(t.measured) + QLatin1Char(' ') + verdict(t.pass); };
    print(QStringLiteral("== SQLite and PostgreSQL, same data =="));
    print(QStringLiteral("%1 | %2 | %3 | %4")
              .arg(QStringLiteral("figure"), -30)
              .arg(QStringLiteral("limit"), 6)
              .arg(QStringLiteral("SQLite"), -13)
              .arg(QStringLiteral("PostgreSQL")));
    QStringList seen;
    for (const Target& t : sqlite) {
        seen << t.name;
        print(QStringLiteral("%1 | %2 | %3 | %4")
                  .arg(t.name, -30)
                  .arg(QString::number(t.limit), 6)
                  .arg(cell(t), -13)
                  .arg(onServer.contains(t.name) ? cell(onServer.value(t.name)) : QStringLiteral("-")));
    }
    for (auto it = onServer.cbegin(); it != onServer.cend(); ++it) {
        if (!seen.contains(it.key())) {
            print(QStringLiteral("%1 | %2 | %3 | %4")
                      .arg(it.key(), -30)
                      .arg(QString::number(it->limit), 6)
                      .arg(QStringLiteral("-"), -13)
                      .arg(cell(it.value())));
        }
    }
    print();
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Times the Customers view over a synthetic workspace."));
    parser.addHelpOption();
    // By default under the build folder, next to this program: a million customers are ~2 GB.
    const QString defaultFile
        = QCoreApplication::applicationDirPath() + QStringLiteral("/bench-data/workspace-1m.sqlite");
    parser.addOption({QStringLiteral("file"), QStringLiteral("Workspace written by bench_generate_workspace."),
                      QStringLiteral("FILE"), defaultFile});
    parser.addOption({QStringLiteral("reseller"), QStringLiteral("Number of the reseller whose view is timed too."),
                      QStringLiteral("N"), QStringLiteral("1")});
    parser.addOption({QStringLiteral("database"),
                      QStringLiteral("A shared workspace (postgresql://user@host[:port]/database[?sslmode=…&host=…"
                                     "&port=…]) to time beside the file, on the same data: the file is copied into it "
                                     "when it holds no workspace yet. Its password, if any, is PGPASSWORD's."),
                      QStringLiteral("URI")});
    parser.addOption({QStringLiteral("skip-sqlite"), QStringLiteral("With --database: time PostgreSQL only.")});
    // What this program runs itself with, to time one engine in a process of its own.
    QCommandLineOption measureOption(QStringLiteral("measure"), QStringLiteral("Time one engine in this process."),
                                     QStringLiteral("sqlite|postgresql"));
    measureOption.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(measureOption);
    parser.process(app);

    Options options;
    options.file = QFileInfo(parser.value(QStringLiteral("file"))).absoluteFilePath();
    options.reseller = parser.value(QStringLiteral("reseller")).toInt();
    if (parser.isSet(QStringLiteral("database"))) {
        auto location = WorkspaceLocation::parse(parser.value(QStringLiteral("database")));
        if (!location) {
            print(QStringLiteral("--database: %1").arg(location.errorString()));
            return 1;
        }
        if (!location->isShared()) {
            print(QStringLiteral("--database takes a postgresql:// address; a file is --file"));
            return 1;
        }
        options.server = location.value();
        options.server->setPassword(qEnvironmentVariable("PGPASSWORD"));
        options.serverText = parser.value(QStringLiteral("database"));
    }
    const QString measured = parser.value(measureOption);
    if (!measured.isEmpty()) {
        if (measured == QLatin1String("postgresql") && !options.server) {
            print(QStringLiteral("--measure postgresql needs --database"));
            return 1;
        }
        return measure(options, measured == QLatin1String("postgresql"));
    }

    if (!QFileInfo::exists(options.file)) {
        Status generated = generateFile(options.file);
        if (!generated) {
            print(generated.errorString());
            return 1;
        }
    }
    if (!options.server) {
        return measure(options, false); // the file alone, in this process
    }

    printMachine();
    Status prepared = prepareServer(options);
    if (!prepared) {
        print(QStringLiteral("could not prepare %1: %2").arg(options.server->toString(), prepared.errorString()));
        return 1;
    }
    print();
    QList<Target> sqlite;
    if (!parser.isSet(QStringLiteral("skip-sqlite"))) {
        auto targets = measureInChild(options, QStringLiteral("sqlite"));
        if (!targets) {
            return 1;
        }
        sqlite = *targets;
    }
    auto postgres = measureInChild(options, QStringLiteral("postgresql"));
    if (!postgres) {
        return 1;
    }
    if (!sqlite.isEmpty()) {
        printSideBySide(sqlite, *postgres);
    }
    const QList<Target> all = sqlite + *postgres;
    for (const Target& target : all) {
        print(targetLine(target));
    }
    print(targetsLine(all));
    return 0;
}
