// PartnerDesk's entry point: the command line, the interface language, the workspace, the window.

#include "CommandLine.h"
#include "Keychain.h"
#include "LanguageManager.h"
#include "MainWindow.h"
#include "SingleInstance.h"
#include "common/MessageLanguage.h"
#include "dialogs/DatabasePasswordDialog.h"
#include "dialogs/WorkspaceErrorDialog.h"
#include "dialogs/WorkspaceLocationDialog.h"
#include "mail/SendmailTransport.h"
#include "services/SampleWorkspace.h"
#include "services/Workspace.h"
#include "widgets/MessageBoxes.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QMetaObject>

#include <cstdio>
#include <memory>

namespace {

// The --language value, read before the parser exists so that --help is already translated.
QString requestedLanguage(const QStringList& arguments)
{
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString& argument = arguments.at(i);
        if (argument == QLatin1String("--language") && i + 1 < arguments.size()) {
            return arguments.at(i + 1);
        }
        if (argument.startsWith(QLatin1String("--language="))) {
            return argument.section(QLatin1Char('='), 1);
        }
    }
    return {};
}

// QCommandLineParser's own text that Qt's Spanish catalog (qtbase_es) lacks: PartnerDesk's
// catalog has it under Qt's context, and is asked when Qt's has nothing.
[[maybe_unused]] constexpr const char* QtCommandLineText[] = {
    QT_TRANSLATE_NOOP("QCommandLineParser", "Displays help on commandline options."),
    QT_TRANSLATE_NOOP("QCommandLineParser", "Displays help including Qt specific options."),
};

void printError(const QString& message)
{
    std::fputs(qPrintable(message + QLatin1Char('\n')), stderr);
}

} // namespace

