#include "people/PhoneNumber.h"

#include "../CatchQt.h"

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;

namespace {

QString normalized(const QString &text)
{
    const auto r = PhoneNumber::normalize(text);
    INFO(text.toStdString() << ": " << r.error().toStdString());
    REQUIRE(r.ok());
    return r.value();
}

} // namespace

TEST_CASE("accepts an 11-digit mobile number as typed")
{
    CHECK(normalized(u"13812345678"_s) == u"13812345678"_s);
    CHECK(normalized(u"199 0000 1111"_s) == u"19900001111"_s);
    CHECK(normalized(u"138-1234-5678"_s) == u"13812345678"_s);
}

TEST_CASE("refuses a mobile number with 12 digits or starting with 12, saying why")
{
    const auto twelve = PhoneNumber::normalize(u"138123456789"_s);
    CHECK_FALSE(twelve.ok());
    CHECK(twelve.error().contains(u"138123456789"_s));

    const auto starts12 = PhoneNumber::normalize(u"12812345678"_s);
    CHECK_FALSE(starts12.ok());
    CHECK(starts12.error().contains(u"12812345678"_s));

    const auto ten = PhoneNumber::normalize(u"1381234567"_s);
    CHECK_FALSE(ten.ok());
    CHECK_FALSE(ten.error().isEmpty());
}

TEST_CASE("refuses text that is no phone number")
{
    // A local number never begins with 0 or 1.
    CHECK_FALSE(PhoneNumber::normalize(u"010-12345678"_s).ok());
    CHECK_FALSE(PhoneNumber::normalize(u"abc"_s).ok());
    CHECK_FALSE(PhoneNumber::normalize(u"12345"_s).ok());
    CHECK_FALSE(PhoneNumber::normalize(u"0532 123"_s).ok());
}

TEST_CASE("stores a landline with a dash after its area code")
{
    CHECK(normalized(u"0532 87654321"_s) == u"0532-87654321"_s);
    CHECK(normalized(u"053287654321"_s) == u"0532-87654321"_s);
    CHECK(normalized(u"(0532)87654321"_s) == u"0532-87654321"_s);
    CHECK(normalized(u"（0532）8765432"_s) == u"0532-8765432"_s);
    CHECK(normalized(u"010-62345678"_s) == u"010-62345678"_s);
    CHECK(normalized(u"01062345678"_s) == u"010-62345678"_s);
    CHECK(normalized(u"021 62345678"_s) == u"021-62345678"_s);
}

TEST_CASE("drops the +86 country code")
{
    CHECK(normalized(u"+86 138 1234 5678"_s) == u"13812345678"_s);
    CHECK(normalized(u"+8613812345678"_s) == u"13812345678"_s);
    CHECK(normalized(u"8613812345678"_s) == u"13812345678"_s);
    CHECK(normalized(u"+86 0532 87654321"_s) == u"0532-87654321"_s);
}

TEST_CASE("folds full-width digits in a phone number")
{
    CHECK(normalized(u"１３８１２３４５６７８"_s) == u"13812345678"_s);
    CHECK(normalized(u"０５３２－８７６５４３２１"_s) == u"0532-87654321"_s);
}

TEST_CASE("masks the middle digits of a mobile number")
{
    CHECK(PhoneNumber::masked(u"13812345678"_s) == u"138****5678"_s);
    CHECK(PhoneNumber::masked(u"123"_s) == u"***"_s);
}
