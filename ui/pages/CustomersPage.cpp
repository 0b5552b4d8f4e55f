#include "CustomersPage.h"

#include "dialogs/InvitationDraftDialog.h"
#include "models/CustomersModel.h"
#include "services/CustomerService.h"
#include "services/InvitationService.h"
#include "services/Workspace.h"
#include "storage/PrivateFiles.h"
#include "widgets/CustomerDetailsWidget.h"
#include "widgets/InvitationsPanel.h"
#include "widgets/Labels.h"
#include "widgets/ValidatedForm.h"

#include <QApplication>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressDialog>
#include <QPushButton>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

namespace {

// Counting waits until typing pauses: a count may read many rows, a page never does.
constexpr int CountDelayMs = 300;
// An export shows its progress once it takes longer than this.
constexpr int ExportProgressAfterMs = 400;

// Enter on a customer opens or closes its details, like the arrow.
class CustomerTreeView : public QTreeView
{
public:
    using QTreeView::QTreeView;
    std::function<void()> onActivateKey;

    // A customer's details span its row, which is as wide as all columns together: they are kept
    // to the visible width, so that their messages wrap instead of running off to the right.
    void fitDetails(QWidget* details) const
    {
        // A details row is a customer's child: indented twice, once for the branch decoration.
        details->setMaximumWidth(qMax(0, viewport()->width() - 2 * indentation()));
    }

protected:
    void resizeEvent(QResizeEvent* event) override
    {
        QTreeView::resizeEvent(event);
        const QList<QWidget*> details = viewport()->findChildren<QWidget*>(Qt::FindDirectChildrenOnly);
        for (QWidget* widget : details) {
            fitDetails(widget);
        }
    }

    void keyPressEvent(QKeyEvent* event) override
    {
        if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) && onActivateKey) {
            onActivateKey();
            return;
        }
        QTreeView::keyPressEvent(event);
    }
};

} // namespace

