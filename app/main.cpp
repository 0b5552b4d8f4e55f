// PartnerDesk's entry point: the command line, the interface language, the workspace, the window.

#include "LanguageManager.h"
#include "MainWindow.h"
#include "services/SampleWorkspace.h"
#include "services/Workspace.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("PartnerDesk"));
    QApplication::setApplicationName(QStringLiteral("PartnerDesk"));
    QApplication::setApplicationVersion(QStringLiteral(PARTNERDESK_VERSION));
    QGuiApplication::setDesktopFileName(QStringLiteral("org.partnerdesk.PartnerDesk"));

    LanguageManager language;
    QCommandLineParser parser;
    const QCommandLineOption databaseOption(QStringLiteral("database"),
                                            QApplication::translate("main", "Open the workspace database at <path>."),
                                            QApplication::translate("main", "path"), Database::defaultPath());
    const QCommandLineOption languageOption(
        QStringLiteral("language"), QApplication::translate("main", "Show the interface in <language> (en or es)."),
        QApplication::translate("main", "language"));
    const QCommandLineOption sampleOption(
        QStringLiteral("sample"),
        QApplication::translate("main", "Load the sample workspace into the database if it is empty."));
    parser.setApplicationDescription(QApplication::translate(
        "main",
        "PartnerDesk: indirect resellers, indirect providers and their customers in the Cloud Solution "
        "Provider program."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption(databaseOption);
    parser.addOption(languageOption);
    parser.addOption(sampleOption);
    parser.process(app);

    if (parser.isSet(languageOption)) {
        const QString chosen = parser.value(languageOption);
        if (!LanguageManager::available().contains(chosen)) {
            fputs(qPrintable(QApplication::translate("main", "Unknown language \"%1\": use en or es.\n").arg(chosen)),
                  stderr);
            return 2;
        }
        language.setLanguage(chosen);
    } else {
        language.setLanguage(LanguageManager::preferred(), false);
    }

    Workspace workspace;
    Status opened = workspace.open(parser.value(databaseOption));
    if (!opened) {
        QMessageBox::critical(nullptr, QApplication::translate("main", "PartnerDesk"), opened.errorString());
        return 1;
    }
    if (parser.isSet(sampleOption)) {
        auto empty = workspace.isEmpty();
        if (empty && empty.value()) {
            Status loaded = SampleWorkspace::load(workspace);
            if (!loaded) {
                QMessageBox::critical(nullptr, QApplication::translate("main", "PartnerDesk"), loaded.errorString());
                return 1;
            }
        }
    }

    MainWindow window(workspace, language);
    window.show();
    return app.exec();
}
