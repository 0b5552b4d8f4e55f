#include "Countries.h"

#include <QByteArray>
#include <QCollator>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QtEndian>

#include <algorithm>
#include <optional>
#include <utility>

namespace {

Q_LOGGING_CATEGORY(lcCountries, "partnerdesk.countries")

struct Entry
{
    QString code;
    QString isoName; // iso-codes "name", the msgid of its catalogs
    QString englishName; // "common_name" where there is one, else "name"
    QString spanishName;
};

struct CountryData
{
    QList<Entry> entries;
    QHash<QString, qsizetype> indexByCode;
};

// A GNU gettext .mo catalog: a header of 32-bit words in the writer's byte order (the magic
// number tells which), then two tables of (length, offset) pairs for originals and translations.
class MoReader
{
public:
    explicit MoReader(QByteArray bytes)
        : m_bytes(std::move(bytes))
    {
    }

    QHash<QString, QString> translations()
    {
        QHash<QString, QString> result;
        const std::optional<quint32> magic = word(0);
        if (!magic) {
            return result;
        }
        if (*magic == 0x950412deU) {
            m_bigEndian = false;
        } else if (qbswap(*magic) == 0x950412deU) {
            m_bigEndian = true;
        } else {
            qCWarning(lcCountries) << "Not a gettext catalog: bad magic number";
            return result;
        }
        const std::optional<quint32> revision = word(4);
        const std::optional<quint32> count = word(8);
        const std::optional<quint32> originalsOffset = word(12);
        const std::optional<quint32> translationsOffset = word(16);
        if (!revision || !count || !originalsOffset || !translationsOffset || (*revision >> 16) > 1) {
            qCWarning(lcCountries) << "Unsupported gettext catalog header";
            return result;
        }
        result.reserve(static_cast<qsizetype>(std::min<quint32>(*count, 100000)));
        for (quint32 i = 0; i < *count; ++i) {
            const qint64 entry = qint64(i) * 8;
            const std::optional<QByteArray> original = string(*originalsOffset + entry);
            const std::optional<QByteArray> translation = string(*translationsOffset + entry);
            if (!original || !translation) {
                qCWarning(lcCountries) << "Truncated gettext catalog";
                break;
            }
            // The header has an empty msgid; entries with a context hold "context\x04msgid".
            if (original->isEmpty() || original->contains('\x04')) {
                continue;
            }
            // Plural entries hold "singular\0plural" and "form0\0form1…": keep the first of each.
            const QByteArray id = firstPart(*original);
            const QByteArray text = firstPart(*translation);
            if (!text.isEmpty()) {
                result.insert(QString::fromUtf8(id), QString::fromUtf8(text));
            }
        }
        return result;
    }

private:
    static QByteArray firstPart(const QByteArray& value)
    {
        const qsizetype end = value.indexOf('\0');
        return end < 0 ? value : value.left(end);
    }

    std::optional<quint32> word(qint64 offset) const
    {
        if (offset < 0 || offset + 4 > m_bytes.size()) {
            return std::nullopt;
        }
        const uchar* data = reinterpret_cast<const uchar*>(m_bytes.constData()) + offset;
        return m_bigEndian ? qFromBigEndian<quint32>(data) : qFromLittleEndian<quint32>(data);
    }

    std::optional<QByteArray> string(qint64 descriptorOffset) const
    {
        const std::optional<quint32> length = word(descriptorOffset);
        const std::optional<quint32> offset = word(descriptorOffset + 4);
        if (!length || !offset || qint64(*offset) + qint64(*length) > m_bytes.size()) {
            return std::nullopt;
        }
        return m_bytes.mid(static_cast<qsizetype>(*offset), static_cast<qsizetype>(*length));
    }

    QByteArray m_bytes;
    bool m_bigEndian = false;
};

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
    const QHash<QString, QString> spanish
        = MoReader(readResource(QStringLiteral(":/iso-codes/iso_3166-1.es.mo"))).translations();

    const QJsonDocument document = QJsonDocument::fromJson(readResource(QStringLiteral(":/iso-codes/iso_3166-1.json")));
    const QJsonArray countries = document.object().value(QStringLiteral("3166-1")).toArray();
    data.entries.reserve(countries.size());
    for (const QJsonValue& value : countries) {
        const QJsonObject country = value.toObject();
        Entry entry;
        entry.code = country.value(QStringLiteral("alpha_2")).toString();
        entry.isoName = country.value(QStringLiteral("name")).toString();
        if (entry.code.isEmpty() || entry.isoName.isEmpty() || data.indexByCode.contains(entry.code)) {
            continue;
        }
        entry.englishName = country.value(QStringLiteral("common_name")).toString(entry.isoName);
        entry.spanishName = spanish.value(entry.isoName, entry.isoName);
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
    return name(alpha2, QLocale().language());
}

QString Countries::names(const QStringList& alpha2Codes)
{
    QStringList names;
    for (const QString& code : alpha2Codes) {
        names << name(code);
    }
    QCollator collator{QLocale()};
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
    return all(QLocale().language());
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
