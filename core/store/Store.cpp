#include "Store.h"

#include "NaturalOrder.h"
#include "OwnerOnly.h"
#include "WorkFolder.h"

#include "../people/PersonSearch.h"
#include "../people/Pinyin.h"

#include <QAtomicInteger>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>

#include <sqlite3.h>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

struct Migration
{
    int version;
    QString resource;
};

QList<Migration> migrations()
{
    QList<Migration> list;
    QDirIterator it(u":/migrations"_s, { u"*.sql"_s }, QDir::Files);
    while (it.hasNext()) {
        it.next();
        bool ok = false;
        const int version = it.fileName().section(u'_', 0, 0).toInt(&ok);
        Q_ASSERT(ok && version > 0);
        list.append({ version, it.filePath() });
    }
    std::sort(list.begin(), list.end(),
              [](const Migration &a, const Migration &b) { return a.version < b.version; });
    return list;
}

QString nextConnectionName()
{
    static QAtomicInteger<int> counter;
    return u"tl-store-%1"_s.arg(counter.fetchAndAddRelaxed(1));
}

} // namespace

Store::Store(QString path, QString connectionName)
    : m_path(std::move(path)), m_connectionName(std::move(connectionName))
{
}

QString Store::computerAccount()
{
    return qEnvironmentVariable("USERNAME", qEnvironmentVariable("USER", u"?"_s));
}

void Store::setUser(const User &user)
{
    m_user = user;
}

Store::~Store()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

int Store::latestSchemaVersion()
{
    const auto list = migrations();
    return list.isEmpty() ? 0 : list.last().version;
}

QString Store::defaultPath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(dir).filePath(u"township-ledger.sqlite"_s);
}

Result<std::unique_ptr<Store>> Store::open(const QString &path)
{
    const QFileInfo info(path);
    if (!info.absoluteDir().exists()) {
        if (!QDir().mkpath(info.absolutePath()))
            return Result<std::unique_ptr<Store>>::failure(
                    tr("Cannot create the folder %1.")
                            .arg(QDir::toNativeSeparators(info.absolutePath())));
        // A folder made for the store holds its keys and copies too; a folder chosen by the
        // clerk keeps the permissions the clerk gave it.
        OwnerOnly::restrictFolder(info.absolutePath());
    }
    // A program killed while it exported or imported a bundle left the rows in clear there.
    WorkFolder::removeStale(info.absoluteFilePath());
    // SQLite makes the -wal and -shm files with the permissions of the store file.
    if (!info.exists())
        OwnerOnly::createFile(info.absoluteFilePath());

    std::unique_ptr<Store> store(new Store(info.absoluteFilePath(), nextConnectionName()));
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, store->m_connectionName);
    db.setDatabaseName(store->m_path);
    if (!db.open())
        return Result<std::unique_ptr<Store>>::failure(
                tr("Cannot open the store %1: %2")
                        .arg(QDir::toNativeSeparators(path), db.lastError().text()));

    // Read the version before anything writes: a newer store must stay exactly as it is.
    const int version = store->schemaVersion();
    if (version < 0)
        return Result<std::unique_ptr<Store>>::failure(
                tr("The file %1 is not a Township Ledger store.").arg(QDir::toNativeSeparators(path)));
    // Stores made by earlier versions were readable by everyone.
    for (const QString &suffix : { QString(), u"-wal"_s, u"-shm"_s }) {
        if (QFileInfo::exists(store->m_path + suffix))
            OwnerOnly::restrictFile(store->m_path + suffix);
    }
    if (version > latestSchemaVersion())
        return Result<std::unique_ptr<Store>>::failure(
                tr("The store %1 was written by a newer version of Township Ledger (schema %2, "
                   "this program knows up to %3). Install the newer version to open it.")
                        .arg(QDir::toNativeSeparators(path))
                        .arg(version)
                        .arg(latestSchemaVersion()));

    if (auto r = store->configure(); !r)
        return Result<std::unique_ptr<Store>>::failure(r.error());
    if (auto r = store->migrate(); !r)
        return Result<std::unique_ptr<Store>>::failure(r.error());
    if (auto r = PersonSearch::rebuildIfIcuChanged(*store); !r)
        return Result<std::unique_ptr<Store>>::failure(r.error());
    store->reloadSettings();
    // Until someone logs in: the computer account, allowed everything while the installation
    // has no users yet (it is being set up), nothing but reading once it has.
    QSqlQuery users(store->db());
    const bool hasUsers = users.exec(u"SELECT EXISTS (SELECT 1 FROM users)"_s) && users.next()
        && users.value(0).toBool();
    store->setUser({ QString(), computerAccount(), hasUsers ? Role::Viewer : Role::Administrator });

    // Start the clock past every change already stored, so a clock set back cannot go behind them.
    for (const QString &table : store->syncedTables()) {
        QSqlQuery q(db);
        if (q.exec(u"SELECT max(updated_hlc) FROM %1"_s.arg(table)) && q.next())
            store->m_hlc.observe(q.value(0).toULongLong());
    }
    return store;
}

