#include "CustomersPage.h"

#include "dialogs/InvitationDraftDialog.h"
#include "models/CustomersModel.h"
#include "services/BackgroundReader.h"
#include "services/CustomerService.h"
#include "services/InvitationService.h"
#include "services/Workspace.h"
#include "widgets/CsvExport.h"
#include "widgets/CustomerDetailsWidget.h"
#include "widgets/InvitationsPanel.h"
#include "widgets/Labels.h"
#include "widgets/MessageBoxes.h"
#include "widgets/Tables.h"
#include "widgets/ValidatedForm.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QTabWidget>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

namespace {

// Counting waits until typing pauses: a count may read many rows, a page never does.
constexpr int CountDelayMs = 300;

// Enter on a customer moves to its details, below the list.
class CustomerListView : public QTreeView
{
public:
    using QTreeView::QTreeView;
    std::function<void()> onActivateKey;

protected:
    void keyPressEvent(QKeyEvent* event) override
    {
        if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) && onActivateKey) {
            onActivateKey();
            return;
        }
        QTreeView::keyPressEvent(event);
    }
};

// Where the split between the list and the details, and the columns' widths, are remembered.
const QString SplitterKey = QStringLiteral("customersPage/splitter");
const QString ColumnsKey = QStringLiteral("customersPage/columnWidths");

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

    m_splitter = new QSplitter(Qt::Vertical, listTab);
    m_splitter->setObjectName(QStringLiteral("customersSplitter"));
    m_splitter->setChildrenCollapsible(false);
    auto* listPane = new QWidget(m_splitter);
    auto* view = new CustomerListView(listPane);
    m_view = view;
    m_view->setObjectName(QStringLiteral("customersTreeView"));
    m_model = new CustomersModel(workspace, session, this);
    m_view->setModel(m_model);
    m_view->setRootIsDecorated(false);
    m_view->setItemsExpandable(false);
    m_view->setUniformRowHeights(true);
    m_view->setSortingEnabled(true);
    m_view->header()->setSortIndicator(CustomersModel::CompanyColumn, Qt::AscendingOrder);
    m_view->header()->setSectionsMovable(false);
    m_view->header()->setStretchLastSection(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAllColumnsShowFocus(true);
    view->onActivateKey = [this] {
        if (m_details) {
            m_details->tabs()->setFocus(Qt::TabFocusReason);
        }
    };
    m_emptyLabel = Labels::text(QStringLiteral("emptyLabel"), listPane);
    m_emptyLabel->hide();
    auto* listPaneLayout = new QVBoxLayout(listPane);
    listPaneLayout->setContentsMargins(0, 0, 0, 0);
    listPaneLayout->addWidget(m_view, 1);
    listPaneLayout->addWidget(m_emptyLabel);

    m_detailPane = new QWidget(m_splitter);
    m_detailPane->setObjectName(QStringLiteral("customerDetailPane"));
    m_noCustomerLabel = Labels::text(QStringLiteral("noCustomerLabel"), m_detailPane);
    m_noCustomerLabel->setAlignment(Qt::AlignCenter);
    m_detailLayout = new QVBoxLayout(m_detailPane);
    m_detailLayout->setContentsMargins(0, 0, 0, 0);
    m_detailLayout->addWidget(m_noCustomerLabel, 1);
    m_splitter->addWidget(listPane);
    m_splitter->addWidget(m_detailPane);
    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 3);
    m_splitterPlaced = m_splitter->restoreState(QSettings().value(SplitterKey).toByteArray());

    auto* listLayout = new QVBoxLayout(listTab);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addLayout(searchRow);
    listLayout->addWidget(m_splitter, 1);

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
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &CustomersPage::currentCustomerChanged);
    connect(m_splitter, &QSplitter::splitterMoved, this,
            [this]() { QSettings().setValue(SplitterKey, m_splitter->saveState()); });
    connect(m_view->header(), &QHeaderView::sortIndicatorChanged, this, &CustomersPage::sortIndicatorChanged);
    connect(m_model, &CustomersModel::loadFailed, this, &CustomersPage::showError);
    connect(m_model, &QAbstractItemModel::modelReset, this, &CustomersPage::updateEmptyText);
    // A search, a sort or a reload reads the list again: the customer shown stays current.
    connect(m_model, &QAbstractItemModel::modelReset, this, &CustomersPage::keepCurrentCustomer);
    connect(m_model, &QAbstractItemModel::modelReset, this, &CustomersPage::fitColumnsOnce);
    connect(m_requestButton, &QPushButton::clicked, this, &CustomersPage::requestRelationship);
    connect(m_exportButton, &QPushButton::clicked, this, &CustomersPage::exportList);
    connect(m_invitations, &InvitationsPanel::done, this, &CustomersPage::showDone);
    connect(m_invitations, &InvitationsPanel::failed, this, &CustomersPage::showError);

    setTabOrder(m_search, m_view);
    retranslateUi();
    reloadWhenShown();
    fitColumnsOnce();
}

