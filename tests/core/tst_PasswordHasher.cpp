// Password hashes (ARCHITECTURE §7): Argon2id through libsodium, stored with its cost
// ("$argon2id$v=19$m=<KiB>,t=<passes>,p=1$<salt>$<hash>") so the cost can be raised later;
// hashes of earlier versions ("pbkdf2-sha256$<iterations>$<salt>$<key>") still verify and ask to
// be replaced. The cost read from a stored hash is capped (S10).

#include "TestSupport.h"
#include "security/PasswordHasher.h"
#include "services/Workspace.h"

#include <QElapsedTimer>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
const PasswordCost Low = PasswordCost::lowest();

// What verify() may take at most for a hash it refuses without computing: nothing near even one
// real Argon2id or PBKDF2 computation of the refused cost.
constexpr qint64 RefusalMs = 500;
} // namespace

class TestPasswordHasher : public QObject
{
    Q_OBJECT

private slots:
    void productCostIsArgon2id_S10();
    void storedFormat_S10();
    void verifiesTheRightPasswordOnly();
    void sameDifferentSalts();
    void legacyPbkdf2StillVerifies_S10_data();
    void legacyPbkdf2StillVerifies_S10();
    void needsRehash_S10_data();
    void needsRehash_S10();
    void malformedStoredRefused_data();
    void malformedStoredRefused();
    void storedCostCapped_S10_data();
    void storedCostCapped_S10();
    void dummyHashCostsAVerification_S10();
};

void TestPasswordHasher::productCostIsArgon2id_S10()
{
    // The product's cost: Argon2id t=3 over 64 MiB, above OWASP's minimum (t=2, 19 MiB).
    const PasswordCost product{3, quint64(64) * 1024 * 1024};
    QCOMPARE(PasswordCost::product(), product);
    QCOMPARE(PasswordHasher().cost(), product);
    // The workspace the application opens keeps it; only tests lower it, explicitly.
    QCOMPARE(WorkspaceOptions().passwordCost, product);
    QCOMPARE(Workspace().hasher().cost(), product);
    QVERIFY(PasswordHasher::MaxOpsLimit >= product.opsLimit);
    QVERIFY(PasswordHasher::MaxMemLimitBytes >= product.memLimitBytes);

    QElapsedTimer timer;
    timer.start();
    const QString stored = PasswordHasher().hash(u"Product!cost1"_s);
    QVERIFY(stored.startsWith(u"$argon2id$v=19$m=65536,t=3,p=1$"_s));
    QVERIFY(PasswordHasher().verify(u"Product!cost1"_s, stored));
    qInfo("one hash and one verification at the product's cost: %lld ms", timer.elapsed());
}

void TestPasswordHasher::storedFormat_S10()
{
    const QString stored = PasswordHasher(Low).hash(u"Correct horse 1!"_s);
    static const QRegularExpression format(
        u"^\\$argon2id\\$v=19\\$m=(\\d+),t=(\\d+),p=1\\$([A-Za-z0-9+/]+)\\$([A-Za-z0-9+/]+)$"_s);
    const QRegularExpressionMatch match = format.match(stored);
    QVERIFY2(match.hasMatch(), qPrintable(stored));
    QCOMPARE(match.captured(1).toULongLong(), Low.memLimitBytes / 1024);
    QCOMPARE(match.captured(2).toULongLong(), Low.opsLimit);
    QCOMPARE(QByteArray::fromBase64(match.captured(3).toLatin1()).size(), PasswordHasher::SaltBytes);
    QCOMPARE(QByteArray::fromBase64(match.captured(4).toLatin1()).size(), 32);
    QVERIFY(!stored.contains(u"Correct horse"_s));
}

void TestPasswordHasher::verifiesTheRightPasswordOnly()
{
    const PasswordHasher hasher(Low);
    const QString stored = hasher.hash(u"Señal!2026"_s);
    QVERIFY(hasher.verify(u"Señal!2026"_s, stored));
    QVERIFY(!hasher.verify(u"Senal!2026"_s, stored));
    QVERIFY(!hasher.verify(u"señal!2026"_s, stored));
    QVERIFY(!hasher.verify(u"Señal!2026 "_s, stored)); // passwords are never trimmed
    QVERIFY(!hasher.verify(QString(), stored));
    // The cost is read from the stored hash, not from the hasher that checks it.
    QVERIFY(PasswordHasher().verify(u"Señal!2026"_s, stored));
}

void TestPasswordHasher::sameDifferentSalts()
{
    const PasswordHasher hasher(Low);
    const QString first = hasher.hash(u"Same!Password1"_s);
    const QString second = hasher.hash(u"Same!Password1"_s);
    QVERIFY(first != second);
    QVERIFY(hasher.verify(u"Same!Password1"_s, first));
    QVERIFY(hasher.verify(u"Same!Password1"_s, second));
}

