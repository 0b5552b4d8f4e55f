// The Customers view's queries (C4, V1, ARCHITECTURE §9): what each partner sees, searched and
// sorted, a page at a time. Each of the three plans the store can pick (the viewer's own rows,
// a walk along the sort index, the full-text matches) must list exactly what a plain reading of
// the rules lists, in the same order, page after page. Counting and CSV export see the same.

#include "TestSupport.h"
#include "common/Csv.h"
#include "domain/SearchText.h"
#include "services/BackgroundReader.h"
#include "services/CustomerService.h"
#include "storage/CustomerListStore.h"
#include "storage/CustomerStore.h"
#include "storage/DatabaseLogins.h"
#include "storage/Rows.h"
#include "storage/SqlQuery.h"
#include "storage/SyntheticData.h"
#include "storage/WorkspaceCopy.h"

#include <QBuffer>
#include <QSemaphore>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

struct Expected
{
    QString id;
    QString name;
    QString nameKey;
    QString domain;
    QString country;
    QString since;
    QStringList words;
};

using Plan = CustomerListStore::Plan;

// A customer named name, in a tenant of its own, that reseller serves with administration.
Status addResellerCustomer(TestWorkspace& tw, const QString& reseller, const QString& name)
{
    auto tenant = tw.createTenant(u"t%1"_s.arg(Workspace::newId().left(8)));
    if (!tenant) {
        return tenant.error();
    }
    Customer c;
    c.id = Workspace::newId();
    c.tenantId = tenant->tenant.id;
    c.company.legalName = name;
    c.company.address.country = u"US"_s;
    c.created = tw.clock().now();
    Status added = CustomerStore::insertCustomer(tw.db(), c);
    return added ? CustomerStore::insertRelationship(tw.db(), Workspace::newId(), c.id, reseller, true, c.created)
                 : added;
}

CustomerListTuning tuningFor(Plan plan)
{
    switch (plan) {
    case Plan::ViewerRows:
        return {1000000000, 0, 0};
    case Plan::IndexWalk:
        return {0, -1, -1}; // even no match at all counts as many
    case Plan::FullText:
        return {0, 1000000000, 1000000000};
    case Plan::DomainRange:
        break;
    }
    return {};
}

} // namespace

Q_DECLARE_METATYPE(CustomerSort)
Q_DECLARE_METATYPE(CustomerListStore::Plan)

class TestCustomerList : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void everyPlanListsWhatTheRulesSay_V1_data();
    void everyPlanListsWhatTheRulesSay_V1();
    void planFollowsTheQuery();
    void searchMatchesWordStarts_data();
    void searchMatchesWordStarts();
    void partnersColumnShowsOnlyOwnRelationships_V1();
    void otherPartnersSeeNothing_V1();
    void countsAreExactOrCapped_V1();
    void countsOnAReaderOfItsOwn_V1();
    void exportWritesPartnerCenterColumns_V1();
    void exportStopsWhenAsked();
    void wordsOutsideTheBmpAreFound_S12_data();
    void wordsOutsideTheBmpAreFound_S12();
    void storedTimesAndCsvFieldsReadAsWritten();
    void probesAreKeptAndListTheSame();
    // Last: it gives a customer one more partner.
    void exportListsWhatThePagesList_V1();

private:
    QList<Expected> expected(const Session& viewer, const QString& search, CustomerSort sort, bool descending) const;
    QStringList listed(const Session& viewer, const CustomerListQuery& query, Plan plan, int pageSize) const;

    std::unique_ptr<TestWorkspace> m_tw;
    Session m_provider;
    Session m_reseller;
    Session m_otherReseller;
};

void TestCustomerList::initTestCase()
{
    m_tw = std::make_unique<TestWorkspace>();
    PD_VERIFY_OK(m_tw->openStatus());
    SyntheticSpec spec;
    spec.customers = 600;
    spec.resellers = 3;
    spec.subscriptionsPerCustomer = 1;
    spec.passwordCost = TestWorkspace::passwordCost();
    spec.now = m_tw->clock().now();
    if (m_tw->onServer()) {
        // SyntheticData writes a file; a shared workspace starts as a copy of one.
        QTemporaryDir folder;
        Database generated;
        PD_VERIFY_OK(generated.open(folder.filePath(u"generated.sqlite"_s)));
        PD_VERIFY_OK(SyntheticData::generate(generated.connection(), spec, {}));
        PD_VERIFY_OK(WorkspaceCopy::copy(generated, m_tw->workspace().database()));
    } else {
        PD_VERIFY_OK(SyntheticData::generate(m_tw->db(), spec, {}));
    }
    auto provider = m_tw->signIn(SyntheticData::providerAdminUpn(), SyntheticData::password());
    PD_VERIFY_OK(provider);
    m_provider = provider.value();
    auto reseller = m_tw->signIn(SyntheticData::resellerAdminUpn(1), SyntheticData::password());
    PD_VERIFY_OK(reseller);
    m_reseller = reseller.value();
    auto other = m_tw->signIn(SyntheticData::resellerAdminUpn(2), SyntheticData::password());
    PD_VERIFY_OK(other);
    m_otherReseller = other.value();

    // A name a spreadsheet would run, with a comma and quotes, served by reseller 1 alone.
    auto tenant = m_tw->createTenant(u"formula"_s);
    PD_VERIFY_OK(tenant);
    Customer odd;
    odd.id = Workspace::newId();
    odd.tenantId = tenant->tenant.id;
    odd.company.legalName = u"=Sum \"Ñandú\", Inc."_s;
    odd.company.address.country = u"US"_s;
    odd.created = m_tw->clock().now();
    PD_VERIFY_OK(CustomerStore::insertCustomer(m_tw->db(), odd));
    PD_VERIFY_OK(CustomerStore::insertRelationship(m_tw->db(), Workspace::newId(), odd.id, m_reseller.partner->id, true,
                                                   m_tw->clock().now()));
}

