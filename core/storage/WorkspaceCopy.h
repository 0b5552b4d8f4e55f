#pragma once

// Copies a whole workspace into another (ARCHITECTURE §6): a desk's file into a new shared
// workspace, to start sharing what the desk has, or a shared workspace into a file, a copy a
// person can open offline or keep. Either engine to either engine.
//
// The copy reads the source at one moment (a snapshot: desks may go on working meanwhile) and
// writes the target in one transaction, referenced tables first, so that it is there whole or not
// at all. Each table's rows are counted on both sides before the copy is kept; the target's
// auto-numbered keys go on after the copied ones. The target must hold no workspace yet: a new
// file, or a shared workspace's database that is empty or only opened (migrated) so far.

#include "common/Result.h"
#include "storage/WorkspaceLocation.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <functional>

class Database;

struct CopyProgress
{
    QString table;
    qint64 tableRows = 0; // the table's rows copied so far, and in all
    qint64 tableTotal = 0;
    qint64 rows = 0; // every table's rows copied so far, and in all
    qint64 total = 0;
};

struct CopiedTable
{
    QString table;
    qint64 rows = 0;
};

class WorkspaceCopy
{
    Q_DECLARE_TR_FUNCTIONS(WorkspaceCopy)

public:
    // Called now and then while rows are written; returning false cancels the copy (nothing is
    // kept).
    using Progress = std::function<bool(const CopyProgress&)>;

    // Copies source, open, into target, which is opened (a new file is created) and migrated
    // first, then closed. Returns each table with the rows copied (checked on both sides). A new
    // file that could not be filled is removed again.
    static Result<QList<CopiedTable>> copy(const Database& source, const WorkspaceLocation& target,
                                           const Progress& progress = {});
    // The same into a target already open (both of the same schema version).
    static Result<QList<CopiedTable>> copy(const Database& source, const Database& target,
                                           const Progress& progress = {});
};
