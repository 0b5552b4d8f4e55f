// The single-value checks behind every input field: which values pass, and the exact message a
// person reads for each value that does not.

#include "common/Result.h"
#include "domain/Validators.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// One row: the input and the message it gets, empty when the input is accepted.
void accepted(const char* tag, const QString& input)
{
    QTest::newRow(tag) << input << QString();
}

void refused(const char* tag, const QString& input, const QString& message)
{
    QTest::newRow(tag) << input << message;
}

QString repeated(char16_t c, qsizetype count)
{
    return QString(count, QChar(c));
}

} // namespace

// Compares a Status with the message column: ok when it is empty, else InvalidInput and that text.
#define CHECK_STATUS(status, expected)                                                                                 \
    do {                                                                                                               \
        const Status checked = (status);                                                                               \
        if ((expected).isEmpty()) {                                                                                    \
            QVERIFY2(checked.ok(), qPrintable(u"refused with: "_s + checked.errorString()));                           \
        } else {                                                                                                       \
            QVERIFY2(!checked.ok(), "accepted, but a refusal was expected");                                           \
            QVERIFY(checked.code() == ErrorCode::InvalidInput);                                                        \
            QCOMPARE(checked.errorString(), (expected));                                                               \
        }                                                                                                              \
    } while (false)

class TestValidators : public QObject
{
    Q_OBJECT

private slots:
    void domainPrefix_E4_data();
    void domainPrefix_E4();
    void normalizedDomainPrefix_E4_data();
    void normalizedDomainPrefix_E4();
    void email_data();
    void email();
    void normalizedEmail_data();
    void normalizedEmail();
    void phone_data();
    void phone();
    void normalizedPhone_data();
    void normalizedPhone();
    void phoneInCountry();
    void displayPhone();
    void countryCode_data();
    void countryCode();
    void partnerId_data();
    void partnerId();
    void normalizedPartnerId();
    void webSite_data();
    void webSite();
    void normalizedWebSite_data();
    void normalizedWebSite();
    void password_data();
    void password();
    void passwordRules();
    void passwordConfirmation();
    void required_data();
    void required();
    void userNameLocalPart_data();
    void userNameLocalPart();
};

void TestValidators::domainPrefix_E4_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("message");

    const QString characters
        = u"The domain prefix can't contain \"%1\". Use only the letters a to z and the digits 0 to 9."_s;
    const QString spaces
        = u"The domain prefix can't contain spaces. Use only the letters a to z and the digits 0 to 9."_s;

    accepted("E4 letters", u"contoso"_s);
    accepted("E4 upper-case letters", u"Contoso"_s);
    accepted("E4 letters and digits", u"contoso2024"_s);
    accepted("E4 digits only", u"123"_s);
    accepted("E4 one character", u"c"_s);
    accepted("E4 27 characters", repeated(u'a', 27));
    accepted("E4 surrounding spaces ignored", u"  contoso  "_s);

    refused("E4 empty", QString(), u"Enter a domain prefix."_s);
    refused("E4 only spaces", u"   "_s, u"Enter a domain prefix."_s);
    refused("E4 28 characters", repeated(u'a', 28),
            u"The domain prefix is too long. Use at most 27 letters or digits."_s);
    refused("S11 28 letters refused, not cut", u"abcdefghijklmnopqrstuvwxyzab"_s,
            u"The domain prefix is too long. Use at most 27 letters or digits."_s);
    refused("E4 hyphen", u"contoso-ltd"_s, characters.arg(u"-"_s));
    refused("E4 dot", u"contoso.com"_s, characters.arg(u"."_s));
    refused("E4 underscore", u"con_toso"_s, characters.arg(u"_"_s));
    refused("E4 accented letter", u"café"_s, characters.arg(u"é"_s));
    refused("E4 emoji named whole", u"shop😀"_s, characters.arg(u"😀"_s));
    refused("E4 control character as code", u"con\x01toso"_s, characters.arg(u"U+0001"_s));
    refused("E4 first invalid character named", u"a.b-c"_s, characters.arg(u"."_s));
    refused("E4 inner space", u"contoso ltd"_s, spaces);
    refused("E4 inner tab", u"contoso\tltd"_s, spaces);
    refused("E4 characters checked before length", u"contoso-"_s + repeated(u'a', 30), characters.arg(u"-"_s));
    refused("E4 full domain typed", u"contoso.onmicrosoft.com"_s, characters.arg(u"."_s));
}

