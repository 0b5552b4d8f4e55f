#include "ActivityLogModel.h"

#include "domain/AuditActions.h"
#include "services/AuditService.h"
#include "services/Workspace.h"

#include <QLocale>

ActivityLogModel::ActivityLogModel(Workspace& workspace, const Session& session, QObject* parent)
    : QAbstractTableModel(parent)
    , m_workspace(workspace)
    , m_session(session)
{
}

void ActivityLogModel::setQuery(const AuditQuery& query)
{
    m_query = query;
    m_query.beforeId = 0;
    reload();
}

void ActivityLogModel::setSession(const Session& session)
{
    m_session = session;
}

void ActivityLogModel::reload()
{
    beginResetModel();
    auto events = m_workspace.auditLog().activity(m_session, m_query, PageSize);
    m_error = events ? QString() : events.errorString();
    m_events = events ? events.value() : QList<AuditEvent>();
    m_more = events && events->size() == PageSize;
    endResetModel();
}

const AuditEvent* ActivityLogModel::eventAt(int row) const
{
    return row >= 0 && row < m_events.size() ? &m_events[row] : nullptr;
}

int ActivityLogModel::rowOf(qint64 eventId) const
{
    for (int row = 0; row < m_events.size(); ++row) {
        if (m_events[row].id == eventId) {
            return row;
        }
    }
    return -1;
}

int ActivityLogModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_events.size());
}

int ActivityLogModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ActivityLogModel::data(const QModelIndex& index, int role) const
{
    const AuditEvent* event = eventAt(index.row());
    if (!event || (role != Qt::DisplayRole && role != Qt::ToolTipRole)) {
        return {};
    }
    switch (index.column()) {
    case WhenColumn:
        return role == Qt::ToolTipRole ? QLocale().toString(event->at.toLocalTime(), QLocale::LongFormat)
                                       : QLocale().toString(event->at.toLocalTime(), QLocale::ShortFormat);
    case WhoColumn:
        return AuditService::actorText(*event);
    case PartnerColumn:
        return event->partnerName;
    case WhatColumn:
        return AuditActions::describe(event->action);
    case AboutColumn:
        return AuditService::subjectText(*event);
    case DetailsColumn:
        return AuditActions::describeDetails(event->action, event->details);
    default:
        return {};
    }
}

QVariant ActivityLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case WhenColumn:
        return tr("When");
    case WhoColumn:
        return tr("Who");
    case PartnerColumn:
        return tr("Partner");
    case WhatColumn:
        return tr("What");
    case AboutColumn:
        return tr("About");
    case DetailsColumn:
        return tr("Details");
    default:
        return {};
    }
}

bool ActivityLogModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && m_more;
}

void ActivityLogModel::fetchMore(const QModelIndex& parent)
{
    if (parent.isValid() || !m_more || m_events.isEmpty()) {
        return;
    }
    AuditQuery next = m_query;
    next.beforeId = m_events.constLast().id;
    auto events = m_workspace.auditLog().activity(m_session, next, PageSize);
    if (!events) {
        m_error = events.errorString();
        m_more = false;
        Q_EMIT loadFailed(m_error);
        return;
    }
    m_more = events->size() == PageSize;
    if (events->isEmpty()) {
        return;
    }
    beginInsertRows({}, int(m_events.size()), int(m_events.size() + events->size() - 1));
    m_events << events.value();
    endInsertRows();
}
