// Invitation links (ARCHITECTURE §5): the token is random and never stored, a link works once and
// expires, and every malformed, altered, unknown, used, expired or revoked link is refused with
// its own message while nothing is written — whether it is opened or authorized.

#include "TestSupport.h"
#include "security/InvitationLinks.h"
#include "services/InvitationService.h"
#include "services/RelationshipService.h"

#include <QFile>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;

class TestInvitationLinks : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void tokensAreRandomAndWellFormed();
    void tokenNeverStored();
    void validLinkOpens_data();
    void validLinkOpens();
    void malformedLinkRefused_data();
    void malformedLinkRefused();

private:
    // A link recorded by the provider, then set up as the row needs.
    QString recordedLink();

    std::unique_ptr<TestWorkspace> m_tw;
    PartnerFixture m_provider;
    PartnerFixture m_reseller;
    Session m_providerSession;
    Session m_resellerSession;
};

void TestInvitationLinks::init()
{
    m_tw = std::make_unique<TestWorkspace>();
    PD_VERIFY_OK(m_tw->openStatus());
    auto channel = m_tw->createProviderAndReseller({u"US"_s});
    PD_VERIFY_OK(channel);
    m_provider = channel->provider;
    m_reseller = channel->reseller;
    m_providerSession = channel->providerSession;
    m_resellerSession = channel->resellerSession;
}

void TestInvitationLinks::cleanup()
{
    m_tw.reset();
}

QString TestInvitationLinks::recordedLink()
{
    auto link = m_tw->inviteReseller(m_providerSession);
    return link ? link.value() : QString();
}

void TestInvitationLinks::tokensAreRandomAndWellFormed()
{
    QSet<QString> seen;
    for (int i = 0; i < 2000; ++i) {
        const QString token = InvitationLinks::newToken();
        QCOMPARE(token.size(), InvitationLinks::TokenLength);
        auto parsed = InvitationLinks::tokenOf(InvitationLinks::link(token));
        PD_VERIFY_OK(parsed);
        QCOMPARE(parsed.value(), token);
        seen.insert(token);
    }
    QCOMPARE(seen.size(), 2000);
    const QString hash = InvitationLinks::tokenHash(InvitationLinks::newToken());
    QCOMPARE(hash.size(), 64);
    QVERIFY(QRegularExpression(u"^[0-9a-f]{64}$"_s).match(hash).hasMatch());
}

void TestInvitationLinks::tokenNeverStored()
{
    // The sender puts the link in the subject too, and the bare code and a capitalized link in
    // the body; then the link is accepted and the relationship ended.
    auto draft
        = m_tw->workspace().invitations().newDraft(m_providerSession, InvitationKind::ResellerOfProvider, u"en"_s);
    PD_VERIFY_OK(draft);
    const QString link = draft->link;
    const QString token = link.mid(InvitationLinks::prefix().size());
    draft.value().recipientEmail = u"riley@harborlight.example"_s;
    draft.value().subject = u"Join us: "_s + link;
    draft.value().body += u"\nYour code: "_s + token + u"\nOr: PARTNERDESK://INVITATION/"_s + token;
    PD_VERIFY_OK(m_tw->workspace().invitations().record(m_providerSession, draft.value()));
    QCOMPARE(m_tw->scalar(u"SELECT token_hash FROM invitations"_s).toString(), InvitationLinks::tokenHash(token));
    QCOMPARE(m_tw->scalar(u"SELECT subject FROM invitations"_s).toString(),
             u"Join us: "_s + Invitation::linkPlaceholder());
    QVERIFY(m_tw->scalar(u"SELECT message FROM invitations"_s).toString().contains(Invitation::linkPlaceholder()));
    auto made = m_tw->workspace().relationships().authorizeProvider(m_resellerSession, link, true);
    PD_VERIFY_OK(made);
    PD_VERIFY_OK(m_tw->workspace().relationships().end(m_providerSession, made->id));

    // Nowhere in the database: not in its file, not in its write-ahead log.
    for (const QString& path : {m_tw->databasePath(), m_tw->databasePath() + u"-wal"_s}) {
        QFile file(path);
        if (!file.exists()) {
            continue;
        }
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY2(!bytes.contains(token.toLatin1()), qPrintable(path));
    }
}

void TestInvitationLinks::validLinkOpens_data()
{
    QTest::addColumn<QString>("decoration");
    QTest::newRow("as sent") << u"%1"_s;
    QTest::newRow("surrounding blanks and line breaks") << u"  \n%1 \t\n"_s;
    QTest::newRow("scheme and host in capitals") << u"UPPER"_s;
}

