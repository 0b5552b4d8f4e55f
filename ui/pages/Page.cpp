#include "Page.h"

#include "services/BackgroundReader.h"
#include "services/Workspace.h"

#include <QEvent>
#include <QFont>
#include <QLabel>

Page::Page(Workspace& workspace, const Session& session, QWidget* parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_session(session)
{
}

Page::~Page() = default;

BackgroundReader* Page::reader() const
{
    if (!m_reader || m_readerUser != m_session.user.id) {
        m_reader = m_workspace.backgroundReader(m_session);
        m_readerUser = m_session.user.id;
    }
    return m_reader.get();
}

void Page::setSession(const Session& session)
{
    m_session = session;
    m_stale = true;
    if (!hasUnsavedChanges() && mayRefresh()) {
        m_stale = false;
        reload();
    }
}

void Page::workspaceChanged()
{
    reloadWhenShown();
}

void Page::reloadWhenShown()
{
    m_stale = true;
    refreshIfStale();
}

void Page::refreshIfStale()
{
    if (!m_stale || !isVisible() || !mayRefresh()) {
        return;
    }
    m_stale = false;
    reload();
}

void Page::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    refreshIfStale();
}

void Page::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        afterLanguageChange();
    }
    QWidget::changeEvent(event);
}

QLabel* Page::makeHeading(const QString& objectName, QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText); // "Welcome, <name>": a name is never markup
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * 1.4);
    font.setBold(true);
    label->setFont(font);
    return label;
}
