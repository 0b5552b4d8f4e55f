#pragma once

// The audit log for a program administrator (ARCHITECTURE §7): verify its hash chain and see the
// first broken event named. This desk keeps the newest event of its last intact check (the
// anchor), so that the next check also finds events cut from the end or a chain rewritten whole.

#include "domain/Audit.h"
#include "pages/Page.h"

#include <optional>

class QLabel;
class QPushButton;

class AuditLogPage : public Page
{
    Q_OBJECT

public:
    AuditLogPage(Workspace& workspace, const Session& session, QWidget* parent = nullptr);

    QString title() const override;
    void reload() override;

    // The anchor this desk kept for the workspace at path, and when it was checked (QSettings).
    static AuditAnchor keptAnchor(const QString& workspacePath, QDateTime* checkedAt = nullptr);

protected:
    void retranslateUi() override;

private:
    void verify();
    // The last check's result, in the interface language.
    void showReport();
    static QString settingsGroup(const QString& workspacePath);

    QLabel* m_heading;
    QLabel* m_introLabel;
    QPushButton* m_verifyButton;
    QLabel* m_resultLabel;
    QLabel* m_errorLabel;
    QLabel* m_keptLabel;
    std::optional<AuditChainReport> m_report;
};
