#include "SyntheticData.h"

#include "domain/Directory.h"
#include "domain/PartnerAccount.h"
#include "domain/SearchText.h"
#include "security/PasswordHasher.h"
#include "storage/CustomerStore.h"
#include "storage/Database.h"
#include "storage/DirectoryStore.h"
#include "storage/PartnerStore.h"
#include "storage/RelationshipStore.h"
#include "storage/Rows.h"
#include "storage/SqlQuery.h"
#include "storage/SqliteAdapter.h"

#include <QElapsedTimer>
#include <QLocale>
#include <QRandomGenerator>
#include <QUuid>

#include <algorithm>
#include <cmath>
#include <ctime>
#include <memory>
#include <unordered_map>
#include <vector>

using namespace Rows;

namespace {

// Words in the order of how often they occur: the word of rank k is drawn with weight
// 1 / (k + 1)^exponent, a long tail like real company names, so that a typed prefix matches a
// realistic share of names (a few common words, many rare ones).
class WeightedWords
{
public:
    WeightedWords(QStringList words, double exponent)
        : m_words(std::move(words))
    {
        double total = 0;
        for (qsizetype k = 0; k < m_words.size(); ++k) {
            total += 1.0 / std::pow(double(k + 1), exponent);
            m_cumulative.push_back(total);
        }
    }

