#pragma once

// Checks of single input values, shared by core services and the GUI's live feedback. Each check
// gives Status ok, or an InvalidInput error whose translated message says what to enter instead.
// Surrounding spaces are ignored (except in passwords); store the normalized value.

#include "common/Result.h"

#include <QCoreApplication>
#include <QString>

class Validators
{
    Q_DECLARE_TR_FUNCTIONS(Validators)

public:
    static constexpr int DomainPrefixMaxLength = 27;
    static constexpr int EmailMaxLength = 254;
    static constexpr int EmailLocalPartMaxLength = 64;
    static constexpr int PhoneMinDigits = 7; // Niue: +683 and 4 digits
    static constexpr int PhoneMaxDigits = 15;
    static constexpr int WebSiteMaxLength = 2048;
    static constexpr int PasswordMinLength = 8;
    static constexpr int PasswordMaxLength = 256;
    static constexpr int UserNameMaxLength = 64;

    // E4: the prefix of a new tenant's prefix.onmicrosoft.com, 1–27 ASCII letters or digits.
    // Uniqueness in the workspace is the directory's check, not this one.
    static Status domainPrefix(const QString& prefix);
    static QString normalizedDomainPrefix(const QString& prefix); // trimmed, lower case

    static Status email(const QString& address);
    static QString normalizedEmail(const QString& address); // trimmed, domain in lower case

    // International format: "+", country code and number; spaces, dashes, dots and parentheses
    // are allowed between digits; 7–15 digits in all (E.164), and a number that exists in its
    // country's numbering plan (libphonenumber). Where the form names the country (region, an
    // ISO 3166 code), a number without "+" is read as that country's national format.
    static Status phone(const QString& number, const QString& region = {});
    // E.164: "+" and the digits only ("+14255550100"), a national trunk prefix left out.
    static QString normalizedPhone(const QString& number, const QString& region = {});
    // A stored number as people read it, grouped the way its country writes it ("+1 425-555-0100").
    static QString displayPhone(const QString& number);

    // An upper-case ISO 3166-1 alpha-2 code of Countries.
    static Status countryCode(const QString& code);

    // A Partner ID (MPN ID): 6 or 7 digits.
    static Status partnerId(const QString& id);
    static QString normalizedPartnerId(const QString& id); // trimmed

    // An http or https address whose host has a dot; "www.example.com" is taken as https.
    static Status webSite(const QString& address);
    static QString normalizedWebSite(const QString& address); // "https://www.example.com"

    // The strength rules for a tenant user's password: 8–256 characters and at least three of
    // lower-case letters, upper-case letters, digits and symbols. Never trimmed.
    static Status password(const QString& password);
    static QString passwordRules();
    // The password typed a second time, to catch a slip of the finger.
    static Status passwordConfirmation(const QString& password, const QString& confirmation);

    // A mandatory free-text field. what is a translated noun phrase: tr("the legal business name").
    static Status required(const QString& value, const QString& what);

    // The part of a new user name before the @: letters, digits, '.', '-', '_' (1–64).
    static Status userNameLocalPart(const QString& localPart);
};
