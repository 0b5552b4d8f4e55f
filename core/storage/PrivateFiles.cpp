#include "PrivateFiles.h"

#include "storage/SqlQuery.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStringList>

#include <sys/stat.h>
#include <unistd.h>

Status PrivateFiles::makeFolder(const QString& folder)
{
    QString path = QDir::cleanPath(QFileInfo(folder).absoluteFilePath());
    QStringList missing;
    while (!QFileInfo(path).exists()) {
        missing.prepend(path);
        const QString parent = QFileInfo(path).path();
        if (parent == path) {
            break;
        }
        path = parent;
    }
    for (const QString& created : std::as_const(missing)) {
        // mkdir() applies the umask, which may take the owner's bits too: set them after it.
        if (!QDir().mkdir(created, FolderPermissions) && !QFileInfo(created).isDir()) {
            return Error(ErrorCode::Storage, tr("The folder %1 could not be created.").arg(created));
        }
        if (!QFile::setPermissions(created, FolderPermissions)) {
            return Error(ErrorCode::Storage, tr("The folder %1 could not be made private.").arg(created));
        }
    }
    return {};
}

bool PrivateFiles::createFile(const QString& path, QString* errorString)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly, FilePermissions)) {
        if (errorString) {
            *errorString = file.errorString();
        }
        return false;
    }
    if (!file.setPermissions(FilePermissions)) {
        if (errorString) {
            *errorString = file.errorString();
        }
        file.close();
        file.remove();
        return false;
    }
    return true;
}

bool PrivateFiles::tighten(const QString& path)
{
    const QFileInfo info(path);
    if (!info.exists()) {
        return true;
    }
    constexpr QFileDevice::Permissions owner = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner;
    const QFileDevice::Permissions permissions = info.permissions();
    if ((permissions & ~owner & ~(QFileDevice::ReadUser | QFileDevice::WriteUser | QFileDevice::ExeUser)) == 0) {
        return true;
    }
    if (!QFile::setPermissions(path, permissions & owner)) {
        qCWarning(lcStorage) << "Could not make" << path << "private";
        return false;
    }
    return true;
}

bool PrivateFiles::isOwnFile(const QString& path)
{
    struct stat status = {};
    if (::lstat(QFile::encodeName(path).constData(), &status) != 0) {
        return false;
    }
    return S_ISREG(status.st_mode) && status.st_uid == ::geteuid();
}

Status PrivateFiles::openForWriting(QSaveFile& file)
{
    const QString path = file.fileName();
    const bool replacing = QFileInfo::exists(path);
    const mode_t savedUmask = ::umask(077);
    const bool opened = file.open(QIODevice::WriteOnly);
    ::umask(savedUmask);
    if (!opened) {
        return Error(ErrorCode::Storage,
                     tr("%1 could not be written: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    }
    if (!replacing && !file.setPermissions(FilePermissions)) {
        file.cancelWriting();
        return Error(ErrorCode::Storage, tr("%1 could not be made readable by you alone, so nothing was written.")
                                             .arg(QDir::toNativeSeparators(path)));
    }
    return {};
}