    const QString& pick(QRandomGenerator& rng) const
    {
        const double x = rng.generateDouble() * m_cumulative.back();
        const auto at = std::upper_bound(m_cumulative.begin(), m_cumulative.end(), x);
        return m_words.at(std::min<qsizetype>(at - m_cumulative.begin(), m_words.size() - 1));
    }

private:
    QStringList m_words;
    std::vector<double> m_cumulative;
};

QStringList words(const char* const* list, int count)
{
    QStringList result;
    for (int i = 0; i < count; ++i) {
        result << QString::fromUtf8(list[i]);
    }
    return result;
}

template <int N>
QStringList words(const char* const (&list)[N])
{
    return words(list, N);
}

// The first word of a name: places, nature, colours, qualities; "Northwind" is fairly common.
const char* const FirstWords[] = {
    "Blue",      "North",    "Summit",    "Pacific",   "Green",     "Silver",    "Cedar",     "Pine",      "River",
    "Northwind", "Lake",     "Harbor",    "Eagle",     "Golden",    "Red",       "Oak",       "Maple",     "Atlas",
    "Apex",      "Pioneer",  "Liberty",   "Coastal",   "Mountain",  "Valley",    "Bright",    "Prime",     "Metro",
    "Central",   "United",   "First",     "Evergreen", "Granite",   "Iron",      "Crystal",   "Sunrise",   "Horizon",
    "Keystone",  "Beacon",   "Bayside",   "Lakeside",  "Pinecrest", "Riverside", "Westfield", "Eastside",  "Southern",
    "Northern",  "Western",  "Great",     "Grand",     "Royal",     "Star",      "Falcon",    "Hawk",      "Fox",
    "Bear",      "Wolf",     "Lion",      "Phoenix",   "Orion",     "Vertex",    "Nova",      "Quantum",   "Fusion",
    "Vector",    "Delta",    "Sigma",     "Alpine",    "Desert",    "Prairie",   "Meadow",    "Willow",    "Birch",
    "Aspen",     "Sequoia",  "Magnolia",  "Juniper",   "Copper",    "Cobalt",    "Indigo",    "Amber",     "Ivory",
    "Onyx",      "Sterling", "Heritage",  "Legacy",    "Premier",   "Elite",     "Trusted",   "Reliable",  "Precision",
    "Rapid",     "Swift",    "Clear",     "True",      "Bold",      "Modern",    "Urban",     "Rural",     "Capital",
    "Frontier",  "Gateway",  "Harvest",   "Tidewater", "Bluebird",  "Redwood",   "Highland",  "Ridgeline", "Canyon",
    "Mesa",      "Sierra",   "Everest",   "Contoso",   "Fabrikam",  "Tailspin",  "Wingtip",   "Litware",   "Proseware",
    "Woodgrove", "Lucerne",  "Relecloud", "Adatum",    "Coho",      "Humongous", "Trey",      "Wideworld", "Margie's",
    "São Paulo", "Málaga",   "Zürich",    "Montréal",  "Hudson",    "Potomac",   "Cascade",   "Olympic",   "Shenandoah",
    "Yukon",
};

// A second word that makes a place of the first: "Blue Harbor", "Cedar Ridge".
const char* const SecondWords[] = {
    "Harbor", "Ridge", "Creek", "Valley",  "Peak",  "Bay",  "Point",   "Stone",  "Bridge", "Field",
    "Brook",  "Grove", "Hill",  "Rock",    "Water", "Wood", "Crest",   "Haven",  "Gate",   "Line",
    "Path",   "Port",  "Shore", "Springs", "View",  "Way",  "Works",   "Light",  "Star",   "Wave",
    "Wind",   "Sky",   "Leaf",  "Fire",    "Forge", "Mill", "Landing", "Meadow", "Canyon", "Summit",
};

// What the company does; "Dental" is a common inner word.
const char* const Industries[] = {
    "Consulting",   "Construction", "Logistics",     "Dental",       "Healthcare",      "Legal",
    "Accounting",   "Insurance",    "Realty",        "Engineering",  "Software",        "Technologies",
    "Systems",      "Solutions",    "Medical",       "Foods",        "Manufacturing",   "Properties",
    "Analytics",    "Bakery",       "Brewing",       "Coffee",       "Farms",           "Energy",
    "Solar",        "Electric",     "Plumbing",      "Roofing",      "Landscaping",     "Auto",
    "Motors",       "Transport",    "Freight",       "Marine",       "Aviation",        "Travel",
    "Hospitality",  "Hotels",       "Restaurants",   "Catering",     "Fitness",         "Wellness",
    "Pharmacy",     "Veterinary",   "Clinic",        "Labs",         "Research",        "Education",
    "Academy",      "Learning",     "Media",         "Design",       "Marketing",       "Printing",
    "Publishing",   "Studios",      "Apparel",       "Textiles",     "Furniture",       "Hardware",
    "Supply",       "Distribution", "Retail",        "Outfitters",   "Imports",         "Trading",
    "Financial",    "Advisors",     "Investments",   "Credit Union", "Security",        "Staffing",
    "Recruiting",   "Cleaning",     "Environmental", "Recycling",    "Chemicals",       "Plastics",
    "Metals",       "Steel",        "Lumber",        "Paper",        "Packaging",       "Telecom",
    "Networks",     "Data",         "Cloud",         "Robotics",     "Biotech",         "Therapeutics",
    "Orthodontics", "Optometry",    "Chiropractic",  "Pediatrics",   "Family Practice", "Physical Therapy",
    "Architects",   "Surveying",    "Nurseries",     "Vineyards",    "Winery",          "Dairy",
    "Seafood",      "Provisions",
};

const char* const Suffixes[] = {
    "Group",      "LLC",        "Inc",         "Partners",    "Co",          "Ltd",
    "Associates", "Services",   "Holdings",    "Company",     "Corporation", "International",
    "& Sons",     "Collective", "Enterprises", "Cooperative", "Agency",      "Studio",
};

// Family names for "Keller & Ortiz Associates"; the last one is rare on purpose, for the
// benchmark's rare-word search.
const char* const Surnames[] = {
    "Smith",    "Johnson",   "Williams", "Brown",     "Jones",      "Garcia",   "Miller",    "Davis",     "Rodriguez",
    "Martinez", "Hernandez", "Lopez",    "Gonzalez",  "Wilson",     "Anderson", "Thomas",    "Taylor",    "Moore",
    "Jackson",  "Martin",    "Lee",      "Perez",     "Thompson",   "White",    "Harris",    "Sanchez",   "Clark",
    "Ramirez",  "Lewis",     "Robinson", "Walker",    "Young",      "Allen",    "King",      "Wright",    "Scott",
    "Torres",   "Nguyen",    "Hill",     "Flores",    "Adams",      "Nelson",   "Baker",     "Hall",      "Rivera",
    "Campbell", "Mitchell",  "Carter",   "Roberts",   "Keller",     "Ortiz",    "Müller",    "Schmidt",   "Schneider",
    "Fischer",  "Weber",     "Dubois",   "Moreau",    "Laurent",    "Peña",     "Muñoz",     "Jiménez",   "Novak",
    "Kowalski", "O'Brien",   "O'Connor", "MacLeod",   "Fitzgerald", "Sullivan", "Brennan",   "Murphy",    "Kelly",
    "Byrne",    "Chen",      "Wang",     "Li",        "Zhang",      "Liu",      "Singh",     "Patel",     "Kumar",
    "Sharma",   "Khan",      "Ali",      "Ahmed",     "Haddad",     "Cohen",    "Levi",      "Rossi",     "Russo",
    "Ferrari",  "Esposito",  "Bianchi",  "Romano",    "Silva",      "Santos",   "Oliveira",  "Souza",     "Costa",
    "Pereira",  "Almeida",   "Andersen", "Hansen",    "Larsen",     "Nielsen",  "Johansson", "Lindqvist", "Virtanen",
    "Korhonen", "Dvořák",    "Horvat",   "Kovács",    "Nagy",       "Popescu",  "Ivanov",    "Petrov",    "Yilmaz",
    "Kaya",     "Demir",     "Tanaka",   "Suzuki",    "Sato",       "Watanabe", "Kim",       "Park",      "Choi",
    "Okafor",   "Mensah",    "Abebe",    "Zephyrine",
};

const char* const ResellerKinds[] = {
    "IT Solutions", "Technology Partners", "Cloud Services",      "Networks", "Computer Services",
    "Managed IT",   "Tech Group",          "Systems Integration", "Digital",  "IT Consulting",
};

struct Country
{
    const char* code;
    int weight; // in tenths of a percent
    const char* city;
    const char* region;
    const char* postalCode;
    const char* phone;
};

// Mostly the United States, as a US distributor's customers would be.
const Country Countries[] = {
    {"US", 700, "Seattle", "WA", "98101", "+14255550100"},  {"GB", 80, "London", "", "EC1A 1BB", "+442079460000"},
    {"CA", 60, "Toronto", "ON", "M5H 2N2", "+14165550100"}, {"DE", 40, "Berlin", "", "10115", "+493012345678"},
    {"AU", 30, "Sydney", "NSW", "2000", "+61255550100"},    {"FR", 20, "Paris", "", "75001", "+33140000000"},
    {"ES", 20, "Madrid", "", "28001", "+34910000000"},      {"MX", 20, "Monterrey", "NL", "64000", "+528180000000"},
    {"NL", 15, "Amsterdam", "", "1012 AB", "+31200000000"}, {"IE", 15, "Dublin", "", "D02 XY45", "+35310000000"},
};

const char* const OfferIds[] = {"m365-business-basic", "m365-business-standard", "o365-e3"};
const char* const OfferNames[] = {"Microsoft 365 Business Basic", "Microsoft 365 Business Standard", "Office 365 E3"};

// The tables written row by row in bulk: their indexes and triggers are dropped during the load
// and created again at the end, which builds each index in one sorted pass.
const char* const BulkTables[] = {"tenants", "customers", "customer_relationships", "subscriptions"};

QString text(const char* utf8)
{
    return QString::fromUtf8(utf8);
}

// A statement prepared once and run many times with new values.
class Prepared
{
public:
    Prepared(const QSqlDatabase& db, const QString& sql)
        : m_query(db)
    {
        m_query.setForwardOnly(true);
        m_prepared = m_query.prepare(sql);
    }

