#include "TestSupport.h"

#include "people/PersonRepository.h"
#include "store/StoreBackup.h"

#include "../CatchQt.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;

namespace {

qint64 personsIn(Store &store)
{
    QSqlQuery q(store.db());
    REQUIRE(q.exec(u"SELECT count(*) FROM persons WHERE deleted = 0"_s));
    REQUIRE(q.next());
    return q.value(0).toLongLong();
}

qint64 personsIn(const QString &path)
{
    auto copy = Store::open(path);
    REQUIRE(copy.ok());
    return personsIn(*copy.value());
}

} // namespace

TEST_CASE("the store is copied once a day, and the last seven days are kept", "[store]")
{
    TownshipStore township;
    Person p;
    p.name = u"张伟"_s;
    p.idNumber = syntheticIdNumber(u"19800101"_s, 101);
    p.regionId = township.villageId(1);
    REQUIRE(PersonRepository(*township.store).add(p).ok());
    const QDate first(2022, 4, 1);

    auto made = StoreBackup::makeDailyIfDue(township.path(), first);
    REQUIRE(made.ok());
    REQUIRE_FALSE(made.value().isEmpty());
    CHECK(QFileInfo(made.value()).dir().dirName() == u"backups"_s);
    CHECK(personsIn(made.value()) == 1);

    // The same day again: today's copy is there already.
    auto again = StoreBackup::makeDailyIfDue(township.path(), first);
    REQUIRE(again.ok());
    CHECK(again.value().isEmpty());

    for (int day = 1; day < 9; ++day)
        REQUIRE_FALSE(
            StoreBackup::makeDailyIfDue(township.path(), first.addDays(day)).value().isEmpty());
    const QDir backups(StoreBackup::folderFor(township.path()));
    const QStringList kept = backups.entryList({ u"daily-*.sqlite"_s }, QDir::Files, QDir::Name);
    REQUIRE(kept.size() == 7);
    CHECK(kept.first() == u"daily-2022-04-03.sqlite"_s);
    CHECK(kept.last() == u"daily-2022-04-09.sqlite"_s);
}

TEST_CASE("a copy cut short by a crash is not taken for the day's", "[store]")
{
    TownshipStore township;
    const QDate day(2022, 4, 1);
    const QDir backups(StoreBackup::folderFor(township.path()));
    REQUIRE(backups.mkpath(u"."_s));
    QFile part(backups.filePath(u"daily-2022-04-01.sqlite.part"_s));
    REQUIRE(part.open(QIODevice::WriteOnly));
    part.write("cut short");
    part.close();

    auto made = StoreBackup::makeDailyIfDue(township.path(), day);
    REQUIRE(made.ok());
    REQUIRE(made.value() == backups.filePath(u"daily-2022-04-01.sqlite"_s));
    CHECK(personsIn(made.value()) == 0);
    CHECK_FALSE(part.exists());
}

TEST_CASE("copies before imports are kept three deep, apart from the daily ones", "[store]")
{
    TownshipStore township;
    const QString folder = StoreBackup::folderFor(township.path());
    REQUIRE(StoreBackup::make(*township.store, StoreBackup::Kind::Daily, folder).ok());
    for (int i = 0; i < 5; ++i)
        REQUIRE(StoreBackup::make(*township.store, StoreBackup::Kind::BeforeImport, folder).ok());
    const QDir backups(folder);
    // Pruned once an import has committed, not by the copy itself.
    CHECK(backups.entryList({ u"before-import-*.sqlite"_s }, QDir::Files).size() == 5);
    StoreBackup::keepNewest(folder, StoreBackup::Kind::BeforeImport);
    CHECK(backups.entryList({ u"before-import-*.sqlite"_s }, QDir::Files).size() == 3);
    CHECK(backups.entryList({ u"daily-*.sqlite"_s }, QDir::Files).size() == 1);
}

#ifndef Q_OS_WIN
TEST_CASE("the copies of the store and their folder are readable by the user alone", "[store]")
{
    TownshipStore township;
    const QString folder = StoreBackup::folderFor(township.path());
    auto daily = StoreBackup::make(*township.store, StoreBackup::Kind::Daily, folder);
    REQUIRE(daily.ok());
    auto beforeImport = StoreBackup::make(*township.store, StoreBackup::Kind::BeforeImport, folder);
    REQUIRE(beforeImport.ok());
    CHECK(permissionBits(folder) == 0700);
    CHECK(permissionBits(daily.value()) == 0600);
    CHECK(permissionBits(beforeImport.value()) == 0600);
    CHECK(personsIn(daily.value()) == 0);

    // A folder made by an earlier version is closed at the next copy.
    setPermissionBits(folder, 0755);
    REQUIRE(StoreBackup::make(*township.store, StoreBackup::Kind::BeforeImport, folder).ok());
    CHECK(permissionBits(folder) == 0700);
}
#endif

