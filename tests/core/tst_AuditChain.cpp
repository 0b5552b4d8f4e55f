// The audit log is a hash chain on both engines (ARCHITECTURE §7): every event is sealed together
// with the one before it, so that even the database's owner, who can lift the append-only
// triggers, can't change, remove or slip in an event without verification naming the first
// broken one. An anchor a desk kept finds events cut from the end and a chain rewritten whole.

#include "TestSupport.h"
#include "services/AccountService.h"
#include "services/AuditService.h"
#include "storage/AuditStore.h"
#include "storage/Schema.h"
#include "storage/SqlEngine.h"
#include "storage/SqlQuery.h"
#include "storage/WorkspaceCopy.h"

#include <QRegularExpression>
#include <QSqlDatabase>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestAuditChain : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void eachEventFollowsTheOneBefore();
    void serviceEventsAreChained();
    void tamperingNamesFirstBrokenEvent_data();
    void tamperingNamesFirstBrokenEvent();
    void anchorFindsEventsCutFromTheEnd();
    void anchorFindsChainRewrittenWhole();
    void onlyProgramAdministratorVerifiesFromWindow();
    void copyKeepsChain();
    void migrationChainsEarlierEvents();

private:
    // Appends n events as a service would; returns their ids.
    QList<qint64> appendEvents(int n);
    AuditChainReport verify(const AuditAnchor& anchor = {});
    QString hashOf(qint64 id)
    {
        return m_tw->scalar(u"SELECT row_hash FROM audit_events WHERE id = ?"_s, {id}).toString();
    }

    std::unique_ptr<TestWorkspace> m_tw;
    PartnerFixture m_partner;
    Session m_admin;
};

void TestAuditChain::init()
{
    m_tw = std::make_unique<TestWorkspace>();
    PD_VERIFY_OK(m_tw->openStatus());
    auto partner = m_tw->createPartner(u"harborlight"_s, PartnerType::IndirectReseller);
    PD_VERIFY_OK(partner);
    m_partner = partner.value();
    auto session = m_tw->signIn(m_partner.admin.upn);
    PD_VERIFY_OK(session);
    m_admin = session.value();
}

void TestAuditChain::cleanup()
{
    m_tw.reset();
}

QList<qint64> TestAuditChain::appendEvents(int n)
{
    QList<qint64> ids;
    for (int i = 0; i < n; ++i) {
        AuditEvent event;
        event.at = m_tw->clock().now();
        event.actorUserId = m_partner.admin.id;
        event.partnerAccountId = m_partner.account.id;
        event.action = u"test.recorded"_s;
        event.subjectType = u"PartnerAccount"_s;
        event.subjectId = m_partner.account.id;
        event.details = {{u"note"_s, u"event %1"_s.arg(i)}, {u"ñ"_s, u"€ 𠀀"_s}};
        if (!AuditStore::append(m_tw->db(), event)) {
            return {};
        }
        ids << m_tw->scalar(u"SELECT max(id) FROM audit_events"_s).toLongLong();
        m_tw->clock().advance(1);
    }
    return ids;
}

AuditChainReport TestAuditChain::verify(const AuditAnchor& anchor)
{
    auto report = m_tw->workspace().auditLog().verifyChain(anchor);
    if (!report) {
        qWarning("%s", qPrintable(report.error().message()));
        return {};
    }
    return report.value();
}

