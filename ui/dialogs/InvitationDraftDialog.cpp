#include "InvitationDraftDialog.h"

#include "common/MessageLanguage.h"
#include "services/InvitationService.h"
#include "services/Workspace.h"
#include "widgets/Email.h"
#include "widgets/Labels.h"
#include "widgets/MessageBoxes.h"
#include "widgets/ValidatedForm.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

InvitationDraftDialog::InvitationDraftDialog(Workspace& workspace, const Session& session, InvitationKind kind,
                                             const QString& providerAccountId, QWidget* parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_session(session)
    , m_fields(new ValidatedForm(this))
{
    setObjectName(QStringLiteral("invitationDraftDialog"));
    m_intro = Labels::text(QStringLiteral("introLabel"), this);
    m_form = new QFormLayout;
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    m_recipient = new QLineEdit(this);
    m_recipient->setObjectName(QStringLiteral("recipientLineEdit"));
    addRow(QStringLiteral("recipientEmail"), m_recipient);
    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("languageComboBox"));
    for (const QString& code : MessageLanguage::available()) {
        m_language->addItem(QString(), code);
    }
    addRow(QStringLiteral("language"), m_language);
    m_subject = new QLineEdit(this);
    m_subject->setObjectName(QStringLiteral("subjectLineEdit"));
    addRow(QStringLiteral("subject"), m_subject);
    m_body = new QPlainTextEdit(this);
    m_body->setObjectName(QStringLiteral("bodyPlainTextEdit"));
    m_body->setTabChangesFocus(true);
    m_body->setMinimumHeight(220);
    addRow(QStringLiteral("body"), m_body);

    m_link = new QLineEdit(this);
    m_link->setObjectName(QStringLiteral("linkLineEdit"));
    m_link->setReadOnly(true);
    m_link->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_restoreButton = new QPushButton(this);
    m_restoreButton->setObjectName(QStringLiteral("restoreTextPushButton"));
    auto* linkRow = new QHBoxLayout;
    linkRow->addWidget(m_link, 1);
    linkRow->addWidget(m_restoreButton);
    m_linkCaption = new QLabel(this);
    m_linkCaption->setObjectName(QStringLiteral("linkCaptionLabel"));
    m_linkCaption->setBuddy(m_link);
    m_form->addRow(m_linkCaption, linkRow);

    m_statusLabel = Labels::text(QStringLiteral("statusLabel"), this);
    m_statusLabel->hide();
    m_errorLabel = ValidatedForm::makeMessageLabel(QStringLiteral("errorLabel"), this);

    m_buttons = new QDialogButtonBox(this);
    m_buttons->setObjectName(QStringLiteral("invitationButtonBox"));
    m_openButton = m_buttons->addButton(QString(), QDialogButtonBox::ActionRole);
    m_openButton->setObjectName(QStringLiteral("openInEmailPushButton"));
    m_copyButton = m_buttons->addButton(QString(), QDialogButtonBox::ActionRole);
    m_copyButton->setObjectName(QStringLiteral("copyToClipboardPushButton"));
    m_doneButton = m_buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_doneButton->setObjectName(QStringLiteral("donePushButton"));
    m_cancelButton = m_buttons->addButton(QString(), QDialogButtonBox::RejectRole);
    m_cancelButton->setObjectName(QStringLiteral("cancelPushButton"));
    // Enter in the recipient or subject line must not send half a message.
    for (QPushButton* button : {m_openButton, m_copyButton, m_doneButton, m_cancelButton}) {
        button->setAutoDefault(false);
    }

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(m_form, 1);
    layout->addWidget(m_statusLabel);
    layout->addWidget(m_errorLabel);
    layout->addWidget(m_buttons);

    m_fields->setValidator([this]() { return InvitationService::validate(draft()); });
    connect(m_fields, &ValidatedForm::edited, this, [this]() {
        ValidatedForm::showMessage(m_errorLabel, QString());
        ValidatedForm::growToFit(this);
    });
    connect(m_language, &QComboBox::activated, this, &InvitationDraftDialog::languageChosen);
    connect(m_restoreButton, &QPushButton::clicked, this, &InvitationDraftDialog::restoreText);
    connect(m_openButton, &QPushButton::clicked, this, &InvitationDraftDialog::openInEmail);
    connect(m_copyButton, &QPushButton::clicked, this, &InvitationDraftDialog::copyToClipboard);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &InvitationDraftDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &InvitationDraftDialog::reject);

    // The recipient's language starts as the sender's.
    const QString language = MessageLanguage::available().contains(QLocale().name().left(2)) ? QLocale().name().left(2)
                                                                                             : QStringLiteral("en");
    m_language->setCurrentIndex(qMax(0, m_language->findData(language)));
    m_draft.kind = kind;
    auto made = m_workspace.invitations().newDraft(m_session, kind, language, providerAccountId);
    if (made) {
        m_draft = made.value();
        m_link->setText(m_draft.link);
        m_link->setCursorPosition(0);
        showDraftText();
    } else {
        m_error = made.errorString();
    }
    retranslateUi();
    resize(680, 620);
    m_recipient->setFocus();
}

