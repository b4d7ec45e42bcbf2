#include "TestSupport.h"
#include "ExchangeSupport.h"

#include "health/HealthCheckRepository.h"
#include "measures/MeasureRepository.h"
#include "people/HouseholdRepository.h"
#include "people/PersonQuery.h"
#include "people/PersonRepository.h"
#include "people/ScreeningCoverage.h"
#include "regions/RegionRepository.h"
#include "store/SyncedRows.h"

#include <QSqlQuery>

#include "../CatchQt.h"

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;

namespace {

const QDate today = QDate::currentDate();

struct Township : TownshipStore
{
    HouseholdRepository households { *store };
    PersonRepository persons { *store };

    QString household(const QString &address, int village = 1)
    {
        Household h;
        h.regionId = villageId(village);
        h.address = address;
        auto id = households.add(h);
        INFO(id.error().toStdString());
        REQUIRE(id.ok());
        return id.value();
    }
    QString person(const QString &name, int sequence, const QString &householdId = {},
        const QString &relation = {})
    {
        Person p;
        p.name = name;
        p.idNumber = syntheticIdNumber(u"19800101"_s, sequence);
        p.regionId = villageId(1);
        p.householdId = householdId;
        p.relationToHead = relation;
        auto id = persons.add(p);
        INFO(id.error().toStdString());
        REQUIRE(id.ok());
        return id.value();
    }
    qint64 count(const QString &sql)
    {
        QSqlQuery q(store->db());
        REQUIRE(q.exec(sql));
        REQUIRE(q.next());
        return q.value(0).toLongLong();
    }
};

} // namespace

TEST_CASE("the first member of a household heads it and the next ones say their relation")
{
    Township t;
    const QString home = t.household(u"东村一组12号"_s);
    const QString father = t.person(u"张国强"_s, 11, home, u"son"_s);
    const QString wife = t.person(u"李秀英"_s, 12, home, u"spouse"_s);
    CHECK(t.households.byId(home).headPersonId == father);
    CHECK(t.persons.byId(father).relationToHead.isEmpty());
    CHECK(t.persons.byId(wife).relationToHead == u"spouse"_s);

    Person bad = t.persons.byId(wife);
    bad.relationToHead = u"cousin"_s;
    CHECK_FALSE(t.persons.update(bad).ok());
}

TEST_CASE("a household has one head among its members and the former head is given a relation")
{
    Township t;
    const QString home = t.household(u"东村一组12号"_s);
    const QString father = t.person(u"张国强"_s, 11, home);
    const QString son = t.person(u"张伟"_s, 13, home, u"son"_s);
    const QString stranger = t.person(u"王芳"_s, 15);

    auto refused = t.households.setHead(home, stranger);
    CHECK_FALSE(refused.ok());
    CHECK(refused.error().contains(u"members"_s));

    REQUIRE(t.households.setHead(home, son, u"parent"_s).ok());
    CHECK(t.households.byId(home).headPersonId == son);
    CHECK(t.persons.byId(son).relationToHead.isEmpty());
    CHECK(t.persons.byId(father).relationToHead == u"parent"_s);
    // The head comes first in the members list.
    CHECK(t.persons.members(home).first().id == son);
}

TEST_CASE("a person who moves takes the address and village of the other household")
{
    Township t;
    const QString east = t.household(u"东村一组12号"_s, 1);
    const QString west = t.household(u"西村二组3号"_s, 2);
    const QString head = t.person(u"张国强"_s, 11, east);
    const QString other = t.person(u"刘洋"_s, 17, west);

    REQUIRE(t.households.movePerson(head, west, u"son"_s).ok());
    const Person moved = t.persons.byId(head);
    CHECK(moved.householdId == west);
    CHECK(moved.regionId == t.villageId(2));
    CHECK(moved.relationToHead == u"son"_s);
    // The head who left leaves the household without one.
    CHECK(t.households.byId(east).headPersonId.isEmpty());
    CHECK(t.households.byId(west).headPersonId == other);
    // Into an empty household: its head.
    REQUIRE(t.households.movePerson(head, east, u"son"_s).ok());
    CHECK(t.households.byId(east).headPersonId == head);

    CHECK_FALSE(t.households.movePerson(head, east).ok());
    CHECK(t.count(u"SELECT count(*) FROM audit_log WHERE table_name = 'persons' AND row_id = '%1' "
                  "AND action = 'update'"_s.arg(head))
        == 2);
}

