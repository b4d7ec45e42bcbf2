#include "people/ClerkDate.h"

#include "../CatchQt.h"

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;

namespace {

QDate parsed(const QString &text)
{
    const auto r = ClerkDate::parse(text);
    INFO(text.toStdString() << ": " << r.error().toStdString());
    REQUIRE(r.ok());
    return r.value();
}

} // namespace

TEST_CASE("reads a date typed with dashes, slashes or dots")
{
    CHECK(parsed(u"2022-03-04"_s) == QDate(2022, 3, 4));
    CHECK(parsed(u"2022/3/4"_s) == QDate(2022, 3, 4));
    CHECK(parsed(u"2022.3.4"_s) == QDate(2022, 3, 4));
    CHECK(parsed(u"2021-12-31"_s) == QDate(2021, 12, 31));
    CHECK(parsed(u" 2022 - 3 - 14 "_s) == QDate(2022, 3, 14));
}

TEST_CASE("reads a date written in Chinese")
{
    CHECK(parsed(u"2022年3月4日"_s) == QDate(2022, 3, 4));
    CHECK(parsed(u"2022年12月25"_s) == QDate(2022, 12, 25));
}

TEST_CASE("reads eight digits as year, month and day")
{
    CHECK(parsed(u"20220304"_s) == QDate(2022, 3, 4));
    CHECK(parsed(u"19991231"_s) == QDate(1999, 12, 31));
}

TEST_CASE("reads a date typed with full-width digits")
{
    CHECK(parsed(u"２０２２－０３－０４"_s) == QDate(2022, 3, 4));
    CHECK(parsed(u"２０２２年３月４日"_s) == QDate(2022, 3, 4));
    CHECK(parsed(u"２０２２０３０４"_s) == QDate(2022, 3, 4));
}

TEST_CASE("reads an Excel serial number pasted from a spreadsheet")
{
    CHECK(parsed(u"44624"_s) == QDate(2022, 3, 4));
    CHECK(parsed(u"44625"_s) == QDate(2022, 3, 5));
    // Far outside the years a ledger holds: not taken for a date.
    CHECK_FALSE(ClerkDate::parse(u"12345"_s).ok());
}

TEST_CASE("counts Excel serial numbers in the 1900 date system and its day that never was")
{
    CHECK(ClerkDate::fromExcelSerial(1) == QDate(1900, 1, 1));
    CHECK(ClerkDate::fromExcelSerial(59) == QDate(1900, 2, 28));
    CHECK_FALSE(ClerkDate::fromExcelSerial(60).isValid());
    CHECK(ClerkDate::fromExcelSerial(61) == QDate(1900, 3, 1));
    CHECK(ClerkDate::fromExcelSerial(44624) == QDate(2022, 3, 4));
    CHECK(ClerkDate::fromExcelSerial(2958465) == QDate(9999, 12, 31));
    CHECK_FALSE(ClerkDate::fromExcelSerial(0).isValid());
    CHECK_FALSE(ClerkDate::fromExcelSerial(2958466).isValid());
}

TEST_CASE("refuses a date that does not exist such as February 30")
{
    const auto r = ClerkDate::parse(u"2022-02-30"_s);
    CHECK_FALSE(r.ok());
    CHECK(r.error().contains(u"2022-02-30"_s));
    CHECK_FALSE(ClerkDate::parse(u"2022/13/1"_s).ok());
    CHECK_FALSE(ClerkDate::parse(u"20220230"_s).ok());
    CHECK(ClerkDate::parse(u"2024-02-29"_s).ok());
}

TEST_CASE("refuses text that is no date")
{
    CHECK_FALSE(ClerkDate::parse(QString()).ok());
    CHECK_FALSE(ClerkDate::parse(u"   "_s).ok());
    const auto r = ClerkDate::parse(u"next Tuesday"_s);
    CHECK_FALSE(r.ok());
    CHECK(r.error().contains(u"next Tuesday"_s));
    CHECK_FALSE(ClerkDate::parse(u"2022-3"_s).ok());
    CHECK_FALSE(ClerkDate::parse(u"3月4日"_s).ok());
    CHECK_FALSE(ClerkDate::parse(u"2022-03-04x"_s).ok());
}
