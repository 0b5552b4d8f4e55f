#pragma once

// The workspace schema as numbered migrations. Version 1 holds the whole domain model of
// ARCHITECTURE §3; later versions only ever append steps.

#include "storage/Migration.h"

class Schema
{
public:
    static QList<Migration> migrations();
    static int latestVersion();
};
