#pragma once

// The label pages and dialogs use for text they show: word-wrapped, plain text (names and
// addresses people typed are never read as markup), and selectable so it can be copied.
// Labels that show markup of our own set Qt::RichText after.

class QLabel;
class QString;
class QWidget;

namespace Labels {

QLabel* text(const QString& objectName, QWidget* parent);
// A tooltip that shows text as typed, line breaks included: Qt reads a tooltip starting with a
// tag as markup, so stored text is escaped into a paragraph of its own.
QString plainToolTip(const QString& text);

} // namespace Labels
