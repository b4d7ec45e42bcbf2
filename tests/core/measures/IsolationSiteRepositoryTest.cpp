#include "TestSupport.h"

#include "measures/IsolationSiteRepository.h"
#include "measures/MeasureRepository.h"
#include "people/PersonRepository.h"

#include "../CatchQt.h"

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;

namespace {

IsolationSite site(const QString &name, int capacity, const QString &status = u"in_use"_s)
{
    IsolationSite s;
    s.name = name;
    s.capacity = capacity;
    s.status = status;
    return s;
}

} // namespace

TEST_CASE("an added isolation site reads back as stored", "[measures]")
{
    TownshipStore t;
    IsolationSiteRepository sites(*t.store);
    IsolationSite s = site(u" 镇卫生院隔离点 "_s, 30, u"standby"_s);
    s.address = u"镇南路 1 号"_s;
    s.phone = u"0532 87654321"_s;
    auto id = sites.add(s);
    INFO(id.error().toStdString());
    REQUIRE(id.ok());
    const IsolationSite stored = sites.byId(id.value());
    CHECK(stored.name == u"镇卫生院隔离点"_s);
    CHECK(stored.address == u"镇南路 1 号"_s);
    CHECK(stored.capacity == 30);
    CHECK(stored.status == u"standby"_s);
    CHECK(stored.phone == u"0532-87654321"_s);
}

TEST_CASE("refuses a site without a name, with no capacity or a name in use", "[measures]")
{
    TownshipStore t;
    IsolationSiteRepository sites(*t.store);
    CHECK_FALSE(sites.add(site(u" "_s, 10)).ok());
    CHECK_FALSE(sites.add(site(u"镇卫生院"_s, 0)).ok());
    CHECK_FALSE(sites.add(site(u"镇卫生院"_s, 10, u"open"_s)).ok());
    REQUIRE(sites.add(site(u"镇卫生院"_s, 10)).ok());
    auto twice = sites.add(site(u"镇卫生院"_s, 20));
    REQUIRE_FALSE(twice.ok());
    CHECK(twice.error().contains(u"镇卫生院"_s));
}

TEST_CASE("occupancy counts running central measures against capacity", "[measures]")
{
    TownshipStore t;
    IsolationSiteRepository sites(*t.store);
    MeasureRepository measures(*t.store);
    auto inUse = sites.add(site(u"镇卫生院"_s, 2));
    auto standby = sites.add(site(u"老学校"_s, 40, u"standby"_s));
    auto closed = sites.add(site(u"旧厂房"_s, 40, u"closed"_s));
    REQUIRE((inUse.ok() && standby.ok() && closed.ok()));
    const QDate today(2022, 3, 25);
    for (int i = 0; i < 2; ++i) {
        Person p;
        p.name = u"隔离人"_s;
        p.regionId = t.villageId(1);
        p.idNumber = syntheticIdNumber(u"19800101"_s, 400 + i);
        auto person = PersonRepository(*t.store).add(p);
        REQUIRE(person.ok());
        ControlMeasure m;
        m.personId = person.value();
        m.kind = u"central_isolation"_s;
        m.siteId = inUse.value();
        m.startedOn = today;
        REQUIRE(measures.add(m, {}, today).ok());
    }

    const auto occupancies = sites.occupancies();
    REQUIRE(occupancies.size() == 3);
    // In use first, then standby, then closed.
    CHECK(occupancies[0].site.name == u"镇卫生院"_s);
    CHECK(occupancies[0].occupied == 2);
    CHECK(occupancies[0].isFull());
    CHECK(occupancies[1].site.name == u"老学校"_s);
    CHECK(occupancies[1].occupied == 0);
    CHECK_FALSE(occupancies[1].isFull());
    CHECK(occupancies[2].site.status == u"closed"_s);
}

TEST_CASE("refuses closing a site or shrinking it below the persons isolated there", "[measures]")
{
    TownshipStore t;
    IsolationSiteRepository sites(*t.store);
    auto id = sites.add(site(u"镇卫生院"_s, 5));
    REQUIRE(id.ok());
    Person p;
    p.name = u"隔离人"_s;
    p.regionId = t.villageId(1);
    auto person = PersonRepository(*t.store).add(p);
    REQUIRE(person.ok());
    ControlMeasure m;
    m.personId = person.value();
    m.kind = u"central_isolation"_s;
    m.siteId = id.value();
    m.startedOn = QDate::currentDate();
    REQUIRE(MeasureRepository(*t.store).add(m).ok());

    IsolationSite s = sites.byId(id.value());
    s.status = u"closed"_s;
    auto close = sites.update(s);
    REQUIRE_FALSE(close.ok());
    CHECK(close.error().contains(u"镇卫生院"_s));

    s.status = u"standby"_s;
    s.capacity = 1;
    CHECK(sites.update(s).ok());
    CHECK(sites.byId(id.value()).status == u"standby"_s);
}
