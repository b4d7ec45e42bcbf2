#include "AuditExport.h"

#include "AuditTexts.h"

#include "../import/Workbook.h"
#include "../registries/XlsxFile.h"
#include "../store/InstanceSettings.h"
#include "../store/Rights.h"

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 ProgressEvery = 1000;

struct Column
{
    QString heading;
    double width;
};

} // namespace

Result<qint64> AuditExport::write(
    Store &store, const AuditLog::Filter &filter, const QString &path, const Progress &progress)
{
    using R = Result<qint64>;
    if (auto allowed = Rights::check(store, Right::ReadAuditTrail); !allowed)
        return R::failure(allowed.error());
    XlsxFile file(true);
    lxw_workbook *wb = file.workbook();
    if (!wb)
        return R::failure(file.error());

    const QList<Column> columns = {
        { tr("Time"), 20 },         { tr("User"), 12 },          { tr("Action"), 12 },
        { tr("Of"), 14 },           { tr("Record"), 38 },        { tr("Columns changed"), 30 },
        { tr("Before"), 45 },       { tr("After"), 45 },         { tr("Installation"), 38 },
        { tr("Number in its trail"), 10 },
    };
    lxw_worksheet *ws = workbook_add_worksheet(wb, tr("Audit trail").toUtf8().constData());
    lxw_format *title = workbook_add_format(wb);
    format_set_bold(title);
    format_set_font_size(title, 14);
    lxw_format *header = workbook_add_format(wb);
    format_set_bold(header);
    format_set_bg_color(header, 0xD9D9D9);
    format_set_border(header, LXW_BORDER_THIN);
    lxw_format *cell = workbook_add_format(wb);
    format_set_border(cell, LXW_BORDER_THIN);
    format_set_align(cell, LXW_ALIGN_VERTICAL_TOP);

    for (int c = 0; c < columns.size(); ++c)
        worksheet_set_column(ws, lxw_col_t(c), lxw_col_t(c), columns[c].width, nullptr);
    const InstanceSettings instance = InstanceSettings::load(store);
    worksheet_write_string(ws, 0, 0,
                           tr("Audit trail of %1 (%2)").arg(instance.unitName, instance.unitCode)
                               .toUtf8().constData(), title);
    worksheet_write_string(ws, 1, 0, AuditTexts::filter(filter).toUtf8().constData(), nullptr);
    const lxw_row_t headerRow = 2;
    for (int c = 0; c < columns.size(); ++c)
        worksheet_write_string(ws, headerRow, lxw_col_t(c), columns[c].heading.toUtf8().constData(),
                               header);
    worksheet_freeze_panes(ws, headerRow + 1, 0);

    lxw_row_t row = headerRow + 1;
    bool cancelled = false;
    auto written = AuditLog::forEach(store, filter, [&](const AuditLog::Entry &e) {
        const QStringList cells = { AuditTexts::at(e.at),          e.userName,
                                    AuditTexts::action(e.action),  AuditTexts::table(e.table),
                                    e.rowId,                       AuditTexts::columns(e.changed),
                                    AuditTexts::values(e.beforeJson),
                                    AuditTexts::values(e.afterJson), e.origin };
        for (int c = 0; c < cells.size(); ++c)
            worksheet_write_string(ws, row, lxw_col_t(c),
                                   cells[c].left(Workbook::MaxCellCharacters).toUtf8().constData(), cell);
        if (e.seq > 0)
            worksheet_write_number(ws, row, lxw_col_t(cells.size()), double(e.seq), cell);
        else
            worksheet_write_blank(ws, row, lxw_col_t(cells.size()), cell);
        ++row;
        const qint64 done = row - headerRow - 1;
        if (progress && done % ProgressEvery == 0 && !progress(done)) {
            cancelled = true;
            return false;
        }
        return true;
    });
    if (!written)
        return R::failure(written.error());
    if (cancelled)
        return R::failure(tr("The export was cancelled; no file was written."));
    if (row > headerRow + 1)
        worksheet_autofilter(ws, headerRow, 0, row - 1, lxw_col_t(columns.size() - 1));
    if (auto saved = file.save(path); !saved)
        return R::failure(saved.error());
    return qint64(row - headerRow - 1);
}
