#pragma once

// Text in a language other than the interface's: a message someone sends is written in the
// recipient's language, chosen per message (an invitation in Spanish from an English desktop).
// Reads the application's own translations; without them, the English source is used.

#include <QLocale>
#include <QString>

class MessageLanguage
{
public:
    // The languages a message can be written in, as codes (en, es).
    static QStringList available();
    // source (marked with QT_TRANSLATE_NOOP(context, …)) in language.
    static QString translate(const QString& language, const char* context, const char* source);
    static QLocale locale(const QString& language) { return QLocale(language); }
};