QWidget* CustomersPage::searchField() const
{
    return m_search;
}

QString CustomersPage::title() const
{
    return tr("Customers");
}

void CustomersPage::retranslateUi()
{
    m_heading->setText(tr("Customers"));
    const bool reseller = m_session.partner && m_session.partner->type == PartnerType::IndirectReseller;
    m_intro->setText(reseller ? tr("The customers you are a reseller of record for. Select a customer to manage its "
                                   "account, services, users and licenses below the list.")
                              : tr("The customers you serve as indirect provider with one of your resellers. "
                                   "Select a customer to see its account and to order for it below the list."));
    m_noCustomerLabel->setText(tr("Select a customer in the list to see its account, services, users and "
                                  "licenses here."));
    m_splitter->setAccessibleName(tr("Customer list and details"));
    m_search->setPlaceholderText(tr("Search by company name or domain"));
    m_search->setAccessibleName(tr("Search customers"));
    m_view->setAccessibleName(tr("Customers"));
    m_tabs->setTabText(0, tr("Cu&stomers"));
    // Access keys apart from the customer's Account tab below (las&t name).
    m_tabs->setTabText(1, tr("&Invitations"));
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
    if (m_details) {
        m_details->reload();
    }
    countNow();
}

void CustomersPage::searchChanged()
{
    CustomerListQuery query = m_model->query();
    query.search = m_search->text();
    m_model->setQuery(query);
    // The count of what was listed before is no count of this list: it is counted once typing
    // pauses.
    ++m_countGeneration;
    m_countLabel->setText(tr("Counting…"));
    m_countTimer->start();
}

void CustomersPage::countNow()
{
    m_countTimer->stop();
    const quint64 generation = ++m_countGeneration;
    const CustomerListQuery query = m_model->query();
    BackgroundReader* counter = reader();
    if (!counter) {
        showCount(generation, query.search, m_workspace.customers().countCustomers(m_session, query));
        return;
    }
    auto read = m_workspace.customers().countRead(m_session, query);
    if (!read) {
        showCount(generation, query.search, read.error());
        return;
    }
    //: While the customers that match are counted.
    m_countLabel->setText(tr("Counting…"));
    counter->read<CustomerCount>(BackgroundReader::CountKind, this, read.value(),
                                 [this, generation, search = query.search](const Result<CustomerCount>& counted) {
                                     showCount(generation, search, counted);
                                 });
}

