#pragma once

#include "../store/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <functional>
#include <memory>

// One cell of a sheet as the file holds it, before anything is made of it.
struct SheetCell
{
    enum class Kind { Empty, Text, Number, Date, Boolean, Error };

    Kind kind = Kind::Empty;
    // Text: the text, line breaks kept. Number, Date and Boolean: the value as the file writes
    // it ("3.70302199001011E+17", "44624.5", "1"). Error: the error ("#REF!").
    QString text;
    // Number: the value. Date: the Excel serial day in the 1900 date system, the time of day as
    // its fraction (a workbook in the 1904 system is converted).
    double number = 0;
    // A copy of the first cell of the merged range this cell lies in, not that first cell.
    bool merged = false;

    bool isBlank() const { return kind == Kind::Empty || (kind == Kind::Text && text.trimmed().isEmpty()); }
};

struct SheetRow
{
    qint64 number = 0; // 1-based, as the sheet numbers its rows
    bool hidden = false;
    QList<SheetCell> cells; // by column from A; trailing empty cells may be left out
};

struct SheetInfo
{
    QString name;
    bool hidden = false;
};

// Receives a sheet's rows in order, every row the sheet holds (blank ones too, as rows without
// cells, so that row numbers stay those a clerk sees in the spreadsheet).
class SheetSink
{
public:
    virtual ~SheetSink() = default;
    // Before the first row: which columns the sheet hides (by column from A; columns past the
    // list's end are shown).
    virtual void columns(const QList<bool> &hidden) { Q_UNUSED(hidden) }
    // False stops the reading, which then succeeds.
    virtual bool row(const SheetRow &row) = 0;
};

// A spreadsheet file (xlsx) or a CSV file (one sheet), read as a stream: memory does not grow
// with the number of rows. Cells of a merged range all carry the first cell's value.
class Workbook
{
    Q_DECLARE_TR_FUNCTIONS(Workbook)

public:
    virtual ~Workbook() = default;

    // Opens an xlsx or a CSV file, told apart by what the file holds, not by its name; anything
    // else (an old .xls, a document, a truncated file) is refused with the reason.
    static Result<std::unique_ptr<Workbook>> open(const QString &path);

    virtual QList<SheetInfo> sheets() const = 0;
    // Hands the rows of the sheet to sink. progress, when set, is told the share of the file
    // read so far (0 to 1) every few thousand rows. A file that turns out to be damaged or
    // beyond the limits (see below) fails with the row it was in.
    virtual Result<void> read(int sheet, SheetSink &sink,
                              const std::function<void(double)> &progress = {}) = 0;

    // The limits that keep a hostile file from taking the memory or the disk.
    static constexpr qint64 MaxCellCharacters = 32767; // Excel's own limit
    static constexpr int MaxColumns = 16384;           // XFD
    static constexpr qint64 MaxRows = 1048576;
};
