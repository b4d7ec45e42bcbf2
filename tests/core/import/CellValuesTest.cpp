#include "TestSupport.h"

#include "health/Temperature.h"
#include "import/CellValues.h"
#include "people/IdNumber.h"
#include "people/PhoneNumber.h"

#include "../CatchQt.h"

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;

namespace {

SheetCell textCell(const QString &text)
{
    SheetCell cell;
    cell.kind = SheetCell::Kind::Text;
    cell.text = text;
    return cell;
}

SheetCell numberCell(double number, const QString &text,
                     SheetCell::Kind kind = SheetCell::Kind::Number)
{
    SheetCell cell;
    cell.kind = kind;
    cell.number = number;
    cell.text = text;
    return cell;
}

SheetCell dateCell(double serial)
{
    return numberCell(serial, QString::number(serial, 'g', 17), SheetCell::Kind::Date);
}

SheetCell errorCell()
{
    SheetCell cell;
    cell.kind = SheetCell::Kind::Error;
    cell.text = u"#REF!"_s;
    return cell;
}

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

// A synthetic number whose check character is X.
QString idNumberEndingInX()
{
    for (int sequence = 100; sequence < 1000; ++sequence) {
        const QString id = syntheticIdNumber(u"19900101"_s, sequence);
        if (id.endsWith(u'X'))
            return id;
    }
    FAIL("no sequence gives the check character X");
    return {};
}

template<typename T>
T accepted(const CellValue<T> &v, const QString &fixed = {})
{
    INFO("refused: " << v.refused.toStdString());
    REQUIRE(v.value);
    CHECK(v.refused.isEmpty());
    CHECK(v.fixed == fixed);
    return *v.value;
}

template<typename T>
QString refused(const CellValue<T> &v)
{
    CHECK_FALSE(v.value);
    CHECK(v.fixed.isEmpty());
    CHECK_FALSE(v.refused.isEmpty());
    return v.refused;
}

const QDate today(2022, 3, 4);
const double eightOhFive = (8 * 3600 + 5 * 60) / 86400.0;

} // namespace

TEST_CASE("an ID number typed as the store keeps it is taken as it is", "[import][cells]")
{
    const QString id = syntheticIdNumber();
    CHECK(accepted(CellValues::idNumber(textCell(id), today)) == id);
    CHECK(accepted(CellValues::idNumber(textCell(idNumberEndingInX()), today))
          == idNumberEndingInX());
}

TEST_CASE("an ID number typed as clerks do is fixed and says what was fixed", "[import][cells]")
{
    const QString id = syntheticIdNumber();
    const QString x = idNumberEndingInX();
    QString lowerX = x;
    lowerX[17] = u'x';
    const QString nbsp = QString(QChar(0x00A0));
    const auto [typed, expected, fixed] = GENERATE_COPY(table<QString, QString, QString>({
            { fullWidth(id), id, u"full-width digits made half-width"_s },
            { lowerX, x, u"lower-case x made X"_s },
            { id.left(6) + nbsp + id.mid(6, 8) + nbsp + id.mid(14), id, u"spaces removed"_s },
            { u' ' + id + u"\u3000"_s, id, u"spaces removed"_s },
            { fullWidth(id.left(6)) + u' ' + id.mid(6), id,
              u"full-width digits made half-width; spaces removed"_s },
            { fullWidth(lowerX), x,
              u"full-width characters made half-width; lower-case x made X"_s },
    }));
    CAPTURE(typed);
    CHECK(accepted(CellValues::idNumber(textCell(typed), today), fixed) == expected);
}

TEST_CASE("an ID number whose last digits the spreadsheet lost is refused", "[import][cells]")
{
    const SheetCell cell = GENERATE(numberCell(3.70302199001011e17, u"3.70302199001011E+17"_s),
                                    textCell(u"3.70302E+17"_s),
                                    textCell(u"3.70302199001011E+17"_s), textCell(u"3.7E17"_s));
    CAPTURE(cell.text);
    CHECK(refused(CellValues::idNumber(cell, today)).contains(u"stored as a number"_s));
}

