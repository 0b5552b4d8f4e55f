#include "InvitationLinks.h"

#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QRegularExpression>

namespace {

QByteArray checkBytes(const QByteArray& random)
{
    return QCryptographicHash::hash(random, QCryptographicHash::Sha256).left(InvitationLinks::CheckBytes);
}

constexpr auto Base64Url = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;

Error problem(LinkProblem which)
{
    return Error(ErrorCode::InvalidInput, InvitationLinks::message(which), QStringLiteral("link"));
}

} // namespace

QString InvitationLinks::newToken()
{
    QByteArray random(RandomBytes, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32*>(random.data()), RandomBytes / 4);
    return QString::fromLatin1((random + checkBytes(random)).toBase64(Base64Url));
}

Result<QString> InvitationLinks::tokenOf(const QString& text)
{
    const QString link = text.trimmed();
    if (link.isEmpty()) {
        return problem(LinkProblem::Empty);
    }
    if (link.size() > MaxLinkLength) {
        return problem(LinkProblem::TooLong);
    }
    static const QString scheme = QStringLiteral("partnerdesk:");
    if (!link.startsWith(scheme, Qt::CaseInsensitive)) {
        return problem(LinkProblem::NotAnInvitationLink);
    }
    if (link.compare(prefix().chopped(1), Qt::CaseInsensitive) == 0) {
        return problem(LinkProblem::MissingToken);
    }
    if (!link.startsWith(prefix(), Qt::CaseInsensitive)) {
        return problem(LinkProblem::NotAnInvitation);
    }
    const QString token = link.mid(prefix().size());
    if (token.isEmpty()) {
        return problem(LinkProblem::MissingToken);
    }
    const qsizetype end = token.indexOf(QRegularExpression(QStringLiteral("[/?#]")));
    if (end >= 0) {
        return problem(end == 0 ? LinkProblem::MissingToken : LinkProblem::ExtraParts);
    }
    for (QChar c : token) {
        if (!InvitationLinks::isTokenCharacter(c)) {
            return problem(LinkProblem::InvalidCharacter);
        }
    }
    if (token.size() < TokenLength) {
        return problem(LinkProblem::Truncated);
    }
    if (token.size() > TokenLength) {
        return problem(LinkProblem::TokenTooLong);
    }
    const auto decoded = QByteArray::fromBase64Encoding(token.toLatin1(), Base64Url);
    if (!decoded || decoded.decoded.size() != RandomBytes + CheckBytes) {
        return problem(LinkProblem::InvalidCharacter);
    }
    const QByteArray random = decoded.decoded.left(RandomBytes);
    if (decoded.decoded.mid(RandomBytes) != checkBytes(random)) {
        return problem(LinkProblem::Altered);
    }
    return token;
}

bool InvitationLinks::isTokenCharacter(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') || c == u'-' || c == u'_';
}

QString InvitationLinks::withoutToken(const QString& text, const QString& token, const QString& placeholder)
{
    if (token.isEmpty()) {
        return text;
    }
    QString result = text;
    result.replace(QRegularExpression(QRegularExpression::escape(prefix()) + QRegularExpression::escape(token),
                                      QRegularExpression::CaseInsensitiveOption),
                   placeholder);
    result.replace(token, placeholder);
    return result;
}

QString InvitationLinks::tokenHash(const QString& token)
{
    return QString::fromLatin1(QCryptographicHash::hash(token.toLatin1(), QCryptographicHash::Sha256).toHex());
}

QString InvitationLinks::message(LinkProblem problem)
{
    switch (problem) {
    case LinkProblem::Empty:
        return tr("Paste the invitation link from the message you received.");
    case LinkProblem::TooLong:
        return tr("This text is far longer than an invitation link. Copy only the link, which starts with "
                  "partnerdesk://invitation/.");
    case LinkProblem::NotAnInvitationLink:
        return tr("This is not a PartnerDesk invitation link. Invitation links start with "
                  "partnerdesk://invitation/.");
    case LinkProblem::NotAnInvitation:
        return tr("This PartnerDesk link doesn't open an invitation. Invitation links start with "
                  "partnerdesk://invitation/.");
    case LinkProblem::MissingToken:
        return tr("The link ends where its invitation code should begin. Copy the whole link from the message.");
    case LinkProblem::ExtraParts:
        return tr("The link has something added after its invitation code. Copy the link exactly as it is in the "
                  "message.");
    case LinkProblem::Truncated:
        return tr("The link is cut short: part of its invitation code is missing. Copy the whole link from the "
                  "message; a long link may continue on the next line.");
    case LinkProblem::TokenTooLong:
        return tr("The link's invitation code is longer than it should be. Copy the link exactly as it is in the "
                  "message.");
    case LinkProblem::InvalidCharacter:
        return tr("The link contains characters that invitation links never have (only letters, digits, - and _ "
                  "follow partnerdesk://invitation/). Copy the link exactly as it is in the message.");
    case LinkProblem::Altered:
        return tr("The link was changed after it was sent: its invitation code doesn't check out. Copy the link "
                  "exactly as it is in the message, or ask the sender for a new invitation.");
    }
    return {};
}
