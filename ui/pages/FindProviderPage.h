#pragma once

// Find a provider (P1): the official indirect providers serving a country — the reseller's own
// to begin with — filtered by the services they offer, each with its contact details and a
// Contact button that opens an email to it.

#include "domain/OutboxMessage.h"
#include "domain/PartnerAccount.h"
#include "pages/Page.h"

#include <QList>

class CountryComboBox;
class QCheckBox;
class QGroupBox;
class QLabel;
class QPushButton;
class QTableWidget;

class FindProviderPage : public Page
{
    Q_OBJECT

public:
    FindProviderPage(Workspace& workspace, const Session& session, QWidget* parent = nullptr);

    QString title() const override;
    void reload() override;
    const QList<ProviderListing>& providers() const { return m_list; }
    // The email Contact opens: to the provider's contact, about its reseller program.
    OutboxMessage contactMessage(const ProviderListing& provider) const;

protected:
    void retranslateUi() override;

private:
    QList<ProviderService> chosenServices() const;
    const ProviderListing* selected() const;
    void showSelected();
    void contactSelected();

    QLabel* m_heading;
    QLabel* m_intro;
    QLabel* m_countryLabel;
    CountryComboBox* m_country;
    QGroupBox* m_servicesGroup;
    QList<QCheckBox*> m_services; // in the order of EnumValues<ProviderService>
    QTableWidget* m_table;
    QLabel* m_emptyLabel;
    QGroupBox* m_detailsGroup;
    QLabel* m_details;
    QPushButton* m_contactButton;
    QLabel* m_doneLabel;
    QLabel* m_errorLabel;
    QList<ProviderListing> m_list;
};
