#include "TestSupport.h"

#include "store/Store.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include "../CatchQt.h"

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;

namespace {

QString pragma(Store &store, const QString &name)
{
    QSqlQuery q(store.db());
    REQUIRE(q.exec(u"PRAGMA "_s + name));
    REQUIRE(q.next());
    return q.value(0).toString();
}

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

qint64 schemaObjects(Store &store)
{
    QSqlQuery q(store.db());
    REQUIRE(q.exec(u"SELECT count(*) FROM sqlite_schema"_s));
    REQUIRE(q.next());
    return q.value(0).toLongLong();
}

// Writes a small SQLite file with its own connection, as another program (or a newer Township
// Ledger) would, with the given user_version.
void writeForeignStore(const QString &path, int userVersion)
{
    const QString connection = u"foreign-writer"_s;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, connection);
        db.setDatabaseName(path);
        REQUIRE(db.open());
        QSqlQuery q(db);
        REQUIRE(q.exec(u"CREATE TABLE future_things (id TEXT PRIMARY KEY, what TEXT)"_s));
        REQUIRE(q.exec(u"INSERT INTO future_things VALUES ('1', 'from the future')"_s));
        REQUIRE(q.exec(u"PRAGMA user_version = %1"_s.arg(userVersion)));
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
}

} // namespace

TEST_CASE("a new store is at the latest schema with WAL journal and foreign keys on")
{
    TempStore t;
    Store &store = t.open();
    REQUIRE(Store::latestSchemaVersion() >= 1);
    CHECK(store.schemaVersion() == Store::latestSchemaVersion());
    CHECK(pragma(store, u"user_version"_s).toInt() == Store::latestSchemaVersion());
    CHECK(pragma(store, u"journal_mode"_s).toLower() == u"wal"_s);
    CHECK(pragma(store, u"foreign_keys"_s).toInt() == 1);
    CHECK(store.instanceId().isEmpty());
    CHECK(store.syncedTables().contains(u"persons"_s));
    CHECK(store.syncedTables().contains(u"regions"_s));
    CHECK_FALSE(store.syncedTables().contains(u"settings"_s));
}

TEST_CASE("a store refuses a row that points at a missing region")
{
    TempStore t;
    Store &store = t.open();
    QSqlQuery q(store.db());
    CHECK_FALSE(q.exec(u"INSERT INTO households (id, region_id, address, updated_hlc, origin) "
                       "VALUES ('h', 'no-such-region', 'x', 1, 'o')"_s));
}

TEST_CASE("reopening a store keeps its data and applies no migration again")
{
    TownshipStore t;
    const QString instanceId = t.store->instanceId();
    REQUIRE_FALSE(instanceId.isEmpty());
    const qint64 objects = schemaObjects(*t.store);

    Store &reopened = t.open();
    CHECK(reopened.schemaVersion() == Store::latestSchemaVersion());
    CHECK(schemaObjects(reopened) == objects);
    CHECK(reopened.instanceId() == instanceId);
    CHECK(pragma(reopened, u"foreign_keys"_s).toInt() == 1);

    QSqlQuery q(reopened.db());
    REQUIRE(q.exec(u"SELECT count(*) FROM regions WHERE level = 2"_s));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 2);
}

TEST_CASE("a reopened store's clock starts after the changes already stored")
{
    TownshipStore t;
    QSqlQuery q(t.store->db());
    REQUIRE(q.exec(u"SELECT max(updated_hlc) FROM regions"_s));
    REQUIRE(q.next());
    const quint64 newest = q.value(0).toULongLong();
    Store &reopened = t.open();
    CHECK(reopened.hlc().now() > newest);
}

TEST_CASE("refuses a store written by a newer version and leaves its file untouched")
{
    TempStore t;
    const int newer = Store::latestSchemaVersion() + 1;
    writeForeignStore(t.path(), newer);
    const QByteArray before = fileHash(t.path());
    const qint64 sizeBefore = QFile(t.path()).size();

    auto opened = Store::open(t.path());
    CHECK_FALSE(opened.ok());
    CHECK(opened.error().contains(QString::number(newer)));

    CHECK(QFile(t.path()).size() == sizeBefore);
    CHECK(fileHash(t.path()) == before);
    CHECK_FALSE(QFile::exists(t.path() + u"-wal"_s));

    // A second attempt finds it just the same.
    CHECK_FALSE(Store::open(t.path()).ok());
    CHECK(fileHash(t.path()) == before);
}

TEST_CASE("refuses a file that is not a store and leaves it unchanged")
{
    TempStore t;
    {
        QFile file(t.path());
        REQUIRE(file.open(QIODevice::WriteOnly));
        for (int i = 0; i < 200; ++i)
            file.write("name,id_number,phone\nZhang Wei,not a number,138\n");
    }
    const QByteArray before = fileHash(t.path());

    auto opened = Store::open(t.path());
    CHECK_FALSE(opened.ok());
    CHECK_FALSE(opened.error().isEmpty());
    CHECK(fileHash(t.path()) == before);
}

TEST_CASE("refuses a short text file that is not a store and leaves it unchanged")
{
    TempStore t;
    {
        QFile file(t.path());
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("hello\n");
    }
    const QByteArray before = fileHash(t.path());
    auto opened = Store::open(t.path());
    CHECK_FALSE(opened.ok());
    CHECK(fileHash(t.path()) == before);
}
