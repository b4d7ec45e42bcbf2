#include "TestSupport.h"

#include "regions/RegionRepository.h"
#include "regions/UnitSetup.h"
#include "store/InstanceSettings.h"

#include <QRegularExpression>
#include <QSqlQuery>

#include "../CatchQt.h"

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;

namespace {

const QString township = u"370285105000"_s;

QList<UnitSetup::Village> parsed(const QString &text)
{
    const auto r = UnitSetup::parseVillageList(text, township);
    INFO(text.toStdString() << ": " << r.error().toStdString());
    REQUIRE(r.ok());
    return r.value();
}

QStringList codes(const QList<UnitSetup::Village> &villages)
{
    QStringList out;
    for (const auto &v : villages)
        out << v.code;
    return out;
}

QStringList names(const QList<UnitSetup::Village> &villages)
{
    QStringList out;
    for (const auto &v : villages)
        out << v.name;
    return out;
}

// True when the message names the number n on its own, not as part of a longer number.
bool mentionsNumber(const QString &message, int n)
{
    return message.contains(QRegularExpression(u"(^|[^0-9])%1([^0-9]|$)"_s.arg(n)));
}

qint64 regionRows(Store &store)
{
    QSqlQuery q(store.db());
    REQUIRE(q.exec(u"SELECT count(*) FROM regions"_s));
    REQUIRE(q.next());
    return q.value(0).toLongLong();
}

} // namespace

TEST_CASE("villages listed by name get the township's next codes")
{
    const auto villages = parsed(u"东村\n西村\r\n\n南村\n"_s);
    CHECK(names(villages) == QStringList { u"东村"_s, u"西村"_s, u"南村"_s });
    CHECK(codes(villages)
          == QStringList { u"370285105001"_s, u"370285105002"_s, u"370285105003"_s });
}

TEST_CASE("reads a village given as code then name")
{
    const auto villages = parsed(u"370285105201 东村\n370285105202，西村"_s);
    CHECK(codes(villages) == QStringList { u"370285105201"_s, u"370285105202"_s });
    CHECK(names(villages) == QStringList { u"东村"_s, u"西村"_s });
}

TEST_CASE("reads two cells pasted from Excel, name then code")
{
    const auto villages = parsed(u"东村\t370285105201\n西村\t370285105202\n"_s);
    CHECK(codes(villages) == QStringList { u"370285105201"_s, u"370285105202"_s });
    CHECK(names(villages) == QStringList { u"东村"_s, u"西村"_s });
}

TEST_CASE("reads a short village number as a code of this township")
{
    const auto villages = parsed(u"201 东村\n7 西村"_s);
    CHECK(codes(villages) == QStringList { u"370285105201"_s, u"370285105007"_s });
}

TEST_CASE("reads village codes typed with full-width digits")
{
    const auto villages = parsed(u"３７０２８５１０５２０１　东村\n２０２ 西村"_s);
    CHECK(codes(villages) == QStringList { u"370285105201"_s, u"370285105202"_s });
    CHECK(names(villages) == QStringList { u"东村"_s, u"西村"_s });
}

TEST_CASE("villages without a code skip the codes already listed")
{
    const auto villages = parsed(u"北村\n370285105001 东村\n南村"_s);
    CHECK(codes(villages)
          == QStringList { u"370285105002"_s, u"370285105001"_s, u"370285105003"_s });
}

TEST_CASE("refuses a village listed twice, naming the line")
{
    const auto r = UnitSetup::parseVillageList(u"东村\n西村\n南村\n\n东村"_s, township);
    CHECK_FALSE(r.ok());
    CHECK(r.error().contains(u"东村"_s));
    CHECK(mentionsNumber(r.error(), 5));
}

TEST_CASE("refuses a code listed twice, naming the line")
{
    const auto r = UnitSetup::parseVillageList(
            u"370285105201 东村\n370285105202 西村\n370285105203 南村\n201 北村"_s, township);
    CHECK_FALSE(r.ok());
    CHECK(r.error().contains(u"370285105201"_s));
    CHECK(mentionsNumber(r.error(), 4));
}

