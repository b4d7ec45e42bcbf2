#pragma once

#include <QLockFile>
#include <QString>
#include <QTemporaryDir>

#include <memory>

// A folder beside the store for what must never leave this computer nor outlast the work: a sync
// bundle's rows in clear while they are encrypted or merged. Readable by the user alone (as every
// QTemporaryDir), removed with the object, and held by a lock file inside, so that one left by a
// killed program is told from one another thread or program works in now, and removed by the
// next Store::open.
class WorkFolder
{
public:
    explicit WorkFolder(const QString &storePath);
    WorkFolder(const WorkFolder &) = delete;
    WorkFolder &operator=(const WorkFolder &) = delete;

    bool isValid() const { return m_lock && m_lock->isLocked(); }
    QString path() const { return m_dir.path(); }
    QString filePath(const QString &name) const { return m_dir.filePath(name); }

    // Removes the work folders beside the store at storePath that nobody holds any longer.
    // Returns how many it removed.
    static int removeStale(const QString &storePath);

private:
    QTemporaryDir m_dir;
    // Released before the folder is removed (members end in reverse order): Windows cannot
    // remove a file that is open.
    std::unique_ptr<QLockFile> m_lock;
};
