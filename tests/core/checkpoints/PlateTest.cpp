#include "checkpoints/Plate.h"

#include "../CatchQt.h"

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;

TEST_CASE("plates are folded to upper case without spaces and checked", "[checkpoints]")
{
    CHECK(Plate::normalize(u"鲁b 12345"_s).value() == u"鲁B12345"_s);
    CHECK(
        Plate::normalize(u"鲁Ｂ·１２３４５"_s).value() == u"鲁B12345"_s); // full-width, middle dot
    CHECK(Plate::normalize(u"京a-8c7d6"_s).value() == u"京A8C7D6"_s);
    CHECK(Plate::normalize(u"鲁BD12345"_s).value() == u"鲁BD12345"_s); // new-energy, small car
    CHECK(Plate::normalize(u"鲁B12345F"_s).value() == u"鲁B12345F"_s); // new-energy, large vehicle
    CHECK(Plate::normalize(u"鲁B1234学"_s).value() == u"鲁B1234学"_s);
    CHECK(Plate::normalize(u"鲁B1234警"_s).value() == u"鲁B1234警"_s);

    CHECK_FALSE(Plate::normalize(u"B12345"_s).ok()); // no province
    CHECK_FALSE(Plate::normalize(u"A鲁12345"_s).ok());
    CHECK_FALSE(Plate::normalize(u"鲁112345"_s).ok()); // no city letter
    CHECK_FALSE(Plate::normalize(u"鲁I12345"_s).ok()); // I is never a city letter
    CHECK_FALSE(Plate::normalize(u"鲁B1234"_s).ok()); // too short
    CHECK_FALSE(Plate::normalize(u"鲁B123456"_s).ok()); // 8 characters but not new-energy
    CHECK_FALSE(Plate::normalize(u"鲁B123456789"_s).ok());
    CHECK_FALSE(Plate::normalize(u"鲁B12学45"_s).ok());
    CHECK(Plate::normalize(u"鲁B1234"_s).error().contains(u"7"_s));
}
