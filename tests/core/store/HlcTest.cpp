#include "store/Hlc.h"

#include <catch2/catch.hpp>

TEST_CASE("HLC values grow within one millisecond")
{
    qint64 wall = 1'700'000'000'000;
    Hlc hlc([&] { return wall; });
    const quint64 a = hlc.now();
    const quint64 b = hlc.now();
    CHECK(b > a);
    CHECK(Hlc::millis(a) == wall);
    CHECK(Hlc::counter(b) == Hlc::counter(a) + 1);
}

TEST_CASE("HLC never goes back when the clock is set back")
{
    qint64 wall = 1'700'000'000'000;
    Hlc hlc([&] { return wall; });
    const quint64 before = hlc.now();
    wall -= 3'600'000; // an hour back
    const quint64 after = hlc.now();
    CHECK(after > before);
    CHECK(Hlc::millis(after) == Hlc::millis(before));
}

TEST_CASE("HLC follows the wall clock again once it passes the last value")
{
    qint64 wall = 1'700'000'000'000;
    Hlc hlc([&] { return wall; });
    hlc.now();
    hlc.now();
    wall += 5;
    const quint64 later = hlc.now();
    CHECK(Hlc::millis(later) == wall);
    CHECK(Hlc::counter(later) == 0);
}

TEST_CASE("HLC moves past a timestamp observed from elsewhere")
{
    qint64 wall = 1'700'000'000'000;
    Hlc hlc([&] { return wall; });
    const quint64 remote = Hlc::fromMillis(wall + 60'000) + 7;
    hlc.observe(remote);
    CHECK(hlc.now() > remote);
    hlc.observe(Hlc::fromMillis(wall - 1)); // an older one changes nothing
    CHECK(hlc.now() > remote + 1);
}

TEST_CASE("HLC counter overflow carries into the milliseconds and stays ordered")
{
    qint64 wall = 1'700'000'000'000;
    Hlc hlc([&] { return wall; });
    quint64 last = hlc.now();
    for (int i = 0; i < 70'000; ++i) {
        const quint64 next = hlc.now();
        REQUIRE(next > last);
        last = next;
    }
    CHECK(Hlc::millis(last) == wall + 1);
}
