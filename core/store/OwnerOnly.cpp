#include "OwnerOnly.h"

#include <QFile>

bool OwnerOnly::restrictFile(const QString &path)
{
    return QFile::setPermissions(path, FilePermissions);
}

bool OwnerOnly::restrictFolder(const QString &path)
{
    return QFile::setPermissions(path, FolderPermissions);
}

bool OwnerOnly::createFile(const QString &path)
{
    QFile file(path);
    if (file.exists())
        return false;
    // NewOnly: never empties a file that appeared in the meantime.
    return file.open(QIODevice::WriteOnly | QIODevice::NewOnly, FilePermissions);
}
