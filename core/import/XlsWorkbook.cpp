#include "XlsWorkbook.h"

#include <QDate>
#include <QFile>
#include <QFileInfo>
#include <QTime>

#include <freexl.h>

using namespace Qt::StringLiterals;

namespace {

// Excel's day 0 in the 1900 date system, as SheetCell counts.
const QDate serialZero(1899, 12, 30);

double daySerial(const QString &date)
{
    return double(serialZero.daysTo(QDate::fromString(date, Qt::ISODate)));
}

double dayFraction(const QString &time)
{
    return double(QTime(0, 0).secsTo(QTime::fromString(time, u"HH:mm:ss"_s))) / 86400.0;
}

} // namespace

XlsWorkbook::XlsWorkbook(const void *handle, QString fileName)
    : m_handle(handle), m_fileName(std::move(fileName))
{ }

XlsWorkbook::~XlsWorkbook()
{
    freexl_close(m_handle);
}

Result<std::unique_ptr<Workbook>> XlsWorkbook::open(const QString &path)
{
    using Opened = Result<std::unique_ptr<Workbook>>;
    const QString fileName = QFileInfo(path).fileName();
    const void *handle = nullptr;
    const int opened = freexl_open(QFile::encodeName(path).constData(), &handle);
    // FreeXL is to be closed even when it failed.
    std::unique_ptr<XlsWorkbook> workbook(new XlsWorkbook(handle, fileName));
    unsigned int info = 0;
    if (opened == FREEXL_BIFF_OBFUSCATED
        || (opened == FREEXL_OK && freexl_get_info(handle, FREEXL_BIFF_PASSWORD, &info) == FREEXL_OK
            && info == FREEXL_BIFF_OBFUSCATED))
        return Opened::failure(tr("%1 is protected by a password: open it in WPS or Excel, remove "
                                  "the password, save it as .xlsx and import that file.")
                                   .arg(fileName));
    if (opened != FREEXL_OK)
        return Opened::failure(tr("%1 cannot be read as an Excel 97-2003 workbook (.xls): it is "
                                  "damaged, or of a kind FreeXL does not read (error %2). Open it "
                                  "in WPS or Excel, save it as .xlsx and import that file.")
                                   .arg(fileName)
                                   .arg(opened));
    unsigned int count = 0;
    if (freexl_get_info(handle, FREEXL_BIFF_SHEET_COUNT, &count) != FREEXL_OK)
        count = 0;
    for (unsigned short i = 0; i < count; ++i) {
        const char *name = nullptr;
        if (freexl_get_worksheet_name(handle, i, &name) == FREEXL_OK && name)
            workbook->m_sheets.append({ QString::fromUtf8(name), false });
    }
    if (workbook->m_sheets.isEmpty())
        return Opened::failure(tr("%1 has no sheet to read.").arg(fileName));
    return std::unique_ptr<Workbook>(std::move(workbook));
}

QList<SheetInfo> XlsWorkbook::sheets() const
{
    return m_sheets;
}

Result<void> XlsWorkbook::read(int sheet, SheetSink &sink, const std::function<void(double)> &progress)
{
    using R = Result<void>;
    const QString where = tr("%1, sheet %2").arg(m_fileName, m_sheets.value(sheet).name);
    if (sheet < 0 || sheet >= m_sheets.size()
        || freexl_select_active_worksheet(m_handle, static_cast<unsigned short>(sheet)) != FREEXL_OK)
        return R::failure(tr("%1 cannot be read.").arg(where));
    unsigned int rows = 0;
    unsigned short columns = 0;
    if (freexl_worksheet_dimensions(m_handle, &rows, &columns) != FREEXL_OK)
        return R::failure(tr("%1 cannot be read.").arg(where));
    sink.columns({});
    SheetRow row;
    for (unsigned int r = 0; r < rows; ++r) {
        row.number = qint64(r) + 1;
        row.cells.clear();
        for (unsigned short c = 0; c < columns; ++c) {
            FreeXL_CellValue value;
            if (freexl_get_cell_value(m_handle, r, c, &value) != FREEXL_OK)
                return R::failure(tr("%1: row %2 cannot be read.").arg(where).arg(row.number));
            SheetCell cell;
            switch (value.type) {
            case FREEXL_CELL_INT:
                cell.kind = SheetCell::Kind::Number;
                cell.number = value.value.int_value;
                cell.text = QString::number(value.value.int_value);
                break;
            case FREEXL_CELL_DOUBLE:
                cell.kind = SheetCell::Kind::Number;
                cell.number = value.value.double_value;
                cell.text = QString::number(value.value.double_value, 'g', 15);
                break;
            case FREEXL_CELL_TEXT:
            case FREEXL_CELL_SST_TEXT:
                cell.kind = SheetCell::Kind::Text;
                cell.text = QString::fromUtf8(value.value.text_value);
                break;
            case FREEXL_CELL_DATE:
            case FREEXL_CELL_DATETIME:
            case FREEXL_CELL_TIME: {
                // FreeXL writes dates and times out (2022-03-04 08:05:00); SheetCell counts days.
                const QString text = QString::fromUtf8(value.value.text_value);
                cell.kind = SheetCell::Kind::Date;
                cell.text = text;
                if (value.type == FREEXL_CELL_TIME)
                    cell.number = dayFraction(text);
                else
                    cell.number = daySerial(text.left(10))
                        + (value.type == FREEXL_CELL_DATETIME ? dayFraction(text.mid(11)) : 0.0);
                break;
            }
            default:
                break;
            }
            if (cell.kind != SheetCell::Kind::Empty) {
                row.cells.resize(c);
                row.cells.append(cell);
            }
        }
        if (!sink.row(row))
            return {};
        if (progress && r % 4096 == 0)
            progress(double(r) / double(rows));
    }
    return {};
}
