#include "TestSupport.h"

#include "people/HouseholdRepository.h"
#include "people/PersonQuery.h"
#include "people/PersonRepository.h"
#include "people/ScreeningCoverage.h"
#include "regions/RegionRepository.h"

#include <QSqlQuery>

#include "../CatchQt.h"

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;

namespace {

const QDate today(2022, 3, 4);

Household household(const QString &regionId, const QString &address)
{
    Household h;
    h.regionId = regionId;
    h.address = address;
    return h;
}

QString addHousehold(Store &store, const QString &regionId, const QString &address)
{
    auto id = HouseholdRepository(store).add(household(regionId, address));
    INFO(id.error().toStdString());
    REQUIRE(id.ok());
    return id.value();
}

ScreeningVisit visit(const QString &householdId, QDate on, const QString &visitor = u"王建国"_s)
{
    ScreeningVisit v;
    v.householdId = householdId;
    v.visitedOn = on;
    v.visitor = visitor;
    return v;
}

qint64 rows(Store &store, const QString &table)
{
    QSqlQuery q(store.db());
    REQUIRE(q.exec(u"SELECT count(*) FROM "_s + table));
    REQUIRE(q.next());
    return q.value(0).toLongLong();
}

ScreeningCoverage::VillageCoverage coverageOf(const QList<ScreeningCoverage::VillageCoverage> &list,
                                              const QString &villageId)
{
    for (const auto &c : list) {
        if (c.villageId == villageId)
            return c;
    }
    FAIL("no coverage for the village");
    return {};
}

} // namespace

TEST_CASE("adds a household and reads it back")
{
    TownshipStore t;
    HouseholdRepository households(*t.store);
    Household h = household(t.villageId(1), u"  东村  ３号 "_s);
    h.phone = u"0532 87654321"_s;
    h.householdType = u"collective"_s;
    auto id = households.add(h);
    INFO(id.error().toStdString());
    REQUIRE(id.ok());
    const Household stored = households.byId(id.value());
    CHECK(stored.id == id.value());
    CHECK(stored.regionId == t.villageId(1));
    CHECK(stored.address == u"东村 3号"_s);
    CHECK(stored.phone == u"0532-87654321"_s);
    CHECK(stored.householdType == u"collective"_s);
    CHECK(stored.headPersonId.isEmpty());
}

TEST_CASE("refuses a household without an address")
{
    TownshipStore t;
    HouseholdRepository households(*t.store);
    CHECK_FALSE(households.add(household(t.villageId(1), u"   "_s)).ok());
    CHECK_FALSE(households.add(household(t.villageId(1), QString())).ok());
    CHECK(rows(*t.store, u"households"_s) == 0);
}

TEST_CASE("refuses a household in a region that does not exist")
{
    TownshipStore t;
    HouseholdRepository households(*t.store);
    CHECK_FALSE(households.add(household(u"no-such-region"_s, u"东村1号"_s)).ok());
    CHECK_FALSE(households.add(household({}, u"东村1号"_s)).ok());
    CHECK_FALSE(households.add(household(RegionRepository(*t.store).township().id, u"镇1号"_s)).ok());
    CHECK(rows(*t.store, u"households"_s) == 0);
}

TEST_CASE("refuses a bad household phone or type")
{
    TownshipStore t;
    HouseholdRepository households(*t.store);
    Household h = household(t.villageId(1), u"东村1号"_s);
    h.phone = u"12345"_s;
    CHECK_FALSE(households.add(h).ok());
    h.phone.clear();
    h.householdType = u"hotel"_s;
    CHECK_FALSE(households.add(h).ok());
}

TEST_CASE("the head of a household must be one of its members")
{
    TownshipStore t;
    HouseholdRepository households(*t.store);
    PersonRepository persons(*t.store);
    const QString first = addHousehold(*t.store, t.villageId(1), u"东村1号"_s);
    const QString second = addHousehold(*t.store, t.villageId(1), u"东村2号"_s);
    Person p;
    p.name = u"张伟"_s;
    p.householdId = first;
    auto personId = persons.add(p);
    REQUIRE(personId.ok());

    Household h = households.byId(second);
    h.headPersonId = personId.value();
    CHECK_FALSE(households.update(h).ok());
    h.headPersonId = u"nobody"_s;
    CHECK_FALSE(households.update(h).ok());

    h = households.byId(first);
    h.headPersonId = personId.value();
    CHECK(households.update(h).ok());
    CHECK(households.byId(first).headPersonId == personId.value());
}

