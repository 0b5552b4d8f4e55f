#pragma once

// Files and folders a desk writes are private to the user who writes them (ARCHITECTURE §6):
// new ones are created 0600 (files) and 0700 (folders) whatever the umask, and an existing file
// that others could read is tightened. SQLite gives a database's -wal, -shm and -journal files
// the main file's permission bits, so a private main file keeps them private too.

#include "common/Result.h"

#include <QCoreApplication>
#include <QFileDevice>
#include <QSaveFile>
#include <QString>

class PrivateFiles
{
    Q_DECLARE_TR_FUNCTIONS(PrivateFiles)

public:
    static constexpr QFileDevice::Permissions FilePermissions = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
    static constexpr QFileDevice::Permissions FolderPermissions
        = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner;

    // Creates folder and each missing folder above it with FolderPermissions; folders that
    // already exist are left as they are.
    static Status makeFolder(const QString& folder);
    // Creates an empty file with FilePermissions; false (and nothing created) when path exists or
    // can't be created, with the reason in errorString.
    static bool createFile(const QString& path, QString* errorString = nullptr);
    // Takes the group's and others' permissions off the file or folder at path. True when it is
    // private now or doesn't exist; a failure is logged.
    static bool tighten(const QString& path);
    // Opens file for writing. A new file is the user's alone from the moment QSaveFile's temporary
    // file exists (it creates that one 0666 less the umask), whatever the umask; a file being
    // replaced keeps the permissions its owner gave it. On failure nothing is written.
    static Status openForWriting(QSaveFile& file);
    // True when path is a regular file (not a link) that belongs to the user running PartnerDesk.
    static bool isOwnFile(const QString& path);
};
