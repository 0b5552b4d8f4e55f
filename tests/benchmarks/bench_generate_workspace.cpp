// Writes a synthetic workspace at the scale of ARCHITECTURE §9 (one provider, its resellers, up
// to a million customers with subscriptions) and prints how long it took.
//
//   bench_generate_workspace --customers 1000000 --resellers 2000 --subscriptions 1
//       --out build-tests/tests/benchmarks/bench-data/workspace-1m.sqlite [--force]

#include "storage/Database.h"
#include "storage/SyntheticData.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLocale>

#include <cstdio>

namespace {

void print(const QString& line)
{
    std::fprintf(stdout, "%s\n", qUtf8Printable(line));
    std::fflush(stdout);
}

bool positive(const QCommandLineParser& parser, const QString& name, int minimum, int& value)
{
    bool ok = false;
    value = parser.value(name).toInt(&ok);
    if (!ok || value < minimum) {
        std::fprintf(stderr, "--%s must be a whole number of at least %d\n", qUtf8Printable(name), minimum);
        return false;
    }
    return true;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Writes a synthetic PartnerDesk workspace for the benchmarks."));
    parser.addHelpOption();
    const SyntheticSpec defaults;
    parser.addOption({QStringLiteral("customers"), QStringLiteral("Number of customers."), QStringLiteral("N"),
                      QString::number(defaults.customers)});
    parser.addOption({QStringLiteral("resellers"), QStringLiteral("Number of indirect resellers."), QStringLiteral("M"),
                      QString::number(defaults.resellers)});
    parser.addOption({QStringLiteral("subscriptions"), QStringLiteral("Subscriptions per customer."),
                      QStringLiteral("S"), QString::number(defaults.subscriptionsPerCustomer)});
    parser.addOption({QStringLiteral("seed"), QStringLiteral("Seed of the name generator."), QStringLiteral("SEED"),
                      QString::number(defaults.seed)});
    parser.addOption({QStringLiteral("out"), QStringLiteral("Workspace file to write."), QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("force"), QStringLiteral("Replace FILE if it exists.")});
    parser.process(app);

    SyntheticSpec spec;
    int seed = 0;
    if (!positive(parser, QStringLiteral("customers"), 0, spec.customers)
        || !positive(parser, QStringLiteral("resellers"), 1, spec.resellers)
        || !positive(parser, QStringLiteral("subscriptions"), 0, spec.subscriptionsPerCustomer)
        || !positive(parser, QStringLiteral("seed"), 0, seed)) {
        return 2;
    }
    spec.seed = quint32(seed);
    const QString out = parser.value(QStringLiteral("out"));
    if (out.isEmpty()) {
        std::fprintf(stderr, "--out FILE is required\n");
        return 2;
    }
    if (QFileInfo::exists(out)) {
        if (!parser.isSet(QStringLiteral("force"))) {
            std::fprintf(stderr, "%s exists; pass --force to replace it\n", qUtf8Printable(out));
            return 1;
        }
        for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
            QFile::remove(out + suffix);
        }
    }

    const QLocale c = QLocale::c();
    print(QStringLiteral("Generating %1 customers, %2 resellers, %3 subscription(s) per customer into %4")
              .arg(c.toString(spec.customers), c.toString(spec.resellers))
              .arg(spec.subscriptionsPerCustomer)
              .arg(out));
    print(QStringLiteral("Sign-in: %1 / %2 (Argon2id, %3 pass(es) over %4 KiB: synthetic data, not the product's "
                         "cost)")
              .arg(SyntheticData::providerAdminUpn(), SyntheticData::password())
              .arg(spec.passwordCost.opsLimit)
              .arg(spec.passwordCost.memLimitBytes / 1024));
    QElapsedTimer total;
    total.start();
    Status status;
    {
        Database database;
        status = database.open(out);
        if (status) {
            print(QStringLiteral("[%1 s] created and migrated to schema version %2")
                      .arg(double(total.elapsed()) / 1000.0, 0, 'f', 1)
                      .arg(database.schemaVersion()));
            status = SyntheticData::generate(database.connection(), spec, print);
        }
    }
    if (!status) {
        std::fprintf(stderr, "Failed: %s\n", qUtf8Printable(status.errorString()));
        for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
            QFile::remove(out + suffix);
        }
        return 1;
    }
    const double seconds = double(total.elapsed()) / 1000.0;
    const qint64 rows = qint64(spec.customers) * (4 + spec.subscriptionsPerCustomer) + qint64(spec.resellers) * 9;
    print(QStringLiteral("Done in %1 s: %2 customers/s, %3 rows/s (%4 rows: per customer a tenant, the customer, "
                         "2 relationships, %5 subscription(s)); file %6 MB")
              .arg(seconds, 0, 'f', 1)
              .arg(c.toString(qint64(spec.customers / seconds)), c.toString(qint64(double(rows) / seconds)),
                   c.toString(rows))
              .arg(spec.subscriptionsPerCustomer)
              .arg(QFileInfo(out).size() / (1024 * 1024)));
    return 0;
}
