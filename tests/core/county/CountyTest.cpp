#include "ExchangeSupport.h"

#include "county/CountyRollup.h"
#include "county/KnownToSeveralUnits.h"
#include "county/RiskAreaRepository.h"
#include "county/VerificationTaskRepository.h"
#include "measures/MeasureRepository.h"
#include "people/IdNumber.h"
#include "people/PersonRepository.h"
#include "regions/RegionRepository.h"

#include "../CatchQt.h"

#include <QHash>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;

namespace {

const QDate today(2022, 4, 10);

VerificationTask task(const QString &unit, const QString &name, int sequence)
{
    VerificationTask t;
    t.forUnit = unit;
    t.personName = name;
    t.idNumber = syntheticIdNumber(u"19750303"_s, sequence);
    t.reason = u"上海返乡人员协查"_s;
    t.issuedOn = today;
    t.dueOn = today.addDays(2);
    return t;
}

// Adds a person to village 002 (西村) of a township; returns the id.
QString addPersonToVillage2(Installation &township, const QString &name, const QString &idNumber)
{
    Person person;
    person.name = name;
    person.idNumber = idNumber;
    person.regionId = RegionRepository(township.store())
                          .byCode(township.store().unitCode().left(9) + u"002"_s)
                          .id;
    auto id = PersonRepository(township.store()).add(person);
    INFO(id.error().toStdString());
    REQUIRE(id.ok());
    return id.value();
}

// 张伟 is kept by both townships, 东镇 in 东村 and 西镇 in 西村; 李娜 and 王芳 by one each.
// 东镇's 张伟 was monitored in March and is isolated since 04-05; 西镇's was isolated and
// released.
struct OnePersonInTwoTownships : CountyAndTwoTownships
{
    OnePersonInTwoTownships()
    {
        const QString eastZhang = east.addPerson(u"张伟"_s, 101);
        east.addPerson(u"李娜"_s, 102);
        addPersonToVillage2(west, u"张伟"_s, shared);
        const QString westZhang = PersonRepository(west.store()).byIdNumber(shared).id;
        addPersonToVillage2(west, u"王芳"_s, syntheticIdNumber(u"19800101"_s, 103));

        MeasureRepository atEast(east.store());
        auto monitored
            = atEast.add(measure(eastZhang, u"home_monitoring"_s, QDate(2022, 3, 1)), {}, today);
        REQUIRE(monitored.ok());
        REQUIRE(atEast.release(monitored.value(), QDate(2022, 3, 20), u"期满"_s, today).ok());
        REQUIRE(atEast.add(measure(eastZhang, u"home_isolation"_s, QDate(2022, 4, 5)), {}, today)
                    .ok());
        MeasureRepository atWest(west.store());
        auto isolated
            = atWest.add(measure(westZhang, u"home_isolation"_s, QDate(2022, 3, 20)), {}, today);
        REQUIRE(isolated.ok());
        REQUIRE(atWest.release(isolated.value(), QDate(2022, 4, 3), u"期满"_s, today).ok());

        REQUIRE(county.import(east.exportTo(county, stick.path())).ok());
        REQUIRE(county.import(west.exportTo(county, stick.path())).ok());
    }

    static ControlMeasure measure(const QString &personId, const QString &kind, QDate startedOn)
    {
        ControlMeasure m;
        m.personId = personId;
        m.kind = kind;
        m.startedOn = startedOn;
        return m;
    }

    const QString shared = syntheticIdNumber(u"19800101"_s, 101);
};

// The query plan's lines (EXPLAIN QUERY PLAN), each with the lines of its parent before it.
QStringList queryPlan(Store &store, const QString &sql, int boundValues)
{
    QSqlQuery q(store.db());
    REQUIRE(q.prepare(u"EXPLAIN QUERY PLAN "_s + sql));
    for (int i = 0; i < boundValues; ++i)
        q.addBindValue(0);
    REQUIRE(q.exec());
    QHash<int, QString> paths;
    QStringList lines;
    while (q.next()) {
        const QString path = paths.value(q.value(1).toInt()) + u" / "_s + q.value(3).toString();
        paths.insert(q.value(0).toInt(), path);
        lines << path;
    }
    return lines;
}

} // namespace

