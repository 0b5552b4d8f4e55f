// The audit log is append-only (ARCHITECTURE §7): the database itself refuses UPDATE, DELETE and,
// from any client, INSERT OR REPLACE of audit_events (S12); every account-settings change appends
// exactly one event naming what changed.

#include "TestSupport.h"
#include "services/AccountService.h"
#include "services/AuditService.h"
#include "storage/AuditStore.h"
#include "storage/SqlQuery.h"

#include <QJsonObject>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSqlDatabase>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QJsonObject change(const QString& from, const QString& to)
{
    return QJsonObject{{u"from"_s, from}, {u"to"_s, to}};
}

} // namespace

class TestAuditLog : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void appendStoresEveryField();
    void updateRefused_data();
    void updateRefused();
    void deleteRefused_data();
    void deleteRefused();
    void replaceRefused_data();
    void replaceRefused();
    void legalProfileEditAppendsOneEvent();
    void supportProfileEditAppendsOneEvent();
    void unchangedProfileAppendsNothing();
    void partnerIdChangeAppendsOneEvent();
    void refusedEditAppendsNothing();

private:
    // Appends one event as a service would, and returns its id.
    qint64 appendSample();
    int auditCount() { return m_tw->count(u"audit_events"_s); }

    std::unique_ptr<TestWorkspace> m_tw;
    PartnerFixture m_partner;
    Session m_admin;
};

void TestAuditLog::init()
{
    m_tw = std::make_unique<TestWorkspace>();
    PD_VERIFY_OK(m_tw->openStatus());
    auto partner = m_tw->createPartner(u"harborlight"_s, PartnerType::IndirectReseller);
    PD_VERIFY_OK(partner);
    m_partner = partner.value();
    auto session = m_tw->signIn(m_partner.admin.upn);
    PD_VERIFY_OK(session);
    m_admin = session.value();
    QCOMPARE(auditCount(), 0);
}

void TestAuditLog::cleanup()
{
    m_tw.reset();
}

qint64 TestAuditLog::appendSample()
{
    AuditEvent event;
    event.at = m_tw->clock().now();
    event.actorUserId = m_partner.admin.id;
    event.partnerAccountId = m_partner.account.id;
    event.action = u"test.recorded"_s;
    event.subjectType = u"PartnerAccount"_s;
    event.subjectId = m_partner.account.id;
    event.details = {{u"note"_s, u"original"_s}};
    if (!AuditStore::append(m_tw->db(), event)) {
        return -1;
    }
    return m_tw->scalar(u"SELECT max(id) FROM audit_events"_s).toLongLong();
}

void TestAuditLog::appendStoresEveryField()
{
    const qint64 id = appendSample();
    QVERIFY(id > 0);
    auto events = AuditStore::eventsOfSubject(m_tw->db(), u"PartnerAccount"_s, m_partner.account.id);
    PD_VERIFY_OK(events);
    QCOMPARE(events->size(), 1);
    const AuditEvent& e = events->constFirst();
    QCOMPARE(e.id, id);
    QCOMPARE(e.at, TestClock::defaultStart());
    QCOMPARE(e.actorUserId, m_partner.admin.id);
    QCOMPARE(e.actorName, m_partner.admin.displayName);
    QCOMPARE(e.partnerAccountId, m_partner.account.id);
    QCOMPARE(e.action, u"test.recorded"_s);
    QCOMPARE(e.details.value(u"note"_s).toString(), u"original"_s);

    // A second append adds a row; the first stays.
    m_tw->clock().advance(5);
    QVERIFY(appendSample() > id);
    QCOMPARE(auditCount(), 2);
    auto newestFirst = AuditStore::eventsOfPartner(m_tw->db(), m_partner.account.id);
    PD_VERIFY_OK(newestFirst);
    QCOMPARE(newestFirst->size(), 2);
    QCOMPARE(newestFirst->at(0).at, TestClock::defaultStart().addSecs(300));
    QCOMPARE(newestFirst->at(1).id, id);
}

void TestAuditLog::updateRefused_data()
{
    QTest::addColumn<QString>("sql");
    QTest::newRow("action") << u"UPDATE audit_events SET action = 'test.forged' WHERE id = ?"_s;
    QTest::newRow("details") << u"UPDATE audit_events SET details = '{\"note\":\"forged\"}' WHERE id = ?"_s;
    QTest::newRow("actor") << u"UPDATE audit_events SET actor_user_id = NULL WHERE id = ?"_s;
    QTest::newRow("time") << u"UPDATE audit_events SET at = '2020-01-01T00:00:00.000Z' WHERE id = ?"_s;
}