void TestPasswordHasher::legacyPbkdf2StillVerifies_S10_data()
{
    // PBKDF2-HMAC-SHA256 vectors of RFC 7914 §11, first 32 bytes of the derived key, as earlier
    // versions stored them.
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("stored");
    QTest::newRow("RFC 7914 passwd/salt c=1")
        << u"passwd"_s << u"pbkdf2-sha256$1$c2FsdA==$VawEblbjCJ/sFpHCJUS2BflBhSFt3gRl5oudV8INrLw="_s;
    QTest::newRow("RFC 7914 Password/NaCl c=80000")
        << u"Password"_s << u"pbkdf2-sha256$80000$TmFDbA==$TdzY9guYviGDDO5e8icB+WQaRBjQTAQUrv8Ih2s0q1Y="_s;
}

void TestPasswordHasher::legacyPbkdf2StillVerifies_S10()
{
    QFETCH(QString, password);
    QFETCH(QString, stored);
    const PasswordHasher hasher(Low);
    QVERIFY(PasswordHasher::acceptable(stored));
    QVERIFY(hasher.verify(password, stored));
    QVERIFY(!hasher.verify(password + u'x', stored));
    // Sign-in replaces it with an Argon2id hash.
    QVERIFY(hasher.needsRehash(stored));
}

void TestPasswordHasher::needsRehash_S10_data()
{
    QTest::addColumn<PasswordCost>("storedWith");
    QTest::addColumn<PasswordCost>("policy");
    QTest::addColumn<bool>("expected");
    const PasswordCost twoPasses{2, Low.memLimitBytes};
    const PasswordCost moreMemory{1, 2 * Low.memLimitBytes};
    QTest::newRow("S10 fewer passes than policy") << Low << twoPasses << true;
    QTest::newRow("S10 less memory than policy") << Low << moreMemory << true;
    QTest::newRow("as policy") << Low << Low << false;
    QTest::newRow("more passes than policy") << twoPasses << Low << false;
    QTest::newRow("more memory than policy") << moreMemory << Low << false;
}

void TestPasswordHasher::needsRehash_S10()
{
    QFETCH(PasswordCost, storedWith);
    QFETCH(PasswordCost, policy);
    QFETCH(bool, expected);
    const QString stored = PasswordHasher(storedWith).hash(u"Rehash!me1"_s);
    QCOMPARE(PasswordHasher(policy).needsRehash(stored), expected);
}

void TestPasswordHasher::malformedStoredRefused_data()
{
    const QString legacySalt = u"c2FsdA=="_s;
    const QString legacyKey = u"VawEblbjCJ/sFpHCJUS2BflBhSFt3gRl5oudV8INrLw="_s;
    const QString good = PasswordHasher(Low).hash(u"Right!Pass1"_s);
    const QString salt = good.section(u'$', 4, 4);
    const QString hash = good.section(u'$', 5, 5);

    QTest::addColumn<QString>("stored");
    QTest::newRow("empty") << QString();
    QTest::newRow("plain text password") << u"Right!Pass1"_s;
    QTest::newRow("other scheme") << u"pbkdf2-sha1$1$%1$%2"_s.arg(legacySalt, legacyKey);
    QTest::newRow("upper-case scheme") << u"PBKDF2-SHA256$1$%1$%2"_s.arg(legacySalt, legacyKey);
    QTest::newRow("iterations not a number") << u"pbkdf2-sha256$many$%1$%2"_s.arg(legacySalt, legacyKey);
    QTest::newRow("zero iterations") << u"pbkdf2-sha256$0$%1$%2"_s.arg(legacySalt, legacyKey);
    QTest::newRow("negative iterations") << u"pbkdf2-sha256$-1$%1$%2"_s.arg(legacySalt, legacyKey);
    QTest::newRow("missing key") << u"pbkdf2-sha256$1$%1"_s.arg(legacySalt);
    QTest::newRow("empty key") << u"pbkdf2-sha256$1$%1$"_s.arg(legacySalt);
    QTest::newRow("empty salt") << u"pbkdf2-sha256$1$$%1"_s.arg(legacyKey);
    QTest::newRow("extra part") << u"pbkdf2-sha256$1$%1$%2$extra"_s.arg(legacySalt, legacyKey);
    QTest::newRow("other iterations than hashed") << u"pbkdf2-sha256$2$%1$%2"_s.arg(legacySalt, legacyKey);
    QTest::newRow("argon2i") << u"$argon2i$v=19$m=8,t=1,p=1$%1$%2"_s.arg(salt, hash);
    QTest::newRow("argon2id version 16") << u"$argon2id$v=16$m=8,t=1,p=1$%1$%2"_s.arg(salt, hash);
    QTest::newRow("argon2id two lanes") << u"$argon2id$v=19$m=8,t=1,p=2$%1$%2"_s.arg(salt, hash);
    QTest::newRow("argon2id other passes than hashed") << u"$argon2id$v=19$m=8,t=2,p=1$%1$%2"_s.arg(salt, hash);
    QTest::newRow("argon2id missing hash") << u"$argon2id$v=19$m=8,t=1,p=1$%1"_s.arg(salt);
    QTest::newRow("argon2id truncated hash") << u"$argon2id$v=19$m=8,t=1,p=1$%1$%2"_s.arg(salt, hash.left(20));
    QTest::newRow("argon2id memory below the minimum") << u"$argon2id$v=19$m=4,t=1,p=1$%1$%2"_s.arg(salt, hash);
    QTest::newRow("argon2id no passes") << u"$argon2id$v=19$m=8,t=0,p=1$%1$%2"_s.arg(salt, hash);
}