void TestCustomerList::cleanupTestCase()
{
    m_tw.reset();
}

QList<Expected> TestCustomerList::expected(const Session& viewer, const QString& search, CustomerSort sort,
                                           bool descending) const
{
    // A plain reading of V1 and of the search rule, straight from the tables.
    QSqlQuery q(m_tw->db());
    q.prepare(u"SELECT c.id, c.company_name, c.name_key, c.domain, c.country, r.since FROM customer_relationships r "
              "JOIN customers c ON c.id = r.customer_id WHERE r.partner_account_id = ? AND r.status = 'Active'"_s);
    q.addBindValue(viewer.partner->id);
    if (!q.exec()) {
        qWarning() << q.lastError().text();
        return {};
    }
    const QStringList typed = SearchText::words(search);
    const bool domainSearch = search.contains(u'.') && !search.trimmed().contains(u' ');
    QList<Expected> rows;
    while (q.next()) {
        Expected e{q.value(0).toString(),
                   q.value(1).toString(),
                   q.value(2).toString(),
                   q.value(3).toString(),
                   q.value(4).toString(),
                   q.value(5).toString(),
                   {}};
        e.words = SearchText::words(e.name);
        const bool matches = domainSearch
            ? e.domain.startsWith(search.trimmed().toLower())
            : std::all_of(typed.cbegin(), typed.cend(), [&e](const QString& word) {
                  return std::any_of(e.words.cbegin(), e.words.cend(),
                                     [&word](const QString& w) { return w.startsWith(word); });
              });
        if (matches) {
            rows << e;
        }
    }
    auto keys = [sort](const Expected& e) -> QStringList {
        switch (sort) {
        case CustomerSort::Name:
            return {e.nameKey, e.id};
        case CustomerSort::Domain:
            return {e.domain, e.id};
        case CustomerSort::Country:
            return {e.country, e.nameKey, e.id};
        case CustomerSort::Since:
            return {e.since, e.id};
        }
        return {};
    };
    std::sort(rows.begin(), rows.end(), [&](const Expected& a, const Expected& b) {
        const QStringList ka = keys(a);
        const QStringList kb = keys(b);
        for (int i = 0; i < ka.size(); ++i) {
            // SQLite compares text byte by byte in UTF-8; for these names that is code point order.
            const int c = QString::compare(ka.at(i), kb.at(i), Qt::CaseSensitive);
            if (c != 0) {
                return descending ? c > 0 : c < 0;
            }
        }
        return false;
    });
    return rows;
}

QStringList TestCustomerList::listed(const Session& viewer, const CustomerListQuery& query, Plan plan,
                                     int pageSize) const
{
    const CustomerListStore::Viewer v{viewer.partner->id, viewer.partner->type};
    QStringList ids;
    QVariantList after;
    for (int guard = 0; guard < 1000; ++guard) {
        auto statement = CustomerListStore::pageStatement(m_tw->db(), v, query, after, pageSize, tuningFor(plan));
        // A sort by since walks the viewer's rows: that is the index it sorts by. A domain is a range.
        const Plan want = query.search.contains(u'.')                      ? Plan::DomainRange
            : query.sort == CustomerSort::Since && plan == Plan::IndexWalk ? Plan::ViewerRows
            : plan == Plan::IndexWalk && query.search.trimmed().isEmpty()  ? Plan::IndexWalk
            : query.search.trimmed().isEmpty() && plan == Plan::FullText   ? Plan::IndexWalk
                                                                           : plan;
        if (!statement || statement->plan != want) {
            return {u"unexpected plan"_s};
        }
        auto page = CustomerListStore::page(m_tw->db(), v, query, after, pageSize, tuningFor(plan));
        if (!page) {
            return {page.errorString()};
        }
        for (const CustomerRow& row : page.value()) {
            ids << row.id;
        }
        if (page->size() < pageSize) {
            break;
        }
        after = page->constLast().after;
    }
    return ids;
}