TEST_CASE("an old 15-digit ID number or a wrong check digit is refused", "[import][cells]")
{
    CHECK(refused(CellValues::idNumber(textCell(u"990101900101123"_s), today))
                  .contains(u"15-digit"_s));
    const QString id = syntheticIdNumber();
    const QString wrong = id.left(17) + (id[17] == u'0' ? u'1' : u'0');
    CHECK(refused(CellValues::idNumber(textCell(wrong), today))
          == IdNumber::parse(wrong, today).error());
    CHECK(refused(CellValues::idNumber(errorCell(), today)).contains(u"#REF!"_s));
}

TEST_CASE("an empty cell gives no value and no reason", "[import][cells]")
{
    const SheetCell cell = GENERATE(SheetCell(), textCell(u"  \u3000\u00A0"_s));
    CHECK(CellValues::idNumber(cell).isEmpty());
    CHECK(CellValues::text(cell).isEmpty());
    CHECK(CellValues::phone(cell).isEmpty());
    CHECK(CellValues::gender(cell).isEmpty());
    CHECK(CellValues::date(cell).isEmpty());
    CHECK(CellValues::time(cell).isEmpty());
    CHECK(CellValues::dateTime(cell).isEmpty());
    CHECK(CellValues::temperature(cell).isEmpty());
    CHECK(CellValues::yesNo(cell).isEmpty());
}

TEST_CASE("a date cell or an Excel serial number counts in the 1900 system", "[import][cells]")
{
    CHECK(accepted(CellValues::date(dateCell(44624))) == QDate(2022, 3, 4));
    CHECK(accepted(CellValues::date(dateCell(1))) == QDate(1900, 1, 1));
    CHECK(accepted(CellValues::date(dateCell(59))) == QDate(1900, 2, 28));
    CHECK(accepted(CellValues::date(dateCell(61))) == QDate(1900, 3, 1));
    CHECK(refused(CellValues::date(dateCell(60))).contains(u"1900-02-29"_s));
    CHECK(accepted(CellValues::date(dateCell(44624.5)), u"time of day left out"_s)
          == QDate(2022, 3, 4));
    CHECK(accepted(CellValues::date(numberCell(44624, u"44624"_s)),
                   u"Excel serial number 44624 read as 2022-03-04"_s)
          == QDate(2022, 3, 4));
    CHECK(accepted(CellValues::date(textCell(u"44624"_s)),
                   u"Excel serial number 44624 read as 2022-03-04"_s)
          == QDate(2022, 3, 4));
    refused(CellValues::date(numberCell(3e6, u"3000000"_s)));
    refused(CellValues::date(numberCell(-1, u"-1"_s)));
    // Digits typed into a General cell are the clerk's date, not a day of 1900.
    CHECK(accepted(CellValues::date(numberCell(3.4, u"3.4"_s), 2022), u"year 2022 added"_s)
          == QDate(2022, 3, 4));
    CHECK(accepted(CellValues::date(numberCell(20220304, u"20220304"_s))) == QDate(2022, 3, 4));
    refused(CellValues::date(numberCell(3.4, u"3.4"_s)));
    refused(CellValues::date(errorCell()));
}

TEST_CASE("a date typed as clerks do is read", "[import][cells]")
{
    const auto [typed, fixed] = GENERATE(table<QString, QString>({
            { u"2022-03-04"_s, {} },
            { u"2022/3/4"_s, {} },
            { u"2022.3.4"_s, {} },
            { u"2022年3月4日"_s, {} },
            { u"20220304"_s, {} },
            { u" 2022-03-04 "_s, {} },
            { u"２０２２年３月４日"_s, u"full-width digits made half-width"_s },
            { u"２０２２．３．４"_s, u"full-width characters made half-width"_s },
            { u"2022-03-04 08:05"_s, u"time of day left out"_s },
    }));
    CAPTURE(typed);
    CHECK(accepted(CellValues::date(textCell(typed)), fixed) == QDate(2022, 3, 4));
}

