#include "ExchangeSupport.h"
#include "county/CountyRollup.h"

#include "exchange/BundleExport.h"
#include "exchange/ExchangeHistory.h"
#include "exchange/ExchangePeers.h"
#include "exchange/SyncConflicts.h"
#include "measures/PolicyValues.h"
#include "people/PersonRepository.h"
#include "regions/RegionRepository.h"

#include "../CatchQt.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;

namespace {

qint64 count(Store &store, const QString &sql)
{
    QSqlQuery q(store.db());
    REQUIRE(q.exec(sql));
    REQUIRE(q.next());
    return q.value(0).toLongLong();
}

// The township's line in the county's view of its townships.
CountyRollup::Township townshipAt(Installation &county, Installation &township)
{
    for (const CountyRollup::Township &t : CountyRollup::townships(county.store(), QDate::currentDate())) {
        if (t.code == township.store().unitCode())
            return t;
    }
    FAIL("the township is not in the county's view");
    return {};
}

const TableReport &tableIn(const BundleImport::Report &report, const QString &table)
{
    static const TableReport none;
    for (const TableReport &t : report.tables) {
        if (t.table == table)
            return t;
    }
    return none;
}

// The work folders beside the store at path, with their permission bits.
QMap<QString, int> workFolders(const QString &path)
{
    QMap<QString, int> folders;
    const QDir beside = QFileInfo(path).dir();
    for (const QString &name :
        beside.entryList({ u"exchange-*"_s }, QDir::Dirs | QDir::NoDotAndDotDot)) {
#ifdef Q_OS_WIN
        folders.insert(name, 0);
#else
        folders.insert(name, permissionBits(beside.filePath(name)));
#endif
    }
    return folders;
}

} // namespace

TEST_CASE("the rows in clear stay in a folder beside the store that only the user can read, and "
          "go with it when the export or import ends",
    "[exchange]")
{
    Installation township(Installation::Township);
    Installation county(Installation::County);
    township.trustEachOther(county);
    township.addPerson(u"张伟"_s, 101);
    QTemporaryDir stick;

    QMap<QString, int> seen;
    BundleExport::Options exporting;
    exporting.progress = [&](const QString &, int) {
        seen.insert(workFolders(township.path()));
        return true;
    };
    auto made = BundleExport::write(
        township.store(), *township.keys, county.store().instanceId(), stick.path(), exporting);
    INFO(made.error().toStdString());
    REQUIRE(made.ok());
    REQUIRE(seen.size() == 1);
#ifndef Q_OS_WIN
    CHECK(seen.first() == 0700);
#endif
    CHECK(workFolders(township.path()).isEmpty());

    seen.clear();
    BundleImport::Options importing;
    importing.progress = [&](const QString &) {
        seen.insert(workFolders(county.path()));
        return true;
    };
    auto imported = county.import(made->filePath, importing);
    INFO(imported.error().toStdString());
    REQUIRE(imported.ok());
    REQUIRE(seen.size() == 1);
#ifndef Q_OS_WIN
    CHECK(seen.first() == 0700);
#endif
    CHECK(workFolders(county.path()).isEmpty());
}