void TestValidators::domainPrefix_E4()
{
    QFETCH(QString, input);
    QFETCH(QString, message);
    CHECK_STATUS(Validators::domainPrefix(input), message);
}

void TestValidators::normalizedDomainPrefix_E4_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("E4 lower case kept") << u"contoso"_s << u"contoso"_s;
    QTest::newRow("E4 upper case lowered") << u"ConTOSO2024"_s << u"contoso2024"_s;
    QTest::newRow("E4 trimmed") << u"  Fabrikam "_s << u"fabrikam"_s;
}

void TestValidators::normalizedDomainPrefix_E4()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(Validators::normalizedDomainPrefix(input), expected);
}

void TestValidators::email_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("message");

    const QString oneAt = u"Enter an email address with one @, such as name@example.com."_s;
    const QString localCharacter = u"The email address can't contain \"%1\" before the @."_s;
    const QString localDots
        = u"The part of the email address before the @ can't start or end with a dot or have two dots in a row."_s;
    const QString domainCharacter = u"The email address can't contain \"%1\" after the @."_s;
    const QString domainDots
        = u"The domain of the email address can't start or end with a dot or have two dots in a row."_s;
    const QString hyphen = u"A part of the email domain can't start or end with a hyphen."_s;
    const QString topLevel = u"The email domain must end with two or more letters, such as .com."_s;

    const QString local64 = repeated(u'a', 64);
    // 64 + 1 + 189 = 254 characters, the longest address allowed.
    const QString domain189 = repeated(u'b', 63) + u'.' + repeated(u'c', 63) + u'.' + repeated(u'd', 57) + u".com"_s;

    accepted("simple", u"name@example.com"_s);
    accepted("dotted local part", u"first.last@example.com"_s);
    accepted("plus tag", u"user+partners@example.org"_s);
    accepted("apostrophe", u"o'brien@example.ie"_s);
    accepted("symbols in local part", u"a!#$%&*/=?^_`{|}~-z@example.com"_s);
    accepted("subdomains", u"billing@mail.eu.example.co.uk"_s);
    accepted("hyphen inside domain label", u"x_y-z@my-domain.example"_s);
    accepted("digits in domain", u"support@365.example.com"_s);
    accepted("upper case", u"ADELE@CONTOSO.COM"_s);
    accepted("shortest", u"a@b.co"_s);
    accepted("internationalized domain in ASCII form", u"info@xn--mller-kva.de"_s);
    accepted("internationalized domain", u"info@clínica-dental.es"_s);
    accepted("accented domain", u"name@münchen.de"_s);
    accepted("surrounding spaces ignored", u"  name@example.com "_s);
    accepted("local part of 64 characters", local64 + u"@example.com"_s);
    accepted("254 characters in all", local64 + u'@' + domain189);

    refused("empty", QString(), u"Enter an email address."_s);
    refused("only spaces", u"  "_s, u"Enter an email address."_s);
    refused("inner space", u"adele vance@example.com"_s, u"An email address can't contain spaces."_s);
    refused("255 characters in all", local64 + u'@' + domain189 + u'x',
            u"The email address is too long. Use at most 254 characters."_s);
    refused("no @", u"name.example.com"_s, oneAt);
    refused("two @", u"name@host@example.com"_s, oneAt);
    refused("nothing before @", u"@example.com"_s,
            u"Enter the part of the email address before the @, such as name@example.com."_s);
    refused("local part of 65 characters", repeated(u'a', 65) + u"@example.com"_s,
            u"The part of the email address before the @ is too long. Use at most 64 characters."_s);
    refused("parenthesis before @", u"na(me@example.com"_s, localCharacter.arg(u"("_s));
    refused("comma before @", u"last,first@example.com"_s, localCharacter.arg(u","_s));
    refused("accented letter before @", u"josé@example.com"_s, localCharacter.arg(u"é"_s));
    refused("local part starts with dot", u".name@example.com"_s, localDots);
    refused("local part ends with dot", u"name.@example.com"_s, localDots);
    refused("two dots in local part", u"first..last@example.com"_s, localDots);
    refused("nothing after @", u"name@"_s, u"Enter the domain after the @, such as example.com."_s);
    refused("underscore in domain", u"name@exam_ple.com"_s, domainCharacter.arg(u"_"_s));
    refused("symbol in an internationalized domain", u"name@mün_chen.de"_s, domainCharacter.arg(u"_"_s));
    refused("sign in a domain", u"name@caf€.es"_s, domainCharacter.arg(u"€"_s));
    refused("domain starts with dot", u"name@.example.com"_s, domainDots);
    refused("two dots in domain", u"name@example..com"_s, domainDots);
    refused("domain ends with dot", u"name@example.com."_s, domainDots);
    refused("domain without dot", u"name@localhost"_s, u"Enter the full domain after the @, such as example.com."_s);
    refused("label starts with hyphen", u"name@-example.com"_s, hyphen);
    refused("label ends with hyphen", u"name@example-.com"_s, hyphen);
    refused("label of 64 characters", u"name@"_s + repeated(u'b', 64) + u".com"_s,
            u"Each part of the email domain between dots can have at most 63 characters."_s);
    refused("one-letter top-level domain", u"name@example.c"_s, topLevel);
    refused("numeric top-level domain", u"name@192.168.0.1"_s, topLevel);
    refused("top-level domain with digit", u"name@example.c0m"_s, topLevel);
}

