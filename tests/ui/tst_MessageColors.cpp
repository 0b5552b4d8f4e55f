// Error messages read on any palette: their red follows the background, light or dark, with a
// contrast of at least 4.5:1 (WCAG AA), also when the palette changes while they are shown.

#include "UiTestSupport.h"
#include "widgets/ValidatedForm.h"

#include <QApplication>
#include <QLabel>
#include <QPalette>
#include <QVBoxLayout>
#include <QtTest>

#include <cmath>

using namespace Qt::StringLiterals;

namespace {

// WCAG 2's contrast ratio, computed here on its own rather than through the code under test.
double contrastRatio(const QColor& a, const QColor& b)
{
    const auto luminance = [](const QColor& c) {
        const auto linear = [](double v) { return v <= 0.04045 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
        return 0.2126 * linear(c.redF()) + 0.7152 * linear(c.greenF()) + 0.0722 * linear(c.blueF());
    };
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QPalette paletteOn(const QColor& window, const QColor& text)
{
    QPalette palette;
    palette.setColor(QPalette::Window, window);
    palette.setColor(QPalette::WindowText, text);
    return palette;
}

// A message label of form, showing an error, and form shown.
QLabel* showMessageIn(QWidget& form)
{
    auto* layout = new QVBoxLayout(&form);
    QLabel* message = ValidatedForm::makeMessageLabel(u"errorLabel"_s, &form);
    layout->addWidget(message);
    ValidatedForm::showMessage(message, u"The contact email is missing."_s);
    form.show();
    return message;
}

} // namespace

class TestMessageColors : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsOnLightAndDarkPalettes_data();
    void readsOnLightAndDarkPalettes();
    void followsTheApplicationsPalette();
};

void TestMessageColors::readsOnLightAndDarkPalettes_data()
{
    QTest::addColumn<QColor>("window");
    QTest::newRow("light (Fusion)") << QColor(0xef, 0xef, 0xef);
    QTest::newRow("white") << QColor(Qt::white);
    QTest::newRow("dark (Breeze Dark)") << QColor(0x2a, 0x2e, 0x32);
    QTest::newRow("black") << QColor(Qt::black);
}

void TestMessageColors::readsOnLightAndDarkPalettes()
{
    QFETCH(QColor, window);
    QWidget form;
    form.setPalette(paletteOn(window, window.lightness() < 128 ? Qt::white : Qt::black));
    QLabel* message = showMessageIn(form);
    QVERIFY(QTest::qWaitForWindowExposed(&form));
    const QColor text = message->palette().color(QPalette::WindowText);
    QVERIFY2(
        contrastRatio(text, window) >= 4.5,
        qPrintable(u"%1 on %2: %3:1"_s.arg(text.name(), window.name()).arg(contrastRatio(text, window), 0, 'f', 1)));
    QVERIFY2(text.red() > text.green() + 0x40 && text.red() > text.blue() + 0x40, "it is still red");
}

void TestMessageColors::followsTheApplicationsPalette()
{
    // The message is shown on the light palette, then the whole application turns dark.
    const QPalette before = QApplication::palette();
    QWidget form;
    QLabel* message = showMessageIn(form);
    QVERIFY(QTest::qWaitForWindowExposed(&form));
    QApplication::setPalette(paletteOn(QColor(0xef, 0xef, 0xef), Qt::black));
    QVERIFY(contrastRatio(message->palette().color(QPalette::WindowText), QColor(0xef, 0xef, 0xef)) >= 4.5);
    const QColor dark(0x2a, 0x2e, 0x32);
    QApplication::setPalette(paletteOn(dark, Qt::white));
    QTRY_VERIFY(contrastRatio(message->palette().color(QPalette::WindowText), dark) >= 4.5);
    QCOMPARE(message->palette().color(QPalette::Window), dark);
    QApplication::setPalette(before);
}

QTEST_MAIN(TestMessageColors)
#include "tst_MessageColors.moc"