TEST_CASE(
    "a township's rows reach the county and the county's policy comes back down", "[exchange]")
{
    Installation township(Installation::Township);
    Installation county(Installation::County);
    township.trustEachOther(county);
    QTemporaryDir stick;

    const QString zhang = township.addPerson(u"张伟"_s, 101);
    township.addPerson(u"李娜"_s, 102);
    const QString up = township.exportTo(county, stick.path());
    CHECK(QFileInfo(up).fileName().startsWith(u"370285105000_"_s));
    CHECK(QFileInfo(up).fileName().endsWith(u"_1.tlb"_s));

    auto report = county.import(up);
    INFO(report.error().toStdString());
    REQUIRE(report.ok());
    CHECK(tableIn(report.value(), u"persons"_s).inserted == 2);
    CHECK(tableIn(report.value(), u"regions"_s).inserted == 3);
    CHECK(PersonRepository(county.store()).byId(zhang).name == u"张伟"_s);
    CHECK(count(county.store(),
              u"SELECT count(*) FROM person_search WHERE person_search MATCH '张伟'"_s)
        == 1);

    // The county changes the isolation days; the change travels down and nothing else does.
    REQUIRE(PolicyValues(county.store()).setIsolationDays(u"home_isolation"_s, 10).ok());
    const QString down = county.exportTo(township, stick.path());
    auto back = township.import(down);
    INFO(back.error().toStdString());
    REQUIRE(back.ok());
    CHECK(PolicyValues(township.store()).isolationDays(u"home_isolation"_s) == 10);
    CHECK(tableIn(back.value(), u"persons"_s).inserted == 0);
    CHECK(tableIn(back.value(), u"policy_values"_s).inserted == 1);

    // Both keep a history of what came and went.
    const QList<ExchangeRecord> history = ExchangeHistory::recent(township.store());
    REQUIRE(history.size() == 2);
    CHECK(history[0].direction == u"import"_s);
    CHECK(history[1].direction == u"export"_s);
    CHECK(history[1].rows > 0);
}

TEST_CASE("only rows changed since the last bundle travel, tombstones included", "[exchange]")
{
    Installation township(Installation::Township);
    Installation county(Installation::County);
    township.trustEachOther(county);
    QTemporaryDir stick;
    const QString zhang = township.addPerson(u"张伟"_s, 101);
    township.addPerson(u"李娜"_s, 102);
    REQUIRE(county.import(township.exportTo(county, stick.path())).ok());

    REQUIRE(PersonRepository(township.store()).remove(zhang, { u"moved_out"_s, u"青岛市"_s }).ok());
    const QString second = township.exportTo(county, stick.path());
    auto manifest = BundleImport::inspect(second);
    REQUIRE(manifest.ok());
    CHECK(manifest->tables.value(u"persons"_s) == 1);
    CHECK(manifest->previousSeq == 1);

    auto report = county.import(second);
    REQUIRE(report.ok());
    CHECK(tableIn(report.value(), u"persons"_s).updated == 1);
    CHECK(PersonRepository(county.store()).byId(zhang).id.isEmpty());
    CHECK(count(county.store(), u"SELECT deleted FROM persons WHERE name = '张伟'"_s) == 1);

    // A full bundle carries everything again, and changes nothing that is already there.
    const QString full = township.exportTo(county, stick.path(), true);
    auto again = county.import(full);
    REQUIRE(again.ok());
    CHECK(again->inserted() == 0);
    CHECK(again->updated() == 0);
    CHECK(tableIn(again.value(), u"persons"_s).unchanged == 2);
}