void TestValidators::email()
{
    QFETCH(QString, input);
    QFETCH(QString, message);
    CHECK_STATUS(Validators::email(input), message);
}

void TestValidators::normalizedEmail_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("unchanged") << u"name@example.com"_s << u"name@example.com"_s;
    QTest::newRow("trimmed") << u" name@example.com  "_s << u"name@example.com"_s;
    QTest::newRow("domain lowered, local part kept") << u"Adele.Vance@Contoso.COM"_s << u"Adele.Vance@contoso.com"_s;
}

void TestValidators::normalizedEmail()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(Validators::normalizedEmail(input), expected);
}

void TestValidators::phone_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("message");

    const QString international
        = u"Enter the phone number in international format, starting with + and the country code, "
          u"such as +1 425 555 0100."_s;
    const QString character
        = u"The phone number can't contain \"%1\". Use only digits, spaces, dashes, dots and parentheses after the +."_s;
    const QString tooShort = u"The phone number is too short. Enter 7 to 15 digits, including the country code."_s;
    const QString tooLong = u"The phone number is too long. Enter 7 to 15 digits, including the country code."_s;

    accepted("spaces", u"+1 425 555 0100"_s);
    accepted("digits only", u"+14255550100"_s);
    accepted("United Kingdom", u"+44 20 7946 0958"_s);
    accepted("Spain", u"+34 912 345 678"_s);
    accepted("parentheses and dash", u"+52 (55) 1234-5678"_s);
    accepted("dots", u"+1.425.555.0100"_s);
    accepted("dashes", u"+1-425-555-0100"_s);
    accepted("space after plus", u"+ 49 30 1234567"_s);
    accepted("surrounding spaces ignored", u"  +49 30 123456 "_s);
    accepted("7 digits, Niue", u"+683 4002"_s);
    accepted("8 digits, Saint Helena", u"+290 22158"_s);
    accepted("14 digits, Austrian mobile", u"+43 664 123456789"_s);

    refused("empty", QString(), u"Enter a phone number."_s);
    refused("only spaces", u"   "_s, u"Enter a phone number."_s);
    refused("national format", u"(425) 555-0100"_s, international);
    refused("00 instead of plus", u"0034 912 345 678"_s, international);
    refused("plus at the end", u"4255550100+"_s, international);
    refused("extension word", u"+1 425 555 0100 ext 12"_s, character.arg(u"e"_s));
    refused("extension x", u"+1 425 555 0100 x12"_s, character.arg(u"x"_s));
    refused("slash", u"+1 (425) 555/0100"_s, character.arg(u"/"_s));
    refused("second plus", u"+1 425 555 0100 +2"_s, character.arg(u"+"_s));
    refused("letters", u"+ABC"_s, character.arg(u"A"_s));
    refused("full-width digit", u"+1 425 555 010０"_s, character.arg(u"０"_s));
    refused("country code starting with 0", u"+0 123 456 789"_s,
            u"The country code after the + can't start with 0. "
            u"Enter the number in international format, such as +1 425 555 0100."_s);
    refused("plus alone", u"+"_s, tooShort);
    refused("6 digits", u"+1 234 56"_s, tooShort);
    // libphonenumber knows each country's numbering plan.
    refused("no country has the calling code", u"+999 12345678"_s,
            u"No country uses the calling code at the start of this number. "
            u"Enter the number in international format, such as +1 425 555 0100."_s);
    refused("not a number of the country", u"+1 (000) 000-0000"_s,
            u"This is not a phone number that exists in United States. Check the digits after the country code."_s);
    refused("too few digits for the country", u"+1 234 567"_s,
            u"This is not a phone number that exists in United States. Check the digits after the country code."_s);
    refused("16 digits", u"+1234 5678 9012 3456"_s, tooLong);
}

