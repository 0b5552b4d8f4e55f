// The user guide: F1 opens it at the part about the page in front, in the interface language, and
// follows a language switch; every page has its part in both languages; every picture it shows is
// there; the enrollment wizard's Help opens the steps of enrolling.

#include "LanguageManager.h"
#include "MainWindow.h"
#include "TestSupport.h"
#include "UiTestSupport.h"
#include "dialogs/HelpDialog.h"
#include "pages/Page.h"
#include "wizard/EnrollmentWizard.h"

#include <QAbstractButton>
#include <QFile>
#include <QRegularExpression>
#include <QScrollBar>
#include <QStandardPaths>
#include <QTextBrowser>
#include <QtTest>

using namespace Qt::StringLiterals;

class TestHelpDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void everySectionInBothLanguages_data();
    void everySectionInBothLanguages();
    void everyPageHasItsPart();
    void f1OpensThePartOfThePageInFront();
    void followsTheLanguage();
    void wizardHelpOpensEnrolling();

private:
    static QString guide(const QString& language)
    {
        QFile file(HelpDialog::guideOf(language));
        return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
    }
    HelpDialog* openDialog() const { return m_window->findChild<HelpDialog*>(); }

    std::unique_ptr<TestWorkspace> m_tw;
    std::unique_ptr<LanguageManager> m_language;
    std::unique_ptr<MainWindow> m_window;
};

void TestHelpDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_tw = std::make_unique<TestWorkspace>();
    PD_VERIFY_OK(m_tw->openStatus());
    m_language = std::make_unique<LanguageManager>();
    m_window = std::make_unique<MainWindow>(m_tw->workspace(), *m_language);
    m_window->resize(1024, 768);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->loadSampleWorkspace();
}

void TestHelpDialog::cleanupTestCase()
{
    m_window.reset();
    m_language.reset();
    m_tw.reset();
}

void TestHelpDialog::everySectionInBothLanguages_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << u"en"_s;
    QTest::newRow("es") << u"es"_s;
}

void TestHelpDialog::everySectionInBothLanguages()
{
    QFETCH(QString, language);
    const QString text = guide(language);
    QVERIFY(text.size() > 5000);
    for (const QString& section : HelpDialog::sections()) {
        QVERIFY2(text.contains(u"<a name=\"%1\">"_s.arg(section)), qPrintable(section));
    }
    // Every link inside the guide leads somewhere in it; every picture is there, in its language.
    const QRegularExpression link(u"href=\"#([^\"]+)\""_s);
    for (auto it = link.globalMatch(text); it.hasNext();) {
        const QString target = it.next().captured(1);
        QVERIFY2(text.contains(u"<a name=\"%1\">"_s.arg(target)), qPrintable(target));
    }
    const QRegularExpression image(u"<img src=\"([^\"]+)\""_s);
    int images = 0;
    for (auto it = image.globalMatch(text); it.hasNext(); ++images) {
        const QString source = it.next().captured(1);
        QVERIFY2(source.endsWith(u"."_s + language + u".png"_s), qPrintable(source));
        QVERIFY2(QFile::exists(u":/help/"_s + source), qPrintable(source));
    }
    QVERIFY(images >= 3);
}

void TestHelpDialog::everyPageHasItsPart()
{
    for (const QString& upn : {u"riley@harborlightit.onmicrosoft.com"_s, u"dana@bluewaterdist.onmicrosoft.com"_s,
                               u"admin@pdprogram.onmicrosoft.com"_s}) {
        m_window->signIn(m_tw->sessionOf(upn));
        const QList<Page*> pages = m_window->findChildren<Page*>();
        QVERIFY(pages.size() > 3);
        for (const Page* page : pages) {
            const QString section = HelpDialog::sectionOf(page->objectName());
            QVERIFY2(section != u"getting-started"_s, qPrintable(page->objectName()));
            QVERIFY(HelpDialog::sections().contains(section));
        }
    }
}

void TestHelpDialog::f1OpensThePartOfThePageInFront()
{
    m_window->signIn(m_tw->sessionOf(u"riley@harborlightit.onmicrosoft.com"_s));
    QVERIFY(m_window->showPage(u"customersPage"_s));
    m_window->activateWindow();
    QTest::keyClick(m_window.get(), Qt::Key_F1);
    HelpDialog* help = openDialog();
    QVERIFY(help);
    QTRY_VERIFY(help->isVisible());
    QCOMPARE(help->section(), u"customers"_s);
    QCOMPARE(help->browser()->source().fragment(), u"customers"_s);
    QCOMPARE(help->windowTitle(), u"PartnerDesk user guide"_s);
    QVERIFY(help->browser()->toPlainText().contains(u"Request a reseller relationship…"_s));
    // The guide shows the part asked for: its heading is in the browser's view.
    QVERIFY(help->browser()->verticalScrollBar()->value() > 0);

    // Another page, the same window at another part.
    QVERIFY(m_window->showPage(u"activityLogPage"_s));
    QTest::keyClick(m_window.get(), Qt::Key_F1);
    QCOMPARE(m_window->findChildren<HelpDialog*>().size(), 1);
    QCOMPARE(openDialog()->section(), u"activity-log"_s);
    openDialog()->close();
}

void TestHelpDialog::followsTheLanguage()
{
    m_window->signIn(m_tw->sessionOf(u"dana@bluewaterdist.onmicrosoft.com"_s));
    QVERIFY(m_window->showPage(u"indirectResellersPage"_s));
    QTest::keyClick(m_window.get(), Qt::Key_F1);
    QTRY_VERIFY(openDialog() && openDialog()->isVisible());
    m_language->setLanguage(u"es"_s, false);
    QCoreApplication::processEvents();
    QCOMPARE(openDialog()->windowTitle(), u"Guía del usuario de PartnerDesk"_s);
    QCOMPARE(openDialog()->section(), u"indirect-resellers"_s);
    QVERIFY(openDialog()->browser()->toPlainText().contains(u"Para proveedores indirectos"_s));
    QVERIFY(!openDialog()->browser()->toPlainText().contains(u"For indirect providers"_s));
    m_language->setLanguage(u"en"_s, false);
    QCoreApplication::processEvents();
    QCOMPARE(openDialog()->windowTitle(), u"PartnerDesk user guide"_s);
    openDialog()->close();
}

void TestHelpDialog::wizardHelpOpensEnrolling()
{
    EnrollmentWizard wizard(m_tw->workspace());
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    QAbstractButton* helpButton = wizard.button(QWizard::HelpButton);
    QVERIFY(helpButton && helpButton->isVisible());
    QTest::mouseClick(helpButton, Qt::LeftButton);
    auto* help = wizard.findChild<HelpDialog*>();
    QVERIFY(help);
    QCOMPARE(help->section(), u"enroll"_s);
    QVERIFY(help->browser()->toPlainText().contains(u"Enroll as a new indirect reseller"_s));
    help->close();
}

QTEST_MAIN(TestHelpDialog)
#include "tst_HelpDialog.moc"
