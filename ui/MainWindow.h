#pragma once

// The application window: the start page until someone signs in, then navigation by persona
// (ARCHITECTURE §1) with one page per section. Only sections that work are shown.

#include "security/Session.h"
#include "storage/WorkspaceLocation.h"

#include <QMainWindow>
#include <QPointer>
#include <QTimer>

class AcceptInvitationDialog;
class LanguageManager;
class Page;
class QActionGroup;
class QLabel;
class QMenu;
class QStackedWidget;
class QTreeWidget;
class QTreeWidgetItem;
class Keychain;
class StartPage;
class Workspace;

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(Workspace& workspace, LanguageManager& language, QWidget* parent = nullptr);
    ~MainWindow() override;

    bool isSignedIn() const { return m_signedIn; }
    const Session& session() const { return m_session; }
    void signIn(const Session& session);
    // The pages in navigation order, for tests and for keyboard shortcuts.
    QList<Page*> pages() const { return m_pages; }
    bool showPage(const QString& objectName);

    // Opens the workspace at location in this window, in place of the one open now, asking for
    // the database password if its server wants one. The one open now stays open when the other
    // can't be opened. Returns whether it was.
    bool openWorkspaceAt(WorkspaceLocation location);
    // Copies the open workspace to location (a new file, an empty shared workspace), showing the
    // progress; offers to open the copy. Returns whether the copy was made.
    bool copyWorkspaceTo(WorkspaceLocation location);
    // Writes a backup of the open file workspace to path and says where it is, or why not.
    // Returns whether the backup was written.
    bool backUpWorkspaceTo(const QString& path);
    // Where "Remember me on this computer" keeps a sign-in (the system keychain in the app); none
    // hides the choice.
    void setKeychain(Keychain* keychain) { m_keychain = keychain; }

Q_SIGNALS:
    // Another workspace is open in this window.
    void workspaceOpened();

public Q_SLOTS:
    void showSignInDialog();
    // File > Open workspace…, File > Copy workspace to…
    void openWorkspace();
    void copyWorkspace();
    // Help > User guide (F1): the guide at the part about the page in front.
    void showHelp();
    // File > Back up workspace…: a file the person chooses, suggested in Documents with the date.
    void backUpWorkspace();
    void signOut();
    void loadSampleWorkspace();
    void showProgramAdministratorDialog();
    void showEnrollmentWizard();
    // An invitation link from the command line, a second launch or File > Accept invitation…:
    // brings the window forward and walks the person through accepting it.
    void openInvitationLink(const QString& link);
    // File > Accept invitation…: the link pasted, or link when given; signs in if needed.
    void acceptInvitation(const QString& link = {});

protected:
    void changeEvent(QEvent* event) override;
    void closeEvent(QCloseEvent* event) override;

private:
    void createMenus();
    void retranslateUi();
    void refreshStartPage();
    void addPage(Page* page, QTreeWidgetItem* parentItem = nullptr);
    void clearPages();
    void reloadSession();
    // The workspace changed, here or at another desk: every page shows it as it is now, and who
    // is signed in is read again (a role given or taken away, a partner approved).
    void workspaceChanged();
    void connectionChanged(bool connected);
    void updateActions();
    // The window's place and size and the navigation's width, kept between runs (QSettings).
    void restoreWindowState();
    void saveWindowState() const;
    // View > Find and View > Reload, for the page shown.
    void findInPage();
    void reloadPage();
    // Asks before unsaved edits are thrown away; true when there are none or they may go.
    bool confirmDiscard();

    Workspace& m_workspace;
    Keychain* m_keychain = nullptr;
    LanguageManager& m_language;
    Session m_session;
    bool m_signedIn = false;
    bool m_workspaceEmpty = false;

    QStackedWidget* m_central;
    StartPage* m_startPage;
    QWidget* m_workspaceView;
    QTreeWidget* m_navigation;
    QStackedWidget* m_pageStack;
    QList<Page*> m_pages;
    QTreeWidgetItem* m_accountSettingsItem = nullptr;
    QLabel* m_statusLabel;
    QPointer<AcceptInvitationDialog> m_acceptDialog; // while open, further links go to it
    QString m_waitingLink; // arrived while another dialog was open
    QTimer m_waitingLinkTimer;
    QTimer m_waitingChangeTimer; // a change arrived while a dialog was open

    QMenu* m_fileMenu;
    QMenu* m_viewMenu;
    QMenu* m_languageMenu;
    QMenu* m_helpMenu;
    QAction* m_signInAction;
    QAction* m_signOutAction;
    QAction* m_sampleAction;
    QAction* m_programAdminAction;
    QAction* m_enrollAction;
    QAction* m_acceptInvitationAction;
    QAction* m_openWorkspaceAction;
    QAction* m_copyWorkspaceAction;
    QAction* m_backUpWorkspaceAction;
    QAction* m_quitAction;
    QAction* m_findAction;
    QAction* m_reloadAction;
    QAction* m_guideAction;
    QAction* m_aboutAction;
    QAction* m_aboutQtAction;
    QActionGroup* m_languageGroup;
};