void TestValidators::phone()
{
    QFETCH(QString, input);
    QFETCH(QString, message);
    CHECK_STATUS(Validators::phone(input), message);
}

void TestValidators::normalizedPhone_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("region");
    QTest::addColumn<QString>("expected");
    QTest::newRow("already normalized") << u"+14255550100"_s << QString() << u"+14255550100"_s;
    QTest::newRow("spaces") << u"+1 425 555 0100"_s << QString() << u"+14255550100"_s;
    QTest::newRow("parentheses and dash") << u"+52 (55) 1234-5678"_s << QString() << u"+525512345678"_s;
    QTest::newRow("dots and surrounding spaces") << u" +44 20.7946.0958 "_s << QString() << u"+442079460958"_s;
    QTest::newRow("national trunk prefix left out") << u"+44 (0)20 7946 0958"_s << QString() << u"+442079460958"_s;
    QTest::newRow("national format in the United States") << u"(425) 555-0100"_s << u"US"_s << u"+14255550100"_s;
    QTest::newRow("national format in Spain") << u"912 345 678"_s << u"ES"_s << u"+34912345678"_s;
    QTest::newRow("international format wins over the country") << u"+34 912 345 678"_s << u"US"_s << u"+34912345678"_s;
}

void TestValidators::normalizedPhone()
{
    QFETCH(QString, input);
    QFETCH(QString, region);
    QFETCH(QString, expected);
    QCOMPARE(Validators::normalizedPhone(input, region), expected);
}

void TestValidators::phoneInCountry()
{
    // With the form's country, a national number is read as that country's.
    QVERIFY(Validators::phone(u"(425) 555-0100"_s, u"US"_s).ok());
    QVERIFY(Validators::phone(u"912 345 678"_s, u"ES"_s).ok());
    CHECK_STATUS(Validators::phone(u"(000) 000-0000"_s, u"US"_s),
                 u"This is not a phone number that exists in United States. Check its digits."_s);
    // Without a country there is no telling: international format is asked for.
    CHECK_STATUS(Validators::phone(u"(425) 555-0100"_s, QString()),
                 u"Enter the phone number in international format, starting with + and the country code, "
                 u"such as +1 425 555 0100."_s);
}

void TestValidators::displayPhone()
{
    QCOMPARE(Validators::displayPhone(u"+14255550100"_s), u"+1 425-555-0100"_s);
    QCOMPARE(Validators::displayPhone(u"+34912345678"_s), u"+34 912 34 56 78"_s);
    // What isn't a valid number is shown as stored.
    QCOMPARE(Validators::displayPhone(u"+10000000000"_s), u"+10000000000"_s);
    QCOMPARE(Validators::displayPhone(QString()), QString());
}

