#include "XlsxExport.h"

#include "RegistryLayout.h"
#include "XlsxFile.h"

#include <cstdlib>

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 ProgressEvery = 1000;
constexpr uint8_t A4 = 9; // Excel's paper size code

lxw_format *newFormat(lxw_workbook *workbook)
{
    lxw_format *f = workbook_add_format(workbook);
    // SimSun is what paper forms in a Chinese office are set in.
    format_set_font_name(f, "宋体");
    format_set_font_size(f, 10);
    format_set_align(f, LXW_ALIGN_VERTICAL_CENTER);
    return f;
}

lxw_format *cellFormat(lxw_workbook *workbook, uint8_t align)
{
    lxw_format *f = newFormat(workbook);
    format_set_border(f, LXW_BORDER_THIN);
    format_set_align(f, align);
    return f;
}

// Excel's sheet names: at most 31 characters, none of []:*?/\.
QByteArray sheetName(const QString &title)
{
    QString name = title;
    for (QChar c : u"[]:*?/\\"_s)
        name.replace(c, u' ');
    return name.left(31).toUtf8();
}

} // namespace

Result<qint64> XlsxExport::write(
    RegistryQuery &query, const QString &path, const RegistryQuery::Progress &progress, QDate today)
{
    // Counting costs a pass over the rows: only done when someone watches the progress.
    qint64 total = 0;
    if (progress) {
        const auto counted = query.count();
        if (!counted)
            return Result<qint64>::failure(counted.error());
        total = counted.value();
    }
    if (auto started = query.startExport(); !started)
        return Result<qint64>::failure(started.error());

    XlsxFile file(true);
    lxw_workbook *wb = file.workbook();
    if (!wb)
        return Result<qint64>::failure(file.error());

    const RegistryDefinition &definition = query.definition();
    const auto &columns = definition.columns;
    const auto lastColumn = lxw_col_t(columns.size() - 1);
    lxw_worksheet *ws = workbook_add_worksheet(wb, sheetName(definition.title).constData());

    lxw_format *title = newFormat(wb);
    format_set_bold(title);
    format_set_font_size(title, 16);
    format_set_align(title, LXW_ALIGN_CENTER);
    lxw_format *plain = newFormat(wb);
    lxw_format *header = cellFormat(wb, LXW_ALIGN_CENTER);
    format_set_bold(header);
    format_set_text_wrap(header);
    format_set_bg_color(header, 0xD9D9D9);
    lxw_format *text = cellFormat(wb, LXW_ALIGN_LEFT);
    lxw_format *centered = cellFormat(wb, LXW_ALIGN_CENTER);
    lxw_format *number = cellFormat(wb, LXW_ALIGN_CENTER);
    format_set_num_format(number, "0.0");
    QList<lxw_format *> formats;
    for (const RegistryColumn &c : columns) {
        switch (c.kind) {
        case RegistryColumn::Kind::Text:
            formats << (c.label ? centered : text);
            break;
        case RegistryColumn::Kind::Number:
            formats << number;
            break;
        default:
            formats << centered;
            break;
        }
    }

    // Page setup: A4, fitted to one page wide, header rows on every page, page numbers.
    worksheet_set_paper(ws, A4);
    if (definition.isLandscape())
        worksheet_set_landscape(ws);
    worksheet_set_margins(ws, 0.4, 0.4, 0.6, 0.6);
    worksheet_center_horizontally(ws);
    worksheet_fit_to_pages(ws, 1, 0);
    const int headerRows = RegistryLayout::headerRowCount(definition);
    const lxw_row_t firstHeaderRow = 2;
    const lxw_row_t firstDataRow = firstHeaderRow + lxw_row_t(headerRows);
    worksheet_repeat_rows(ws, firstHeaderRow, firstDataRow - 1);
    //: The printed page's footer in Excel's codes: &P is the page number, &N the page count.
    const QByteArray footer = (u"&C"_s + tr("Page &P of &N")).toUtf8();
    worksheet_set_footer(ws, footer.constData());
    for (int c = 0; c < columns.size(); ++c)
        worksheet_set_column(ws, lxw_col_t(c), lxw_col_t(c), columns[c].width * 1.1 + 1, nullptr);

    // In constant-memory mode rows must be written in order, and writing to a row flushes the
    // rows above it.
    worksheet_set_row(ws, 0, 30, nullptr);
    worksheet_merge_range(ws, 0, 0, 0, lastColumn, definition.title.toUtf8().constData(), title);
    const QByteArray unitLine
        = RegistryLayout::unitLine(query.unitName(), query.filter(), today).toUtf8();
    worksheet_merge_range(ws, 1, 0, 1, lastColumn, unitLine.constData(), plain);

    const QList<RegistryLayout::HeaderCell> cells = RegistryLayout::headerCells(definition);
    const double headerHeight = headerRows == 1 ? 30 : 20;
    worksheet_set_row(ws, firstHeaderRow, headerHeight, nullptr);
    for (const RegistryLayout::HeaderCell &cell : cells) {
        if (cell.row != 0)
            continue;
        const lxw_row_t row = firstHeaderRow;
        const auto col = lxw_col_t(cell.column);
        const QByteArray heading = cell.text.toUtf8();
        if (cell.columnSpan > 1)
            worksheet_merge_range(ws, row, col, row, col + lxw_col_t(cell.columnSpan - 1),
                heading.constData(), header);
        else
            worksheet_write_string(ws, row, col, heading.constData(), header);
    }
    if (headerRows == 2)
        worksheet_set_row(ws, firstHeaderRow + 1, headerHeight, nullptr);
    for (const RegistryLayout::HeaderCell &cell : cells) {
        const auto col = lxw_col_t(cell.column);
        const QByteArray heading = cell.text.toUtf8();
        if (cell.row == 1) {
            worksheet_write_string(ws, firstHeaderRow + 1, col, heading.constData(), header);
        } else if (cell.rowSpan == 2) {
            // The top cell is written already (its row is flushed); this records the merge and
            // fills the cell below with the header's borders.
            worksheet_merge_range(
                ws, firstHeaderRow, col, firstHeaderRow + 1, col, heading.constData(), header);
        }
    }

    lxw_row_t row = firstDataRow;
    qint64 rows = 0;
    while (query.next()) {
        // The last rows of a sheet are kept for the signature line.
        if (row + 2 >= LXW_ROW_MAX)
            return Result<qint64>::failure(tr("An xlsx sheet holds at most %1 rows: narrow the "
                                              "registry by village or dates, or export CSV.")
                                               .arg(LXW_ROW_MAX - firstDataRow - 2));
        const QByteArrayList &values = query.cells();
        for (int c = 0; c < values.size(); ++c) {
            const QByteArray &value = values[c];
            const auto col = lxw_col_t(c);
            const RegistryColumn::Kind kind = columns[c].kind;
            if (value.isEmpty())
                worksheet_write_blank(ws, row, col, formats[c]);
            else if (kind == RegistryColumn::Kind::Number
                || kind == RegistryColumn::Kind::RowNumber)
                worksheet_write_number(
                    ws, row, col, std::strtod(value.constData(), nullptr), formats[c]);
            else
                worksheet_write_string(ws, row, col, value.constData(), formats[c]);
        }
        ++row;
        if (++rows % ProgressEvery == 0 && progress && !progress(rows, total))
            return Result<qint64>::failure(tr("The export was cancelled."));
    }
    if (!query.error().isEmpty())
        return Result<qint64>::failure(query.error());

    const QByteArray signature = RegistryLayout::signatureLine().toUtf8();
    worksheet_set_row(ws, row + 1, 24, nullptr);
    worksheet_merge_range(ws, row + 1, 0, row + 1, lastColumn, signature.constData(), plain);

    if (auto saved = file.save(path); !saved)
        return Result<qint64>::failure(saved.error());
    if (progress)
        progress(rows, total);
    return rows;
}
