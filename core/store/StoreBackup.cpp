#include "StoreBackup.h"

#include "DurableFile.h"
#include "OwnerOnly.h"
#include "Store.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace {

QString prefix(StoreBackup::Kind kind)
{
    return kind == StoreBackup::Kind::Daily ? u"daily-"_s : u"before-import-"_s;
}

QString fileName(StoreBackup::Kind kind, QDate today)
{
    if (kind == StoreBackup::Kind::Daily)
        return prefix(kind) + today.toString(Qt::ISODate) + u".sqlite"_s;
    return prefix(kind) + QDateTime::currentDateTime().toString(u"yyyyMMdd-HHmmss-zzz"_s)
        + u".sqlite"_s;
}

} // namespace

QString StoreBackup::folderFor(const QString &storePath)
{
    return QFileInfo(storePath).absoluteDir().filePath(u"backups"_s);
}

Result<QString> StoreBackup::make(Store &store, Kind kind, const QString &folder, QDate today)
{
    using R = Result<QString>;
    QDir dir(folder);
    if (!dir.mkpath(u"."_s))
        return R::failure(tr("Cannot create the folder %1.").arg(folder));
    OwnerOnly::restrictFolder(folder);
    const QString path = dir.filePath(fileName(kind, today));
    // Written under another name and renamed when whole: a copy cut short by a crash is never
    // taken for today's.
    const QString part = path + u".part"_s;
    QFile::remove(part);
    // VACUUM INTO fills an empty file: made first, the copy is never readable by others, not even
    // while it is written.
    OwnerOnly::createFile(part);
    QSqlQuery q(store.db());
    q.prepare(u"VACUUM main INTO ?"_s);
    q.addBindValue(part);
    if (!q.exec()) {
        QFile::remove(part);
        return R::failure(tr("Cannot copy the store: %1").arg(q.lastError().databaseText()));
    }
    // On the disk before it has its name: after a power cut the day's copy is whole or absent.
    if (!DurableFile::flush(part)) {
        QFile::remove(part);
        return R::failure(tr("Cannot write the copy %1 to the disk.").arg(part));
    }
    QFile::remove(path);
    if (!QFile::rename(part, path))
        return R::failure(tr("Cannot name the copy %1.").arg(path));
    DurableFile::flushFolder(folder);
    if (kind == Kind::Daily)
        keepNewest(folder, kind);
    return path;
}

void StoreBackup::keepNewest(const QString &folder, Kind kind)
{
    QDir dir(folder);
    const int kept = kind == Kind::Daily ? 7 : 3;
    const QStringList old
        = dir.entryList({ prefix(kind) + u"*.sqlite"_s }, QDir::Files, QDir::Name | QDir::Reversed);
    for (qsizetype i = kept; i < old.size(); ++i)
        dir.remove(old[i]);
}

Result<QString> StoreBackup::makeDailyIfDue(const QString &storePath, QDate today)
{
    const QString folder = folderFor(storePath);
    if (QFile::exists(QDir(folder).filePath(fileName(Kind::Daily, today))))
        return QString();
    auto store = Store::open(storePath);
    if (!store)
        return Result<QString>::failure(store.error());
    return make(*store.value(), Kind::Daily, folder, today);
}