void InvitationDraftDialog::addRow(const QString& field, QWidget* input)
{
    m_rowLabels.insert(field, m_fields->addRow(m_form, field, input));
}

InvitationDraft InvitationDraftDialog::draft() const
{
    InvitationDraft current = m_draft;
    current.recipientEmail = m_recipient->text();
    current.language = m_language->currentData().toString();
    current.subject = m_subject->text();
    current.body = m_body->toPlainText();
    return current;
}

void InvitationDraftDialog::setRecipient(const QString& email)
{
    m_recipient->setText(email);
    m_fields->markEdited(QStringLiteral("recipientEmail"));
}

void InvitationDraftDialog::showDraftText()
{
    {
        const QSignalBlocker blockSubject(m_subject);
        const QSignalBlocker blockBody(m_body);
        m_subject->setText(m_draft.subject);
        m_subject->setCursorPosition(0); // the start of the subject is what to read
        m_body->setPlainText(m_draft.body);
    }
    ValidatedForm::showMessage(m_errorLabel, QString());
    m_fields->revalidate();
}

bool InvitationDraftDialog::textEdited() const
{
    return m_subject->text() != m_draft.subject || m_body->toPlainText() != m_draft.body;
}

void InvitationDraftDialog::languageChosen()
{
    const QString language = m_language->currentData().toString();
    if (language == m_draft.language) {
        return;
    }
    if (textEdited()) {
        QMessageBox box(QMessageBox::Question, tr("Write the message again"),
                        tr("Write the subject and message again in %1? Your changes to them will be replaced.")
                            .arg(m_language->currentText()),
                        QMessageBox::NoButton, this);
        box.setObjectName(QStringLiteral("rewriteMessageBox"));
        MessageBoxes::makePlain(box);
        QPushButton* rewrite = box.addButton(tr("&Write again"), QMessageBox::AcceptRole);
        box.addButton(QMessageBox::Cancel);
        box.setDefaultButton(QMessageBox::Cancel);
        box.exec();
        if (box.clickedButton() != rewrite) {
            m_language->setCurrentIndex(m_language->findData(m_draft.language));
            return;
        }
    }
    auto written = m_workspace.invitations().rewritten(m_session, m_draft, language);
    if (!written) {
        m_language->setCurrentIndex(m_language->findData(m_draft.language));
        ValidatedForm::showMessage(m_errorLabel, written.errorString());
        return;
    }
    m_draft = written.value();
    showDraftText();
}

void InvitationDraftDialog::restoreText()
{
    auto written = m_workspace.invitations().rewritten(m_session, m_draft, m_language->currentData().toString());
    if (!written) {
        ValidatedForm::showMessage(m_errorLabel, written.errorString());
        return;
    }
    m_draft = written.value();
    showDraftText();
    m_body->setFocus();
}

bool InvitationDraftDialog::record()
{
    ValidatedForm::showMessage(m_errorLabel, QString());
    if (!isReady()) {
        ValidatedForm::showMessage(m_errorLabel, m_error);
        return false;
    }
    if (!m_fields->revalidate(true)) {
        const QList<Error> problems = InvitationService::validate(draft());
        const QString field = problems.isEmpty() ? QString() : problems.constFirst().field();
        QWidget* input = field == QLatin1String("recipientEmail") ? static_cast<QWidget*>(m_recipient)
            : field == QLatin1String("subject")                   ? static_cast<QWidget*>(m_subject)
                                                                  : static_cast<QWidget*>(m_body);
        input->setFocus();
        ValidatedForm::growToFit(this);
        return false;
    }
    auto recorded = m_recorder ? m_recorder(draft()) : m_workspace.invitations().record(m_session, draft());
    if (!recorded) {
        m_fields->showError(recorded.error(), m_errorLabel);
        ValidatedForm::growToFit(this);
        return false;
    }
    m_invitation = recorded.value();
    m_cancelButton->setText(tr("&Close"));
    return true;
}

