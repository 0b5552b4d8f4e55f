#pragma once

// View customers (C7): the customers a reseller and its indirect provider both serve, as either
// of them sees them from the relationship's row.

#include "domain/IndirectRelationship.h"
#include "security/Session.h"

#include <QDialog>

class QLabel;
class QTableWidget;
class Workspace;

class SharedCustomersDialog : public QDialog
{
    Q_OBJECT

public:
    // otherParty: the name of the partner on the other side, for the title.
    SharedCustomersDialog(Workspace& workspace, const Session& session, const IndirectRelationship& relationship,
                          const QString& otherParty, QWidget* parent = nullptr);

protected:
    void changeEvent(QEvent* event) override;

private:
    void reload();
    void retranslateUi();

    Workspace& m_workspace;
    Session m_session;
    IndirectRelationship m_relationship;
    QString m_otherParty;
    QLabel* m_intro;
    QTableWidget* m_table;
    QLabel* m_errorLabel;
};
