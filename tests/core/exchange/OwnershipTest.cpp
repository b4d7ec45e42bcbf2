#include "ExchangeSupport.h"

#include "checkpoints/CheckpointLog.h"
#include "checkpoints/CheckpointRepository.h"
#include "exchange/DuplicateRows.h"
#include "exchange/SyncConflicts.h"
#include "health/HealthCheckRepository.h"
#include "measures/MeasureRepository.h"
#include "measures/PolicyValues.h"
#include "people/PersonRepository.h"
#include "regions/RegionRepository.h"
#include "store/InstanceSettings.h"
#include "store/Ownership.h"

#include "../CatchQt.h"

#include <QSqlQuery>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;

namespace {

const QDate today(2022, 4, 10);

QString villageOf(Installation &at)
{
    return RegionRepository(at.store()).byCode(at.store().unitCode().left(9) + u"001"_s).id;
}

QString addCheckpoint(Installation &at, const QString &name)
{
    Checkpoint c;
    c.name = name;
    c.regionId = villageOf(at);
    auto id = CheckpointRepository(at.store()).add(c);
    INFO(id.error().toStdString());
    REQUIRE(id.ok());
    return id.value();
}

void logEntry(Installation &at, const QString &checkpointId, const QString &name)
{
    CheckpointEntry e;
    e.checkpointId = checkpointId;
    e.enteredAt = QDateTime(today, QTime(8, 5));
    e.personName = name;
    e.recordedBy = u"值守员"_s;
    auto id = CheckpointLog(at.store()).record(e);
    INFO(id.error().toStdString());
    REQUIRE(id.ok());
}

void addPermit(Installation &at, const QString &number)
{
    PassPermit p;
    p.number = number;
    p.holderName = u"运菜车"_s;
    p.validFrom = today;
    p.validTo = today.addDays(7);
    p.issuedBy = u"镇防控办"_s;
    auto id = CheckpointRepository(at.store()).addPermit(p);
    INFO(id.error().toStdString());
    REQUIRE(id.ok());
}

void rename(Installation &at, const QString &personId, const QString &name)
{
    Person p = PersonRepository(at.store()).byId(personId);
    p.name = name;
    auto r = PersonRepository(at.store()).update(p);
    INFO(r.error().toStdString());
    REQUIRE(r.ok());
}

QString addMeasure(Installation &at, const QString &personId)
{
    ControlMeasure m;
    m.personId = personId;
    m.startedOn = today;
    auto id = MeasureRepository(at.store()).add(m, {}, today);
    INFO(id.error().toStdString());
    REQUIRE(id.ok());
    return id.value();
}

void recordCheck(Installation &at, const QString &personId, double temperature)
{
    HealthCheck c;
    c.personId = personId;
    c.checkedOn = today;
    c.temperature = temperature;
    auto id = HealthCheckRepository(at.store()).record(c, today);
    INFO(id.error().toStdString());
    REQUIRE(id.ok());
}

qint64 scalar(Installation &at, const QString &sql, const QString &value = {})
{
    QSqlQuery q(at.store().db());
    q.prepare(sql);
    if (!value.isNull())
        q.addBindValue(value);
    REQUIRE(q.exec());
    REQUIRE(q.next());
    return q.value(0).toLongLong();
}

Result<BundleImport::Report> carry(Installation &from, Installation &to, const QString &folder)
{
    return to.import(from.exportTo(to, folder));
}

} // namespace

TEST_CASE("every synced table has its owner written down", "[exchange]")
{
    TempStore t;
    t.open();
    for (const QString &table : t.store->syncedTables()) {
        INFO(table.toStdString());
        CHECK(Ownership::hasRule(table));
    }
}

