#include "TestSupport.h"

#include "needs/NeedRepository.h"
#include "people/HouseholdRepository.h"
#include "people/PersonRepository.h"

#include <QSqlQuery>

#include "../CatchQt.h"

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;

namespace {

const QDate today(2022, 3, 25);

QString addPerson(
    TownshipStore &t, const QString &name, const QString &specialGroup, int village = 1)
{
    Person p;
    p.name = name;
    p.regionId = t.villageId(village);
    p.specialGroup = specialGroup;
    auto id = PersonRepository(*t.store).add(p);
    INFO(id.error().toStdString());
    REQUIRE(id.ok());
    return id.value();
}

NeedRecord need(const QString &personId, const QString &kind, QDate requestedOn)
{
    NeedRecord n;
    n.personId = personId;
    n.need = kind;
    n.requestedOn = requestedOn;
    return n;
}

} // namespace

TEST_CASE("a need is recorded for a special-group person and not for anybody else", "[needs]")
{
    TownshipStore t;
    NeedRepository needs(*t.store);
    const QString elderly = addPerson(t, u"王奶奶"_s, u"elderly_alone"_s);
    const QString ordinary = addPerson(t, u"张伟"_s, {});

    NeedRecord n = need(elderly, u"medicine"_s, QDate(2022, 3, 24));
    n.detail = u" 降压药 "_s;
    auto id = needs.add(n, today);
    INFO(id.error().toStdString());
    REQUIRE(id.ok());
    const NeedRecord stored = needs.byId(id.value());
    CHECK(stored.personId == elderly);
    CHECK(stored.householdId.isEmpty());
    CHECK(stored.detail == u"降压药"_s);
    CHECK(stored.requestedOn == QDate(2022, 3, 24));
    CHECK_FALSE(stored.isMet());

    auto refused = needs.add(need(ordinary, u"food"_s, today), today);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().contains(u"张伟"_s));
    CHECK_FALSE(needs.add(need(elderly, u"food"_s, today.addDays(1)), today).ok());
    CHECK_FALSE(needs.add(need(elderly, u"other"_s, today), today).ok()); // other needs a detail
    CHECK_FALSE(needs.add(NeedRecord(), today).ok());
}

TEST_CASE("a need is recorded for a household", "[needs]")
{
    TownshipStore t;
    Household h;
    h.regionId = t.villageId(2);
    h.address = u"西村 3 号"_s;
    auto household = HouseholdRepository(*t.store).add(h);
    REQUIRE(household.ok());
    NeedRecord n;
    n.householdId = household.value();
    n.need = u"food"_s;
    n.requestedOn = today;
    NeedRepository needs(*t.store);
    auto id = needs.add(n, today);
    INFO(id.error().toStdString());
    REQUIRE(id.ok());
    const auto rows = needs.list(t.villageId(2));
    REQUIRE(rows.size() == 1);
    CHECK(rows.first().address == u"西村 3 号"_s);
    CHECK(rows.first().villageName == u"西村"_s);
    CHECK(needs.list(t.villageId(1)).isEmpty());
}

TEST_CASE("marking a need met takes a date from the request to today and who met it", "[needs]")
{
    TownshipStore t;
    NeedRepository needs(*t.store);
    auto id = needs.add(
        need(addPerson(t, u"王奶奶"_s, u"elderly_alone"_s), u"medicine"_s, QDate(2022, 3, 20)),
        today);
    REQUIRE(id.ok());
    auto early = needs.markMet(id.value(), QDate(2022, 3, 19), u"钱村干"_s, today);
    REQUIRE_FALSE(early.ok());
    CHECK(early.error().contains(u"2022-03-20"_s));
    CHECK_FALSE(needs.markMet(id.value(), today.addDays(1), u"钱村干"_s, today).ok());
    CHECK_FALSE(needs.markMet(id.value(), today, u" "_s, today).ok());

    REQUIRE(needs.markMet(id.value(), QDate(2022, 3, 21), u"钱村干"_s, today).ok());
    const NeedRecord met = needs.byId(id.value());
    CHECK(met.metOn == QDate(2022, 3, 21));
    CHECK(met.metBy == u"钱村干"_s);
    CHECK_FALSE(needs.markMet(id.value(), today, u"钱村干"_s, today).ok());

    QSqlQuery q(t.store->db());
    REQUIRE(q.exec(u"SELECT count(*) FROM audit_log WHERE table_name = 'need_records'"_s));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 2);
}

TEST_CASE("open needs come first, oldest request first, then met ones", "[needs]")
{
    TownshipStore t;
    NeedRepository needs(*t.store);
    const QString a = addPerson(t, u"王奶奶"_s, u"elderly_alone"_s, 1);
    const QString b = addPerson(t, u"李大爷"_s, u"disabled"_s, 2);
    auto metOld = needs.add(need(a, u"food"_s, QDate(2022, 3, 1)), today);
    auto openNew = needs.add(need(a, u"medicine"_s, QDate(2022, 3, 24)), today);
    auto openOld = needs.add(need(b, u"medical_visit"_s, QDate(2022, 3, 10)), today);
    REQUIRE((metOld.ok() && openNew.ok() && openOld.ok()));
    REQUIRE(needs.markMet(metOld.value(), QDate(2022, 3, 2), u"钱村干"_s, today).ok());

    const auto rows = needs.list();
    REQUIRE(rows.size() == 3);
    CHECK(rows[0].record.id == openOld.value());
    CHECK(rows[0].personName == u"李大爷"_s);
    CHECK(rows[1].record.id == openNew.value());
    CHECK(rows[2].record.id == metOld.value());
    CHECK(needs.count() == 3);
    CHECK(needs.count(t.villageId(2)) == 1);
    const auto east = needs.list(t.villageId(1));
    REQUIRE(east.size() == 2);
    CHECK(east.first().villageName == u"东村"_s);
}