TEST_CASE(
    "a row edited on both sides is a conflict, the newer edit stays and the other is kept aside",
    "[exchange]")
{
    Installation township(Installation::Township);
    Installation county(Installation::County);
    township.trustEachOther(county);
    QTemporaryDir stick;
    const QString zhang = township.addPerson(u"张伟"_s, 101);
    REQUIRE(county.import(township.exportTo(county, stick.path())).ok());

    // The county corrects the phone; later the township corrects the name.
    Person atCounty = PersonRepository(county.store()).byId(zhang);
    atCounty.phone = u"13912345678"_s;
    REQUIRE(PersonRepository(county.store()).update(atCounty).ok());
    // Later by the clock (two edits in one millisecond are decided by origin instead): the
    // township's clock goes past the county's edit rather than the test sleeping for it.
    township.store().hlc().observe(Hlc::fromMillis(Hlc::millis(county.store().hlc().last()) + 1));
    Person atTownship = PersonRepository(township.store()).byId(zhang);
    atTownship.name = u"张玮"_s;
    REQUIRE(PersonRepository(township.store()).update(atTownship).ok());

    auto report = township.import(county.exportTo(township, stick.path()));
    INFO(report.error().toStdString());
    REQUIRE(report.ok());
    CHECK(tableIn(report.value(), u"persons"_s).conflicts == 1);
    CHECK(PersonRepository(township.store()).byId(zhang).name == u"张玮"_s);
    QSqlQuery q(township.store().db());
    REQUIRE(
        q.exec(u"SELECT kind, remote_json FROM sync_conflicts WHERE row_id = '%1'"_s.arg(zhang)));
    REQUIRE(q.next());
    CHECK(q.value(0).toString() == u"both_changed"_s);
    CHECK(q.value(1).toString().contains(u"13912345678"_s));

    // The clerk keeps the county's version; it goes up as a new edit, which is no conflict at the
    // county: the county had not changed the row since.
    SyncConflicts conflicts(township.store());
    REQUIRE(conflicts.openCount() == 1);
    const SyncConflict conflict = conflicts.list(0, 10).value(0);
    CHECK(conflict.label() == u"张伟"_s);
    CHECK(conflict.differences().contains(u"phone"_s));
    CHECK(conflict.differences().contains(u"name"_s));
    REQUIRE(conflicts.keepRemote(conflict.number).ok());
    CHECK(conflicts.openCount() == 0);
    CHECK_FALSE(conflicts.keepLocal(conflict.number).ok());
    CHECK(PersonRepository(township.store()).byId(zhang).phone == u"13912345678"_s);
    CHECK(PersonRepository(township.store()).byId(zhang).name == u"张伟"_s);

    auto up = county.import(township.exportTo(county, stick.path()));
    REQUIRE(up.ok());
    CHECK(up->conflicts() == 0);
    CHECK(PersonRepository(county.store()).byId(zhang).phone == u"13912345678"_s);
}

TEST_CASE("a person entered at the county and the township under one ID number is merged into one",
    "[exchange]")
{
    Installation township(Installation::Township);
    Installation county(Installation::County);
    township.trustEachOther(county);
    QTemporaryDir stick;
    township.addPerson(u"张伟"_s, 101);
    REQUIRE(county.import(township.exportTo(county, stick.path())).ok());
    // The county registers someone of the township that the township also registers, each under
    // its own id; the county's is made first.
    Person atCounty;
    atCounty.name = u"王芳"_s;
    atCounty.idNumber = syntheticIdNumber(u"19800101"_s, 202);
    atCounty.regionId = RegionRepository(county.store()).byCode(u"370285105002"_s).id;
    auto first = PersonRepository(county.store()).add(atCounty);
    REQUIRE(first.ok());
    const QString second = township.addPerson(u"王芳"_s, 202);
    township.addPerson(u"李娜"_s, 203);

    auto report = county.import(township.exportTo(county, stick.path()));
    INFO(report.error().toStdString());
    REQUIRE(report.ok());
    CHECK(tableIn(report.value(), u"persons"_s).merged == 1);
    CHECK(count(county.store(), u"SELECT count(*) FROM persons WHERE deleted = 0"_s) == 3);
    SyncConflicts conflicts(county.store());
    REQUIRE(conflicts.openCount() == 1);
    const SyncConflict merged = conflicts.list(0, 10).value(0);
    CHECK(merged.kind == u"merged"_s);
    CHECK(merged.rowId == second);
    CHECK(merged.remote.value(u"name"_s).toString() == u"王芳"_s);
    // Accepted as it stands; keeping the two apart takes undoing the merge.
    CHECK_FALSE(conflicts.keepRemote(merged.number).ok());
    REQUIRE(conflicts.keepLocal(merged.number).ok());
    CHECK(conflicts.openCount() == 0);

    // Down at the township the same merge is made, the same way.
    auto down = township.import(county.exportTo(township, stick.path()));
    INFO(down.error().toStdString());
    REQUIRE(down.ok());
    CHECK(count(township.store(), u"SELECT count(*) FROM persons WHERE deleted = 0"_s) == 3);
    CHECK(PersonRepository(township.store()).byId(first.value()).name == u"王芳"_s);
    CHECK(PersonRepository(township.store()).byId(second).id.isEmpty());
}

