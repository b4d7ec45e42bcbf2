#include "TestSupport.h"

#include "people/HouseholdRepository.h"
#include "people/PersonRepository.h"
#include "regions/RegionRepository.h"
#include "testing/TestCoverage.h"
#include "testing/TestingRepository.h"

#include <QSqlQuery>

#include "../CatchQt.h"

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;

namespace {

const QDateTime morning(QDate(2022, 3, 25), QTime(8, 30));

QString addPerson(TownshipStore &t, const QString &name, int sequence, const QString &regionId,
                  const QString &householdId = {})
{
    Person p;
    p.name = name;
    p.regionId = regionId;
    p.householdId = householdId;
    p.idNumber = syntheticIdNumber(u"19800101"_s, sequence);
    auto id = PersonRepository(*t.store).add(p);
    INFO(id.error().toStdString());
    REQUIRE(id.ok());
    return id.value();
}

QString addHousehold(TownshipStore &t, const QString &regionId, const QString &address)
{
    Household h;
    h.regionId = regionId;
    h.address = address;
    auto id = HouseholdRepository(*t.store).add(h);
    INFO(id.error().toStdString());
    REQUIRE(id.ok());
    return id.value();
}

TestSite site(const QString &name, int units = 2)
{
    TestSite s;
    s.name = name;
    s.address = u"村委会广场"_s;
    s.testUnits = units;
    return s;
}

TestRound roundOf(const QStringList &villageIds)
{
    TestRound r;
    r.name = u"第一轮全员核酸检测"_s;
    r.roundOn = morning.date();
    r.villageIds = villageIds;
    return r;
}

QString addRound(TownshipStore &t, const QStringList &villageIds,
                 const QList<TestSite> &sites = { site(u"东村检测点"_s) })
{
    auto id = TestingRepository(*t.store).addRound(roundOf(villageIds), sites);
    INFO(id.error().toStdString());
    REQUIRE(id.ok());
    return id.value();
}

QString firstSite(TownshipStore &t, const QString &roundId)
{
    const auto sites = TestingRepository(*t.store).sites(roundId);
    REQUIRE_FALSE(sites.isEmpty());
    return sites.first().id;
}

} // namespace

TEST_CASE("a round needs a name, a village and a site with at least one test unit", "[testing]")
{
    TownshipStore t;
    TestingRepository repo(*t.store);
    TestRound nameless = roundOf({ t.villageId(1) });
    nameless.name = u"  "_s;
    CHECK_FALSE(repo.addRound(nameless, { site(u"A"_s) }).ok());
    CHECK_FALSE(repo.addRound(roundOf({}), { site(u"A"_s) }).ok());
    CHECK_FALSE(repo.addRound(roundOf({ t.villageId(1) }), {}).ok());
    CHECK_FALSE(repo.addRound(roundOf({ t.villageId(1) }), { site(u"A"_s, 0) }).ok());
    CHECK(repo.rounds().isEmpty());

    const QString id = addRound(t, { t.villageId(1), t.villageId(2) },
                                { site(u"东村检测点"_s), site(u"西村检测点"_s, 3) });
    const TestRound stored = repo.byId(id);
    CHECK(stored.name == u"第一轮全员核酸检测"_s);
    CHECK(stored.roundOn == morning.date());
    CHECK(stored.villageIds.size() == 2);
    const auto sites = repo.sites(id);
    REQUIRE(sites.size() == 2);
    CHECK(sites.at(1).name == u"西村检测点"_s);
    CHECK(sites.at(1).testUnits == 3);
}

TEST_CASE("rounds are listed newest first", "[testing]")
{
    TownshipStore t;
    TestingRepository repo(*t.store);
    TestRound older = roundOf({ t.villageId(1) });
    older.name = u"早一轮"_s;
    older.roundOn = QDate(2022, 3, 20);
    REQUIRE(repo.addRound(older, { site(u"A"_s) }).ok());
    addRound(t, { t.villageId(1) });
    const auto list = repo.rounds();
    REQUIRE(list.size() == 2);
    CHECK(list.first().roundOn == morning.date());
    CHECK(list.last().name == u"早一轮"_s);
}

