#include "CustomerListStore.h"

#include "domain/SearchText.h"
#include "storage/Rows.h"
#include "storage/SqlEngine.h"

#include <QHash>
#include <QSqlError>

#include <limits>

using namespace Rows;

namespace {

// The columns a sort order reads, most significant first; the last one makes rows unique.
QStringList sortColumns(CustomerSort sort)
{
    switch (sort) {
    case CustomerSort::Name:
        return {QStringLiteral("c.name_key"), QStringLiteral("c.id")};
    case CustomerSort::Domain:
        return {QStringLiteral("c.domain"), QStringLiteral("c.id")};
    case CustomerSort::Country:
        return {QStringLiteral("c.country"), QStringLiteral("c.name_key"), QStringLiteral("c.id")};
    case CustomerSort::Since:
        return {QStringLiteral("r.since"), QStringLiteral("r.customer_id")};
    }
    return {};
}

QString sortIndex(CustomerSort sort)
{
    switch (sort) {
    case CustomerSort::Name:
        return QStringLiteral("customers_by_name");
    case CustomerSort::Domain:
        return QStringLiteral("customers_by_domain");
    case CustomerSort::Country:
        return QStringLiteral("customers_by_country");
    case CustomerSort::Since:
        break; // read through the viewer's relationships, which are indexed by since
    }
    return {};
}

// The partners that serve the customer with the viewer and work with the viewer: a reseller's
// providers, or a provider's resellers (V1: only the viewer's own relationships). As names, for a
// page; as ids (the viewer's own left out), for a whole list, whose names counterpartNames() reads
// once: each row then costs one seek of the customer's relationships instead of three.
enum class PartnersAs { Names, Ids };

QString partnersColumn(const SqlEngine& engine, PartnerType viewer, PartnersAs as)
{
    if (as == PartnersAs::Ids) {
        return QStringLiteral("(SELECT %1 FROM customer_relationships o WHERE o.customer_id = c.id "
                              "AND o.status = 'Active' AND o.partner_account_id <> ?)")
            .arg(engine.joinedText(QStringLiteral("o.partner_account_id"), QStringLiteral("\n")));
    }
    const bool reseller = viewer == PartnerType::IndirectReseller;
    return QStringLiteral("(SELECT %1 FROM customer_relationships o "
                          "JOIN indirect_relationships ir ON ir.%2 = o.partner_account_id AND ir.%3 = ? "
                          "AND ir.status = 'Active' "
                          "JOIN partner_accounts p ON p.id = o.partner_account_id "
                          "WHERE o.customer_id = c.id AND o.status = 'Active')")
        .arg(engine.joinedText(QStringLiteral("p.legal_name"), QStringLiteral("\n")),
             reseller ? QStringLiteral("provider_account_id") : QStringLiteral("reseller_account_id"),
             reseller ? QStringLiteral("reseller_account_id") : QStringLiteral("provider_account_id"));
}

// The names of the partners the viewer works with, by id: what PartnersAs::Ids rows name.
Result<QHash<QString, QString>> counterpartNames(const QSqlDatabase& db, const CustomerListStore::Viewer& viewer)
{
    const bool reseller = viewer.type == PartnerType::IndirectReseller;
    return byKey<QString>(
        db,
        QStringLiteral("SELECT p.id, p.legal_name FROM indirect_relationships ir "
                       "JOIN partner_accounts p ON p.id = ir.%1 "
                       "WHERE ir.%2 = ? AND ir.status = 'Active'")
            .arg(reseller ? QStringLiteral("provider_account_id") : QStringLiteral("reseller_account_id"),
                 reseller ? QStringLiteral("reseller_account_id") : QStringLiteral("provider_account_id")),
        {viewer.partnerAccountId}, [](const QSqlQuery& q) { return q.value(1).toString(); });
}

Result<int> countUpTo(const QSqlDatabase& db, const QString& from, const QVariantList& values, int cap)
{
    QVariantList all = values;
    all << cap;
    auto n = SqlQuery::scalar(db, QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM %1 LIMIT ?) AS capped").arg(from),
                              all);
    if (!n) {
        return n.error();
    }
    return n->toInt();
}

