#include "TestSupport.h"

#include "regions/RegionRepository.h"

#include "../CatchQt.h"

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;

TEST_CASE("a group's code is its village's code and three digits")
{
    TownshipStore t;
    RegionRepository regions(*t.store);
    auto group = regions.add(t.villageId(1), u"370285105001001"_s, u"一组"_s);
    INFO(group.error().toStdString());
    REQUIRE(group.ok());
    const Region stored = regions.byId(group.value());
    CHECK(stored.code == u"370285105001001"_s);
    CHECK(stored.level == Region::Group);
    CHECK(stored.parentId == t.villageId(1));
    CHECK(stored.name == u"一组"_s);

    // Another village's code, too few or too many digits, letters: all refused.
    CHECK_FALSE(regions.add(t.villageId(1), u"370285105002001"_s, u"二组"_s).ok());
    CHECK_FALSE(regions.add(t.villageId(1), u"37028510500102"_s, u"二组"_s).ok());
    CHECK_FALSE(regions.add(t.villageId(1), u"3702851050010020"_s, u"二组"_s).ok());
    CHECK_FALSE(regions.add(t.villageId(1), u"370285105001"_s, u"二组"_s).ok());
    CHECK_FALSE(regions.add(t.villageId(1), u"37028510500100A"_s, u"二组"_s).ok());
    CHECK(regions.children(t.villageId(1)).size() == 1);
}

TEST_CASE("a grid lies under a group and extends the group's code")
{
    TownshipStore t;
    RegionRepository regions(*t.store);
    auto group = regions.add(t.villageId(2), u"370285105002003"_s, u"三组"_s);
    REQUIRE(group.ok());
    auto grid = regions.add(group.value(), u"370285105002003001"_s, u"网格一"_s);
    INFO(grid.error().toStdString());
    REQUIRE(grid.ok());
    CHECK(regions.byId(grid.value()).level == Region::Grid);
    CHECK(regions.byId(grid.value()).parentId == group.value());

    CHECK_FALSE(regions.add(group.value(), u"370285105002004001"_s, u"网格二"_s).ok());
    CHECK_FALSE(regions.add(group.value(), u"370285105002003"_s, u"网格二"_s).ok());
    // Nothing goes below a grid.
    CHECK_FALSE(regions.add(grid.value(), u"370285105002003001001"_s, u"x"_s).ok());
    CHECK_FALSE(regions.add(u"no-such-region"_s, u"370285105002003002"_s, u"x"_s).ok());
}

TEST_CASE("refuses a code already in use, naming its region")
{
    TownshipStore t;
    RegionRepository regions(*t.store);
    REQUIRE(regions.add(t.villageId(1), u"370285105001001"_s, u"一组"_s).ok());
    const auto again = regions.add(t.villageId(1), u"370285105001001"_s, u"二组"_s);
    CHECK_FALSE(again.ok());
    CHECK(again.error().contains(u"一组"_s));

    const auto village = regions.add(regions.township().id, u"370285105002"_s, u"新村"_s);
    CHECK_FALSE(village.ok());
    CHECK(village.error().contains(u"西村"_s));
    CHECK(regions.villages().size() == 2);
}

TEST_CASE("adds a village under the township, refusing another township's code")
{
    TownshipStore t;
    RegionRepository regions(*t.store);
    auto village = regions.add(regions.township().id, u"370285105201"_s, u"南村"_s);
    INFO(village.error().toStdString());
    REQUIRE(village.ok());
    CHECK(regions.byCode(u"370285105201"_s).name == u"南村"_s);
    CHECK_FALSE(regions.add(regions.township().id, u"370285106202"_s, u"北村"_s).ok());
    CHECK(regions.villages().size() == 3);
}

TEST_CASE("refuses a region without a name")
{
    TownshipStore t;
    RegionRepository regions(*t.store);
    CHECK_FALSE(regions.add(t.villageId(1), u"370285105001001"_s, u"  "_s).ok());
    CHECK(regions.children(t.villageId(1)).isEmpty());
}

TEST_CASE("reads codes typed with full-width digits and spaces")
{
    TownshipStore t;
    RegionRepository regions(*t.store);
    auto group = regions.add(t.villageId(1), u"３７０２８５１０５００１ ００５"_s, u" 五组 "_s);
    INFO(group.error().toStdString());
    REQUIRE(group.ok());
    CHECK(regions.byId(group.value()).code == u"370285105001005"_s);
    CHECK(regions.byId(group.value()).name == u"五组"_s);
    CHECK(regions.byCode(u"３７０２８５１０５００１００５"_s).id == group.value());
}

TEST_CASE("finds the village of a grid, a group and a village")
{
    TownshipStore t;
    RegionRepository regions(*t.store);
    auto group = regions.add(t.villageId(2), u"370285105002001"_s, u"一组"_s);
    REQUIRE(group.ok());
    auto grid = regions.add(group.value(), u"370285105002001002"_s, u"网格二"_s);
    REQUIRE(grid.ok());
    CHECK(regions.villageOf(grid.value()).id == t.villageId(2));
    CHECK(regions.villageOf(grid.value()).name == u"西村"_s);
    CHECK(regions.villageOf(group.value()).id == t.villageId(2));
    CHECK(regions.villageOf(t.villageId(1)).id == t.villageId(1));
    CHECK_FALSE(regions.villageOf(regions.township().id).isValid());
}

TEST_CASE("lists the villages and children in code order")
{
    TownshipStore t;
    RegionRepository regions(*t.store);
    REQUIRE(regions.add(t.villageId(1), u"370285105001003"_s, u"三组"_s).ok());
    REQUIRE(regions.add(t.villageId(1), u"370285105001001"_s, u"一组"_s).ok());
    const QList<Region> children = regions.children(t.villageId(1));
    REQUIRE(children.size() == 2);
    CHECK(children[0].name == u"一组"_s);
    CHECK(children[1].name == u"三组"_s);
    const QList<Region> villages = regions.villages();
    REQUIRE(villages.size() == 2);
    CHECK(villages[0].name == u"东村"_s);
    CHECK(villages[1].name == u"西村"_s);
}