TEST_CASE("every unique index of a synced table holds within the owner and has a merge rule",
    "[exchange]")
{
    TempStore t;
    t.open();
    QSqlQuery q(t.store->db());
    for (const QString &table : t.store->syncedTables()) {
        REQUIRE(q.exec(u"SELECT name FROM pragma_index_list('%1') WHERE \"unique\" = 1 "
                       "AND origin = 'c'"_s.arg(table)));
        QStringList indexes;
        while (q.next())
            indexes << q.value(0).toString();
        for (const QString &index : indexes) {
            REQUIRE(
                q.exec(u"SELECT name FROM pragma_index_info('%1') ORDER BY seqno"_s.arg(index)));
            QStringList columns;
            while (q.next())
                columns << q.value(0).toString();
            INFO(index.toStdString());
            // A region's code names its township, so the code alone is unique within it.
            CHECK((columns.contains(u"owner_unit"_s) || table == "regions"_L1));
            const auto &keys = DuplicateRows::uniqueKeys();
            CHECK(std::any_of(keys.cbegin(), keys.cend(), [&](const DuplicateRows::Key &k) {
                return k.table == table && k.columns == columns;
            }));
        }
    }
}

TEST_CASE_METHOD(CountyAndTwoTownships,
    "two townships with the same checkpoint, permit and person are both taken in whole",
    "[exchange]")
{
    for (Installation *t : { &east, &west }) {
        const QString gate = addCheckpoint(*t, u"镇政府家属院门口"_s);
        logEntry(*t, gate, u"张三"_s);
        addPermit(*t, u"001"_s);
        // One person, one ID number, known to both: lives in one, works in the other.
        addMeasure(*t, t->addPerson(u"王芳"_s, 301));
    }
    for (Installation *t : { &east, &west }) {
        auto report = carry(*t, county, stick.path());
        INFO(report.error().toStdString());
        REQUIRE(report.ok());
        CHECK(report->conflicts() == 0);
    }
    CHECK(
        scalar(county, u"SELECT count(*) FROM checkpoints WHERE name = '镇政府家属院门口'"_s) == 2);
    CHECK(scalar(county, u"SELECT count(*) FROM checkpoint_entries"_s) == 2);
    CHECK(scalar(county, u"SELECT count(*) FROM pass_permits WHERE number = '001'"_s) == 2);
    CHECK(scalar(county, u"SELECT count(DISTINCT owner_unit) FROM persons WHERE id_number = ?"_s,
              syntheticIdNumber(u"19800101"_s, 301))
        == 2);
    CHECK(scalar(county, u"SELECT count(*) FROM control_measures"_s) == 2);
    // Each measure belongs to its own township's person.
    CHECK(scalar(county,
              u"SELECT count(*) FROM control_measures m JOIN persons p ON p.id = m.person_id "
              "WHERE p.owner_unit = m.owner_unit"_s)
        == 2);

    // The next bundles of both go in too.
    for (Installation *t : { &east, &west }) {
        t->addPerson(u"李娜"_s, 302);
        REQUIRE(carry(*t, county, stick.path()).ok());
    }
    CHECK(scalar(county, u"SELECT count(*) FROM persons"_s) == 4);
}

TEST_CASE_METHOD(CountyAndTwoTownships,
    "a bundle carrying a row of another township is refused and changes nothing", "[exchange]")
{
    const QString wang = west.addPerson(u"王芳"_s, 301);
    REQUIRE(carry(west, county, stick.path()).ok());
    east.addPerson(u"张伟"_s, 101);
    REQUIRE(carry(east, county, stick.path()).ok());

    SECTION("a row of the other township's person")
    {
        // East's program is made to pass west's person off as its own, renamed.
        QSqlQuery q(east.store().db());
        REQUIRE(q.exec(u"PRAGMA foreign_keys = OFF"_s));
        REQUIRE(q.exec(u"ATTACH DATABASE '%1' AS w"_s.arg(west.path())));
        REQUIRE(q.exec(u"INSERT INTO persons SELECT * FROM w.persons"_s));
        q.prepare(u"UPDATE persons SET name = '假名', owner_unit = '370285105000', region_id = ?, "
                  "updated_hlc = ? WHERE owner_unit = '370285106000'"_s);
        q.addBindValue(villageOf(east));
        q.addBindValue(qint64(east.store().hlc().now()));
        REQUIRE(q.exec());
        REQUIRE(q.exec(u"DETACH DATABASE w"_s));
    }
    SECTION("the county's fever threshold")
    {
        REQUIRE(PolicyValues(east.store()).setFeverThreshold(38.5).ok());
        QSqlQuery q(east.store().db());
        REQUIRE(q.exec(u"UPDATE policy_values SET owner_unit = '370285105000'"_s));
    }
    REQUIRE(PolicyValues(county.store()).setFeverThreshold(37.3).ok());
    const QByteArray before = fileHash(county.path());
    const QString forged = east.exportTo(county, stick.path());
    auto refused = county.import(forged);
    REQUIRE_FALSE(refused.ok());
    INFO(refused.error().toStdString());
    CHECK(refused.error().contains(u"refused"_s));
    CHECK(fileHash(county.path()) == before);
    CHECK(PersonRepository(county.store()).byId(wang).name == u"王芳"_s);
    CHECK(PolicyValues(county.store()).feverThreshold() == Approx(37.3));
}

