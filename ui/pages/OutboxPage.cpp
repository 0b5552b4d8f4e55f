#include "OutboxPage.h"

#include "services/OutboxService.h"
#include "services/Workspace.h"
#include "widgets/Email.h"
#include "widgets/Labels.h"
#include "widgets/Tables.h"
#include "widgets/ValidatedForm.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

OutboxPage::OutboxPage(Workspace& workspace, const Session& session, QWidget* parent)
    : Page(workspace, session, parent)
{
    setObjectName(QStringLiteral("outboxPage"));
    m_heading = makeHeading(QStringLiteral("outboxHeadingLabel"), this);
    m_introLabel = Labels::text(QStringLiteral("outboxIntroLabel"), this);
    m_emptyLabel = Labels::text(QStringLiteral("outboxEmptyLabel"), this);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("outboxSplitter"));
    splitter->setChildrenCollapsible(false);
    m_table = Tables::makeReadOnly(QStringLiteral("outboxTableWidget"), 3, splitter);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);

    m_messageGroup = new QGroupBox(splitter);
    m_messageGroup->setObjectName(QStringLiteral("messageGroupBox"));
    auto* messageLayout = new QVBoxLayout(m_messageGroup);
    m_messageForm = new QFormLayout;
    m_recipientLabel = Labels::text(QStringLiteral("messageRecipientLabel"), m_messageGroup);
    m_subjectLabel = Labels::text(QStringLiteral("messageSubjectLabel"), m_messageGroup);
    for (QLabel* label : {m_recipientLabel, m_subjectLabel}) {
        m_messageForm->addRow(new QLabel(m_messageGroup), label);
    }
    messageLayout->addLayout(m_messageForm);
    m_body = new QPlainTextEdit(m_messageGroup);
    m_body->setObjectName(QStringLiteral("messageBodyPlainTextEdit"));
    m_body->setReadOnly(true);
    m_body->setTabChangesFocus(true);
    messageLayout->addWidget(m_body, 1);
    m_copyButton = new QPushButton(m_messageGroup);
    m_copyButton->setObjectName(QStringLiteral("copyMessagePushButton"));
    m_openButton = new QPushButton(m_messageGroup);
    m_openButton->setObjectName(QStringLiteral("openInEmailPushButton"));
    auto* buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_copyButton);
    buttons->addWidget(m_openButton);
    messageLayout->addLayout(buttons);
    splitter->addWidget(m_table);
    splitter->addWidget(m_messageGroup);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 2);

    m_errorLabel = ValidatedForm::makeMessageLabel(QStringLiteral("outboxErrorLabel"), this);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_introLabel);
    layout->addWidget(m_emptyLabel);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_errorLabel);

    connect(m_table, &QTableWidget::itemSelectionChanged, this, &OutboxPage::showSelected);
    connect(m_copyButton, &QPushButton::clicked, this, &OutboxPage::copySelected);
    connect(m_openButton, &QPushButton::clicked, this, &OutboxPage::openSelected);
    retranslateUi();
    reloadWhenShown();
}

QString OutboxPage::title() const
{
    return tr("Outbox");
}

void OutboxPage::retranslateUi()
{
    m_heading->setText(tr("Outbox"));
    m_introLabel->setText(tr("Every message this workspace has sent. PartnerDesk doesn't send email itself: copy a "
                             "message or open it in your email program to deliver it."));
    m_emptyLabel->setText(tr("The outbox is empty. Messages the workspace sends, such as verification codes, "
                             "appear here."));
    m_table->setAccessibleName(tr("Sent messages"));
    m_table->setHorizontalHeaderLabels({tr("Sent"), tr("To"), tr("Subject")});
    m_messageGroup->setTitle(tr("Message"));
    m_messageForm->labelForField(m_recipientLabel)->setProperty("text", tr("To:"));
    m_messageForm->labelForField(m_subjectLabel)->setProperty("text", tr("Subject:"));
    m_body->setAccessibleName(tr("Message body"));
    m_copyButton->setText(tr("&Copy"));
    m_copyButton->setToolTip(tr("Copy the recipient, subject and body to the clipboard"));
    m_openButton->setText(tr("&Open in email"));
    const QString program = Email::mailProgram();
    m_openButton->setToolTip(program.isEmpty() ? tr("No email program is set up on this computer. Use Copy and "
                                                    "paste the message into a new email.")
                                               : tr("Opens the message in %1.").arg(program));
}

void OutboxPage::reload()
{
    ValidatedForm::showMessage(m_errorLabel, QString());
    const OutboxMessage* selected = selectedMessage();
    const QString selectedId = selected ? selected->id : QString();

    auto messages = m_workspace.outbox().messages(m_session);
    if (!messages) {
        ValidatedForm::showMessage(m_errorLabel, messages.errorString());
    }
    {
        const QSignalBlocker blocker(m_table);
        m_messages = messages ? messages.value() : QList<OutboxMessage>();
        const QLocale locale;
        QList<QStringList> rows;
        for (const OutboxMessage& message : std::as_const(m_messages)) {
            rows << QStringList{locale.toString(message.created.toLocalTime(), QLocale::ShortFormat), message.recipient,
                                message.subject};
        }
        Tables::setRows(m_table, rows);
        m_table->clearSelection();
    }

    const bool empty = m_messages.isEmpty();
    m_emptyLabel->setVisible(empty && messages.ok());
    m_table->setEnabled(!empty);
    m_messageGroup->setEnabled(!empty);

    int row = 0; // the newest message unless the one shown before is still there
    for (int i = 0; i < m_messages.size(); ++i) {
        if (!selectedId.isEmpty() && m_messages[i].id == selectedId) {
            row = i;
            break;
        }
    }
    if (!empty) {
        m_table->selectRow(row);
    }
    showSelected();
}

const OutboxMessage* OutboxPage::selectedMessage() const
{
    const int row = Tables::selectedRow(m_table);
    return row >= 0 && row < m_messages.size() ? &m_messages[row] : nullptr;
}

void OutboxPage::showSelected()
{
    const OutboxMessage* message = selectedMessage();
    m_recipientLabel->setText(message ? message->recipient : QString());
    m_subjectLabel->setText(message ? message->subject : QString());
    m_body->setPlainText(message ? message->body : QString());
    m_copyButton->setEnabled(message != nullptr);
    m_openButton->setEnabled(message != nullptr && !Email::mailProgram().isEmpty());
}

void OutboxPage::copySelected()
{
    if (const OutboxMessage* message = selectedMessage()) {
        Email::copy(*message);
    }
}

void OutboxPage::openSelected()
{
    const OutboxMessage* message = selectedMessage();
    if (!message) {
        return;
    }
    ValidatedForm::showMessage(m_errorLabel, QString());
    if (!Email::open(*message)) {
        ValidatedForm::showMessage(m_errorLabel, Email::notOpenedMessage());
    }
}

void OutboxPage::showEvent(QShowEvent* event)
{
    reload();
    Page::showEvent(event);
}