Result<int> viewerCustomersUpTo(const QSqlDatabase& db, const QString& partnerAccountId, int cap)
{
    return countUpTo(db, QStringLiteral("customer_relationships WHERE partner_account_id = ? AND status = 'Active'"),
                     {partnerAccountId}, cap);
}

// The customers' full-text index covers the words of the name after the first.
const QStringList IndexedColumns{QStringLiteral("search_key")};

// The keys (seq) of the customers with an inner word that word begins, and the values they bind.
// Where the database holds people to their rights, the index is read through
// rights.customers_matching (postgresql-rights-18.sql), which gives only the viewer's customers:
// a person's own query can't use it (the policy is checked on every row first).
struct InnerMatches
{
    QString sql;
    QVariantList values;
};

InnerMatches innerMatches(const SqlEngine& engine, const QString& viewer, const QString& word)
{
    const QString expression = engine.prefixMatchExpression({word});
    if (engine.enforcesRights()) {
        return {QStringLiteral("SELECT seq FROM rights.customers_matching(?, ?) AS matching (seq)"),
                {viewer, expression}};
    }
    return {engine.fullTextKeys(QStringLiteral("customers"), QStringLiteral("seq"), IndexedColumns), {expression}};
}

Result<int> innerMatchesUpTo(const QSqlDatabase& db, const QString& viewer, const QString& word, int cap)
{
    const InnerMatches inner = innerMatches(SqlEngine::of(db), viewer, word);
    return countUpTo(db, QStringLiteral("(%1) AS inner_matches").arg(inner.sql), inner.values, cap);
}

// The smallest text after every text that starts with prefix (which is not empty), in the
// database's order of code points: the last character's successor, which for a character outside
// the Basic Multilingual Plane is the next code point, not the next UTF-16 unit.
QString pastPrefix(const QString& prefix)
{
    QString end = prefix;
    const qsizetype size = end.size();
    const bool pair = size >= 2 && end.at(size - 2).isHighSurrogate() && end.at(size - 1).isLowSurrogate();
    const char32_t last
        = pair ? QChar::surrogateToUcs4(end.at(size - 2), end.at(size - 1)) : end.at(size - 1).unicode();
    end.chop(pair ? 2 : 1);
    end += QStringView(QChar::fromUcs4(last + 1));
    return end;
}

Result<int> firstWordMatchesUpTo(const QSqlDatabase& db, const QString& word, int cap)
{
    return countUpTo(db, QStringLiteral("customers WHERE name_key >= ? AND name_key < ?"), {word, pastPrefix(word)},
                     cap);
}

// What was typed: words, or the start of a domain when it has a dot.
struct Search
{
    QStringList words;
    QString domain;
    // The word the indexes look up (choosePlan picks it): the one that begins fewest words.
    QString key;
    bool isEmpty() const { return words.isEmpty() && domain.isEmpty(); }
};

Search searchOf(const QString& typed)
{
    const QString text = typed.trimmed().toLower();
    if (text.contains(QLatin1Char('.')) && !text.contains(QLatin1Char(' '))) {
        return {{}, text, {}};
    }
    return {SearchText::words(typed), {}, {}};
}

// FROM and WHERE of a plan, without order or paging, and the values they bind.
struct Source
{
    QString from;
    QStringList conditions;
    QVariantList values;
};

QString viewerJoin(const SqlEngine& engine)
{
    return QStringLiteral("%1 customer_relationships r ON r.customer_id = c.id "
                          "AND r.partner_account_id = ? AND r.status = 'Active'")
        .arg(engine.orderedJoin());
}

// Each typed word begins a word of the name.
void addWordConditions(const SqlEngine& engine, Source& s, const QStringList& words,
                       const QString& alias = QStringLiteral("c"))
{
    for (const QString& word : words) {
        s.conditions << engine.wordStartCondition(alias + QStringLiteral(".name_key"));
        s.values << engine.wordStartValue(word);
    }
}

