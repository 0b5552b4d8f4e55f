#pragma once

// Why a workspace could not be opened (S9): the reason in words, the file, and for a damaged file
// its newest backup to go back to; both paths can be selected and copied.

#include "common/Result.h"

#include <QDialog>

class QLabel;
class QLineEdit;

class WorkspaceErrorDialog : public QDialog
{
    Q_OBJECT

public:
    WorkspaceErrorDialog(const QString& path, const Error& error, QWidget* parent = nullptr);

    // The newest backup shown, or empty when the dialog shows none.
    QString backupPath() const { return m_backupPath; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();

    Error m_error;
    QString m_backupPath;
    QLabel* m_heading = nullptr;
    QLabel* m_message = nullptr;
    QLabel* m_pathLabel = nullptr;
    QLineEdit* m_path = nullptr;
    QLabel* m_backupLabel = nullptr;
    QLineEdit* m_backup = nullptr;
};