void TestInvitationLinks::validLinkOpens()
{
    QFETCH(QString, decoration);
    const QString link = recordedLink();
    const QString text = decoration == "UPPER"_L1
        ? u"PARTNERDESK://INVITATION/"_s + link.mid(InvitationLinks::prefix().size())
        : decoration.arg(link);
    const QStringList before = m_tw->snapshot();
    auto preview = m_tw->workspace().invitations().open(text);
    PD_VERIFY_OK(preview);
    QCOMPARE(preview->partnerName, m_provider.account.legal.legalName);
    QCOMPARE(preview->partnerId, m_provider.account.partnerId);
    QCOMPARE(preview->countriesServed, QStringList{u"US"_s});
    auto allowed = m_tw->workspace().relationships().checkAuthorization(m_resellerSession, text);
    PD_VERIFY_OK(allowed);
    QCOMPARE(m_tw->snapshot(), before);
}

void TestInvitationLinks::malformedLinkRefused_data()
{
    QTest::addColumn<QString>("shape"); // how to make the text from a valid link %1 and its token %2
    QTest::addColumn<int>("problem"); // a LinkProblem, or -1 for a refusal of the workspace
    QTest::addColumn<ErrorCode>("code");
    QTest::addColumn<QString>("messagePart");

    const ErrorCode invalid = ErrorCode::InvalidInput;
    auto syntax = [&](const char* name, const QString& shape, LinkProblem problem) {
        QTest::newRow(name) << shape << int(problem) << invalid << QString();
    };
    syntax("empty", u""_s, LinkProblem::Empty);
    syntax("blanks only", u"   \t "_s, LinkProblem::Empty);
    syntax("line breaks only", u"\n\r\n"_s, LinkProblem::Empty);
    syntax("https scheme", u"https://partner.microsoft.com/invitation/%2"_s, LinkProblem::NotAnInvitationLink);
    syntax("http host partnerdesk", u"http://partnerdesk/invitation/%2"_s, LinkProblem::NotAnInvitationLink);
    syntax("token alone", u"%2"_s, LinkProblem::NotAnInvitationLink);
    syntax("mailto", u"mailto:channel@provider.example"_s, LinkProblem::NotAnInvitationLink);
    syntax("in angle brackets", u"<%1>"_s, LinkProblem::NotAnInvitationLink);
    syntax("scheme misspelt", u"partnerdsk://invitation/%2"_s, LinkProblem::NotAnInvitationLink);
    syntax("one slash after scheme", u"partnerdesk:/invitation/%2"_s, LinkProblem::NotAnInvitation);
    syntax("other host", u"partnerdesk://invite/%2"_s, LinkProblem::NotAnInvitation);
    syntax("customers host", u"partnerdesk://customers/%2"_s, LinkProblem::NotAnInvitation);
    syntax("no slash before token", u"partnerdesk://invitation%2"_s, LinkProblem::NotAnInvitation);
    syntax("host only", u"partnerdesk://invitation"_s, LinkProblem::MissingToken);
    syntax("host and slash only", u"partnerdesk://invitation/"_s, LinkProblem::MissingToken);
    syntax("double slash", u"partnerdesk://invitation//%2"_s, LinkProblem::MissingToken);
    syntax("truncated by one", u"TRUNCATE1"_s, LinkProblem::Truncated);
    syntax("truncated by half", u"TRUNCATE24"_s, LinkProblem::Truncated);
    syntax("extra path", u"%1/accept"_s, LinkProblem::ExtraParts);
    syntax("trailing slash", u"%1/"_s, LinkProblem::ExtraParts);
    syntax("query", u"%1?ref=mail"_s, LinkProblem::ExtraParts);
    syntax("fragment", u"%1#top"_s, LinkProblem::ExtraParts);
    syntax("one character more", u"%1A"_s, LinkProblem::TokenTooLong);
    syntax("token twice", u"%1%2"_s, LinkProblem::TokenTooLong);
    syntax("oversized", u"partnerdesk://invitation/"_s + QString(5000, u'A'), LinkProblem::TooLong);
    syntax("just over the limit", u"partnerdesk://invitation/"_s + QString(InvitationLinks::MaxLinkLength, u'A'),
           LinkProblem::TooLong);
    syntax("base64 padding", u"%1="_s, LinkProblem::InvalidCharacter);
    syntax("standard base64 plus", u"PLUS"_s, LinkProblem::InvalidCharacter);
    syntax("space inside", u"SPACE"_s, LinkProblem::InvalidCharacter);
    syntax("followed by a word", u"%1 thanks"_s, LinkProblem::InvalidCharacter);
    syntax("percent-encoded character", u"PERCENT"_s, LinkProblem::InvalidCharacter);
    syntax("accented letter", u"ACCENT"_s, LinkProblem::InvalidCharacter);
    syntax("emoji", u"%1\U0001F600"_s, LinkProblem::InvalidCharacter);
    syntax("full-width letter", u"FULLWIDTH"_s, LinkProblem::InvalidCharacter);
    syntax("null character", u"NUL"_s, LinkProblem::InvalidCharacter);
    syntax("one character changed", u"CHANGE10"_s, LinkProblem::Altered);
    syntax("last character changed", u"CHANGE47"_s, LinkProblem::Altered);
    syntax("first character changed", u"CHANGE0"_s, LinkProblem::Altered);
    syntax("two characters swapped", u"SWAP"_s, LinkProblem::Altered);

    QTest::newRow("unknown token") << u"UNKNOWN"_s << -1 << ErrorCode::NotFound << u"not known"_s;
    QTest::newRow("used") << u"USED"_s << -1 << ErrorCode::Conflict << u"already accepted"_s;
    QTest::newRow("expired") << u"EXPIRED"_s << -1 << ErrorCode::InvalidState << u"expired on"_s;
    QTest::newRow("revoked") << u"REVOKED"_s << -1 << ErrorCode::InvalidState << u"withdrew this invitation"_s;
}

