#include "Countries.h"

#include "common/MessageLanguage.h"

#include <QCollator>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>

#include <algorithm>
#include <unicode/locid.h>
#include <unicode/unistr.h>

namespace {

Q_LOGGING_CATEGORY(lcCountries, "partnerdesk.countries")

struct Entry
{
    QString code;
    QString englishName;
    QString spanishName;
};

struct CountryData
{
    QList<Entry> entries;
    QHash<QString, qsizetype> indexByCode;
};

// The region's name in language, from CLDR through ICU; the fallback where ICU knows no name (it
// then answers with the code itself).
QString cldrName(const QString& code, const char* language, const QString& fallback)
{
    const icu::Locale region("", code.toLatin1().constData());
    icu::UnicodeString name;
    region.getDisplayCountry(icu::Locale(language), name);
    const QString text = QString(reinterpret_cast<const QChar*>(name.getBuffer()), name.length());
    return text.isEmpty() || text == code ? fallback : text;
}

QByteArray readResource(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        qCWarning(lcCountries) << "Cannot read" << path << file.errorString();
        return {};
    }
    return file.readAll();
}

CountryData load()
{
    CountryData data;

    const QJsonDocument document = QJsonDocument::fromJson(readResource(QStringLiteral(":/iso-codes/iso_3166-1.json")));
    const QJsonArray countries = document.object().value(QStringLiteral("3166-1")).toArray();
    data.entries.reserve(countries.size());
    for (const QJsonValue& value : countries) {
        const QJsonObject country = value.toObject();
        Entry entry;
        entry.code = country.value(QStringLiteral("alpha_2")).toString();
        const QString isoName = country.value(QStringLiteral("name")).toString();
        if (entry.code.isEmpty() || isoName.isEmpty() || data.indexByCode.contains(entry.code)) {
            continue;
        }
        entry.englishName = cldrName(entry.code, "en", country.value(QStringLiteral("common_name")).toString(isoName));
        entry.spanishName = cldrName(entry.code, "es", entry.englishName);
        data.indexByCode.insert(entry.code, data.entries.size());
        data.entries.append(entry);
    }
    if (data.entries.isEmpty()) {
        qCWarning(lcCountries) << "No countries loaded from the iso-codes resources";
    }
    return data;
}

// Loaded on first use; the initialization of a function-local static is thread-safe.
const CountryData& countryData()
{
    static const CountryData data = load();
    return data;
}

const Entry* find(const QString& alpha2)
{
    const CountryData& data = countryData();
    const auto it = data.indexByCode.constFind(alpha2);
    return it == data.indexByCode.cend() ? nullptr : &data.entries.at(it.value());
}

QString displayName(const Entry& entry, QLocale::Language language)
{
    return language == QLocale::Spanish ? entry.spanishName : entry.englishName;
}

} // namespace

bool Countries::isValid(const QString& alpha2)
{
    return find(alpha2) != nullptr;
}

QString Countries::name(const QString& alpha2)
{
    return name(alpha2, MessageLanguage::current().language());
}

QString Countries::names(const QStringList& alpha2Codes)
{
    QStringList names;
    for (const QString& code : alpha2Codes) {
        names << name(code);
    }
    QCollator collator{MessageLanguage::current()};
    std::sort(names.begin(), names.end(), collator);
    return names.join(QStringLiteral(", "));
}

QString Countries::name(const QString& alpha2, QLocale::Language language)
{
    const Entry* entry = find(alpha2);
    return entry ? displayName(*entry, language) : alpha2;
}

QList<Countries::Country> Countries::all()
{
    return all(MessageLanguage::current().language());
}

QList<Countries::Country> Countries::all(QLocale::Language language)
{
    const CountryData& data = countryData();
    QList<Country> result;
    result.reserve(data.entries.size());
    for (const Entry& entry : data.entries) {
        result.append({entry.code, displayName(entry, language)});
    }
    const QCollator collator{QLocale(language)};
    std::sort(result.begin(), result.end(), [&collator](const Country& left, const Country& right) {
        const int order = collator.compare(left.name, right.name);
        return order != 0 ? order < 0 : left.code < right.code;
    });
    return result;
}
