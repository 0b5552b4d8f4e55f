#pragma once

// The ISO 3166-1 countries and regions, with the names people read. The list comes from Debian's
// iso-codes, embedded as a resource; the names from CLDR, through ICU. Loaded once, on first use.

#include <QList>
#include <QLocale>
#include <QString>

class Countries
{
public:
    struct Country
    {
        QString code; // ISO 3166-1 alpha-2, upper case
        QString name; // in the language asked for
    };

    // True for an upper-case alpha-2 code of the list ("ES"); callers normalize case first.
    static bool isValid(const QString& alpha2);

    // The name in the language of the default QLocale. An unknown code gives the code itself.
    static QString name(const QString& alpha2);
    // Spanish uses CLDR's Spanish name; every other language CLDR's English name ("Bolivia",
    // "South Korea"); a code CLDR doesn't name keeps iso-codes' English name.
    static QString name(const QString& alpha2, QLocale::Language language);
    // Several names in the default QLocale's language, sorted as it sorts, comma-separated
    // ("Canada, United States").
    static QString names(const QStringList& alpha2Codes);

    // Every country, sorted by name the way people of that language expect.
    static QList<Country> all();
    static QList<Country> all(QLocale::Language language);
};
