#include "EnrollmentReviewsPage.h"

#include "domain/Countries.h"
#include "domain/Validators.h"
#include "services/EnrollmentService.h"
#include "services/Workspace.h"
#include "widgets/Labels.h"
#include "widgets/MessageBoxes.h"
#include "widgets/Tables.h"
#include "widgets/ValidatedForm.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {

// The non-empty parts, in order, separated by commas.
QString joined(const QStringList& parts)
{
    QStringList present;
    for (const QString& part : parts) {
        if (!part.trimmed().isEmpty()) {
            present << part.trimmed();
        }
    }
    return present.join(QStringLiteral(", "));
}

} // namespace

EnrollmentReviewsPage::EnrollmentReviewsPage(Workspace& workspace, const Session& session, QWidget* parent)
    : Page(workspace, session, parent)
{
    setObjectName(QStringLiteral("enrollmentReviewsPage"));
    m_heading = makeHeading(QStringLiteral("enrollmentReviewsHeadingLabel"), this);
    m_introLabel = Labels::text(QStringLiteral("enrollmentReviewsIntroLabel"), this);
    m_emptyLabel = Labels::text(QStringLiteral("enrollmentReviewsEmptyLabel"), this);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("enrollmentReviewsSplitter"));
    splitter->setChildrenCollapsible(false);
    m_table = Tables::makeReadOnly(QStringLiteral("applicationsTableWidget"), 5, splitter);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);

    m_detailsGroup = new QGroupBox(splitter);
    m_detailsGroup->setObjectName(QStringLiteral("applicationGroupBox"));
    auto* detailsLayout = new QVBoxLayout(m_detailsGroup);
    m_detailsForm = new QFormLayout;
    m_tenantDomainLabel = Labels::text(QStringLiteral("applicationTenantDomainLabel"), m_detailsGroup);
    m_addressLabel = Labels::text(QStringLiteral("applicationAddressLabel"), m_detailsGroup);
    m_contactLabel = Labels::text(QStringLiteral("applicationContactLabel"), m_detailsGroup);
    m_supportLabel = Labels::text(QStringLiteral("applicationSupportLabel"), m_detailsGroup);
    m_organizationLabel = Labels::text(QStringLiteral("applicationOrganizationLabel"), m_detailsGroup);
    for (QLabel* label : {m_tenantDomainLabel, m_addressLabel, m_contactLabel, m_supportLabel, m_organizationLabel}) {
        m_detailsForm->addRow(new QLabel(m_detailsGroup), label);
    }
    detailsLayout->addLayout(m_detailsForm);
    m_checksLabel = new QLabel(m_detailsGroup);
    m_checksLabel->setObjectName(QStringLiteral("enrollmentChecksLabel"));
    detailsLayout->addWidget(m_checksLabel);
    m_checksTable = Tables::makeReadOnly(QStringLiteral("enrollmentChecksTableWidget"), 3, m_detailsGroup);
    m_checksTable->setSelectionMode(QAbstractItemView::NoSelection);
    m_checksLabel->setBuddy(m_checksTable);
    detailsLayout->addWidget(m_checksTable, 1);
    m_approveButton = new QPushButton(m_detailsGroup);
    m_approveButton->setObjectName(QStringLiteral("approvePushButton"));
    m_rejectButton = new QPushButton(m_detailsGroup);
    m_rejectButton->setObjectName(QStringLiteral("rejectPushButton"));
    auto* buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_rejectButton);
    buttons->addWidget(m_approveButton);
    detailsLayout->addLayout(buttons);
    splitter->addWidget(m_table);
    splitter->addWidget(m_detailsGroup);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 2);

    m_statusLabel = Labels::text(QStringLiteral("enrollmentReviewsStatusLabel"), this);
    m_statusLabel->hide();
    m_errorLabel = ValidatedForm::makeMessageLabel(QStringLiteral("enrollmentReviewsErrorLabel"), this);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_introLabel);
    layout->addWidget(m_emptyLabel);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_statusLabel);
    layout->addWidget(m_errorLabel);

    connect(m_table, &QTableWidget::itemSelectionChanged, this, &EnrollmentReviewsPage::showSelected);
    connect(m_approveButton, &QPushButton::clicked, this, &EnrollmentReviewsPage::approveSelected);
    connect(m_rejectButton, &QPushButton::clicked, this, &EnrollmentReviewsPage::rejectSelected);
    retranslateUi();
    reloadWhenShown();
}

