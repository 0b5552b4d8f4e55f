#pragma once

// What the Indirect providers page (a reseller's) and the Indirect resellers page (a provider's)
// share: the relationships the signed-in partner is a party to, Active ones first and ended ones
// kept as history, the customers both serve (C7), and ending one with a confirmation that says what the provider loses
// (P4, P6).

#include "domain/IndirectRelationship.h"
#include "pages/Page.h"

#include <QList>

class QHBoxLayout;
class QLabel;
class QPushButton;
class QTableWidget;

class IndirectPartnersPage : public Page
{
    Q_OBJECT

public:
    void reload() override;
    const QList<IndirectRelationship>& relationships() const { return m_list; }

protected:
    IndirectPartnersPage(Workspace& workspace, const Session& session, const QString& objectName,
                         QWidget* parent = nullptr);

    // The signed-in partner's relationships, from the service for this side.
    virtual Result<QList<IndirectRelationship>> load() const = 0;
    virtual QStringList headers() const = 0;
    virtual QStringList rowOf(const IndirectRelationship& relationship) const = 0;
    // The other party, as this side sees it.
    virtual const RelationshipParty& otherParty(const IndirectRelationship& relationship) const = 0;
    // What ending costs, said to this side.
    virtual QString endConsequences(const IndirectRelationship& relationship) const = 0;
    // Called after the relationships were reloaded, for what a page shows besides them.
    virtual void reloadMore() { }
    // Called when the selection changes, for the page's own buttons.
    virtual void updateMoreButtons() { }

    void retranslateUi() override;
    // "Active", or when and by whom it ended.
    static QString statusText(const IndirectRelationship& relationship);
    static QString dateText(const QDateTime& at);
    const IndirectRelationship* selected() const;
    void showDone(const QString& message);
    void showError(const QString& message);
    void updateButtons();
    // Shows list in place of the relationships shown, keeping the one selected.
    void showList(const QList<IndirectRelationship>& list);

    QLabel* m_heading;
    QLabel* m_intro;
    QTableWidget* m_table;
    QHBoxLayout* m_buttonRow; // pages add their own buttons before End relationship
    QPushButton* m_viewCustomersButton;
    QPushButton* m_endButton;
    QLabel* m_doneLabel;
    QLabel* m_errorLabel;
    QList<IndirectRelationship> m_list;

private:
    void endSelected();
    void viewCustomers();
};
