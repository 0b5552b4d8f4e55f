#pragma once

// Loads the fictional sample workspace (resources/sample/sample-workspace.json) into an empty
// workspace in one transaction: the program administrator, official indirect providers,
// an Active reseller with one indirect provider, unenrolled tenants with PMC accounts to try
// enrollment (E2), and customers. Passwords are stored as the file gives them: Argon2id hashes, never plain text.

#include "common/Result.h"

#include <QCoreApplication>

class Workspace;

class SampleWorkspace
{
    Q_DECLARE_TR_FUNCTIONS(SampleWorkspace)

public:
    static QString defaultSource() { return QStringLiteral(":/sample/sample-workspace.json"); }
    static Status load(Workspace& workspace, const QString& source = defaultSource());
};