QString EnrollmentReviewsPage::title() const
{
    return tr("Enrollment reviews");
}

void EnrollmentReviewsPage::retranslateUi()
{
    m_heading->setText(tr("Enrollment reviews"));
    m_introLabel->setText(tr("Partners whose primary contact verified their email wait here for a decision. Check "
                             "the results of the automatic checks, then approve the application or reject it with a "
                             "reason the primary contact reads."));
    m_emptyLabel->setText(tr("No applications are waiting for review."));
    m_table->setAccessibleName(tr("Applications under review"));
    m_table->setHorizontalHeaderLabels(
        {tr("Legal business name"), tr("Partner ID"), tr("Country/region"), tr("Submitted"), tr("Checks passed")});
    m_detailsForm->labelForField(m_tenantDomainLabel)->setProperty("text", tr("Tenant domain:"));
    m_detailsForm->labelForField(m_addressLabel)->setProperty("text", tr("Legal address:"));
    m_detailsForm->labelForField(m_contactLabel)->setProperty("text", tr("Primary contact:"));
    m_detailsForm->labelForField(m_supportLabel)->setProperty("text", tr("Customer support:"));
    m_detailsForm->labelForField(m_organizationLabel)->setProperty("text", tr("MPN organization:"));
    m_checksLabel->setText(tr("A&utomatic checks:"));
    m_checksTable->setAccessibleName(tr("Automatic checks"));
    m_checksTable->setHorizontalHeaderLabels({tr("Check"), tr("Result"), tr("Detail")});
    m_approveButton->setText(tr("&Approve"));
    m_approveButton->setToolTip(tr("Make the partner account Active and message its primary contact"));
    m_rejectButton->setText(tr("&Reject…"));
    m_rejectButton->setToolTip(tr("Reject the application with a reason the primary contact reads"));
    showDecision();
}

void EnrollmentReviewsPage::reload()
{
    ValidatedForm::showMessage(m_errorLabel, QString());
    const EnrollmentApplication* selected = selectedApplication();
    const QString selectedId = selected ? selected->account.id : QString();

    auto applications = m_workspace.enrollment().applications(m_session);
    if (!applications) {
        ValidatedForm::showMessage(m_errorLabel, applications.errorString());
    }
    {
        const QSignalBlocker blocker(m_table);
        m_applications = applications ? applications.value() : QList<EnrollmentApplication>();
        const QLocale locale;
        QList<QStringList> rows;
        for (const EnrollmentApplication& app : std::as_const(m_applications)) {
            int passed = 0;
            for (const EnrollmentCheck& check : app.checks) {
                passed += check.passed ? 1 : 0;
            }
            rows << QStringList{app.account.legal.legalName, app.account.partnerId,
                                Countries::name(app.account.legal.address.country),
                                locale.toString(app.account.created.toLocalTime().date(), QLocale::ShortFormat),
                                tr("%1 of %2").arg(passed).arg(app.checks.size())};
        }
        Tables::setRows(m_table, rows);
        m_table->clearSelection();
    }

    const bool empty = m_applications.isEmpty();
    m_emptyLabel->setVisible(empty && applications.ok());
    m_table->setEnabled(!empty);
    m_detailsGroup->setEnabled(!empty);

    // The first application at first; then the one shown before while it is still waiting. One
    // decided meanwhile (at another desk) leaves nothing selected, so that Approve can't fall on
    // the application that took its row unread.
    int row = selectedId.isEmpty() ? 0 : -1;
    for (int i = 0; i < m_applications.size(); ++i) {
        if (!selectedId.isEmpty() && m_applications[i].account.id == selectedId) {
            row = i;
            break;
        }
    }
    if (!empty && row >= 0) {
        m_table->selectRow(row);
    }
    showSelected();
}

const EnrollmentApplication* EnrollmentReviewsPage::selectedApplication() const
{
    const int row = Tables::selectedRow(m_table);
    return row >= 0 && row < m_applications.size() ? &m_applications[row] : nullptr;
}

