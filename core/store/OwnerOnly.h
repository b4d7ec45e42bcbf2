#pragma once

#include <QFileDevice>
#include <QString>

// The store, its copies and the installation's keys hold every resident's rows and the secret
// that opens the county's bundles: on Linux they are for the user running the program alone
// (files 0600, folders 0700). On Windows they live in the user's own profile; Qt turns these
// permissions into no more than the read-only flag there, which they leave off.
class OwnerOnly
{
public:
    static constexpr QFileDevice::Permissions FilePermissions
        = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
    static constexpr QFileDevice::Permissions FolderPermissions
        = FilePermissions | QFileDevice::ExeOwner;

    static bool restrictFile(const QString &path);
    static bool restrictFolder(const QString &path);
    // Makes an empty file readable by the user alone where there is none, for SQLite to fill:
    // a file SQLite makes itself is readable by everyone, and its -wal and -shm files take the
    // permissions of the database file.
    static bool createFile(const QString &path);
};
