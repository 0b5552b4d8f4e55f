#pragma once

// What GUI tests do the way a person would: type into a field, read the navigation, read the
// label next to an input. Failures are reported through QTest in the calling test function.

#include <QApplication>
#include <QDialog>
#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QTest>
#include <QTimer>
#include <QUrl>
#include <QWidget>

#include <functional>

class QCheckBox;
class QLineEdit;
class QWidget;

namespace UiTest {

// The child of parent with this objectName, with a warning naming it when there is none.
template <typename T>
T* child(const QWidget* parent, const QString& objectName)
{
    T* found = parent ? parent->findChild<T*>(objectName) : nullptr;
    if (!found) {
        qWarning("no %s named %s", T::staticMetaObject.className(), qPrintable(objectName));
    }
    return found;
}

// Selects what a line edit holds and types text over it, key by key (textEdited fires).
void retype(QLineEdit* line, const QString& text);
// The texts of the navigation tree of a main window, top to bottom.
QStringList navigationTexts(const QWidget* window);
// The text of the label whose buddy is input: what a person reads next to the field.
QString labelOf(const QWidget* input);
// The mnemonic letters (Alt+letter) of the buddied labels, buttons and tabs under widget, upper
// case, one per text: those shown only (as a person can reach them now), or all of them.
QStringList mnemonics(const QWidget* widget, bool shownOnly = false);
// Clicks a check box on its indicator, where a person clicks (a click on a stretched box's
// empty right part misses).
void click(QCheckBox* box);

// Runs action, which opens a modal T; once T is up, handle does what a person would there. A
// check that fails in handle closes what it left open, so that the test fails instead of
// waiting for someone to close the dialog. T is looked for every few milliseconds from whatever
// event loop runs, so action may also wait for T to come up later (after a worker thread).
template <typename T>
void whenModal(const std::function<void(T*)>& handle, const std::function<void()>& action)
{
    bool handled = false;
    QElapsedTimer waited;
    QTimer poll;
    poll.setInterval(5);
    QObject::connect(&poll, &QTimer::timeout, [&]() {
        T* dialog = qobject_cast<T*>(QApplication::activeModalWidget());
        if (dialog == nullptr) {
            if (waited.elapsed() < 5000) {
                return;
            }
            poll.stop();
            // Another dialog came up instead: close it, so that the test fails rather than hangs.
            if (auto* other = qobject_cast<QDialog*>(QApplication::activeModalWidget())) {
                other->reject();
            }
            QFAIL(qPrintable(QStringLiteral("no %1 came up").arg(QLatin1String(T::staticMetaObject.className()))));
        }
        poll.stop();
        handle(dialog);
        handled = true;
        if (QApplication::activeModalWidget() == dialog) {
            dialog->reject();
        }
    });
    waited.start();
    poll.start();
    action();
    poll.stop();
    QVERIFY2(handled, T::staticMetaObject.className());
}

// Stands in for the email program while it lives: QDesktopServices hands it the mailto: URLs
// that "Open in email" and "Contact by email" open, instead of starting a real one, and is the
// email program Email::mailProgram() names ("Test Mail").
class MailCatcher : public QObject
{
    Q_OBJECT

public:
    MailCatcher();
    ~MailCatcher() override;
    QList<QUrl> urls;

public Q_SLOTS:
    void open(const QUrl& url) { urls << url; }
};

} // namespace UiTest
