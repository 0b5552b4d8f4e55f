// Opening a shared workspace when something is wrong: each case a clear message, nothing written.
// Runs on the test server only (label "postgresql"): its 127.0.0.1 listener takes SCRAM
// passwords, and has no TLS.

#include "TestSupport.h"
#include "services/Workspace.h"
#include "storage/Database.h"
#include "storage/Schema.h"
#include "storage/SqlEngine.h"
#include "storage/SqlQuery.h"

#include <QSqlQuery>
#include <QTcpServer>
#include <QtTest>

using namespace Qt::StringLiterals;

class TestSharedWorkspaceOpening : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void serverDown();
    void passwordAskedThenRefusedThenTaken();
    void missingDatabase();
    void anotherApplicationsDatabase();
    void newerSchema();
    void ownerWithoutCreateRole();
    void collationByLanguage();
    void tlsRequiredButRefused();

private:
    // A new database owned by the desk's login, reached over TCP with a password.
    QString newDatabase(const QString& locale = u"C"_s);
    WorkspaceLocation desk(const QString& database, const QString& password, const QString& sslMode = {}) const;

    QString m_role;
    int m_next = 0;
};

void TestSharedWorkspaceOpening::initTestCase()
{
    QVERIFY2(TestServer::enabled(), "needs the test server (ctest -L postgresql)");
    // A login of this run's own (the cluster lives as long as the test run).
    m_role = u"pd_desk_%1"_s.arg(QCoreApplication::applicationPid());
    // It owns its workspaces, so it creates each person's login (README, "Shared workspace").
    QVERIFY(TestServer::exec(u"CREATE ROLE %1 LOGIN CREATEROLE PASSWORD 'Desk!2026'"_s.arg(m_role)));
}

QString TestSharedWorkspaceOpening::newDatabase(const QString& locale)
{
    const QString name = u"pd_opening_%1_%2"_s.arg(QCoreApplication::applicationPid()).arg(++m_next);
    TestServer::exec(
        u"CREATE DATABASE %1 OWNER %3 TEMPLATE template0 ENCODING 'UTF8' LOCALE '%2'"_s.arg(name, locale, m_role));
    return name;
}

WorkspaceLocation TestSharedWorkspaceOpening::desk(const QString& database, const QString& password,
                                                   const QString& sslMode) const
{
    WorkspaceLocation location
        = WorkspaceLocation::server(u"127.0.0.1"_s, TestServer::port(), database, m_role, sslMode);
    location.setPassword(password);
    return location;
}

void TestSharedWorkspaceOpening::serverDown()
{
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    const int closedPort = probe.serverPort();
    probe.close();
    Workspace workspace;
    const Status opened
        = workspace.open(WorkspaceLocation::server(u"127.0.0.1"_s, closedPort, u"partnerdesk"_s, m_role));
    QVERIFY(!opened.ok());
    QCOMPARE(opened.code(), ErrorCode::Storage);
    QVERIFY2(opened.errorString().contains(u"does not answer"_s), qPrintable(opened.errorString()));
    QVERIFY(!workspace.isOpen());
}

void TestSharedWorkspaceOpening::passwordAskedThenRefusedThenTaken()
{
    const QString database = newDatabase();
    Workspace workspace;
    Status opened = workspace.open(desk(database, {}));
    QCOMPARE(opened.code(), ErrorCode::DatabasePasswordRequired);
    QCOMPARE(opened.errorString(),
             u"The server of %1 on 127.0.0.1 asks for the password of the database user %2."_s.arg(database, m_role));
    opened = workspace.open(desk(database, u"wrong"_s));
    QCOMPARE(opened.code(), ErrorCode::DatabasePasswordRequired);
    QVERIFY2(opened.errorString().contains(u"refused the database user %1 with this password"_s.arg(m_role)),
             qPrintable(opened.errorString()));
    QCOMPARE(TestServer::tableCount(database), 0);

    PD_VERIFY_OK(workspace.open(desk(database, u"Desk!2026"_s)));
    QCOMPARE(workspace.engineName(), u"PostgreSQL"_s);
    QCOMPARE(workspace.path(), u"postgresql://%1@127.0.0.1:%2/%3"_s.arg(m_role).arg(TestServer::port()).arg(database));
    QCOMPARE(workspace.database().schemaVersion(), Schema::latestVersion());
    workspace.close();
    TestServer::dropDatabase(database);
}

void TestSharedWorkspaceOpening::missingDatabase()
{
    Workspace workspace;
    const Status opened = workspace.open(desk(u"pd_nowhere"_s, u"Desk!2026"_s));
    QCOMPARE(opened.code(), ErrorCode::Storage);
    QVERIFY2(opened.errorString().contains(u"has no database named pd_nowhere"_s), qPrintable(opened.errorString()));
    QCOMPARE(TestServer::tableCount(u"pd_nowhere"_s), -1);
}

