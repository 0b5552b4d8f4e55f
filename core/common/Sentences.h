#pragma once

// Sentences made of a template and names: a name that ends with a full stop ("Northstar Cloud
// Wholesale Corp.") at the end of a sentence ("… customers of %1.") would end it twice.

#include <QString>

namespace Sentences {

// The text with each full stop doubled after a word ("Corp.." before a space or at the end) made
// one. Ellipses ("...", "…") and paths ("../x") stay as they are.
QString tidy(const QString& text);

} // namespace Sentences
