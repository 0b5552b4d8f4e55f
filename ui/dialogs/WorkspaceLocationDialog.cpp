#include "WorkspaceLocationDialog.h"

#include "storage/Database.h"
#include "widgets/Labels.h"
#include "widgets/ValidatedForm.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSpinBox>
#include <QVBoxLayout>

namespace {

const auto RecentKey = QStringLiteral("workspaces/recent");

QLabel* buddyLabel(const QString& text, QWidget* input, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setBuddy(input);
    return label;
}

} // namespace

WorkspaceLocationDialog::WorkspaceLocationDialog(Purpose purpose, const QStringList& recent, QWidget* parent)
    : QDialog(parent)
    , m_purpose(purpose)
{
    const bool open = purpose == Purpose::Open;
    setObjectName(open ? QStringLiteral("openWorkspaceDialog") : QStringLiteral("copyWorkspaceDialog"));
    setWindowTitle(open ? tr("Open workspace") : tr("Copy workspace"));
    QLabel* intro = Labels::text(QStringLiteral("introLabel"), this);
    intro->setText(open ? tr("Open a workspace file on this computer, or a shared workspace on a PostgreSQL server. "
                             "The server asks for the database password when it needs it; PartnerDesk never "
                             "writes it down.")
                        : tr("Copy every record of this workspace into a new file (a copy you can open "
                             "offline), or into an empty database of a PostgreSQL server (to start sharing "
                             "it). The copy is checked row by row; the workspace itself is not changed."));

    m_fileRadio = new QRadioButton(open ? tr("A &file on this computer") : tr("A new &file on this computer"), this);
    m_fileRadio->setObjectName(QStringLiteral("fileRadioButton"));
    m_sharedRadio = new QRadioButton(tr("A &shared workspace on a PostgreSQL server"), this);
    m_sharedRadio->setObjectName(QStringLiteral("sharedRadioButton"));
    auto* kinds = new QButtonGroup(this);
    kinds->addButton(m_fileRadio);
    kinds->addButton(m_sharedRadio);

    m_fileGroup = new QWidget(this);
    m_path = new QLineEdit(m_fileGroup);
    m_path->setObjectName(QStringLiteral("pathLineEdit"));
    m_path->setAccessibleName(tr("Workspace file"));
    m_browseButton = new QPushButton(tr("&Browse…"), m_fileGroup);
    m_browseButton->setObjectName(QStringLiteral("browsePushButton"));
    auto* fileRow = new QHBoxLayout(m_fileGroup);
    fileRow->setContentsMargins(24, 0, 0, 0);
    fileRow->addWidget(buddyLabel(tr("Fi&le:"), m_path, m_fileGroup));
    fileRow->addWidget(m_path, 1);
    fileRow->addWidget(m_browseButton);

    m_sharedGroup = new QWidget(this);
    m_host = new QLineEdit(m_sharedGroup);
    m_host->setObjectName(QStringLiteral("hostLineEdit"));
    m_host->setPlaceholderText(tr("db.example.com, or empty for this computer"));
    m_port = new QSpinBox(m_sharedGroup);
    m_port->setObjectName(QStringLiteral("portSpinBox"));
    m_port->setRange(1, 65535);
    m_port->setValue(WorkspaceLocation::DefaultPort);
    m_port->setGroupSeparatorShown(false);
    m_database = new QLineEdit(QStringLiteral("partnerdesk"), m_sharedGroup);
    m_database->setObjectName(QStringLiteral("databaseLineEdit"));
    m_user = new QLineEdit(m_sharedGroup);
    m_user->setObjectName(QStringLiteral("userLineEdit"));
    m_tls = new QComboBox(m_sharedGroup);
    m_tls->setObjectName(QStringLiteral("tlsComboBox"));
    m_tls->addItem(tr("Required, with the server's certificate and name checked"), QStringLiteral("verify-full"));
    m_tls->addItem(tr("Required, with the server's certificate checked"), QStringLiteral("verify-ca"));
    m_tls->addItem(tr("Required, without checking the server's certificate"), QStringLiteral("require"));
    m_tls->addItem(tr("When the server offers it"), QStringLiteral("prefer"));
    m_tls->addItem(tr("Off (only on a network you trust)"), QStringLiteral("disable"));
    auto* form = new QFormLayout(m_sharedGroup);
    form->setContentsMargins(24, 0, 0, 0);
    form->addRow(buddyLabel(tr("&Host:"), m_host, m_sharedGroup), m_host);
    form->addRow(buddyLabel(tr("&Port:"), m_port, m_sharedGroup), m_port);
    form->addRow(buddyLabel(tr("&Database:"), m_database, m_sharedGroup), m_database);
    form->addRow(buddyLabel(tr("Database &user:"), m_user, m_sharedGroup), m_user);
    form->addRow(buddyLabel(tr("&TLS:"), m_tls, m_sharedGroup), m_tls);

    m_problemLabel = ValidatedForm::makeMessageLabel(QStringLiteral("problemLabel"), this);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_okButton = buttons->button(QDialogButtonBox::Ok);
    m_okButton->setObjectName(open ? QStringLiteral("openPushButton") : QStringLiteral("copyPushButton"));
    m_okButton->setText(open ? tr("&Open") : tr("&Copy"));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    if (open && !recent.isEmpty()) {
        m_recent = new QListWidget(this);
        m_recent->setObjectName(QStringLiteral("recentListWidget"));
        m_recent->setAccessibleName(tr("Recent workspaces"));
        for (const QString& text : recent) {
            auto parsed = WorkspaceLocation::parse(text);
            if (!parsed) {
                continue;
            }
            auto* item = new QListWidgetItem(parsed->displayName() + QStringLiteral(" — ") + text, m_recent);
            item->setData(Qt::UserRole, text);
        }
        m_recent->setMaximumHeight(m_recent->sizeHintForRow(0) * 5 + 2 * m_recent->frameWidth());
        layout->addWidget(buddyLabel(tr("&Recent workspaces:"), m_recent, this));
        layout->addWidget(m_recent);
        connect(m_recent, &QListWidget::currentItemChanged, this, [this](QListWidgetItem* item) {
            if (item) {
                auto parsed = WorkspaceLocation::parse(item->data(Qt::UserRole).toString());
                if (parsed) {
                    setLocation(parsed.value());
                }
            }
        });
        connect(m_recent, &QListWidget::itemActivated, this, [this]() {
            if (m_okButton->isEnabled()) {
                accept();
            }
        });
    }
    layout->addWidget(m_fileRadio);
    layout->addWidget(m_fileGroup);
    layout->addWidget(m_sharedRadio);
    layout->addWidget(m_sharedGroup);
    layout->addWidget(m_problemLabel);
    layout->addStretch();
    layout->addWidget(buttons);

    connect(m_browseButton, &QPushButton::clicked, this, &WorkspaceLocationDialog::browse);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QLineEdit* edit : {m_path, m_host, m_database, m_user}) {
        connect(edit, &QLineEdit::textChanged, this, &WorkspaceLocationDialog::update);
    }
    connect(m_port, &QSpinBox::valueChanged, this, &WorkspaceLocationDialog::update);
    connect(m_fileRadio, &QRadioButton::toggled, this, &WorkspaceLocationDialog::update);

    // Opening, a desk most often goes to a file; a copy most often starts sharing.
    (open ? m_fileRadio : m_sharedRadio)->setChecked(true);
    update();
    resize(560, sizeHint().height());
}

