#include "WorkFolder.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace {

const QString lockName = u"lock"_s;

QDir storeFolder(const QString &storePath)
{
    return QFileInfo(storePath).absoluteDir();
}

} // namespace

WorkFolder::WorkFolder(const QString &storePath)
    : m_dir(storeFolder(storePath).filePath(u"exchange-XXXXXX"_s))
{
    if (!m_dir.isValid())
        return;
    m_lock = std::make_unique<QLockFile>(m_dir.filePath(lockName));
    if (!m_lock->tryLock(0))
        m_lock.reset();
}

int WorkFolder::removeStale(const QString &storePath)
{
    // Exactly the names QTemporaryDir makes of "exchange-XXXXXX": a clerk's own folder that
    // happens to start with "exchange" stays.
    static const QRegularExpression name(u"^exchange-[A-Za-z0-9]{6}$"_s);
    int removed = 0;
    const QFileInfoList folders = storeFolder(storePath).entryInfoList(
        { u"exchange-*"_s }, QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden | QDir::NoSymLinks);
    for (const QFileInfo &folder : folders) {
        if (!name.match(folder.fileName()).hasMatch())
            continue;
        QLockFile lock(QDir(folder.filePath()).filePath(lockName));
        // Stale only when its holder has died, however long a big import may take.
        lock.setStaleLockTime(0);
        if (!lock.tryLock(0))
            continue;
        lock.unlock();
        if (QDir(folder.filePath()).removeRecursively())
            ++removed;
    }
    return removed;
}
