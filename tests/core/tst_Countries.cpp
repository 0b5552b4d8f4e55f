// Countries: which codes exist (the embedded iso-codes list), their English and Spanish names
// (CLDR, through ICU), the full list sorted the way each language sorts, and the switch with the
// default locale.

#include "domain/Countries.h"

#include <QCollator>
#include <QSet>
#include <QTest>

#include <thread>
#include <vector>

using namespace Qt::StringLiterals;

namespace {

qsizetype indexOfCode(const QList<Countries::Country>& countries, const QString& code)
{
    for (qsizetype i = 0; i < countries.size(); ++i) {
        if (countries.at(i).code == code) {
            return i;
        }
    }
    return -1;
}

} // namespace

class TestCountries : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();

    // First, so that it is the first use: the lazy load runs once when many threads race for it.
    void firstUseFromManyThreadsLoadsOnce();
    void name_data();
    void name();
    void isValid_data();
    void isValid();
    void everyCountryHasASpanishName();
    void all_data();
    void all();
    void englishListSortsAccentsWithTheirLetter();
    void spanishListSortsAccentsWithTheirLetter();
    void nameAndAllFollowDefaultLocale();

private:
    QLocale m_initialLocale;
};

void TestCountries::initTestCase()
{
    m_initialLocale = QLocale();
}

void TestCountries::cleanup()
{
    QLocale::setDefault(m_initialLocale);
}

void TestCountries::firstUseFromManyThreadsLoadsOnce()
{
    constexpr int threadCount = 8;
    std::vector<QList<Countries::Country>> results(threadCount);
    {
        std::vector<std::thread> threads;
        for (int i = 0; i < threadCount; ++i) {
            threads.emplace_back([&results, i] { results[i] = Countries::all(QLocale::Spanish); });
        }
        for (std::thread& thread : threads) {
            thread.join();
        }
    }
    QCOMPARE(results.front().size(), 249);
    for (const QList<Countries::Country>& result : results) {
        QCOMPARE(result.size(), results.front().size());
        for (qsizetype i = 0; i < result.size(); ++i) {
            QCOMPARE(result.at(i).code, results.front().at(i).code);
            QCOMPARE(result.at(i).name, results.front().at(i).name);
        }
    }
}

void TestCountries::name_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QLocale::Language>("language");
    QTest::addColumn<QString>("expected");

    QTest::newRow("ES in English") << u"ES"_s << QLocale::English << u"Spain"_s;
    QTest::newRow("ES in Spanish") << u"ES"_s << QLocale::Spanish << u"España"_s;
    QTest::newRow("US in English") << u"US"_s << QLocale::English << u"United States"_s;
    QTest::newRow("US in Spanish") << u"US"_s << QLocale::Spanish << u"Estados Unidos"_s;
    QTest::newRow("MX in English") << u"MX"_s << QLocale::English << u"Mexico"_s;
    QTest::newRow("MX in Spanish") << u"MX"_s << QLocale::Spanish << u"México"_s;
    QTest::newRow("DE in Spanish") << u"DE"_s << QLocale::Spanish << u"Alemania"_s;
    QTest::newRow("JP in Spanish") << u"JP"_s << QLocale::Spanish << u"Japón"_s;
    QTest::newRow("GB in English") << u"GB"_s << QLocale::English << u"United Kingdom"_s;
    QTest::newRow("GB in Spanish") << u"GB"_s << QLocale::Spanish << u"Reino Unido"_s;
    QTest::newRow("AX in English") << u"AX"_s << QLocale::English << u"Åland Islands"_s;
    QTest::newRow("CW in English") << u"CW"_s << QLocale::English << u"Curaçao"_s;
    // CLDR names countries as people say them, not by the ISO name ("Bolivia, Plurinational State of").
    QTest::newRow("BO in English") << u"BO"_s << QLocale::English << u"Bolivia"_s;
    QTest::newRow("BO in Spanish") << u"BO"_s << QLocale::Spanish << u"Bolivia"_s;
    // Where iso-codes' Spanish catalog was wrong or left English.
    QTest::newRow("DZ in Spanish, not Algeria") << u"DZ"_s << QLocale::Spanish << u"Argelia"_s;
    QTest::newRow("SR in Spanish, not Surinám") << u"SR"_s << QLocale::Spanish << u"Surinam"_s;
    QTest::newRow("TN in Spanish, not Tunez") << u"TN"_s << QLocale::Spanish << u"Túnez"_s;
    QTest::newRow("BF in Spanish, not Burquina Faso") << u"BF"_s << QLocale::Spanish << u"Burkina Faso"_s;
    QTest::newRow("AX in Spanish, not Islas Äland") << u"AX"_s << QLocale::Spanish << u"Islas Aland"_s;
    QTest::newRow("CD in Spanish") << u"CD"_s << QLocale::Spanish << u"República Democrática del Congo"_s;
    QTest::newRow("KR in English") << u"KR"_s << QLocale::English << u"South Korea"_s;
    QTest::newRow("VN in English") << u"VN"_s << QLocale::English << u"Vietnam"_s;
    QTest::newRow("TW in English") << u"TW"_s << QLocale::English << u"Taiwan"_s;
    // Languages without a catalog get English.
    QTest::newRow("ES in French") << u"ES"_s << QLocale::French << u"Spain"_s;
    QTest::newRow("ES in C locale") << u"ES"_s << QLocale::C << u"Spain"_s;
    // A code that is not in the list is shown as it is.
    QTest::newRow("unknown XX") << u"XX"_s << QLocale::English << u"XX"_s;
    QTest::newRow("unknown XX in Spanish") << u"XX"_s << QLocale::Spanish << u"XX"_s;
    QTest::newRow("lower-case us") << u"us"_s << QLocale::English << u"us"_s;
    QTest::newRow("empty") << QString() << QLocale::English << QString();
}