void TestCustomerList::everyPlanListsWhatTheRulesSay_V1_data()
{
    QTest::addColumn<bool>("provider");
    QTest::addColumn<QString>("search");
    QTest::addColumn<CustomerSort>("sort");
    QTest::addColumn<bool>("descending");
    QTest::addColumn<Plan>("plan");
    const QList<QPair<const char*, Plan>> plans{
        {"viewer rows", Plan::ViewerRows}, {"index walk", Plan::IndexWalk}, {"full text", Plan::FullText}};
    const QList<QPair<const char*, CustomerSort>> sorts{{"name", CustomerSort::Name},
                                                        {"domain", CustomerSort::Domain},
                                                        {"country", CustomerSort::Country},
                                                        {"since", CustomerSort::Since}};
    const QStringList searches{u""_s,       u"n"_s,        u"NO"_s,      u"north"_s,
                               u"dental"_s, u"blue har"_s, u"group b"_s, u"dental z"_s,
                               u"zzqx"_s,   u"É"_s,        u"bl."_s,     u"formula.onmicrosoft"_s};
    for (const bool provider : {true, false}) {
        for (const auto& [planName, plan] : plans) {
            for (const auto& [sortName, sort] : sorts) {
                for (const bool descending : {false, true}) {
                    for (const QString& search : searches) {
                        if ((plan == Plan::FullText && search.trimmed().isEmpty())
                            || (plan != Plan::ViewerRows && search.contains(u'.'))) {
                            continue; // nothing to match, or a domain: one plan only
                        }
                        QTest::addRow("%s %s %s%s \"%s\"", provider ? "provider" : "reseller", planName, sortName,
                                      descending ? " desc" : "", qPrintable(search))
                            << provider << search << sort << descending << plan;
                    }
                }
            }
        }
    }
}

void TestCustomerList::everyPlanListsWhatTheRulesSay_V1()
{
    QFETCH(bool, provider);
    QFETCH(QString, search);
    QFETCH(CustomerSort, sort);
    QFETCH(bool, descending);
    QFETCH(Plan, plan);
    const Session& viewer = provider ? m_provider : m_reseller;
    QStringList want;
    for (const Expected& e : expected(viewer, search, sort, descending)) {
        want << e.id;
    }
    const QStringList got = listed(viewer, {search, sort, descending}, plan, 7);
    QCOMPARE(got.size(), want.size());
    QCOMPARE(got, want);
}

void TestCustomerList::planFollowsTheQuery()
{
    const CustomerListStore::Viewer provider{m_provider.partner->id, PartnerType::IndirectProvider};
    const CustomerListTuning big{100, 50, 50};
    auto plan = [&](const QString& search, CustomerSort sort = CustomerSort::Name) {
        auto s = CustomerListStore::pageStatement(m_tw->db(), provider, {search, sort, false}, {}, 10, big);
        return s ? s->plan : Plan::ViewerRows;
    };
    // The provider serves 600: more than "few", so no search walks the index of the order.
    QCOMPARE(plan(u""_s), Plan::IndexWalk);
    QCOMPARE(plan(u""_s, CustomerSort::Since), Plan::ViewerRows);
    // One letter begins inner words everywhere: walk; a rare word begins few: the first-word range
    // of the name index with the full-text index of the other words.
    QVERIFY(m_tw->fullTextMatches({u"g"_s}) > 50);
    QCOMPARE(plan(u"g"_s), Plan::IndexWalk);
    QCOMPARE(plan(u"zzqx"_s), Plan::FullText);
    QCOMPARE(plan(u"zzqx"_s, CustomerSort::Country), Plan::FullText);
    QCOMPARE(plan(u"g"_s, CustomerSort::Since), Plan::ViewerRows);
    // Of the words typed, the rarest keys the plan, however long the others are: beside a word
    // that alone walks, one that begins no word makes the full-text plan of the two.
    const CustomerListTuning tight{100, 5, 50};
    auto planWith = [&](const QString& search, CustomerSort sort = CustomerSort::Name) {
        auto s = CustomerListStore::pageStatement(m_tw->db(), provider, {search, sort, false}, {}, 10, tight);
        return s ? s->plan : Plan::ViewerRows;
    };
    QString common;
    for (const QString& word : {u"group"_s, u"services"_s, u"solutions"_s, u"consulting"_s, u"harbor"_s}) {
        if (m_tw->fullTextMatches({word}) > tight.fewMatches) {
            common = word;
            break;
        }
    }
    QVERIFY(!common.isEmpty());
    QCOMPARE(planWith(common), Plan::IndexWalk);
    QCOMPARE(planWith(common + u" zq"_s), Plan::FullText);
    QCOMPARE(planWith(u"zq "_s + common), Plan::FullText);
    QCOMPARE(planWith(common + u" zq"_s, CustomerSort::Domain), Plan::FullText);
    // Text with a dot is the start of a domain.
    QCOMPARE(plan(u"northwind."_s), Plan::DomainRange);
    // A viewer with few customers always reads its own rows.
    const CustomerListStore::Viewer reseller{m_otherReseller.partner->id, PartnerType::IndirectReseller};
    auto small = CustomerListStore::pageStatement(m_tw->db(), reseller, {u"n"_s, CustomerSort::Name, false}, {}, 10,
                                                  CustomerListTuning{5000, 50, 50});
    PD_VERIFY_OK(small);
    QCOMPARE(small->plan, Plan::ViewerRows);
}

