#include "UserManagementPage.h"

#include "dialogs/UserDialog.h"
#include "services/UserService.h"
#include "services/Workspace.h"
#include "widgets/MessageBoxes.h"
#include "widgets/Tables.h"
#include "widgets/ValidatedForm.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

UserManagementPage::UserManagementPage(Workspace& workspace, const Session& session, QWidget* parent)
    : Page(workspace, session, parent)
{
    setObjectName(QStringLiteral("userManagementPage"));
    m_heading = makeHeading(QStringLiteral("userManagementHeadingLabel"), this);
    m_noteLabel = new QLabel(this);
    m_noteLabel->setObjectName(QStringLiteral("userManagementNoteLabel"));
    m_noteLabel->setWordWrap(true);
    m_table = Tables::makeReadOnly(QStringLiteral("usersTableWidget"), 4, this);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);

    m_addButton = new QPushButton(this);
    m_addButton->setObjectName(QStringLiteral("addUserPushButton"));
    m_changeRolesButton = new QPushButton(this);
    m_changeRolesButton->setObjectName(QStringLiteral("changeRolesPushButton"));
    m_removeButton = new QPushButton(this);
    m_removeButton->setObjectName(QStringLiteral("removeUserPushButton"));
    m_doneLabel = new QLabel(this);
    m_doneLabel->setObjectName(QStringLiteral("userManagementDoneLabel"));
    m_doneLabel->setWordWrap(true);
    m_errorLabel = ValidatedForm::makeMessageLabel(QStringLiteral("userManagementErrorLabel"), this);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_addButton);
    buttons->addWidget(m_changeRolesButton);
    buttons->addWidget(m_removeButton);
    buttons->addStretch();

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_noteLabel);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_doneLabel);
    layout->addWidget(m_errorLabel);

    connect(m_addButton, &QPushButton::clicked, this, &UserManagementPage::addUser);
    connect(m_changeRolesButton, &QPushButton::clicked, this, &UserManagementPage::changeRoles);
    connect(m_removeButton, &QPushButton::clicked, this, &UserManagementPage::removeUser);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &UserManagementPage::updateButtons);
    // Enter or a double-click on a user opens their roles.
    connect(m_table, &QTableWidget::itemActivated, this, [this]() {
        if (m_canManage) {
            changeRoles();
        }
    });

    retranslateUi();
    reload();
}

QString UserManagementPage::title() const
{
    return tr("User management");
}

void UserManagementPage::retranslateUi()
{
    m_heading->setText(tr("User management"));
    m_table->setAccessibleName(tr("Users"));
    m_table->setHorizontalHeaderLabels({tr("Name"), tr("User name"), tr("Roles"), tr("Enabled")});
    m_addButton->setText(tr("&Add user…"));
    m_changeRolesButton->setText(tr("&Change roles…"));
    m_removeButton->setText(tr("&Remove user…"));
    showDone(QString()); // it was worded in the old language
}

void UserManagementPage::reload()
{
    m_canManage = m_session.can(Action::ManageUsers);
    m_addButton->setVisible(m_canManage);
    m_changeRolesButton->setVisible(m_canManage);
    m_removeButton->setVisible(m_canManage);
    ValidatedForm::showMessage(m_errorLabel, QString());

    const QString selectedId = selectedUser() ? selectedUser()->user.id : QString();
    auto users = m_workspace.users().users(m_session);
    if (!users) {
        m_list.clear();
        Tables::setRows(m_table, {});
        ValidatedForm::showMessage(m_errorLabel, users.errorString());
        updateNote();
        updateButtons();
        return;
    }
    m_list = users.value();
    QList<QStringList> rows;
    for (const PartnerUser& user : std::as_const(m_list)) {
        QStringList roles;
        for (PartnerRole role : user.roles) {
            roles << Enums::displayName(role);
        }
        rows << QStringList{user.user.displayName, user.user.upn,
                            roles.isEmpty() ? tr("None") : roles.join(QStringLiteral(", ")),
                            user.user.enabled ? tr("Yes") : tr("No")};
    }
    Tables::setRows(m_table, rows);
    for (int row = 0; row < m_list.size(); ++row) {
        if (m_list.at(row).user.id == selectedId) {
            m_table->selectRow(row);
        }
    }
    updateNote();
    updateButtons();
}

