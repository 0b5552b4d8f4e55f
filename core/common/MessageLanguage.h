#pragma once

// Text in a language other than the interface's: a message someone sends is written in the
// recipient's language (an order placed from a Spanish desktop reaches an English-speaking
// reseller in English). PartnerDesk's own catalog answers tr() through one translator, which
// speaks the interface's language, or, while a Scope lives on the thread, the recipient's.

#include <QLocale>
#include <QString>

class QTranslator;

class MessageLanguage
{
public:
    // The languages a message can be written in, as codes (en, es).
    static QStringList available();
    // A language's name in itself ("English", "Español"), so that anyone finds theirs.
    static QString nativeName(const QString& language);
    // source (marked with QT_TRANSLATE_NOOP(context, …)) in language.
    static QString translate(const QString& language, const char* context, const char* source);
    static QLocale locale(const QString& language) { return QLocale(language); }

    // The translator of PartnerDesk's catalog for the interface, installed in the application
    // once; loading it again switches the interface's language.
    static QTranslator& interfaceTranslator();

    // The locale to format numbers, dates and country names in on this thread: a Scope's
    // language's while one lives, else the interface's (QLocale()).
    static QLocale current();

    // While it lives, tr() on this thread answers in language and current() formats for it; an
    // unknown or empty language leaves everything as it is. Nothing process-wide changes, so
    // other threads keep the interface's language meanwhile.
    class Scope
    {
    public:
        explicit Scope(const QString& language);
        ~Scope();
        Scope(const Scope&) = delete;
        Scope& operator=(const Scope&) = delete;

    private:
        QString m_previous;
        bool m_active = false;
    };
};
