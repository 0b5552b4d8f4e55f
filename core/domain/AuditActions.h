#pragma once

// What the actions of the audit log mean to people: each action's kind (the Activity log's
// filter) and its description, and an event's details, in the interface language. The stored
// action stays the fixed key ("partner.statusChanged"); only what is shown is translated.

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

enum class AuditKind {
    Account, // enrollment, profiles, status, the program's directory
    People, // users, roles, two-step verification
    Relationships, // invitations, indirect and customer relationships, referrals
    Customers, // a customer's account and users
    Orders, // orders, order requests, licenses
    Workspace,
};

class AuditActions
{
    Q_DECLARE_TR_FUNCTIONS(AuditActions)

public:
    static QList<AuditKind> kinds();
    static QString kindName(AuditKind kind);
    // Every action of kind, as stored.
    static QStringList actionsOf(AuditKind kind);
    static bool isKnown(const QString& action);
    // "Account status changed"; an action this PartnerDesk doesn't know (a newer one wrote it) is
    // shown as stored.
    static QString describe(const QString& action);
    // The details as "Label: value" pairs in the interface language, statuses and roles by their
    // names ("From: Under review; To: Active").
    static QString describeDetails(const QString& action, const QJsonObject& details);
};