void TestCustomerList::searchMatchesWordStarts_data()
{
    QTest::addColumn<QString>("search");
    QTest::addColumn<bool>("found");
    QTest::newRow("first word") << u"=sum"_s << true;
    QTest::newRow("inner word without its accent") << u"nandu"_s << true;
    QTest::newRow("inner word as typed with its accent") << u"ÑANDÚ"_s << true;
    QTest::newRow("domain up to its dot") << u"formula."_s << true;
    QTest::newRow("whole domain") << u"Formula.onmicrosoft.com"_s << true;
    QTest::newRow("domain label alone is not a name word") << u"formula"_s << false;
    QTest::newRow("two word starts") << u"su na"_s << true;
    QTest::newRow("two word starts, inner first") << u"inc =s"_s << true;
    QTest::newRow("middle of a word") << u"andu"_s << false;
    QTest::newRow("another domain") << u"formulas."_s << false;
    QTest::newRow("punctuation only") << u"\" , ="_s << true; // no words: everything
}

void TestCustomerList::searchMatchesWordStarts()
{
    QFETCH(QString, search);
    QFETCH(bool, found);
    auto rows = m_tw->workspace().customers().customerPage(m_reseller, {search, CustomerSort::Name, false}, {}, 500);
    PD_VERIFY_OK(rows);
    const bool listed = std::any_of(rows->cbegin(), rows->cend(),
                                    [](const CustomerRow& r) { return r.companyName.startsWith(u"=Sum"_s); });
    QCOMPARE(listed, found);
}

void TestCustomerList::partnersColumnShowsOnlyOwnRelationships_V1()
{
    auto rows = m_tw->workspace().customers().customerPage(m_reseller, {}, {}, 500);
    PD_VERIFY_OK(rows);
    QVERIFY(!rows->isEmpty());
    int withProvider = 0;
    for (const CustomerRow& row : rows.value()) {
        QVERIFY(row.delegatedAdmin);
        if (row.companyName.startsWith(u"=Sum"_s)) {
            QVERIFY2(row.partners.isEmpty(), qPrintable(row.partners.join(u", "_s)));
        } else {
            QCOMPARE(row.partners, QStringList{m_provider.partner->legal.legalName});
            ++withProvider;
        }
    }
    QVERIFY(withProvider > 0);
    auto provider = m_tw->workspace().customers().customerPage(m_provider, {}, {}, 500);
    PD_VERIFY_OK(provider);
    for (const CustomerRow& row : provider.value()) {
        QVERIFY(!row.delegatedAdmin);
        QCOMPARE(row.partners.size(), 1); // the customer's reseller, one of the provider's own
    }
}

void TestCustomerList::otherPartnersSeeNothing_V1()
{
    auto channel = m_tw->createProviderAndReseller();
    PD_VERIFY_OK(channel);
    for (const Session& stranger : {channel->providerSession, channel->resellerSession}) {
        auto rows = m_tw->workspace().customers().customerPage(stranger, {u"n"_s, CustomerSort::Name, false});
        PD_VERIFY_OK(rows);
        QCOMPARE(rows->size(), 0);
        auto counted = m_tw->workspace().customers().countCustomers(stranger, {});
        PD_VERIFY_OK(counted);
        QCOMPARE(counted->count, 0);
        QBuffer csv;
        csv.open(QIODevice::WriteOnly);
        PD_VERIFY_OK(m_tw->workspace().customers().exportCsv(stranger, {}, csv));
        QCOMPARE(csv.data().count('\n'), 1); // the header alone
    }
    // The other reseller's customers are not the first reseller's.
    auto mine = m_tw->workspace().customers().customerPage(m_reseller, {}, {}, 1000);
    auto theirs = m_tw->workspace().customers().customerPage(m_otherReseller, {}, {}, 1000);
    PD_VERIFY_OK(mine);
    PD_VERIFY_OK(theirs);
    QSet<QString> ids;
    for (const CustomerRow& r : mine.value()) {
        ids.insert(r.id);
    }
    for (const CustomerRow& r : theirs.value()) {
        QVERIFY(!ids.contains(r.id));
    }
}

