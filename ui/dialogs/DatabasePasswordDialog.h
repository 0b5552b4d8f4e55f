#pragma once

// Asks for the database password of a shared workspace when its server wants one, naming the
// workspace and why it asks (first time, or the password was refused). The password is handed
// to the connection only: PartnerDesk never writes it down.

#include <QDialog>

class QLabel;
class QLineEdit;
class WorkspaceLocation;

class DatabasePasswordDialog : public QDialog
{
    Q_OBJECT

public:
    DatabasePasswordDialog(const WorkspaceLocation& location, const QString& reason, QWidget* parent = nullptr);

    QString password() const;

private:
    QLineEdit* m_password;
};
