#include "Validators.h"

#include "domain/Countries.h"

#include <QList>
#include <QRegularExpression>
#include <QStringList>
#include <QUrl>

#include <algorithm>
#include <optional>
#include <phonenumbers/phonenumberutil.h>

namespace {

constexpr int HostLabelMaxLength = 63;

Error invalid(const QString& message)
{
    return Error(ErrorCode::InvalidInput, message);
}

bool isAsciiLetter(char32_t c)
{
    return (c >= U'a' && c <= U'z') || (c >= U'A' && c <= U'Z');
}

bool isAsciiDigit(char32_t c)
{
    return c >= U'0' && c <= U'9';
}

bool isAsciiLetterOrDigit(char32_t c)
{
    return isAsciiLetter(c) || isAsciiDigit(c);
}

bool containsSpace(const QString& value)
{
    return std::any_of(value.cbegin(), value.cend(), [](QChar c) { return c.isSpace(); });
}

// A character as a message shows it: itself, or U+XXXX when it would not be visible.
QString describe(char32_t c)
{
    if (QChar::isPrint(c) && !QChar::isSpace(c)) {
        return QString::fromUcs4(&c, 1);
    }
    return QStringLiteral("U+%1").arg(static_cast<uint>(c), 4, 16, QLatin1Char('0')).toUpper();
}

// The first character for which allowed is false, if any.
template <typename Predicate>
std::optional<char32_t> firstNotAllowed(const QString& value, Predicate allowed)
{
    for (char32_t c : value.toUcs4()) {
        if (!allowed(c)) {
            return c;
        }
    }
    return std::nullopt;
}

bool hasDotProblem(const QString& value)
{
    const QChar dot = QLatin1Char('.');
    return value.startsWith(dot) || value.endsWith(dot) || value.contains(QStringLiteral(".."));
}

bool isTopLevelDomain(const QString& label)
{
    if (label.startsWith(QStringLiteral("xn--"), Qt::CaseInsensitive)) {
        return label.size() > 4; // an internationalized top-level domain in its ASCII form
    }
    return label.size() >= 2
        && std::all_of(label.cbegin(), label.cend(), [](QChar c) { return isAsciiLetter(c.unicode()); });
}

// Where the address names a scheme: "scheme://…", or "scheme:…" where what follows is not a port.
std::optional<QString> schemeOf(const QString& address)
{
    const qsizetype separator = address.indexOf(QStringLiteral("://"));
    if (separator >= 0) {
        return address.left(separator);
    }
    static const QRegularExpression schemeOnly(QStringLiteral("^([A-Za-z][A-Za-z0-9+.-]*):(?![0-9])"));
    const QRegularExpressionMatch match = schemeOnly.match(address);
    if (match.hasMatch()) {
        return match.captured(1);
    }
    return std::nullopt;
}

} // namespace

Status Validators::domainPrefix(const QString& prefix)
{
    const QString value = prefix.trimmed();
    if (value.isEmpty()) {
        return invalid(tr("Enter a domain prefix."));
    }
    if (const auto c = firstNotAllowed(value, isAsciiLetterOrDigit)) {
        if (QChar::isSpace(*c)) {
            return invalid(tr("The domain prefix can't contain spaces. "
                              "Use only the letters a to z and the digits 0 to 9."));
        }
        //: %1 is the first character that is not allowed.
        return invalid(tr("The domain prefix can't contain \"%1\". Use only the letters a to z and the digits 0 to 9.")
                           .arg(describe(*c)));
    }
    if (value.size() > DomainPrefixMaxLength) {
        return invalid(
            tr("The domain prefix is too long. Use at most %1 letters or digits.").arg(DomainPrefixMaxLength));
    }
    return {};
}

QString Validators::normalizedDomainPrefix(const QString& prefix)
{
    return prefix.trimmed().toLower();
}

