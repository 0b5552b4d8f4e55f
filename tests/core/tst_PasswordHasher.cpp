// Password hashes (ARCHITECTURE §7): PBKDF2-HMAC-SHA256 with a 16-byte random salt, stored as
// "pbkdf2-sha256$<iterations>$<salt>$<key>" so the cost can be raised later.

#include "TestSupport.h"
#include "security/PasswordHasher.h"
#include "services/Workspace.h"

#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;

class TestPasswordHasher : public QObject
{
    Q_OBJECT

private slots:
    void productDefaultIs600000Iterations();
    void storedFormat();
    void verifiesTheRightPasswordOnly();
    void sameDifferentSalts();
    void knownAnswerVectors_data();
    void knownAnswerVectors();
    void needsRehash_data();
    void needsRehash();
    void malformedStoredRefused_data();
    void malformedStoredRefused();
};

void TestPasswordHasher::productDefaultIs600000Iterations()
{
    QCOMPARE(PasswordHasher::DefaultIterations, 600000);
    QCOMPARE(PasswordHasher().iterations(), 600000);
    // The product's workspace uses the default; only tests lower it, explicitly.
    QCOMPARE(WorkspaceOptions().passwordIterations, 600000);
    QCOMPARE(Workspace().hasher().iterations(), 600000);
    QCOMPARE(PasswordHasher::SaltBytes, 16);
}

void TestPasswordHasher::storedFormat()
{
    const QString stored = PasswordHasher(1000).hash(u"Correct horse 1!"_s);
    static const QRegularExpression format(u"^pbkdf2-sha256\\$(\\d+)\\$([A-Za-z0-9+/=]+)\\$([A-Za-z0-9+/=]+)$"_s);
    const QRegularExpressionMatch match = format.match(stored);
    QVERIFY2(match.hasMatch(), qPrintable(stored));
    QCOMPARE(match.captured(1), u"1000"_s);
    QCOMPARE(QByteArray::fromBase64(match.captured(2).toLatin1()).size(), 16);
    QCOMPARE(QByteArray::fromBase64(match.captured(3).toLatin1()).size(), 32);
    QVERIFY(!stored.contains(u"Correct horse"_s));
}

void TestPasswordHasher::verifiesTheRightPasswordOnly()
{
    const PasswordHasher hasher(1000);
    const QString stored = hasher.hash(u"Señal!2026"_s);
    QVERIFY(PasswordHasher::verify(u"Señal!2026"_s, stored));
    QVERIFY(!PasswordHasher::verify(u"Senal!2026"_s, stored));
    QVERIFY(!PasswordHasher::verify(u"señal!2026"_s, stored));
    QVERIFY(!PasswordHasher::verify(u"Señal!2026 "_s, stored)); // passwords are never trimmed
    QVERIFY(!PasswordHasher::verify(QString(), stored));
}

void TestPasswordHasher::sameDifferentSalts()
{
    const PasswordHasher hasher(1000);
    const QString first = hasher.hash(u"Same!Password1"_s);
    const QString second = hasher.hash(u"Same!Password1"_s);
    QVERIFY(first != second);
    QVERIFY(first.section(u'$', 2, 2) != second.section(u'$', 2, 2));
    QVERIFY(PasswordHasher::verify(u"Same!Password1"_s, first));
    QVERIFY(PasswordHasher::verify(u"Same!Password1"_s, second));
}

void TestPasswordHasher::knownAnswerVectors_data()
{
    // PBKDF2-HMAC-SHA256 vectors of RFC 7914 §11, first 32 bytes of the derived key, as stored.
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("stored");
    QTest::newRow("RFC 7914 passwd/salt c=1")
        << u"passwd"_s << u"pbkdf2-sha256$1$c2FsdA==$VawEblbjCJ/sFpHCJUS2BflBhSFt3gRl5oudV8INrLw="_s;
    QTest::newRow("RFC 7914 Password/NaCl c=80000")
        << u"Password"_s << u"pbkdf2-sha256$80000$TmFDbA==$TdzY9guYviGDDO5e8icB+WQaRBjQTAQUrv8Ih2s0q1Y="_s;
}

