#include "ActivityLogPage.h"

#include "domain/AuditActions.h"
#include "models/ActivityLogModel.h"
#include "services/AuditService.h"
#include "services/Workspace.h"
#include "widgets/CsvExport.h"
#include "widgets/Labels.h"
#include "widgets/Tables.h"
#include "widgets/ValidatedForm.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace {

// The list is read again once typing pauses.
constexpr int SearchDelayMs = 300;
// The dates a new page starts with: the last 30 days, when the dates are turned on.
constexpr int DefaultDays = 30;

} // namespace

ActivityLogPage::ActivityLogPage(Workspace& workspace, const Session& session, QWidget* parent)
    : Page(workspace, session, parent)
{
    setObjectName(QStringLiteral("activityLogPage"));
    m_model = new ActivityLogModel(workspace, session, this);
    m_heading = makeHeading(QStringLiteral("activityLogHeadingLabel"), this);
    m_intro = Labels::text(QStringLiteral("activityLogIntroLabel"), this);

    m_searchLabel = new QLabel(this);
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("activitySearchLineEdit"));
    m_search->setClearButtonEnabled(true);
    m_searchLabel->setBuddy(m_search);
    m_personLabel = new QLabel(this);
    m_person = new QComboBox(this);
    m_person->setObjectName(QStringLiteral("activityPersonComboBox"));
    m_personLabel->setBuddy(m_person);
    m_kindLabel = new QLabel(this);
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("activityKindComboBox"));
    m_kindLabel->setBuddy(m_kind);

    const QDate today = workspace.now().toLocalTime().date();
    m_fromCheck = new QCheckBox(this);
    m_fromCheck->setObjectName(QStringLiteral("activityFromCheckBox"));
    m_from = new QDateEdit(today.addDays(-DefaultDays), this);
    m_from->setObjectName(QStringLiteral("activityFromDateEdit"));
    m_toCheck = new QCheckBox(this);
    m_toCheck->setObjectName(QStringLiteral("activityToCheckBox"));
    m_to = new QDateEdit(today, this);
    m_to->setObjectName(QStringLiteral("activityToDateEdit"));
    m_to->setMinimumDate(m_from->date());
    for (QDateEdit* date : {m_from, m_to}) {
        date->setCalendarPopup(true);
        date->setEnabled(false);
    }
    m_clearButton = new QPushButton(this);
    m_clearButton->setObjectName(QStringLiteral("clearActivityFiltersPushButton"));

    auto* filters = new QGridLayout;
    filters->addWidget(m_searchLabel, 0, 0);
    filters->addWidget(m_search, 0, 1, 1, 3);
    filters->addWidget(m_personLabel, 0, 4);
    filters->addWidget(m_person, 0, 5);
    filters->addWidget(m_kindLabel, 1, 0);
    filters->addWidget(m_kind, 1, 1);
    filters->addWidget(m_fromCheck, 1, 2);
    filters->addWidget(m_from, 1, 3);
    filters->addWidget(m_toCheck, 1, 4);
    filters->addWidget(m_to, 1, 5);
    filters->addWidget(m_clearButton, 1, 6);
    filters->setColumnStretch(1, 1);
    filters->setColumnStretch(5, 1);

    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("activityTableView"));
    m_view->setModel(m_model);
    Tables::setUpReadOnly(m_view);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_view->horizontalHeader()->setHighlightSections(false);
    m_view->setColumnHidden(ActivityLogModel::PartnerColumn, !readsEveryLog());
    m_emptyLabel = Labels::text(QStringLiteral("activityEmptyLabel"), this);
    m_emptyLabel->hide();

    m_exportButton = new QPushButton(this);
    m_exportButton->setObjectName(QStringLiteral("exportActivityPushButton"));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_exportButton);
    buttons->addStretch();
    m_doneLabel = Labels::text(QStringLiteral("activityDoneLabel"), this);
    m_doneLabel->hide();
    m_errorLabel = ValidatedForm::makeMessageLabel(QStringLiteral("activityErrorLabel"), this);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_intro);
    layout->addLayout(filters);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_emptyLabel);
    layout->addLayout(buttons);
    layout->addWidget(m_doneLabel);
    layout->addWidget(m_errorLabel);

    m_searchTimer = new QTimer(this);
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(SearchDelayMs);
    connect(m_search, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_searchTimer, &QTimer::timeout, this, &ActivityLogPage::applyFilters);
    connect(m_person, &QComboBox::activated, this, &ActivityLogPage::applyFilters);
    connect(m_kind, &QComboBox::activated, this, &ActivityLogPage::applyFilters);
    connect(m_fromCheck, &QCheckBox::toggled, m_from, &QWidget::setEnabled);
    connect(m_toCheck, &QCheckBox::toggled, m_to, &QWidget::setEnabled);
    for (QCheckBox* check : {m_fromCheck, m_toCheck}) {
        connect(check, &QCheckBox::toggled, this, &ActivityLogPage::applyFilters);
    }
    // To never comes before From: a range with no day in it can't be chosen.
    connect(m_from, &QDateEdit::dateChanged, m_to, &QDateEdit::setMinimumDate);
    for (QDateEdit* date : {m_from, m_to}) {
        connect(date, &QDateEdit::dateChanged, this, &ActivityLogPage::applyFilters);
    }
    connect(m_clearButton, &QPushButton::clicked, this, &ActivityLogPage::clearFilters);
    connect(m_exportButton, &QPushButton::clicked, this, &ActivityLogPage::exportList);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ActivityLogPage::updateEmptyText);
    connect(m_model, &ActivityLogModel::loadFailed, this, &ActivityLogPage::showError);

    setTabOrder(m_search, m_person);
    setTabOrder(m_person, m_kind);
    setTabOrder(m_kind, m_fromCheck);
    setTabOrder(m_fromCheck, m_from);
    setTabOrder(m_from, m_toCheck);
    setTabOrder(m_toCheck, m_to);
    setTabOrder(m_to, m_clearButton);
    setTabOrder(m_clearButton, m_view);
    setTabOrder(m_view, m_exportButton);
    retranslateUi();
    reloadWhenShown();
}

