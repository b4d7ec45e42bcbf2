#include "HealthTestData.h"

#include "health/HealthCheckRepository.h"

#include <QSqlQuery>

#include "../CatchQt.h"

using namespace Qt::StringLiterals;

namespace {

const QDate today(2022, 3, 4);

HealthCheck check(const QString &personId, const QString &period, double temperature)
{
    HealthCheck c;
    c.personId = personId;
    c.checkedOn = today;
    c.period = period;
    c.temperature = temperature;
    c.takenBy = u"王医生"_s;
    return c;
}

qint64 liveChecks(Store &store)
{
    QSqlQuery q(store.db());
    REQUIRE(q.exec(u"SELECT count(*) FROM health_checks WHERE deleted = 0"_s));
    REQUIRE(q.next());
    return q.value(0).toLongLong();
}

} // namespace

TEST_CASE("a recorded check reads back in its slot", "[health]")
{
    TownshipStore t;
    const QString id = addPerson(t, u"张伟"_s, 1, 101);
    HealthCheckRepository checks(*t.store);
    auto r = checks.record(check(id, u"morning"_s, 36.54), today);
    INFO(r.error().toStdString());
    REQUIRE(r.ok());
    const HealthCheck stored = checks.slot(id, today, u"morning"_s);
    CHECK(stored.id == r.value());
    CHECK(stored.temperature == Approx(36.5));
    CHECK(stored.takenBy == u"王医生"_s);
    CHECK(checks.slot(id, today, u"afternoon"_s).id.isEmpty());
}

TEST_CASE("recording a slot again corrects it instead of adding a second check", "[health]")
{
    TownshipStore t;
    const QString id = addPerson(t, u"张伟"_s, 1, 101);
    HealthCheckRepository checks(*t.store);
    const auto first = checks.record(check(id, u"morning"_s, 38.6), today);
    REQUIRE(first.ok());
    const auto second = checks.record(check(id, u"morning"_s, 36.8), today);
    REQUIRE(second.ok());
    CHECK(second.value() == first.value());
    CHECK(liveChecks(*t.store) == 1);
    CHECK(checks.slot(id, today, u"morning"_s).temperature == Approx(36.8));
    REQUIRE(checks.record(check(id, u"afternoon"_s, 36.9), today).ok());
    CHECK(liveChecks(*t.store) == 2);
    CHECK(checks.ofPerson(id).size() == 2);
}

TEST_CASE("a check for a future date, an unknown person or an implausible reading is refused", "[health]")
{
    TownshipStore t;
    const QString id = addPerson(t, u"张伟"_s, 1, 101);
    HealthCheckRepository checks(*t.store);
    HealthCheck future = check(id, u"morning"_s, 36.5);
    future.checkedOn = today.addDays(1);
    CHECK_FALSE(checks.record(future, today).ok());
    CHECK_FALSE(checks.record(check(u"no-such-person"_s, u"morning"_s, 36.5), today).ok());
    CHECK_FALSE(checks.record(check(id, u"morning"_s, 45.0), today).ok());
    CHECK_FALSE(checks.record(check(id, u"evening"_s, 36.5), today).ok());
    CHECK(liveChecks(*t.store) == 0);
}
