#pragma once

// Message boxes and input dialogs that show their text as plain text: a name people typed, such
// as "<b>x</b>&amp;", reads as typed and is never taken for markup. Every message box and input
// dialog of the GUI goes through here.

#include <QMessageBox>

class QInputDialog;

namespace MessageBoxes {

// Makes the text and informative text of box plain, word-wrapped text. Call it once both are set.
void makePlain(QMessageBox& box);
// The same for the label of an input dialog. Call it once the label text is set.
void makePlain(QInputDialog& dialog);

// QMessageBox's static functions, in plain text.
QMessageBox::StandardButton information(QWidget* parent, const QString& title, const QString& text);
QMessageBox::StandardButton warning(QWidget* parent, const QString& title, const QString& text);
QMessageBox::StandardButton critical(QWidget* parent, const QString& title, const QString& text);

} // namespace MessageBoxes
