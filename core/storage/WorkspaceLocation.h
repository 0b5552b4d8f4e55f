#pragma once

// Where a workspace lives: a SQLite file on this desk, or a shared workspace on a PostgreSQL
// server, written as a libpq connection URI
// ("postgresql://dana@db.bluewater.example:5432/partnerdesk?sslmode=verify-full"). The password
// of a shared workspace is asked for when it is opened: it is never part of the text form, so it
// is never written to the settings or shown.

#include "common/Result.h"

#include <QCoreApplication>
#include <QString>

class WorkspaceLocation
{
    Q_DECLARE_TR_FUNCTIONS(WorkspaceLocation)

public:
    enum class Engine { Sqlite, PostgreSql };
    static constexpr int DefaultPort = 5432;
    // libpq's TLS modes, weakest first.
    static QStringList sslModes();

    static WorkspaceLocation file(const QString& path);
    static WorkspaceLocation server(const QString& host, int port, const QString& database, const QString& user,
                                    const QString& sslMode = {});
    // A file path, or a postgresql:// (postgres://) URI. A URI carrying a password is refused.
    static Result<WorkspaceLocation> parse(const QString& text);
    static bool looksLikeServer(const QString& text);

    Engine engine() const { return m_engine; }
    bool isShared() const { return m_engine == Engine::PostgreSql; }
    QString path() const { return m_path; }
    // Empty for the server's default (a Unix socket on the desk the server runs on); a name, an
    // address, or a socket folder ("/run/postgresql").
    QString host() const { return m_host; }
    int port() const { return m_port; }
    QString database() const { return m_database; }
    QString user() const { return m_user; }
    // Empty for libpq's default ("prefer").
    QString sslMode() const { return m_sslMode; }
    QString password() const { return m_password; }
    void setPassword(const QString& password) { m_password = password; }

    // The file path, or the URI without a password: what the settings remember.
    QString toString() const;
    // What a person reads in the status bar and the recent list: the file's name, or
    // "partnerdesk on db.bluewater.example".
    QString displayName() const;
    // What is missing or wrong, in a sentence; empty when the location can be opened.
    QString problem() const;

    bool operator==(const WorkspaceLocation& other) const { return toString() == other.toString(); }

private:
    Engine m_engine = Engine::Sqlite;
    QString m_path;
    QString m_host;
    int m_port = DefaultPort;
    QString m_database;
    QString m_user;
    QString m_sslMode;
    QString m_password;
};
