#pragma once

#include "Workbook.h"

#include <QCoreApplication>

#include <memory>

// An xlsx workbook as Excel and WPS save it. A sheet is inflated piece by piece and parsed as it
// comes (minizip and XmlScanner), its rows handed on at once: memory grows with the
// workbook's shared texts and a sheet's merged ranges, not with its rows.
class XlsxWorkbook : public Workbook
{
    Q_DECLARE_TR_FUNCTIONS(XlsxWorkbook)

public:
    static Result<std::unique_ptr<Workbook>> open(const QString &path);
    ~XlsxWorkbook() override;

    QList<SheetInfo> sheets() const override;
    Result<void> read(
        int sheet, SheetSink &sink, const std::function<void(double)> &progress = {}) override;

    // Limits of the parts of a workbook, beyond Workbook's own, checked on the bytes inflated
    // (a zip header can lie).
    static constexpr qint64 MaxSheetBytes = qint64(2) << 30;
    static constexpr qint64 MaxSharedStringsBytes = qint64(256) << 20;
    // Sheets deflate 5 to 40 times; a zip bomb a thousand times.
    static constexpr int MaxInflation = 200;
    static constexpr qint64 MaxMergedRanges = 2000000;
    // Cells covered by merged ranges, each copied into every row it spans.
    static constexpr qint64 MaxMergedCells = qint64(64) << 20;
    // Cells handed on, counted up to the last used one of each row: a value far to the right in
    // every row would otherwise take hours to hand on.
    static constexpr qint64 MaxCells = qint64(256) << 20;

    struct Parts;

private:
    explicit XlsxWorkbook(std::unique_ptr<Parts> parts);
    Result<void> readWorkbook(const QString &fileName);
    Result<void> readStyles();
    Result<void> readSharedStrings();

    std::unique_ptr<Parts> m_parts;
};