TEST_CASE("a day without its year takes the year given, or is refused", "[import][cells]")
{
    const QString typed = GENERATE(u"3月4日"_s, u"3/4"_s, u"3.4"_s, u"3-4"_s, u"３月４日"_s);
    CAPTURE(typed);
    const QString fixed = typed.startsWith(u'3')
            ? u"year 2022 added"_s
            : u"full-width digits made half-width; year 2022 added"_s;
    CHECK(accepted(CellValues::date(textCell(typed), 2022), fixed) == QDate(2022, 3, 4));
    CHECK(refused(CellValues::date(textCell(typed))).contains(u"gives no year"_s));
}

TEST_CASE("a day without its year on a dated ledger is of the year that puts it nearest the date",
          "[import][cells]")
{
    // Filed in the first days of a year, the last days of the one before.
    const LedgerYear january(0, QDate(2023, 1, 3));
    CHECK(accepted(CellValues::date(textCell(u"12月30日"_s), january), u"year 2022 added"_s)
          == QDate(2022, 12, 30));
    CHECK(accepted(CellValues::date(textCell(u"1月2日"_s), january), u"year 2023 added"_s)
          == QDate(2023, 1, 2));
    // A release planned past the new year on a ledger filed before it.
    const LedgerYear december(0, QDate(2022, 12, 28));
    CHECK(accepted(CellValues::date(textCell(u"1月5日"_s), december), u"year 2023 added"_s)
          == QDate(2023, 1, 5));
    CHECK(accepted(CellValues::date(textCell(u"3月4日"_s), LedgerYear(0, QDate(2022, 3, 10))),
                   u"year 2022 added"_s)
          == QDate(2022, 3, 4));
    // A leap day goes to the year that has one; the year the clerk gives is kept as it is.
    CHECK(accepted(CellValues::date(textCell(u"2月29日"_s), LedgerYear(0, QDate(2025, 1, 2))),
                   u"year 2024 added"_s)
          == QDate(2024, 2, 29));
    CHECK(accepted(CellValues::date(textCell(u"12月30日"_s), LedgerYear(2023, QDate(2023, 1, 3))),
                   u"year 2023 added"_s)
          == QDate(2023, 12, 30));
}

TEST_CASE("a date that is not one is refused", "[import][cells]")
{
    const QString typed = GENERATE(u"2月30日"_s, u"2022-02-30"_s, u"明天"_s, u"13/45"_s);
    CAPTURE(typed);
    refused(CellValues::date(textCell(typed), 2022));
}

TEST_CASE("a time of day is read from a cell or as clerks type it", "[import][cells]")
{
    CHECK(accepted(CellValues::time(dateCell(eightOhFive))) == QTime(8, 5));
    CHECK(accepted(CellValues::time(dateCell(44624 + eightOhFive)), u"date left out"_s)
          == QTime(8, 5));
    CHECK(accepted(CellValues::time(numberCell(0.3368, u"0.3368"_s)),
                   u"day fraction 0.3368 read as 08:05"_s)
          == QTime(8, 5));
    CHECK(accepted(CellValues::time(dateCell(0.999999999))) == QTime(23, 59, 59));

    const auto [typed, expected, fixed] = GENERATE(table<QString, QTime, QString>({
            { u"8:05"_s, QTime(8, 5), {} },
            { u"08:05:00"_s, QTime(8, 5), {} },
            { u"23:59:59"_s, QTime(23, 59, 59), {} },
            { u"8时5分"_s, QTime(8, 5), {} },
            { u"8点05"_s, QTime(8, 5), {} },
            { u"8点"_s, QTime(8, 0), {} },
            { u"14时30分15秒"_s, QTime(14, 30, 15), {} },
            { u"8：05"_s, QTime(8, 5), u"full-width characters made half-width"_s },
    }));
    CAPTURE(typed);
    CHECK(accepted(CellValues::time(textCell(typed)), fixed) == expected);
}

TEST_CASE("a time of day that is not one is refused", "[import][cells]")
{
    refused(CellValues::time(dateCell(44624)));
    refused(CellValues::time(numberCell(8, u"8"_s)));
    refused(CellValues::time(numberCell(-0.5, u"-0.5"_s)));
    const QString typed = GENERATE(u"25:00"_s, u"8:65"_s, u"上午"_s, u"8.05"_s);
    CAPTURE(typed);
    refused(CellValues::time(textCell(typed)));
}