TEST_CASE("a verification task is checked before it is given", "[county]")
{
    Installation county(Installation::County);
    VerificationTaskRepository tasks(county.store());
    VerificationTask t = task(u"370285105000"_s, u"刘洋"_s, 301);
    CHECK(tasks.check(t, today).ok());
    t.forUnit = u"370285105001"_s; // a village, not a township
    CHECK_FALSE(tasks.check(t, today).ok());
    t = task(u"370285105000"_s, u"刘洋"_s, 301);
    t.reason.clear();
    CHECK_FALSE(tasks.check(t, today).ok());
    t = task(u"370285105000"_s, u"刘洋"_s, 301);
    t.dueOn = today.addDays(-1);
    CHECK_FALSE(tasks.check(t, today).ok());
    t = task(u"370285105000"_s, u"刘洋"_s, 301);
    t.idNumber = u"990101197503033011"_s; // wrong check digit
    CHECK_FALSE(tasks.check(t, today).ok());
}

TEST_CASE_METHOD(CountyAndTwoTownships,
    "tasks go down to their own township only, and the results come back up", "[county]")
{
    // The county knows the townships once their first bundles arrived.
    REQUIRE(county.import(east.exportTo(county, stick.path())).ok());
    REQUIRE(county.import(west.exportTo(county, stick.path())).ok());

    VerificationTaskRepository atCounty(county.store());
    auto forEast = atCounty.add(task(u"370285105000"_s, u"刘洋"_s, 301), today);
    REQUIRE(forEast.ok());
    REQUIRE(atCounty.add(task(u"370285106000"_s, u"陈静"_s, 302), today).ok());
    REQUIRE(RiskAreaRepository(county.store())
                .add({ {}, u"上海市浦东新区"_s, u"high"_s, today, {} }, today)
                .ok());
    CHECK(atCounty.openCount() == 2);

    auto down = east.import(county.exportTo(east, stick.path()));
    INFO(down.error().toStdString());
    REQUIRE(down.ok());
    VerificationTaskRepository atEast(east.store());
    REQUIRE(atEast.count() == 1);
    const VerificationTaskRepository::Row row = atEast.list().value(0);
    CHECK(row.task.personName == u"刘洋"_s);
    CHECK(row.knownPersonId.isEmpty());
    // The risk list came too, and names the place a returnee gives.
    CHECK(RiskAreaRepository(east.store()).matching(u"上海市浦东新区张江镇"_s, today).name
        == u"上海市浦东新区"_s);
    CHECK_FALSE(RiskAreaRepository(east.store()).matching(u"上海市闵行区"_s, today).id.size() > 0);

    CHECK_FALSE(atEast.recordResult(row.task.id, u"left"_s, {}, today, u"王村干"_s, today).ok());
    CHECK_FALSE(
        atEast.recordResult(row.task.id, u"located"_s, {}, today.addDays(1), u"王村干"_s, today)
            .ok());
    REQUIRE(
        atEast.recordResult(row.task.id, u"left"_s, u"已去青岛市务工"_s, today, u"王村干"_s, today)
            .ok());
    CHECK(atEast.openCount() == 0);

    auto up = county.import(east.exportTo(county, stick.path()));
    INFO(up.error().toStdString());
    REQUIRE(up.ok());
    const VerificationTask answered = atCounty.byId(forEast.value());
    CHECK(answered.result == u"left"_s);
    CHECK(answered.resultNotes == u"已去青岛市务工"_s);
    CHECK(atCounty.openCount() == 1);
    CHECK(atCounty.openCount(u"370285106000"_s) == 1);
}