void TestPasswordHasher::malformedStoredRefused()
{
    QFETCH(QString, stored);
    const PasswordHasher hasher(Low);
    // Even the right password must not match a damaged or foreign hash.
    QVERIFY(!hasher.verify(u"Right!Pass1"_s, stored));
    QVERIFY(!hasher.verify(u"passwd"_s, stored));
    QVERIFY(!hasher.verify(stored, stored));
    if (!PasswordHasher::acceptable(stored)) {
        // What can't be parsed always asks for a new hash.
        QVERIFY(hasher.needsRehash(stored));
    }
}

void TestPasswordHasher::storedCostCapped_S10_data()
{
    const QString legacySalt = u"c2FsdA=="_s;
    const QString legacyKey = u"VawEblbjCJ/sFpHCJUS2BflBhSFt3gRl5oudV8INrLw="_s;
    const QString salt = u"WlpaWlpaWlpaWlpaWlpaWg"_s;
    const QString hash = u"AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"_s;

    QTest::addColumn<QString>("stored");
    QTest::addColumn<bool>("acceptable");
    // A tampered workspace held this one; verifying it took 70 minutes.
    QTest::newRow("S10 PBKDF2 2^31-1 iterations")
        << u"pbkdf2-sha256$2147483647$%1$%2"_s.arg(legacySalt, legacyKey) << false;
    QTest::newRow("S10 PBKDF2 2^31 iterations")
        << u"pbkdf2-sha256$2147483648$%1$%2"_s.arg(legacySalt, legacyKey) << false;
    QTest::newRow("S10 PBKDF2 one over the cap")
        << u"pbkdf2-sha256$%1$%2$%3"_s.arg(PasswordHasher::MaxPbkdf2Iterations + 1).arg(legacySalt, legacyKey) << false;
    QTest::newRow("PBKDF2 at the cap")
        << u"pbkdf2-sha256$%1$%2$%3"_s.arg(PasswordHasher::MaxPbkdf2Iterations).arg(legacySalt, legacyKey) << true;
    QTest::newRow("S10 Argon2id 2^31 passes")
        << u"$argon2id$v=19$m=8,t=2147483648,p=1$%1$%2"_s.arg(salt, hash) << false;
    QTest::newRow("S10 Argon2id one pass over the cap")
        << u"$argon2id$v=19$m=8,t=%1,p=1$%2$%3"_s.arg(PasswordHasher::MaxOpsLimit + 1).arg(salt, hash) << false;
    QTest::newRow("S10 Argon2id 4 TiB") << u"$argon2id$v=19$m=4294967295,t=1,p=1$%1$%2"_s.arg(salt, hash) << false;
    QTest::newRow("S10 Argon2id one KiB over the cap")
        << u"$argon2id$v=19$m=%1,t=1,p=1$%2$%3"_s.arg(PasswordHasher::MaxMemLimitBytes / 1024 + 1).arg(salt, hash)
        << false;
    QTest::newRow("Argon2id at the pass cap")
        << u"$argon2id$v=19$m=8,t=%1,p=1$%2$%3"_s.arg(PasswordHasher::MaxOpsLimit).arg(salt, hash) << true;
}

void TestPasswordHasher::storedCostCapped_S10()
{
    QFETCH(QString, stored);
    QFETCH(bool, acceptable);
    QCOMPARE(PasswordHasher::acceptable(stored), acceptable);
    if (acceptable) {
        return;
    }
    int computations = 0;
    const PasswordHasher hasher(Low, [&computations]() { ++computations; });
    QElapsedTimer timer;
    timer.start();
    QVERIFY(!hasher.verify(u"passwd"_s, stored));
    QVERIFY2(timer.elapsed() < RefusalMs, qPrintable(u"took %1 ms"_s.arg(timer.elapsed())));
    QCOMPARE(computations, 0);
    QVERIFY(hasher.needsRehash(stored));
}

void TestPasswordHasher::dummyHashCostsAVerification_S10()
{
    const PasswordCost cost{2, 2 * Low.memLimitBytes};
    int computations = 0;
    const PasswordHasher hasher(cost, [&computations]() { ++computations; });
    const QString dummy = hasher.dummyHash();
    QVERIFY(PasswordHasher::acceptable(dummy));
    QVERIFY2(dummy.startsWith(u"$argon2id$v=19$m=16,t=2,p=1$"_s), qPrintable(dummy));
    QVERIFY(!hasher.needsRehash(dummy)); // of the current cost, as a real user's hash
    QVERIFY(!hasher.verify(u"Test!2026pass"_s, dummy));
    QVERIFY(!hasher.verify(QString(), dummy));
    // Each check ran Argon2id at the cost of the stored hash, as for a real user.
    QCOMPARE(computations, 2);
}

QTEST_GUILESS_MAIN(TestPasswordHasher)
#include "tst_PasswordHasher.moc"