WorkspaceLocation WorkspaceLocationDialog::location() const
{
    if (m_fileRadio->isChecked()) {
        const QString path = m_path->text().trimmed();
        return WorkspaceLocation::file(path.isEmpty() ? path
                                                      : QFileInfo(QDir::fromNativeSeparators(path)).absoluteFilePath());
    }
    return WorkspaceLocation::server(m_host->text().trimmed(), m_port->value(), m_database->text().trimmed(),
                                     m_user->text().trimmed(), m_tls->currentData().toString());
}

void WorkspaceLocationDialog::setLocation(const WorkspaceLocation& location)
{
    if (!location.isShared()) {
        m_fileRadio->setChecked(true);
        m_path->setText(QDir::toNativeSeparators(location.path()));
        return;
    }
    m_sharedRadio->setChecked(true);
    m_host->setText(location.host());
    m_port->setValue(location.port());
    m_database->setText(location.database());
    m_user->setText(location.user());
    // libpq's default when none is named.
    const int tls = m_tls->findData(location.sslMode().isEmpty() ? QStringLiteral("prefer") : location.sslMode());
    m_tls->setCurrentIndex(tls >= 0 ? tls : 0);
}

void WorkspaceLocationDialog::browse()
{
    const QString start = m_path->text().isEmpty() ? QFileInfo(Database::defaultPath()).absolutePath() : m_path->text();
    const QString filter = tr("PartnerDesk workspaces (*.sqlite);;All files (*)");
    const QString path = m_purpose == Purpose::Open
        ? QFileDialog::getOpenFileName(this, tr("Open workspace"), start, filter)
        : QFileDialog::getSaveFileName(this, tr("Copy workspace"), start, filter);
    if (!path.isEmpty()) {
        m_path->setText(QDir::toNativeSeparators(path));
    }
}

void WorkspaceLocationDialog::update()
{
    const bool file = m_fileRadio->isChecked();
    m_fileGroup->setEnabled(file);
    m_sharedGroup->setEnabled(!file);
    const WorkspaceLocation chosen = location();
    QString problem = chosen.problem();
    if (problem.isEmpty() && file && m_purpose == Purpose::CopyTo && QFileInfo::exists(chosen.path())) {
        problem = tr("%1 exists already: a copy goes into a new file.").arg(QDir::toNativeSeparators(chosen.path()));
    }
    // Nothing typed yet is not an error to show; it only keeps the button off.
    const bool untouched = file ? m_path->text().isEmpty() : m_user->text().isEmpty();
    ValidatedForm::showMessage(m_problemLabel, untouched ? QString() : problem);
    m_okButton->setEnabled(problem.isEmpty());
}

QStringList WorkspaceLocationDialog::recentWorkspaces()
{
    return QSettings().value(RecentKey).toStringList();
}

void WorkspaceLocationDialog::rememberWorkspace(const WorkspaceLocation& location)
{
    if (location.path() == QLatin1String(":memory:")) {
        return;
    }
    QStringList recent = recentWorkspaces();
    const QString text = location.toString(); // never the password
    recent.removeAll(text);
    recent.prepend(text);
    QSettings().setValue(RecentKey, recent.mid(0, MaxRecent));
}
