#include "MessageLanguage.h"

#include <QHash>
#include <QTranslator>

#include <memory>

QStringList MessageLanguage::available()
{
    return {QStringLiteral("en"), QStringLiteral("es")};
}

QString MessageLanguage::translate(const QString& language, const char* context, const char* source)
{
    // One translator per language, loaded on first use and kept: the catalogs are small and
    // never change while the application runs.
    static QHash<QString, std::shared_ptr<QTranslator>> translators;
    auto found = translators.find(language);
    if (found == translators.end()) {
        auto translator = std::make_shared<QTranslator>();
        if (!translator->load(QStringLiteral("partnerdesk_%1").arg(language), QStringLiteral(":/i18n"))) {
            translator.reset();
        }
        found = translators.insert(language, translator);
    }
    if (found.value()) {
        const QString translated = found.value()->translate(context, source);
        if (!translated.isEmpty()) {
            return translated;
        }
    }
    return QString::fromUtf8(source);
}
