#include "WorkspaceErrorDialog.h"

#include "storage/Database.h"
#include "widgets/Labels.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

WorkspaceErrorDialog::WorkspaceErrorDialog(const QString& path, const Error& error, QWidget* parent)
    : QDialog(parent)
    , m_error(error)
{
    setObjectName(QStringLiteral("workspaceErrorDialog"));
    // Only a damaged file sends the person to a backup; a busy or read-only one is still good.
    if (error.code() == ErrorCode::Damaged) {
        m_backupPath = Database::backupsOf(path).value(0);
    }

    auto* icon = new QLabel(this);
    icon->setObjectName(QStringLiteral("iconLabel"));
    const int size = style()->pixelMetric(QStyle::PM_MessageBoxIconSize, nullptr, this);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxCritical, nullptr, this).pixmap(size, size));
    icon->setAlignment(Qt::AlignTop);
    m_heading = Labels::text(QStringLiteral("headingLabel"), this);
    QFont bold = m_heading->font();
    bold.setBold(true);
    m_heading->setFont(bold);
    m_message = Labels::text(QStringLiteral("messageLabel"), this);
    m_message->setText(error.message());

    m_path = new QLineEdit(QDir::toNativeSeparators(path), this);
    m_path->setObjectName(QStringLiteral("workspacePathLineEdit"));
    m_path->setReadOnly(true);
    m_pathLabel = new QLabel(this);
    m_pathLabel->setBuddy(m_path);
    auto* form = new QFormLayout;
    form->addRow(m_pathLabel, m_path);
    if (error.code() == ErrorCode::Damaged) {
        m_backup = new QLineEdit(QDir::toNativeSeparators(m_backupPath), this);
        m_backup->setObjectName(QStringLiteral("backupPathLineEdit"));
        m_backup->setReadOnly(true);
        m_backupLabel = new QLabel(this);
        m_backupLabel->setBuddy(m_backup);
        form->addRow(m_backupLabel, m_backup);
    }

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->setObjectName(QStringLiteral("workspaceErrorButtonBox"));
    buttons->button(QDialogButtonBox::Close)->setObjectName(QStringLiteral("closePushButton"));
    connect(buttons, &QDialogButtonBox::rejected, this, &WorkspaceErrorDialog::reject);

    auto* text = new QVBoxLayout;
    text->addWidget(m_heading);
    text->addWidget(m_message);
    text->addLayout(form);
    auto* body = new QHBoxLayout;
    body->addWidget(icon);
    body->addLayout(text, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(body);
    layout->addStretch();
    layout->addWidget(buttons);
    retranslateUi();
    resize(560, sizeHint().height());
}

void WorkspaceErrorDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QDialog::changeEvent(event);
}

void WorkspaceErrorDialog::retranslateUi()
{
    setWindowTitle(tr("PartnerDesk"));
    m_heading->setText(tr("PartnerDesk could not open the workspace."));
    m_pathLabel->setText(tr("&Workspace file:"));
    if (m_backup) {
        m_backupLabel->setText(tr("Newest &backup:"));
        m_backup->setPlaceholderText(tr("None found"));
    }
}