TEST_CASE("moving a household to another village moves its members")
{
    TownshipStore t;
    HouseholdRepository households(*t.store);
    PersonRepository persons(*t.store);
    auto group = RegionRepository(*t.store).add(t.villageId(1), u"370285105001001"_s, u"一组"_s);
    REQUIRE(group.ok());
    const QString id = addHousehold(*t.store, group.value(), u"东村一组5号"_s);
    QStringList memberIds;
    for (const QString &name : { u"张伟"_s, u"李娜"_s }) {
        Person p;
        p.name = name;
        p.householdId = id;
        auto personId = persons.add(p);
        REQUIRE(personId.ok());
        memberIds << personId.value();
    }
    PersonQuery::Filter inVillage2;
    inVillage2.villageId = t.villageId(2);
    REQUIRE(PersonQuery(*t.store, inVillage2).count() == 0);

    Household h = households.byId(id);
    h.regionId = t.villageId(2);
    h.address = u"西村8号"_s;
    auto r = households.update(h);
    INFO(r.error().toStdString());
    REQUIRE(r.ok());

    CHECK(households.byId(id).regionId == t.villageId(2));
    for (const QString &memberId : memberIds)
        CHECK(persons.byId(memberId).regionId == t.villageId(2));
    CHECK(PersonQuery(*t.store, inVillage2).count() == 2);
    PersonQuery::Filter inVillage1;
    inVillage1.villageId = t.villageId(1);
    CHECK(PersonQuery(*t.store, inVillage1).count() == 0);
}

TEST_CASE("finds households by region and part of the address")
{
    TownshipStore t;
    HouseholdRepository households(*t.store);
    auto group = RegionRepository(*t.store).add(t.villageId(1), u"370285105001001"_s, u"一组"_s);
    REQUIRE(group.ok());
    addHousehold(*t.store, group.value(), u"东村一组2号"_s);
    addHousehold(*t.store, t.villageId(1), u"东村1号"_s);
    addHousehold(*t.store, t.villageId(2), u"西村1号"_s);

    auto addresses = [&](const QString &regionId, const QString &text = {}, int limit = 50) {
        HouseholdRepository::Filter filter;
        filter.regionId = regionId;
        filter.addressText = text;
        const auto page = households.page(filter, 0, limit);
        REQUIRE(page.ok());
        QStringList found;
        for (const auto &row : page.value())
            found << row.household.address;
        return found;
    };
    CHECK(addresses(t.villageId(1)) == QStringList { u"东村1号"_s, u"东村一组2号"_s });
    CHECK(addresses(group.value()) == QStringList { u"东村一组2号"_s });
    CHECK(addresses(t.villageId(1), u"一组"_s).size() == 1);
    CHECK(addresses(RegionRepository(*t.store).township().id, u"1号"_s).size() == 2);
    CHECK(addresses(t.villageId(1), {}, 1).size() == 1);
    CHECK(addresses(u"nowhere"_s).isEmpty());
}

TEST_CASE("records a screening visit")
{
    TownshipStore t;
    HouseholdRepository households(*t.store);
    const QString id = addHousehold(*t.store, t.villageId(1), u"东村1号"_s);
    ScreeningVisit v = visit(id, today, u" 王  建国 "_s);
    v.result = u"some_away"_s;
    v.notes = u" 儿子在青岛 "_s;
    auto visitId = households.addVisit(v, today);
    INFO(visitId.error().toStdString());
    REQUIRE(visitId.ok());
    const auto visits = households.visits(id);
    REQUIRE(visits.size() == 1);
    CHECK(visits[0].id == visitId.value());
    CHECK(visits[0].visitedOn == today);
    CHECK(visits[0].visitor == u"王 建国"_s);
    CHECK(visits[0].result == u"some_away"_s);
    CHECK(visits[0].notes == u"儿子在青岛"_s);
}

TEST_CASE("refuses a visit dated in the future")
{
    TownshipStore t;
    HouseholdRepository households(*t.store);
    const QString id = addHousehold(*t.store, t.villageId(1), u"东村1号"_s);
    const auto r = households.addVisit(visit(id, today.addDays(1)), today);
    CHECK_FALSE(r.ok());
    CHECK(r.error().contains(u"2022-03-05"_s));
    CHECK(households.addVisit(visit(id, today), today).ok());
    CHECK(households.visits(id).size() == 1);
}