void TestCustomerList::countsAreExactOrCapped_V1()
{
    CustomerService& customers = m_tw->workspace().customers();
    auto all = customers.countCustomers(m_provider, {});
    PD_VERIFY_OK(all);
    QCOMPARE(all->count, int(expected(m_provider, {}, CustomerSort::Name, false).size()));
    QVERIFY(!all->atLeast);
    const int matching = int(expected(m_provider, u"n"_s, CustomerSort::Name, false).size());
    QVERIFY(matching > 20);
    auto exact = customers.countCustomers(m_provider, {u"n"_s, CustomerSort::Name, false}, 100000);
    PD_VERIFY_OK(exact);
    QCOMPARE(exact->count, matching);
    QVERIFY(!exact->atLeast);
    auto capped = customers.countCustomers(m_provider, {u"n"_s, CustomerSort::Name, false}, 20);
    PD_VERIFY_OK(capped);
    QCOMPARE(capped->count, 20);
    QVERIFY(capped->atLeast);
    // Exactly as many as the cap is exact, not "more than".
    auto exactlyCap = customers.countCustomers(m_provider, {u"n"_s, CustomerSort::Name, false}, matching);
    PD_VERIFY_OK(exactlyCap);
    QCOMPARE(exactlyCap->count, matching);
    QVERIFY(!exactlyCap->atLeast);
}

void TestCustomerList::countsOnAReaderOfItsOwn_V1()
{
    // The count the Customers page shows while the person goes on typing: the same figure, read
    // on a thread and a connection of its own, as the same person (on a shared workspace, with
    // their own login, so that the server's rights apply there too).
    auto reader = m_tw->workspace().backgroundReader(m_provider);
    QVERIFY(reader);
    const CustomerListQuery query{u"n"_s, CustomerSort::Name, false};
    auto here = m_tw->workspace().customers().countCustomers(m_provider, query);
    PD_VERIFY_OK(here);
    auto read = m_tw->workspace().customers().countRead(m_provider, query);
    PD_VERIFY_OK(read);
    QObject context;
    std::optional<Result<CustomerCount>> counted;
    QThread* ranOn = nullptr;
    QString user;
    reader->read<CustomerCount>(
        0, &context,
        [&](const QSqlDatabase& db) {
            ranOn = QThread::currentThread();
            if (m_tw->onServer()) {
                auto current = SqlQuery::scalar(db, u"SELECT current_user"_s);
                user = current ? current->toString() : current.errorString();
            }
            return read.value()(db);
        },
        [&](const Result<CustomerCount>& result) { counted = result; });
    QTRY_VERIFY(counted.has_value());
    PD_VERIFY_OK(counted.value());
    QCOMPARE(counted.value()->count, here->count);
    QCOMPARE(counted.value()->atLeast, here->atLeast);
    QVERIFY(ranOn && ranOn != QThread::currentThread());
    if (m_tw->onServer()) {
        auto login = DatabaseLogins::loginName(m_tw->db(), m_provider.user.id);
        PD_VERIFY_OK(login);
        QCOMPARE(user, login.value());
    }

    // Asked for again before its turn came, a read is skipped: only the latest of its kind runs.
    QSemaphore busy;
    reader->read<int>(
        1, &context,
        [&](const QSqlDatabase&) {
            busy.acquire();
            return Result<int>(0);
        },
        [](const Result<int>&) {});
    QList<int> ran;
    for (const int n : {1, 2, 3}) {
        reader->read<int>(
            0, &context, [n](const QSqlDatabase&) { return Result<int>(n); },
            [&](const Result<int>& result) { ran << result.value(); });
    }
    busy.release();
    QTRY_COMPARE(ran, QList<int>{3});
    // A result whose context is gone goes nowhere.
    {
        QObject gone;
        reader->read<int>(
            2, &gone, [&](const QSqlDatabase&) { return Result<int>(4); },
            [&](const Result<int>& result) { ran << result.value(); });
    }
    reader->read<int>(
        3, &context, [](const QSqlDatabase&) { return Result<int>(5); },
        [&](const Result<int>& result) { ran << result.value(); });
    QTRY_COMPARE(ran, (QList<int>{3, 5}));
}