TEST_CASE("refuses a code of another township")
{
    const auto r = UnitSetup::parseVillageList(u"东村\n370285106001 西村"_s, township);
    CHECK_FALSE(r.ok());
    CHECK(r.error().contains(u"370285106001"_s));
    CHECK(mentionsNumber(r.error(), 2));
    CHECK_FALSE(UnitSetup::parseVillageList(u"370285105000 镇本级"_s, township).ok());
    CHECK_FALSE(UnitSetup::parseVillageList(u"3702851052 东村"_s, township).ok());
}

TEST_CASE("refuses an empty village list and a line without a name")
{
    CHECK_FALSE(UnitSetup::parseVillageList(u"\n \n"_s, township).ok());
    CHECK_FALSE(UnitSetup::parseVillageList(u"东村\n370285105202"_s, township).ok());
}

TEST_CASE("setting up a township stores the unit and its villages")
{
    TempStore t;
    Store &store = t.open();
    REQUIRE(store.instanceId().isEmpty());
    auto r = UnitSetup::setUpTownship(store, u"３７０２８５１０５０００"_s, u" 测试镇 "_s,
                                      parsed(u"东村\n西村"_s));
    INFO(r.error().toStdString());
    REQUIRE(r.ok());

    CHECK_FALSE(store.instanceId().isEmpty());
    const InstanceSettings settings = InstanceSettings::load(store);
    CHECK(settings.isSetUp());
    CHECK(settings.unitCode == township);
    CHECK(settings.unitName == u"测试镇"_s);
    CHECK(settings.unitLevel == InstanceSettings::UnitLevel::Township);

    RegionRepository regions(store);
    CHECK(regions.township().code == township);
    CHECK(regions.township().name == u"测试镇"_s);
    const QList<Region> villages = regions.villages();
    REQUIRE(villages.size() == 2);
    CHECK(villages[0].name == u"东村"_s);
    CHECK(villages[0].parentId == regions.township().id);
    CHECK(villages[1].code == u"370285105002"_s);
}

TEST_CASE("refuses a bad township code")
{
    TempStore t;
    Store &store = t.open();
    const auto villages = parsed(u"东村"_s);
    CHECK_FALSE(UnitSetup::setUpTownship(store, u"37028510500"_s, u"测试镇"_s, villages).ok());
    CHECK_FALSE(UnitSetup::setUpTownship(store, u"370285105001"_s, u"测试镇"_s, villages).ok());
    CHECK_FALSE(UnitSetup::setUpTownship(store, u"370285000000"_s, u"测试镇"_s, villages).ok());
    CHECK_FALSE(UnitSetup::setUpTownship(store, u"37028510A000"_s, u"测试镇"_s, villages).ok());
    CHECK_FALSE(UnitSetup::setUpTownship(store, township, u"  "_s, villages).ok());
    CHECK_FALSE(UnitSetup::setUpTownship(store, township, u"测试镇"_s, {}).ok());
    CHECK_FALSE(InstanceSettings::load(store).isSetUp());
    CHECK(regionRows(store) == 0);
}

TEST_CASE("refuses to set up a township twice")
{
    TownshipStore t;
    const QString instanceId = t.store->instanceId();
    const qint64 before = regionRows(*t.store);
    const auto r = UnitSetup::setUpTownship(*t.store, u"370285106000"_s, u"别的镇"_s,
                                            { { u"370285106001"_s, u"南村"_s } });
    CHECK_FALSE(r.ok());
    CHECK(regionRows(*t.store) == before);
    CHECK(t.store->instanceId() == instanceId);
    CHECK(InstanceSettings::load(*t.store).unitCode == township);
}

TEST_CASE("a village that does not fit leaves the store not set up")
{
    TempStore t;
    Store &store = t.open();
    // Not from parseVillageList: a village of another township slips through to the setup.
    const auto r = UnitSetup::setUpTownship(store, township, u"测试镇"_s,
                                            { { u"370285105001"_s, u"东村"_s },
                                              { u"370285106002"_s, u"西村"_s } });
    CHECK_FALSE(r.ok());
    CHECK(regionRows(store) == 0);
    CHECK_FALSE(InstanceSettings::load(store).isSetUp());
    CHECK(store.instanceId().isEmpty());
}
