#include "OrderRequestsPage.h"

#include "services/OrderService.h"
#include "services/Workspace.h"
#include "widgets/Labels.h"
#include "widgets/MessageBoxes.h"
#include "widgets/Tables.h"
#include "widgets/ValidatedForm.h"

#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {

// raised, customer, other party, request, quantity, term, status, decision, note (last: it stretches)
constexpr int ColumnCount = 9;
constexpr int DecisionColumn = 7;
constexpr int NoteColumn = 8;
constexpr int DecisionWidth = 280;

QString dateText(const QDateTime& at)
{
    return QLocale().toString(at.toLocalTime().date(), QLocale::ShortFormat);
}

} // namespace

OrderRequestsPage::OrderRequestsPage(Workspace& workspace, const Session& session, QWidget* parent)
    : Page(workspace, session, parent)
{
    setObjectName(QStringLiteral("orderRequestsPage"));
    m_heading = makeHeading(QStringLiteral("orderRequestsPageHeadingLabel"), this);
    m_intro = Labels::text(QStringLiteral("orderRequestsPageIntroLabel"), this);
    m_emptyLabel = Labels::text(QStringLiteral("noOrderRequestsLabel"), this);
    m_emptyLabel->setForegroundRole(QPalette::PlaceholderText);
    m_emptyLabel->hide();
    m_table = Tables::makeReadOnly(QStringLiteral("orderRequestsTableWidget"), ColumnCount, this);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setWordWrap(false);

    m_fulfillButton = new QPushButton(this);
    m_fulfillButton->setObjectName(QStringLiteral("fulfillRequestPushButton"));
    m_declineButton = new QPushButton(this);
    m_declineButton->setObjectName(QStringLiteral("declineRequestPushButton"));
    auto* buttonRow = new QHBoxLayout;
    buttonRow->addWidget(m_fulfillButton);
    buttonRow->addWidget(m_declineButton);
    buttonRow->addStretch();
    m_doneLabel = Labels::text(QStringLiteral("doneLabel"), this);
    m_doneLabel->hide();
    m_errorLabel = ValidatedForm::makeMessageLabel(QStringLiteral("errorLabel"), this);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_intro);
    layout->addWidget(m_emptyLabel);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttonRow);
    layout->addWidget(m_doneLabel);
    layout->addWidget(m_errorLabel);

    // U2: only who may decide requests sees the buttons; core refuses anyone else anyway.
    const bool decides = receivesRequests() && m_session.can(Action::HandleOrderRequests);
    m_fulfillButton->setVisible(decides);
    m_declineButton->setVisible(decides);

    connect(m_fulfillButton, &QPushButton::clicked, this, &OrderRequestsPage::fulfillSelected);
    connect(m_declineButton, &QPushButton::clicked, this, &OrderRequestsPage::declineSelected);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &OrderRequestsPage::updateButtons);
    retranslateUi();
    reloadWhenShown();
}

QString OrderRequestsPage::title() const
{
    return tr("Order requests");
}

bool OrderRequestsPage::raisesRequests() const
{
    return m_session.partner && m_session.partner->types().contains(PartnerType::IndirectReseller);
}

bool OrderRequestsPage::receivesRequests() const
{
    return m_session.partner && m_session.partner->types().contains(PartnerType::IndirectProvider);
}

void OrderRequestsPage::retranslateUi()
{
    m_heading->setText(tr("Order requests"));
    QString otherParty = tr("Partner");
    if (raisesRequests() && receivesRequests()) {
        m_intro->setText(tr("The order requests you raised with your indirect providers, and those your resellers "
                            "addressed to you."));
    } else if (receivesRequests()) {
        otherParty = tr("Reseller");
        m_intro->setText(tr("What your indirect resellers ask you to order for their customers. Fulfilling a "
                            "request places the order at once, with the reseller as partner on record; declining "
                            "it sends the reseller your reason."));
    } else {
        otherParty = tr("Provider");
        m_intro->setText(tr("The orders you asked your indirect providers to place. Raise a request from a "
                            "customer's Services tab on the Customers page."));
    }
    m_table->setAccessibleName(tr("Order requests"));
    m_table->setHorizontalHeaderLabels({tr("Raised"), tr("Customer"), otherParty, tr("Request"), tr("Quantity"),
                                        tr("Term"), tr("Status"), tr("Decision"), tr("Note")});
    // Alt+F, Alt+V and Alt+H open the window's File, View and Help menus.
    m_fulfillButton->setText(tr("F&ulfill…"));
    m_fulfillButton->setToolTip(tr("Place the order the selected request asks for"));
    m_declineButton->setText(tr("&Decline…"));
    m_declineButton->setToolTip(tr("Decline the selected request with a reason the reseller reads"));
}