void TestValidators::countryCode_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("message");

    const QString twoLetters = u"Enter a two-letter country or region code, such as US."_s;
    const QString capitals = u"Enter the country or region code in capital letters, such as US."_s;
    const QString unknown = u"\"%1\" is not a country or region code. Enter a two-letter ISO 3166 code, such as US."_s;

    accepted("United States", u"US"_s);
    accepted("Mexico", u"MX"_s);
    accepted("Spain", u"ES"_s);
    accepted("Åland Islands", u"AX"_s);
    accepted("surrounding spaces ignored", u" DE "_s);

    refused("empty", QString(), u"Choose a country or region."_s);
    refused("one letter", u"U"_s, twoLetters);
    refused("alpha-3", u"USA"_s, twoLetters);
    refused("digit", u"U1"_s, twoLetters);
    refused("numeric code", u"840"_s, twoLetters);
    refused("lower case", u"us"_s, capitals);
    refused("mixed case", u"Es"_s, capitals);
    refused("not assigned", u"XX"_s, unknown.arg(u"XX"_s));
    refused("UK is GB in ISO 3166", u"UK"_s, unknown.arg(u"UK"_s));
    refused("EU is not a country", u"EU"_s, unknown.arg(u"EU"_s));
}

void TestValidators::countryCode()
{
    QFETCH(QString, input);
    QFETCH(QString, message);
    CHECK_STATUS(Validators::countryCode(input), message);
}

void TestValidators::partnerId_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("message");

    const QString length = u"A Partner ID has 6 or 7 digits. Enter a number such as 1234567."_s;
    const QString character = u"The Partner ID can't contain \"%1\". Enter its 6 or 7 digits, such as 1234567."_s;

    accepted("6 digits", u"123456"_s);
    accepted("7 digits", u"1234567"_s);
    accepted("leading zero", u"0123456"_s);
    accepted("surrounding spaces ignored", u" 4567890 "_s);

    refused("empty", QString(), u"Enter a Partner ID."_s);
    refused("only spaces", u"  "_s, u"Enter a Partner ID."_s);
    refused("5 digits", u"12345"_s, length);
    refused("S11 8 digits refused, not cut", u"12345678"_s, length);
    refused("inner space", u"123 456"_s,
            u"The Partner ID can't contain spaces. Enter its 6 or 7 digits, such as 1234567."_s);
    refused("dash", u"1234-567"_s, character.arg(u"-"_s));
    refused("prefix letters", u"MPN123456"_s, character.arg(u"M"_s));
    refused("Arabic-Indic digits", u"١٢٣٤٥٦"_s, character.arg(u"١"_s));
    refused("negative", u"-123456"_s, character.arg(u"-"_s));
}

void TestValidators::partnerId()
{
    QFETCH(QString, input);
    QFETCH(QString, message);
    CHECK_STATUS(Validators::partnerId(input), message);
}

void TestValidators::normalizedPartnerId()
{
    QCOMPARE(Validators::normalizedPartnerId(u" 1234567 "_s), u"1234567"_s);
    QCOMPARE(Validators::normalizedPartnerId(u"123456"_s), u"123456"_s);
}