QString ActivityLogPage::title() const
{
    return tr("Activity log");
}

QWidget* ActivityLogPage::searchField() const
{
    return m_search;
}

bool ActivityLogPage::readsEveryLog() const
{
    return m_session.isProgramAdministrator();
}

void ActivityLogPage::retranslateUi()
{
    m_heading->setText(tr("Activity log"));
    m_intro->setText(readsEveryLog()
                         ? tr("What everyone did in the workspace, newest first: each partner's activity, and the "
                              "program's decisions.")
                         : tr("What the people of your organization, and partners working with you, did in your "
                              "account, newest first."));
    m_searchLabel->setText(tr("&Search:"));
    m_search->setPlaceholderText(tr("A name, customer, email address…"));
    m_personLabel->setText(tr("&Person:"));
    m_kindLabel->setText(tr("&Kind:"));
    m_fromCheck->setText(tr("Fro&m:"));
    m_from->setAccessibleName(tr("From date"));
    m_toCheck->setText(tr("&To:"));
    m_to->setAccessibleName(tr("To date"));
    m_clearButton->setText(tr("Clea&r filters"));
    m_view->setAccessibleName(tr("Activity"));
    m_exportButton->setText(tr("E&xport…"));
    m_exportButton->setToolTip(tr("Save the events listed, for the current filters, as a CSV file."));
    fillKinds();
    updateEmptyText();
}

void ActivityLogPage::fillKinds()
{
    const int kept = m_kind->currentIndex();
    const QSignalBlocker blocker(m_kind);
    m_kind->clear();
    m_kind->addItem(tr("All kinds"), -1);
    for (AuditKind kind : AuditActions::kinds()) {
        m_kind->addItem(AuditActions::kindName(kind), int(kind));
    }
    m_kind->setCurrentIndex(qMax(kept, 0));
}