void EnrollmentReviewsPage::showSelected()
{
    const EnrollmentApplication* app = selectedApplication();
    m_approveButton->setEnabled(app != nullptr);
    m_rejectButton->setEnabled(app != nullptr);
    if (!app) {
        m_detailsGroup->setTitle(tr("Application"));
        for (QLabel* label :
             {m_tenantDomainLabel, m_addressLabel, m_contactLabel, m_supportLabel, m_organizationLabel}) {
            label->clear();
        }
        Tables::setRows(m_checksTable, {});
        return;
    }
    const PartnerAccount& account = app->account;
    const Address& address = account.legal.address;
    m_detailsGroup->setTitle(tr("Application of %1").arg(account.legal.legalName));
    m_tenantDomainLabel->setText(app->tenant.defaultDomain());
    m_addressLabel->setText(joined({address.line1, address.line2, address.city, address.region, address.postalCode,
                                    Countries::name(address.country)}));
    m_contactLabel->setText(
        joined({tr("%1 %2", "first and last name").arg(account.legal.contactFirstName, account.legal.contactLastName),
                account.legal.contactEmail, Validators::displayPhone(account.legal.contactPhone)}));
    m_supportLabel->setText(
        joined({account.support.email, Validators::displayPhone(account.support.phone), account.support.website}));
    m_organizationLabel->setText(tr("%1 (Partner ID %2, %3, %4)")
                                     .arg(app->profile.organizationName, app->profile.partnerId,
                                          Countries::name(app->profile.country),
                                          Enums::displayName(app->profile.status)));

    // A mark and a word, so the result doesn't rest on colour alone.
    QList<QStringList> rows;
    for (const EnrollmentCheck& check : app->checks) {
        rows << QStringList{check.name,
                            check.passed ? QStringLiteral("\u2714 %1").arg(tr("Passed"))
                                         : QStringLiteral("\u2718 %1").arg(tr("Failed")),
                            check.detail};
    }
    Tables::setRows(m_checksTable, rows);
}

void EnrollmentReviewsPage::approveSelected()
{
    const EnrollmentApplication* app = selectedApplication();
    if (!app) {
        return;
    }
    ValidatedForm::showMessage(m_errorLabel, QString());
    m_decidedName.clear();
    showDecision();
    auto approved = m_workspace.enrollment().approve(m_session, app->account.id);
    if (!approved) {
        const QString message = approved.errorString();
        reload(); // someone else may have decided already
        ValidatedForm::showMessage(m_errorLabel, message);
        return;
    }
    decided(approved.value());
}

void EnrollmentReviewsPage::rejectSelected()
{
    const EnrollmentApplication* app = selectedApplication();
    if (!app) {
        return;
    }
    const QString accountId = app->account.id;
    QInputDialog ask(this);
    ask.setObjectName(QStringLiteral("rejectReasonInputDialog"));
    ask.setOption(QInputDialog::UsePlainTextEditForTextInput);
    ask.setWindowTitle(tr("Reject application"));
    ask.setLabelText(tr("Why is the application of %1 rejected? The primary contact reads this reason.")
                         .arg(app->account.legal.legalName));
    MessageBoxes::makePlain(ask);
    if (ask.exec() != QDialog::Accepted) {
        return;
    }
    const QString reason = ask.textValue();
    ValidatedForm::showMessage(m_errorLabel, QString());
    m_decidedName.clear();
    showDecision();
    auto rejected = m_workspace.enrollment().reject(m_session, accountId, reason);
    if (!rejected) {
        const QString message = rejected.errorString();
        reload();
        ValidatedForm::showMessage(m_errorLabel, message);
        return;
    }
    decided(rejected.value());
}

void EnrollmentReviewsPage::decided(const PartnerAccount& account)
{
    m_decidedName = account.legal.legalName;
    m_decidedStatus = account.status;
    reload();
    showDecision();
}

void EnrollmentReviewsPage::showDecision()
{
    if (m_decidedName.isEmpty()) {
        m_statusLabel->hide();
        return;
    }
    m_statusLabel->setText(
        tr("%1 is now %2; its primary contact was messaged.").arg(m_decidedName, Enums::displayName(m_decidedStatus)));
    m_statusLabel->show();
}
