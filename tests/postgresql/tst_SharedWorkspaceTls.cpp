// A shared workspace over TLS with sslmode=verify-full, as the README's server setup has it, on a
// test server that serves TLS with a certificate for "localhost" signed by a throwaway authority
// (postgres-cluster.sh start DIR --tls). The desk trusts the authority through PGSSLROOTCERT (in
// place of ~/.postgresql/root.crt): the workspace opens, works, and its connection is encrypted.
// A certificate of another authority, or one for another name than the address used, is refused
// with the message that says so, and nothing reaches the database.

#include "TestSupport.h"
#include "services/AuditService.h"
#include "services/Workspace.h"
#include "storage/SqlQuery.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;

class TestSharedWorkspaceTls : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    // Refusals first: they find the database empty.
    void otherAuthorityRefused();
    void otherNameRefused();
    void verifyFullOpensOverTls();
    void verifyCaTakesAnyNameOfTheAuthority();

private:
    WorkspaceLocation desk(const QString& host, const QString& sslMode) const;
    void trust(const QString& certificate) const;

    QString m_role;
    QString m_database;
};

void TestSharedWorkspaceTls::initTestCase()
{
    QVERIFY2(TestServer::enabled(), "needs the TLS test server (ctest -L postgresql)");
    QVERIFY2(QFile::exists(qEnvironmentVariable("PARTNERDESK_TEST_POSTGRES") + u"/tls/ca.crt"_s),
             "the test server was started without --tls");
    m_role = u"pd_tls_%1"_s.arg(QCoreApplication::applicationPid());
    m_database = m_role;
    QVERIFY(TestServer::exec(u"CREATE ROLE %1 LOGIN CREATEROLE PASSWORD 'Tls!2026'"_s.arg(m_role)));
    QVERIFY(TestServer::exec(
        u"CREATE DATABASE %1 OWNER %1 TEMPLATE template0 ENCODING 'UTF8' LOCALE 'C'"_s.arg(m_database)));
}

void TestSharedWorkspaceTls::cleanup()
{
    qunsetenv("PGSSLROOTCERT");
}

WorkspaceLocation TestSharedWorkspaceTls::desk(const QString& host, const QString& sslMode) const
{
    WorkspaceLocation location = WorkspaceLocation::server(host, TestServer::port(), m_database, m_role, sslMode);
    location.setPassword(u"Tls!2026"_s);
    return location;
}

void TestSharedWorkspaceTls::trust(const QString& certificate) const
{
    qputenv("PGSSLROOTCERT", (qEnvironmentVariable("PARTNERDESK_TEST_POSTGRES") + u"/tls/"_s + certificate).toUtf8());
}

void TestSharedWorkspaceTls::otherAuthorityRefused()
{
    trust(u"other-ca.crt"_s);
    // "require" checks the certificate too once the desk trusts an authority (libpq's rule).
    for (const QString& mode : {u"verify-full"_s, u"verify-ca"_s, u"require"_s}) {
        Workspace workspace;
        const Status opened = workspace.open(desk(u"localhost"_s, mode));
        QCOMPARE(opened.code(), ErrorCode::Storage);
        QVERIFY2(
            opened.errorString().contains(u"the server's TLS certificate could not be verified (mode %1)"_s.arg(mode)),
            qPrintable(opened.errorString()));
        QVERIFY(!workspace.isOpen());
    }
    QCOMPARE(TestServer::tableCount(m_database), 0);
}

void TestSharedWorkspaceTls::otherNameRefused()
{
    // The certificate names "localhost"; the address 127.0.0.1 reaches the same server.
    trust(u"ca.crt"_s);
    Workspace workspace;
    const Status opened = workspace.open(desk(u"127.0.0.1"_s, u"verify-full"_s));
    QCOMPARE(opened.code(), ErrorCode::Storage);
    QVERIFY2(opened.errorString().contains(u"could not be verified (mode verify-full)"_s),
             qPrintable(opened.errorString()));
    QVERIFY2(opened.errorString().contains(u"check the server's name"_s), qPrintable(opened.errorString()));
    QCOMPARE(TestServer::tableCount(m_database), 0);
}

void TestSharedWorkspaceTls::verifyFullOpensOverTls()
{
    trust(u"ca.crt"_s);
    Workspace workspace;
    PD_VERIFY_OK(workspace.open(desk(u"localhost"_s, u"verify-full"_s)));
    QCOMPARE(workspace.engineName(), u"PostgreSQL"_s);

    // This desk's own session is encrypted.
    auto encrypted
        = SqlQuery::texts(workspace.db(), u"SELECT ssl, version FROM pg_stat_ssl WHERE pid = pg_backend_pid()"_s);
    PD_VERIFY_OK(encrypted);
    QCOMPARE(encrypted->size(), 1);
    QCOMPARE(encrypted->first().at(0), u"true"_s);
    QVERIFY2(encrypted->first().at(1).startsWith(u"TLSv1."_s), qPrintable(encrypted->first().at(1)));

    // And the workspace works over it: the schema is there, the audit log verifies.
    QVERIFY(TestServer::tableCount(m_database) > 0);
    auto chain = workspace.auditLog().verifyChain();
    PD_VERIFY_OK(chain);
    QVERIFY(chain->intact());
}

void TestSharedWorkspaceTls::verifyCaTakesAnyNameOfTheAuthority()
{
    // verify-ca checks the authority only, so the address needn't be the certificate's name.
    trust(u"ca.crt"_s);
    Workspace workspace;
    PD_VERIFY_OK(workspace.open(desk(u"127.0.0.1"_s, u"verify-ca"_s)));
    auto encrypted = SqlQuery::scalar(workspace.db(), u"SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()"_s);
    PD_VERIFY_OK(encrypted);
    QVERIFY(encrypted->toBool());
}

QTEST_GUILESS_MAIN(TestSharedWorkspaceTls)
#include "tst_SharedWorkspaceTls.moc"