    Status run(std::initializer_list<QVariant> values)
    {
        if (!m_prepared) {
            return SqlQuery::storageError(m_query);
        }
        int i = 0;
        for (const QVariant& value : values) {
            m_query.bindValue(i++, value);
        }
        if (!m_query.exec()) {
            return SqlQuery::storageError(m_query);
        }
        return {};
    }

private:
    QSqlQuery m_query;
    bool m_prepared = false;
};

Status runAll(const QSqlDatabase& db, const QStringList& statements)
{
    for (const QString& statement : statements) {
        Status done = SqlQuery::run(db, statement);
        if (!done) {
            return done;
        }
    }
    return {};
}

// A line of progress, after the time since the start and the process's CPU time: on a busy
// machine the two part, and the CPU time is what the generator itself cost.
void progressLine(const std::function<void(const QString&)>& progress, const QElapsedTimer& clock, const QString& line)
{
    if (!progress) {
        return;
    }
    timespec cpu{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &cpu);
    progress(QStringLiteral("[%1 s, CPU %2 s] %3")
                 .arg(double(clock.elapsed()) / 1000.0, 0, 'f', 1)
                 .arg(double(cpu.tv_sec) + double(cpu.tv_nsec) / 1e9, 0, 'f', 1)
                 .arg(line));
}

// Rows per INSERT statement, and customers per batch: Qt's cost of running a statement (reset,
// bookkeeping, result set-up) is then paid once for this many rows. At most 11 values a row stay
// far below SQLite's limit of 32,766 bound values.
constexpr int RowsPerStatement = 100;
constexpr int MaxBoundValues = 32766;

// A multi-row INSERT ... VALUES (...), (...): each row is bound as it comes, and a statement is
// run whenever RowsPerStatement rows are bound; flush() writes the rest with a shorter one.
class BatchInsert
{
public:
    // head: "INSERT INTO t (a, b, c) VALUES "; row: one row's "(?, ?, 'x')", with a "?" for each of
    // its columns values.
    BatchInsert(const QSqlDatabase& db, QString head, QString row, int columns, int rowsPerStatement)
        : m_db(db)
        , m_head(std::move(head))
        , m_row(std::move(row))
        , m_columns(columns)
        , m_rowsPerStatement(rowsPerStatement)
        , m_query(db)
    {
        Q_ASSERT(columns * rowsPerStatement <= MaxBoundValues);
        m_prepared = prepare(m_query, m_rowsPerStatement);
    }

    template <typename... Values>
    Status add(const Values&... values)
    {
        Q_ASSERT(int(sizeof...(values)) == m_columns);
        if (!m_prepared) {
            return SqlQuery::storageError(m_query);
        }
        int at = m_rows * m_columns;
        (m_query.bindValue(at++, QVariant(values)), ...);
        if (++m_rows < m_rowsPerStatement) {
            return {};
        }
        m_rows = 0;
        return m_query.exec() ? Status() : SqlQuery::storageError(m_query);
    }

    Status flush()
    {
        if (m_rows == 0) {
            return {};
        }
        QSqlQuery rest(m_db);
        if (!prepare(rest, m_rows)) {
            return SqlQuery::storageError(rest);
        }
        for (int i = 0; i < m_rows * m_columns; ++i) {
            rest.bindValue(i, m_query.boundValue(i));
        }
        m_rows = 0;
        return rest.exec() ? Status() : SqlQuery::storageError(rest);
    }

private:
    bool prepare(QSqlQuery& query, int rows) const
    {
        QString sql = m_head;
        sql.reserve(m_head.size() + rows * (m_row.size() + 2));
        for (int r = 0; r < rows; ++r) {
            if (r > 0) {
                sql += QStringLiteral(", ");
            }
            sql += m_row;
        }
        query.setForwardOnly(true);
        return query.prepare(sql);
    }

    QSqlDatabase m_db;
    QString m_head;
    QString m_row;
    int m_columns = 0;
    int m_rowsPerStatement = 0;
    QSqlQuery m_query;
    bool m_prepared = false;
    int m_rows = 0;
};

// Rows::iso of a UTC time given in milliseconds since the epoch ("2024-05-06T07:08:09.010Z"),
// without a QDateTime and its formatter for each of millions of rows.
QString isoUtc(qint64 ms)
{
    constexpr qint64 DayMs = 86400000;
    qint64 days = ms / DayMs;
    qint64 inDay = ms % DayMs;
    if (inDay < 0) {
        inDay += DayMs;
        --days;
    }
    // The civil date of a day number (H. Hinnant's days_from_civil, inverted).
    days += 719468;
    const qint64 era = (days >= 0 ? days : days - 146096) / 146097;
    const qint64 dayOfEra = days - era * 146097;
    const qint64 yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146096) / 365;
    const qint64 dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
    const qint64 shiftedMonth = (5 * dayOfYear + 2) / 153;
    const qint64 day = dayOfYear - (153 * shiftedMonth + 2) / 5 + 1;
    const qint64 month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9;
    const qint64 year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);

    QString text(24, Qt::Uninitialized);
    QChar* out = text.data();
    const auto put = [&out](qint64 value, int digits) {
        for (int i = digits - 1; i >= 0; --i) {
            out[i] = QLatin1Char(char('0' + value % 10));
            value /= 10;
        }
        out += digits;
    };
    const auto sep = [&out](char c) { *out++ = QLatin1Char(c); };
    put(year, 4);
    sep('-');
    put(month, 2);
    sep('-');
    put(day, 2);
    sep('T');
    put(inDay / 3600000, 2);
    sep(':');
    put(inDay / 60000 % 60, 2);
    sep(':');
    put(inDay / 1000 % 60, 2);
    sep('.');
    put(inDay % 1000, 3);
    sep('Z');
    return text;
}

