// S11: over-long input is refused with a message naming the field and its limit, next to the field
// as people type or paste, and never cut to fit: a 28-letter domain prefix is not cut to 27 and
// shown "available", an 8-digit Partner ID is not cut to 7, a 100-character user name not to 64.

#include "TestSupport.h"
#include "UiTestSupport.h"
#include "dialogs/MpnProfileDialog.h"
#include "dialogs/NewCustomerDialog.h"
#include "dialogs/ProviderAccountDialog.h"
#include "dialogs/UserDialog.h"
#include "services/UserService.h"

#include <QApplication>
#include <QClipboard>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QtTest>

using namespace Qt::StringLiterals;

namespace {

const QString LongPrefix = u"abcdefghijklmnopqrstuvwxyzab"_s; // 28 letters
const QString LongPartnerId = u"12345678"_s;
const QString LongUserName = QString(100, u'b');

const QString PrefixMessage = u"The domain prefix is too long. Use at most 27 letters or digits."_s;
const QString PartnerIdMessage = u"A Partner ID has 6 or 7 digits. Enter a number such as 1234567."_s;
const QString UserNameMessage = u"The user name is too long. Use at most 64 characters."_s;

// Replaces what line holds with text through the clipboard, as a person pastes it.
void paste(QLineEdit* line, const QString& text)
{
    QApplication::clipboard()->setText(text);
    line->setFocus();
    line->selectAll();
    QTest::keySequence(line, QKeySequence::Paste);
}

// Rows for a test that enters the text both ways.
void typedAndPasted()
{
    QTest::addColumn<bool>("pasted");
    QTest::newRow("S11 typed") << false;
    QTest::newRow("S11 pasted") << true;
}

// Types or pastes text over what line holds.
void enter(QLineEdit* line, const QString& text, bool pasted)
{
    if (pasted) {
        paste(line, text);
    } else {
        UiTest::retype(line, text);
    }
}

QString messageOf(const QWidget* dialog, const QLineEdit* line)
{
    const QLabel* label = UiTest::child<QLabel>(dialog, line->objectName() + u"MessageLabel"_s);
    return label && label->isVisible() ? label->text() : QString();
}

} // namespace

class TestInputLimits : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void domainPrefixTypedOrPastedIsNotCut_S11_data();
    void domainPrefixTypedOrPastedIsNotCut_S11();
    void providerDomainPrefixIsNotCut_S11();
    void partnerIdIsNotCut_S11_data();
    void partnerIdIsNotCut_S11();
    void userNameIsNotCut_S11_data();
    void userNameIsNotCut_S11();

private:
    std::unique_ptr<TestWorkspace> m_tw;
    Session m_programAdmin;
    ChannelFixture m_channel;
};

void TestInputLimits::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestInputLimits::init()
{
    m_tw = std::make_unique<TestWorkspace>();
    PD_VERIFY_OK(m_tw->openStatus());
    auto admin = m_tw->createProgramAdministrator();
    PD_VERIFY_OK(admin);
    m_programAdmin = admin.value();
    auto channel = m_tw->createProviderAndReseller();
    PD_VERIFY_OK(channel);
    m_channel = channel.value();
}

void TestInputLimits::cleanup()
{
    m_tw.reset();
}

void TestInputLimits::domainPrefixTypedOrPastedIsNotCut_S11_data()
{
    typedAndPasted();
}

void TestInputLimits::domainPrefixTypedOrPastedIsNotCut_S11()
{
    QFETCH(bool, pasted);
    NewCustomerDialog dialog(m_tw->workspace());
    dialog.show();
    auto* prefix = UiTest::child<QLineEdit>(&dialog, u"domainPrefixLineEdit"_s);
    enter(prefix, LongPrefix, pasted);
    QCOMPARE(prefix->text(), LongPrefix);
    QCOMPARE(messageOf(&dialog, prefix), PrefixMessage);
    const QString hint = UiTest::child<QLabel>(&dialog, u"domainHintLabel"_s)->text();
    QVERIFY2(!hint.contains(u"available"_s), qPrintable(hint));
    QVERIFY(!UiTest::child<QPushButton>(&dialog, u"continuePushButton"_s)->isEnabled());
}

void TestInputLimits::providerDomainPrefixIsNotCut_S11()
{
    const QStringList before = m_tw->snapshot();
    ProviderAccountDialog dialog(m_tw->workspace(), m_programAdmin);
    dialog.show();
    auto* prefix = UiTest::child<QLineEdit>(&dialog, u"domainPrefixLineEdit"_s);
    UiTest::retype(prefix, LongPrefix);
    QCOMPARE(prefix->text(), LongPrefix);
    QCOMPARE(messageOf(&dialog, prefix), PrefixMessage);
    const QString domain = UiTest::child<QLabel>(&dialog, u"domainLabel"_s)->text();
    QVERIFY2(!domain.contains(u"available"_s), qPrintable(domain));
    QTest::mouseClick(UiTest::child<QPushButton>(&dialog, u"addProviderPushButton"_s), Qt::LeftButton);
    QCOMPARE(m_tw->snapshot(), before);
}

void TestInputLimits::partnerIdIsNotCut_S11_data()
{
    typedAndPasted();
}

void TestInputLimits::partnerIdIsNotCut_S11()
{
    QFETCH(bool, pasted);
    const int profiles = m_tw->count(u"mpn_profiles"_s);
    MpnProfileDialog dialog(m_tw->workspace(), m_programAdmin);
    dialog.show();
    auto* partnerId = UiTest::child<QLineEdit>(&dialog, u"partnerIdLineEdit"_s);
    enter(partnerId, LongPartnerId, pasted);
    QCOMPARE(partnerId->text(), LongPartnerId);
    QCOMPARE(messageOf(&dialog, partnerId), PartnerIdMessage);
    QVERIFY(!UiTest::child<QPushButton>(&dialog, u"addPushButton"_s)->isEnabled());
    QCOMPARE(m_tw->count(u"mpn_profiles"_s), profiles);
}

void TestInputLimits::userNameIsNotCut_S11_data()
{
    typedAndPasted();
}

void TestInputLimits::userNameIsNotCut_S11()
{
    QFETCH(bool, pasted);
    const QStringList before = m_tw->snapshot();
    UserDialog dialog(m_tw->workspace().users(), m_channel.resellerSession);
    dialog.show();
    auto* userName = UiTest::child<QLineEdit>(&dialog, u"userNameLineEdit"_s);
    enter(userName, LongUserName, pasted);
    QCOMPARE(userName->text(), LongUserName);
    QCOMPARE(messageOf(&dialog, userName), UserNameMessage);
    QVERIFY(!UiTest::child<QPushButton>(&dialog, u"addPushButton"_s)->isEnabled());
    QCOMPARE(m_tw->snapshot(), before);
}

QTEST_MAIN(TestInputLimits)
#include "tst_InputLimits.moc"
