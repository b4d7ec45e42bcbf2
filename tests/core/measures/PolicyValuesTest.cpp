#include "TestSupport.h"

#include "measures/PolicyValues.h"
#include "store/AuditLog.h"

#include <QSqlQuery>

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;

TEST_CASE("policy values have the national defaults until changed", "[policy]")
{
    TownshipStore t;
    PolicyValues policy(*t.store);
    CHECK(policy.isolationDays(u"home_isolation"_s) == 14);
    CHECK(policy.isolationDays(u"central_isolation"_s) == 14);
    CHECK(policy.isolationDays(u"home_monitoring"_s) == 7);
    CHECK(policy.feverThreshold() == 37.3);
}

TEST_CASE("a changed policy value is kept as one synced row and audited", "[policy]")
{
    TownshipStore t;
    PolicyValues policy(*t.store);
    REQUIRE(policy.setIsolationDays(u"home_isolation"_s, 7).ok());
    REQUIRE(policy.setIsolationDays(u"home_isolation"_s, 10).ok());
    REQUIRE(policy.setFeverThreshold(37.25).ok());
    CHECK(policy.isolationDays(u"home_isolation"_s) == 10);
    CHECK(policy.isolationDays(u"central_isolation"_s) == 14);
    // Kept to one decimal, as thermometers show it.
    CHECK(policy.feverThreshold() == 37.3);

    QSqlQuery q(t.store->db());
    REQUIRE(q.exec(u"SELECT count(*), count(DISTINCT key) FROM policy_values WHERE deleted = 0"_s));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 2);
    CHECK(q.value(1).toInt() == 2);
    REQUIRE(q.exec(u"SELECT count(*) FROM audit_log WHERE table_name = 'policy_values'"_s));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 3);
}

TEST_CASE("policy values out of range are refused and the old value stays", "[policy]")
{
    TownshipStore t;
    PolicyValues policy(*t.store);
    CHECK_FALSE(policy.setIsolationDays(u"home_isolation"_s, 0).ok());
    CHECK_FALSE(policy.setIsolationDays(u"home_isolation"_s, 61).ok());
    CHECK_FALSE(policy.setFeverThreshold(35.9).ok());
    CHECK_FALSE(policy.setFeverThreshold(39.1).ok());
    CHECK(policy.isolationDays(u"home_isolation"_s) == 14);
    CHECK(policy.feverThreshold() == 37.3);
}