void TestAuditChain::eachEventFollowsTheOneBefore()
{
    const int before = m_tw->count(u"audit_events"_s);
    const QList<qint64> ids = appendEvents(3);
    QCOMPARE(ids.size(), 3);

    const auto rows = SqlQuery::texts(m_tw->db(), u"SELECT id, prev_hash, row_hash FROM audit_events ORDER BY id"_s);
    PD_VERIFY_OK(rows);
    QCOMPARE(rows->size(), before + 3);
    QString previous = AuditStore::FirstPrevious;
    for (const QStringList& row : rows.value()) {
        QCOMPARE(row.at(1), previous);
        QCOMPARE(row.at(2).size(), 64); // SHA-256 in hex
        QVERIFY(row.at(2) != previous);
        previous = row.at(2);
    }

    const AuditChainReport report = verify();
    QVERIFY(report.intact());
    QCOMPARE(report.events, before + 3);
    QCOMPARE(report.last.id, ids.last());
    QCOMPARE(report.last.hash, hashOf(ids.last()));
    QCOMPARE(report.anchor, AuditChainReport::AnchorCheck::NotGiven);
    const QString said = AuditService::describe(report);
    QVERIFY2(said.startsWith(u"The audit log is intact"_s), qPrintable(said));
    QVERIFY2(said.contains(u"Events checked: %1; the newest is event %2."_s.arg(before + 3).arg(ids.last())),
             qPrintable(said));

    // The format is fixed: the same values and previous hash give the same hash, anything else not.
    const QVariantList values{u"2026-11-24T09:00:00.000Z"_s, QVariant(), u"p"_s, u"a"_s, u"t"_s, u"s"_s, u"{}"_s};
    QCOMPARE(AuditStore::linkHash(AuditStore::FirstPrevious, values),
             AuditStore::linkHash(AuditStore::FirstPrevious, values));
    QVariantList emptyActor = values;
    emptyActor[1] = u""_s;
    QVERIFY(AuditStore::linkHash(AuditStore::FirstPrevious, emptyActor)
            != AuditStore::linkHash(AuditStore::FirstPrevious, values));
    QVariantList shifted = values; // "p","a" against "pa",""
    shifted[2] = u"pa"_s;
    shifted[3] = u""_s;
    QVERIFY(AuditStore::linkHash(AuditStore::FirstPrevious, shifted)
            != AuditStore::linkHash(AuditStore::FirstPrevious, values));
}

void TestAuditChain::serviceEventsAreChained()
{
    SupportProfile support = m_partner.account.support;
    for (const QString& email : {u"help@harborlight.example"_s, u"desk@harborlight.example"_s}) {
        support.email = email;
        PD_VERIFY_OK(m_tw->workspace().accounts().updateSupportProfile(m_admin, support));
    }
    const AuditChainReport report = verify();
    QVERIFY(report.intact());
    QCOMPARE(report.events, m_tw->count(u"audit_events"_s));
    QVERIFY(report.events >= 2);
}

void TestAuditChain::tamperingNamesFirstBrokenEvent_data()
{
    QTest::addColumn<QString>("sql"); // %1: the id of the second of four events, %2: the third
    QTest::addColumn<int>("brokenIndex");
    QTest::addColumn<int>("expected"); // AuditChainReport::Break
    QTest::addColumn<QString>("said");

    QTest::newRow("action changed") << u"UPDATE audit_events SET action = 'test.forged' WHERE id = %1"_s << 1
                                    << int(AuditChainReport::Break::Changed) << u"is not what was written"_s;
    QTest::newRow("details changed") << u"UPDATE audit_events SET details = '{\"note\":\"forged\"}' WHERE id = %1"_s
                                     << 1 << int(AuditChainReport::Break::Changed) << u"is not what was written"_s;
    QTest::newRow("time changed") << u"UPDATE audit_events SET at = '2020-01-01T00:00:00.000Z' WHERE id = %1"_s << 1
                                  << int(AuditChainReport::Break::Changed) << u"is not what was written"_s;
    QTest::newRow("actor removed") << u"UPDATE audit_events SET actor_user_id = NULL WHERE id = %1"_s << 1
                                   << int(AuditChainReport::Break::Changed) << u"is not what was written"_s;
    QTest::newRow("event removed") << u"DELETE FROM audit_events WHERE id = %1"_s << 2
                                   << int(AuditChainReport::Break::Unlinked) << u"were removed or slipped in"_s;
    QTest::newRow("hash removed") << u"UPDATE audit_events SET row_hash = NULL WHERE id = %1"_s << 1
                                  << int(AuditChainReport::Break::Unchained) << u"carries no chain hash"_s;
    // The owner changes an event and seals it again: the event after it no longer follows it.
    QTest::newRow("changed and sealed again")
        << u"UPDATE audit_events SET action = 'test.forged', row_hash = '%3' WHERE id = %1"_s << 2
        << int(AuditChainReport::Break::Unlinked) << u"doesn't follow the event before it"_s;
}