TEST_CASE("a date with its time of day is read from one cell", "[import][cells]")
{
    const QDateTime expected(QDate(2022, 3, 4), QTime(8, 5));
    CHECK(accepted(CellValues::dateTime(dateCell(44624 + eightOhFive))) == expected);
    CHECK(accepted(CellValues::dateTime(numberCell(44624 + eightOhFive, u"44624.3368055556"_s)),
                   u"Excel serial number 44624.3368055556 read as 2022-03-04 08:05"_s)
          == expected);
    const auto [typed, year, fixed] = GENERATE(table<QString, int, QString>({
            { u"2022-03-04 08:05"_s, 0, {} },
            { u"2022/3/4 8:05:00"_s, 0, {} },
            { u"2022-03-04T08:05"_s, 0, {} },
            { u"2022年3月4日8时5分"_s, 0, {} },
            { u"2022年3月4日 8点05"_s, 0, {} },
            { u"3月4日 8:05"_s, 2022, u"year 2022 added"_s },
            { u"２０２２-03-04 08：05"_s, 0, u"full-width characters made half-width"_s },
    }));
    CAPTURE(typed);
    CHECK(accepted(CellValues::dateTime(textCell(typed), year), fixed) == expected);
}

TEST_CASE("a date without a time of day is read as midnight, saying so", "[import][cells]")
{
    const QDateTime midnight(QDate(2022, 3, 4), QTime(0, 0));
    CHECK(accepted(CellValues::dateTime(textCell(u"2022-03-04"_s)),
                   u"no time of day: read as 00:00"_s)
          == midnight);
    CHECK(accepted(CellValues::dateTime(dateCell(44624))) == midnight);
}

TEST_CASE("a date and time that is not one is refused", "[import][cells]")
{
    refused(CellValues::dateTime(dateCell(0.5)));
    refused(CellValues::dateTime(textCell(u"2022-03-04 25:00"_s)));
    refused(CellValues::dateTime(textCell(u"3月4日 8:05"_s)));
    refused(CellValues::dateTime(errorCell()));
}

TEST_CASE("a temperature is read from a number cell or as clerks type it", "[import][cells]")
{
    CHECK(accepted(CellValues::temperature(numberCell(36.5, u"36.5"_s))) == 36.5);
    CHECK(accepted(CellValues::temperature(numberCell(36.499999999999993, u"36.499999999999993"_s)))
          == 36.5);
    const auto [typed, expected, fixed] = GENERATE(table<QString, double, QString>({
            { u"36.5"_s, 36.5, {} },
            { u"36.5℃"_s, 36.5, {} },
            { u"36.5度"_s, 36.5, {} },
            { u"36.5°C"_s, 36.5, {} },
            { u"37"_s, 37.0, {} },
            { u"３６.５"_s, 36.5, u"full-width digits made half-width"_s },
            { u"３６．５"_s, 36.5, u"full-width characters made half-width"_s },
            { u"365"_s, 36.5, u"365 read as 36.5 ℃"_s },
    }));
    CAPTURE(typed);
    CHECK(accepted(CellValues::temperature(textCell(typed)), fixed) == expected);
}

TEST_CASE("a temperature out of Temperature's plausible range is refused", "[import][cells]")
{
    const QString typed = GENERATE(u"33.9"_s, u"43.1"_s, u"45"_s, u"36.55"_s, u"正常"_s);
    CAPTURE(typed);
    CHECK(refused(CellValues::temperature(textCell(typed)))
          == Temperature::parse(typed).error());
    refused(CellValues::temperature(numberCell(25, u"25"_s)));
}

TEST_CASE("yes and no are read in the forms ledgers use", "[import][cells]")
{
    const auto [typed, expected] = GENERATE(table<QString, bool>({
            { u"是"_s, true }, { u"否"_s, false }, { u"√"_s, true }, { u"×"_s, false },
            { u"Y"_s, true },  { u"n"_s, false },  { u"1"_s, true }, { u"0"_s, false },
            { u"有"_s, true }, { u"无"_s, false }, { u" 是 "_s, true },
    }));
    CAPTURE(typed);
    CHECK(accepted(CellValues::yesNo(textCell(typed))) == expected);
    CHECK(accepted(CellValues::yesNo(numberCell(1, u"1"_s, SheetCell::Kind::Boolean))));
    CHECK_FALSE(accepted(CellValues::yesNo(numberCell(0, u"0"_s, SheetCell::Kind::Number))));
    refused(CellValues::yesNo(textCell(u"也许"_s)));
}

