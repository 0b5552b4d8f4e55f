#include "MessageBoxes.h"

#include "common/Sentences.h"

#include <QInputDialog>
#include <QLabel>

namespace MessageBoxes {

namespace {

QMessageBox::StandardButton show(QMessageBox::Icon icon, QWidget* parent, const QString& title, const QString& text)
{
    QMessageBox box(icon, title, text, QMessageBox::Ok, parent);
    makePlain(box);
    box.exec();
    return box.standardButton(box.clickedButton());
}

} // namespace

void makePlain(QMessageBox& box)
{
    box.setTextFormat(Qt::PlainText);
    // A name ending with a full stop at the end of a sentence ends it once.
    box.setText(Sentences::tidy(box.text()));
    box.setInformativeText(Sentences::tidy(box.informativeText()));
    // QMessageBox wraps plain text only when told, and its informative label keeps its own format.
    for (const char* name : {"qt_msgbox_label", "qt_msgbox_informativelabel"}) {
        if (auto* label = box.findChild<QLabel*>(QLatin1String(name))) {
            label->setTextFormat(Qt::PlainText);
            label->setWordWrap(true);
        }
    }
}

void makePlain(QInputDialog& dialog)
{
    for (QLabel* label : dialog.findChildren<QLabel*>()) {
        label->setTextFormat(Qt::PlainText);
        label->setWordWrap(true);
    }
}

QMessageBox::StandardButton information(QWidget* parent, const QString& title, const QString& text)
{
    return show(QMessageBox::Information, parent, title, text);
}

QMessageBox::StandardButton warning(QWidget* parent, const QString& title, const QString& text)
{
    return show(QMessageBox::Warning, parent, title, text);
}

QMessageBox::StandardButton critical(QWidget* parent, const QString& title, const QString& text)
{
    return show(QMessageBox::Critical, parent, title, text);
}

} // namespace MessageBoxes