void TestAuditChain::tamperingNamesFirstBrokenEvent()
{
    QFETCH(QString, sql);
    QFETCH(int, brokenIndex);
    QFETCH(int, expected);
    QFETCH(QString, said);

    const QList<qint64> ids = appendEvents(4);
    QCOMPARE(ids.size(), 4);
    QVERIFY(verify().intact());

    // What "sealed again" writes: the hash of the forged values after the real previous hash.
    const auto second = SqlQuery::texts(
        m_tw->db(), u"SELECT prev_hash, %1 FROM audit_events WHERE id = ?"_s.arg(AuditStore::ChainedColumns),
        {ids.at(1)});
    PD_VERIFY_OK(second);
    QVariantList forged;
    for (int column = 1; column < second->first().size(); ++column) {
        forged << second->first().at(column);
    }
    forged[3] = u"test.forged"_s;
    const QString resealed = AuditStore::linkHash(second->first().at(0), forged);

    PD_VERIFY_OK(m_tw->tamperWithAuditLog({QString(sql)
                                               .replace(u"%1"_s, QString::number(ids.at(1)))
                                               .replace(u"%2"_s, QString::number(ids.at(2)))
                                               .replace(u"%3"_s, resealed)}));

    const AuditChainReport report = verify();
    QVERIFY(!report.intact());
    QCOMPARE(int(report.broken), expected);
    QCOMPARE(report.brokenEvent.id, ids.at(brokenIndex));
    const QString text = AuditService::describe(report);
    QVERIFY2(text.contains(u"event %1 ("_s.arg(ids.at(brokenIndex))), qPrintable(text));
    QVERIFY2(text.contains(said), qPrintable(text));
}

void TestAuditChain::anchorFindsEventsCutFromTheEnd()
{
    const QList<qint64> ids = appendEvents(3);
    const AuditChainReport first = verify();
    QVERIFY(first.intact());
    const AuditAnchor anchor = first.last;
    QCOMPARE(anchor.id, ids.last());

    // Later events keep the anchor.
    appendEvents(1);
    AuditChainReport later = verify(anchor);
    QVERIFY(later.intact());
    QCOMPARE(later.anchor, AuditChainReport::AnchorCheck::Kept);

    // Cutting the newest events leaves a chain that is whole by itself; the anchor says what's gone.
    PD_VERIFY_OK(m_tw->tamperWithAuditLog({u"DELETE FROM audit_events WHERE id >= %1"_s.arg(ids.last())}));
    const AuditChainReport cut = verify(anchor);
    QCOMPARE(cut.broken, AuditChainReport::Break::None);
    QCOMPARE(cut.anchor, AuditChainReport::AnchorCheck::Missing);
    QVERIFY(!cut.intact());
    const QString text = AuditService::describe(cut);
    QVERIFY2(text.contains(u"event %1, which was verified here before, is gone"_s.arg(ids.last())), qPrintable(text));
}

void TestAuditChain::anchorFindsChainRewrittenWhole()
{
    appendEvents(3);
    const AuditAnchor anchor = verify().last;

    // The owner changes the first event and seals every event again, in order.
    const auto rows
        = SqlQuery::texts(m_tw->db(), u"SELECT id, %1 FROM audit_events ORDER BY id"_s.arg(AuditStore::ChainedColumns));
    PD_VERIFY_OK(rows);
    QStringList statements;
    QString previous = AuditStore::FirstPrevious;
    for (int i = 0; i < rows->size(); ++i) {
        const QStringList& row = rows->at(i);
        QVariantList values;
        for (int column = 1; column < row.size(); ++column) {
            values << (row.at(column).isNull() ? QVariant() : QVariant(row.at(column)));
        }
        if (i == 0) {
            values[3] = u"test.forged"_s;
        }
        const QString hash = AuditStore::linkHash(previous, values);
        statements << u"UPDATE audit_events SET action = '%1', prev_hash = '%2', row_hash = '%3' WHERE id = %4"_s.arg(
            values.at(3).toString(), previous, hash, row.at(0));
        previous = hash;
    }
    PD_VERIFY_OK(m_tw->tamperWithAuditLog(statements));

    const AuditChainReport rewritten = verify(anchor);
    QCOMPARE(rewritten.broken, AuditChainReport::Break::None); // whole by itself
    QCOMPARE(rewritten.anchor, AuditChainReport::AnchorCheck::Changed);
    QVERIFY(!rewritten.intact());
    QVERIFY(AuditService::describe(rewritten).contains(u"was rewritten"_s));
}