// The keyset condition: rows after (or before, descending) the values of the last row read.
QString keysetCondition(const QStringList& keys, bool descending)
{
    QStringList marks;
    for (int i = 0; i < keys.size(); ++i) {
        marks << QStringLiteral("?");
    }
    return QStringLiteral("(%1) %2 (%3)")
        .arg(keys.join(QStringLiteral(", ")), descending ? QStringLiteral("<") : QStringLiteral(">"),
             marks.join(QStringLiteral(", ")));
}

QString orderBy(const QStringList& keys, bool descending)
{
    QStringList order;
    for (const QString& key : keys) {
        order << key + (descending ? QStringLiteral(" DESC") : QString());
    }
    return order.join(QStringLiteral(", "));
}

// limit > 0 bounds the first-word range to what one page needs (the name order only).
Source sourceFor(const SqlEngine& engine, CustomerListStore::Plan plan, const CustomerListStore::Viewer& viewer,
                 const CustomerListQuery& query, const Search& search, const QVariantList& after, int limit)
{
    using Plan = CustomerListStore::Plan;
    Source s;
    switch (plan) {
    case Plan::ViewerRows:
        s.from = QStringLiteral("customer_relationships r %1 customers c ON c.id = r.customer_id")
                     .arg(engine.orderedJoin());
        s.conditions << QStringLiteral("r.partner_account_id = ?") << QStringLiteral("r.status = 'Active'");
        s.values << viewer.partnerAccountId;
        addWordConditions(engine, s, search.words);
        break;
    case Plan::IndexWalk:
        if (sortIndex(query.sort).isEmpty()) {
            return sourceFor(engine, Plan::ViewerRows, viewer, query, search, after, limit);
        }
        s.from = QStringLiteral("customers c %1 %2").arg(engine.indexHint(sortIndex(query.sort)), viewerJoin(engine));
        s.values << viewer.partnerAccountId;
        addWordConditions(engine, s, search.words);
        break;
    case Plan::DomainRange:
        s.from = QStringLiteral("customers c %1 %2")
                     .arg(engine.indexHint(QStringLiteral("customers_by_domain")), viewerJoin(engine));
        s.values << viewer.partnerAccountId;
        s.conditions << QStringLiteral("c.domain >= ?") << QStringLiteral("c.domain < ?");
        s.values << search.domain << pastPrefix(search.domain);
        break;
    case Plan::FullText: {
        // Names whose first word the key word begins, from the name index (in name order, so a
        // page of them is enough when sorting by name) …
        const QString& key = search.key;
        Source first;
        first.from = QStringLiteral("customers f %1 %2 customer_relationships fr ON fr.customer_id = f.id "
                                    "AND fr.partner_account_id = ? AND fr.status = 'Active'")
                         .arg(engine.indexHint(QStringLiteral("customers_by_name")), engine.orderedJoin());
        first.values << viewer.partnerAccountId;
        first.conditions << QStringLiteral("f.name_key >= ?") << QStringLiteral("f.name_key < ?");
        first.values << key << pastPrefix(key);
        addWordConditions(engine, first, search.words, QStringLiteral("f"));
        QString firstSql = QStringLiteral("SELECT f.seq AS seq FROM %1 WHERE %2")
                               .arg(first.from, first.conditions.join(QStringLiteral(" AND ")));
        if (limit > 0 && query.sort == CustomerSort::Name) {
            const QStringList keys{QStringLiteral("f.name_key"), QStringLiteral("f.id")};
            if (!after.isEmpty()) {
                firstSql += QStringLiteral(" AND ") + keysetCondition(keys, query.descending);
                first.values << after;
            }
            firstSql = QStringLiteral("SELECT seq FROM (%1 ORDER BY %2 LIMIT ?) AS page")
                           .arg(firstSql, orderBy(keys, query.descending));
            first.values << limit;
        }
        // … and those with another word it begins, from the full-text index of the other words.
        const InnerMatches inner = innerMatches(engine, viewer.partnerAccountId, key);
        s.from = QStringLiteral("(%1 UNION %2) AS m %3 customers c ON c.seq = m.seq %4")
                     .arg(firstSql, inner.sql, engine.orderedJoin(), viewerJoin(engine));
        s.values << first.values << inner.values << viewer.partnerAccountId;
        addWordConditions(engine, s, search.words);
        break;
    }
    }
    return s;
}

