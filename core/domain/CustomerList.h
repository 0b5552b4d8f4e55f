#pragma once

// The Customers view of a partner (C4, V1): one row per customer the partner serves, read a page
// at a time in the order asked for, narrowed by what was typed.

#include "domain/Enums.h"

#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QVariantList>

enum class CustomerSort { Name, Domain, Country, Since };

struct CustomerListQuery
{
    QString search; // as typed; each word must begin a word of the name or the domain (SearchText)
    CustomerSort sort = CustomerSort::Name;
    bool descending = false;
};

struct CustomerRow
{
    QString id;
    QString tenantId; // the customer's Microsoft ID
    QString companyName;
    QString primaryDomain;
    QString country;
    bool delegatedAdmin = false; // the viewer's relationship includes administration
    // For a reseller: its indirect providers that also serve the customer. For a provider: the
    // customer's resellers that work with it.
    QStringList partners;
    QDateTime since; // of the viewer's relationship
    QVariantList after; // where the next page starts, in the query's order
};

// How many customers a query finds, up to a cap, so that counting never reads a million rows.
struct CustomerCount
{
    int count = 0;
    bool atLeast = false; // count is the cap: there are more
};
