// A name that ends with a full stop, at the end of a sentence, ends it once ("… of Northstar Cloud
// Wholesale Corp."), in what the desk shows and in the messages the outbox keeps; ellipses and
// paths keep their dots.

#include "TestSupport.h"
#include "common/Sentences.h"
#include "services/OutboxService.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestSentences : public QObject
{
    Q_OBJECT

private slots:
    void tidy_data();
    void tidy();
    void outboxMessagesAreTidied();
};

void TestSentences::tidy_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::newRow("at the end") << u"The customers of Northstar Cloud Wholesale Corp.."_s
                                << u"The customers of Northstar Cloud Wholesale Corp."_s;
    QTest::newRow("before the next sentence")
        << u"You serve Andes S.A. de C.V.. Invite them."_s << u"You serve Andes S.A. de C.V. Invite them."_s;
    QTest::newRow("before a line break") << u"Thanks, Contoso Ltd..\nBye"_s << u"Thanks, Contoso Ltd.\nBye"_s;
    QTest::newRow("in parentheses") << u"(Contoso Inc..)"_s << u"(Contoso Inc.)"_s;
    QTest::newRow("after a digit") << u"Version 2.."_s << u"Version 2."_s;
    QTest::newRow("one full stop") << u"Contoso Inc. is active."_s << u"Contoso Inc. is active."_s;
    QTest::newRow("three dots") << u"Exporting..."_s << u"Exporting..."_s;
    QTest::newRow("ellipsis") << u"Exporting…"_s << u"Exporting…"_s;
    QTest::newRow("relative path") << u"Saved to ../exports/list.csv."_s << u"Saved to ../exports/list.csv."_s;
    QTest::newRow("path with dots inside") << u"Saved to /tmp/a/../b.csv."_s << u"Saved to /tmp/a/../b.csv."_s;
    QTest::newRow("empty") << QString() << QString();
}

void TestSentences::tidy()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(Sentences::tidy(text), expected);
}

void TestSentences::outboxMessagesAreTidied()
{
    TestWorkspace tw;
    PD_VERIFY_OK(tw.openStatus());
    auto program = tw.createProgramAdministrator();
    PD_VERIFY_OK(program);
    OutboxMessage message;
    message.recipient = u"ops@northstar.example"_s;
    message.subject = u"Welcome, Northstar Cloud Wholesale Corp.."_s;
    message.body = u"Your account of Northstar Cloud Wholesale Corp.. is ready."_s;
    message.kind = u"test.message"_s;
    PD_VERIFY_OK(tw.workspace().inTransaction([&]() { return tw.workspace().send(message); }));
    auto messages = tw.workspace().outbox().messages(program.value());
    PD_VERIFY_OK(messages);
    QCOMPARE(messages->size(), 1);
    QCOMPARE(messages->constFirst().subject, u"Welcome, Northstar Cloud Wholesale Corp."_s);
    QCOMPARE(messages->constFirst().body, u"Your account of Northstar Cloud Wholesale Corp. is ready."_s);
}

QTEST_GUILESS_MAIN(TestSentences)
#include "tst_Sentences.moc"
