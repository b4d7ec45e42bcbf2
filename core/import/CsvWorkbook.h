#pragma once

#include "Workbook.h"

#include <QByteArray>

// A CSV file as a workbook of one sheet named after the file, read as a stream. Reads what Excel
// and WPS save on Chinese Windows: UTF-8 with or without a BOM, UTF-16 ("Unicode text", told by
// its BOM or by its NUL bytes) and GB18030/GBK; cells separated by commas, tabs or semicolons;
// quoting as RFC 4180 has it. Every cell is text: what it means is the business of CellValues.
class CsvWorkbook : public Workbook
{
    Q_DECLARE_TR_FUNCTIONS(CsvWorkbook)

public:
    // A record (all its cells and separators) longer than this is refused as soon as it is
    // passed, so a hostile file with one endless line is never held in memory.
    static constexpr qint64 MaxRecordCharacters = 1024 * 1024;

    // Tells the encoding and the separator from the start of the file; a file holding binary
    // data is refused.
    static Result<std::unique_ptr<Workbook>> open(const QString &path);

    QList<SheetInfo> sheets() const override;
    Result<void> read(int sheet, SheetSink &sink,
                      const std::function<void(double)> &progress = {}) override;

private:
    CsvWorkbook(QString path, QByteArray encoding, qint64 bomSize, QChar separator);

    QString m_path;
    QByteArray m_encoding; // a name QStringDecoder knows
    qint64 m_bomSize;
    QChar m_separator;
};
