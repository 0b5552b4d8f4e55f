#pragma once

// A page of the signed-in window: it knows the workspace and who is signed in, reloads what it
// shows, and retranslates itself when the interface language changes.

#include "security/Session.h"

#include <QWidget>

#include <memory>

class BackgroundReader;
class Workspace;
class QLabel;

class Page : public QWidget
{
    Q_OBJECT

public:
    Page(Workspace& workspace, const Session& session, QWidget* parent = nullptr);
    ~Page() override;

    // The name in the navigation, in the interface language.
    virtual QString title() const = 0;
    virtual void reload() = 0;
    // Edits typed but not saved yet: kept when the session is refreshed, asked about on sign-out.
    virtual bool hasUnsavedChanges() const { return false; }
    // The field View > Find (Ctrl+F) puts the cursor in; none on pages without a search.
    virtual QWidget* searchField() const { return nullptr; }
    // Who is signed in changed (a save elsewhere, a role): reload unless edits would be lost.
    void setSession(const Session& session);
    // The workspace changed, here or at another desk: show it as it is now. A page out of sight
    // reloads when it is shown; one the person is working in (unsaved edits, an open customer)
    // when they are done.
    void workspaceChanged();
    // Reloads if the workspace changed since this page last showed it and nothing would be lost.
    void refreshIfStale();

Q_SIGNALS:
    // Something every page may show changed (a name, a status): the window reloads them all.
    void accountChanged();

protected:
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;
    virtual void retranslateUi() = 0;
    // Whether reloading now would lose nothing the person is working on.
    virtual bool mayRefresh() const { return !hasUnsavedChanges(); }
    // After a language change: reload what is shown (a form with unsaved edits keeps them).
    virtual void afterLanguageChange() { reload(); }
    // A heading label in the style every page uses.
    static QLabel* makeHeading(const QString& objectName, QWidget* parent);
    // Reads what the page shows now if it is on screen, else when it is first shown: signing in
    // builds every page of the window but reads only the one it shows.
    void reloadWhenShown();
    // The page's own thread and connection for reads that must not hold up the window (a count of
    // a million customers, an export), made for whoever is signed in now; none for a workspace in
    // memory, whose reads run here.
    BackgroundReader* reader() const;

    Workspace& m_workspace;
    Session m_session;

private:
    bool m_stale = false;
    mutable std::unique_ptr<BackgroundReader> m_reader; // made on first use, again for another person
    mutable QString m_readerUser;
};