void UserManagementPage::updateNote()
{
    if (m_canManage) {
        m_noteLabel->setText(tr("Add the people of your organization who work in PartnerDesk and choose their "
                                "roles. Hover over a role in the dialog to see what it may do."));
        return;
    }
    QStringList admins;
    for (const PartnerUser& user : std::as_const(m_list)) {
        if (user.user.enabled && user.hasRole(PartnerRole::AdminAgent)) {
            //: A user in a list: their name, then their user name.
            admins << tr("%1 (%2)").arg(user.user.displayName, user.user.upn);
        }
    }
    const QString partner = m_session.partner ? m_session.partner->legal.legalName : m_session.tenant.displayName;
    m_noteLabel->setText(admins.isEmpty()
                             ? tr("Only an Admin agent can add users, change roles or remove users, and %1 has no "
                                  "Admin agent.")
                                   .arg(partner)
                             : tr("Only an Admin agent can add users, change roles or remove users. Ask an Admin "
                                  "agent of %1: %2.")
                                   .arg(partner, admins.join(QStringLiteral(", "))));
}

const PartnerUser* UserManagementPage::selectedUser() const
{
    const QList<QTableWidgetItem*> items = m_table->selectedItems();
    if (items.isEmpty()) {
        return nullptr;
    }
    const int row = items.first()->row();
    return row >= 0 && row < m_list.size() ? &m_list.at(row) : nullptr;
}

void UserManagementPage::updateButtons()
{
    const PartnerUser* user = selectedUser();
    m_changeRolesButton->setEnabled(user != nullptr);
    m_removeButton->setEnabled(user != nullptr && user->user.enabled);
}

void UserManagementPage::showDone(const QString& message)
{
    m_doneLabel->setText(message);
    m_doneLabel->setVisible(!message.isEmpty());
}

void UserManagementPage::changed(const QString& userId, const QString& doneMessage)
{
    reload();
    for (int row = 0; row < m_list.size(); ++row) {
        if (m_list.at(row).user.id == userId) {
            m_table->selectRow(row);
        }
    }
    showDone(doneMessage);
    if (userId == m_session.user.id) {
        Q_EMIT accountChanged(); // your own roles: the window reloads who you are
    }
}

void UserManagementPage::addUser()
{
    if (!m_canManage) {
        return;
    }
    showDone(QString());
    ValidatedForm::showMessage(m_errorLabel, QString());
    auto* dialog = new UserDialog(m_workspace.users(), m_session, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog]() {
        changed(dialog->user().user.id,
                tr("%1 was added. They sign in as %2.").arg(dialog->user().user.displayName, dialog->user().user.upn));
    });
    dialog->open();
}

void UserManagementPage::changeRoles()
{
    const PartnerUser* user = selectedUser();
    if (!m_canManage || !user) {
        return;
    }
    showDone(QString());
    ValidatedForm::showMessage(m_errorLabel, QString());
    auto* dialog = new UserDialog(m_workspace.users(), m_session, *user, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog]() {
        changed(dialog->user().user.id, tr("The roles of %1 were saved.").arg(dialog->user().user.displayName));
    });
    dialog->open();
}

void UserManagementPage::removeUser()
{
    const PartnerUser* selected = selectedUser();
    if (!m_canManage || !selected) {
        return;
    }
    const PartnerUser user = *selected;
    showDone(QString());
    ValidatedForm::showMessage(m_errorLabel, QString());
    auto* box = new QMessageBox(QMessageBox::Warning, tr("Remove user"),
                                tr("Remove %1 (%2)? They lose their roles and can no longer sign in.")
                                    .arg(user.user.displayName, user.user.upn),
                                QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("removeUserMessageBox"));
    MessageBoxes::makePlain(*box);
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton* remove = box->addButton(tr("&Remove"), QMessageBox::DestructiveRole);
    remove->setObjectName(QStringLiteral("confirmRemovePushButton"));
    box->setDefaultButton(QMessageBox::Cancel);
    connect(box, &QMessageBox::buttonClicked, this, [this, remove, user](QAbstractButton* clicked) {
        if (clicked != remove) {
            return;
        }
        Status removed = m_workspace.users().removeUser(m_session, user.user.id);
        if (!removed) {
            ValidatedForm::showMessage(m_errorLabel, removed.errorString());
            return;
        }
        changed(user.user.id, tr("%1 was removed.").arg(user.user.displayName));
    });
    box->open();
}
