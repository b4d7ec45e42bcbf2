#include "TestSupport.h"

#include "regions/RegionRepository.h"
#include "store/Transaction.h"

#include <QSqlQuery>

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;

namespace {

qint64 regionCount(Store &store)
{
    QSqlQuery q(store.db());
    q.exec(u"SELECT count(*) FROM regions"_s);
    q.next();
    return q.value(0).toLongLong();
}

} // namespace

TEST_CASE("a transaction left without commit leaves the store as it was")
{
    TownshipStore t;
    const qint64 before = regionCount(*t.store);
    {
        Transaction transaction(*t.store);
        REQUIRE(transaction.isActive());
        REQUIRE(RegionRepository(*t.store).add(t.villageId(1), u"370285105001001"_s, u"一组"_s).ok());
        CHECK(regionCount(*t.store) == before + 1);
    }
    CHECK(regionCount(*t.store) == before);
}

TEST_CASE("an operation inside a larger transaction is undone with it")
{
    TownshipStore t;
    const qint64 before = regionCount(*t.store);
    RegionRepository regions(*t.store);
    {
        Transaction outer(*t.store);
        // add() runs its own transaction, which becomes a savepoint here.
        REQUIRE(regions.add(t.villageId(1), u"370285105001001"_s, u"一组"_s).ok());
        REQUIRE(regions.add(t.villageId(2), u"370285105002001"_s, u"一组"_s).ok());
        outer.rollback();
    }
    CHECK(regionCount(*t.store) == before);

    Transaction outer(*t.store);
    REQUIRE(regions.add(t.villageId(1), u"370285105001001"_s, u"一组"_s).ok());
    // A failing step rolls back only itself.
    CHECK_FALSE(regions.add(t.villageId(1), u"370285105001001"_s, u"二组"_s).ok());
    REQUIRE(outer.commit().ok());
    CHECK(regionCount(*t.store) == before + 1);
}

TEST_CASE("the next free code follows the codes already used")
{
    TownshipStore t;
    RegionRepository regions(*t.store);
    CHECK(regions.nextChildCode(regions.township().id) == u"370285105003"_s);
    CHECK(regions.nextChildCode(t.villageId(1)) == u"370285105001001"_s);
    REQUIRE(regions.add(t.villageId(1), u"370285105001004"_s, u"四组"_s).ok());
    CHECK(regions.nextChildCode(t.villageId(1)) == u"370285105001005"_s);
}