void ActivityLogPage::fillActors()
{
    const QString kept = m_person->currentData().toString();
    const QSignalBlocker blocker(m_person);
    m_person->clear();
    m_person->addItem(tr("Everyone"), QString());
    auto actors = m_workspace.auditLog().actors(m_session);
    if (actors) {
        for (const AuditActor& actor : actors.value()) {
            m_person->addItem(actor.name, actor.userId);
        }
    }
    m_person->setCurrentIndex(qMax(m_person->findData(kept), 0));
}

void ActivityLogPage::reload()
{
    m_model->setSession(m_session);
    fillActors();
    applyFilters();
}

void ActivityLogPage::applyFilters()
{
    m_searchTimer->stop();
    const AuditEvent* selected = m_model->eventAt(m_view->currentIndex().row());
    const qint64 selectedId = selected ? selected->id : 0;

    AuditQuery query;
    query.search = m_search->text().trimmed();
    query.actorUserId = m_person->currentData().toString();
    const int kind = m_kind->currentData().toInt();
    if (kind >= 0) {
        query.actions = AuditActions::actionsOf(AuditKind(kind));
    }
    if (m_fromCheck->isChecked()) {
        query.from = m_from->date();
    }
    if (m_toCheck->isChecked()) {
        query.to = m_to->date();
    }
    m_model->setQuery(query);
    showError(m_model->errorString());

    const int row = selectedId > 0 ? m_model->rowOf(selectedId) : -1;
    if (row >= 0) {
        m_view->selectRow(row);
    }
}

void ActivityLogPage::clearFilters()
{
    const QSignalBlocker searchBlocker(m_search);
    const QSignalBlocker personBlocker(m_person);
    const QSignalBlocker kindBlocker(m_kind);
    const QSignalBlocker fromBlocker(m_fromCheck);
    const QSignalBlocker toBlocker(m_toCheck);
    m_search->clear();
    m_person->setCurrentIndex(0);
    m_kind->setCurrentIndex(0);
    m_fromCheck->setChecked(false);
    m_toCheck->setChecked(false);
    m_from->setEnabled(false);
    m_to->setEnabled(false);
    applyFilters();
}

void ActivityLogPage::updateEmptyText()
{
    const bool empty = m_model->rowCount() == 0 && m_model->errorString().isEmpty();
    const AuditQuery& query = m_model->query();
    const bool filtered = !query.search.isEmpty() || !query.actorUserId.isEmpty() || !query.actions.isEmpty()
        || query.from.isValid() || query.to.isValid();
    m_emptyLabel->setText(filtered ? tr("No events match these filters. Clear filters to see every event.")
                                   : tr("Nothing has been recorded yet. Changes of status, roles, relationships, "
                                        "invitations, orders and licenses appear here as people make them."));
    m_emptyLabel->setVisible(empty);
    m_exportButton->setEnabled(!empty);
}

void ActivityLogPage::exportList()
{
    //: Default file name of the activity log export.
    const QString path = CsvExport::askPath(this, tr("Export activity"), tr("activity") + QStringLiteral(".csv"));
    if (!path.isEmpty()) {
        exportTo(path);
    }
}

bool ActivityLogPage::exportTo(const QString& path)
{
    showDone(QString());
    const AuditQuery query = m_model->query();
    Status exported = CsvExport::write(this, path, tr("Export activity"), tr("Exporting activity… %1 events written"),
                                       0, [&](QIODevice& out, const std::function<bool(qint64)>& progress) {
                                           return m_workspace.auditLog().exportCsv(m_session, query, out, progress);
                                       });
    if (!exported) {
        showError(exported.errorString());
        return false;
    }
    showDone(tr("The activity is exported to %1.").arg(QDir::toNativeSeparators(path)));
    return true;
}

void ActivityLogPage::showDone(const QString& message)
{
    ValidatedForm::showOutcome(m_doneLabel, m_errorLabel, message);
}

void ActivityLogPage::showError(const QString& message)
{
    ValidatedForm::showOutcome(m_errorLabel, m_doneLabel, message);
}