struct Reseller
{
    QString accountId;
    QString partnerId;
};

class Generator
{
    Q_DECLARE_TR_FUNCTIONS(SyntheticData)

public:
    Generator(const QSqlDatabase& db, const SyntheticSpec& spec, const std::function<void(const QString&)>& progress,
              const QElapsedTimer& clock)
        : m_db(db)
        , m_spec(spec)
        , m_progress(progress)
        , m_clock(clock)
        , m_rng(spec.seed)
        , m_now(spec.now.isValid() ? spec.now.toUTC() : QDateTime::currentDateTimeUtc())
        , m_first(words(FirstWords), 0.9)
        , m_second(words(SecondWords), 0.8)
        , m_industry(words(Industries), 0.9)
        , m_suffix(words(Suffixes), 0.9)
        , m_surname(words(Surnames), 1.0)
    {
        for (const Country& c : Countries) {
            m_countryWeight += c.weight;
        }
    }

    Status run()
    {
        Status status = deferIndexes();
        if (status) {
            status = offers();
        }
        if (status) {
            status = provider();
        }
        if (status) {
            status = resellers();
        }
        if (status) {
            status = customers();
        }
        if (status) {
            status = restoreIndexes();
        }
        return status;
    }

private:
    void report(const QString& line) { progressLine(m_progress, m_clock, line); }

    QString uuid()
    {
        const quint64 a = m_rng.generate64();
        const quint64 b = m_rng.generate64();
        const auto byte = [b](int i) { return uchar((b >> (8 * i)) & 0xff); };
        // Version 4 (random) and the RFC 4122 variant, like QUuid::createUuid().
        const QUuid id(uint(a >> 32), ushort((a >> 16) & 0xffff), ushort((a & 0x0fff) | 0x4000),
                       uchar((byte(0) & 0x3f) | 0x80), byte(1), byte(2), byte(3), byte(4), byte(5), byte(6), byte(7));
        return id.toString(QUuid::WithoutBraces);
    }

    // A time-ordered id (UUID version 7, RFC 9562: milliseconds, then a counter, then random
    // bits) for the bulk rows, its time from a clock that ticks as rows are written: each index
    // on an id then grows at its end instead of at random places, which keeps a million-row load
    // fast.
    QString orderedUuid(qint64 ms)
    {
        if (ms > m_lastMs) {
            m_lastMs = ms;
            m_sequence = 0;
        }
        const quint64 high = (quint64(m_lastMs) << 16) | 0x7000 | (m_sequence++ & 0x0fff);
        const quint64 b = m_rng.generate64();
        const auto byte = [b](int i) { return uchar((b >> (8 * i)) & 0xff); };
        const QUuid id(uint(high >> 32), ushort((high >> 16) & 0xffff), ushort(high & 0xffff),
                       uchar((byte(0) & 0x3f) | 0x80), byte(1), byte(2), byte(3), byte(4), byte(5), byte(6), byte(7));
        return id.toString(QUuid::WithoutBraces);
    }

    int countryIndex()
    {
        int x = int(m_rng.bounded(m_countryWeight));
        for (int i = 0; i < int(std::size(Countries)); ++i) {
            if (x < Countries[i].weight) {
                return i;
            }
            x -= Countries[i].weight;
        }
        return 0;
    }

    const Country& country() { return Countries[countryIndex()]; }

    QString companyName()
    {
        const int pattern = int(m_rng.bounded(100));
        QString name;
        if (pattern < 40) {
            name = m_first.pick(m_rng) + QLatin1Char(' ') + m_industry.pick(m_rng) + QLatin1Char(' ')
                + m_suffix.pick(m_rng);
        } else if (pattern < 60) {
            name = m_first.pick(m_rng) + QLatin1Char(' ') + m_second.pick(m_rng) + QLatin1Char(' ')
                + m_industry.pick(m_rng);
        } else if (pattern < 72) {
            name = m_surname.pick(m_rng) + QStringLiteral(" & ") + m_surname.pick(m_rng) + QLatin1Char(' ')
                + m_suffix.pick(m_rng);
        } else if (pattern < 82) {
            name = m_surname.pick(m_rng) + QLatin1Char(' ') + m_industry.pick(m_rng);
        } else if (pattern < 92) {
            name = m_first.pick(m_rng) + QLatin1Char(' ') + m_industry.pick(m_rng);
        } else {
            name = m_first.pick(m_rng) + QLatin1Char(' ') + m_second.pick(m_rng) + QLatin1Char(' ')
                + m_suffix.pick(m_rng);
        }
        return name;
    }

    // The start of a unique domain prefix: the first two words of the name in plain letters; the
    // customer's number follows (letters then digits, so two customers never share one).
    static QString domainStem(const QString& name)
    {
        QString stem;
        const QStringList parts = SearchText::words(name);
        for (qsizetype w = 0; w < std::min<qsizetype>(parts.size(), 2); ++w) {
            for (const QChar c : parts.at(w)) {
                if (c >= QLatin1Char('a') && c <= QLatin1Char('z')) {
                    stem += c;
                }
            }
        }
        if (stem.isEmpty()) {
            stem = QStringLiteral("customer");
        }
        return stem.left(20);
    }