void CustomersPage::showCount(quint64 generation, const QString& search, const Result<CustomerCount>& counted)
{
    if (generation != m_countGeneration) {
        return; // another count was asked for since
    }
    if (!counted) {
        m_countKnown = false;
        m_countLabel->clear();
        showError(counted.errorString());
        return;
    }
    m_countKnown = true;
    m_shownCount = counted.value();
    m_shownCountSearch = search;
    const QString n = QLocale().toString(counted->count);
    if (counted->atLeast) {
        //: More customers match the search than were counted.
        m_countLabel->setText(tr("Matching: more than %1").arg(n));
    } else if (!search.trimmed().isEmpty()) {
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

void CustomersPage::showEvent(QShowEvent* event)
{
    Page::showEvent(event);
    fitColumnsOnce();
    if (!m_splitterPlaced) {
        // Until the person moves it: two fifths for the list, the rest for the details.
        m_splitterPlaced = true;
        const int height = m_splitter->height();
        m_splitter->setSizes({height * 2 / 5, height - height * 2 / 5});
    }
}

bool CustomersPage::hasUnsavedChanges() const
{
    return m_details && m_details->hasUnsavedChanges();
}

void CustomersPage::currentCustomerChanged(const QModelIndex& current)
{
    const std::optional<CustomerRow> customer = m_model->customerAt(current);
    if (m_details && customer && m_details->customerId() == customer->id) {
        return;
    }
    if (m_details && m_details->hasUnsavedChanges()) {
        // Asked once the view is done changing its current row; once, however many rows the
        // person moves through meanwhile.
        if (!m_confirmPending) {
            m_confirmPending = true;
            QMetaObject::invokeMethod(this, &CustomersPage::confirmLeavingCustomer, Qt::QueuedConnection);
        }
        return;
    }
    showCustomer(customer);
}

void CustomersPage::confirmLeavingCustomer()
{
    m_confirmPending = false;
    if (!m_details || !m_details->hasUnsavedChanges()) {
        showCustomer(m_model->customerAt(m_view->currentIndex()));
        return;
    }
    const std::optional<CustomerRow> chosen = m_model->customerAt(m_view->currentIndex());
    if (chosen && chosen->id == m_details->customerId()) {
        return; // back on the customer being edited
    }
    QMessageBox box(
        QMessageBox::Warning, tr("Unsaved changes"),
        tr("The changes to the account of %1 are not saved. Discard them?").arg(m_details->accessibleName()),
        QMessageBox::Discard | QMessageBox::Cancel, this);
    box.setObjectName(QStringLiteral("discardCustomerChangesMessageBox"));
    MessageBoxes::makePlain(box);
    box.setDefaultButton(QMessageBox::Cancel);
    m_confirmPending = true; // rows chosen while the question is open wait for its answer
    const QPointer<CustomersPage> alive(this);
    const int answer = box.exec();
    if (!alive) {
        return;
    }
    m_confirmPending = false;
    if (answer == QMessageBox::Discard) {
        showCustomer(m_model->customerAt(m_view->currentIndex()));
        // What changed elsewhere while the edits held the list back shows now.
        QMetaObject::invokeMethod(this, &Page::refreshIfStale, Qt::QueuedConnection);
    } else if (m_details) {
        selectCustomer(m_details->customerId());
    }
}

void CustomersPage::showCustomer(const std::optional<CustomerRow>& customer)
{
    if (m_details) {
        m_detailLayout->removeWidget(m_details);
        m_details->hide(); // gone from the screen and from screen readers now, deleted later
        m_details->deleteLater();
        m_details = nullptr;
    }
    m_noCustomerLabel->setVisible(!customer);
    if (!customer) {
        return;
    }
    m_details = new CustomerDetailsWidget(m_workspace, m_session, customer->id, customer->companyName, m_detailPane);
    connect(m_details, &CustomerDetailsWidget::done, this, &CustomersPage::showDone);
    connect(m_details, &CustomerDetailsWidget::failed, this, &CustomersPage::showError);
    m_detailLayout->addWidget(m_details, 1);
    m_details->show();
    setTabOrder(m_view, m_details->tabs());
}

void CustomersPage::selectCustomer(const QString& customerId)
{
    const int row = m_model->rowOf(customerId);
    if (row < 0) {
        return;
    }
    const QModelIndex index = m_model->index(row, 0);
    m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->scrollTo(index);
}

void CustomersPage::keepCurrentCustomer()
{
    if (!m_details) {
        return;
    }
    if (m_model->rowOf(m_details->customerId()) >= 0) {
        selectCustomer(m_details->customerId());
    } else if (!m_details->hasUnsavedChanges()) {
        showCustomer(std::nullopt); // no longer listed; edits in progress stay until saved or discarded
    }
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
    //: Default file name of the customer list export.
    const QString path = CsvExport::askPath(this, tr("Export customers"), tr("customers") + QStringLiteral(".csv"));
    if (!path.isEmpty()) {
        exportTo(path);
    }
}

bool CustomersPage::exportTo(const QString& path)
{
    showDone(QString());
    // The list as it is now: typing or sorting while the export runs doesn't change what it writes.
    const CustomerListQuery query = m_model->query();
    // The count shown gives the bar, when it is exact and of this search; else the dialog counts up.
    const qint64 expected
        = m_countKnown && !m_shownCount.atLeast && m_shownCountSearch == query.search ? m_shownCount.count : 0;
    auto write = m_workspace.customers().exportWrite(m_session, query);
    if (!write) {
        showError(write.errorString());
        return false;
    }
    const QString title = tr("Export customers");
    const QString progressText = tr("Exporting customers… %1 written");
    const QPointer<CustomersPage> alive(this); // the window may sign out while the export runs
    BackgroundReader* writer = reader();
    Status exported = writer
        ? CsvExport::write(this, path, title, progressText, expected, *writer, write.value())
        : CsvExport::write(this, path, title, progressText, expected,
                           [&](QIODevice& out, const std::function<bool(qint64)>& progress) {
                               return m_workspace.customers().exportCsv(m_session, query, out, progress);
                           });
    if (!alive) {
        return false;
    }
    if (!exported) {
        showError(exported.errorString());
        return false;
    }
    showDone(tr("The customers are exported to %1.").arg(QDir::toNativeSeparators(path)));
    return true;
}

void CustomersPage::showDone(const QString& message)
{
    ValidatedForm::showOutcome(m_doneLabel, m_errorLabel, message);
}

void CustomersPage::showError(const QString& message)
{
    ValidatedForm::showOutcome(m_errorLabel, m_doneLabel, message);
}

CustomersPage::~CustomersPage()
{
    if (m_columnsFitted) {
        QVariantList widths;
        for (int column = 0; column < CustomersModel::ColumnCount; ++column) {
            widths << m_view->columnWidth(column);
        }
        QSettings().setValue(ColumnsKey, widths);
    }
}

void CustomersPage::fitColumnsOnce()
{
    // The widths this person left, if any.
    if (!m_columnsFitted) {
        const QVariantList kept = QSettings().value(ColumnsKey).toList();
        if (kept.size() == CustomersModel::ColumnCount) {
            m_columnsFitted = true;
            for (int column = 0; column < CustomersModel::ColumnCount - 1; ++column) {
                m_view->setColumnWidth(column, qMax(kept.at(column).toInt(), 24));
            }
            return;
        }
    }
    // The first rows read decide the widths, once the list has its width on screen; later searches
    // keep what the person has set.
    if (m_columnsFitted || m_model->rowCount() == 0 || !m_view->isVisible()) {
        return;
    }
    m_columnsFitted = true;
    QList<int> natural;
    for (int column = 0; column < CustomersModel::ColumnCount; ++column) {
        m_view->resizeColumnToContents(column);
        natural << qMin(m_view->columnWidth(column) + 16, 360);
    }
    // Every column in sight: the widest give up room first, and their texts elide.
    const QList<int> widths
        = Tables::fittedWidths(natural, m_view->viewport()->width(), m_view->header()->minimumSectionSize());
    for (int column = 0; column < CustomersModel::ColumnCount - 1; ++column) {
        m_view->setColumnWidth(column, widths.at(column));
    }
}
