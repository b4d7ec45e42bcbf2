#include "StoreBackup.h"

#include "DurableFile.h"
#include "OwnerOnly.h"
#include "Rights.h"
#include "Store.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QScopeGuard>

#include <sqlite3.h>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

QString prefix(StoreBackup::Kind kind)
{
    switch (kind) {
    case StoreBackup::Kind::Daily: return u"daily-"_s;
    case StoreBackup::Kind::BeforeImport: return u"before-import-"_s;
    case StoreBackup::Kind::BeforeRestore: return u"before-restore-"_s;
    }
    Q_UNREACHABLE();
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

QString StoreBackup::kindLabel(Kind kind)
{
    switch (kind) {
    case Kind::Daily: return tr("Daily copy");
    case Kind::BeforeImport: return tr("Before an import");
    case Kind::BeforeRestore: return tr("Before a restore");
    }
    Q_UNREACHABLE();
}

QList<StoreBackup::Copy> StoreBackup::copies(const QString &folder)
{
    QList<Copy> list;
    for (Kind kind : { Kind::Daily, Kind::BeforeImport, Kind::BeforeRestore }) {
        const QFileInfoList files
            = QDir(folder).entryInfoList({ prefix(kind) + u"*.sqlite"_s }, QDir::Files);
        for (const QFileInfo &f : files)
            list.append({ f.absoluteFilePath(), kind, f.lastModified(), f.size() });
    }
    std::sort(list.begin(), list.end(), [](const Copy &a, const Copy &b) { return a.made > b.made; });
    return list;
}

namespace {

// The copy at path as SQLite and this program see it: whole, of the same schema, and made by
// the same installation; the failure says what is wrong. Read through the store's own
// connection, which has the functions the copy's indexes are made with.
Result<void> checkCopy(Store &store, const QString &path)
{
    using R = Result<void>;
    const QString name = QFileInfo(path).fileName();
    if (!QFileInfo(path).isFile())
        return R::failure(StoreBackup::tr("There is no copy %1.").arg(name));
    QSqlQuery q(store.db());
    q.prepare(u"ATTACH DATABASE ? AS copy"_s);
    q.addBindValue(path);
    if (!q.exec())
        return R::failure(StoreBackup::tr("The copy %1 is damaged (%2): it is not restored.")
                              .arg(name, q.lastError().databaseText()));
    auto detach = qScopeGuard([&store] { QSqlQuery(store.db()).exec(u"DETACH DATABASE copy"_s); });
    auto single = [&q](const QString &sql) {
        return q.exec(sql) && q.next() ? q.value(0).toString() : QString();
    };
    const QString integrity = single(u"PRAGMA copy.integrity_check"_s);
    const QString why = integrity.isEmpty() ? q.lastError().databaseText() : integrity;
    q.finish();
    if (integrity != "ok"_L1)
        return R::failure(StoreBackup::tr("The copy %1 is damaged (%2): it is not restored.").arg(name, why));
    const QString version = single(u"PRAGMA copy.user_version"_s);
    q.finish();
    if (version.toInt() != store.schemaVersion())
        return R::failure(StoreBackup::tr("The copy %1 was made by another version of the program "
                                          "(schema %2, this one writes %3): it is not restored.")
                              .arg(name, version)
                              .arg(store.schemaVersion()));
    const QString instance = single(u"SELECT value FROM copy.settings WHERE key = 'instance_id'"_s);
    q.finish();
    if (instance != store.instanceId())
        return R::failure(StoreBackup::tr("The copy %1 was made by another installation, not this "
                                          "one: it is not restored.")
                              .arg(name));
    return {};
}

} // namespace

Result<QString> StoreBackup::restore(Store &store, const QString &path)
{
    using R = Result<QString>;
    if (auto allowed = Rights::check(store, Right::Restore); !allowed)
        return R::failure(allowed.error());
    if (auto checked = checkCopy(store, path); !checked)
        return R::failure(checked.error());
    auto kept = make(store, Kind::BeforeRestore, folderFor(store.path()));
    if (!kept)
        return kept;
    keepNewest(folderFor(store.path()), Kind::BeforeRestore);

    // SQLite's online backup writes the copy over the open store in one go, under its lock.
    sqlite3 *copy = nullptr;
    if (sqlite3_open_v2(QFile::encodeName(path).constData(), &copy, SQLITE_OPEN_READWRITE, nullptr)
        != SQLITE_OK) {
        sqlite3_close(copy);
        return R::failure(tr("The copy %1 cannot be opened.").arg(QFileInfo(path).fileName()));
    }
    sqlite3_backup *backup = sqlite3_backup_init(store.handle(), "main", copy, "main");
    const int stepped = backup ? sqlite3_backup_step(backup, -1) : SQLITE_ERROR;
    const QString problem = QString::fromUtf8(sqlite3_errmsg(store.handle()));
    sqlite3_backup_finish(backup);
    sqlite3_close(copy);
    if (stepped != SQLITE_DONE)
        return R::failure(tr("The copy cannot be written over the store: %1").arg(problem));

    // What this installation sent and received stays as it was just now.
    QSqlQuery q(store.db());
    q.prepare(u"ATTACH DATABASE ? AS previous"_s);
    q.addBindValue(kept.value());
    if (!q.exec())
        return R::failure(tr("Cannot read the copy of the store as it was: %1").arg(q.lastError().databaseText()));
    const bool peersKept = q.exec(u"BEGIN"_s) && q.exec(u"DELETE FROM main.exchange_peers"_s)
        && q.exec(u"INSERT INTO main.exchange_peers SELECT * FROM previous.exchange_peers"_s)
        && q.exec(u"COMMIT"_s);
    const QString peersProblem = q.lastError().databaseText();
    if (!peersKept)
        q.exec(u"ROLLBACK"_s);
    q.exec(u"DETACH DATABASE previous"_s);
    if (!peersKept)
        return R::failure(tr("The store was restored, but what was sent to the other "
                             "installations could not be kept: %1").arg(peersProblem));
    store.reloadSettings();
    return kept;
}
