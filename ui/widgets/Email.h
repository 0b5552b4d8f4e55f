#pragma once

// A message handed to the person's email program or clipboard: the outbox and the invitation
// dialog both let people send what PartnerDesk wrote from their own mailbox.

#include "domain/OutboxMessage.h"

#include <QCoreApplication>
#include <QUrl>

#include <functional>

class Email
{
    Q_DECLARE_TR_FUNCTIONS(Email)

public:
    // What Copy puts on the clipboard: "To: …", "Subject: …", an empty line, then the body.
    static QString clipboardText(const OutboxMessage& message);
    // A mailto: URL (RFC 6068) with the recipient, subject and body, every special character of
    // subject and body percent-encoded and line breaks as CRLF.
    static QUrl mailtoUrl(const OutboxMessage& message);
    static void copy(const OutboxMessage& message);
    // Opens a new message in the email program; false when none took it.
    static bool open(const OutboxMessage& message);
    static QString notOpenedMessage();
    // The name of the program that writes mailto: messages on this computer ("Thunderbird"), or
    // empty when none is set up: then there is nothing to open a message in, and people are
    // offered Copy instead. Asked of the desktop (xdg-mime) once a run.
    static QString mailProgram();
    // Answers mailProgram() in its place from now on (tests, which catch mailto: URLs themselves);
    // an empty function asks the desktop again.
    static void setMailProgramFinder(std::function<QString()> finder);
};