TEST_CASE("refuses a visit without a visitor, date, result or household")
{
    TownshipStore t;
    HouseholdRepository households(*t.store);
    const QString id = addHousehold(*t.store, t.villageId(1), u"东村1号"_s);
    CHECK_FALSE(households.addVisit(visit(id, today, u"  "_s), today).ok());
    CHECK_FALSE(households.addVisit(visit(id, QDate()), today).ok());
    ScreeningVisit badResult = visit(id, today);
    badResult.result = u"fine"_s;
    CHECK_FALSE(households.addVisit(badResult, today).ok());
    CHECK_FALSE(households.addVisit(visit(u"no-such-household"_s, today), today).ok());
    CHECK(rows(*t.store, u"screening_visits"_s) == 0);
}

TEST_CASE("lists a household's visits newest first")
{
    TownshipStore t;
    HouseholdRepository households(*t.store);
    const QString id = addHousehold(*t.store, t.villageId(1), u"东村1号"_s);
    const QString other = addHousehold(*t.store, t.villageId(1), u"东村2号"_s);
    for (QDate d : { QDate(2022, 3, 1), QDate(2022, 3, 3), QDate(2022, 2, 20) })
        REQUIRE(households.addVisit(visit(id, d), today).ok());
    REQUIRE(households.addVisit(visit(other, QDate(2022, 3, 2)), today).ok());
    // Two visits on one day: the one recorded later comes first.
    REQUIRE(households.addVisit(visit(id, QDate(2022, 3, 3), u"李建国"_s), today).ok());

    const auto visits = households.visits(id);
    REQUIRE(visits.size() == 4);
    CHECK(visits[0].visitedOn == QDate(2022, 3, 3));
    CHECK(visits[0].visitor == u"李建国"_s);
    CHECK(visits[1].visitedOn == QDate(2022, 3, 3));
    CHECK(visits[2].visitedOn == QDate(2022, 3, 1));
    CHECK(visits[3].visitedOn == QDate(2022, 2, 20));
}

TEST_CASE("screening coverage counts households and visited households per village")
{
    TownshipStore t;
    HouseholdRepository households(*t.store);
    auto group = RegionRepository(*t.store).add(t.villageId(1), u"370285105001001"_s, u"一组"_s);
    REQUIRE(group.ok());
    auto grid = RegionRepository(*t.store).add(group.value(), u"370285105001001001"_s, u"网格一"_s);
    REQUIRE(grid.ok());

    const QString a = addHousehold(*t.store, t.villageId(1), u"东村1号"_s);
    const QString b = addHousehold(*t.store, group.value(), u"东村一组2号"_s);
    addHousehold(*t.store, grid.value(), u"东村一组3号"_s);
    const QString d = addHousehold(*t.store, t.villageId(2), u"西村1号"_s);
    addHousehold(*t.store, t.villageId(2), u"西村2号"_s);

    // Two visits to one household count it once.
    REQUIRE(households.addVisit(visit(a, QDate(2022, 3, 1)), today).ok());
    REQUIRE(households.addVisit(visit(a, QDate(2022, 3, 2)), today).ok());
    REQUIRE(households.addVisit(visit(b, QDate(2022, 2, 10)), today).ok());
    REQUIRE(households.addVisit(visit(d, QDate(2022, 3, 3)), today).ok());

    const auto all = ScreeningCoverage::perVillage(*t.store);
    REQUIRE(all.size() == 2);
    CHECK(all[0].villageName == u"东村"_s); // in code order
    const auto east = coverageOf(all, t.villageId(1));
    CHECK(east.households == 3);
    CHECK(east.visited == 2);
    CHECK(east.ratio() == Approx(2.0 / 3.0));
    const auto west = coverageOf(all, t.villageId(2));
    CHECK(west.villageCode == u"370285105002"_s);
    CHECK(west.households == 2);
    CHECK(west.visited == 1);

    // Since March: the February visit no longer counts.
    const auto since = ScreeningCoverage::perVillage(*t.store, QDate(2022, 3, 1));
    CHECK(coverageOf(since, t.villageId(1)).visited == 1);
    CHECK(coverageOf(since, t.villageId(2)).visited == 1);
    const auto later = ScreeningCoverage::perVillage(*t.store, QDate(2022, 3, 3));
    CHECK(coverageOf(later, t.villageId(1)).visited == 0);
    CHECK(coverageOf(later, t.villageId(1)).households == 3);
}

TEST_CASE("a village without households shows no coverage rather than full")
{
    TownshipStore t;
    const auto list = ScreeningCoverage::perVillage(*t.store);
    REQUIRE(list.size() == 2);
    for (const auto &c : list) {
        CHECK(c.households == 0);
        CHECK(c.visited == 0);
        CHECK(c.ratio() == 0.0);
    }
}
