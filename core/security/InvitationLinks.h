#pragma once

// Invitation links (ARCHITECTURE §5): partnerdesk://invitation/<token>, where the token is 32
// random bytes followed by the first 4 bytes of their SHA-256, in base64url (48 characters). The
// check bytes tell a link that was changed on its way from one that is merely unknown; the
// workspace keeps only the SHA-256 of the token.

#include "common/Result.h"

#include <QCoreApplication>
#include <QString>

enum class LinkProblem {
    Empty,
    TooLong,
    NotAnInvitationLink, // another scheme, or no scheme at all
    NotAnInvitation, // a partnerdesk: link that opens something else
    MissingToken,
    ExtraParts, // more path, a query or a fragment after the token
    Truncated, // a token shorter than tokens are
    TokenTooLong, // a token longer than tokens are
    InvalidCharacter,
    Altered, // well formed, but its check bytes don't match
};

class InvitationLinks
{
    Q_DECLARE_TR_FUNCTIONS(InvitationLinks)

public:
    static constexpr int RandomBytes = 32;
    static constexpr int CheckBytes = 4;
    static constexpr int TokenLength = 48; // (RandomBytes + CheckBytes) * 4 / 3
    static constexpr int MaxLinkLength = 2048;

    static QString prefix() { return QStringLiteral("partnerdesk://invitation/"); }
    // A fresh token from the system's random generator.
    static QString newToken();
    static QString link(const QString& token) { return prefix() + token; }
    // The token of a pasted or passed link (surrounding blanks ignored), or why there is none:
    // an InvalidInput error about the field "link" whose message is message(problem).
    static Result<QString> tokenOf(const QString& text);
    // What the workspace stores and looks up: the SHA-256 of the token, in hex.
    static QString tokenHash(const QString& token);
    static QString message(LinkProblem problem);
    // The characters of a token: base64url's letters, digits, '-' and '_'.
    static bool isTokenCharacter(QChar c);
    // text with every occurrence of token — bare or in its link, the prefix in any case —
    // replaced by placeholder: what may be stored of a message that carried it.
    static QString withoutToken(const QString& text, const QString& token, const QString& placeholder);
};
