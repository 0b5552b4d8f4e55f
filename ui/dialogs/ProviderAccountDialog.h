#pragma once

// The program administrator adds an official indirect provider: its organization (Partner ID,
// new tenant, legal profile), contacts, first user and listing, on one tab each. Every field is
// checked as people type; a refusal of the service is shown where it belongs and nothing typed
// is lost.

#include "domain/PartnerAccount.h"
#include "security/Session.h"
#include "widgets/LegalProfileFields.h"

#include <QDialog>
#include <QHash>
#include <QMap>

class NewUserFields;
class QCheckBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;
class ValidatedForm;
class Workspace;

class ProviderAccountDialog : public QDialog
{
    Q_OBJECT

public:
    enum Tab { OrganizationTab, ContactsTab, FirstUserTab, ListingTab };

    ProviderAccountDialog(Workspace& workspace, const Session& session, QWidget* parent = nullptr);

    // The listing of the provider added, once accepted.
    const ProviderListing& provider() const { return m_added; }
    // The ISO codes of the countries checked in the list of countries served.
    QStringList countriesServed() const;
    void setCountryServed(const QString& code, bool served);

public Q_SLOTS:
    void accept() override;

protected:
    void changeEvent(QEvent* event) override;

private:
    QWidget* addTab(Tab tab, const QString& objectName);
    QLineEdit* addLine(Tab tab, const QString& field, const QString& objectName);
    void addInput(Tab tab, const QString& field, QWidget* input);
    void addProfileRows(Tab tab, LegalProfileFields::Parts parts);
    QWidget* makeCountriesServed(QWidget* parent);
    QWidget* makeServices(QWidget* parent);
    NewProviderAccount input() const;
    QList<Error> validate() const;
    void retranslateUi();
    void fillCountries();
    void filterCountries();
    void updateProfile();
    void updateDomain();
    void updateUpn();
    void updatePending();
    // Shows the tab that holds field, so that its message is in sight.
    void showTabOf(const QString& field);

    Workspace& m_workspace;
    Session m_session;
    ProviderListing m_added;
    ValidatedForm* m_fields;
    QTabWidget* m_tabs;
    QMap<Tab, QFormLayout*> m_forms;
    QHash<QString, Tab> m_fieldTabs;
    QHash<QString, QLabel*> m_rowLabels;
    QLabel* m_intro;
    // Organization
    QLineEdit* m_partnerId;
    QLabel* m_profileLabel;
    LegalProfileFields* m_legal;
    QString m_prefilledLegalName; // what the profile put in the legal name, replaced while unchanged
    QLineEdit* m_tenantName;
    QLineEdit* m_domainPrefix;
    QLabel* m_domainLabel;
    // Contacts
    QLineEdit* m_supportEmail;
    QLineEdit* m_supportPhone;
    QLineEdit* m_supportWebsite;
    // First user
    NewUserFields* m_firstUser;
    // Listing
    QLineEdit* m_countryFilter;
    QListWidget* m_countriesList;
    QLabel* m_servedLabel;
    QMap<ProviderService, QCheckBox*> m_serviceBoxes;
    QLineEdit* m_listingContactName;
    QLineEdit* m_listingContactEmail;
    QLineEdit* m_listingContactPhone;
    QLineEdit* m_listingWebsite;
    QPlainTextEdit* m_description;

    QLabel* m_pendingLabel;
    QLabel* m_errorLabel;
    QDialogButtonBox* m_buttons;
    QPushButton* m_addButton;
};
