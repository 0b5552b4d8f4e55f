#pragma once

// Where a workspace is, as a person says it: a file on this computer, or a shared workspace on a
// PostgreSQL server (host, port, database, database user, TLS). File > Open workspace… uses it
// with the workspaces opened lately to pick from; File > Copy workspace to… to name where the
// copy goes. The password is not asked here: the server asks for it when it is needed.

#include "storage/WorkspaceLocation.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QRadioButton;
class QSpinBox;
class QWidget;

class WorkspaceLocationDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Purpose { Open, CopyTo };

    // recent: the workspaces opened lately (WorkspaceLocation::toString()), newest first.
    WorkspaceLocationDialog(Purpose purpose, const QStringList& recent, QWidget* parent = nullptr);

    WorkspaceLocation location() const;

    // The workspaces opened lately, newest first, as the settings remember them (no password).
    static QStringList recentWorkspaces();
    static void rememberWorkspace(const WorkspaceLocation& location);
    static constexpr int MaxRecent = 8;
    // Fills the fields from a location (a recent one).
    void setLocation(const WorkspaceLocation& location);

private:
    void browse();
    void update();

    Purpose m_purpose;
    QRadioButton* m_fileRadio;
    QRadioButton* m_sharedRadio;
    QWidget* m_fileGroup;
    QWidget* m_sharedGroup;
    QLineEdit* m_path;
    QPushButton* m_browseButton;
    QLineEdit* m_host;
    QSpinBox* m_port;
    QLineEdit* m_database;
    QLineEdit* m_user;
    QComboBox* m_tls;
    QListWidget* m_recent = nullptr;
    QLabel* m_problemLabel;
    QPushButton* m_okButton;
};
