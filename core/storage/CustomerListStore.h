#pragma once

// SQL for the Customers view at scale (ARCHITECTURE §9). A page is read by keyset (where the
// last row left off), never by offset. What is typed is words, each of which must begin a word of
// the company name; text with a dot is the start of a primary domain. Each query gets the plan
// that suits it:
// - ViewerRows: the viewer serves few customers: read them through its relationships and sort;
// - IndexWalk: no search, or words that each begin words all over the list: walk the index of the
//   sort order and stop after a page, checking each name on the way;
// - FullText: a typed word that begins few inner words, the rarest of those typed (the key; the
//   others are checked on each name): the names whose first word it begins (a range
//   of the name index, itself in name order) with the names whose other words it begins (the
//   full-text index of the words after the first), sorted;
// - DomainRange: a range of the domain index, sorted.
// The probes that choose (how many customers the viewer has, how many inner words and first words
// each typed word begins) stop at a threshold, so nothing counts a million rows on a keystroke.

#include "common/Result.h"
#include "domain/CustomerList.h"

#include <QElapsedTimer>
#include <QHash>
#include <QMutex>
#include <QSqlDatabase>

#include <functional>
#include <optional>

// Below these, a set is small enough to sort whole. Tests lower them to reach every plan.
struct CustomerListTuning
{
    int fewCustomers = 5000;
    int fewMatches = 5000;
    // A sort other than by name can't take first words from the name index in order, so it sorts
    // every match; up to this many that beats walking an order the matches may cluster in.
    int manyMatches = 50000;
};

// What the probes found, kept for a while across statements and threads: typing asks the same
// probes keystroke after keystroke, and a plan chosen on counts a minute old lists the same rows
// (every plan lists what the rules say), at worst a little slower.
class CustomerListProbes
{
public:
    static constexpr qint64 KeepMs = 60 * 1000;
    static constexpr int MostKept = 4096;

    std::optional<int> find(const QString& key) const;
    void keep(const QString& key, int value);

private:
    struct Found
    {
        int value = 0;
        qint64 atMs = 0;
    };
    mutable QMutex m_mutex;
    QHash<QString, Found> m_found;
    QElapsedTimer m_clock;
};

class CustomerListStore
{
public:
    struct Viewer
    {
        QString partnerAccountId;
        PartnerType type = PartnerType::IndirectReseller;
    };
    enum class Plan { ViewerRows, IndexWalk, FullText, DomainRange };
    struct Statement
    {
        Plan plan = Plan::ViewerRows;
        QString sql;
        QVariantList values;
    };
    using Tuning = CustomerListTuning;

    // probes, when given, answers the probes it found lately and keeps what the others find.
    static Result<Statement> pageStatement(const QSqlDatabase& db, const Viewer& viewer, const CustomerListQuery& query,
                                           const QVariantList& after, int limit, const Tuning& tuning = {},
                                           CustomerListProbes* probes = nullptr);
    static Result<QList<CustomerRow>> page(const QSqlDatabase& db, const Viewer& viewer, const CustomerListQuery& query,
                                           const QVariantList& after, int limit, const Tuning& tuning = {},
                                           CustomerListProbes* probes = nullptr);
    // Every row of the query in its order, read from one statement as it goes (an export):
    // each() returns false to stop. Rows carry no keys to continue from.
    static Status forEach(const QSqlDatabase& db, const Viewer& viewer, const CustomerListQuery& query,
                          const std::function<bool(const CustomerRow&)>& each, const Tuning& tuning = {});
    // Exact without a search; up to cap with one.
    static Result<CustomerCount> count(const QSqlDatabase& db, const Viewer& viewer, const CustomerListQuery& query,
                                       int cap, const Tuning& tuning = {}, CustomerListProbes* probes = nullptr);
    // The statement with its values written in, for running it elsewhere (the benchmark's floor).
    static QString inlined(const Statement& statement);
};