void TestAuditLog::updateRefused()
{
    QFETCH(QString, sql);
    const qint64 id = appendSample();
    QVERIFY(id > 0);
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"audit_events is append-only"_s));
    auto updated = SqlQuery::run(m_tw->db(), sql, {id});
    QVERIFY(!updated.ok());
    QCOMPARE(updated.code(), ErrorCode::PermissionDenied);
    QCOMPARE(updated.errorString(), u"The audit log can't be changed."_s);

    QCOMPARE(m_tw->scalar(u"SELECT action FROM audit_events WHERE id = ?"_s, {id}).toString(), u"test.recorded"_s);
    QCOMPARE(m_tw->scalar(u"SELECT details FROM audit_events WHERE id = ?"_s, {id}).toString(),
             u"{\"note\":\"original\"}"_s);
    QCOMPARE(m_tw->scalar(u"SELECT actor_user_id FROM audit_events WHERE id = ?"_s, {id}).toString(),
             m_partner.admin.id);
    QCOMPARE(m_tw->scalar(u"SELECT at FROM audit_events WHERE id = ?"_s, {id}).toString(),
             u"2026-11-24T09:00:00.000Z"_s);
}

void TestAuditLog::deleteRefused_data()
{
    QTest::addColumn<QString>("sql");
    QTest::addColumn<bool>("bindId");
    QTest::newRow("one row") << u"DELETE FROM audit_events WHERE id = ?"_s << true;
    QTest::newRow("whole table") << u"DELETE FROM audit_events"_s << false;
}

void TestAuditLog::deleteRefused()
{
    QFETCH(QString, sql);
    QFETCH(bool, bindId);
    const qint64 id = appendSample();
    QVERIFY(id > 0);
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"audit_events is append-only"_s));
    auto deleted = SqlQuery::run(m_tw->db(), sql, bindId ? QVariantList{id} : QVariantList{});
    QVERIFY(!deleted.ok());
    QCOMPARE(deleted.code(), ErrorCode::PermissionDenied);
    QCOMPARE(deleted.errorString(), u"The audit log can't be changed."_s);
    QCOMPARE(auditCount(), 1);
    QCOMPARE(m_tw->scalar(u"SELECT action FROM audit_events WHERE id = ?"_s, {id}).toString(), u"test.recorded"_s);
}

void TestAuditLog::replaceRefused_data()
{
    QTest::addColumn<bool>("plainClient");
    QTest::newRow("S12 workspace connection") << false;
    // What the sqlite3 shell or any other program opening the file does: recursive_triggers is
    // off there, so REPLACE would delete the clashing row without firing the DELETE trigger.
    QTest::newRow("S12 plain SQLite client, recursive_triggers off") << true;
}

void TestAuditLog::replaceRefused()
{
    QFETCH(bool, plainClient);
    const qint64 id = appendSample();
    QVERIFY(id > 0);
    const QString connectionName = u"plain-client"_s;
    const auto removeConnection = qScopeGuard([&] { QSqlDatabase::removeDatabase(connectionName); });
    QSqlDatabase db = m_tw->db();
    if (plainClient && m_tw->onServer()) {
        QSKIP("A plain client of a SQLite file; the server's own row is the workspace connection's");
    }
    if (plainClient) {
        db = QSqlDatabase::addDatabase(u"QSQLITE"_s, connectionName);
        db.setDatabaseName(m_tw->databasePath());
        QVERIFY(db.open());
        QCOMPARE(SqlQuery::scalar(db, u"PRAGMA recursive_triggers"_s)->toInt(), 0);
    }
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"audit_events is append-only"_s));
    // PostgreSQL's way to replace a row on insert is an upsert, which the update trigger refuses.
    const QString replace = m_tw->onServer()
        ? u"INSERT INTO audit_events (id, at, action, subject_type, subject_id, details) VALUES "
          "(?, '2020-01-01T00:00:00.000Z', 'test.forged', 'X', 'Y', '{}') ON CONFLICT (id) DO UPDATE SET "
          "action = excluded.action, at = excluded.at"_s
        : u"INSERT OR REPLACE INTO audit_events (id, at, action, subject_type, subject_id, "
          "details) VALUES (?, '2020-01-01T00:00:00.000Z', 'test.forged', 'X', 'Y', '{}')"_s;
    auto replaced = SqlQuery::run(db, replace, {id});
    QVERIFY(!replaced.ok());
    QCOMPARE(replaced.code(), ErrorCode::PermissionDenied);
    QCOMPARE(replaced.errorString(), u"The audit log can't be changed."_s);
    db = QSqlDatabase();
    QCOMPARE(auditCount(), 1);
    QCOMPARE(m_tw->scalar(u"SELECT action FROM audit_events WHERE id = ?"_s, {id}).toString(), u"test.recorded"_s);
    QCOMPARE(m_tw->scalar(u"SELECT at FROM audit_events WHERE id = ?"_s, {id}).toString(),
             u"2026-11-24T09:00:00.000Z"_s);
}