void TestCountries::name()
{
    QFETCH(QString, code);
    QFETCH(QLocale::Language, language);
    QFETCH(QString, expected);
    QCOMPARE(Countries::name(code, language), expected);
}

void TestCountries::isValid_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<bool>("valid");

    QTest::newRow("US") << u"US"_s << true;
    QTest::newRow("MX") << u"MX"_s << true;
    QTest::newRow("ES") << u"ES"_s << true;
    QTest::newRow("AX") << u"AX"_s << true;
    QTest::newRow("ZW, last in the list") << u"ZW"_s << true;
    QTest::newRow("XX, not assigned") << u"XX"_s << false;
    QTest::newRow("UK, not the ISO code") << u"UK"_s << false;
    QTest::newRow("us, lower case") << u"us"_s << false;
    QTest::newRow("Us, mixed case") << u"Us"_s << false;
    QTest::newRow("USA, alpha-3") << u"USA"_s << false;
    QTest::newRow("840, numeric") << u"840"_s << false;
    QTest::newRow("US with space") << u" US"_s << false;
    QTest::newRow("U") << u"U"_s << false;
    QTest::newRow("empty") << QString() << false;
}

void TestCountries::isValid()
{
    QFETCH(QString, code);
    QFETCH(bool, valid);
    QCOMPARE(Countries::isValid(code), valid);
}

void TestCountries::everyCountryHasASpanishName()
{
    const QList<Countries::Country> spanish = Countries::all(QLocale::Spanish);
    qsizetype translated = 0;
    for (const Countries::Country& country : spanish) {
        QVERIFY2(!country.name.isEmpty(), qPrintable(country.code));
        if (country.name != Countries::name(country.code, QLocale::English)) {
            ++translated;
        }
    }
    // Most names differ between the languages; a catalog that did not load would give none.
    QVERIFY2(translated > 150, qPrintable(QString::number(translated)));
}

void TestCountries::all_data()
{
    QTest::addColumn<QLocale::Language>("language");
    QTest::newRow("English") << QLocale::English;
    QTest::newRow("Spanish") << QLocale::Spanish;
}

void TestCountries::all()
{
    QFETCH(QLocale::Language, language);
    const QList<Countries::Country> countries = Countries::all(language);
    QCOMPARE(countries.size(), 249);

    QSet<QString> codes;
    for (const Countries::Country& country : countries) {
        QVERIFY2(Countries::isValid(country.code), qPrintable(country.code));
        QCOMPARE(country.name, Countries::name(country.code, language));
        codes.insert(country.code);
    }
    QCOMPARE(codes.size(), countries.size());

    const QCollator collator{QLocale(language)};
    for (qsizetype i = 1; i < countries.size(); ++i) {
        QVERIFY2(collator.compare(countries.at(i - 1).name, countries.at(i).name) <= 0,
                 qPrintable(countries.at(i - 1).name + u" > "_s + countries.at(i).name));
    }
}

void TestCountries::englishListSortsAccentsWithTheirLetter()
{
    const QList<Countries::Country> countries = Countries::all(QLocale::English);
    QCOMPARE(countries.constFirst().name, u"Afghanistan"_s);
    QCOMPARE(countries.at(1).name, u"Åland Islands"_s); // not at the end, where code-point order puts it
    QCOMPARE(countries.at(2).name, u"Albania"_s);
    // Cuba < Curaçao < Cyprus; Türkiye < Turkmenistan.
    QVERIFY(indexOfCode(countries, u"CU"_s) < indexOfCode(countries, u"CW"_s));
    QVERIFY(indexOfCode(countries, u"CW"_s) < indexOfCode(countries, u"CY"_s));
    QVERIFY(indexOfCode(countries, u"TR"_s) < indexOfCode(countries, u"TM"_s));
}

void TestCountries::spanishListSortsAccentsWithTheirLetter()
{
    const QList<Countries::Country> countries = Countries::all(QLocale::Spanish);
    QCOMPARE(countries.constFirst().name, u"Afganistán"_s);
    // Perú < Polonia.
    QVERIFY(indexOfCode(countries, u"PE"_s) < indexOfCode(countries, u"PL"_s));
    // Bélgica < Belice < Bután: "é" sorts as "e", not after every unaccented letter.
    QVERIFY(indexOfCode(countries, u"BE"_s) < indexOfCode(countries, u"BZ"_s));
    QVERIFY(indexOfCode(countries, u"BZ"_s) < indexOfCode(countries, u"BT"_s));
    // Países Bajos < Pakistán; México < Micronesia.
    QVERIFY(indexOfCode(countries, u"NL"_s) < indexOfCode(countries, u"PK"_s));
    QVERIFY(indexOfCode(countries, u"MX"_s) < indexOfCode(countries, u"FM"_s));
}

void TestCountries::nameAndAllFollowDefaultLocale()
{
    QLocale::setDefault(QLocale(QLocale::Spanish, QLocale::Spain));
    QCOMPARE(Countries::name(u"ES"_s), u"España"_s);
    QCOMPARE(Countries::name(u"US"_s), u"Estados Unidos"_s);
    QCOMPARE(Countries::all().constFirst().name, u"Afganistán"_s);

    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QCOMPARE(Countries::name(u"ES"_s), u"Spain"_s);
    QCOMPARE(Countries::name(u"US"_s), u"United States"_s);
    QCOMPARE(Countries::all().constFirst().name, u"Afghanistan"_s);

    QLocale::setDefault(QLocale(QLocale::Spanish, QLocale::Mexico));
    QCOMPARE(Countries::name(u"MX"_s), u"México"_s);
}

QTEST_GUILESS_MAIN(TestCountries)
#include "tst_Countries.moc"