CustomersPage::CustomersPage(Workspace& workspace, const Session& session, QWidget* parent)
    : Page(workspace, session, parent)
{
    setObjectName(QStringLiteral("customersPage"));
    m_heading = makeHeading(QStringLiteral("headingLabel"), this);
    m_intro = Labels::text(QStringLiteral("introLabel"), this);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("customersTabWidget"));
    auto* listTab = new QWidget(m_tabs);
    m_search = new QLineEdit(listTab);
    m_search->setObjectName(QStringLiteral("customerSearchLineEdit"));
    m_search->setClearButtonEnabled(true);
    m_countLabel = new QLabel(listTab);
    m_countLabel->setObjectName(QStringLiteral("customerCountLabel"));
    auto* searchRow = new QHBoxLayout;
    searchRow->addWidget(m_search, 1);
    searchRow->addWidget(m_countLabel);

    auto* view = new CustomerTreeView(listTab);
    m_view = view;
    m_view->setObjectName(QStringLiteral("customersTreeView"));
    m_model = new CustomersModel(workspace, session, this);
    m_view->setModel(m_model);
    m_view->setUniformRowHeights(false); // a customer's details take more room than a row
    m_view->setSortingEnabled(true);
    m_view->header()->setSortIndicator(CustomersModel::CompanyColumn, Qt::AscendingOrder);
    m_view->header()->setSectionsMovable(false);
    m_view->header()->setStretchLastSection(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAllColumnsShowFocus(true);
    m_view->setExpandsOnDoubleClick(true);
    view->onActivateKey = [this] { toggleCurrent(); };
    m_emptyLabel = Labels::text(QStringLiteral("emptyLabel"), listTab);
    m_emptyLabel->hide();

    auto* listLayout = new QVBoxLayout(listTab);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addLayout(searchRow);
    listLayout->addWidget(m_view, 1);
    listLayout->addWidget(m_emptyLabel);

    m_invitations = new InvitationsPanel(
        workspace, session, {InvitationKind::CustomerOfReseller, InvitationKind::CustomerOfResellerAndProvider},
        m_tabs);
    m_tabs->addTab(listTab, QString());
    m_tabs->addTab(m_invitations, QString());

    m_requestButton = new QPushButton(this);
    m_requestButton->setObjectName(QStringLiteral("requestRelationshipPushButton"));
    m_exportButton = new QPushButton(this);
    m_exportButton->setObjectName(QStringLiteral("exportPushButton"));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_requestButton);
    buttons->addWidget(m_exportButton);
    buttons->addStretch();

    m_doneLabel = Labels::text(QStringLiteral("doneLabel"), this);
    m_doneLabel->hide();
    m_errorLabel = ValidatedForm::makeMessageLabel(QStringLiteral("errorLabel"), this);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_intro);
    layout->addWidget(m_tabs, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_doneLabel);
    layout->addWidget(m_errorLabel);

    m_countTimer = new QTimer(this);
    m_countTimer->setSingleShot(true);
    m_countTimer->setInterval(CountDelayMs);

    connect(m_search, &QLineEdit::textChanged, this, &CustomersPage::searchChanged);
    connect(m_countTimer, &QTimer::timeout, this, &CustomersPage::countNow);
    connect(m_view, &QTreeView::expanded, this, &CustomersPage::expanded);
    connect(m_view, &QTreeView::collapsed, this, &CustomersPage::collapsed);
    connect(m_view->header(), &QHeaderView::sortIndicatorChanged, this, &CustomersPage::sortIndicatorChanged);
    connect(m_model, &CustomersModel::loadFailed, this, &CustomersPage::showError);
    connect(m_model, &QAbstractItemModel::modelReset, this, &CustomersPage::updateEmptyText);
    // A search, a sort or a reload closes every open customer without collapsed().
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this, [this]() { m_openCustomers = 0; });
    connect(m_model, &QAbstractItemModel::modelReset, this, &CustomersPage::fitColumnsOnce);
    connect(m_requestButton, &QPushButton::clicked, this, &CustomersPage::requestRelationship);
    connect(m_exportButton, &QPushButton::clicked, this, &CustomersPage::exportList);
    connect(m_invitations, &InvitationsPanel::done, this, &CustomersPage::showDone);
    connect(m_invitations, &InvitationsPanel::failed, this, &CustomersPage::showError);

    setTabOrder(m_search, m_view);
    retranslateUi();
    reload();
    fitColumnsOnce();
}

QString CustomersPage::title() const
{
    return tr("Customers");
}

void CustomersPage::retranslateUi()
{
    m_heading->setText(tr("Customers"));
    const bool reseller = m_session.partner && m_session.partner->type == PartnerType::IndirectReseller;
    m_intro->setText(reseller ? tr("The customers you are a reseller of record for. Expand a customer (the arrow by "
                                   "its name) to manage its account, services, users and licenses.")
                              : tr("The customers you serve as indirect provider with one of your resellers. "
                                   "Expand a customer (the arrow by its name) to see its account and to order "
                                   "for it."));
    m_search->setPlaceholderText(tr("Search by company name or domain"));
    m_search->setAccessibleName(tr("Search customers"));
    m_view->setAccessibleName(tr("Customers"));
    m_tabs->setTabText(0, tr("Cu&stomers"));
    m_tabs->setTabText(1, tr("Invi&tations"));
    m_invitations->retranslateUi();
    m_requestButton->setText(tr("&Request a reseller relationship…"));
    m_requestButton->setToolTip(tr("Email a customer a link that asks it to make you its reseller of record."));
    m_exportButton->setText(tr("E&xport…"));
    m_exportButton->setToolTip(tr("Save the customers listed, for the current search, as a CSV file."));
    updateEmptyText();
    if (m_countKnown) {
        countNow();
    }
}

void CustomersPage::reload()
{
    const bool reseller = m_session.partner && m_session.partner->type == PartnerType::IndirectReseller;
    m_requestButton->setVisible(reseller && m_session.can(Action::InviteCustomers));
    m_tabs->setTabVisible(1, reseller);
    m_model->setSession(m_session);
    if (reseller) {
        m_invitations->setSession(m_session);
    }
    countNow();
}