void TestPasswordHasher::knownAnswerVectors()
{
    QFETCH(QString, password);
    QFETCH(QString, stored);
    QVERIFY(PasswordHasher::verify(password, stored));
    QVERIFY(!PasswordHasher::verify(password + u'x', stored));
}

void TestPasswordHasher::needsRehash_data()
{
    QTest::addColumn<int>("storedWith");
    QTest::addColumn<int>("policy");
    QTest::addColumn<bool>("expected");
    QTest::newRow("weaker than policy") << 1000 << 2000 << true;
    QTest::newRow("as policy") << 1000 << 1000 << false;
    QTest::newRow("stronger than policy") << 2000 << 1000 << false;
}

void TestPasswordHasher::needsRehash()
{
    QFETCH(int, storedWith);
    QFETCH(int, policy);
    QFETCH(bool, expected);
    const QString stored = PasswordHasher(storedWith).hash(u"Rehash!me1"_s);
    QCOMPARE(PasswordHasher(policy).needsRehash(stored), expected);
}

void TestPasswordHasher::malformedStoredRefused_data()
{
    const PasswordHasher hasher(1000);
    const QString good = hasher.hash(u"Right!Pass1"_s);
    const QString salt = good.section(u'$', 2, 2);
    const QString key = good.section(u'$', 3, 3);

    QTest::addColumn<QString>("stored");
    QTest::newRow("empty") << QString();
    QTest::newRow("plain text password") << u"Right!Pass1"_s;
    QTest::newRow("other scheme") << u"pbkdf2-sha1$1000$%1$%2"_s.arg(salt, key);
    QTest::newRow("upper-case scheme") << u"PBKDF2-SHA256$1000$%1$%2"_s.arg(salt, key);
    QTest::newRow("iterations not a number") << u"pbkdf2-sha256$many$%1$%2"_s.arg(salt, key);
    QTest::newRow("zero iterations") << u"pbkdf2-sha256$0$%1$%2"_s.arg(salt, key);
    QTest::newRow("negative iterations") << u"pbkdf2-sha256$-1000$%1$%2"_s.arg(salt, key);
    QTest::newRow("missing key") << u"pbkdf2-sha256$1000$%1"_s.arg(salt);
    QTest::newRow("empty key") << u"pbkdf2-sha256$1000$%1$"_s.arg(salt);
    QTest::newRow("empty salt") << u"pbkdf2-sha256$1000$$%1"_s.arg(key);
    QTest::newRow("extra part") << u"pbkdf2-sha256$1000$%1$%2$extra"_s.arg(salt, key);
    QTest::newRow("other iterations than hashed") << u"pbkdf2-sha256$1001$%1$%2"_s.arg(salt, key);
    QTest::newRow("truncated key") << u"pbkdf2-sha256$1000$%1$%2"_s.arg(salt, key.left(20));
}

void TestPasswordHasher::malformedStoredRefused()
{
    QFETCH(QString, stored);
    // Even the right password must not match a damaged or foreign hash.
    QVERIFY(!PasswordHasher::verify(u"Right!Pass1"_s, stored));
    QVERIFY(!PasswordHasher::verify(stored, stored));
    if (stored.section(u'$', 0, 0) != u"pbkdf2-sha256"_s || stored.count(u'$') != 3
        || stored.section(u'$', 1, 1).toInt() < 1 || stored.section(u'$', 2, 2).isEmpty()
        || stored.section(u'$', 3, 3).isEmpty()) {
        // What can't be parsed always asks for a new hash.
        QVERIFY(PasswordHasher(1000).needsRehash(stored));
    }
}

QTEST_GUILESS_MAIN(TestPasswordHasher)
#include "tst_PasswordHasher.moc"