QSqlDatabase Store::db() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

sqlite3 *Store::handle() const
{
    const QVariant v = db().driver()->handle();
    return v.isValid() ? *static_cast<sqlite3 *const *>(v.data()) : nullptr;
}

int Store::schemaVersion() const
{
    QSqlQuery q(db());
    if (!q.exec(u"PRAGMA user_version"_s) || !q.next())
        return -1;
    return q.value(0).toInt();
}

void Store::reloadSettings()
{
    m_instanceId.clear();
    m_unitCode.clear();
    QSqlQuery q(db());
    q.exec(u"SELECT key, value FROM settings WHERE key IN ('instance_id', 'unit_code')"_s);
    while (q.next())
        (q.value(0).toString() == "instance_id"_L1 ? m_instanceId : m_unitCode) = q.value(1).toString();
}

Result<void> Store::exec(const QString &sql)
{
    QSqlQuery q(db());
    if (!q.exec(sql))
        return Result<void>::failure(tr("Database error: %1").arg(q.lastError().text()));
    return {};
}

Result<void> Store::configure()
{
    for (const QString &pragma : { u"PRAGMA journal_mode = WAL"_s, u"PRAGMA foreign_keys = ON"_s,
                                   u"PRAGMA synchronous = NORMAL"_s, u"PRAGMA busy_timeout = 5000"_s,
                                   u"PRAGMA cache_size = -65536"_s }) {
        if (auto r = exec(pragma); !r)
            return r;
    }
    PersonSearch::registerFunctions(handle());
    Pinyin::registerFunctions(handle());
    NaturalOrder::registerCollation(handle());
    return {};
}

Result<void> Store::migrate()
{
    const int from = schemaVersion();
    QList<Migration> pending;
    for (const Migration &m : migrations()) {
        if (m.version > from)
            pending.append(m);
    }
    if (pending.isEmpty())
        return {};

    sqlite3 *h = handle();
    auto run = [h](const QByteArray &sql) -> QString {
        char *message = nullptr;
        if (sqlite3_exec(h, sql.constData(), nullptr, nullptr, &message) == SQLITE_OK)
            return {};
        const QString text = QString::fromUtf8(message ? message : "unknown error");
        sqlite3_free(message);
        return text;
    };

    if (const QString e = run("BEGIN IMMEDIATE"); !e.isEmpty())
        return Result<void>::failure(tr("Cannot upgrade the store: %1").arg(e));
    for (const Migration &m : pending) {
        QFile file(m.resource);
        if (!file.open(QIODevice::ReadOnly)) {
            run("ROLLBACK");
            return Result<void>::failure(tr("Migration %1 is missing.").arg(m.version));
        }
        const QString e = run(file.readAll() + "\nPRAGMA user_version = "
                              + QByteArray::number(m.version) + ';');
        if (!e.isEmpty()) {
            run("ROLLBACK");
            return Result<void>::failure(
                    tr("Cannot upgrade the store to schema %1: %2").arg(m.version).arg(e));
        }
    }
    if (const QString e = run("COMMIT"); !e.isEmpty()) {
        run("ROLLBACK");
        return Result<void>::failure(tr("Cannot upgrade the store: %1").arg(e));
    }
    return {};
}

QStringList Store::syncedTables() const
{
    QStringList tables;
    QSqlQuery q(db());
    q.exec(u"SELECT m.name FROM sqlite_schema m WHERE m.type = 'table' "
           "AND (SELECT count(*) FROM pragma_table_info(m.name) c "
           "     WHERE c.name IN ('id', 'updated_hlc', 'origin', 'deleted')) = 4 ORDER BY m.name"_s);
    while (q.next())
        tables.append(q.value(0).toString());
    return tables;
}