TEST_CASE_METHOD(CountyAndTwoTownships,
    "the county's roll-up counts each township's persons and says when its last bundle came",
    "[county]")
{
    east.addPerson(u"张伟"_s, 101);
    east.addPerson(u"李娜"_s, 102);
    west.addPerson(u"王芳"_s, 103);
    REQUIRE(county.import(east.exportTo(county, stick.path())).ok());
    REQUIRE(county.import(west.exportTo(county, stick.path())).ok());
    REQUIRE(VerificationTaskRepository(county.store())
                .add(task(u"370285106000"_s, u"陈静"_s, 302), today)
                .ok());

    const QList<CountyRollup::Township> rollup = CountyRollup::townships(county.store(), today);
    REQUIRE(rollup.size() == 2);
    CHECK(rollup[0].code == u"370285105000"_s);
    CHECK(rollup[0].persons == 2);
    CHECK(rollup[0].lastBundle == 1);
    CHECK_FALSE(rollup[0].lastReceivedAt.isEmpty());
    CHECK(rollup[0].openTasks == 0);
    CHECK(rollup[1].persons == 1);
    CHECK(rollup[1].openTasks == 1);
}

TEST_CASE("a risk area is listed once and can be lifted", "[county]")
{
    Installation county(Installation::County);
    RiskAreaRepository areas(county.store());
    auto id = areas.add({ {}, u"上海市浦东新区"_s, u"high"_s, today, {} }, today);
    REQUIRE(id.ok());
    CHECK_FALSE(areas.add({ {}, u"上海市浦东新区"_s, u"medium"_s, today, {} }, today).ok());
    REQUIRE(areas.add({ {}, u"上海市浦东新区张江镇"_s, u"medium"_s, today, {} }, today).ok());
    CHECK(areas.matching(u"上海市浦东新区张江镇"_s, today).name == u"上海市浦东新区张江镇"_s);
    CHECK_FALSE(areas.lift(id.value(), today.addDays(-1)).ok());
    REQUIRE(areas.lift(id.value(), today.addDays(3)).ok());
    CHECK(areas.matching(u"上海市浦东新区川沙镇"_s, today.addDays(2)).name == u"上海市浦东新区"_s);
    CHECK(areas.matching(u"上海市浦东新区川沙镇"_s, today.addDays(3)).id.isEmpty());
    CHECK(areas.all().last().name == u"上海市浦东新区"_s); // lifted ones last
}

TEST_CASE_METHOD(CountyAndTwoTownships,
    "a person the county corrects goes back to that person's township, not to its "
    "neighbours",
    "[county]")
{
    const QString zhang = east.addPerson(u"张伟"_s, 101);
    REQUIRE(county.import(east.exportTo(county, stick.path())).ok());
    REQUIRE(county.import(west.exportTo(county, stick.path())).ok());

    Person corrected = PersonRepository(county.store()).byId(zhang);
    REQUIRE(corrected.name == u"张伟"_s);
    corrected.name = u"张玮"_s;
    REQUIRE(PersonRepository(county.store()).update(corrected).ok());
    REQUIRE(RiskAreaRepository(county.store())
                .add({ {}, u"上海市浦东新区"_s, u"high"_s, today, {} }, today)
                .ok());

    auto toWest = west.import(county.exportTo(west, stick.path()));
    INFO(toWest.error().toStdString());
    REQUIRE(toWest.ok());
    CHECK(PersonRepository(west.store()).byId(zhang).id.isEmpty());
    CHECK(RiskAreaRepository(west.store()).all().size() == 1);

    REQUIRE(east.import(county.exportTo(east, stick.path())).ok());
    CHECK(PersonRepository(east.store()).byId(zhang).name == u"张玮"_s);
    CHECK(RiskAreaRepository(east.store()).all().size() == 1);
}