TEST_CASE_METHOD(CountyAndTwoTownships,
    "a county's downward bundle may carry its own rows and the recipient's only", "[exchange]")
{
    const QString wang = west.addPerson(u"王芳"_s, 301);
    REQUIRE(carry(west, county, stick.path()).ok());
    REQUIRE(PolicyValues(county.store()).setFeverThreshold(37.5).ok());
    // A name the county corrects goes to its own township only.
    rename(county, wang, u"王芳芳"_s);

    REQUIRE(carry(county, east, stick.path()).ok());
    CHECK(PolicyValues(east.store()).feverThreshold() == Approx(37.5));
    CHECK(scalar(east, u"SELECT count(*) FROM persons"_s) == 0);
    REQUIRE(carry(county, west, stick.path()).ok());
    CHECK(PersonRepository(west.store()).byId(wang).name == u"王芳芳"_s);

    // East's person, corrected at the county too, never goes to west.
    const QString zhang = east.addPerson(u"张伟"_s, 101);
    REQUIRE(carry(east, county, stick.path()).ok());
    rename(county, zhang, u"张卫"_s);
    REQUIRE(carry(county, west, stick.path()).ok());
    CHECK(scalar(west, u"SELECT count(*) FROM persons WHERE id = ?"_s, zhang) == 0);
    REQUIRE(carry(county, east, stick.path()).ok());
    CHECK(PersonRepository(east.store()).byId(zhang).name == u"张卫"_s);
}

