#pragma once

#include "TestSupport.h"

#include "import/LedgerImport.h"

#include <QList>
#include <QStringList>

#include <string>

class Store;

// What the ledger import's tests share: reading a value back, and the dry run's verdicts.
QString scalar(Store &store, const QString &sql);
// The rows the query gives, each its columns joined by |, to compare with what a ledger held.
QStringList rowsOf(Store &store, const QString &sql);
// The options of a dry run as of a day, for a target.
LedgerImport::Options importOptions(const QString &target, QDate today);
// Every verdict, one a line, for a failing check to print.
std::string described(const LedgerImport &import);
// The verdict on a row of the sheet; fails the test when there is none.
const ImportRowVerdict &verdictOf(const LedgerImport &import, qint64 row);
// An xlsx ledger of one sheet: a title merged across the columns, one row of headings, the rows
// (an empty cell is left blank).
void writeLedger(const QString &path, const char *sheet, const char *title,
                 const QStringList &headings, const QList<QStringList> &rows);

// A synthetic ID number whose check character is X, for the lower-case x a clerk types.
QString idEndingInX(const QString &birth);

// A household register as village offices keep it in Excel: a merged title, the unit and date
// line, a two-level heading (基本信息 over 姓名/性别/身份证号码/出生日期; the other headings merged
// down both rows), each household's head and address merged down its members, a blank spacer,
// a subtotal, a total and the signature line.
struct HouseholdLedger
{
    QString zhangYi = syntheticIdNumber(QStringLiteral("19800101"), 11);
    QString liEr = syntheticIdNumber(QStringLiteral("19820202"), 22);
    QString zhangSan = idEndingInX(QStringLiteral("20050505"));
    QString wangSi = syntheticIdNumber(QStringLiteral("19700707"), 31); // a man's number
    QString wangWu = syntheticIdNumber(QStringLiteral("19950909"), 41);

    void write(const QString &path) const;
};
