#include "TestSupport.h"

#include "people/PersonQuery.h"
#include "people/PersonSearch.h"
#include "store/IntegrityCheck.h"
#include "store/Store.h"

#include <QCryptographicHash>
#include <QDirIterator>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlDriver>
#include <QSqlQuery>

#include <sqlite3.h>

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

TEST_CASE("upgrading a store of schema 8 indexes its persons' pinyin and households' addresses")
{
    TempStore t;
    // A store as version 8 of the program left it, written with that version's migrations.
    const QString connection = u"schema-8-writer"_s;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, connection);
        db.setDatabaseName(t.path());
        REQUIRE(db.open());
        sqlite3 *handle = *static_cast<sqlite3 *const *>(db.driver()->handle().data());
        PersonSearch::registerFunctions(handle);
        for (int version = 1; version <= 8; ++version) {
            QDirIterator it(u":/migrations"_s, { u"%1_*.sql"_s.arg(version, 4, 10, QLatin1Char('0')) });
            REQUIRE(it.hasNext());
            QFile file(it.next());
            REQUIRE(file.open(QIODevice::ReadOnly));
            INFO(file.fileName().toStdString());
            REQUIRE(sqlite3_exec(handle, file.readAll().constData(), nullptr, nullptr, nullptr)
                    == SQLITE_OK);
        }
        QSqlQuery q(db);
        for (const QString &sql :
             { u"INSERT INTO regions (id, code, name, level, updated_hlc, origin) "
               "VALUES ('r', '370285105001', '东村', 2, 1, 'o')"_s,
               u"INSERT INTO households (id, region_id, address, updated_hlc, origin) "
               "VALUES ('h', 'r', '东村三组228号', 1, 'o')"_s,
               u"INSERT INTO persons (id, household_id, region_id, name, updated_hlc, origin) "
               "VALUES ('p1', 'h', 'r', '张三', 1, 'o'), ('p2', 'h', 'r', '曾国藩', 1, 'o')"_s,
               u"PRAGMA user_version = 8"_s }) {
            INFO(sql.toStdString());
            REQUIRE(q.exec(sql));
        }
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);

    Store &store = t.open();
    CHECK(store.schemaVersion() == Store::latestSchemaVersion());
    auto found = [&store](const QString &text) {
        PersonQuery::Filter filter;
        filter.text = text;
        const PersonQuery query(store, filter);
        QStringList names;
        for (const auto &row : query.fetch(0, 10))
            names << row.person.name;
        CHECK(query.error().isEmpty());
        names.sort();
        return names;
    };
    CHECK(found(u"zhangsan"_s) == QStringList { u"张三"_s });
    CHECK(found(u"zgf"_s) == QStringList { u"曾国藩"_s });
    CHECK(found(u"张三"_s) == QStringList { u"张三"_s });
    CHECK(found(u"三组228"_s) == QStringList { u"张三"_s, u"曾国藩"_s });
    // In pinyin order, 曾 read as the surname zeng comes before zhang.
    QStringList ordered;
    for (const auto &row : PersonQuery(store, {}).fetch(0, 10))
        ordered << row.person.name;
    CHECK(ordered == QStringList { u"曾国藩"_s, u"张三"_s });
    const QStringList problems = IntegrityCheck::run(store);
    CHECK(problems.filter(u"search index"_s).isEmpty());
}