void TestCustomerList::exportWritesPartnerCenterColumns_V1()
{
    QBuffer csv;
    csv.open(QIODevice::WriteOnly);
    const CustomerListQuery query{u"n"_s, CustomerSort::Domain, true};
    PD_VERIFY_OK(m_tw->workspace().customers().exportCsv(m_reseller, query, csv));
    const QStringList lines = QString::fromUtf8(csv.data()).split(u"\r\n"_s, Qt::SkipEmptyParts);
    QCOMPARE(lines.constFirst(),
             u"Microsoft ID,Company name,Primary domain,Relationship,Country,Indirect provider,Since"_s);
    const QList<Expected> want = expected(m_reseller, u"n"_s, CustomerSort::Domain, true);
    QCOMPARE(lines.size() - 1, want.size());
    for (int i = 0; i < want.size(); ++i) {
        QVERIFY2(lines.at(i + 1).contains(u","_s + want.at(i).domain + u",Reseller with administration,"_s),
                 qPrintable(lines.at(i + 1)));
    }
    // The odd name is quoted and can't run as a formula.
    QBuffer odd;
    odd.open(QIODevice::WriteOnly);
    PD_VERIFY_OK(m_tw->workspace().customers().exportCsv(m_reseller, {u"ñandú"_s, CustomerSort::Name, false}, odd));
    const QStringList oddLines = QString::fromUtf8(odd.data()).split(u"\r\n"_s, Qt::SkipEmptyParts);
    QCOMPARE(oddLines.size(), 2);
    QVERIFY2(oddLines.at(1).contains(u",\"'=Sum \"\"Ñandú\"\", Inc.\",formula.onmicrosoft.com,"_s),
             qPrintable(oddLines.at(1)));
}

void TestCustomerList::exportStopsWhenAsked()
{
    QBuffer csv;
    csv.open(QIODevice::WriteOnly);
    Status stopped = m_tw->workspace().customers().exportCsv(m_provider, {}, csv, [](qint64) { return false; });
    QVERIFY(!stopped.ok());
    QVERIFY2(stopped.errorString().contains(u"stopped"_s), qPrintable(stopped.errorString()));
}

void TestCustomerList::wordsOutsideTheBmpAreFound_S12_data()
{
    QTest::addColumn<Plan>("plan");
    QTest::addColumn<QString>("search");
    QTest::addColumn<QStringList>("found");
    const QStringList both{u"Acme 𠀀𠀁 Trading"_s, u"𠀀𠀁 Holdings"_s};
    const QList<QPair<const char*, Plan>> plans{
        {"viewer rows", Plan::ViewerRows}, {"index walk", Plan::IndexWalk}, {"full text", Plan::FullText}};
    for (const auto& [planName, plan] : plans) {
        auto row = [&](const char* name, const QString& search, const QStringList& found) {
            QTest::addRow("S12 %s: %s", planName, name) << plan << search << found;
        };
        row("first character", u"𠀀"_s, both);
        row("whole word", u"𠀀𠀁"_s, both);
        row("latin word after it", u"holdings"_s, QStringList{u"𠀀𠀁 Holdings"_s});
        row("both words", u"𠀀 hold"_s, QStringList{u"𠀀𠀁 Holdings"_s});
        row("inner word first", u"𠀀𠀁 acme"_s, QStringList{u"Acme 𠀀𠀁 Trading"_s});
        row("middle of a word", u"𠀁"_s, QStringList{});
        row("next character", u"𠀁𠀀"_s, QStringList{});
    }
}

void TestCustomerList::wordsOutsideTheBmpAreFound_S12()
{
    QFETCH(Plan, plan);
    QFETCH(QString, search);
    QFETCH(QStringList, found);
    TestWorkspace tw;
    PD_VERIFY_OK(tw.openStatus());
    auto channel = tw.createProviderAndReseller();
    PD_VERIFY_OK(channel);
    const QString reseller = channel->reseller.account.id;
    const QStringList names{u"𠀀𠀁 Holdings"_s, u"Acme 𠀀𠀁 Trading"_s, u"Holdfast Supplies"_s, u"𠀂 Foods"_s};
    for (const QString& name : names) {
        PD_VERIFY_OK(addResellerCustomer(tw, reseller, name));
    }
    QCOMPARE(tw.scalar(u"SELECT name_key FROM customers WHERE company_name = ?"_s, {names.first()}).toString(),
             u"𠀀𠀁 holdings"_s);

    const CustomerListStore::Viewer viewer{reseller, PartnerType::IndirectReseller};
    const CustomerListQuery query{search, CustomerSort::Name, false};
    auto statement = CustomerListStore::pageStatement(tw.db(), viewer, query, {}, 50, tuningFor(plan));
    PD_VERIFY_OK(statement);
    QCOMPARE(statement->plan, plan);
    auto page = CustomerListStore::page(tw.db(), viewer, query, {}, 50, tuningFor(plan));
    PD_VERIFY_OK(page);
    QStringList listed;
    for (const CustomerRow& row : page.value()) {
        listed << row.companyName;
    }
    QCOMPARE(listed, found);
}