TEST_CASE("a son's family splits off into a household of its own")
{
    Township t;
    const QString home = t.household(u"东村一组12号"_s);
    const QString father = t.person(u"张国强"_s, 11, home);
    const QString son = t.person(u"张伟"_s, 13, home, u"son"_s);
    const QString daughterInLaw = t.person(u"赵敏"_s, 14, home, u"other"_s);

    Household theirs;
    theirs.regionId = t.villageId(1);
    theirs.address = u"东村一组14号"_s;
    auto made = t.households.split(home, theirs, son, { { daughterInLaw, u"spouse"_s } });
    INFO(made.error().toStdString());
    REQUIRE(made.ok());
    CHECK(t.households.byId(made.value()).headPersonId == son);
    CHECK(t.persons.byId(daughterInLaw).householdId == made.value());
    CHECK(t.persons.byId(daughterInLaw).relationToHead == u"spouse"_s);
    CHECK(t.persons.members(home).size() == 1);
    CHECK(t.households.byId(home).headPersonId == father);

    // Everyone leaving is a move of the household, not a split.
    CHECK_FALSE(t.households.split(home, theirs, father, {}).ok());
}

TEST_CASE("two records of one household merge into one with all members and visits")
{
    Township t;
    const QString kept = t.household(u"东村一组12号"_s);
    const QString twice = t.household(u"东村1组12号"_s);
    const QString head = t.person(u"张国强"_s, 11, kept);
    const QString son = t.person(u"张伟"_s, 13, twice);
    ScreeningVisit v;
    v.householdId = twice;
    v.visitedOn = today;
    v.visitor = u"王建国"_s;
    REQUIRE(t.households.addVisit(v).ok());

    REQUIRE(t.households.merge(twice, kept).ok());
    CHECK(t.persons.byId(son).householdId == kept);
    CHECK(t.households.byId(kept).headPersonId == head);
    CHECK(t.households.visits(kept).size() == 1);
    CHECK(t.households.byId(twice).id.isEmpty());
    CHECK(t.count(u"SELECT count(*) FROM households WHERE id = '%1' AND deleted = 1 AND merged_into = '%2'"_s
                      .arg(twice, kept))
        == 1);
    CHECK_FALSE(t.households.merge(kept, kept).ok());
}

TEST_CASE("the households list pages through every household and filters the unvisited")
{
    Township t;
    QStringList ids;
    for (int i = 1; i <= 620; ++i)
        ids << t.household(u"东村一组%1号"_s.arg(i));
    ScreeningVisit v;
    v.householdId = ids[4];
    v.visitedOn = today;
    v.visitor = u"王建国"_s;
    REQUIRE(t.households.addVisit(v).ok());
    v.householdId = ids[5];
    v.visitedOn = today.addDays(-30); // before the current screening
    REQUIRE(t.households.addVisit(v).ok());

    HouseholdRepository::Filter all;
    all.regionId = t.villageId(1);
    CHECK(t.households.count(all).value() == 620);
    auto last = t.households.page(all, 600, 50);
    REQUIRE(last.ok());
    CHECK(last->size() == 20);
    // In the order of the numbers on the doors.
    CHECK(last->last().household.address == u"东村一组620号"_s);

    HouseholdRepository::Filter unvisited = all;
    unvisited.visits = HouseholdRepository::Filter::Visits::NotVisited;
    unvisited.visitedSince = ScreeningCoverage::currentSince(today);
    CHECK(t.households.count(unvisited).value() == 619);
    HouseholdRepository::Filter visited = unvisited;
    visited.visits = HouseholdRepository::Filter::Visits::Visited;
    auto page = t.households.page(visited, 0, 10);
    REQUIRE(page.ok());
    REQUIRE(page->size() == 1);
    CHECK(page->first().household.id == ids[4]);
    CHECK(page->first().lastVisit == today);
}

