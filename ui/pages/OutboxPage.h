#pragma once

// The outbox: every message the workspace has sent that the signed-in user may read (V1), newest
// first, with the selected one shown in full to copy or to open in the user's email program.

#include "domain/OutboxMessage.h"
#include "pages/Page.h"

#include <QList>

class QFormLayout;
class QGroupBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

class OutboxPage : public Page
{
    Q_OBJECT

public:
    OutboxPage(Workspace& workspace, const Session& session, QWidget* parent = nullptr);

    QString title() const override;
    void reload() override;

protected:
    // Messages arrive while other pages are in front (a new code, a decision): show the latest.
    void showEvent(QShowEvent* event) override;
    void retranslateUi() override;

private:
    void showSelected();
    void copySelected();
    void openSelected();
    // The message of the selected row, or null.
    const OutboxMessage* selectedMessage() const;

    QList<OutboxMessage> m_messages; // in the table's row order, newest first
    QLabel* m_heading;
    QLabel* m_introLabel;
    QLabel* m_emptyLabel;
    QTableWidget* m_table;
    QGroupBox* m_messageGroup;
    QFormLayout* m_messageForm;
    QLabel* m_recipientLabel;
    QLabel* m_subjectLabel;
    QPlainTextEdit* m_body;
    QPushButton* m_copyButton;
    QPushButton* m_openButton;
    QLabel* m_errorLabel;
};
