#pragma once

// How typed search text meets stored names (ARCHITECTURE §9): both sides become the same words,
// lower-cased, without diacritics, split wherever a character is neither a letter nor a digit.
// A name matches when each typed word begins one of its words. The stored key is those words
// joined by single spaces, which the full-text index and a plain LIKE read alike.

#include <QString>
#include <QStringList>

namespace SearchText {

QStringList words(const QString& text);
QString key(const QStringList& texts);

} // namespace SearchText
