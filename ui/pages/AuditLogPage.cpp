#include "AuditLogPage.h"

#include "services/AuditService.h"
#include "services/Workspace.h"
#include "widgets/Labels.h"
#include "widgets/ValidatedForm.h"

#include <QApplication>
#include <QCryptographicHash>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

AuditLogPage::AuditLogPage(Workspace& workspace, const Session& session, QWidget* parent)
    : Page(workspace, session, parent)
{
    setObjectName(QStringLiteral("auditLogPage"));
    m_heading = makeHeading(QStringLiteral("auditLogHeadingLabel"), this);
    m_introLabel = Labels::text(QStringLiteral("auditLogIntroLabel"), this);
    m_verifyButton = new QPushButton(this);
    m_verifyButton->setObjectName(QStringLiteral("verifyAuditLogPushButton"));
    m_resultLabel = Labels::text(QStringLiteral("auditLogResultLabel"), this);
    m_resultLabel->hide();
    m_errorLabel = ValidatedForm::makeMessageLabel(QStringLiteral("auditLogErrorLabel"), this);
    m_errorLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_keptLabel = Labels::text(QStringLiteral("auditLogAnchorLabel"), this);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_verifyButton);
    buttons->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_introLabel);
    layout->addLayout(buttons);
    layout->addWidget(m_resultLabel);
    layout->addWidget(m_errorLabel);
    layout->addWidget(m_keptLabel);
    layout->addStretch();

    connect(m_verifyButton, &QPushButton::clicked, this, &AuditLogPage::verify);
    retranslateUi();
    reloadWhenShown();
}

QString AuditLogPage::title() const
{
    return tr("Audit log integrity");
}

void AuditLogPage::retranslateUi()
{
    m_heading->setText(tr("Audit log integrity"));
    m_introLabel->setText(tr("Every change of status, role, relationship, invitation, order and license is written "
                             "to the audit log (the Activity log lists it), each event sealed together with the one "
                             "before it. Verifying the "
                             "chain finds an event that was changed, removed or slipped in, even by whoever runs "
                             "the database, and names the first one."));
    m_verifyButton->setText(tr("V&erify the audit log"));
    m_verifyButton->setToolTip(tr("Check every event of the audit log against the one before it"));
    showReport();
}

QString AuditLogPage::settingsGroup(const QString& workspacePath)
{
    // One group per workspace, named without the characters QSettings keys can't hold.
    return QStringLiteral("auditAnchors/")
        + QString::fromLatin1(
               QCryptographicHash::hash(workspacePath.toUtf8(), QCryptographicHash::Sha256).toHex().left(32));
}

AuditAnchor AuditLogPage::keptAnchor(const QString& workspacePath, QDateTime* checkedAt)
{
    QSettings settings;
    settings.beginGroup(settingsGroup(workspacePath));
    auto anchor = AuditService::parseAnchor(settings.value(QStringLiteral("anchor")).toString());
    if (checkedAt) {
        *checkedAt = settings.value(QStringLiteral("checkedAt")).toDateTime();
    }
    return anchor ? anchor.value() : AuditAnchor();
}

void AuditLogPage::reload()
{
    QDateTime checkedAt;
    const AuditAnchor anchor = keptAnchor(m_workspace.path(), &checkedAt);
    if (anchor.isNull()) {
        m_keptLabel->setText(tr("This desk has not found the audit log of this workspace intact yet. After an intact "
                                "check it remembers the newest event, and later checks also find events cut from "
                                "the end."));
        return;
    }
    const QLocale locale;
    m_keptLabel->setText(tr("Last intact check at this desk: %1, up to event %2. Later checks also find events cut "
                            "from there or a chain rewritten whole. To check from the command line:\n"
                            "partnerdesk --verify-audit --audit-anchor %3")
                             .arg(locale.toString(checkedAt.toLocalTime(), QLocale::ShortFormat),
                                  locale.toString(anchor.id), AuditService::anchorText(anchor)));
}

void AuditLogPage::verify()
{
    m_report.reset();
    showReport();
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto report = m_workspace.auditLog().verifyChain(m_session, keptAnchor(m_workspace.path()));
    QApplication::restoreOverrideCursor();
    if (!report) {
        ValidatedForm::showMessage(m_errorLabel, report.errorString());
        return;
    }
    m_report = report.value();
    showReport();
    // Only an intact chain becomes the anchor: a later check compares with what was last found
    // intact.
    if (report->intact() && !report->last.isNull()) {
        QSettings settings;
        settings.beginGroup(settingsGroup(m_workspace.path()));
        settings.setValue(QStringLiteral("anchor"), AuditService::anchorText(report->last));
        settings.setValue(QStringLiteral("checkedAt"), m_workspace.now());
        reload();
    }
}

void AuditLogPage::showReport()
{
    const bool intact = m_report && m_report->intact();
    m_resultLabel->setText(intact ? AuditService::describe(*m_report) : QString());
    m_resultLabel->setVisible(intact);
    ValidatedForm::showMessage(m_errorLabel, m_report && !intact ? AuditService::describe(*m_report) : QString());
}
