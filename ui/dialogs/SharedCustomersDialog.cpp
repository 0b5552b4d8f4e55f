#include "SharedCustomersDialog.h"

#include "domain/Countries.h"
#include "services/RelationshipService.h"
#include "services/Workspace.h"
#include "widgets/Labels.h"
#include "widgets/Tables.h"
#include "widgets/ValidatedForm.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

SharedCustomersDialog::SharedCustomersDialog(Workspace& workspace, const Session& session,
                                             const IndirectRelationship& relationship, const QString& otherParty,
                                             QWidget* parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_session(session)
    , m_relationship(relationship)
    , m_otherParty(otherParty)
{
    setObjectName(QStringLiteral("sharedCustomersDialog"));
    m_intro = Labels::text(QStringLiteral("introLabel"), this);
    m_table = Tables::makeReadOnly(QStringLiteral("sharedCustomersTableWidget"), 4, this);
    m_errorLabel = ValidatedForm::makeMessageLabel(QStringLiteral("errorLabel"), this);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->setObjectName(QStringLiteral("sharedCustomersButtonBox"));
    buttons->button(QDialogButtonBox::Close)->setObjectName(QStringLiteral("closePushButton"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_errorLabel);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &SharedCustomersDialog::reject);
    retranslateUi();
    reload();
    resize(640, 420);
}

void SharedCustomersDialog::reload()
{
    auto shared = m_workspace.relationships().sharedCustomers(m_session, m_relationship.id);
    QList<QStringList> rows;
    if (shared) {
        for (const SharedCustomer& c : shared.value()) {
            rows << QStringList{c.companyName, c.primaryDomain, Countries::name(c.country),
                                QLocale().toString(c.since.toLocalTime().date(), QLocale::ShortFormat)};
        }
    }
    Tables::setRows(m_table, rows);
    ValidatedForm::showMessage(m_errorLabel, shared ? QString() : shared.errorString());
    m_intro->setText(
        rows.isEmpty()
            ? tr("You and %1 share no customer yet. Invite new customers to ask a customer "
                 "for reseller relationships with both of you.")
                  .arg(m_otherParty)
            : tr("The customers you and %1 both serve: %2.").arg(m_otherParty, QLocale().toString(rows.size())));
}

void SharedCustomersDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        reload();
    }
    QDialog::changeEvent(event);
}

void SharedCustomersDialog::retranslateUi()
{
    setWindowTitle(tr("Customers shared with %1").arg(m_otherParty));
    m_table->setAccessibleName(tr("Shared customers"));
    m_table->setHorizontalHeaderLabels({tr("Customer"), tr("Primary domain"), tr("Country"), tr("Since")});
}