Status Validators::email(const QString& address)
{
    const QString value = address.trimmed();
    if (value.isEmpty()) {
        return invalid(tr("Enter an email address."));
    }
    if (containsSpace(value)) {
        return invalid(tr("An email address can't contain spaces."));
    }
    if (value.size() > EmailMaxLength) {
        return invalid(tr("The email address is too long. Use at most %1 characters.").arg(EmailMaxLength));
    }
    if (value.count(QLatin1Char('@')) != 1) {
        return invalid(tr("Enter an email address with one @, such as name@example.com."));
    }
    const qsizetype at = value.indexOf(QLatin1Char('@'));
    const QString local = value.left(at);
    const QString domain = value.mid(at + 1);

    if (local.isEmpty()) {
        return invalid(tr("Enter the part of the email address before the @, such as name@example.com."));
    }
    if (local.size() > EmailLocalPartMaxLength) {
        return invalid(tr("The part of the email address before the @ is too long. Use at most %1 characters.")
                           .arg(EmailLocalPartMaxLength));
    }
    static const QString localSymbols = QStringLiteral("!#$%&'*+-/=?^_`{|}~.");
    if (const auto c = firstNotAllowed(local, [](char32_t ch) {
            return isAsciiLetterOrDigit(ch) || (ch < 0x80 && localSymbols.contains(QChar(char16_t(ch))));
        })) {
        //: %1 is the first character that is not allowed.
        return invalid(tr("The email address can't contain \"%1\" before the @.").arg(describe(*c)));
    }
    if (hasDotProblem(local)) {
        return invalid(tr("The part of the email address before the @ can't start or end with a dot "
                          "or have two dots in a row."));
    }

    if (domain.isEmpty()) {
        return invalid(tr("Enter the domain after the @, such as example.com."));
    }
    // Letters of any script are allowed in the domain (clínica-dental.es): it is checked in the
    // ASCII form mail servers use (xn--clnica-dental-jmb.es), as a web site's host name is.
    if (const auto c = firstNotAllowed(domain, [](char32_t ch) {
            return isAsciiLetterOrDigit(ch) || ch == U'-' || ch == U'.' || (ch >= 0x80 && QChar::isLetterOrNumber(ch));
        })) {
        //: %1 is the first character that is not allowed.
        return invalid(tr("The email address can't contain \"%1\" after the @.").arg(describe(*c)));
    }
    if (hasDotProblem(domain)) {
        return invalid(tr("The domain of the email address can't start or end with a dot or have two dots in a row."));
    }
    const QStringList written = domain.split(QLatin1Char('.'));
    if (written.size() < 2) {
        return invalid(tr("Enter the full domain after the @, such as example.com."));
    }
    for (const QString& label : written) {
        if (label.startsWith(QLatin1Char('-')) || label.endsWith(QLatin1Char('-'))) {
            return invalid(tr("A part of the email domain can't start or end with a hyphen."));
        }
    }
    const bool ascii = std::all_of(domain.cbegin(), domain.cend(), [](QChar c) { return c.unicode() < 0x80; });
    const QString ace = ascii ? domain : QString::fromLatin1(QUrl::toAce(domain));
    if (ace.isEmpty()) {
        return invalid(tr("The domain after the @ isn't a valid internationalized domain name."));
    }
    const QStringList labels = ace.split(QLatin1Char('.'));
    for (const QString& label : labels) {
        if (label.size() > HostLabelMaxLength) {
            return invalid(tr("Each part of the email domain between dots can have at most %1 characters.")
                               .arg(HostLabelMaxLength));
        }
    }
    if (!isTopLevelDomain(labels.constLast())) {
        return invalid(tr("The email domain must end with two or more letters, such as .com."));
    }
    return {};
}

QString Validators::normalizedEmail(const QString& address)
{
    const QString value = address.trimmed();
    const qsizetype at = value.lastIndexOf(QLatin1Char('@'));
    if (at < 0) {
        return value;
    }
    return value.left(at + 1) + value.mid(at + 1).toLower();
}