void OrderRequestsPage::reload()
{
    showError(QString());
    const QString selectedId = selected() ? selected()->id : QString();
    auto loaded = m_workspace.orders().orderRequests(m_session);
    m_requests = loaded ? loaded.value() : QList<OrderRequest>();
    if (!loaded) {
        showError(loaded.errorString());
    }
    const QLocale locale;
    QList<QStringList> rows;
    for (const OrderRequest& r : std::as_const(m_requests)) {
        // A reseller reads which provider it asked; a provider, which reseller asked it.
        const bool raised = m_session.partner && r.resellerAccountId == m_session.partner->id;
        //: A reseller: its name, then its Partner ID.
        const QString other = raised ? r.providerName : tr("%1 (%2)").arg(r.resellerName, r.resellerPartnerId);
        QString decision;
        if (r.status == OrderRequestStatus::Declined) {
            decision = r.decisionReason.simplified();
        } else if (r.status == OrderRequestStatus::Fulfilled) {
            decision = tr("Ordered by %1 on %2").arg(r.decidedByName, dateText(r.decided));
        }
        const bool cancel = r.line.type == TransactionType::Cancel;
        //: What a request asks for: its transaction, then the offer.
        rows << QStringList{dateText(r.created),
                            r.customerName,
                            other,
                            tr("%1: %2").arg(Enums::displayName(r.line.type), r.offerName),
                            cancel ? QString() : locale.toString(r.line.quantity),
                            Enums::displayName(r.line.term),
                            Enums::displayName(r.status),
                            decision,
                            r.note.simplified()};
    }
    Tables::setRows(m_table, rows);
    if (m_table->columnWidth(DecisionColumn) > DecisionWidth) {
        m_table->setColumnWidth(DecisionColumn, DecisionWidth);
    }
    for (int row = 0; row < m_requests.size(); ++row) {
        // The whole note and reason, as typed, where the table shows them on one line.
        if (QTableWidgetItem* note = m_table->item(row, NoteColumn)) {
            note->setToolTip(Labels::plainToolTip(m_requests.at(row).note));
        }
        if (QTableWidgetItem* decision = m_table->item(row, DecisionColumn)) {
            decision->setToolTip(Labels::plainToolTip(m_requests.at(row).decisionReason));
        }
    }
    m_emptyLabel->setText(receivesRequests() && !raisesRequests()
                              ? tr("No order requests yet. Your resellers raise them from their customers' pages.")
                              : tr("No order requests yet."));
    m_emptyLabel->setVisible(m_requests.isEmpty());
    select(selectedId);
    updateButtons();
}

const OrderRequest* OrderRequestsPage::selected() const
{
    const int row = Tables::selectedRow(m_table);
    return row >= 0 && row < m_requests.size() ? &m_requests.at(row) : nullptr;
}

void OrderRequestsPage::select(const QString& requestId)
{
    for (int row = 0; row < m_requests.size(); ++row) {
        if (m_requests.at(row).id == requestId) {
            m_table->selectRow(row);
            return;
        }
    }
}

void OrderRequestsPage::updateButtons()
{
    const OrderRequest* r = selected();
    const bool decidable = r && r->status == OrderRequestStatus::Open && m_session.partner
        && r->providerAccountId == m_session.partner->id;
    m_fulfillButton->setEnabled(decidable);
    m_declineButton->setEnabled(decidable);
}

void OrderRequestsPage::fulfillSelected()
{
    const OrderRequest* r = selected();
    if (!r) {
        return;
    }
    const OrderRequest request = *r;
    QString text = tr("Place this order for %1 now, with %2 (Partner ID %3) as partner on record?")
                       .arg(request.customerName, request.resellerName, request.resellerPartnerId);
    text += QStringLiteral("\n\n") + OrderService::describe(request.line, request.offerName);
    if (!request.note.isEmpty()) {
        text += QStringLiteral("\n\n") + tr("Their note: %1").arg(request.note);
    }
    QMessageBox box(QMessageBox::Question, tr("Fulfill order request"), text, QMessageBox::NoButton, this);
    box.setObjectName(QStringLiteral("fulfillRequestMessageBox"));
    MessageBoxes::makePlain(box);
    QPushButton* fulfill = box.addButton(tr("Place &order"), QMessageBox::AcceptRole);
    fulfill->setObjectName(QStringLiteral("confirmFulfillPushButton"));
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    if (box.clickedButton() != fulfill) {
        return;
    }
    showDone(QString());
    auto order = m_workspace.orders().fulfill(m_session, request.id);
    reload(); // someone else may have decided it already
    if (!order) {
        showError(order.errorString());
        return;
    }
    select(request.id);
    showDone(tr("The order for %1 is placed and the request is Fulfilled; %2 gets a message.")
                 .arg(request.customerName, request.resellerName));
}

void OrderRequestsPage::declineSelected()
{
    const OrderRequest* r = selected();
    if (!r) {
        return;
    }
    const OrderRequest request = *r;
    QInputDialog prompt(this);
    prompt.setObjectName(QStringLiteral("declineReasonInputDialog"));
    prompt.setWindowTitle(tr("Decline order request"));
    prompt.setInputMode(QInputDialog::TextInput);
    // Several lines, where Enter starts a new line rather than declining.
    prompt.setOption(QInputDialog::UsePlainTextEditForTextInput);
    prompt.setLabelText(tr("Why do you decline the request of %1 for %2? %1 reads this reason.")
                            .arg(request.resellerName, request.customerName));
    MessageBoxes::makePlain(prompt);
    prompt.setOkButtonText(tr("&Decline request"));
    prompt.setTextValue(m_declineReasons.value(request.id));
    const bool confirmed = prompt.exec() == QDialog::Accepted;
    // Whatever happens next, what was typed is there the next time, until the request is declined.
    m_declineReasons.insert(request.id, prompt.textValue());
    if (!confirmed) {
        return;
    }
    showDone(QString());
    Status declined = m_workspace.orders().decline(m_session, request.id, prompt.textValue());
    if (!declined) {
        const QString message = declined.errorString();
        reload();
        select(request.id);
        showError(message);
        return;
    }
    m_declineReasons.remove(request.id);
    reload();
    select(request.id);
    showDone(tr("The request of %1 for %2 is Declined; %1 gets your reason.")
                 .arg(request.resellerName, request.customerName));
}

void OrderRequestsPage::showDone(const QString& message)
{
    ValidatedForm::showOutcome(m_doneLabel, m_errorLabel, message);
}

void OrderRequestsPage::showError(const QString& message)
{
    ValidatedForm::showOutcome(m_errorLabel, m_doneLabel, message);
}