TEST_CASE("a person sampled twice in one round is refused with when and where", "[testing]")
{
    TownshipStore t;
    TestingRepository repo(*t.store);
    const QString person = addPerson(t, u"张三"_s, 11, t.villageId(1));
    const QString roundId = addRound(t, { t.villageId(1) });
    const QString siteId = firstSite(t, roundId);
    REQUIRE(repo.addSample(roundId, person, siteId, morning).ok());
    auto again = repo.addSample(roundId, person, siteId, morning.addSecs(3600));
    REQUIRE_FALSE(again.ok());
    CHECK(again.error().contains(u"张三"_s));
    CHECK(again.error().contains(u"2022-03-25 08:30"_s));
    CHECK(again.error().contains(u"东村检测点"_s));

    // The next round samples the same person again.
    const QString next = addRound(t, { t.villageId(1) });
    CHECK(repo.addSample(next, person, firstSite(t, next), morning.addDays(1)).ok());
}

TEST_CASE("a person living outside the round's villages is refused naming their village",
          "[testing]")
{
    TownshipStore t;
    TestingRepository repo(*t.store);
    const QString person = addPerson(t, u"李四"_s, 13, t.villageId(2));
    const QString roundId = addRound(t, { t.villageId(1) });
    auto r = repo.addSample(roundId, person, firstSite(t, roundId), morning);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().contains(u"西村"_s));
}

TEST_CASE("a site of another round is refused", "[testing]")
{
    TownshipStore t;
    TestingRepository repo(*t.store);
    const QString person = addPerson(t, u"张三"_s, 11, t.villageId(1));
    const QString first = addRound(t, { t.villageId(1) });
    const QString second = addRound(t, { t.villageId(1) });
    CHECK_FALSE(repo.addSample(first, person, firstSite(t, second), morning).ok());
}

TEST_CASE("a typed ID number with a lower-case x or full-width digits finds the person",
          "[testing]")
{
    TownshipStore t;
    TestingRepository repo(*t.store);
    const QString roundId = addRound(t, { t.villageId(1) });
    const QString siteId = firstSite(t, roundId);
    // Find a sequence whose check character is X, to type it as x.
    int sequence = 1;
    while (!syntheticIdNumber(u"19800101"_s, sequence).endsWith(u'X'))
        ++sequence;
    const QString withX = syntheticIdNumber(u"19800101"_s, sequence);
    addPerson(t, u"王五"_s, sequence, t.villageId(1));
    auto sampled = repo.sampleByIdNumber(roundId, withX.toLower(), siteId, morning);
    INFO(sampled.error().toStdString());
    REQUIRE(sampled.ok());
    CHECK(sampled->name == u"王五"_s);

    const QString plain = syntheticIdNumber(u"19800101"_s, sequence + 2);
    addPerson(t, u"赵六"_s, sequence + 2, t.villageId(1));
    QString fullWidth;
    for (QChar c : plain)
        fullWidth += c.isDigit() ? QChar(c.unicode() - u'0' + 0xFF10) : c;
    auto second = repo.sampleByIdNumber(roundId, fullWidth, siteId, morning);
    INFO(second.error().toStdString());
    REQUIRE(second.ok());
    CHECK(second->name == u"赵六"_s);
}

TEST_CASE("an ID number nobody has is refused with a clear message", "[testing]")
{
    TownshipStore t;
    TestingRepository repo(*t.store);
    const QString roundId = addRound(t, { t.villageId(1) });
    auto r = repo.sampleByIdNumber(roundId, syntheticIdNumber(u"19800101"_s, 99),
                                   firstSite(t, roundId), morning);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().contains(syntheticIdNumber(u"19800101"_s, 99)));
    CHECK_FALSE(repo.sampleByIdNumber(roundId, u"1234"_s, firstSite(t, roundId), morning).ok());
}

