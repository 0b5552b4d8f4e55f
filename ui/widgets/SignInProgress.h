#pragma once

// Checks a sign-in's password on a worker thread (DirectoryService::checkSignIn) and shows that
// it is signing in meanwhile: "Signing in…" over a moving bar and a busy cursor, while the window
// keeps painting (S10). Sign-in dialogs and wizard pages prepare the attempt, start it here, and
// finish the sign-in when checked() comes.

#include "services/DirectoryService.h"

#include <QFutureWatcher>
#include <QWidget>

#include <optional>

class QLabel;
class QProgressBar;

class SignInProgress : public QWidget
{
    Q_OBJECT

public:
    // Its label and bar are named namePrefix + "BusyLabel" and namePrefix + "ProgressBar".
    explicit SignInProgress(const QString& namePrefix, QWidget* parent = nullptr);
    ~SignInProgress() override;

    bool isRunning() const { return m_attempt.has_value(); }
    // Checks password against attempt; checked() follows unless cancel() comes first.
    void start(const SignInAttempt& attempt, const QString& password);
    // Drops the running check: the worker finishes on its own and what it found is not used.
    void cancel();

Q_SIGNALS:
    void checked(const SignInAttempt& attempt, const SignInCheck& check);

protected:
    void changeEvent(QEvent* event) override;

private:
    void setRunning(bool running);
    void finished();
    void retranslateUi();

    QLabel* m_label;
    QProgressBar* m_bar;
    QFutureWatcher<SignInCheck> m_watcher;
    std::optional<SignInAttempt> m_attempt; // set while its password is being checked
};