void TestAuditLog::legalProfileEditAppendsOneEvent()
{
    LegalBusinessProfile profile = m_partner.account.legal;
    profile.legalName = u"Harborlight IT Services LLC"_s;
    profile.address.city = u"Tacoma"_s;
    m_tw->clock().advance(10);
    PD_VERIFY_OK(m_tw->workspace().accounts().updateLegalProfile(m_admin, profile));

    QCOMPARE(auditCount(), 1);
    auto events = AuditStore::eventsOfPartner(m_tw->db(), m_partner.account.id);
    PD_VERIFY_OK(events);
    QCOMPARE(events->size(), 1);
    const AuditEvent& e = events->constFirst();
    QCOMPARE(e.action, u"partner.legalProfileUpdated"_s);
    QCOMPARE(e.actorUserId, m_partner.admin.id);
    QCOMPARE(e.subjectType, u"PartnerAccount"_s);
    QCOMPARE(e.subjectId, m_partner.account.id);
    QCOMPARE(e.at, TestClock::defaultStart().addSecs(600));
    // Exactly the changed fields, each with before and after.
    const QJsonObject expected{{u"legalName"_s, change(m_partner.account.legal.legalName, profile.legalName)},
                               {u"city"_s, change(u"Springfield"_s, u"Tacoma"_s)}};
    QCOMPARE(e.details, expected);
}

void TestAuditLog::supportProfileEditAppendsOneEvent()
{
    SupportProfile profile = m_partner.account.support;
    profile.email = u"help@harborlight.example"_s;
    PD_VERIFY_OK(m_tw->workspace().accounts().updateSupportProfile(m_admin, profile));

    QCOMPARE(auditCount(), 1);
    auto trail = m_tw->workspace().auditLog().activity(m_admin, {}, 200);
    PD_VERIFY_OK(trail);
    QCOMPARE(trail->size(), 1);
    const AuditEvent& e = trail->constFirst();
    QCOMPARE(e.action, u"partner.supportProfileUpdated"_s);
    QCOMPARE(e.actorName, m_partner.admin.displayName);
    QCOMPARE(
        e.details,
        (QJsonObject{{u"supportEmail"_s, change(m_partner.account.support.email, u"help@harborlight.example"_s)}}));

    // A second edit is a second event; the first stays as it was.
    profile.phone = u"+1 206 555 0199"_s;
    PD_VERIFY_OK(m_tw->workspace().accounts().updateSupportProfile(m_admin, profile));
    QCOMPARE(auditCount(), 2);
    auto events = AuditStore::eventsOfPartner(m_tw->db(), m_partner.account.id);
    PD_VERIFY_OK(events);
    QCOMPARE(events->at(0).details,
             (QJsonObject{{u"supportPhone"_s, change(m_partner.account.support.phone, u"+12065550199"_s)}}));
    QCOMPARE(events->at(1).details, e.details);
}

void TestAuditLog::unchangedProfileAppendsNothing()
{
    PD_VERIFY_OK(m_tw->workspace().accounts().updateLegalProfile(m_admin, m_partner.account.legal));
    PD_VERIFY_OK(m_tw->workspace().accounts().updateSupportProfile(m_admin, m_partner.account.support));
    // Different spelling, same normalized values: still no change.
    SupportProfile spaced = m_partner.account.support;
    spaced.email = u"  "_s + spaced.email + u" "_s;
    PD_VERIFY_OK(m_tw->workspace().accounts().updateSupportProfile(m_admin, spaced));
    QCOMPARE(auditCount(), 0);
}

void TestAuditLog::partnerIdChangeAppendsOneEvent()
{
    auto other = m_tw->addMpnProfile(m_partner.pmc, u"1234567"_s, u"US"_s);
    PD_VERIFY_OK(other);
    PD_VERIFY_OK(m_tw->workspace().accounts().changePartnerId(m_admin, u"1234567"_s));
    QCOMPARE(auditCount(), 1);
    auto events = AuditStore::eventsOfPartner(m_tw->db(), m_partner.account.id);
    PD_VERIFY_OK(events);
    QCOMPARE(events->constFirst().action, u"partner.partnerIdChanged"_s);
    QCOMPARE(events->constFirst().details,
             (QJsonObject{{u"partnerId"_s, change(m_partner.profile.partnerId, u"1234567"_s)}}));
}

void TestAuditLog::refusedEditAppendsNothing()
{
    LegalBusinessProfile invalid = m_partner.account.legal;
    invalid.legalName = u"New name"_s;
    invalid.contactEmail = u"not an address"_s;
    PD_VERIFY_ERROR(m_tw->workspace().accounts().updateLegalProfile(m_admin, invalid), ErrorCode::InvalidInput);
    QCOMPARE(auditCount(), 0);
    QCOMPARE(m_tw->scalar(u"SELECT legal_name FROM partner_accounts WHERE id = ?"_s, {m_partner.account.id}).toString(),
             m_partner.account.legal.legalName);
}

QTEST_GUILESS_MAIN(TestAuditLog)
#include "tst_AuditLog.moc"