void CustomersPage::searchChanged()
{
    CustomerListQuery query = m_model->query();
    query.search = m_search->text();
    m_model->setQuery(query);
    m_countTimer->start();
}

void CustomersPage::countNow()
{
    m_countTimer->stop();
    auto counted = m_workspace.customers().countCustomers(m_session, m_model->query());
    if (!counted) {
        m_countKnown = false;
        m_countLabel->clear();
        showError(counted.errorString());
        return;
    }
    m_count = counted.value();
    m_countKnown = true;
    const bool searching = !m_model->query().search.trimmed().isEmpty();
    const QString n = QLocale().toString(m_count.count);
    if (m_count.atLeast) {
        //: More customers match the search than were counted.
        m_countLabel->setText(tr("Matching: more than %1").arg(n));
    } else if (searching) {
        //: How many customers match the search.
        m_countLabel->setText(tr("Matching: %1").arg(n));
    } else {
        //: How many customers the partner serves.
        m_countLabel->setText(tr("Customers: %1").arg(n));
    }
}

void CustomersPage::updateEmptyText()
{
    const bool empty = m_model->rowCount() == 0 && m_model->errorString().isEmpty();
    const QString search = m_model->query().search.trimmed();
    if (!empty) {
        m_emptyLabel->hide();
        return;
    }
    if (!search.isEmpty()) {
        m_emptyLabel->setText(tr("No customer's name or domain has a word starting with “%1”.").arg(search));
    } else if (m_session.partner && m_session.partner->type == PartnerType::IndirectReseller) {
        m_emptyLabel->setText(tr("You have no customers yet. Request a reseller relationship, or invite new "
                                 "customers with a provider from the Indirect providers page."));
    } else {
        m_emptyLabel->setText(tr("You serve no customers yet. Your resellers invite customers with you from their "
                                 "Indirect providers page."));
    }
    m_emptyLabel->show();
}

void CustomersPage::sortIndicatorChanged(int column, Qt::SortOrder order)
{
    if (CustomersModel::sortOf(column)) {
        return; // the view sorts the model itself
    }
    // Only the columns the workspace keeps an order for sort; the indicator stays where it was.
    const CustomerListQuery& query = m_model->query();
    QSignalBlocker blocker(m_view->header());
    m_view->header()->setSortIndicator(CustomersModel::columnOf(query.sort),
                                       query.descending ? Qt::DescendingOrder : Qt::AscendingOrder);
    Q_UNUSED(order)
}

void CustomersPage::toggleCurrent()
{
    QModelIndex index = m_view->currentIndex();
    if (!index.isValid() || m_model->isDetailsRow(index)) {
        return;
    }
    index = index.siblingAtColumn(0);
    m_view->setExpanded(index, !m_view->isExpanded(index));
}

void CustomersPage::expanded(const QModelIndex& index)
{
    const CustomerRow* customer = m_model->customerAt(index);
    if (!customer || m_model->isDetailsRow(index)) {
        return;
    }
    const QModelIndex details = m_model->index(0, 0, index);
    auto* widget = new CustomerDetailsWidget(m_workspace, m_session, customer->id, customer->companyName);
    connect(widget, &CustomerDetailsWidget::done, this, &CustomersPage::showDone);
    connect(widget, &CustomerDetailsWidget::failed, this, &CustomersPage::showError);
    m_view->setFirstColumnSpanned(0, index, true);
    static_cast<CustomerTreeView*>(m_view)->fitDetails(widget);
    m_view->setIndexWidget(details, widget);
    ++m_openCustomers;
}

