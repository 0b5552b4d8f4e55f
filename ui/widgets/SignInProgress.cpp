#include "SignInProgress.h"

#include <QApplication>
#include <QEvent>
#include <QLabel>
#include <QProgressBar>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

SignInProgress::SignInProgress(const QString& namePrefix, QWidget* parent)
    : QWidget(parent)
{
    m_label = new QLabel(this);
    m_label->setObjectName(namePrefix + QStringLiteral("BusyLabel"));
    m_label->setTextFormat(Qt::PlainText);
    m_bar = new QProgressBar(this);
    m_bar->setObjectName(namePrefix + QStringLiteral("ProgressBar"));
    m_bar->setRange(0, 0); // indeterminate: it moves while the password is checked
    m_bar->setTextVisible(false);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label);
    layout->addWidget(m_bar);
    connect(&m_watcher, &QFutureWatcher<SignInCheck>::finished, this, &SignInProgress::finished);
    retranslateUi();
    hide();
}

SignInProgress::~SignInProgress()
{
    if (isRunning()) {
        QApplication::restoreOverrideCursor();
    }
}

void SignInProgress::start(const SignInAttempt& attempt, const QString& password)
{
    if (isRunning()) {
        return;
    }
    m_attempt = attempt;
    setRunning(true);
    m_watcher.setFuture(QtConcurrent::run(&DirectoryService::checkSignIn, attempt, password));
}

void SignInProgress::cancel()
{
    if (isRunning()) {
        m_attempt.reset();
        setRunning(false);
    }
}

void SignInProgress::finished()
{
    if (!isRunning()) {
        return; // cancelled meanwhile
    }
    const SignInAttempt attempt = *m_attempt;
    m_attempt.reset();
    setRunning(false);
    Q_EMIT checked(attempt, m_watcher.result());
}

void SignInProgress::setRunning(bool running)
{
    setVisible(running);
    if (running) {
        QApplication::setOverrideCursor(Qt::BusyCursor);
    } else {
        QApplication::restoreOverrideCursor();
    }
}

void SignInProgress::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QWidget::changeEvent(event);
}

void SignInProgress::retranslateUi()
{
    m_label->setText(tr("Signing in…"));
    m_bar->setAccessibleName(tr("Signing in…"));
}
