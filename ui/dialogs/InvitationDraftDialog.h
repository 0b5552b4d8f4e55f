#pragma once

// The email draft dialog (P2, C1, C2): a message with a personalized invitation link — to an
// indirect reseller, or to a customer for the reseller alone or with its provider — written in the
// language the sender picks for the recipient. People edit the text but not the link; Open in
// email, Copy to clipboard and Done record the invitation as Pending first, and refuse, saying
// why, while the link is missing or changed.

#include "domain/Invitation.h"
#include "domain/OutboxMessage.h"
#include "security/Session.h"

#include <QDialog>
#include <QHash>

#include <functional>

class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class ValidatedForm;
class Workspace;

class InvitationDraftDialog : public QDialog
{
    Q_OBJECT

public:
    // providerAccountId: the provider a customer is invited with (C1), empty otherwise.
    InvitationDraftDialog(Workspace& workspace, const Session& session, InvitationKind kind,
                          const QString& providerAccountId = {}, QWidget* parent = nullptr);

    // Whether the draft could be made (the session may invite); errorString() says why not.
    bool isReady() const { return !m_draft.link.isEmpty(); }
    QString errorString() const { return m_error; }
    // The invitation as recorded, once Open in email, Copy to clipboard or Done succeeded.
    const Invitation& invitation() const { return m_invitation; }
    bool isRecorded() const { return !m_invitation.id.isEmpty(); }
    InvitationDraft draft() const;
    // Fills in the recipient for the sender, who may still change it (a referral's contact, C8).
    void setRecipient(const QString& email);
    // How the draft is recorded when it is not by InvitationService::record alone: a referral's
    // invitation is recorded and linked in one service call (S12).
    using Recorder = std::function<Result<Invitation>(const InvitationDraft& draft)>;
    void setRecorder(Recorder recorder) { m_recorder = std::move(recorder); }

public Q_SLOTS:
    void accept() override;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void addRow(const QString& field, QWidget* input);
    void languageChosen();
    void restoreText();
    // Fills subject and body from m_draft without counting as edits.
    void showDraftText();
    bool textEdited() const;
    // Validates everything, records the draft, and says why not when it can't.
    bool record();
    // The message as the person's email program or clipboard gets it.
    OutboxMessage email() const;
    void openInEmail();
    void copyToClipboard();
    void showStatus(const QString& message);

    Workspace& m_workspace;
    Session m_session;
    InvitationDraft m_draft; // as written by PartnerDesk: the text to restore, the link to keep
    Invitation m_invitation;
    QString m_error;
    Recorder m_recorder;

    ValidatedForm* m_fields;
    QFormLayout* m_form;
    QHash<QString, QLabel*> m_rowLabels;
    QLabel* m_intro;
    QLineEdit* m_recipient;
    QComboBox* m_language;
    QLineEdit* m_subject;
    QPlainTextEdit* m_body;
    QLabel* m_linkCaption;
    QLineEdit* m_link;
    QPushButton* m_restoreButton;
    QLabel* m_statusLabel;
    QLabel* m_errorLabel;
    QDialogButtonBox* m_buttons;
    QPushButton* m_openButton;
    QPushButton* m_copyButton;
    QPushButton* m_doneButton;
    QPushButton* m_cancelButton;
};
