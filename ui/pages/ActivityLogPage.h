#pragma once

// The Activity log (ARCHITECTURE §7): who did what, about which partner, customer or relationship,
// and when, newest first. A partner's Admin agents read their partner's log, the program
// administrator every partner's. Filtered by person, kind and dates, searched, and exported as
// CSV; read a page at a time as the list scrolls.

#include "pages/Page.h"

class ActivityLogModel;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTimer;

class ActivityLogPage : public Page
{
    Q_OBJECT

public:
    ActivityLogPage(Workspace& workspace, const Session& session, QWidget* parent = nullptr);

    QString title() const override;
    void reload() override;
    QWidget* searchField() const override;

    // Writes the events the filters select to path (the Export… button asks for it first).
    bool exportTo(const QString& path);

protected:
    void retranslateUi() override;

private:
    // Reads the list again for the filters as they are now, keeping the selected event.
    void applyFilters();
    void fillActors();
    void fillKinds();
    void exportList();
    void clearFilters();
    void showDone(const QString& message);
    void showError(const QString& message);
    void updateEmptyText();
    bool readsEveryLog() const;

    ActivityLogModel* m_model;
    QLabel* m_heading;
    QLabel* m_intro;
    QLabel* m_searchLabel;
    QLineEdit* m_search;
    QLabel* m_personLabel;
    QComboBox* m_person;
    QLabel* m_kindLabel;
    QComboBox* m_kind;
    QCheckBox* m_fromCheck;
    QDateEdit* m_from;
    QCheckBox* m_toCheck;
    QDateEdit* m_to;
    QPushButton* m_clearButton;
    QTableView* m_view;
    QLabel* m_emptyLabel;
    QPushButton* m_exportButton;
    QLabel* m_doneLabel;
    QLabel* m_errorLabel;
    QTimer* m_searchTimer;
};
