#include "WorkspaceLocation.h"

#include <QFileInfo>
#include <QUrl>
#include <QUrlQuery>

QStringList WorkspaceLocation::sslModes()
{
    return {QStringLiteral("disable"), QStringLiteral("allow"),     QStringLiteral("prefer"),
            QStringLiteral("require"), QStringLiteral("verify-ca"), QStringLiteral("verify-full")};
}

WorkspaceLocation WorkspaceLocation::file(const QString& path)
{
    WorkspaceLocation location;
    location.m_path = path;
    return location;
}

WorkspaceLocation WorkspaceLocation::server(const QString& host, int port, const QString& database, const QString& user,
                                            const QString& sslMode)
{
    WorkspaceLocation location;
    location.m_engine = Engine::PostgreSql;
    location.m_host = host.trimmed();
    location.m_port = port;
    location.m_database = database.trimmed();
    location.m_user = user.trimmed();
    location.m_sslMode = sslMode;
    return location;
}

bool WorkspaceLocation::looksLikeServer(const QString& text)
{
    return text.startsWith(QLatin1String("postgresql://"), Qt::CaseInsensitive)
        || text.startsWith(QLatin1String("postgres://"), Qt::CaseInsensitive);
}

Result<WorkspaceLocation> WorkspaceLocation::parse(const QString& text)
{
    if (!looksLikeServer(text)) {
        if (text.trimmed().isEmpty()) {
            return Error(ErrorCode::InvalidInput, tr("Name the workspace file or the shared workspace to open."));
        }
        return file(text);
    }
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid()) {
        return Error(ErrorCode::InvalidInput,
                     tr("%1 is not a shared workspace address: %2").arg(text, url.errorString()));
    }
    if (!url.password().isEmpty()) {
        return Error(ErrorCode::InvalidInput,
                     tr("Leave the password out of the shared workspace address: PartnerDesk asks for it when it "
                        "opens the workspace, and never writes it down."));
    }
    WorkspaceLocation location;
    location.m_engine = Engine::PostgreSql;
    location.m_host = url.host(QUrl::FullyDecoded);
    location.m_port = url.port(DefaultPort);
    location.m_user = url.userName(QUrl::FullyDecoded);
    QString database = url.path(QUrl::FullyDecoded);
    if (database.startsWith(QLatin1Char('/'))) {
        database.remove(0, 1);
    }
    location.m_database = database;
    const QUrlQuery query(url);
    for (const auto& [key, encoded] : query.queryItems(QUrl::FullyDecoded)) {
        const QString value = encoded;
        if (key == QLatin1String("sslmode")) {
            if (!sslModes().contains(value)) {
                return Error(
                    ErrorCode::InvalidInput,
                    tr("The TLS mode \"%1\" is not one of %2.").arg(value, sslModes().join(QStringLiteral(", "))));
            }
            location.m_sslMode = value;
        } else if (key == QLatin1String("host")) {
            location.m_host = value;
        } else if (key == QLatin1String("port")) {
            bool ok = false;
            location.m_port = value.toInt(&ok);
            if (!ok) {
                location.m_port = 0;
            }
        } else if (key == QLatin1String("user")) {
            location.m_user = value;
        } else if (key == QLatin1String("dbname")) {
            location.m_database = value;
        } else {
            return Error(ErrorCode::InvalidInput,
                         tr("The shared workspace address has an option PartnerDesk doesn't know: %1. It knows "
                            "sslmode, host, port, user and dbname.")
                             .arg(key));
        }
    }
    const QString problem = location.problem();
    if (!problem.isEmpty()) {
        return Error(ErrorCode::InvalidInput, problem);
    }
    return location;
}

QString WorkspaceLocation::toString() const
{
    if (!isShared()) {
        return m_path;
    }
    // libpq's URI form; a socket folder is no host name, so it goes in the query.
    const bool socket = m_host.startsWith(QLatin1Char('/'));
    QString text = QStringLiteral("postgresql://");
    if (!m_user.isEmpty()) {
        text += QString::fromLatin1(QUrl::toPercentEncoding(m_user)) + QLatin1Char('@');
    }
    if (!socket) {
        text += m_host.contains(QLatin1Char(':')) ? QLatin1Char('[') + m_host + QLatin1Char(']') : m_host;
    }
    if (m_port != DefaultPort) {
        text += QStringLiteral(":%1").arg(m_port);
    }
    text += QLatin1Char('/') + QString::fromLatin1(QUrl::toPercentEncoding(m_database));
    QStringList options;
    if (socket) {
        options << QStringLiteral("host=") + QString::fromLatin1(QUrl::toPercentEncoding(m_host, "/"));
    }
    if (!m_sslMode.isEmpty()) {
        options << QStringLiteral("sslmode=") + m_sslMode;
    }
    if (!options.isEmpty()) {
        text += QLatin1Char('?') + options.join(QLatin1Char('&'));
    }
    return text;
}

QString WorkspaceLocation::displayName() const
{
    if (!isShared()) {
        return QFileInfo(m_path).fileName();
    }
    const QString host = m_host.isEmpty() || m_host.startsWith(QLatin1Char('/')) ? tr("this computer") : m_host;
    return tr("%1 on %2").arg(m_database, host);
}

QString WorkspaceLocation::problem() const
{
    if (!isShared()) {
        return m_path.trimmed().isEmpty() ? tr("Name the workspace file to open.") : QString();
    }
    if (m_database.isEmpty()) {
        return tr("Name the database of the shared workspace.");
    }
    if (m_user.isEmpty()) {
        return tr("Name the database user to connect as.");
    }
    if (m_port < 1 || m_port > 65535) {
        return tr("The port must be a number from 1 to 65535.");
    }
    if (!m_sslMode.isEmpty() && !sslModes().contains(m_sslMode)) {
        return tr("The TLS mode \"%1\" is not one of %2.").arg(m_sslMode, sslModes().join(QStringLiteral(", ")));
    }
    return {};
}
