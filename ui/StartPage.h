#pragma once

// What the window shows before anyone signs in: the workspace in use and the actions that work
// on it now — sign in, enroll, accept an invitation, or, on an empty workspace, load the sample workspace or create the
// program administrator.

#include <QWidget>

class QLabel;
class QPushButton;

class StartPage : public QWidget
{
    Q_OBJECT

public:
    explicit StartPage(QWidget* parent = nullptr);

    // An empty workspace offers the sample and the program administrator; any other, sign-in.
    void setWorkspace(const QString& path, bool empty);

Q_SIGNALS:
    void signInRequested();
    void sampleRequested();
    void programAdministratorRequested();
    void enrollRequested();
    void acceptInvitationRequested();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();

    QLabel* m_title;
    QLabel* m_subtitle;
    QLabel* m_workspaceLabel;
    QLabel* m_emptyLabel;
    QPushButton* m_signIn;
    QPushButton* m_sample;
    QPushButton* m_programAdmin;
    QPushButton* m_enroll;
    QPushButton* m_acceptInvitation;
    QString m_path;
    bool m_empty = false;
};