// A probe's count, from probes when it found it lately.
Result<int> probeOnce(CustomerListProbes* probes, const QString& key, const std::function<Result<int>()>& probe)
{
    if (probes) {
        if (const auto found = probes->find(key)) {
            return *found;
        }
    }
    auto n = probe();
    if (n && probes) {
        probes->keep(key, n.value());
    }
    return n;
}

// Sets search.key to the word to look up, when the plan looks one up.
Result<CustomerListStore::Plan> choosePlan(const QSqlDatabase& db, const CustomerListStore::Viewer& viewer,
                                           CustomerSort sort, Search& search, const CustomerListStore::Tuning& tuning,
                                           CustomerListProbes* probes)
{
    using Plan = CustomerListStore::Plan;
    if (!search.domain.isEmpty()) {
        return Plan::DomainRange; // a domain typed up to its dot is one customer, or a few
    }
    // The counts are the viewer's (on a shared workspace the rows they may read), up to each cap.
    const QString about = QStringLiteral("%1 %2 %3 %4")
                              .arg(viewer.partnerAccountId)
                              .arg(tuning.fewCustomers)
                              .arg(tuning.fewMatches)
                              .arg(tuning.manyMatches);
    auto mine = probeOnce(probes, QStringLiteral("viewer ") + about,
                          [&] { return viewerCustomersUpTo(db, viewer.partnerAccountId, tuning.fewCustomers + 1); });
    if (!mine) {
        return mine.error();
    }
    if (mine.value() <= tuning.fewCustomers) {
        return Plan::ViewerRows;
    }
    const Plan walk = sortIndex(sort).isEmpty() ? Plan::ViewerRows : Plan::IndexWalk;
    if (search.words.isEmpty()) {
        return walk;
    }
    // The rarest word keys the plan: the one that begins fewest inner words and first words.
    // One word sorted by name needs no first-word probe: a page of those comes from the name
    // index in order. With more words, the first words of the key are read until a page of them
    // has the others too, so their number counts.
    const bool byName = sort == CustomerSort::Name;
    const bool probeFirst = !byName || search.words.size() > 1;
    int best = -1;
    QStringList probed;
    for (const QString& word : std::as_const(search.words)) {
        if (probed.contains(word)) {
            continue;
        }
        probed << word;
        auto inner = probeOnce(probes, QStringLiteral("inner %1 %2").arg(about, word), [&] {
            return innerMatchesUpTo(db, viewer.partnerAccountId, word, tuning.fewMatches + 1);
        });
        if (!inner) {
            return inner.error();
        }
        if (inner.value() > tuning.fewMatches) {
            continue; // the word begins inner words everywhere: a walk in any order meets them soon
        }
        int matches = inner.value();
        if (probeFirst) {
            auto first = probeOnce(probes, QStringLiteral("first %1 %2").arg(about, word),
                                   [&] { return firstWordMatchesUpTo(db, word, tuning.manyMatches + 1); });
            if (!first) {
                return first.error();
            }
            matches += first.value();
        }
        if (best < 0 || matches < best) {
            best = matches;
            search.key = word;
        }
    }
    if (best < 0) {
        return walk;
    }
    // Another order than by name takes every match, which pays while they are not too many.
    return byName || best <= tuning.manyMatches ? Plan::FullText : walk;
}

QString where(const QStringList& conditions)
{
    return conditions.isEmpty() ? QString() : QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
}

