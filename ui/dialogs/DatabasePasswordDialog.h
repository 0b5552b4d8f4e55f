#pragma once

// Asks for the database password of a shared workspace when its server wants one, naming the
// workspace and why it asks (first time, or the password was refused). The password is handed
// to the connection only: PartnerDesk never writes it down.

#include "common/Result.h"

#include <QDialog>

#include <functional>

class QLabel;
class QLineEdit;
class WorkspaceLocation;

class DatabasePasswordDialog : public QDialog
{
    Q_OBJECT

public:
    DatabasePasswordDialog(const WorkspaceLocation& location, const QString& reason, QWidget* parent = nullptr);

    QString password() const;

    // Runs open(location) again as long as the server asks for the database password, asking the
    // person for it each time (with the server's answer as the reason). location keeps the
    // password that worked, in memory. When the person cancels, *cancelled is set and the
    // server's refusal is returned.
    static Status openAsking(QWidget* parent, WorkspaceLocation& location,
                             const std::function<Status(const WorkspaceLocation&)>& open, bool* cancelled = nullptr);

private:
    QLineEdit* m_password;
};