OutboxMessage InvitationDraftDialog::email() const
{
    const InvitationDraft current = draft();
    OutboxMessage message;
    message.recipient = current.recipientEmail;
    message.subject = current.subject;
    message.body = current.body;
    return message;
}

void InvitationDraftDialog::openInEmail()
{
    if (!record()) {
        return;
    }
    if (Email::open(email())) {
        showStatus(tr("%1 has the message. Send it from there, then choose Done.").arg(Email::mailProgram()));
    } else {
        ValidatedForm::showMessage(m_errorLabel, Email::notOpenedMessage());
    }
}

void InvitationDraftDialog::copyToClipboard()
{
    if (!record()) {
        return;
    }
    Email::copy(email());
    showStatus(tr("The recipient, subject and message with its link are on the clipboard: paste them into a new "
                  "email, then choose Done."));
}

void InvitationDraftDialog::accept()
{
    if (record()) {
        QDialog::accept();
    }
}

void InvitationDraftDialog::showStatus(const QString& message)
{
    m_statusLabel->setText(message);
    m_statusLabel->setVisible(!message.isEmpty());
    ValidatedForm::growToFit(this);
}

void InvitationDraftDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        m_fields->revalidate();
    }
    QDialog::changeEvent(event);
}

void InvitationDraftDialog::retranslateUi()
{
    const QString recorded = tr("The invitation is recorded as Pending when you open it in email, copy it or choose "
                                "Done, and the link works once, for %1 days.")
                                 .arg(InvitationService::ValidityDays);
    switch (m_draft.kind) {
    case InvitationKind::ResellerOfProvider:
        setWindowTitle(tr("Invite a reseller"));
        m_intro->setText(tr("Write to the indirect reseller you want to work with. The message carries a link made "
                            "for this invitation: change the text around it as you like, but keep the link as it "
                            "is.")
                         + QLatin1Char(' ') + recorded);
        break;
    case InvitationKind::CustomerOfReseller:
        setWindowTitle(tr("Request a reseller relationship"));
        m_intro->setText(tr("Ask a customer to make you its reseller. The message carries a link made for this "
                            "invitation: change the text around it as you like, but keep the link as it is.")
                         + QLatin1Char(' ') + recorded);
        break;
    case InvitationKind::CustomerOfResellerAndProvider:
        setWindowTitle(tr("Invite a new customer"));
        m_intro->setText(tr("Ask a new customer to authorize reseller relationships with you and your indirect "
                            "provider, so that the provider can submit orders for it. Keep the link in the message "
                            "as it is: it is personalized for you and your provider.")
                         + QLatin1Char(' ') + recorded);
        break;
    }
    m_recipient->setPlaceholderText(m_draft.kind == InvitationKind::ResellerOfProvider ? tr("name@reseller.example")
                                                                                       : tr("name@customer.example"));
    m_rowLabels.value(QStringLiteral("recipientEmail"))->setText(tr("&To:"));
    m_rowLabels.value(QStringLiteral("language"))->setText(tr("&Language of the message:"));
    m_rowLabels.value(QStringLiteral("subject"))->setText(tr("&Subject:"));
    m_rowLabels.value(QStringLiteral("body"))->setText(tr("&Message:"));
    m_linkCaption->setText(tr("Personali&zed link:"));
    m_language->setItemText(0, tr("English"));
    m_language->setItemText(1, tr("Spanish"));
    m_restoreButton->setText(tr("&Restore text"));
    m_restoreButton->setToolTip(tr("Write the subject and message again, with the link, in the language chosen."));
    m_openButton->setText(tr("&Open in email"));
    // Offered only where something can write the message: never a Done after a message that
    // went nowhere.
    const QString program = Email::mailProgram();
    m_openButton->setEnabled(!program.isEmpty());
    m_openButton->setToolTip(program.isEmpty() ? tr("No email program is set up on this computer. Use Copy to "
                                                    "clipboard and paste the message into a new email.")
                                               : tr("Opens the message in %1.").arg(program));
    m_copyButton->setText(tr("Cop&y to clipboard"));
    m_doneButton->setText(tr("&Done"));
    m_cancelButton->setText(isRecorded() ? tr("&Close") : tr("Cancel"));
}
