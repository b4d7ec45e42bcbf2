#pragma once

#include "Workbook.h"

#include <QCoreApplication>

#include <memory>

// A workbook in the old Excel 97-2003 format (.xls, BIFF8), as WPS and old Excel still save,
// read through FreeXL. A .xls holds at most 65,536 rows, which FreeXL reads whole at open. FreeXL
// gives no merged ranges: a household's cells merged down its members come only in its first
// row, which the import follows (the members come under their head).
class XlsWorkbook : public Workbook
{
    Q_DECLARE_TR_FUNCTIONS(XlsWorkbook)

public:
    static Result<std::unique_ptr<Workbook>> open(const QString &path);
    ~XlsWorkbook() override;

    QList<SheetInfo> sheets() const override;
    Result<void> read(
        int sheet, SheetSink &sink, const std::function<void(double)> &progress = {}) override;

private:
    XlsWorkbook(const void *handle, QString fileName);

    const void *m_handle;
    QString m_fileName;
    QList<SheetInfo> m_sheets;
};
