#include "MailTransport.h"

MailTransport::~MailTransport() = default;
