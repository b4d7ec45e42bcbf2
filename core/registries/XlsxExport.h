#pragma once

#include "RegistryQuery.h"

#include <QDate>

// Writes a registry as an xlsx workbook laid out for A4 paper: the title merged across the
// columns, the unit and date line, the grouped header (repeated on every printed page), the rows
// with borders and their widths, and the signature line; fitted to the page width, landscape when
// wide. ID numbers and phones are always text cells, so a spreadsheet never turns them into
// numbers like 3.7E+17. Rows stream to disk (libxlsxwriter's constant-memory mode) and the file
// appears whole or not at all.
class XlsxExport
{
    Q_DECLARE_TR_FUNCTIONS(XlsxExport)

public:
    // Returns the number of rows written.
    static Result<qint64> write(RegistryQuery &query, const QString &path,
        const RegistryQuery::Progress &progress = {}, QDate today = QDate::currentDate());
};