    // Indexes and triggers of the bulk tables, as the migrations created them.
    Status deferIndexes()
    {
        QStringList tables;
        for (const char* table : BulkTables) {
            tables << QLatin1Char('\'') + text(table) + QLatin1Char('\'');
        }
        auto found = SqlQuery::run(m_db,
                                   QStringLiteral("SELECT type, name, sql FROM sqlite_master WHERE type IN "
                                                  "('index', 'trigger') AND sql IS NOT NULL AND tbl_name IN (%1) "
                                                  "ORDER BY type, name")
                                       .arg(tables.join(QStringLiteral(", "))));
        if (!found) {
            return found;
        }
        QStringList drops;
        QSqlQuery& q = found.value();
        while (q.next()) {
            drops << QStringLiteral("DROP %1 %2").arg(q.value(0).toString().toUpper(), q.value(1).toString());
            m_deferred << q.value(2).toString();
        }
        for (const QString& drop : drops) {
            Status dropped = SqlQuery::run(m_db, drop);
            if (!dropped) {
                return dropped;
            }
        }
        report(tr("dropped %1 indexes and triggers of the bulk tables for the load").arg(drops.size()));
        return {};
    }

    Status restoreIndexes()
    {
        for (const QString& sql : std::as_const(m_deferred)) {
            Status created = SqlQuery::run(m_db, sql);
            if (!created) {
                return created;
            }
            report(tr("created %1").arg(sql.section(QLatin1Char(' '), 0, 3).simplified()));
        }
        Status rebuilt
            = SqlQuery::run(m_db, SqlEngine::sqlite().rebuildFullTextIndex(QStringLiteral("customers")).constFirst());
        if (rebuilt) {
            report(tr("rebuilt the full-text index of customers"));
        }
        return rebuilt;
    }

    Status offers()
    {
        Prepared insert(m_db,
                        QStringLiteral("INSERT OR IGNORE INTO offers (id, name, billing_type, term) "
                                       "VALUES (?, ?, 'License', 'P1Y')"));
        for (int i = 0; i < int(std::size(OfferIds)); ++i) {
            Status status = insert.run({text(OfferIds[i]), text(OfferNames[i])});
            if (!status) {
                return status;
            }
        }
        return {};
    }

    // One partner of the channel with its tenant, Partner ID, Admin agent and status history.
    Status partner(PartnerAccount& account, const QString& prefix, const QString& displayName, const Country& where,
                   const QString& adminDisplayName, const QList<PartnerRole>& roles, QString& adminUserId)
    {
        Tenant tenant{uuid(), displayName, prefix, text(where.code), false, m_now.addYears(-6)};
        Status status = DirectoryStore::insertTenant(m_db, tenant);
        const PmcAccount pmc{uuid(), prefix + QStringLiteral(".pmc"), {}};
        if (status) {
            status = DirectoryStore::insertPmcAccount(m_db, pmc, {m_passwordHash, {}}, tenant.created);
        }
        if (status) {
            status = DirectoryStore::insertMpnProfile(
                m_db, MpnProfile{account.partnerId, pmc.id, displayName, tenant.country, MpnStatus::Active, {}, {}});
        }
        account.id = uuid();
        account.tenantId = tenant.id;
        account.legal.legalName = displayName;
        account.legal.address = {QStringLiteral("1 Channel Way"),
                                 {},
                                 text(where.city),
                                 text(where.region),
                                 text(where.postalCode),
                                 tenant.country};
        account.legal.contactFirstName = QStringLiteral("Alex");
        account.legal.contactLastName = QStringLiteral("Bench");
        account.legal.contactEmail = QStringLiteral("alex@%1.example.com").arg(prefix);
        account.legal.contactPhone = text(where.phone);
        account.support = {QStringLiteral("support@%1.example.com").arg(prefix), text(where.phone),
                           QStringLiteral("https://%1.example.com").arg(prefix)};
        account.status = PartnerStatus::Active;
        account.created = tenant.created;
        account.updated = tenant.created;
        if (status) {
            status = PartnerStore::insertAccount(m_db, account);
        }
        if (status) {
            status
                = PartnerStore::appendStatusChange(m_db, account.id, {}, PartnerStatus::Active, {}, {}, tenant.created);
        }
        TenantUser admin;
        admin.id = uuid();
        admin.tenantId = tenant.id;
        admin.upn = QStringLiteral("admin@") + tenant.defaultDomain();
        admin.displayName = adminDisplayName;
        admin.directoryRole = DirectoryRole::GlobalAdministrator;
        if (status) {
            status = DirectoryStore::insertUser(m_db, admin, {m_passwordHash, {}}, tenant.created);
        }
        for (PartnerRole role : roles) {
            if (status) {
                status = PartnerStore::addRole(m_db, account.id, admin.id, role);
            }
        }
        adminUserId = admin.id;
        return status;
    }

    Status provider()
    {
        m_passwordHash = PasswordHasher(m_spec.passwordCost).hash(SyntheticData::password());
        PartnerAccount account;
        account.type = PartnerType::IndirectProvider;
        account.partnerId = QStringLiteral("5000001");
        QString adminId;
        Status status = partner(
            account, SyntheticData::providerAdminUpn().section(QLatin1Char('@'), 1).section(QLatin1Char('.'), 0, 0),
            QStringLiteral("Contoso Distribution"), Countries[0], QStringLiteral("Provider Admin"),
            {PartnerRole::AdminAgent, PartnerRole::SalesAgent}, adminId);
        if (!status) {
            return status;
        }
        m_providerId = account.id;
        ProviderListing listing;
        listing.partnerAccountId = account.id;
        listing.services = {ProviderService::CustomerSupport, ProviderService::TechnicalAssistance,
                            ProviderService::MarketingHelp, ProviderService::FinancingAndCredit};
        for (const Country& c : Countries) {
            listing.countries << text(c.code);
        }
        listing.contactName = QStringLiteral("Provider Admin");
        listing.contactEmail = account.support.email;
        listing.contactPhone = account.support.phone;
        listing.website = account.support.website;
        listing.description = QStringLiteral("Synthetic indirect provider for benchmarks.");
        status = PartnerStore::insertListing(m_db, listing);
        if (status) {
            report(tr("provider %1 (%2), password hashed with Argon2id, %3 pass(es) over %4 KiB")
                       .arg(account.legal.legalName, SyntheticData::providerAdminUpn())
                       .arg(m_spec.passwordCost.opsLimit)
                       .arg(m_spec.passwordCost.memLimitBytes / 1024));
        }
        return status;
    }

