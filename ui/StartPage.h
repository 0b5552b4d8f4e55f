#pragma once

// What the window shows before anyone signs in: the workspace in use and the actions that work
// on it now — sign in, load the sample workspace into an empty one, create the program
// administrator while there is none.

#include <QWidget>

class QLabel;
class QPushButton;

class StartPage : public QWidget
{
    Q_OBJECT

public:
    explicit StartPage(QWidget* parent = nullptr);

    void setWorkspace(const QString& path, bool empty, bool hasProgramAdministrator);

Q_SIGNALS:
    void signInRequested();
    void sampleRequested();
    void programAdministratorRequested();

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
    QString m_path;
    bool m_empty = false;
};