void TestInvitationLinks::malformedLinkRefused()
{
    QFETCH(QString, shape);
    QFETCH(int, problem);
    QFETCH(ErrorCode, code);
    QFETCH(QString, messagePart);

    QString link = recordedLink();
    QVERIFY(!link.isEmpty());
    const qsizetype tokenStart = InvitationLinks::prefix().size();
    const QString token = link.mid(tokenStart);
    // A character of the token replaced by another one that tokens may hold.
    auto changedAt = [&](int index) {
        QString changed = link;
        const QChar c = changed.at(tokenStart + index);
        changed[tokenStart + index] = c == u'A' ? u'B' : u'A';
        return changed;
    };
    QString text;
    if (shape == "TRUNCATE1"_L1) {
        text = link.chopped(1);
    } else if (shape == "TRUNCATE24"_L1) {
        text = link.left(tokenStart + 24);
    } else if (shape == "PLUS"_L1) {
        text = link;
        text[tokenStart + 5] = u'+';
    } else if (shape == "SPACE"_L1) {
        text = link;
        text.insert(tokenStart + 20, u' ');
    } else if (shape == "PERCENT"_L1) {
        text = link.left(tokenStart + 3) + u"%41"_s + link.mid(tokenStart + 4);
    } else if (shape == "ACCENT"_L1) {
        text = link;
        text[tokenStart + 7] = u'é';
    } else if (shape == "FULLWIDTH"_L1) {
        text = link;
        text[tokenStart + 7] = QChar(0xFF21);
    } else if (shape == "NUL"_L1) {
        text = link;
        text[tokenStart + 9] = QChar(0);
    } else if (shape.startsWith("CHANGE"_L1)) {
        text = changedAt(shape.mid(6).toInt());
    } else if (shape == "SWAP"_L1) {
        text = link;
        int i = 0;
        while (text.at(tokenStart + i) == text.at(tokenStart + i + 1)) {
            ++i;
        }
        std::swap(text[tokenStart + i], text[tokenStart + i + 1]);
    } else if (shape == "UNKNOWN"_L1) {
        text = InvitationLinks::link(InvitationLinks::newToken());
    } else if (shape == "USED"_L1) {
        PD_VERIFY_OK(m_tw->workspace().relationships().authorizeProvider(m_resellerSession, link, true));
        PD_VERIFY_OK(m_tw->workspace().relationships().end(
            m_resellerSession, m_tw->scalar(u"SELECT id FROM indirect_relationships"_s).toString()));
        text = link;
    } else if (shape == "EXPIRED"_L1) {
        m_tw->clock().set(m_tw->clock().now().addDays(-InvitationService::ValidityDays - 1));
        text = recordedLink();
        m_tw->clock().set(TestClock::defaultStart());
    } else if (shape == "REVOKED"_L1) {
        auto invitations = m_tw->workspace().invitations().sent(m_providerSession, {});
        PD_VERIFY_OK(invitations);
        PD_VERIFY_OK(m_tw->workspace().invitations().revoke(m_providerSession, invitations->constFirst().id));
        text = link;
    } else {
        text = QString(shape).replace(u"%1"_s, link).replace(u"%2"_s, token);
    }

    const QStringList before = m_tw->snapshot();
    auto opened = m_tw->workspace().invitations().open(text);
    auto authorized = m_tw->workspace().relationships().authorizeProvider(m_resellerSession, text, true);
    QCOMPARE(m_tw->snapshot(), before);

    for (const Error& error : {opened.error(), authorized.error()}) {
        QCOMPARE(error.code(), code);
        if (problem >= 0) {
            QCOMPARE(error.message(), InvitationLinks::message(LinkProblem(problem)));
            QCOMPARE(error.field(), u"link"_s);
        } else {
            QVERIFY2(error.message().contains(messagePart), qPrintable(error.message()));
        }
    }
    QVERIFY(!opened.ok());
    QVERIFY(!authorized.ok());
}

QTEST_GUILESS_MAIN(TestInvitationLinks)
#include "tst_InvitationLinks.moc"