namespace {

using i18n::phonenumbers::PhoneNumber;
using i18n::phonenumbers::PhoneNumberUtil;

// The number as libphonenumber reads it: in international format, or in region's national format.
std::optional<PhoneNumber> parsedPhone(const QString& number, const QString& region,
                                       PhoneNumberUtil::ErrorType* error = nullptr)
{
    PhoneNumber parsed;
    const std::string regionCode = region.isEmpty() ? std::string("ZZ") : region.toStdString();
    const PhoneNumberUtil::ErrorType result
        = PhoneNumberUtil::GetInstance()->Parse(number.trimmed().toStdString(), regionCode, &parsed);
    if (error) {
        *error = result;
    }
    return result == PhoneNumberUtil::NO_PARSING_ERROR ? std::optional(parsed) : std::nullopt;
}

} // namespace

Status Validators::phone(const QString& number, const QString& region)
{
    const QString value = number.trimmed();
    if (value.isEmpty()) {
        return invalid(tr("Enter a phone number."));
    }
    const bool national = !value.startsWith(QLatin1Char('+'));
    if (national && !Countries::isValid(region)) {
        return invalid(tr("Enter the phone number in international format, starting with + and the country code, "
                          "such as +1 425 555 0100."));
    }
    const QString rest = national ? value : value.mid(1);
    if (const auto c = firstNotAllowed(rest, [](char32_t ch) {
            return isAsciiDigit(ch) || QChar::isSpace(ch) || ch == U'-' || ch == U'.' || ch == U'(' || ch == U')';
        })) {
        //: %1 is the first character that is not allowed.
        return invalid(tr("The phone number can't contain \"%1\". "
                          "Use only digits, spaces, dashes, dots and parentheses after the +.")
                           .arg(describe(*c)));
    }
    const QString digits = national ? QString() : normalizedPhone(value).mid(1);
    if (!national && digits.startsWith(QLatin1Char('0'))) {
        return invalid(tr("The country code after the + can't start with 0. "
                          "Enter the number in international format, such as +1 425 555 0100."));
    }
    if (!national && digits.size() < PhoneMinDigits) {
        return invalid(tr("The phone number is too short. Enter %1 to %2 digits, including the country code.")
                           .arg(PhoneMinDigits)
                           .arg(PhoneMaxDigits));
    }
    if (!national && digits.size() > PhoneMaxDigits) {
        return invalid(tr("The phone number is too long. Enter %1 to %2 digits, including the country code.")
                           .arg(PhoneMinDigits)
                           .arg(PhoneMaxDigits));
    }
    PhoneNumberUtil::ErrorType error = PhoneNumberUtil::NO_PARSING_ERROR;
    const std::optional<PhoneNumber> parsed = parsedPhone(value, region, &error);
    if (!parsed && error == PhoneNumberUtil::INVALID_COUNTRY_CODE_ERROR) {
        return invalid(tr("No country uses the calling code at the start of this number. "
                          "Enter the number in international format, such as +1 425 555 0100."));
    }
    const PhoneNumberUtil* util = PhoneNumberUtil::GetInstance();
    if (!parsed || !util->IsValidNumber(*parsed)) {
        std::string where;
        if (parsed) {
            util->GetRegionCodeForCountryCode(parsed->country_code(), &where);
        }
        const QString country = QString::fromStdString(where);
        if (!Countries::isValid(country)) {
            return invalid(tr("This is not a phone number that exists. Check its digits."));
        }
        //: %1 is a country name, such as United States.
        return invalid(
            national
                ? tr("This is not a phone number that exists in %1. Check its digits.").arg(Countries::name(country))
                : tr("This is not a phone number that exists in %1. Check the digits after the "
                     "country code.")
                      .arg(Countries::name(country)));
    }
    return {};
}

QString Validators::normalizedPhone(const QString& number, const QString& region)
{
    if (const std::optional<PhoneNumber> parsed = parsedPhone(number, region)) {
        std::string e164;
        PhoneNumberUtil::GetInstance()->Format(*parsed, PhoneNumberUtil::E164, &e164);
        return QString::fromStdString(e164);
    }
    QString result = QStringLiteral("+");
    for (QChar c : number) {
        if (isAsciiDigit(c.unicode())) {
            result.append(c);
        }
    }
    return result;
}