void TestValidators::webSite_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("message");

    const QString scheme
        = u"Enter a website address that starts with http:// or https://, such as https://www.example.com."_s;
    const QString full = u"Enter a full website address, such as https://www.example.com."_s;
    const QString valid = u"Enter a valid website address, such as https://www.example.com."_s;

    accepted("https", u"https://www.example.com"_s);
    accepted("http", u"http://www.example.com"_s);
    accepted("without scheme", u"www.example.com"_s);
    accepted("bare domain", u"example.com"_s);
    accepted("path, query and fragment", u"https://example.com/partners?lang=es#contact"_s);
    accepted("port", u"https://www.example.com:8443/"_s);
    accepted("port without scheme", u"www.example.com:8080/support"_s);
    accepted("upper case", u"HTTPS://WWW.EXAMPLE.COM"_s);
    accepted("at sign in path", u"https://medium.com/@contoso"_s);
    accepted("internationalized host", u"https://www.müller.de"_s);
    accepted("country-code domain", u"https://shop.example.co.uk"_s);
    accepted("surrounding spaces ignored", u"  https://www.example.com  "_s);

    refused("empty", QString(), u"Enter a website address."_s);
    refused("only spaces", u"   "_s, u"Enter a website address."_s);
    refused("inner space", u"https://www.exa mple.com"_s, u"A website address can't contain spaces."_s);
    refused("ftp", u"ftp://ftp.example.com"_s, scheme);
    refused("mailto", u"mailto:info@example.com"_s, scheme);
    refused("javascript", u"javascript:alert(1)"_s, scheme);
    refused("file", u"file:///home/adele/index.html"_s, scheme);
    refused("https without slashes", u"https:www.example.com"_s, scheme);
    refused("no host", u"https://"_s, u"Enter the website's host name, such as https://www.example.com."_s);
    refused("single-label host", u"http://localhost"_s, full);
    refused("single word", u"intranet"_s, full);
    refused("IP address", u"https://192.168.0.1"_s, full);
    refused("trailing dot", u"https://www.example.com."_s, full);
    refused(
        "user and password", u"https://user:secret@www.example.com"_s,
        u"A website address can't contain a user name or password. Enter an address such as https://www.example.com."_s);
    refused("underscore in host", u"https://exa_mple.com"_s, u"The website's host name can't contain \"_\"."_s);
    refused("port out of range", u"https://www.example.com:99999"_s, valid);
    refused("empty label", u"https://www..example.com"_s, valid);
    refused("2049 characters", u"https://www.example.com/"_s + repeated(u'a', 2049 - 24),
            u"The website address is too long. Use at most 2048 characters."_s);
}

void TestValidators::webSite()
{
    QFETCH(QString, input);
    QFETCH(QString, message);
    CHECK_STATUS(Validators::webSite(input), message);
}

void TestValidators::normalizedWebSite_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("bare www gets https") << u"www.example.com"_s << u"https://www.example.com"_s;
    QTest::newRow("bare domain with path gets https") << u"example.com/contact"_s << u"https://example.com/contact"_s;
    QTest::newRow("https kept") << u"https://www.example.com"_s << u"https://www.example.com"_s;
    QTest::newRow("http kept") << u"http://www.example.com"_s << u"http://www.example.com"_s;
    QTest::newRow("scheme and host lowered, path kept")
        << u" HTTPS://WWW.Example.COM/Path "_s << u"https://www.example.com/Path"_s;
    QTest::newRow("empty stays empty") << u"  "_s << QString();
}

void TestValidators::normalizedWebSite()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(Validators::normalizedWebSite(input), expected);
    if (!expected.isEmpty()) {
        QVERIFY(Validators::webSite(expected).ok());
    }
}

void TestValidators::password_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("message");

    const QString tooShort = u"The password is too short. Use 8 to 256 characters."_s;
    const QString tooLong = u"The password is too long. Use 8 to 256 characters."_s;
    const QString tooSimple = u"The password is too simple. Use at least three of these: lower-case letters, "
                              u"upper-case letters, digits and symbols."_s;
    const QString mixed = u"Aa1!"_s;

    accepted("lower, upper and digit", u"Passw0rd"_s);
    accepted("lower, digit and symbol", u"password1!"_s);
    accepted("upper, digit and symbol", u"PASSWORD1!"_s);
    accepted("lower, upper and space as symbol", u"Pass word"_s);
    accepted("all four", u"Pa$$w0rd"_s);
    accepted("accented letters have case", u"Contraseña9"_s);
    accepted("256 characters", mixed.repeated(64));
    accepted("surrounding spaces are part of it", u" Passw0rd "_s);

    refused("empty", QString(), u"Enter a password."_s);
    refused("4 characters", mixed, tooShort);
    refused("7 characters", u"Pa1!xyz"_s, tooShort);
    refused("emoji count as one character each", u"Ab1😀😀😀"_s, tooShort);
    refused("257 characters", mixed.repeated(64) + u'a', tooLong);
    refused("lower only", u"password"_s, tooSimple);
    refused("lower and digit", u"password1"_s, tooSimple);
    refused("upper and symbol", u"PASSWORD!"_s, tooSimple);
    refused("digits only", u"12345678"_s, tooSimple);
    refused("spaces only", u"        "_s, tooSimple);
}