TEST_CASE("a removal keeps its reason on the tombstone and asks what each reason needs")
{
    Township t;
    const QString moved = t.person(u"张国强"_s, 11);
    const QString died = t.person(u"李秀英"_s, 12);

    CHECK_FALSE(t.persons.remove(moved, { u"moved_out"_s, {} }).ok());
    CHECK_FALSE(t.persons.remove(died, { u"died"_s, {} }).ok());
    CHECK_FALSE(t.persons.remove(died, { u"died"_s, {}, today.addDays(1) }).ok());
    CHECK_FALSE(t.persons.remove(died, { u"left"_s, {} }).ok());

    REQUIRE(t.persons.remove(moved, { u"moved_out"_s, u"青岛市市南区"_s, today.addDays(-2) }).ok());
    REQUIRE(t.persons.remove(died, { u"died"_s, {}, today.addDays(-1) }).ok());
    CHECK(t.persons.byId(moved).id.isEmpty());

    PersonQuery removed(*t.store, { {}, PersonCategory::Any, {}, true });
    REQUIRE(removed.count() == 2);
    const auto rows = removed.fetch(0, 10);
    for (const PersonQuery::Row &row : rows) {
        if (row.person.id == moved) {
            CHECK(row.removal.reason == u"moved_out"_s);
            CHECK(row.removal.note == u"青岛市市南区"_s);
            CHECK(row.removal.on == today.addDays(-2));
        } else {
            CHECK(row.removal.reason == u"died"_s);
            CHECK(row.removal.on == today.addDays(-1));
        }
    }
    // The live list has neither.
    CHECK(PersonQuery(*t.store, {}).count() == 0);
}

TEST_CASE("a person registered twice merges into the one who stays and the merge can be undone")
{
    Township t;
    const QString home = t.household(u"东村一组12号"_s);
    const QString kept = t.person(u"张国强"_s, 11, home);
    const QString twice = t.person(u"张国强"_s, 21);
    ControlMeasure m;
    m.personId = twice;
    m.startedOn = today;
    auto measure = MeasureRepository(*t.store).add(m, {}, today);
    REQUIRE(measure.ok());
    HealthCheck morning;
    morning.personId = twice;
    morning.checkedOn = today;
    morning.period = u"morning"_s;
    morning.temperature = 36.5;
    REQUIRE(HealthCheckRepository(*t.store).record(morning, today).ok());
    HealthCheck keptMorning = morning;
    keptMorning.personId = kept;
    keptMorning.temperature = 36.6;
    REQUIRE(HealthCheckRepository(*t.store).record(keptMorning, today).ok());
    HealthCheck afternoon = morning;
    afternoon.period = u"afternoon"_s;
    REQUIRE(HealthCheckRepository(*t.store).record(afternoon, today).ok());

    CHECK_FALSE(t.persons.remove(twice, { u"duplicate"_s, {}, {}, twice }).ok());
    CHECK_FALSE(t.persons.remove(twice, { u"duplicate"_s, {}, {}, {} }).ok());
    REQUIRE(t.persons.remove(twice, { u"duplicate"_s, {}, {}, kept }).ok());
    CHECK(t.count(u"SELECT count(*) FROM control_measures WHERE person_id = '%1' AND deleted = 0"_s.arg(kept)) == 1);
    // The survivor's own morning reading stays; the other's afternoon one moves to it.
    CHECK(t.count(u"SELECT count(*) FROM health_checks WHERE person_id = '%1' AND deleted = 0"_s.arg(kept)) == 2);
    CHECK(t.count(u"SELECT count(*) FROM persons WHERE id = '%1' AND deleted = 1 AND merged_into = '%2' "
                  "AND removal_reason = 'duplicate'"_s.arg(twice, kept))
        == 1);

    auto back = t.persons.restore(twice);
    INFO(back.error().toStdString());
    REQUIRE(back.ok());
    CHECK(t.persons.byId(twice).name == u"张国强"_s);
    CHECK(t.count(u"SELECT count(*) FROM control_measures WHERE person_id = '%1' AND deleted = 0"_s.arg(twice)) == 1);
    CHECK(t.count(u"SELECT count(*) FROM health_checks WHERE person_id = '%1' AND deleted = 0"_s.arg(twice)) == 2);
    CHECK(t.count(u"SELECT count(*) FROM persons WHERE id = '%1' AND removal_reason = '' "
                  "AND merged_into IS NULL"_s.arg(twice))
        == 1);
}

