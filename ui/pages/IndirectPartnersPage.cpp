#include "IndirectPartnersPage.h"

#include "dialogs/SharedCustomersDialog.h"
#include "services/RelationshipService.h"
#include "services/Workspace.h"
#include "widgets/Labels.h"
#include "widgets/MessageBoxes.h"
#include "widgets/Tables.h"
#include "widgets/ValidatedForm.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>

IndirectPartnersPage::IndirectPartnersPage(Workspace& workspace, const Session& session, const QString& objectName,
                                           QWidget* parent)
    : Page(workspace, session, parent)
{
    setObjectName(objectName);
    m_heading = makeHeading(objectName + QStringLiteral("HeadingLabel"), this);
    m_intro = Labels::text(objectName + QStringLiteral("IntroLabel"), this);
    m_table = Tables::makeReadOnly(QStringLiteral("relationshipsTableWidget"), 6, this);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_endButton = new QPushButton(this);
    m_endButton->setObjectName(QStringLiteral("endRelationshipPushButton"));
    m_viewCustomersButton = new QPushButton(this);
    m_viewCustomersButton->setObjectName(QStringLiteral("viewCustomersPushButton"));
    m_buttonRow = new QHBoxLayout;
    m_buttonRow->addWidget(m_viewCustomersButton);
    m_buttonRow->addWidget(m_endButton);
    m_buttonRow->addStretch();
    m_doneLabel = Labels::text(QStringLiteral("doneLabel"), this);
    m_doneLabel->hide();
    m_errorLabel = ValidatedForm::makeMessageLabel(QStringLiteral("errorLabel"), this);

    connect(m_endButton, &QPushButton::clicked, this, &IndirectPartnersPage::endSelected);
    connect(m_viewCustomersButton, &QPushButton::clicked, this, &IndirectPartnersPage::viewCustomers);
    // Enter or a double-click on a relationship shows the customers both serve.
    connect(m_table, &QTableWidget::itemActivated, this, &IndirectPartnersPage::viewCustomers);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &IndirectPartnersPage::updateButtons);
}

void IndirectPartnersPage::retranslateUi()
{
    m_table->setHorizontalHeaderLabels(headers());
    m_endButton->setText(tr("&End relationship…"));
    m_viewCustomersButton->setText(tr("View c&ustomers…"));
    showDone(QString());
}

QString IndirectPartnersPage::dateText(const QDateTime& at)
{
    return QLocale().toString(at.toLocalTime().date(), QLocale::ShortFormat);
}

QString IndirectPartnersPage::statusText(const IndirectRelationship& r)
{
    if (r.status == RelationshipStatus::Active) {
        return Enums::displayName(RelationshipStatus::Active);
    }
    //: A relationship's status: when it ended and who ended it (a person and their company).
    return tr("Ended on %1 by %2 (%3)").arg(dateText(r.ended), r.endedByName, r.endedByPartnerName);
}

void IndirectPartnersPage::reload()
{
    showError(QString());
    auto loaded = load();
    if (!loaded) {
        showError(loaded.errorString());
    }
    showList(loaded ? loaded.value() : QList<IndirectRelationship>());
    reloadMore();
    updateButtons();
}

void IndirectPartnersPage::showList(const QList<IndirectRelationship>& list)
{
    const QString selectedId = selected() ? selected()->id : QString();
    m_list = list;
    QList<QStringList> rows;
    for (const IndirectRelationship& r : std::as_const(m_list)) {
        rows << rowOf(r);
    }
    Tables::setRows(m_table, rows);
    for (int row = 0; row < m_list.size(); ++row) {
        if (m_list.at(row).id == selectedId) {
            m_table->selectRow(row);
        }
    }
    updateButtons();
}

const IndirectRelationship* IndirectPartnersPage::selected() const
{
    const int row = Tables::selectedRow(m_table);
    return row >= 0 && row < m_list.size() ? &m_list.at(row) : nullptr;
}

void IndirectPartnersPage::updateButtons()
{
    m_endButton->setVisible(m_session.can(Action::EndIndirectRelationship));
    const IndirectRelationship* r = selected();
    m_endButton->setEnabled(r && r->status == RelationshipStatus::Active);
    m_viewCustomersButton->setVisible(m_session.can(Action::ViewCustomers));
    m_viewCustomersButton->setEnabled(r != nullptr);
    updateMoreButtons();
}

void IndirectPartnersPage::showDone(const QString& message)
{
    ValidatedForm::showOutcome(m_doneLabel, m_errorLabel, message);
}

void IndirectPartnersPage::showError(const QString& message)
{
    ValidatedForm::showOutcome(m_errorLabel, m_doneLabel, message);
}

void IndirectPartnersPage::viewCustomers()
{
    const IndirectRelationship* r = selected();
    if (!r || !m_session.can(Action::ViewCustomers)) {
        return;
    }
    SharedCustomersDialog dialog(m_workspace, m_session, *r, otherParty(*r).name, this);
    dialog.exec();
}

void IndirectPartnersPage::endSelected()
{
    const IndirectRelationship* r = selected();
    if (!r) {
        return;
    }
    const IndirectRelationship chosen = *r;
    const QString other = otherParty(chosen).name;
    QMessageBox box(QMessageBox::Warning, tr("End relationship"), tr("End the relationship with %1?").arg(other),
                    QMessageBox::NoButton, this);
    box.setObjectName(QStringLiteral("endRelationshipMessageBox"));
    box.setInformativeText(endConsequences(chosen));
    MessageBoxes::makePlain(box);
    QPushButton* end = box.addButton(tr("&End relationship"), QMessageBox::DestructiveRole);
    end->setObjectName(QStringLiteral("confirmEndPushButton"));
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    if (box.clickedButton() != end) {
        return;
    }
    auto ended = m_workspace.relationships().end(m_session, chosen.id);
    if (!ended) {
        reload(); // it may have changed meanwhile: show it as it is, then why it was refused
        showError(ended.errorString());
        return;
    }
    reload();
    showDone(tr("The relationship with %1 has ended. It stays in the list as history.").arg(other));
}