QString Validators::displayPhone(const QString& number)
{
    const std::optional<PhoneNumber> parsed = parsedPhone(number, {});
    if (!parsed || !PhoneNumberUtil::GetInstance()->IsValidNumber(*parsed)) {
        return number;
    }
    std::string text;
    PhoneNumberUtil::GetInstance()->Format(*parsed, PhoneNumberUtil::INTERNATIONAL, &text);
    return QString::fromStdString(text);
}

Status Validators::countryCode(const QString& code)
{
    const QString value = code.trimmed();
    if (value.isEmpty()) {
        return invalid(tr("Choose a country or region."));
    }
    if (value.size() != 2 || firstNotAllowed(value, isAsciiLetter)) {
        return invalid(tr("Enter a two-letter country or region code, such as US."));
    }
    if (value != value.toUpper()) {
        return invalid(tr("Enter the country or region code in capital letters, such as US."));
    }
    if (!Countries::isValid(value)) {
        //: %1 is the two-letter code the person entered.
        return invalid(
            tr("\"%1\" is not a country or region code. Enter a two-letter ISO 3166 code, such as US.").arg(value));
    }
    return {};
}

Status Validators::partnerId(const QString& id)
{
    const QString value = id.trimmed();
    if (value.isEmpty()) {
        return invalid(tr("Enter a Partner ID."));
    }
    if (const auto c = firstNotAllowed(value, isAsciiDigit)) {
        if (QChar::isSpace(*c)) {
            return invalid(tr("The Partner ID can't contain spaces. Enter its 6 or 7 digits, such as 1234567."));
        }
        //: %1 is the first character that is not allowed.
        return invalid(
            tr("The Partner ID can't contain \"%1\". Enter its 6 or 7 digits, such as 1234567.").arg(describe(*c)));
    }
    if (value.size() < 6 || value.size() > 7) {
        return invalid(tr("A Partner ID has 6 or 7 digits. Enter a number such as 1234567."));
    }
    return {};
}

QString Validators::normalizedPartnerId(const QString& id)
{
    return id.trimmed();
}

Status Validators::webSite(const QString& address)
{
    const QString value = address.trimmed();
    if (value.isEmpty()) {
        return invalid(tr("Enter a website address."));
    }
    if (containsSpace(value)) {
        return invalid(tr("A website address can't contain spaces."));
    }
    if (value.size() > WebSiteMaxLength) {
        return invalid(tr("The website address is too long. Use at most %1 characters.").arg(WebSiteMaxLength));
    }
    const std::optional<QString> scheme = schemeOf(value);
    const bool webScheme = scheme
        && (scheme->compare(QStringLiteral("http"), Qt::CaseInsensitive) == 0
            || scheme->compare(QStringLiteral("https"), Qt::CaseInsensitive) == 0);
    // Other schemes (ftp:, mailto:), and "https:www.example.com" without its slashes.
    if (scheme && (!webScheme || !value.contains(QStringLiteral("://")))) {
        return invalid(tr("Enter a website address that starts with http:// or https://, "
                          "such as https://www.example.com."));
    }

    const QUrl url(scheme ? value : QStringLiteral("https://") + value, QUrl::StrictMode);
    if (!url.isValid()) {
        return invalid(tr("Enter a valid website address, such as https://www.example.com."));
    }
    if (!url.userInfo().isEmpty()) {
        return invalid(tr("A website address can't contain a user name or password. "
                          "Enter an address such as https://www.example.com."));
    }
    const QString host = url.host(QUrl::FullyEncoded);
    if (host.isEmpty()) {
        return invalid(tr("Enter the website's host name, such as https://www.example.com."));
    }
    if (const auto c
        = firstNotAllowed(host, [](char32_t ch) { return isAsciiLetterOrDigit(ch) || ch == U'-' || ch == U'.'; })) {
        //: %1 is the first character that is not allowed.
        return invalid(tr("The website's host name can't contain \"%1\".").arg(describe(*c)));
    }
    const QStringList labels = host.split(QLatin1Char('.'));
    if (labels.size() < 2 || labels.contains(QString()) || !isTopLevelDomain(labels.constLast())) {
        return invalid(tr("Enter a full website address, such as https://www.example.com."));
    }
    for (const QString& label : labels) {
        if (label.startsWith(QLatin1Char('-')) || label.endsWith(QLatin1Char('-'))) {
            return invalid(tr("A part of the website's host name can't start or end with a hyphen."));
        }
        if (label.size() > HostLabelMaxLength) {
            return invalid(tr("Each part of the website's host name between dots can have at most %1 characters.")
                               .arg(HostLabelMaxLength));
        }
    }
    return {};
}