TEST_CASE_METHOD(CountyAndTwoTownships,
    "the county lists each task once, with the person its township keeps, when two townships "
    "keep the ID number",
    "[county]")
{
    const QString shared = syntheticIdNumber(u"19800101"_s, 101);
    east.addPerson(u"张伟"_s, 101);
    addPersonToVillage2(west, u"张伟"_s, shared);
    REQUIRE(county.import(east.exportTo(county, stick.path())).ok());
    REQUIRE(county.import(west.exportTo(county, stick.path())).ok());
    VerificationTaskRepository tasks(county.store());
    for (const QString &unit : { u"370285105000"_s, u"370285106000"_s }) {
        VerificationTask t = task(unit, u"张伟"_s, 0);
        t.idNumber = shared;
        REQUIRE(tasks.add(t, today).ok());
    }

    const QList<VerificationTaskRepository::Row> rows = tasks.list();
    REQUIRE(rows.size() == 2);
    for (const VerificationTaskRepository::Row &row : rows)
        CHECK(row.knownVillage
            == (row.task.forUnit == u"370285105000"_s ? u"东村"_s : u"西村"_s));
}

TEST_CASE_METHOD(OnePersonInTwoTownships,
    "the county corrects either township's person of an ID number two townships keep, and "
    "refuses a second one in the same township",
    "[county]")
{
    PersonRepository persons(county.store());
    const QString westZhang = PersonRepository(west.store()).byIdNumber(shared).id;
    Person corrected = persons.byId(westZhang);
    REQUIRE(corrected.name == u"张伟"_s);
    corrected.name = u"张玮"_s;
    auto updated = persons.update(corrected);
    INFO(updated.error().toStdString());
    CHECK(updated.ok());

    Person again;
    again.name = u"张伟"_s;
    again.idNumber = shared;
    again.regionId = RegionRepository(county.store()).byCode(u"370285105002"_s).id;
    CHECK_FALSE(persons.add(again).ok());
}

TEST_CASE_METHOD(OnePersonInTwoTownships,
    "an ID number kept by two townships is listed with each township's person, village and "
    "latest measure, masked unless full data is asked for",
    "[county]")
{
    KnownToSeveralUnits known(county.store());
    const KnownToSeveralUnits::Count counted = known.count();
    CHECK(counted.idNumbers == 1); // 李娜 and 王芳 are kept by one township each
    CHECK(counted.rows == 2);

    const QList<KnownToSeveralUnits::Row> rows = known.list();
    REQUIRE(rows.size() == 2);
    const KnownToSeveralUnits::Row &e = rows[0];
    const KnownToSeveralUnits::Row &w = rows[1];
    CHECK(e.idNumber == IdNumber::masked(shared));
    CHECK(w.idNumber == IdNumber::masked(shared));
    CHECK(e.position == 0);
    CHECK(w.position == 0);
    CHECK(e.township == u"370285105000"_s);
    CHECK(e.townshipName == u"东镇"_s);
    CHECK(e.name == u"张伟"_s);
    CHECK(e.village == u"东村"_s);
    CHECK(e.measureKind == u"home_isolation"_s); // the latest, not March's monitoring
    CHECK(e.measureStartedOn == QDate(2022, 4, 5));
    CHECK_FALSE(e.measureReleased);
    CHECK(w.township == u"370285106000"_s);
    CHECK(w.townshipName == u"西镇"_s);
    CHECK(w.name == u"张伟"_s);
    CHECK(w.village == u"西村"_s);
    CHECK(w.measureKind == u"home_isolation"_s);
    CHECK(w.measureStartedOn == QDate(2022, 3, 20));
    CHECK(w.measureReleased);

    CHECK(known.list(0, 200, true).value(0).idNumber == shared);
    CHECK(known.list(1, 200).isEmpty());
}