    Status resellers()
    {
        for (int i = 1; i <= m_spec.resellers; ++i) {
            const Country& where = country();
            PartnerAccount account;
            account.type = PartnerType::IndirectReseller;
            account.partnerId = QString::number(6000000 + i);
            const QString name = m_first.pick(m_rng) + QLatin1Char(' ')
                + text(ResellerKinds[m_rng.bounded(int(std::size(ResellerKinds)))]);
            const QString prefix
                = SyntheticData::resellerAdminUpn(i).section(QLatin1Char('@'), 1).section(QLatin1Char('.'), 0, 0);
            QString adminId;
            Status status = partner(account, prefix, name, where, QStringLiteral("Reseller Admin %1").arg(i),
                                    {PartnerRole::AdminAgent, PartnerRole::SalesAgent}, adminId);
            if (status) {
                // Authorized before any of its customers came (P4).
                status = RelationshipStore::insert(m_db, uuid(), m_providerId, account.id, adminId, {},
                                                   m_now.addYears(-5).addDays(-qint64(m_rng.bounded(365))));
            }
            if (!status) {
                return status;
            }
            m_resellers.push_back({account.id, account.partnerId});
        }
        // By number (the resellers from 1), for the customers' rows to look up (customers()).
        Status status = SqlQuery::run(m_db,
                                      QStringLiteral("CREATE TEMP TABLE synthetic_partners (number INTEGER "
                                                     "PRIMARY KEY, account_id TEXT, partner_id TEXT)"));
        BatchInsert numbered(m_db, QStringLiteral("INSERT INTO temp.synthetic_partners VALUES "),
                             QStringLiteral("(?, ?, ?)"), 3, RowsPerStatement);
        for (int i = 1; status && i <= int(m_resellers.size()); ++i) {
            status = numbered.add(i, m_resellers[size_t(i - 1)].accountId, m_resellers[size_t(i - 1)].partnerId);
        }
        if (status) {
            status = numbered.flush();
        }
        if (!status) {
            return status;
        }
        report(tr("%1 resellers with active indirect relationships").arg(m_spec.resellers));
        return {};
    }

    // SQL for a CASE on a small number, one branch a value: "CASE x WHEN 0 THEN 'a' ... END".
    template <typename Value>
    static QString caseOf(const QString& column, int count, Value value)
    {
        QString sql = QStringLiteral("CASE ") + column;
        for (int i = 0; i < count; ++i) {
            const QString v = value(i);
            sql += QStringLiteral(" WHEN %1 THEN %2")
                       .arg(i)
                       .arg(v.isEmpty() ? QStringLiteral("NULL")
                                        : QLatin1Char('\'')
                                    + QString(v).replace(QLatin1Char('\''), QStringLiteral("''")) + QLatin1Char('\''));
        }
        return sql + QStringLiteral(" END");
    }

