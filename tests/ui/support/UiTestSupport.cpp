#include "UiTestSupport.h"

#include "widgets/Email.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QDesktopServices>
#include <QLabel>
#include <QLineEdit>
#include <QStyle>
#include <QStyleOptionButton>
#include <QTabBar>
#include <QTest>
#include <QTreeWidget>

using namespace Qt::StringLiterals;

namespace UiTest {

void retype(QLineEdit* line, const QString& text)
{
    QVERIFY(line);
    QVERIFY2(!line->isReadOnly(), qPrintable(line->objectName() + u" is read-only"_s));
    line->setFocus();
    line->selectAll();
    if (line->hasSelectedText()) {
        QTest::keyClick(line, Qt::Key_Backspace);
    }
    for (QChar c : text) {
        if (c.unicode() < 0x80) {
            QTest::keyClick(line, c.toLatin1());
        } else { // QTest::keyClick takes ASCII only; a key with this text is what a keyboard sends
            QTest::sendKeyEvent(QTest::Click, line, Qt::Key_unknown, QString(c), Qt::NoModifier);
        }
    }
    QCOMPARE(line->text(), text);
}

QStringList navigationTexts(const QWidget* window)
{
    QStringList texts;
    auto* tree = window ? window->findChild<QTreeWidget*>(u"navigationTreeWidget"_s) : nullptr;
    if (!tree) {
        return texts;
    }
    for (QTreeWidgetItemIterator it(tree); *it; ++it) {
        texts << (*it)->text(0);
    }
    return texts;
}

QString labelOf(const QWidget* input)
{
    for (QWidget* ancestor = input ? input->parentWidget() : nullptr; ancestor; ancestor = ancestor->parentWidget()) {
        for (QLabel* label : ancestor->findChildren<QLabel*>()) {
            if (label->buddy() == input) {
                return label->text();
            }
        }
    }
    return u"(no label)"_s;
}

QStringList mnemonics(const QWidget* widget, bool shownOnly)
{
    QStringList letters;
    const auto add = [&letters](const QString& text) {
        for (qsizetype i = text.indexOf(u'&'); i >= 0 && i + 1 < text.size(); i = text.indexOf(u'&', i + 2)) {
            if (text.at(i + 1) != u'&') {
                letters << text.at(i + 1).toUpper();
                break;
            }
        }
    };
    const auto reachable = [widget, shownOnly](const QWidget* w) { return !shownOnly || w->isVisibleTo(widget); };
    for (const QLabel* label : widget->findChildren<QLabel*>()) {
        if (label->buddy() && label->textFormat() != Qt::PlainText && reachable(label)) {
            add(label->text());
        }
    }
    for (const QAbstractButton* button : widget->findChildren<QAbstractButton*>()) {
        if (reachable(button)) {
            add(button->text());
        }
    }
    for (const QTabBar* tabs : widget->findChildren<QTabBar*>()) {
        if (reachable(tabs)) {
            for (int i = 0; i < tabs->count(); ++i) {
                add(tabs->tabText(i));
            }
        }
    }
    return letters;
}

void click(QCheckBox* box)
{
    QVERIFY(box);
    QStyleOptionButton option;
    option.initFrom(box);
    QTest::mouseClick(box, Qt::LeftButton, {},
                      box->style()->subElementRect(QStyle::SE_CheckBoxIndicator, &option, box).center());
}

MailCatcher::MailCatcher()
{
    QDesktopServices::setUrlHandler(u"mailto"_s, this, "open");
    Email::setMailProgramFinder([]() { return u"Test Mail"_s; });
}

MailCatcher::~MailCatcher()
{
    QDesktopServices::unsetUrlHandler(u"mailto"_s);
    Email::setMailProgramFinder({});
}

} // namespace UiTest