void CustomersPage::collapsed(const QModelIndex& index)
{
    if (m_model->isDetailsRow(index)) {
        return;
    }
    const QModelIndex details = m_model->index(0, 0, index);
    if (QWidget* widget = m_view->indexWidget(details)) {
        m_view->setIndexWidget(details, nullptr);
        widget->deleteLater();
        m_openCustomers = qMax(0, m_openCustomers - 1);
    }
    // What changed meanwhile shows once the view is done collapsing.
    QMetaObject::invokeMethod(this, &Page::refreshIfStale, Qt::QueuedConnection);
}

void CustomersPage::requestRelationship()
{
    showDone(QString());
    InvitationDraftDialog dialog(m_workspace, m_session, InvitationKind::CustomerOfReseller, {}, this);
    if (!dialog.isReady()) {
        showError(dialog.errorString());
        return;
    }
    dialog.exec();
    if (dialog.isRecorded()) {
        m_invitations->reload();
        m_tabs->setCurrentIndex(1);
        showDone(tr("The invitation to %1 is recorded as Pending until the customer accepts it.")
                     .arg(dialog.invitation().recipientEmail));
    }
}

void CustomersPage::exportList()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    //: Default file name of the customer list export.
    const QString name = tr("customers") + QStringLiteral(".csv");
    const QString path = QFileDialog::getSaveFileName(this, tr("Export customers"), folder + QLatin1Char('/') + name,
                                                      tr("CSV files (*.csv)"));
    if (!path.isEmpty()) {
        exportTo(path);
    }
}

bool CustomersPage::exportTo(const QString& path)
{
    showDone(QString());
    // A new export is the user's alone (S6), as the workspace is.
    QSaveFile file(path);
    Status opened = PrivateFiles::openForWriting(file);
    if (!opened) {
        showError(opened.errorString());
        return false;
    }
    // The list as it is now: typing or sorting while the export runs doesn't change what it writes.
    const CustomerListQuery query = m_model->query();
    // The total is known exactly without a search; with one, the dialog counts up without a bar.
    auto total = m_workspace.customers().countCustomers(m_session, query, 0);
    QProgressDialog progress(tr("Exporting customers…"), tr("Cancel"), 0, 0, this);
    progress.setObjectName(QStringLiteral("exportProgressDialog"));
    progress.setWindowTitle(tr("Export customers"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(ExportProgressAfterMs);
    const int expected = total && !total->atLeast ? total->count : 0;
    progress.setMaximum(expected);
    auto exported = m_workspace.customers().exportCsv(m_session, query, file, [&](qint64 written) {
        if (expected > 0) {
            progress.setValue(int(qMin<qint64>(written, expected)));
        }
        progress.setLabelText(tr("Exporting customers… %1 written").arg(QLocale().toString(written)));
        QApplication::processEvents();
        return !progress.wasCanceled();
    });
    const bool cancelled = progress.wasCanceled(); // reset() forgets it
    progress.reset();
    if (!exported) {
        file.cancelWriting();
        showError(cancelled ? tr("The export was cancelled; no file was written.") : exported.errorString());
        return false;
    }
    if (!file.commit()) {
        showError(tr("%1 could not be written: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        return false;
    }
    showDone(tr("The customers are exported to %1.").arg(QDir::toNativeSeparators(path)));
    return true;
}

void CustomersPage::showDone(const QString& message)
{
    m_errorLabel->hide();
    m_doneLabel->setText(message);
    m_doneLabel->setVisible(!message.isEmpty());
}

void CustomersPage::showError(const QString& message)
{
    m_doneLabel->hide();
    m_errorLabel->setText(message);
    m_errorLabel->setVisible(!message.isEmpty());
}

void CustomersPage::fitColumnsOnce()
{
    // The first rows read decide the widths; later searches keep what the person has set.
    if (m_columnsFitted || m_model->rowCount() == 0) {
        return;
    }
    m_columnsFitted = true;
    for (int column = 0; column < CustomersModel::ColumnCount - 1; ++column) {
        m_view->resizeColumnToContents(column);
        m_view->setColumnWidth(column, qMin(m_view->columnWidth(column) + 16, 360));
    }
}