    // The customers are generated a batch at a time into temporary tables, each value bound once,
    // and plain INSERT ... SELECT statements copy a batch into the workspace's tables: a value
    // that several rows share (a customer's id, name, date) then crosses Qt's binding and SQLite's
    // UTF-16 to UTF-8 conversion once, and what SQL can work out (domain, city, offer, reseller)
    // isn't bound at all.
    //
    // Customers are written in name order, the order of the index built after the load that
    // sorts longest (it also nearly orders them by domain and, within a country, by name): those
    // index builds then cost a fraction of a random order's. Every id grows in the order its rows
    // are written, so the unique indexes kept during the load grow at their end.
    Status customers()
    {
        const int countries = int(std::size(Countries));
        const QString code
            = caseOf(QStringLiteral("c.place"), countries, [](int i) { return text(Countries[i].code); });
        const QString city
            = caseOf(QStringLiteral("c.place"), countries, [](int i) { return text(Countries[i].city); });
        const QString region
            = caseOf(QStringLiteral("c.place"), countries, [](int i) { return text(Countries[i].region); });
        const QString offer
            = caseOf(QStringLiteral("s.offer"), int(std::size(OfferIds)), [](int i) { return text(OfferIds[i]); });
        const QString provider = QLatin1Char('\'') + m_providerId + QLatin1Char('\'');
        const QString domainSuffix = Tenant::domainFor({});
        const qint64 now = m_now.toMSecsSinceEpoch();
        // Ids take their time from a clock that ticks once a customer, then twice a customer for
        // its relationships, not from when it joined. A relationship's id has the random bits of
        // its customer's.
        const qint64 idClock = now - 3 * qint64(m_spec.customers) - 1000;
        const qint64 relationshipClock = idClock + m_spec.customers + 1;
        // The printf format of a UUID's first three groups (outside the template, whose "%0" would
        // be read as markers by QString::arg).
        const QString uuidHead = QStringLiteral("'%08x-%04x-7000'");
        const QString relationshipCopy = QStringLiteral(
            "INSERT INTO customer_relationships (id, customer_id, partner_account_id, delegated_admin, status, since) "
            "SELECT printf(%6, (%5 + 2 * c.number) >> 16, (%5 + 2 * c.number) & 65535) "
            "|| substr(c.customer_id, 19), c.customer_id, %1, %2, 'Active', %3 "
            "FROM temp.synthetic_customers c %4 ORDER BY c.number");
        const QStringList copy{
            QStringLiteral("INSERT INTO tenants (id, display_name, domain_prefix, country, is_program, created_at) "
                           "SELECT c.tenant_id, c.name, c.prefix, %1, 0, c.since "
                           "FROM temp.synthetic_customers c ORDER BY c.number")
                .arg(code),
            QStringLiteral("INSERT INTO customers (seq, id, tenant_id, company_name, name_key, domain, search_key, "
                           "city, region, country, created_at) "
                           "SELECT c.number, c.customer_id, c.tenant_id, c.name, c.name_key, c.prefix || '%1', "
                           "c.search_key, %2, %3, %4, c.since FROM temp.synthetic_customers c ORDER BY c.number")
                .arg(domainSuffix, city, region, code),
            QStringLiteral("INSERT INTO subscriptions (id, customer_id, offer_id, quantity, term, status, "
                           "partner_on_record, billed_by_account_id, created_at, updated_at) "
                           "SELECT s.id, c.customer_id, %1, s.quantity, 'P1Y', "
                           "CASE s.suspended WHEN 1 THEN 'Suspended' ELSE 'Active' END, p.partner_id, %2, c.since, "
                           "c.since FROM temp.synthetic_subscriptions s "
                           "JOIN temp.synthetic_customers c ON c.number = s.customer "
                           "JOIN temp.synthetic_partners p ON p.number = c.reseller ORDER BY s.rowid")
                .arg(offer, provider),
            relationshipCopy.arg(QStringLiteral("p.account_id"), QStringLiteral("1"), QStringLiteral("c.since"),
                                 QStringLiteral("JOIN temp.synthetic_partners p ON p.number = c.reseller"),
                                 QString::number(relationshipClock), uuidHead),
            relationshipCopy.arg(provider, QStringLiteral("0"), QStringLiteral("coalesce(c.provider_since, c.since)"),
                                 QString(), QString::number(relationshipClock + 1), uuidHead),
            QStringLiteral("DELETE FROM temp.synthetic_subscriptions"),
            QStringLiteral("DELETE FROM temp.synthetic_customers"),
        };
        Status status = runAll(m_db,
                               {
                                   QStringLiteral("CREATE TEMP TABLE synthetic_customers (number INTEGER PRIMARY KEY, "
                                                  "tenant_id, customer_id, name, name_key, search_key, prefix, "
                                                  "place, since, provider_since, reseller)"),
                                   QStringLiteral("CREATE TEMP TABLE synthetic_subscriptions (id, customer, offer, "
                                                  "quantity, suspended)"),
                               });
        if (!status) {
            return status;
        }
        std::vector<std::unique_ptr<QSqlQuery>> copying;
        for (const QString& sql : copy) {
            copying.push_back(std::make_unique<QSqlQuery>(m_db));
            if (!copying.back()->prepare(sql)) {
                return SqlQuery::storageError(*copying.back());
            }
        }
        const int batch = RowsPerStatement;
        const int subscriptionRows = std::max(1, std::min(batch * m_spec.subscriptionsPerCustomer, MaxBoundValues / 5));
        BatchInsert stagedCustomers(m_db, QStringLiteral("INSERT INTO temp.synthetic_customers VALUES "),
                                    QStringLiteral("(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"), 11, batch);
        BatchInsert stagedSubscriptions(m_db, QStringLiteral("INSERT INTO temp.synthetic_subscriptions VALUES "),
                                        QStringLiteral("(?, ?, ?, ?, ?)"), 5, subscriptionRows);
        const auto copyBatch = [&]() -> Status {
            Status done = stagedCustomers.flush();
            if (done) {
                done = stagedSubscriptions.flush();
            }
            for (const auto& query : copying) {
                if (!done) {
                    break;
                }
                done = query->exec() ? Status() : SqlQuery::storageError(*query);
            }
            return done;
        };

        QElapsedTimer phase;
        phase.start();
        const int step = std::max(1, std::min(100000, m_spec.customers / 10));
        // The names first, to write the customers in name order.
        std::vector<const NamedKeys*> names(size_t(m_spec.customers));
        for (const NamedKeys*& name : names) {
            name = &keysOf(companyName());
        }
        std::stable_sort(names.begin(), names.end(),
                         [](const NamedKeys* a, const NamedKeys* b) { return a->second.nameKey < b->second.nameKey; });
        for (int i = 1; i <= m_spec.customers; ++i) {
            const NamedKeys& name = *names[size_t(i - 1)];
            const int place = countryIndex();
            // Customers joined at any time in the last five years.
            const qint64 joined = now - qint64(m_rng.bounded(5 * 365 * 24 * 3600)) * 1000;
            const QString tenantId = orderedUuid(idClock + i);
            const QString customerId = orderedUuid(idClock + i);
            const int reseller = 1 + int(m_rng.bounded(int(m_resellers.size())));
            // The provider came with the reseller's invitation or some time later.
            const qint64 providerSince = m_rng.bounded(4) == 0 ? joined : joined + qint64(m_rng.bounded(90)) * 86400000;
            status
                = stagedCustomers.add(i, tenantId, customerId, name.first, name.second.nameKey, name.second.searchKey,
                                      name.second.stem + QString::number(i), place, isoUtc(joined),
                                      providerSince == joined ? QVariant() : isoUtc(providerSince), reseller);
            for (int s = 0; status && s < m_spec.subscriptionsPerCustomer; ++s) {
                const double u = m_rng.generateDouble();
                const int quantity = 1 + int(299.0 * u * u * u);
                const int offerIndex = int(m_rng.bounded(int(std::size(OfferIds))));
                status = stagedSubscriptions.add(orderedUuid(idClock + i), i, offerIndex, quantity,
                                                 m_rng.bounded(40) == 0 ? 1 : 0);
            }
            if (status && (i % batch == 0 || i == m_spec.customers)) {
                status = copyBatch();
            }
            if (!status) {
                return status;
            }
            if (i % step == 0 || i == m_spec.customers) {
                const double seconds = double(phase.elapsed()) / 1000.0;
                report(tr("%1 of %2 customers (%3 customers/s)")
                           .arg(QLocale::c().toString(i), QLocale::c().toString(m_spec.customers),
                                QLocale::c().toString(seconds > 0 ? qint64(i / seconds) : 0)));
            }
        }
        copying.clear();

        if (status) {
            status = runAll(m_db,
                            {QStringLiteral("DROP TABLE temp.synthetic_subscriptions"),
                             QStringLiteral("DROP TABLE temp.synthetic_customers"),
                             QStringLiteral("DROP TABLE temp.synthetic_partners")});
        }
        return status;
    }