void TestAuditChain::onlyProgramAdministratorVerifiesFromWindow()
{
    PD_VERIFY_ERROR(m_tw->workspace().auditLog().verifyChain(m_admin, {}), ErrorCode::PermissionDenied);

    // A program administrator is created in an empty workspace only.
    TestWorkspace program;
    PD_VERIFY_OK(program.openStatus());
    auto administrator = program.createProgramAdministrator();
    PD_VERIFY_OK(administrator);
    auto provider = program.createPartner(u"bluewater"_s, PartnerType::IndirectProvider);
    PD_VERIFY_OK(provider);
    auto providerAdmin = program.signIn(provider->admin.upn);
    PD_VERIFY_OK(providerAdmin);
    SupportProfile support = provider->account.support;
    support.email = u"help@bluewater.example"_s;
    PD_VERIFY_OK(program->accounts().updateSupportProfile(providerAdmin.value(), support));
    auto report = program->auditLog().verifyChain(administrator.value(), {});
    PD_VERIFY_OK(report);
    QVERIFY(report->intact());
    QVERIFY(report->events > 0);
    QCOMPARE(report->events, program.count(u"audit_events"_s));
}

void TestAuditChain::copyKeepsChain()
{
    appendEvents(3);
    const AuditChainReport original = verify();
    QTemporaryDir dir;
    const WorkspaceLocation file = WorkspaceLocation::file(dir.filePath(u"copy.sqlite"_s));
    PD_VERIFY_OK(WorkspaceCopy::copy(m_tw->workspace().database(), file));

    Database copy;
    PD_VERIFY_OK(copy.open(file));
    auto copied = AuditStore::verifyChain(copy.connection(), original.last);
    PD_VERIFY_OK(copied);
    QVERIFY(copied->intact());
    QCOMPARE(copied->events, original.events);
    QCOMPARE(copied->anchor, AuditChainReport::AnchorCheck::Kept);
}

void TestAuditChain::migrationChainsEarlierEvents()
{
    // A workspace of schema version 7 with events written before the chain, on this engine.
    QTemporaryDir dir;
    WorkspaceLocation location = WorkspaceLocation::file(dir.filePath(u"v7.sqlite"_s));
    if (m_tw->onServer()) {
        auto database = TestServer::createDatabase();
        PD_VERIFY_OK(database);
        location = database.value();
    }
    const SqlEngine& engine = SqlEngine::of(m_tw->db());
    QList<Migration> upTo7;
    for (const Migration& migration : Schema::migrations(engine)) {
        if (migration.version <= 7) {
            upTo7 << migration;
        }
    }
    {
        Database v7;
        PD_VERIFY_OK(v7.open(location, upTo7));
        QCOMPARE(v7.schemaVersion(), 7);
        for (int i = 0; i < 3; ++i) {
            PD_VERIFY_OK(SqlQuery::run(v7.connection(),
                                       u"INSERT INTO audit_events (at, action, subject_type, subject_id, details) "
                                       "VALUES (?, 'test.before', 'Workspace', ?, '{}')"_s,
                                       {u"2026-11-2%1T09:00:00.000Z"_s.arg(i), QString::number(i)}));
        }
    }
    Database latest;
    PD_VERIFY_OK(latest.open(location));
    QCOMPARE(latest.schemaVersion(), Schema::latestVersion());
    auto report = AuditStore::verifyChain(latest.connection());
    PD_VERIFY_OK(report);
    QVERIFY(report->intact());
    QCOMPARE(report->events, 3);

    // Still append-only after the migration lifted the triggers for itself.
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"audit_events is append-only"_s));
    QVERIFY(!SqlQuery::run(latest.connection(), u"UPDATE audit_events SET action = 'test.forged'"_s));

    // New events follow the chained ones.
    AuditEvent event;
    event.at = m_tw->clock().now();
    event.action = u"test.after"_s;
    event.subjectType = u"Workspace"_s;
    event.subjectId = u"4"_s;
    PD_VERIFY_OK(AuditStore::append(latest.connection(), event));
    report = AuditStore::verifyChain(latest.connection());
    PD_VERIFY_OK(report);
    QVERIFY(report->intact());
    QCOMPARE(report->events, 4);
}

QTEST_GUILESS_MAIN(TestAuditChain)
#include "tst_AuditChain.moc"
