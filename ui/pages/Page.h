#pragma once

// A page of the signed-in window: it knows the workspace and who is signed in, reloads what it
// shows, and retranslates itself when the interface language changes.

#include "security/Session.h"

#include <QWidget>

class Workspace;
class QLabel;

class Page : public QWidget
{
    Q_OBJECT

public:
    Page(Workspace& workspace, const Session& session, QWidget* parent = nullptr);

    // The name in the navigation, in the interface language.
    virtual QString title() const = 0;
    virtual void reload() = 0;
    // Edits typed but not saved yet: kept when the session is refreshed, asked about on sign-out.
    virtual bool hasUnsavedChanges() const { return false; }
    // Who is signed in changed (a save elsewhere, a role): reload unless edits would be lost.
    void setSession(const Session& session);

Q_SIGNALS:
    // Something every page may show changed (a name, a status): the window reloads them all.
    void accountChanged();

protected:
    void changeEvent(QEvent* event) override;
    virtual void retranslateUi() = 0;
    // After a language change: reload what is shown (a form with unsaved edits keeps them).
    virtual void afterLanguageChange() { reload(); }
    // A heading label in the style every page uses.
    static QLabel* makeHeading(const QString& objectName, QWidget* parent);

    Workspace& m_workspace;
    Session m_session;
};
