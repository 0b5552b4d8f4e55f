#pragma once

// The workspace schema as numbered migrations. Version 1 holds the whole domain model of
// ARCHITECTURE §3; later versions only ever append steps.

#include "storage/Migration.h"

class SqlEngine;

class Schema
{
public:
    // The steps as the engine writes them: the same numbers and the same meaning on each.
    static QList<Migration> migrations(const SqlEngine& engine);
    static int latestVersion();
};