TEST_CASE("a gender is read from 男 and 女 and their other forms", "[import][cells]")
{
    const auto [typed, expected] = GENERATE(table<QString, QString>({
            { u"男"_s, u"male"_s },
            { u"女"_s, u"female"_s },
            { u"男性"_s, u"male"_s },
            { u"女性"_s, u"female"_s },
            { u"M"_s, u"male"_s },
            { u"f"_s, u"female"_s },
            { u"Female"_s, u"female"_s },
    }));
    CAPTURE(typed);
    CHECK(accepted(CellValues::gender(textCell(typed))) == expected);
    CHECK(refused(CellValues::gender(textCell(u"未知"_s))).contains(u"未知"_s));
}

TEST_CASE("text is trimmed and its line breaks become spaces", "[import][cells]")
{
    const auto [typed, expected, fixed] = GENERATE(table<QString, QString, QString>({
            { u"张三"_s, u"张三"_s, {} },
            { u"\u00A0张三\u3000 "_s, u"张三"_s, u"spaces around the text removed"_s },
            { u"东村\n3组"_s, u"东村 3组"_s, u"line breaks made spaces"_s },
            { u"东村\r\n3组\n"_s, u"东村 3组"_s,
              u"line breaks made spaces; spaces around the text removed"_s },
    }));
    CAPTURE(typed);
    CHECK(accepted(CellValues::text(textCell(typed)), fixed) == expected);
    CHECK(accepted(CellValues::text(numberCell(3, u"3"_s))) == u"3"_s);
    CHECK(accepted(CellValues::text(dateCell(44624)), u"date cell read as 2022-03-04"_s)
          == u"2022-03-04"_s);
}

TEST_CASE("a phone number is read as PhoneNumber keeps it", "[import][cells]")
{
    const auto [typed, expected, fixed] = GENERATE(table<QString, QString, QString>({
            { u"13812345678"_s, u"13812345678"_s, {} },
            { u"138 1234 5678"_s, u"13812345678"_s, u"spaces removed"_s },
            { u"138-1234-5678"_s, u"13812345678"_s, u"written as 13812345678"_s },
            { u"0532-87654321"_s, u"0532-87654321"_s, {} },
            { u"(0532)87654321"_s, u"0532-87654321"_s, u"written as 0532-87654321"_s },
            { u"１３８１２３４５６７８"_s, u"13812345678"_s, u"full-width digits made half-width"_s },
    }));
    CAPTURE(typed);
    CHECK(accepted(CellValues::phone(textCell(typed)), fixed) == expected);
    CHECK(accepted(CellValues::phone(numberCell(13812345678.0, u"1.3812345678E10"_s)))
          == u"13812345678"_s);
    CHECK(refused(CellValues::phone(textCell(u"12345"_s)))
          == PhoneNumber::normalize(u"12345"_s).error());
}

TEST_CASE("a cell with several phone numbers gives them all, or its first saying what it leaves",
          "[import][cells]")
{
    const QString typed = GENERATE(u"13812345678/0532-87654321"_s, u"13812345678、0532-87654321"_s,
                                   u"13812345678\n0532-87654321"_s, u"13812345678 0532-87654321"_s,
                                   u"13812345678；0532-87654321"_s);
    CAPTURE(typed);
    CHECK(accepted(CellValues::phones(textCell(typed)), u"2 numbers in one cell"_s)
          == QStringList { u"13812345678"_s, u"0532-87654321"_s });
    CHECK(accepted(CellValues::phone(textCell(typed)),
                   u"2 numbers in one cell; 13812345678 kept, 0532-87654321 left"_s)
          == u"13812345678"_s);
    // One piece that is no number refuses the cell, as one number would be.
    CHECK(refused(CellValues::phones(textCell(u"13812345678/12345"_s))).size() > 0);
}