Result<CustomerListStore::Statement> statementFor(const QSqlDatabase& db, const CustomerListStore::Viewer& viewer,
                                                  const CustomerListQuery& query, const QVariantList& after, int limit,
                                                  const CustomerListStore::Tuning& tuning, PartnersAs partnersAs,
                                                  CustomerListProbes* probes = nullptr)
{
    Search search = searchOf(query.search);
    auto plan = choosePlan(db, viewer, query.sort, search, tuning, probes);
    if (!plan) {
        return plan.error();
    }
    const QStringList keys = sortColumns(query.sort);
    if (!after.isEmpty() && after.size() != keys.size()) {
        return Error(ErrorCode::InvalidInput, QStringLiteral("a page must continue in the order it started"));
    }
    const SqlEngine& engine = SqlEngine::of(db);
    Source source = sourceFor(engine, plan.value(), viewer, query, search, after, limit);
    if (!after.isEmpty()) {
        source.conditions << keysetCondition(keys, query.descending);
        source.values << after;
    }
    CustomerListStore::Statement s;
    s.plan = plan.value();
    // A page ends with the keys the next one continues from; a whole list needs none.
    const QString continueFrom
        = partnersAs == PartnersAs::Ids ? QString() : QStringLiteral(", ") + keys.join(QStringLiteral(", "));
    s.sql = QStringLiteral("SELECT c.id, c.tenant_id, c.company_name, c.domain, c.country, r.delegated_admin, "
                           "r.since, %1%2 FROM %3%4 ORDER BY %5 LIMIT ?")
                .arg(partnersColumn(engine, viewer.type, partnersAs), continueFrom, source.from,
                     where(source.conditions), orderBy(keys, query.descending));
    s.values << viewer.partnerAccountId << source.values << limit;
    return s;
}

} // namespace

Result<CustomerListStore::Statement> CustomerListStore::pageStatement(const QSqlDatabase& db, const Viewer& viewer,
                                                                      const CustomerListQuery& query,
                                                                      const QVariantList& after, int limit,
                                                                      const Tuning& tuning, CustomerListProbes* probes)
{
    return statementFor(db, viewer, query, after, limit, tuning, PartnersAs::Names, probes);
}

namespace {

// names, when given, names the partners of a PartnersAs::Ids row; ids not in it are not the
// viewer's partners.
CustomerRow rowFrom(const QSqlQuery& q, int keyCount, const QHash<QString, QString>* names = nullptr)
{
    CustomerRow row;
    row.id = q.value(0).toString();
    row.tenantId = q.value(1).toString();
    row.companyName = q.value(2).toString();
    row.primaryDomain = q.value(3).toString();
    row.country = q.value(4).toString();
    row.delegatedAdmin = q.value(5).toBool();
    row.since = fromIso(q.value(6));
    const QString partners = q.value(7).toString();
    if (names && !partners.isEmpty() && !partners.contains(QLatin1Char('\n'))) {
        // Most customers have one partner besides the viewer, or none.
        if (const auto name = names->constFind(partners); name != names->cend()) {
            row.partners << name.value();
        }
    } else if (!partners.isEmpty()) {
        row.partners = partners.split(QLatin1Char('\n'));
        if (names) {
            QStringList named;
            for (const QString& id : std::as_const(row.partners)) {
                if (const auto name = names->constFind(id); name != names->cend()) {
                    named << name.value();
                }
            }
            row.partners = named;
        }
        row.partners.sort(Qt::CaseInsensitive);
    }
    for (int i = 0; i < keyCount; ++i) {
        row.after << q.value(8 + i);
    }
    return row;
}

} // namespace

Result<QList<CustomerRow>> CustomerListStore::page(const QSqlDatabase& db, const Viewer& viewer,
                                                   const CustomerListQuery& query, const QVariantList& after, int limit,
                                                   const Tuning& tuning, CustomerListProbes* probes)
{
    auto statement = pageStatement(db, viewer, query, after, limit, tuning, probes);
    if (!statement) {
        return statement.error();
    }
    const int keyCount = int(sortColumns(query.sort).size());
    return many<CustomerRow>(db, statement->sql, statement->values,
                             [keyCount](const QSqlQuery& q) { return rowFrom(q, keyCount); });
}