    // What a company name is stored and found by, and the stem of its domain: worked out once per
    // distinct name, since the word lists repeat names a lot.
    struct Keys
    {
        QString nameKey;
        QString searchKey;
        QString stem;
    };
    struct NameHash
    {
        size_t operator()(const QString& name) const { return qHash(name); }
    };
    // A name and its keys; entries of the map stay where they are as it grows.
    using NamedKeys = std::pair<const QString, Keys>;

    const NamedKeys& keysOf(const QString& name)
    {
        auto found = m_keys.find(name);
        if (found == m_keys.end()) {
            found = m_keys
                        .emplace(name,
                                 Keys{CustomerStore::nameKey(name), CustomerStore::searchKey(name), domainStem(name)})
                        .first;
        }
        return *found;
    }

    QSqlDatabase m_db;
    const SyntheticSpec& m_spec;
    const std::function<void(const QString&)>& m_progress;
    const QElapsedTimer& m_clock;
    QRandomGenerator m_rng;
    QDateTime m_now;
    WeightedWords m_first;
    WeightedWords m_second;
    WeightedWords m_industry;
    WeightedWords m_suffix;
    WeightedWords m_surname;
    int m_countryWeight = 0;
    qint64 m_lastMs = 0;
    quint64 m_sequence = 0;
    QStringList m_deferred;
    QString m_passwordHash;
    QString m_providerId;
    std::vector<Reseller> m_resellers;
    std::unordered_map<QString, Keys, NameHash> m_keys;
};

} // namespace

QString SyntheticData::resellerAdminUpn(int index)
{
    return QStringLiteral("admin@benchreseller%1.onmicrosoft.com").arg(index, 4, 10, QLatin1Char('0'));
}

Status SyntheticData::generate(const QSqlDatabase& db, const SyntheticSpec& spec,
                               const std::function<void(const QString&)>& progress)
{
    if (spec.customers < 0 || spec.resellers < 1 || spec.subscriptionsPerCustomer < 0
        || spec.passwordCost.opsLimit < PasswordCost::lowest().opsLimit
        || spec.passwordCost.memLimitBytes < PasswordCost::lowest().memLimitBytes) {
        return Error(ErrorCode::InvalidInput,
                     tr("A synthetic workspace needs at least one reseller, and no negative counts."));
    }
    auto tenants = DirectoryStore::tenantCount(db);
    if (!tenants) {
        return tenants.error();
    }
    if (tenants.value() > 0) {
        return Error(ErrorCode::Conflict, tr("Synthetic data is only written into an empty workspace."));
    }
    // Bulk-load settings, outside the transaction (SQLite ignores them inside one): no foreign key
    // look-ups (the generator writes parents first), a rollback journal on disk instead of the WAL,
    // which would hold every new page twice, no fsync. The journal costs little, as pages the file
    // didn't have are never journaled, and a process killed during the commit leaves it behind for
    // the next opening to roll back; in memory it left a malformed file (S9). A modest page cache: every
    // table and index grows at its end, so a full page is written once and only read again, through
    // the memory map, by the index builds; and the sorter of an index build works in chunks of the
    // cache's size, which are faster to sort than one large run.
    Status status
        = runAll(db,
                 {QStringLiteral("PRAGMA foreign_keys = OFF"), QStringLiteral("PRAGMA journal_mode = DELETE"),
                  QStringLiteral("PRAGMA synchronous = OFF"), QStringLiteral("PRAGMA cache_size = -131072"),
                  QStringLiteral("PRAGMA mmap_size = 4294967296"), QStringLiteral("PRAGMA temp_store = MEMORY")});
    QElapsedTimer clock;
    clock.start();
    if (status) {
        Transaction transaction(db);
        status = transaction.isActive() ? Status()
                                        : Error(ErrorCode::Storage, tr("The workspace is busy; nothing was written."));
        if (status) {
            Generator generator(db, spec, progress, clock);
            status = generator.run();
        }
        if (status) {
            status = transaction.commit();
        }
        if (status) {
            progressLine(progress, clock, tr("committed"));
        }
    }
    // The statistics the planner reads, from a sample of each index (analysis_limit).
    if (status) {
        status = runAll(db,
                        {QStringLiteral("PRAGMA analysis_limit = 1000"), QStringLiteral("ANALYZE"),
                         QStringLiteral("PRAGMA optimize")});
        if (status) {
            progressLine(progress, clock, tr("analyzed"));
        }
    }
    // Back to the workspace's own settings, whatever happened.
    QStringList restore{QStringLiteral("PRAGMA cache_size = -2000"), QStringLiteral("PRAGMA mmap_size = 0"),
                        QStringLiteral("PRAGMA temp_store = DEFAULT")};
    restore << SqliteAdapter::pragmas();
    Status restored = runAll(db, restore);
    return status ? restored : status;
}