TEST_CASE("a gap in the producer's bundles is refused unless the clerk accepts it", "[exchange]")
{
    Installation township(Installation::Township);
    Installation county(Installation::County);
    township.trustEachOther(county);
    QTemporaryDir stick;
    township.addPerson(u"张伟"_s, 101);
    REQUIRE(county.import(township.exportTo(county, stick.path())).ok());
    township.addPerson(u"李娜"_s, 102);
    const QString lost = township.exportTo(county, stick.path());
    township.addPerson(u"赵敏"_s, 103);
    QTemporaryDir otherStick;
    const QString third = township.exportTo(county, otherStick.path());

    auto refused = county.import(third);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().contains(u"2"_s));
    CHECK(count(county.store(), u"SELECT count(*) FROM persons"_s) == 1);

    BundleImport::Options anyway;
    anyway.acceptGap = true;
    auto accepted = county.import(third, anyway);
    INFO(accepted.error().toStdString());
    REQUIRE(accepted.ok());
    CHECK_FALSE(accepted->warning.isEmpty());
    CHECK(ExchangeHistory::recent(county.store()).value(0).warning == accepted->warning);
    CHECK(count(county.store(), u"SELECT count(*) FROM persons"_s) == 2);

    // The missed bundle is now older than the last one: it is refused, not merged backwards; a
    // full bundle brings what it carried.
    REQUIRE_FALSE(county.import(lost).ok());
    CHECK(count(county.store(), u"SELECT count(*) FROM persons"_s) == 2);
    REQUIRE(county.import(township.exportTo(county, stick.path(), true)).ok());
    CHECK(count(county.store(), u"SELECT count(*) FROM persons"_s) == 3);
}

TEST_CASE("a producer whose key is not trusted is refused until its fingerprint is confirmed",
    "[exchange]")
{
    Installation township(Installation::Township);
    Installation county(Installation::County);
    // Only the township knows the county's key.
    auto countyKey = KeyFile::self(county.store(), *county.keys);
    REQUIRE(ExchangePeers(township.store()).trust(countyKey.value()).ok());
    QTemporaryDir stick;
    township.addPerson(u"张伟"_s, 101);
    const QString bundle = township.exportTo(county, stick.path());
    const QString fingerprint = InstanceKeys::fingerprint(township.keys->signingPublicKey());

    auto refused = county.import(bundle);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().contains(fingerprint));

    BundleImport::Options wrong;
    wrong.confirmedFingerprint = u"0000 0000 0000 0000 0000 0000 0000 0000"_s;
    REQUIRE_FALSE(county.import(bundle, wrong).ok());
    CHECK(ExchangePeers(county.store()).all().isEmpty());

    BundleImport::Options confirmed;
    confirmed.confirmedFingerprint = fingerprint.toLower();
    auto report = county.import(bundle, confirmed);
    INFO(report.error().toStdString());
    REQUIRE(report.ok());
    CHECK(ExchangePeers(county.store()).all().size() == 1);
}

TEST_CASE("rows passed on from another installation reach the county even when older than the last "
          "bundle",
    "[exchange]")
{
    Installation laptop(Installation::Laptop);
    Installation township(Installation::Township);
    Installation county(Installation::County);
    laptop.trustEachOther(township);
    township.trustEachOther(county);
    QTemporaryDir stick;
    REQUIRE(laptop.import(township.exportTo(laptop, stick.path(), true)).ok());
    const QString early = laptop.addPerson(u"王芳"_s, 201);
    REQUIRE(county.import(township.exportTo(county, stick.path())).ok());

    auto fromLaptop = township.import(laptop.exportTo(township, stick.path()));
    INFO(fromLaptop.error().toStdString());
    REQUIRE(fromLaptop.ok());
    auto up = county.import(township.exportTo(county, stick.path()));
    INFO(up.error().toStdString());
    REQUIRE(up.ok());
    CHECK(PersonRepository(county.store()).byId(early).name == u"王芳"_s);
}