void TestValidators::password()
{
    QFETCH(QString, input);
    QFETCH(QString, message);
    CHECK_STATUS(Validators::password(input), message);
}

void TestValidators::passwordConfirmation()
{
    QVERIFY(Validators::passwordConfirmation(u"Abc!2026x"_s, u"Abc!2026x"_s).ok());
    const Status mismatch = Validators::passwordConfirmation(u"Abc!2026x"_s, u"Abc!2026X"_s);
    QCOMPARE(mismatch.code(), ErrorCode::InvalidInput);
    QCOMPARE(mismatch.errorString(), u"The two passwords don't match."_s);
    // Not trimmed: a trailing space is part of a password.
    QVERIFY(!Validators::passwordConfirmation(u"Abc!2026x"_s, u"Abc!2026x "_s).ok());
}

void TestValidators::passwordRules()
{
    QCOMPARE(Validators::passwordRules(),
             u"Use 8 to 256 characters, with at least three of these: lower-case letters, upper-case letters, "
             u"digits and symbols."_s);
}

void TestValidators::required_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("what");
    QTest::addColumn<QString>("message");

    QTest::newRow("filled") << u"Contoso Ltd"_s << u"the legal business name"_s << QString();
    QTest::newRow("filled with surrounding spaces") << u"  Madrid "_s << u"a city"_s << QString();
    QTest::newRow("empty") << QString() << u"the legal business name"_s << u"Enter the legal business name."_s;
    QTest::newRow("only spaces") << u"   "_s << u"a city"_s << u"Enter a city."_s;
    QTest::newRow("only tabs and newlines") << u"\t\n"_s << u"the street address"_s << u"Enter the street address."_s;
}

void TestValidators::required()
{
    QFETCH(QString, input);
    QFETCH(QString, what);
    QFETCH(QString, message);
    CHECK_STATUS(Validators::required(input, what), message);
}

void TestValidators::userNameLocalPart_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("message");

    const QString character
        = u"The user name can't contain \"%1\". Use only the letters a to z, digits, dots, hyphens and underscores."_s;
    const QString dotEdge = u"The user name can't start or end with a dot."_s;

    accepted("first name", u"adele"_s);
    accepted("first and last name", u"adele.vance"_s);
    accepted("one character", u"a"_s);
    accepted("underscore, hyphen and digit", u"adele_v-2"_s);
    accepted("upper case", u"AdeleV"_s);
    accepted("64 characters", repeated(u'a', 64));
    accepted("surrounding spaces ignored", u" adele "_s);

    refused("empty", QString(), u"Enter a user name."_s);
    refused("only spaces", u"  "_s, u"Enter a user name."_s);
    refused("inner space", u"adele vance"_s, u"The user name can't contain spaces."_s);
    refused("whole user name typed", u"adele@contoso.onmicrosoft.com"_s, character.arg(u"@"_s));
    refused("accented letter", u"adèle"_s, character.arg(u"è"_s));
    refused("plus", u"adele+test"_s, character.arg(u"+"_s));
    refused("65 characters", repeated(u'a', 65), u"The user name is too long. Use at most 64 characters."_s);
    refused("S11 100 characters refused, not cut", repeated(u'b', 100),
            u"The user name is too long. Use at most 64 characters."_s);
    refused("starts with dot", u".adele"_s, dotEdge);
    refused("ends with dot", u"adele."_s, dotEdge);
    refused("two dots in a row", u"adele..vance"_s, u"The user name can't have two dots in a row."_s);
}

void TestValidators::userNameLocalPart()
{
    QFETCH(QString, input);
    QFETCH(QString, message);
    CHECK_STATUS(Validators::userNameLocalPart(input), message);
}

QTEST_GUILESS_MAIN(TestValidators)
#include "tst_Validators.moc"