int main(int argc, char* argv[])
{
    // --help, --version and verifying the audit log are commands for a terminal, also on a machine
    // without a display (a server reached over ssh): no window, and a server's password from
    // PGPASSWORD or ~/.pgpass.
    QStringList arguments;
    for (int i = 0; i < argc; ++i) {
        arguments << QString::fromLocal8Bit(argv[i]);
    }
    const bool headless = CommandLine::needsNoWindow(arguments);
    const std::unique_ptr<QCoreApplication> application
        = headless ? std::make_unique<QCoreApplication>(argc, argv) : std::make_unique<QApplication>(argc, argv);
    QCoreApplication& app = *application;
    QApplication::setOrganizationName(QStringLiteral("PartnerDesk"));
    QApplication::setApplicationName(QStringLiteral("PartnerDesk"));
    QApplication::setApplicationVersion(QStringLiteral(PARTNERDESK_VERSION));
    if (!headless) {
        QGuiApplication::setDesktopFileName(QStringLiteral("org.partnerdesk.PartnerDesk"));
    }

    // --language applies to this run only; View > Language is what is remembered.
    LanguageManager language;
    const QString requested = requestedLanguage(QApplication::arguments());
    if (!requested.isEmpty() && !MessageLanguage::available().contains(requested)) {
        language.setLanguage(LanguageManager::preferred(), false);
        printError(QApplication::translate("main", "Unknown language \"%1\": use en or es.").arg(requested));
        return 2;
    }
    language.setLanguage(requested.isEmpty() ? LanguageManager::preferred() : requested, false);

    QCommandLineParser parser;
    const QCommandLineOption databaseOption(QStringLiteral("database"),
                                            QApplication::translate("main",
                                                                    "Open the workspace at <workspace>: a file, or "
                                                                    "a shared workspace's postgresql:// address "
                                                                    "(the password is asked for)."),
                                            QApplication::translate("main", "workspace"), Database::defaultPath());
    const QCommandLineOption languageOption(
        QStringLiteral("language"),
        QApplication::translate("main", "Show the interface in <language> (en or es) for this run."),
        QApplication::translate("main", "language"));
    const QCommandLineOption sampleOption(
        QStringLiteral("sample"),
        QApplication::translate("main", "Load the sample workspace into the database if it is empty."));
    const QCommandLineOption sendmailOption(
        QStringLiteral("sendmail"),
        QApplication::translate("main",
                                "Send messages that carry a secret, such as verification codes, by email with "
                                "<program> (a sendmail-compatible program, e.g. /usr/sbin/sendmail) instead of "
                                "putting them in the mail drop folder."),
        QApplication::translate("main", "program"));
    const QCommandLineOption verifyAuditOption(
        QStringLiteral("verify-audit"),
        QApplication::translate("main",
                                "Verify the workspace's audit log (its hash chain), say what was found and exit: "
                                "0 intact, 3 tampered with."));
    const QCommandLineOption auditAnchorOption(
        QStringLiteral("audit-anchor"),
        QApplication::translate("main",
                                "With --verify-audit: check that the event <anchor> printed by an earlier check "
                                "is still there, unchanged."),
        QApplication::translate("main", "anchor"));
    parser.setApplicationDescription(
        QApplication::translate("main",
                                "PartnerDesk: indirect resellers, indirect providers and their customers in "
                                "the Cloud Solution Provider program."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption(databaseOption);
    parser.addOption(languageOption);
    parser.addOption(sampleOption);
    parser.addOption(sendmailOption);
    parser.addOption(verifyAuditOption);
    parser.addOption(auditAnchorOption);
    parser.addPositionalArgument(
        QApplication::translate("main", "link"),
        QApplication::translate("main", "An invitation link (partnerdesk://invitation/…) to open."),
        QApplication::translate("main", "[link]"));
    parser.process(app);
    const auto link = CommandLine::link(parser.positionalArguments());
    if (!link) {
        printError(link.errorString());
        if (parser.positionalArguments().size() > 1) {
            printError(parser.helpText());
        } else if (!headless) {
            // A link usually comes from a browser, with nobody reading the terminal.
            MessageBoxes::warning(nullptr, QApplication::translate("main", "PartnerDesk"), link.errorString());
        }
        return 2;
    }

    // A link goes to the PartnerDesk already open on the same workspace for this user, if there
    // is one (ARCHITECTURE §5); one on another workspace leaves this launch to open its own window.
    auto parsed = WorkspaceLocation::parse(parser.value(databaseOption));
    if (!parsed) {
        printError(parsed.errorString());
        return 2;
    }
    WorkspaceLocation location = parsed.value();
    const QString workspacePath = location.toString();
    auto instance = std::make_unique<SingleInstance>(SingleInstance::defaultKey(workspacePath));
    if (!link->isEmpty() && instance->sendToRunning(link.value())) {
        return 0;
    }

    if (parser.isSet(verifyAuditOption) && !location.isShared() && !QFileInfo::exists(location.path())) {
        // Verifying must not create the workspace it was asked about.
        printError(QApplication::translate("main", "There is no workspace at %1, so there is no audit log to verify.")
                       .arg(QDir::toNativeSeparators(location.path())));
        return 1;
    }

    WorkspaceOptions options;
    if (parser.isSet(sendmailOption)) {
        const QString program = parser.value(sendmailOption);
        Status usable = SendmailTransport::check(program);
        if (!usable) {
            printError(usable.errorString());
            return 2;
        }
        options.mail = std::make_shared<SendmailTransport>(program);
    }
    Workspace workspace(options);
    if (headless) {
        if (!parser.isSet(verifyAuditOption)) {
            // --help or --version as another option's value: nothing to do without a window.
            printError(parser.helpText());
            return 2;
        }
        Status opened = workspace.open(location);
        if (!opened) {
            printError(opened.errorString());
            return 1;
        }
        QString report;
        const int code = CommandLine::verifyAudit(workspace, parser.value(auditAnchorOption), &report);
        std::fputs(qPrintable(report + QLatin1Char('\n')), code == 0 ? stdout : stderr);
        return code;
    }
    // A shared workspace's server may ask for the database password: asked for here, handed to
    // the connection, never written down.
    bool cancelled = false;
    Status opened = DatabasePasswordDialog::openAsking(
        nullptr, location, [&](const WorkspaceLocation& at) { return workspace.open(at); }, &cancelled);
    if (cancelled) {
        return 1;
    }
    if (!opened) {
        WorkspaceErrorDialog dialog(workspacePath, opened.error());
        dialog.exec();
        return 1;
    }
    if (parser.isSet(sampleOption)) {
        auto empty = workspace.isEmpty();
        if (empty && empty.value()) {
            Status loaded = SampleWorkspace::load(workspace);
            if (!loaded) {
                MessageBoxes::critical(nullptr, QApplication::translate("main", "PartnerDesk"), loaded.errorString());
                return 1;
            }
        } else {
            printError(QApplication::translate("main",
                                               "The workspace %1 is not empty, so the sample workspace was "
                                               "not loaded into it.")
                           .arg(workspace.path()));
        }
    }

    WorkspaceLocationDialog::rememberWorkspace(location);

    MainWindow window(workspace, language);
    window.setKeychain(&Keychain::system());
    // Not fatal: a second window on the same workspace leaves links to the first, and any other
    // failure, logged by listen(), only means that later launches open their links themselves.
    auto listen = [&window](SingleInstance& on) {
        QObject::connect(&on, &SingleInstance::messageReceived, &window, &MainWindow::openInvitationLink);
        on.listen();
    };
    listen(*instance);
    // Links for the workspace open in the window come here, once another is opened too.
    QObject::connect(&window, &MainWindow::workspaceOpened, &window, [&]() {
        instance.reset(); // first: its socket file goes with it
        instance = std::make_unique<SingleInstance>(SingleInstance::defaultKey(workspace.path()));
        listen(*instance);
    });
    window.show();
    if (!link->isEmpty()) {
        QMetaObject::invokeMethod(
            &window, [&window, url = link.value()] { window.openInvitationLink(url); }, Qt::QueuedConnection);
    }
    return app.exec();
}