TEST_CASE_METHOD(OnePersonInTwoTownships,
    "verification tasks for an ID number go to each township that keeps it, once a day",
    "[county]")
{
    KnownToSeveralUnits known(county.store());
    CHECK_FALSE(known.sendTasks(shared, today.addDays(-1), today).ok());
    const QString onlyEast = syntheticIdNumber(u"19800101"_s, 102);
    CHECK_FALSE(known.sendTasks(onlyEast, today.addDays(1), today).ok());

    auto sent = known.sendTasks(shared, today.addDays(1), today);
    INFO(sent.error().toStdString());
    REQUIRE(sent.ok());
    CHECK(sent->made == 2);
    CHECK(sent->alreadySent == 0);

    VerificationTaskRepository tasks(county.store());
    CHECK(tasks.openCount(u"370285105000"_s) == 1);
    CHECK(tasks.openCount(u"370285106000"_s) == 1);
    // Each township is told where else the person is registered, and the task names the person
    // as that township knows them; the county's task list shows each task once.
    const QList<VerificationTaskRepository::Row> given = tasks.list();
    REQUIRE(given.size() == 2);
    for (const VerificationTaskRepository::Row &row : given) {
        const bool forEast = row.task.forUnit == u"370285105000"_s;
        CHECK(row.task.idNumber == shared);
        CHECK(row.task.personName == u"张伟"_s);
        CHECK(row.task.dueOn == today.addDays(1));
        CHECK(row.task.reason.contains(forEast ? u"370285106000 西镇"_s : u"370285105000 东镇"_s));
        CHECK_FALSE(row.task.reason.contains(forEast ? u"东镇"_s : u"西镇"_s));
        CHECK(row.knownVillage == (forEast ? u"东村"_s : u"西村"_s));
    }

    // A second send the same day makes none, and says why.
    auto again = known.sendTasks(shared, today.addDays(1), today);
    REQUIRE(again.ok());
    CHECK(again->made == 0);
    CHECK(again->alreadySent == 2);
    CHECK_FALSE(again->message.isEmpty());
    auto all = known.sendAllTasks(today.addDays(1), today);
    REQUIRE(all.ok());
    CHECK(all->made == 0);
    CHECK(all->alreadySent == 2);
    CHECK(tasks.count() == 2);

    // The next day they can be asked again.
    auto nextDay = known.sendAllTasks(today.addDays(2), today.addDays(1));
    REQUIRE(nextDay.ok());
    CHECK(nextDay->made == 2);
    CHECK(tasks.count() == 4);

    // The tasks travel down to their townships.
    REQUIRE(west.import(county.exportTo(west, stick.path())).ok());
    CHECK(VerificationTaskRepository(west.store()).count() == 2);
}

TEST_CASE_METHOD(OnePersonInTwoTownships,
    "the list of persons known to several townships reads the numbers noted as shared, never "
    "every person",
    "[county]")
{
    const QStringList counting = queryPlan(county.store(), KnownToSeveralUnits::countSql(), 0);
    INFO(counting.join(u'\n').toStdString());
    // Only the noted numbers are read; the persons of each are found by the index.
    CHECK(counting.filter(u"SCAN persons"_s).isEmpty());
    CHECK_FALSE(counting.filter(u"SEARCH k USING INDEX persons_id_number (id_number=?)"_s).isEmpty());
    CHECK(counting.filter(u"TEMP B-TREE"_s).isEmpty());

    // The page of ID numbers reads the noted numbers in order; only the page's own rows are
    // sorted and joined.
    const QStringList paging = queryPlan(county.store(), KnownToSeveralUnits::pageSql(), 2);
    INFO(paging.join(u'\n').toStdString());
    CHECK(paging.filter(u"SCAN persons"_s).isEmpty());
    CHECK(paging.filter(u"TEMP B-TREE FOR GROUP BY"_s).isEmpty());
    CHECK(paging.filter(QRegularExpression(u"SCAN p( |$)"_s)).isEmpty());
}
