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

qint64 personsIn(const QString &path)
{
    auto copy = Store::open(path);
    REQUIRE(copy.ok());
    QSqlQuery q(copy.value()->db());
    REQUIRE(q.exec(u"SELECT count(*) FROM persons WHERE deleted = 0"_s));
    REQUIRE(q.next());
    return q.value(0).toLongLong();
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
