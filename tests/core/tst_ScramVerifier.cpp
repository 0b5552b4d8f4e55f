// The SCRAM-SHA-256 verifier of a person's database login (ARCHITECTURE §7), made at the desk in
// PostgreSQL's stored form. The expected keys of the RFC 7677 example were computed outside
// PartnerDesk (Python's hashlib.pbkdf2_hmac and hmac); that a login really signs in with the
// password is tst_DatabaseRights' part.

#include "security/ScramVerifier.h"

#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;

class TestScramVerifier : public QObject
{
    Q_OBJECT

private slots:
    void knownExample()
    {
        // RFC 7677 §3: password "pencil", salt W22ZaJ0SNY7soEsUEjb6gQ==, 4096 iterations.
        const QString verifier
            = ScramVerifier::make(u"pencil"_s, QByteArray::fromBase64("W22ZaJ0SNY7soEsUEjb6gQ=="), 4096);
        QCOMPARE(verifier,
                 u"SCRAM-SHA-256$4096:W22ZaJ0SNY7soEsUEjb6gQ==$"
                 "WG5d8oPm3OtcPnkdi4Uo7BkeZkBFzpcXkuLmtbsT4qY=:"
                 "wfPLwcE6nTWhTAmQ7tl2KeoiWGPlZqQxSrmfPwDl2dU="_s);
    }

    void randomSaltEachTime()
    {
        const QString first = ScramVerifier::make(u"Sample!2026"_s);
        const QString second = ScramVerifier::make(u"Sample!2026"_s);
        const QRegularExpression form(u"^SCRAM-SHA-256\\$4096:([A-Za-z0-9+/=]{24})\\$[A-Za-z0-9+/=]{44}:"
                                      "[A-Za-z0-9+/=]{44}$"_s);
        const auto firstMatch = form.match(first);
        QVERIFY2(firstMatch.hasMatch(), qPrintable(first));
        QVERIFY(form.match(second).hasMatch());
        QVERIFY(first != second);
        QCOMPARE(QByteArray::fromBase64(firstMatch.captured(1).toLatin1()).size(), ScramVerifier::SaltBytes);
    }

    void preparesAsSaslprep()
    {
        // A no-break space is a space; a soft hyphen and a zero-width space are nothing; a
        // ligature and full-width letters are their NFKC forms.
        QCOMPARE(ScramVerifier::prepared(u"a\u00A0b"_s), QByteArray("a b"));
        QCOMPARE(ScramVerifier::prepared(u"pass\u00ADwo\u200Brd"_s), QByteArray("password"));
        QCOMPARE(ScramVerifier::prepared(u"\uFB01le\uFF21"_s), QByteArray("fileA"));
        QCOMPARE(ScramVerifier::prepared(u"Contraseña"_s), u"Contraseña"_s.toUtf8());
        // The verifier uses the prepared password.
        const QByteArray salt("0123456789abcdef");
        QCOMPARE(ScramVerifier::make(u"pass\u00ADword"_s, salt), ScramVerifier::make(u"password"_s, salt));
    }
};

QTEST_GUILESS_MAIN(TestScramVerifier)
#include "tst_ScramVerifier.moc"