TEST_CASE("a row stamped ahead of the clock refuses the bundle until the producer's date is right",
    "[exchange]")
{
    Installation county(Installation::County);
    Installation east(Installation::Township);
    county.trustEachOther(east);
    QTemporaryDir stick;
    const qint64 dayAhead = 24 * 3600 * 1000;
    east.store().hlc().setClock([=] { return Hlc::systemClock() + dayAhead; });
    const QString zhang = east.addPerson(u"张伟"_s, 101);

    const QByteArray before = fileHash(county.path());
    auto refused = carry(east, county, stick.path());
    REQUIRE_FALSE(refused.ok());
    INFO(refused.error().toStdString());
    CHECK(refused.error().contains(u"ahead"_s));
    CHECK(fileHash(county.path()) == before);

    // The date put right: the next bundle carries the person, re-stamped, and wins nothing it
    // should not.
    // The refused bundle is missing at the county: the clerk sends a full one.
    east.store().hlc().setClock(Hlc::systemClock);
    auto taken = county.import(east.exportTo(county, stick.path(), true));
    INFO(taken.error().toStdString());
    REQUIRE(taken.ok());
    CHECK(PersonRepository(county.store()).byId(zhang).name == u"张伟"_s);
    CHECK(Hlc::millis(east.store().hlc().now()) < Hlc::systemClock() + 60'000);
    // An edit made at the county afterwards wins over the one made on the wrong date.
    rename(county, zhang, u"张卫"_s);
    REQUIRE(carry(county, east, stick.path()).ok());
    CHECK(PersonRepository(east.store()).byId(zhang).name == u"张卫"_s);
}

TEST_CASE_METHOD(OfficeAndLaptop,
    "the same ID number on the office PC and a field laptop ends as one person on both",
    "[exchange]")
{
    const QString first = office.addPerson(u"王芳"_s, 301);
    const QString second = laptop.addPerson(u"王芳"_s, 301);
    REQUIRE(first < second);
    const QString measure = addMeasure(laptop, second);

    auto atOffice = carry(laptop, office, stick.path());
    INFO(atOffice.error().toStdString());
    REQUIRE(atOffice.ok());
    // Taken on the laptop before it hears of the merge: the laptop moves it itself.
    recordCheck(laptop, second, 36.6);
    auto atLaptop = carry(office, laptop, stick.path());
    INFO(atLaptop.error().toStdString());
    REQUIRE(atLaptop.ok());
    REQUIRE(carry(laptop, office, stick.path()).ok());

    for (Installation *at : { &office, &laptop }) {
        CHECK(scalar(*at, u"SELECT count(*) FROM persons WHERE deleted = 0"_s) == 1);
        CHECK(scalar(*at, u"SELECT count(*) FROM persons WHERE id = ? AND deleted = 0"_s, first)
            == 1);
        CHECK(scalar(*at, u"SELECT count(*) FROM persons WHERE merged_into = ? AND deleted = 1"_s,
                  first)
            == 1);
        // The laptop's measure and temperature live on with the survivor.
        CHECK(scalar(*at, u"SELECT count(*) FROM control_measures WHERE person_id = ?"_s, first)
            == 1);
        CHECK(scalar(*at, u"SELECT count(*) FROM health_checks WHERE person_id = ?"_s, first)
            == 1);
    }
    SyncConflicts conflicts(office.store());
    REQUIRE(conflicts.openCount() == 1);
    const SyncConflict merged = conflicts.list(0, 10).value(0);
    CHECK(merged.kind == u"merged"_s);
    CHECK(merged.rowId == second);

    // Two people after all: the clerk corrects the laptop's number and the merge is undone,
    // everywhere.
    // A woman's number this time (an even sequence digit): the gender follows the number.
    const QString corrected = syntheticIdNumber(u"19800102"_s, 304);
    REQUIRE(conflicts.split(merged.number, { { u"id_number"_s, corrected } }).ok());
    CHECK(conflicts.openCount() == 0);
    // Each installation moves back what it moved itself: the office the measure, the laptop the
    // temperature.
    REQUIRE(carry(office, laptop, stick.path()).ok());
    REQUIRE(carry(laptop, office, stick.path()).ok());
    for (Installation *at : { &office, &laptop }) {
        CHECK(scalar(*at, u"SELECT count(*) FROM health_checks WHERE person_id = ?"_s, second)
            == 1);
        CHECK(scalar(*at, u"SELECT count(*) FROM persons WHERE deleted = 0"_s) == 2);
        CHECK(PersonRepository(at->store()).byId(second).idNumber == corrected);
        CHECK(PersonRepository(at->store()).byId(second).gender == u"female"_s);
        CHECK(PersonRepository(at->store()).byId(second).birthDate == QDate(1980, 1, 2));
        CHECK(scalar(*at,
                  u"SELECT count(*) FROM control_measures WHERE person_id = ? AND id = '%1'"_s.arg(
                      measure),
                  second)
            == 1);
    }
}

TEST_CASE_METHOD(OfficeAndLaptop,
    "one person's temperature of one slot entered at two ends is kept once, the other listed",
    "[exchange]")
{
    const QString person = office.addPerson(u"王芳"_s, 301);
    REQUIRE(carry(office, laptop, stick.path()).ok());
    recordCheck(office, person, 36.5);
    recordCheck(laptop, person, 37.6);

    REQUIRE(carry(laptop, office, stick.path()).ok());
    REQUIRE(carry(office, laptop, stick.path()).ok());
    for (Installation *at : { &office, &laptop })
        CHECK(scalar(*at, u"SELECT count(*) FROM health_checks WHERE deleted = 0"_s) == 1);
    CHECK(scalar(office, u"SELECT temperature * 10 FROM health_checks WHERE deleted = 0"_s)
        == scalar(laptop, u"SELECT temperature * 10 FROM health_checks WHERE deleted = 0"_s));
    SyncConflicts conflicts(office.store());
    REQUIRE(conflicts.openCount() == 1);
    CHECK(conflicts.list(0, 10).value(0).kind == u"same_slot"_s);
}