void TestSharedWorkspaceOpening::anotherApplicationsDatabase()
{
    const QString database = newDatabase();
    {
        // Another application's table, made by the same login.
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, u"other-app"_s);
        db.setHostName(u"127.0.0.1"_s);
        db.setPort(TestServer::port());
        db.setDatabaseName(database);
        db.setUserName(m_role);
        db.setPassword(u"Desk!2026"_s);
        QVERIFY(db.open());
        QVERIFY(QSqlQuery(db).exec(u"CREATE TABLE invoices (id INTEGER PRIMARY KEY)"_s));
        db.close();
    }
    QSqlDatabase::removeDatabase(u"other-app"_s);
    Workspace workspace;
    const Status opened = workspace.open(desk(database, u"Desk!2026"_s));
    QCOMPARE(opened.code(), ErrorCode::Storage);
    QCOMPARE(opened.errorString(),
             u"The database %1 on 127.0.0.1 holds another application's tables, not a "
             "PartnerDesk workspace. Nothing was changed."_s.arg(database));
    QCOMPARE(TestServer::tableCount(database), 1);
    TestServer::dropDatabase(database);
}

void TestSharedWorkspaceOpening::newerSchema()
{
    const QString database = newDatabase();
    {
        Workspace first;
        PD_VERIFY_OK(first.open(desk(database, u"Desk!2026"_s)));
        PD_VERIFY_OK(SqlQuery::run(first.db(),
                                   u"INSERT INTO schema_migrations (version, description, applied_at) "
                                   "VALUES (999, 'from the future', '2030-01-01T00:00:00.000Z')"_s));
    }
    const int tables = TestServer::tableCount(database);
    Workspace workspace;
    const Status opened = workspace.open(desk(database, u"Desk!2026"_s));
    QCOMPARE(opened.code(), ErrorCode::SchemaTooNew);
    QVERIFY2(opened.errorString().contains(u"schema version 999"_s), qPrintable(opened.errorString()));
    QCOMPARE(TestServer::tableCount(database), tables);
    TestServer::dropDatabase(database);
}

void TestSharedWorkspaceOpening::ownerWithoutCreateRole()
{
    const QString database = newDatabase();
    QVERIFY(TestServer::exec(u"ALTER ROLE %1 NOCREATEROLE"_s.arg(m_role)));
    Workspace workspace;
    const Status opened = workspace.open(desk(database, u"Desk!2026"_s));
    QVERIFY(TestServer::exec(u"ALTER ROLE %1 CREATEROLE"_s.arg(m_role)));
    QCOMPARE(opened.code(), ErrorCode::Storage);
    QCOMPARE(opened.errorString(),
             u"The workspace needs an upgrade that its owner %1 may not make: the owner creates a database "
             "login for each person, which takes the CREATEROLE attribute. Ask the server's administrator to "
             "run ALTER ROLE %1 CREATEROLE. Nothing was changed."_s.arg(m_role));
    QVERIFY(!workspace.isOpen());
    QCOMPARE(TestServer::tableCount(database), 0);
    // Given the attribute, the same desk opens it.
    PD_VERIFY_OK(workspace.open(desk(database, u"Desk!2026"_s)));
    QCOMPARE(workspace.database().schemaVersion(), Schema::latestVersion());
    workspace.close();
    TestServer::dropDatabase(database);
}

void TestSharedWorkspaceOpening::collationByLanguage()
{
    const QString database = newDatabase(u"C.UTF-8"_s);
    Workspace workspace;
    const Status opened = workspace.open(desk(database, u"Desk!2026"_s));
    QCOMPARE(opened.code(), ErrorCode::Storage);
    QVERIFY2(opened.errorString().contains(u"needs the C collation"_s), qPrintable(opened.errorString()));
    QCOMPARE(TestServer::tableCount(database), 0);
    TestServer::dropDatabase(database);
}

void TestSharedWorkspaceOpening::tlsRequiredButRefused()
{
    const QString database = newDatabase();
    Workspace workspace;
    const Status opened = workspace.open(desk(database, u"Desk!2026"_s, u"require"_s));
    QCOMPARE(opened.code(), ErrorCode::Storage);
    QVERIFY2(opened.errorString().contains(u"TLS (mode require) is required"_s), qPrintable(opened.errorString()));
    QCOMPARE(TestServer::tableCount(database), 0);
    TestServer::dropDatabase(database);
}

QTEST_GUILESS_MAIN(TestSharedWorkspaceOpening)
#include "tst_SharedWorkspaceOpening.moc"
