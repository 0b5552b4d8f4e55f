#pragma once

// What GUI tests do the way a person would: type into a field, read the navigation, read the
// label next to an input. Failures are reported through QTest in the calling test function.

#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <QWidget>

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

// Stands in for the email program while it lives: QDesktopServices hands it the mailto: URLs
// that "Open in email" and "Contact by email" open, instead of starting a real one.
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
