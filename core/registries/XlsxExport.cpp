#include "XlsxExport.h"

#include "RegistryLayout.h"
#include "XlsxFile.h"

#include <cstdlib>

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 ProgressEvery = 1000;
constexpr qsizetype SampleRows = 200;
// Points a line of the registry's 10 pt text takes, and a bold heading's.
constexpr double LineHeight = 13.5;
constexpr double HeadingLineHeight = 14;
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

    // Column widths come from the content: the first rows are read before anything is laid
    // out (rows stream to disk in order, and the widths go before them).
    QList<QByteArrayList> sample;
    while (sample.size() < SampleRows && query.next())
        sample << query.cells();
    if (!query.error().isEmpty())
        return Result<qint64>::failure(query.error());

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
    // Long text wraps within its column, so that a printed page keeps all of it.
    lxw_format *text = cellFormat(wb, LXW_ALIGN_LEFT);
    format_set_text_wrap(text);
    lxw_format *centered = cellFormat(wb, LXW_ALIGN_CENTER);
    format_set_text_wrap(centered);
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
    const QList<int> widths = RegistryLayout::columnWidths(definition, sample);
    for (int c = 0; c < columns.size(); ++c)
        worksheet_set_column(ws, lxw_col_t(c), lxw_col_t(c), widths[c] * 1.1 + 1, nullptr);
    worksheet_freeze_panes(ws, firstDataRow, 0);

    // In constant-memory mode rows must be written in order, and writing to a row flushes the
    // rows above it.
    worksheet_set_row(ws, 0, 30, nullptr);
    worksheet_merge_range(ws, 0, 0, 0, lastColumn, definition.title.toUtf8().constData(), title);
    const QByteArray unitLine
        = RegistryLayout::unitLine(query.unitName(), query.filter(), today).toUtf8();
    worksheet_merge_range(ws, 1, 0, 1, lastColumn, unitLine.constData(), plain);

    const QList<RegistryLayout::HeaderCell> cells = RegistryLayout::headerCells(definition);
    // Each header row as tall as its most wrapped heading (one spanning both rows shares them).
    QList<int> headerLines(headerRows, 1);
    for (const RegistryLayout::HeaderCell &cell : cells) {
        int width = 0;
        for (int c = cell.column; c < cell.column + cell.columnSpan; ++c)
            width += widths[c];
        const int lines = RegistryLayout::lineCount(cell.text, width);
        for (int r = cell.row; r < cell.row + cell.rowSpan; ++r)
            headerLines[r] = std::max(headerLines[r], (lines + cell.rowSpan - 1) / cell.rowSpan);
    }
    auto headerHeight = [&](int r) { return std::max(20.0, headerLines[r] * HeadingLineHeight + 6); };
    worksheet_set_row(ws, firstHeaderRow, headerHeight(0), nullptr);
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
        worksheet_set_row(ws, firstHeaderRow + 1, headerHeight(1), nullptr);
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
    auto writeRow = [&](const QByteArrayList &values) {
        // A row of wrapped text is as tall as its longest cell: a spreadsheet does not grow a
        // row by itself, and a printout would cut the rest.
        int lines = 1;
        for (int c = 0; c < values.size(); ++c) {
            if (columns[c].kind == RegistryColumn::Kind::Text
                && (values[c].size() > widths[c] || values[c].contains('\n')))
                lines = std::max(lines, RegistryLayout::lineCount(QString::fromUtf8(values[c]), widths[c]));
        }
        if (lines > 1)
            worksheet_set_row(ws, row, lines * LineHeight + 1, nullptr);
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
    };
    const QString tooMany = tr("An xlsx sheet holds at most %1 rows: narrow the registry by "
                               "village or dates, or export CSV.")
                                .arg(LXW_ROW_MAX - firstDataRow - 2);
    for (const QByteArrayList &values : std::as_const(sample))
        writeRow(values);
    rows = sample.size();
    while (query.next()) {
        // The last rows of a sheet are kept for the signature line.
        if (row + 2 >= LXW_ROW_MAX)
            return Result<qint64>::failure(tooMany);
        writeRow(query.cells());
        if (++rows % ProgressEvery == 0 && progress && !progress(rows, total))
            return Result<qint64>::failure(tr("The export was cancelled."));
    }
    if (!query.error().isEmpty())
        return Result<qint64>::failure(query.error());
    // The filter sits on the last header row, over every row written.
    worksheet_autofilter(ws, firstDataRow - 1, 0, std::max(row, firstDataRow) - 1, lastColumn);

    const QByteArray signature = RegistryLayout::signatureLine().toUtf8();
    worksheet_set_row(ws, row + 1, 24, nullptr);
    worksheet_merge_range(ws, row + 1, 0, row + 1, lastColumn, signature.constData(), plain);

    if (auto saved = file.save(path); !saved)
        return Result<qint64>::failure(saved.error());
    if (progress)
        progress(rows, total);
    return rows;
}
