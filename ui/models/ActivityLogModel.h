#pragma once

// The Activity log's model: the events the signed-in Admin agent or program administrator may
// read, newest first, for the filters asked for, a page at a time as the view scrolls.

#include "domain/Audit.h"
#include "security/Session.h"

#include <QAbstractTableModel>

class Workspace;

class ActivityLogModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { WhenColumn, WhoColumn, PartnerColumn, WhatColumn, AboutColumn, DetailsColumn, ColumnCount };
    static constexpr int PageSize = 100;

    ActivityLogModel(Workspace& workspace, const Session& session, QObject* parent = nullptr);

    // Starts over with the newest events query selects. Synchronous: the first page is read on
    // return.
    void setQuery(const AuditQuery& query);
    const AuditQuery& query() const { return m_query; }
    void setSession(const Session& session);
    // Reads the first page again (after a change elsewhere).
    void reload();
    // Why the last read failed; empty when it didn't.
    QString errorString() const { return m_error; }

    const AuditEvent* eventAt(int row) const;
    // The row of the event among those read, or -1.
    int rowOf(qint64 eventId) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

Q_SIGNALS:
    // Reading a further page failed as the list scrolled: the message says why.
    void loadFailed(const QString& message);

private:
    Workspace& m_workspace;
    Session m_session;
    AuditQuery m_query;
    QList<AuditEvent> m_events;
    bool m_more = false;
    QString m_error;
};
