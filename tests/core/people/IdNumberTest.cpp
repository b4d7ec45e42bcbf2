#include "TestSupport.h"

#include "people/IdNumber.h"

#include "../CatchQt.h"

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;

namespace {

// The same text with its ASCII digits and letters typed as full-width characters.
QString fullWidth(const QString &ascii)
{
    QString out = ascii;
    for (QChar &c : out) {
        if (c.unicode() >= 0x21 && c.unicode() <= 0x7E)
            c = QChar(char16_t(c.unicode() + 0xFEE0));
    }
    return out;
}

// The number with its check character replaced by another one.
QString withWrongCheck(const QString &number)
{
    return number.left(17) + (number[17] == u'0' ? u'1' : u'0');
}

const QDate today(2022, 3, 4);

// Worked out by hand (MOD 11-2), not by IdNumber: its check character is X.
const QString numberEndingInX = u"99010119900101129X"_s;

} // namespace

TEST_CASE("reads the birth date and gender from a valid ID number")
{
    const auto man = IdNumber::parse(syntheticIdNumber(u"19900101"_s, 123), today);
    INFO(man.error().toStdString());
    REQUIRE(man.ok());
    CHECK(man->text() == syntheticIdNumber(u"19900101"_s, 123));
    CHECK(man->birthDate() == QDate(1990, 1, 1));
    CHECK(man->gender() == IdNumber::Gender::Male);

    const auto woman = IdNumber::parse(syntheticIdNumber(u"19851231"_s, 124), today);
    REQUIRE(woman.ok());
    CHECK(woman->birthDate() == QDate(1985, 12, 31));
    CHECK(woman->gender() == IdNumber::Gender::Female);
}

TEST_CASE("accepts a number whose check character is X")
{
    const auto r = IdNumber::parse(numberEndingInX, today);
    INFO(r.error().toStdString());
    REQUIRE(r.ok());
    CHECK(IdNumber::checkCharacter(numberEndingInX.left(17)) == u'X');
}

TEST_CASE("refuses a wrong check digit")
{
    const QString good = syntheticIdNumber(u"19900101"_s, 123);
    REQUIRE(IdNumber::parse(good, today).ok());
    const auto r = IdNumber::parse(withWrongCheck(good), today);
    CHECK_FALSE(r.ok());
    CHECK(r.error().contains(withWrongCheck(good)));
    CHECK_FALSE(IdNumber::parse(numberEndingInX.left(17) + u'0', today).ok());
}

TEST_CASE("accepts a lower-case x and stores it as X")
{
    QString typed = numberEndingInX;
    typed[17] = u'x';
    const auto r = IdNumber::parse(typed, today);
    INFO(r.error().toStdString());
    REQUIRE(r.ok());
    CHECK(r->text() == numberEndingInX);
}

TEST_CASE("folds full-width digits typed with a Chinese input method")
{
    const QString ascii = syntheticIdNumber(u"19900101"_s, 123);
    const QString typed = fullWidth(ascii);
    REQUIRE(typed.startsWith(u"９９０１"_s));
    const auto r = IdNumber::parse(typed, today);
    INFO(r.error().toStdString());
    REQUIRE(r.ok());
    CHECK(r->text() == ascii);

    const auto withX = IdNumber::parse(fullWidth(numberEndingInX.toLower()), today);
    REQUIRE(withX.ok());
    CHECK(withX->text() == numberEndingInX);
}

TEST_CASE("removes the spaces clerks type between the digit groups")
{
    const QString ascii = syntheticIdNumber(u"19900101"_s, 123);
    const QString typed = u" "_s + ascii.left(6) + u" "_s + ascii.mid(6, 8) + u"\u3000"_s
            + ascii.mid(14) + u"  "_s;
    const auto r = IdNumber::parse(typed, today);
    INFO(r.error().toStdString());
    REQUIRE(r.ok());
    CHECK(r->text() == ascii);
}

TEST_CASE("refuses a number with 17 or 19 characters")
{
    const QString good = syntheticIdNumber(u"19900101"_s, 123);
    CHECK_FALSE(IdNumber::parse(good.left(17), today).ok());
    CHECK_FALSE(IdNumber::parse(good + u'1', today).ok());
    CHECK_FALSE(IdNumber::parse(QString(), today).ok());
    const auto r = IdNumber::parse(good.left(17), today);
    CHECK(r.error().contains(u"17"_s));
}

TEST_CASE("refuses letters among the first 17 characters")
{
    QString bad = syntheticIdNumber(u"19900101"_s, 123);
    bad[10] = u'A';
    CHECK_FALSE(IdNumber::parse(bad, today).ok());
    QString badLast = syntheticIdNumber(u"19900101"_s, 123);
    badLast[17] = u'Y';
    CHECK_FALSE(IdNumber::parse(badLast, today).ok());
}

TEST_CASE("refuses an impossible birth date such as February 30")
{
    // The check character is right, so only the date can be the reason.
    const QString feb30 = syntheticIdNumber(u"19900230"_s, 123);
    const auto r = IdNumber::parse(feb30, today);
    CHECK_FALSE(r.ok());
    CHECK(r.error().contains(u"19900230"_s));
    CHECK_FALSE(IdNumber::parse(syntheticIdNumber(u"19901301"_s, 123), today).ok());
    CHECK(IdNumber::parse(syntheticIdNumber(u"19920229"_s, 123), today).ok());
    CHECK_FALSE(IdNumber::parse(syntheticIdNumber(u"19930229"_s, 123), today).ok());
}

TEST_CASE("refuses a birth date after today")
{
    const QString number = syntheticIdNumber(u"20220305"_s, 123);
    CHECK_FALSE(IdNumber::parse(number, QDate(2022, 3, 4)).ok());
    CHECK(IdNumber::parse(number, QDate(2022, 3, 5)).ok());
}

TEST_CASE("shows only the first and last four characters when masked")
{
    CHECK(IdNumber::masked(numberEndingInX) == u"9901**********129X"_s);
    const QString other = syntheticIdNumber(u"19851231"_s, 124);
    const QString masked = IdNumber::masked(other);
    CHECK(masked.size() == 18);
    CHECK(masked.startsWith(u"9901"_s));
    CHECK(masked.endsWith(other.right(4)));
    CHECK_FALSE(masked.contains(u"1985"_s));
    CHECK(IdNumber::masked(u"1234"_s) == u"****"_s);
}

TEST_CASE("ignores the invisible characters that text copied from other systems carries")
{
    const QString id = syntheticIdNumber();
    // A byte-order mark, a zero-width space and the left-to-right override of a web form.
    const QString pasted = u"\uFEFF"_s + id.left(6) + u"\u200B"_s + id.mid(6) + u"\u202C"_s;
    auto parsed = IdNumber::parse(pasted);
    INFO(parsed.error().toStdString());
    REQUIRE(parsed.ok());
    CHECK(parsed->text() == id);
}