void TestCustomerList::storedTimesAndCsvFieldsReadAsWritten()
{
    // Every row of a list reads its time with Rows::fromIso's quick path: it reads what iso() wrote.
    const QList<QDateTime> times{QDateTime(QDate(2021, 12, 11), QTime(8, 41, 39, 217), Qt::UTC),
                                 QDateTime(QDate(1999, 1, 1), QTime(0, 0), Qt::UTC),
                                 QDateTime(QDate(2026, 12, 31), QTime(23, 59, 59, 999), Qt::UTC),
                                 QDateTime(QDate(2024, 2, 29), QTime(12, 0, 0, 5), Qt::OffsetFromUTC, -5 * 3600)};
    for (const QDateTime& at : times) {
        const QDateTime read = Rows::fromIso(Rows::iso(at));
        QCOMPARE(read, at);
        QCOMPARE(read.toString(Qt::ISODateWithMs), at.toUTC().toString(Qt::ISODateWithMs));
    }
    // Other texts go the long way: without milliseconds, with an offset, or not a date at all.
    QCOMPARE(Rows::fromIso(u"2021-12-11T08:41:39Z"_s), QDateTime(QDate(2021, 12, 11), QTime(8, 41, 39), Qt::UTC));
    QCOMPARE(Rows::fromIso(u"2021-12-11T08:41:39.217+02:00"_s),
             QDateTime(QDate(2021, 12, 11), QTime(6, 41, 39, 217), Qt::UTC));
    QVERIFY(!Rows::fromIso(u"2021-02-30T08:41:39.217Z"_s).isValid());
    QVERIFY(!Rows::fromIso(u"2021-1x-11T08:41:39.217Z"_s).isValid());
    QVERIFY(!Rows::fromIso(QVariant(QMetaType::fromType<QString>())).isValid());

    QCOMPARE(Csv::line({u"plain"_s, QString(), u"Ñandú"_s}), u"plain,,Ñandú\r\n"_s.toUtf8());
    QCOMPARE(Csv::line({u"a, b"_s, u"say \"hi\""_s, u"two\nlines"_s}),
             u"\"a, b\",\"say \"\"hi\"\"\",\"two\nlines\"\r\n"_s.toUtf8());
    QCOMPARE(Csv::line({u"=1+2"_s, u"-3"_s, u"@x, y"_s}), u"'=1+2,'-3,\"'@x, y\"\r\n"_s.toUtf8());
    QCOMPARE(Csv::field(u"+"_s), u"'+"_s);
    // Exports write times as QDateTime::toString(Qt::ISODate) writes them in UTC.
    for (const QDateTime& at : times) {
        QCOMPARE(Csv::isoTime(at), at.toUTC().toString(Qt::ISODate));
    }
    QCOMPARE(Csv::isoTime(QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5), Qt::OffsetFromUTC, 3600)),
             u"2026-01-02T02:04:05Z"_s);
    const QDateTime far(QDate(12345, 1, 2), QTime(3, 4, 5), Qt::UTC);
    QCOMPARE(Csv::isoTime(far), far.toString(Qt::ISODate));
    QCOMPARE(Csv::isoTime({}), QString());
}

void TestCustomerList::probesAreKeptAndListTheSame()
{
    TestWorkspace tw;
    PD_VERIFY_OK(tw.openStatus());
    auto channel = tw.createProviderAndReseller();
    PD_VERIFY_OK(channel);
    const QString reseller = channel->reseller.account.id;
    auto addCustomer = [&](const QString& name) { return addResellerCustomer(tw, reseller, name); };
    for (const QString& name : {u"Acme Harbor"_s, u"Blue Harbor Dental"_s, u"Harbor Lights"_s, u"Zenith"_s}) {
        PD_VERIFY_OK(addCustomer(name));
    }
    // Few inner words begin with "harb" for these thresholds: the full-text plan …
    const CustomerListTuning tuning{0, 3, 1000};
    const CustomerListStore::Viewer viewer{reseller, PartnerType::IndirectReseller};
    const CustomerListQuery query{u"harb"_s, CustomerSort::Name, false};
    CustomerListProbes probes;
    auto before = CustomerListStore::pageStatement(tw.db(), viewer, query, {}, 50, tuning, &probes);
    PD_VERIFY_OK(before);
    QCOMPARE(before->plan, Plan::FullText);
    // … until more do: fresh probes walk the index now, kept ones still read the full-text index …
    for (const QString& name : {u"Green Harbor"_s, u"Old Harbor Inn"_s, u"North Harbour"_s}) {
        PD_VERIFY_OK(addCustomer(name));
    }
    auto fresh = CustomerListStore::pageStatement(tw.db(), viewer, query, {}, 50, tuning);
    PD_VERIFY_OK(fresh);
    QCOMPARE(fresh->plan, Plan::IndexWalk);
    auto kept = CustomerListStore::pageStatement(tw.db(), viewer, query, {}, 50, tuning, &probes);
    PD_VERIFY_OK(kept);
    QCOMPARE(kept->plan, Plan::FullText);
    // … and both list the same, what the rules say.
    auto viaFresh = CustomerListStore::page(tw.db(), viewer, query, {}, 50, tuning);
    auto viaKept = CustomerListStore::page(tw.db(), viewer, query, {}, 50, tuning, &probes);
    PD_VERIFY_OK(viaFresh);
    PD_VERIFY_OK(viaKept);
    QStringList names;
    for (const CustomerRow& row : viaKept.value()) {
        names << row.companyName;
    }
    QCOMPARE(names,
             (QStringList{u"Acme Harbor"_s, u"Blue Harbor Dental"_s, u"Green Harbor"_s, u"Harbor Lights"_s,
                          u"North Harbour"_s, u"Old Harbor Inn"_s}));
    QCOMPARE(viaFresh->size(), viaKept->size());
    for (int i = 0; i < viaKept->size(); ++i) {
        QCOMPARE(viaFresh->at(i).id, viaKept->at(i).id);
    }
    // Another viewer's counts are its own.
    const CustomerListStore::Viewer provider{channel->provider.account.id, PartnerType::IndirectProvider};
    auto theirs = CustomerListStore::pageStatement(tw.db(), provider, query, {}, 50, tuning, &probes);
    PD_VERIFY_OK(theirs);
    QCOMPARE(theirs->plan, Plan::ViewerRows);
}