TEST_CASE("coverage counts persons of groups under a village and their live samples",
          "[testing]")
{
    TownshipStore t;
    TestingRepository repo(*t.store);
    RegionRepository regions(*t.store);
    auto group = regions.add(t.villageId(1), regions.nextChildCode(t.villageId(1)), u"一组"_s);
    REQUIRE(group.ok());
    const QString a = addPerson(t, u"张三"_s, 11, t.villageId(1));
    addPerson(t, u"李四"_s, 13, group.value());
    const QString c = addPerson(t, u"王五"_s, 15, t.villageId(2));
    const QString gone = addPerson(t, u"赵六"_s, 17, t.villageId(2));
    REQUIRE(PersonRepository(*t.store).remove(gone, { u"moved_out"_s, u"青岛市"_s }).ok());
    const QString roundId = addRound(t, { t.villageId(1), t.villageId(2) });
    const QString siteId = firstSite(t, roundId);
    REQUIRE(repo.addSample(roundId, a, siteId, morning).ok());
    REQUIRE(repo.addSample(roundId, c, siteId, morning).ok());

    TestCoverage coverage(*t.store, roundId);
    const auto villages = coverage.perVillage();
    REQUIRE(villages.size() == 2);
    CHECK(villages.at(0).villageName == u"东村"_s);
    CHECK(villages.at(0).inScope == 2);
    CHECK(villages.at(0).sampled == 1);
    CHECK(villages.at(0).notSampled() == 1);
    CHECK(villages.at(1).inScope == 1);
    CHECK(villages.at(1).sampled == 1);
    const auto total = TestCoverage::total(villages);
    CHECK(total.inScope == 3);
    CHECK(total.sampled == 2);
    CHECK(coverage.untestedCount() == 1);
}

TEST_CASE("the untested list is ordered by village, address and name, and fetched in pages",
          "[testing]")
{
    TownshipStore t;
    const QString east2 = addHousehold(t, t.villageId(1), u"东村2号"_s);
    const QString east1 = addHousehold(t, t.villageId(1), u"东村1号"_s);
    const QString west1 = addHousehold(t, t.villageId(2), u"西村1号"_s);
    addPerson(t, u"西甲"_s, 11, t.villageId(2), west1);
    addPerson(t, u"东乙"_s, 13, t.villageId(1), east2);
    addPerson(t, u"东丁"_s, 15, t.villageId(1), east1);
    addPerson(t, u"东丙"_s, 17, t.villageId(1), east1);
    const QString sampled = addPerson(t, u"东甲"_s, 19, t.villageId(1), east1);
    const QString roundId = addRound(t, { t.villageId(1), t.villageId(2) });
    REQUIRE(TestingRepository(*t.store)
                .addSample(roundId, sampled, firstSite(t, roundId), morning)
                .ok());

    TestCoverage coverage(*t.store, roundId);
    CHECK(coverage.untestedCount() == 4);
    const auto first = coverage.untested(0, 3);
    REQUIRE(first.size() == 3);
    // In pinyin order 丙 (bing) comes before 丁 (ding), though its code point is the larger.
    CHECK(first.at(0).name == u"东丙"_s);
    CHECK(first.at(0).address == u"东村1号"_s);
    CHECK(first.at(0).villageName == u"东村"_s);
    CHECK(first.at(1).name == u"东丁"_s);
    CHECK(first.at(2).name == u"东乙"_s);
    const auto rest = coverage.untested(3, 3);
    REQUIRE(rest.size() == 1);
    CHECK(rest.at(0).name == u"西甲"_s);
    CHECK(rest.at(0).idNumber == syntheticIdNumber(u"19800101"_s, 11));
}

TEST_CASE("a whole site's pending samples become negative at once", "[testing]")
{
    TownshipStore t;
    TestingRepository repo(*t.store);
    const QString roundId = addRound(t, { t.villageId(1) }, { site(u"甲"_s), site(u"乙"_s) });
    const auto sites = repo.sites(roundId);
    const QString a = addPerson(t, u"张三"_s, 11, t.villageId(1));
    const QString b = addPerson(t, u"李四"_s, 13, t.villageId(1));
    const QString c = addPerson(t, u"王五"_s, 15, t.villageId(1));
    auto sa = repo.addSample(roundId, a, sites.at(0).id, morning);
    auto sb = repo.addSample(roundId, b, sites.at(0).id, morning);
    auto sc = repo.addSample(roundId, c, sites.at(1).id, morning);
    REQUIRE((sa.ok() && sb.ok() && sc.ok()));
    REQUIRE(repo.setResult(sb.value(), u"positive"_s).ok());
    CHECK_FALSE(repo.setResult(sb.value(), u"unknown"_s).ok());

    auto changed = repo.setSiteResults(roundId, sites.at(0).id, u"negative"_s);
    REQUIRE(changed.ok());
    CHECK(changed.value() == 1);
    CHECK(repo.sampleById(sa.value()).result == u"negative"_s);
    CHECK(repo.sampleById(sb.value()).result == u"positive"_s);
    CHECK(repo.sampleById(sc.value()).result == u"pending"_s);
    CHECK_FALSE(repo.setSiteResults(roundId, sites.at(1).id, u"pending"_s).ok());
}