namespace {

Person resident(const TownshipStore &t, const QString &name, int sequence)
{
    Person p;
    p.name = name;
    p.regionId = t.villageId(1);
    p.idNumber = syntheticIdNumber(u"19800101"_s, sequence);
    return p;
}

} // namespace

TEST_CASE("a copy is restored over the open store, which is kept as a copy first", "[store][restore]")
{
    TownshipStore t;
    PersonRepository persons(*t.store);
    REQUIRE(persons.add(resident(t, u"赵一"_s, 11)).ok());
    const QString folder = StoreBackup::folderFor(t.path());
    auto daily = StoreBackup::make(*t.store, StoreBackup::Kind::Daily, folder);
    REQUIRE(daily.ok());
    REQUIRE(persons.add(resident(t, u"钱二"_s, 12)).ok());
    // Sent to a peer after the copy was made: that stays sent.
    REQUIRE(t.store->exec(u"INSERT INTO exchange_peers (instance_id, unit_code, unit_name, unit_level, "
                          "signing_key, encryption_key, trusted_at, sent_seq) VALUES ('peer', '370285000000', "
                          "'某县', 'county', 'k', 'e', '2022-04-01', 4)"_s).ok());

    auto restored = StoreBackup::restore(*t.store, daily.value());
    INFO(restored.error().toStdString());
    REQUIRE(restored.ok());
    CHECK(personsIn(*t.store) == 1);
    CHECK(persons.byIdNumber(syntheticIdNumber(u"19800101"_s, 12)).id.isEmpty());
    QSqlQuery q(t.store->db());
    REQUIRE(q.exec(u"SELECT sent_seq FROM exchange_peers WHERE instance_id = 'peer'"_s));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 4);
    q.finish();
    // The store as it was is a copy of its own, and can be restored in turn.
    CHECK(QFileInfo(restored.value()).fileName().startsWith(u"before-restore-"_s));
    CHECK(personsIn(restored.value()) == 2);
    const QList<StoreBackup::Copy> copies = StoreBackup::copies(folder);
    REQUIRE(copies.size() == 2);
    CHECK(copies.first().kind == StoreBackup::Kind::BeforeRestore);
    auto back = StoreBackup::restore(*t.store, restored.value());
    INFO(back.error().toStdString());
    REQUIRE(back.ok());
    CHECK(personsIn(*t.store) == 2);
    // Still writable, still sound.
    CHECK(persons.add(resident(t, u"孙三"_s, 13)).ok());
}

TEST_CASE("a damaged copy, another installation's or one the user may not restore is refused and "
          "the store left as it was",
          "[store][restore]")
{
    TownshipStore t;
    PersonRepository persons(*t.store);
    REQUIRE(persons.add(resident(t, u"赵一"_s, 11)).ok());
    const QString folder = StoreBackup::folderFor(t.path());
    auto daily = StoreBackup::make(*t.store, StoreBackup::Kind::Daily, folder);
    REQUIRE(daily.ok());
    REQUIRE(persons.add(resident(t, u"钱二"_s, 12)).ok());

    SECTION("cut short")
    {
        QFile file(daily.value());
        REQUIRE(file.open(QIODevice::ReadWrite));
        REQUIRE(file.resize(file.size() / 2));
        file.close();
        const QString refused = StoreBackup::restore(*t.store, daily.value()).error();
        INFO(refused.toStdString());
        CHECK(refused.contains(u"damaged"_s));
    }
    SECTION("of another installation")
    {
        TownshipStore other;
        auto theirs = StoreBackup::make(*other.store, StoreBackup::Kind::Daily, other.dir.filePath(u"b"_s));
        REQUIRE(theirs.ok());
        const QString refused = StoreBackup::restore(*t.store, theirs.value()).error();
        INFO(refused.toStdString());
        CHECK(refused.contains(u"another installation"_s));
    }
    SECTION("by a clerk")
    {
        t.store->setUser({ QString(), u"李会计"_s, Role::Clerk });
        CHECK(StoreBackup::restore(*t.store, daily.value()).error().contains(u"李会计"_s));
    }
    CHECK(personsIn(*t.store) == 2);
    CHECK(StoreBackup::copies(folder).size() == 1); // nothing kept: nothing was restored
}
