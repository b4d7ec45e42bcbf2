#pragma once

#include "ImportTarget.h"
#include "Workbook.h"

#include <QDate>
#include <QList>
#include <QString>

// The heading rows of a ledger sheet, found among its first rows: the row whose cells name the
// most fields of the target, and the row above it when that one groups its columns (基本信息
// over 姓名/性别/身份证号码, 3月5日 over 上午/下午, or 序号 merged down both rows). The title and
// 填报单位/填报日期 lines above are read for the date and the unit they give.
struct SheetHeader
{
    struct Column
    {
        QString upper; // the group heading, empty in a one-row header
        QString lower; // the heading of the column itself
        bool hidden = false;

        // "基本信息/姓名", or the one heading there is.
        QString name() const;
    };

    qint64 firstRow = 0; // 1-based; 0 when no header was found
    qint64 lastRow = 0;
    QList<Column> columns;
    // From the lines above the heading: 填报日期 (gives the year of days written without one)
    // and 填报单位.
    QDate fileDate;
    QString unit;

    bool isValid() const { return firstRow > 0; }
    // Finds the header among rows (the sheet's first rows, in order), or an invalid header.
    static SheetHeader detect(const QList<SheetRow> &rows, const ImportTarget &target,
                              const QList<bool> &hiddenColumns = {});
    // The header the clerk chose: rows first to last (one or two of them).
    static SheetHeader fromRows(const QList<SheetRow> &rows, qint64 first, qint64 last,
                                const QList<bool> &hiddenColumns = {});

    // A heading as fields' synonyms are written: full-width folded, without spaces, line
    // breaks, asterisks and a bracketed remark (身份证号码（18位） is 身份证号码).
    static QString normalized(const QString &heading);
    // The field of target a heading names, or empty: one of its synonyms exactly, or (Within)
    // the longest synonym it holds, unless it names another person's (户主身份证号码).
    enum class Match { Exact, Within };
    static QString fieldFor(const QString &heading, const ImportTarget &target,
                            Match match = Match::Within);
};