QString Validators::normalizedWebSite(const QString& address)
{
    const QString value = address.trimmed();
    if (value.isEmpty()) {
        return value;
    }
    const QString full = schemeOf(value) ? value : QStringLiteral("https://") + value;
    const QUrl url(full, QUrl::StrictMode);
    return url.isValid() ? url.toString() : full;
}

Status Validators::password(const QString& password)
{
    if (password.isEmpty()) {
        return invalid(tr("Enter a password."));
    }
    const QList<uint> characters = password.toUcs4();
    if (characters.size() < PasswordMinLength) {
        return invalid(
            tr("The password is too short. Use %1 to %2 characters.").arg(PasswordMinLength).arg(PasswordMaxLength));
    }
    if (characters.size() > PasswordMaxLength) {
        return invalid(
            tr("The password is too long. Use %1 to %2 characters.").arg(PasswordMinLength).arg(PasswordMaxLength));
    }
    bool lower = false;
    bool upper = false;
    bool digit = false;
    bool symbol = false;
    for (const uint c : characters) {
        if (QChar::isLower(c)) {
            lower = true;
        } else if (QChar::isUpper(c)) {
            upper = true;
        } else if (QChar::isDigit(c)) {
            digit = true;
        } else if (!QChar::isLetter(c)) {
            symbol = true;
        }
    }
    if (int(lower) + int(upper) + int(digit) + int(symbol) < 3) {
        return invalid(tr("The password is too simple. Use at least three of these: lower-case letters, "
                          "upper-case letters, digits and symbols."));
    }
    return {};
}

QString Validators::passwordRules()
{
    return tr("Use %1 to %2 characters, with at least three of these: lower-case letters, upper-case letters, "
              "digits and symbols.")
        .arg(PasswordMinLength)
        .arg(PasswordMaxLength);
}

Status Validators::required(const QString& value, const QString& what)
{
    if (value.trimmed().isEmpty()) {
        //: %1 is a noun phrase given by the caller, such as "the legal business name".
        return invalid(tr("Enter %1.").arg(what));
    }
    return {};
}

Status Validators::userNameLocalPart(const QString& localPart)
{
    const QString value = localPart.trimmed();
    if (value.isEmpty()) {
        return invalid(tr("Enter a user name."));
    }
    if (const auto c = firstNotAllowed(
            value, [](char32_t ch) { return isAsciiLetterOrDigit(ch) || ch == U'.' || ch == U'-' || ch == U'_'; })) {
        if (QChar::isSpace(*c)) {
            return invalid(tr("The user name can't contain spaces."));
        }
        //: %1 is the first character that is not allowed.
        return invalid(tr("The user name can't contain \"%1\". "
                          "Use only the letters a to z, digits, dots, hyphens and underscores.")
                           .arg(describe(*c)));
    }
    if (value.size() > UserNameMaxLength) {
        return invalid(tr("The user name is too long. Use at most %1 characters.").arg(UserNameMaxLength));
    }
    if (value.startsWith(QLatin1Char('.')) || value.endsWith(QLatin1Char('.'))) {
        return invalid(tr("The user name can't start or end with a dot."));
    }
    if (value.contains(QStringLiteral(".."))) {
        return invalid(tr("The user name can't have two dots in a row."));
    }
    return {};
}

Status Validators::passwordConfirmation(const QString& password, const QString& confirmation)
{
    if (confirmation != password) {
        return Error(ErrorCode::InvalidInput, tr("The two passwords don't match."));
    }
    return {};
}