void TestCustomerList::exportListsWhatThePagesList_V1()
{
    // A customer of reseller 1 and the provider gets reseller 2 as well: the provider works with
    // both resellers, reseller 1 with neither of the others' relationships but the provider's.
    auto first = m_tw->workspace().customers().customerPage(m_reseller, {}, {}, 50);
    PD_VERIFY_OK(first);
    const auto shared
        = std::find_if(first->cbegin(), first->cend(), [](const CustomerRow& row) { return !row.partners.isEmpty(); });
    QVERIFY(shared != first->cend());
    PD_VERIFY_OK(CustomerStore::insertRelationship(m_tw->db(), Workspace::newId(), shared->id,
                                                   m_otherReseller.partner->id, false, m_tw->clock().now()));

    const QList<const Session*> viewers{&m_provider, &m_reseller, &m_otherReseller};
    const QList<CustomerListQuery> queries{{}, {u"n"_s, CustomerSort::Domain, true}, {{}, CustomerSort::Since, false}};
    for (const Session* viewer : viewers) {
        for (const CustomerListQuery& query : queries) {
            const QString what = u"%1, \"%2\" by %3"_s.arg(viewer->user.upn, query.search).arg(int(query.sort));
            // What the view lists, page after page, as the export writes a row.
            QStringList listed;
            QVariantList after;
            for (;;) {
                auto page = m_tw->workspace().customers().customerPage(*viewer, query, after, 40);
                PD_VERIFY_OK(page);
                for (const CustomerRow& row : page.value()) {
                    listed << QString::fromUtf8(
                                  Csv::line(
                                      {row.tenantId, row.companyName, row.primaryDomain,
                                       CustomerService::relationshipName(viewer->partner->type, row.delegatedAdmin),
                                       row.country, row.partners.join(u"; "_s), row.since.toString(Qt::ISODate)}))
                                  .chopped(2);
                }
                if (page->size() < 40) {
                    break;
                }
                after = page->constLast().after;
            }
            QBuffer csv;
            csv.open(QIODevice::WriteOnly);
            PD_VERIFY_OK(m_tw->workspace().customers().exportCsv(*viewer, query, csv));
            QStringList exported = QString::fromUtf8(csv.data()).split(u"\r\n"_s, Qt::SkipEmptyParts);
            exported.removeFirst();
            QVERIFY2(!listed.isEmpty(), qPrintable(what));
            QCOMPARE(exported.size(), listed.size());
            for (int i = 0; i < listed.size(); ++i) {
                QVERIFY2(exported.at(i) == listed.at(i),
                         qPrintable(u"%1, row %2:\n%3\n%4"_s.arg(what).arg(i).arg(exported.at(i), listed.at(i))));
            }
            // The shared customer, when listed, names every partner the viewer works with, sorted.
            const QStringList line = exported.filter(shared->tenantId);
            if (viewer == &m_provider && !line.isEmpty()) {
                QStringList both{m_reseller.partner->legal.legalName, m_otherReseller.partner->legal.legalName};
                both.sort(Qt::CaseInsensitive);
                QVERIFY2(line.constFirst().contains(u","_s + both.join(u"; "_s) + u","_s),
                         qPrintable(line.constFirst()));
            } else if (!line.isEmpty()) {
                QVERIFY2(line.constFirst().contains(u","_s + m_provider.partner->legal.legalName + u","_s),
                         qPrintable(line.constFirst()));
            }
        }
    }
}

QTEST_GUILESS_MAIN(TestCustomerList)
#include "tst_CustomerList.moc"