TEST_CASE("a removed person comes back unless their ID number was registered again")
{
    Township t;
    const QString gone = t.person(u"张国强"_s, 11);
    REQUIRE(t.persons.remove(gone, { u"moved_out"_s, u"青岛市"_s }).ok());
    const QString again = t.person(u"张国强"_s, 11);
    auto refused = t.persons.restore(gone);
    CHECK_FALSE(refused.ok());
    CHECK(refused.error().contains(syntheticIdNumber(u"19800101"_s, 11)));
    REQUIRE(t.persons.remove(again, { u"died"_s, {}, today }).ok());
    REQUIRE(t.persons.restore(gone).ok());
    CHECK(t.persons.byId(gone).idNumber == syntheticIdNumber(u"19800101"_s, 11));
}

TEST_CASE("a move and a removal as a duplicate reach the other installation of the township")
{
    OfficeAndLaptop t;
    Store &office = t.office.store();
    const QString village = RegionRepository(office).byCode(u"370285105001"_s).id;
    Household h;
    h.regionId = village;
    h.address = u"东村一组12号"_s;
    const QString home = HouseholdRepository(office).add(h).value();
    const QString kept = t.office.addPerson(u"张国强"_s, 11);
    const QString twice = t.office.addPerson(u"张国强"_s, 21);
    REQUIRE(t.laptop.import(t.office.exportTo(t.laptop, t.stick.path())).ok());

    // The laptop records a temperature of the duplicate while the office merges it away.
    HealthCheck c;
    c.personId = twice;
    c.checkedOn = today;
    c.period = u"morning"_s;
    c.temperature = 36.4;
    REQUIRE(HealthCheckRepository(t.laptop.store()).record(c, today).ok());
    REQUIRE(HouseholdRepository(office).movePerson(kept, home, u"son"_s).ok());
    REQUIRE(PersonRepository(office).remove(twice, { u"duplicate"_s, {}, {}, kept }).ok());

    REQUIRE(t.laptop.import(t.office.exportTo(t.laptop, t.stick.path())).ok());
    REQUIRE(t.office.import(t.laptop.exportTo(t.office, t.stick.path())).ok());
    REQUIRE(t.laptop.import(t.office.exportTo(t.laptop, t.stick.path())).ok());
    for (Store *store : { &office, &t.laptop.store() }) {
        const Person moved = PersonRepository(*store).byId(kept);
        CHECK(moved.householdId == home);
        CHECK(HouseholdRepository(*store).byId(home).headPersonId == kept);
        CHECK(PersonRepository(*store).byId(twice).id.isEmpty());
        QSqlQuery q(store->db());
        REQUIRE(q.exec(u"SELECT person_id FROM health_checks WHERE deleted = 0"_s));
        REQUIRE(q.next());
        // The laptop's reading of the merged record now belongs to the one who stays.
        CHECK(q.value(0).toString() == kept);
    }
}

TEST_CASE("a head taken out of their household leaves it without a head")
{
    Township t;
    const QString home = t.household(u"东村一组12号"_s);
    const QString head = t.person(u"张国强"_s, 11, home);
    t.person(u"张伟"_s, 13, home, u"son"_s);
    Person p = t.persons.byId(head);
    p.householdId.clear();
    REQUIRE(t.persons.update(p).ok());
    CHECK(t.households.byId(home).headPersonId.isEmpty());
    CHECK(t.persons.members(home).size() == 1);
}