Status CustomerListStore::forEach(const QSqlDatabase& db, const Viewer& viewer, const CustomerListQuery& query,
                                  const std::function<bool(const CustomerRow&)>& each, const Tuning& tuning)
{
    // One statement read as it goes: one plan, one snapshot, no page boundaries to find again.
    // The partners' names are read just before it: a partner that begins or ends working with the
    // viewer in between is listed as it was then.
    auto names = counterpartNames(db, viewer);
    if (!names) {
        return names.error();
    }
    auto statement = statementFor(db, viewer, query, {}, std::numeric_limits<int>::max(), tuning, PartnersAs::Ids);
    if (!statement) {
        return statement.error();
    }
    auto run = SqlQuery::run(db, statement->sql, statement->values);
    if (!run) {
        return run.error();
    }
    QSqlQuery q = std::move(run).value();
    // The keys of each row are where a page would continue; read whole, nothing continues.
    while (q.next()) {
        if (!each(rowFrom(q, 0, &names.value()))) {
            return {};
        }
    }
    if (q.lastError().isValid()) {
        return SqlQuery::storageError(q);
    }
    return {};
}

Result<CustomerCount> CustomerListStore::count(const QSqlDatabase& db, const Viewer& viewer,
                                               const CustomerListQuery& query, int cap, const Tuning& tuning,
                                               CustomerListProbes* probes)
{
    Search search = searchOf(query.search);
    if (search.isEmpty()) {
        auto n = SqlQuery::scalar(db,
                                  QStringLiteral("SELECT count(*) FROM customer_relationships "
                                                 "WHERE partner_account_id = ? AND status = 'Active'"),
                                  {viewer.partnerAccountId});
        if (!n) {
            return n.error();
        }
        return CustomerCount{n->toInt(), false};
    }
    auto plan = choosePlan(db, viewer, query.sort, search, tuning, probes);
    if (!plan) {
        return plan.error();
    }
    // Counting walks the viewer's relationships, not a sort order, and takes every first word.
    const Plan counted = plan.value() == Plan::IndexWalk ? Plan::ViewerRows : plan.value();
    const Source source = sourceFor(SqlEngine::of(db), counted, viewer, query, search, {}, 0);
    // One more than the cap tells "exactly cap" from "more than cap".
    auto n = countUpTo(db, source.from + where(source.conditions), source.values, cap + 1);
    if (!n) {
        return n.error();
    }
    return CustomerCount{qMin(n.value(), cap), n.value() > cap};
}

std::optional<int> CustomerListProbes::find(const QString& key) const
{
    QMutexLocker locked(&m_mutex);
    const auto found = m_found.constFind(key);
    if (found == m_found.cend() || !m_clock.isValid() || m_clock.elapsed() - found->atMs > KeepMs) {
        return std::nullopt;
    }
    return found->value;
}

void CustomerListProbes::keep(const QString& key, int value)
{
    QMutexLocker locked(&m_mutex);
    if (!m_clock.isValid()) {
        m_clock.start();
    }
    if (m_found.size() >= MostKept) {
        m_found.clear(); // typing keeps asking about a few; a long session's old ones go at once
    }
    m_found.insert(key, {value, m_clock.elapsed()});
}

QString CustomerListStore::inlined(const Statement& statement)
{
    QString sql;
    int next = 0;
    for (const QChar c : statement.sql) {
        if (c != QLatin1Char('?') || next >= statement.values.size()) {
            sql += c;
            continue;
        }
        const QVariant& value = statement.values.at(next++);
        if (value.typeId() == QMetaType::Int || value.typeId() == QMetaType::LongLong) {
            sql += value.toString();
        } else {
            sql += QLatin1Char('\'') + value.toString().replace(QLatin1Char('\''), QStringLiteral("''"))
                + QLatin1Char('\'');
        }
    }
    return sql;
}
