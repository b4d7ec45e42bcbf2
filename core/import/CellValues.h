#pragma once

#include "Workbook.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QStringList>
#include <QTime>

#include <optional>

// What a cell of an office's ledger means, read as a careful clerk would: the value the store
// keeps, a note when the cell had to be normalized to get it (what was changed, for the dry
// run's "fixed" verdict), or the reason it cannot be used. An empty cell gives no value and no
// reason: whether a value is required is the import's business.
template<typename T>
struct CellValue
{
    std::optional<T> value;
    QString fixed;   // translated; empty when the cell held the value as the store keeps it
    QString refused; // translated; empty unless the cell holds something that cannot be used

    bool isEmpty() const { return !value && refused.isEmpty(); }
};

// The year of a day a ledger writes without one (3月4日): the year the clerk gave, else the
// one that puts the day nearest the ledger's 填报日期 — 12月30日 on a ledger filed on
// 2023-01-03 is of 2022, a release planned for 1月5日 on one filed on 2022-12-28 is of 2023.
class LedgerYear
{
public:
    LedgerYear(int given = 0, QDate filed = {}) : m_given(given), m_filed(filed) { }
    bool isKnown() const { return m_given > 0 || m_filed.isValid(); }
    // 0 when not known.
    int of(int month, int day) const;

private:
    int m_given;
    QDate m_filed;
};

class CellValues
{
    Q_DECLARE_TR_FUNCTIONS(CellValues)

public:
    // Text without leading and trailing spaces (non-breaking and ideographic ones too); the line
    // breaks of a multi-line cell become one space each.
    static CellValue<QString> text(const SheetCell &cell);
    // An 18-character ID number: full-width digits, a lower-case x, spaces and non-breaking
    // spaces are fixed; a number cell, or text in scientific notation (3.70302E+17), is refused
    // because its last digits are gone; a wrong check character is refused.
    static CellValue<QString> idNumber(const SheetCell &cell, QDate today = QDate::currentDate());
    // A mobile number or a landline with its area code, as PhoneNumber keeps them.
    // A cell with several numbers (13812345678/0532-87654321, one a line) gives its first and
    // says which it leaves; phones() gives them all.
    static CellValue<QString> phone(const SheetCell &cell);
    static CellValue<QStringList> phones(const SheetCell &cell);
    // "male" or "female" from 男/女 (and 男性, M, F, male, female).
    static CellValue<QString> gender(const SheetCell &cell);
    // A date cell, an Excel serial number, 2022-03-04, 2022/3/4, 2022.3.4, 2022年3月4日,
    // 20220304, or a day without its year (3月4日, 3/4, 3.4), which takes its year from year; a
    // day without a year and no year known is refused, saying so.
    static CellValue<QDate> date(const SheetCell &cell, const LedgerYear &year = {});
    // A time cell, a day fraction (0.3368…), 8:05, 08:05:00, 8时5分, 8点05.
    static CellValue<QTime> time(const SheetCell &cell);
    // A date with a time of day, in one cell (a date-time cell, 2022-03-04 08:05, a serial with
    // its fraction).
    static CellValue<QDateTime> dateTime(const SheetCell &cell, const LedgerYear &year = {});
    // A body temperature in °C within Temperature's plausible range (36.5, 36.5℃, 36.5度).
    static CellValue<double> temperature(const SheetCell &cell);
    // 是/否, √/×, Y/N, 1/0, 有/无.
    static CellValue<bool> yesNo(const SheetCell &cell);
};