TEST_CASE("a village the county adds to a township's region tree reaches the township", "[exchange]")
{
    Installation township(Installation::Township);
    Installation county(Installation::County);
    township.trustEachOther(county);
    QTemporaryDir stick;
    REQUIRE(county.import(township.exportTo(county, stick.path())).ok());

    RegionRepository atCounty(county.store());
    const QString townshipId = atCounty.byCode(u"370285105000"_s).id;
    REQUIRE(atCounty.add(townshipId, u"370285105003"_s, u"新区社区"_s).ok());
    auto down = township.import(county.exportTo(township, stick.path()));
    INFO(down.error().toStdString());
    REQUIRE(down.ok());
    const Region added = RegionRepository(township.store()).byCode(u"370285105003"_s);
    CHECK(added.name == u"新区社区"_s);
    CHECK(added.parentId == townshipId);
}

TEST_CASE("the county finds a township's audit trail broken when a bundle brings the break, and "
          "still takes the bundle in saying so",
          "[exchange][audit]")
{
    Installation township(Installation::Township);
    Installation county(Installation::County);
    township.trustEachOther(county);
    QTemporaryDir stick;
    township.addPerson(u"张伟"_s, 101);
    auto first = county.import(township.exportTo(county, stick.path()));
    REQUIRE(first.ok());
    CHECK(first->warning.isEmpty());

    // An entry made up with a database tool at the township, then a real change after it.
    QSqlQuery forge(township.store().db());
    REQUIRE(forge.exec(u"INSERT INTO audit_log (id, at, user_name, table_name, row_id, action, seq, "
                       "prev_hash, hash, updated_hlc, origin, owner_unit) SELECT 'forged', at, '某人', "
                       "'persons', row_id, 'delete', seq + 1, hash, 'forged', %1, origin, owner_unit "
                       "FROM audit_log WHERE seq IS NOT NULL ORDER BY seq DESC LIMIT 1"_s
                           .arg(qint64(township.store().hlc().now()))));
    forge.finish();
    township.addPerson(u"李娜"_s, 102);
    auto second = county.import(township.exportTo(county, stick.path()));
    INFO(second.error().toStdString());
    REQUIRE(second.ok());
    CHECK(second->warning.contains(u"was changed at entry"_s));
    CHECK(count(county.store(), u"SELECT count(*) FROM persons WHERE deleted = 0"_s) == 2);

    // The county's view of its townships says whose trail broke, and the break stays said at
    // every later import, although the next bundle's entries are sound.
    CHECK(townshipAt(county, township).auditBreak.contains(u"was changed at entry"_s));
    township.addPerson(u"王芳"_s, 103);
    auto third = county.import(township.exportTo(county, stick.path()));
    REQUIRE(third.ok());
    CHECK(third->warning.contains(u"was changed at entry"_s));
    CHECK(townshipAt(county, township).auditChecked);
}

TEST_CASE("the county checks each bundle's audit entries from where the last one ended",
          "[exchange][audit]")
{
    Installation township(Installation::Township);
    Installation county(Installation::County);
    township.trustEachOther(county);
    QTemporaryDir stick;
    township.addPerson(u"张伟"_s, 101);
    REQUIRE(county.import(township.exportTo(county, stick.path())).ok());
    const QString origin = township.store().instanceId();
    const qint64 checked = count(county.store(),
        u"SELECT seq FROM audit_chain_checks WHERE origin = '%1'"_s.arg(origin));
    CHECK(checked == count(township.store(),
        u"SELECT max(seq) FROM audit_log WHERE origin = '%1'"_s.arg(origin)));

    // The next bundle's entries follow on from the last one checked, which moves on.
    township.addPerson(u"李娜"_s, 102);
    auto second = county.import(township.exportTo(county, stick.path()));
    REQUIRE(second.ok());
    CHECK(second->warning.isEmpty());
    CHECK(count(county.store(), u"SELECT seq FROM audit_chain_checks WHERE origin = '%1'"_s.arg(origin))
          > checked);
    const CountyRollup::Township seen = townshipAt(county, township);
    CHECK(seen.auditChecked);
    CHECK(seen.auditBreak.isEmpty());
}
