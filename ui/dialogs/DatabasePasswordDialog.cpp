#include "DatabasePasswordDialog.h"

#include "storage/WorkspaceLocation.h"
#include "widgets/Labels.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

DatabasePasswordDialog::DatabasePasswordDialog(const WorkspaceLocation& location, const QString& reason,
                                               QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("databasePasswordDialog"));
    setWindowTitle(tr("Open shared workspace"));
    QLabel* message = Labels::text(QStringLiteral("reasonLabel"), this);
    message->setText(reason);
    QLabel* where = Labels::text(QStringLiteral("workspaceLabel"), this);
    where->setText(tr("Workspace: %1 (PostgreSQL)\nDatabase user: %2").arg(location.toString(), location.user()));

    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("passwordLineEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    auto* label = new QLabel(tr("Database &password:"), this);
    label->setBuddy(m_password);
    auto* form = new QFormLayout;
    form->addRow(label, m_password);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("passwordButtonBox"));
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Connect"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("connectPushButton"));
    buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    connect(
        m_password, &QLineEdit::textChanged, this,
        [button = buttons->button(QDialogButtonBox::Ok)](const QString& text) { button->setEnabled(!text.isEmpty()); });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(message);
    layout->addWidget(where);
    layout->addLayout(form);
    layout->addWidget(buttons);
    m_password->setFocus();
    // An address reads on one line.
    setMinimumWidth(fontMetrics().averageCharWidth() * 70);
}

QString DatabasePasswordDialog::password() const
{
    return m_password->text();
}

Status DatabasePasswordDialog::openAsking(QWidget* parent, WorkspaceLocation& location,
                                          const std::function<Status(const WorkspaceLocation&)>& open, bool* cancelled)
{
    if (cancelled) {
        *cancelled = false;
    }
    Status opened = open(location);
    while (!opened && opened.code() == ErrorCode::DatabasePasswordRequired) {
        DatabasePasswordDialog ask(location, opened.errorString(), parent);
        if (ask.exec() != QDialog::Accepted) {
            if (cancelled) {
                *cancelled = true;
            }
            return opened;
        }
        location.setPassword(ask.password());
        opened = open(location);
    }
    return opened;
}
