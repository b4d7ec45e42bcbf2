#include "health/Temperature.h"

#include "../CatchQt.h"

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;

TEST_CASE("a temperature is read in every form clerks type", "[health]")
{
    const auto [text, tenths] = GENERATE(table<QString, int>({
            { u"36.5"_s, 365 },
            { u"36.5℃"_s, 365 },
            { u"36.5°C"_s, 365 },
            { u"36.5度"_s, 365 },
            { u" ３６．５ "_s, 365 },
            { u"365"_s, 365 },
            { u"37"_s, 370 },
            { u"38.0 ℃"_s, 380 },
            { u"34.0"_s, 340 },
            { u"43.0"_s, 430 },
    }));
    CAPTURE(text.toStdString());
    const auto t = Temperature::parse(text);
    INFO(t.error().toStdString());
    REQUIRE(t.ok());
    CHECK(t->tenths() == tenths);
    CHECK(t->text() == QString::number(tenths / 10.0, 'f', 1));
}

TEST_CASE("a temperature that is not one or is implausible is refused with a message", "[health]")
{
    const QString text = GENERATE(u""_s, u"abc"_s, u"3650"_s, u"25"_s, u"36.55"_s, u"33.9"_s,
                                  u"43.1"_s, u"36,5"_s, u"-36.5"_s, u"36.5F"_s);
    CAPTURE(text.toStdString());
    const auto t = Temperature::parse(text);
    CHECK_FALSE(t.ok());
    CHECK_FALSE(t.error().isEmpty());
}

TEST_CASE("a stored temperature keeps one decimal", "[health]")
{
    CHECK(Temperature::fromCelsius(37.25000001).text() == u"37.3"_s);
    CHECK(Temperature::fromCelsius(36.0).text() == u"36.0"_s);
}
