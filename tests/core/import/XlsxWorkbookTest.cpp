#include "import/XlsxWorkbook.h"
#include "zip/ZipArchive.h"
#include "import/Workbook.h"
#include "people/IdNumber.h"

#include "../CatchQt.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

#include <xlsxwriter.h>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

using Kind = SheetCell::Kind;

// A synthetic ID number of the test region 370285, with its right check character.
QString idNumber(const QString &birth, int sequence)
{
    const QString first17 = u"370285"_s + birth + u"%1"_s.arg(sequence, 3, 10, QLatin1Char('0'));
    return first17 + IdNumber::checkCharacter(first17);
}

struct Collected : SheetSink
{
    void columns(const QList<bool> &hidden) override
    {
        hiddenColumns = hidden;
        ++columnsCalls;
    }
    bool row(const SheetRow &row) override
    {
        rows.append(row);
        return stopAfter == 0 || rows.size() < stopAfter;
    }

    const SheetRow &at(qint64 number) const
    {
        REQUIRE(number >= 1);
        REQUIRE(number <= rows.size());
        return rows[number - 1];
    }
    QString text(qint64 number, int column) const { return at(number).cells.value(column).text; }
    SheetCell cell(qint64 number, int column) const { return at(number).cells.value(column); }

    QList<bool> hiddenColumns;
    int columnsCalls = 0;
    QList<SheetRow> rows;
    qsizetype stopAfter = 0;
};

std::unique_ptr<Workbook> openWorkbook(const QString &path)
{
    auto opened = Workbook::open(path);
    INFO(opened.error().toStdString());
    REQUIRE(opened.ok());
    return std::move(opened).value();
}

Collected readSheet(const QString &path, int sheet = 0)
{
    const std::unique_ptr<Workbook> workbook = openWorkbook(path);
    Collected collected;
    const Result<void> read = workbook->read(sheet, collected);
    INFO(read.error().toStdString());
    REQUIRE(read.ok());
    return collected;
}

QString readError(const QString &path, int sheet = 0, Collected *collected = nullptr)
{
    auto opened = Workbook::open(path);
    if (!opened)
        return opened.error();
    Collected sink;
    const Result<void> read = opened.value()->read(sheet, collected ? *collected : sink);
    REQUIRE_FALSE(read.ok());
    return read.error();
}

// The rows in order from 1, without a gap.
void requireRowsInOrder(const Collected &c)
{
    for (qsizetype i = 0; i < c.rows.size(); ++i)
        REQUIRE(c.rows[i].number == i + 1);
}

void put(lxw_worksheet *ws, int row, int column, const QString &text, lxw_format *format = nullptr)
{
    worksheet_write_string(
        ws, lxw_row_t(row), lxw_col_t(column), text.toUtf8().constData(), format);
}

void merge(lxw_worksheet *ws, int firstRow, int firstColumn, int lastRow, int lastColumn,
    const QString &text, lxw_format *format = nullptr)
{
    worksheet_merge_range(ws, lxw_row_t(firstRow), lxw_col_t(firstColumn), lxw_row_t(lastRow),
        lxw_col_t(lastColumn), text.toUtf8().constData(), format);
}

struct Person
{
    QString name;
    QString gender;
    QString id;
    int returnedDay; // of March 2022
    QString address;
};

const QList<Person> people = {
    { u"测试甲"_s, u"男"_s, idNumber(u"19900101"_s, 11), 4, u"测试镇东村\n1号"_s },
    { u"测试乙"_s, u"女"_s, idNumber(u"19920202"_s, 22), 5, u"测试镇东村\n1号"_s },
    { u"测试丙"_s, u"男"_s, idNumber(u"20150303"_s, 31), 6, u"测试镇东村\n1号"_s },
    { u"测试丁"_s, u"女"_s, idNumber(u"19850404"_s, 42), 7, u"测试镇东村\n2号"_s },
    { u"测试戊"_s, u"男"_s, idNumber(u"19700505"_s, 51), 8, u"测试镇东村\n3号"_s },
};

const QString title = u"东村返乡人员排查登记表（测试数据）"_s;
const QString unitLine = u"填报单位：测试镇东村  填报日期：2022年3月4日"_s;
const QStringList headers = { u"姓名"_s, u"性别"_s, u"身份证号码"_s, u"身份证号（数值）"_s,
    u"返乡日期"_s, u"登记日期"_s, u"到达时间"_s, u"日期序列"_s, u"住址"_s, u"户号"_s, u"备注"_s };
// The sheet's rows (from 1) where each person is: 9 is hidden, 3 and 10 are blank spacers.
const QList<int> personRows = { 6, 7, 8, 9, 11 };

double march2022(int day)
{
    return 44620 + day; // 2022-03-04 is day 44624 of the 1900 system
}

// A township's ledger as offices keep them: two title lines, a header in two levels, merged
// households, dates and times in several formats, a hidden column and row, blank spacer rows;
// then a sheet of formats and a hidden notes sheet.
QString writeLedger(const QString &path, bool constantMemory)
{
    lxw_workbook_options options = {};
    options.constant_memory = constantMemory ? LXW_TRUE : LXW_FALSE;
    lxw_workbook *wb = workbook_new_opt(QFile::encodeName(path).constData(), &options);
    REQUIRE(wb);
    lxw_worksheet *ws = workbook_add_worksheet(wb, "排查台账");
    lxw_worksheet *formats = workbook_add_worksheet(wb, "格式");
    lxw_worksheet *notes = workbook_add_worksheet(wb, "说明");
    worksheet_hide(notes);

    lxw_format *date = workbook_add_format(wb);
    format_set_num_format(date, "yyyy/m/d");
    lxw_format *chineseDate = workbook_add_format(wb);
    format_set_num_format(chineseDate, "yyyy\"年\"m\"月\"d\"日\"");
    lxw_format *time = workbook_add_format(wb);
    format_set_num_format(time, "h:mm");
    lxw_format *wrap = workbook_add_format(wb);
    format_set_text_wrap(wrap);
    lxw_format *grey = workbook_add_format(wb);
    format_set_bg_color(grey, 0xD9D9D9);

    lxw_row_col_options hidden = {};
    hidden.hidden = LXW_TRUE;
    worksheet_set_column_opt(ws, 11, 11, 10, nullptr, &hidden);

    // Rows in order, as constant-memory mode needs: a range merged down is written after the
    // other cells of its first row.
    merge(ws, 0, 0, 0, 11, title);
    merge(ws, 1, 0, 1, 11, unitLine);
    merge(ws, 3, 1, 3, 3, u"基本信息"_s);
    merge(ws, 3, 4, 3, 8, u"返乡情况"_s);
    merge(ws, 3, 9, 3, 11, u"其他"_s);
    merge(ws, 3, 0, 4, 0, u"序号"_s);
    for (int c = 0; c < headers.size(); ++c)
        put(ws, 4, c + 1, headers[c]);
    for (int i = 0; i < people.size(); ++i) {
        const Person &p = people[i];
        const auto row = lxw_row_t(personRows[i] - 1);
        if (personRows[i] == 9)
            worksheet_set_row_opt(ws, row, LXW_DEF_ROW_HEIGHT, nullptr, &hidden);
        worksheet_write_number(ws, row, 0, i + 1, nullptr);
        put(ws, int(row), 1, p.name);
        put(ws, int(row), 2, p.gender);
        put(ws, int(row), 3, p.id);
        worksheet_write_number(ws, row, 4, p.id.toDouble(), nullptr);
        lxw_datetime returned = { 2022, 3, uint8_t(p.returnedDay), 0, 0, 0 };
        worksheet_write_datetime(ws, row, 5, &returned, date);
        lxw_datetime registered = { 2022, 3, uint8_t(p.returnedDay + 1), 0, 0, 0 };
        worksheet_write_datetime(ws, row, 6, &registered, chineseDate);
        lxw_datetime arrived = { 0, 0, 0, 8, 5, 0 };
        worksheet_write_datetime(ws, row, 7, &arrived, time);
        worksheet_write_number(ws, row, 8, march2022(p.returnedDay), nullptr);
        put(ws, int(row), 9, p.address, wrap);
        put(ws, int(row), 11, u"备注"_s + p.name);
        if (i == 0)
            merge(ws, int(row), 10, int(row) + 2, 10, u"户一"_s);
        else if (i == 3)
            put(ws, int(row), 10, u"户二"_s);
        else if (i == 4)
            put(ws, int(row), 10, u"户三"_s);
    }
    // A row far below, formatted but empty, as sheets often have.
    worksheet_set_row(ws, 40, 20, grey);

    lxw_format *builtInDate = workbook_add_format(wb);
    format_set_num_format_index(builtInDate, 14);
    lxw_format *builtInChinese = workbook_add_format(wb);
    format_set_num_format_index(builtInChinese, 31);
    lxw_format *builtInTime = workbook_add_format(wb);
    format_set_num_format_index(builtInTime, 32);
    lxw_format *twoPlaces = workbook_add_format(wb);
    format_set_num_format(twoPlaces, "0.00");
    lxw_format *red = workbook_add_format(wb);
    format_set_num_format(red, "[Red]0");
    lxw_format *days = workbook_add_format(wb);
    format_set_num_format(days, "0\"天\"");
    worksheet_write_number(formats, 0, 0, 44624, builtInDate);
    worksheet_write_number(formats, 0, 1, 44624, builtInChinese);
    worksheet_write_number(formats, 0, 2, 0.5, builtInTime);
    worksheet_write_number(formats, 0, 3, 36.5, twoPlaces);
    worksheet_write_number(formats, 0, 4, 7, red);
    worksheet_write_number(formats, 0, 5, 14, days);
    worksheet_write_boolean(formats, 1, 0, 1, nullptr);
    worksheet_write_boolean(formats, 1, 1, 0, nullptr);
    worksheet_write_formula_str(formats, 1, 2, "=\"东\"&\"村\"", nullptr, "东村");
    worksheet_write_number(formats, 1, 3, -0.25, nullptr);

    put(notes, 0, 0, u"仅供测试"_s);
    REQUIRE(workbook_close(wb) == LXW_NO_ERROR);
    return path;
}

// The parts of a workbook written by hand, for what libxlsxwriter never writes.
struct HandWorkbook
{
    struct Sheet
    {
        QString name;
        QByteArray xml;
    };

    QList<Sheet> sheets;
    QByteArray sharedStrings;
    QByteArray styles;
    bool date1904 = false;
    bool absoluteTargets = false;

    QString write(const QString &path) const
    {
        QByteArray workbook = R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>)"
                              "\n<workbook xmlns=\"http://schemas.openxmlformats.org/"
                              "spreadsheetml/2006/main\" xmlns:r=\"http://schemas.openxmlformats."
                              "org/officeDocument/2006/relationships\">";
        if (date1904)
            workbook += "<workbookPr date1904=\"1\"/>";
        workbook += "<sheets>";
        QByteArray rels = R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>)"
                          "\n<Relationships xmlns=\"http://schemas.openxmlformats.org/package/"
                          "2006/relationships\">";
        const QByteArray relType
            = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
        const QByteArray prefix = absoluteTargets ? "/xl/" : "";
        ZipWriter zip(path);
        for (int i = 0; i < sheets.size(); ++i) {
            const QByteArray n = QByteArray::number(i + 1);
            workbook += "<sheet name=\"" + sheets[i].name.toUtf8() + "\" sheetId=\"" + n
                + "\" r:id=\"rId" + n + "\"/>";
            rels += "<Relationship Id=\"rId" + n + "\" Type=\"" + relType + "worksheet\" Target=\""
                + prefix + "worksheets/sheet" + n + ".xml\"/>";
            REQUIRE(zip.addEntry(u"xl/worksheets/sheet%1.xml"_s.arg(i + 1), sheets[i].xml, true));
        }
        workbook += "</sheets></workbook>";
        if (!sharedStrings.isEmpty()) {
            rels += "<Relationship Id=\"rIdS\" Type=\"" + relType + "sharedStrings\" Target=\""
                + prefix + "sharedStrings.xml\"/>";
            REQUIRE(zip.addEntry(u"xl/sharedStrings.xml"_s, sharedStrings, true));
        }
        if (!styles.isEmpty()) {
            rels += "<Relationship Id=\"rIdT\" Type=\"" + relType + "styles\" Target=\"" + prefix
                + "styles.xml\"/>";
            REQUIRE(zip.addEntry(u"xl/styles.xml"_s, styles, true));
        }
        rels += "</Relationships>";
        REQUIRE(zip.addEntry(u"xl/workbook.xml"_s, workbook, true));
        REQUIRE(zip.addEntry(u"xl/_rels/workbook.xml.rels"_s, rels, true));
        REQUIRE(zip.close());
        return path;
    }
};

QByteArray worksheet(const QByteArray &inner)
{
    return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<worksheet "
           "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
        + inner + "</worksheet>";
}

QString oneSheet(const QString &path, const QByteArray &sheetData, const QByteArray &after = {})
{
    HandWorkbook book;
    book.sheets = { { u"表一"_s, worksheet("<sheetData>" + sheetData + "</sheetData>" + after) } };
    return book.write(path);
}

} // namespace

TEST_CASE("A ledger reads cell by cell with its merged ranges filled in", "[import][xlsx]")
{
    const bool constantMemory = GENERATE(false, true);
    INFO((constantMemory ? "inline strings" : "shared strings"));
    QTemporaryDir dir;
    const QString path = writeLedger(dir.filePath(u"ledger.xlsx"_s), constantMemory);
    const Collected c = readSheet(path);

    CHECK(c.columnsCalls == 1);
    QList<bool> hiddenColumns(12, false);
    hiddenColumns[11] = true;
    CHECK(c.hiddenColumns == hiddenColumns);

    // Rows 1 to 11 without a gap; the formatted empty row 41 is not handed on.
    REQUIRE(c.rows.size() == 11);
    requireRowsInOrder(c);

    // The title and the unit line: the first cell holds the text, the others a copy of it.
    for (int row : { 1, 2 }) {
        const QString expected = row == 1 ? title : unitLine;
        REQUIRE(c.at(row).cells.size() == 12);
        CHECK(c.cell(row, 0).kind == Kind::Text);
        CHECK(c.text(row, 0) == expected);
        CHECK_FALSE(c.cell(row, 0).merged);
        for (int column = 1; column < 12; ++column) {
            CHECK(c.text(row, column) == expected);
            CHECK(c.cell(row, column).merged);
        }
    }
    CHECK(c.at(3).cells.isEmpty());
    CHECK_FALSE(c.at(3).hidden);

    // The header in two levels, 序号 merged down.
    const QStringList upper
        = { u"序号"_s, u"基本信息"_s, u"基本信息"_s, u"基本信息"_s, u"返乡情况"_s, u"返乡情况"_s,
              u"返乡情况"_s, u"返乡情况"_s, u"返乡情况"_s, u"其他"_s, u"其他"_s, u"其他"_s };
    for (int column = 0; column < 12; ++column) {
        CHECK(c.text(4, column) == upper[column]);
        CHECK(
            c.cell(4, column).merged == (column != 0 && column != 1 && column != 4 && column != 9));
    }
    CHECK(c.text(5, 0) == u"序号"_s);
    CHECK(c.cell(5, 0).merged);
    for (int column = 1; column < 12; ++column) {
        CHECK(c.text(5, column) == headers[column - 1]);
        CHECK_FALSE(c.cell(5, column).merged);
    }

    for (int i = 0; i < people.size(); ++i) {
        const Person &p = people[i];
        const int row = personRows[i];
        INFO("row " << row);
        CHECK(c.at(row).hidden == (row == 9));
        CHECK(c.cell(row, 0).kind == Kind::Number);
        CHECK(c.cell(row, 0).number == i + 1);
        CHECK(c.text(row, 0) == QString::number(i + 1));
        CHECK(c.text(row, 1) == p.name);
        CHECK(c.text(row, 2) == p.gender);
        CHECK(c.cell(row, 3).kind == Kind::Text);
        CHECK(c.text(row, 3) == p.id);
        // The ID number as a number has lost its last digits: the file writes it in E notation.
        CHECK(c.cell(row, 4).kind == Kind::Number);
        CHECK(c.cell(row, 4).number == Approx(p.id.toDouble()));
        CHECK(c.text(row, 4).startsWith(u"3.70285"_s));
        CHECK(c.text(row, 4).endsWith(u"E+17"_s));
        CHECK(c.cell(row, 5).kind == Kind::Date);
        CHECK(c.cell(row, 5).number == march2022(p.returnedDay));
        CHECK(c.cell(row, 6).kind == Kind::Date);
        CHECK(c.cell(row, 6).number == march2022(p.returnedDay + 1));
        CHECK(c.cell(row, 7).kind == Kind::Date);
        CHECK(c.cell(row, 7).number == Approx((8 * 60 + 5) / 1440.0));
        CHECK(c.cell(row, 8).kind == Kind::Number);
        CHECK(c.cell(row, 8).number == march2022(p.returnedDay));
        CHECK(c.text(row, 9) == p.address);
        CHECK(c.text(row, 11) == u"备注"_s + p.name);
    }
    // The household merged down three rows.
    CHECK(c.text(6, 10) == u"户一"_s);
    CHECK_FALSE(c.cell(6, 10).merged);
    for (int row : { 7, 8 }) {
        CHECK(c.text(row, 10) == u"户一"_s);
        CHECK(c.cell(row, 10).merged);
    }
    CHECK(c.text(9, 10) == u"户二"_s);
    CHECK_FALSE(c.cell(9, 10).merged);
    CHECK(c.at(10).cells.isEmpty());
    CHECK(c.text(11, 10) == u"户三"_s);
}

TEST_CASE("A workbook lists its sheets and which are hidden", "[import][xlsx]")
{
    QTemporaryDir dir;
    const std::unique_ptr<Workbook> workbook
        = openWorkbook(writeLedger(dir.filePath(u"ledger.xlsx"_s), false));
    const QList<SheetInfo> sheets = workbook->sheets();
    REQUIRE(sheets.size() == 3);
    CHECK(sheets[0].name == u"排查台账"_s);
    CHECK_FALSE(sheets[0].hidden);
    CHECK(sheets[1].name == u"格式"_s);
    CHECK_FALSE(sheets[1].hidden);
    CHECK(sheets[2].name == u"说明"_s);
    CHECK(sheets[2].hidden);

    Collected notes;
    REQUIRE(workbook->read(2, notes).ok());
    REQUIRE(notes.rows.size() == 1);
    CHECK(notes.text(1, 0) == u"仅供测试"_s);
}

TEST_CASE("Numbers are dates by their format and formula results keep their kind", "[import][xlsx]")
{
    QTemporaryDir dir;
    const Collected c = readSheet(writeLedger(dir.filePath(u"ledger.xlsx"_s), false), 1);
    REQUIRE(c.rows.size() == 2);
    CHECK(c.cell(1, 0).kind == Kind::Date); // built-in 14
    CHECK(c.cell(1, 0).number == 44624);
    CHECK(c.cell(1, 1).kind == Kind::Date); // built-in 31, yyyy年m月d日
    CHECK(c.cell(1, 2).kind == Kind::Date); // built-in 32, h时mm分
    CHECK(c.cell(1, 2).number == 0.5);
    CHECK(c.cell(1, 3).kind == Kind::Number); // 0.00
    CHECK(c.cell(1, 3).number == 36.5);
    CHECK(c.text(1, 3) == u"36.5"_s);
    CHECK(c.cell(1, 4).kind == Kind::Number); // [Red]0
    CHECK(c.cell(1, 5).kind == Kind::Number); // 0"天"

    CHECK(c.cell(2, 0).kind == Kind::Boolean);
    CHECK(c.cell(2, 0).number == 1);
    CHECK(c.cell(2, 1).kind == Kind::Boolean);
    CHECK(c.cell(2, 1).number == 0);
    CHECK(c.cell(2, 2).kind == Kind::Text);
    CHECK(c.text(2, 2) == u"东村"_s);
    CHECK(c.cell(2, 3).kind == Kind::Number);
    CHECK(c.cell(2, 3).number == -0.25);
}

TEST_CASE("Custom and built-in number formats are told apart as dates or numbers", "[import][xlsx]")
{
    // Each format in turn as the style of cell A of its own row.
    const QList<QPair<QByteArray, bool>> custom = {
        { "yyyy/m/d", true },
        { "yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;", true },
        { "[DBNum1][$-804]yyyy&quot;年&quot;m&quot;月&quot;", true },
        { "h:mm:ss", true },
        { "mm:ss", true },
        { "[h]:mm", true },
        { "[$-F800]dddd\\,\\ mmmm\\ dd\\,\\ yyyy", true },
        { "上午/下午h&quot;时&quot;mm&quot;分&quot;", true },
        { "0.00", false },
        { "[Red]0", false },
        { "0&quot;天&quot;", false },
        { "&quot;m&quot;0", false },
        { "0.0\\m", false },
        { "#,##0.00_);[Red]\\(#,##0.00\\)", false },
        { "General", false },
        { "@", false },
        { "0.00E+00", false },
    };
    const QList<QPair<int, bool>> builtIn = { { 0, false }, { 2, false }, { 14, true },
        { 22, true }, { 27, true }, { 31, true }, { 36, true }, { 45, true }, { 49, false },
        { 50, true }, { 58, true }, { 59, false } };
    QByteArray numFmts;
    QByteArray xfs = "<xf numFmtId=\"0\"/>";
    QList<bool> expected = { false };
    for (int i = 0; i < custom.size(); ++i) {
        numFmts += "<numFmt numFmtId=\"" + QByteArray::number(164 + i) + "\" formatCode=\""
            + custom[i].first + "\"/>";
        xfs += "<xf numFmtId=\"" + QByteArray::number(164 + i) + "\"/>";
        expected << custom[i].second;
    }
    for (const auto &[id, date] : builtIn) {
        xfs += "<xf numFmtId=\"" + QByteArray::number(id) + "\"/>";
        expected << date;
    }
    HandWorkbook book;
    book.styles = "<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/"
                  "main\"><numFmts>"
        + numFmts + "</numFmts><cellStyleXfs><xf numFmtId=\"14\"/></cellStyleXfs><cellXfs>" + xfs
        + "</cellXfs></styleSheet>";
    QByteArray rows;
    for (int i = 0; i < expected.size(); ++i)
        rows += "<row><c s=\"" + QByteArray::number(i) + "\"><v>44624.25</v></c></row>";
    book.sheets = { { u"格式"_s, worksheet("<sheetData>" + rows + "</sheetData>") } };
    QTemporaryDir dir;
    const Collected c = readSheet(book.write(dir.filePath(u"formats.xlsx"_s)));
    REQUIRE(c.rows.size() == expected.size());
    for (int i = 0; i < expected.size(); ++i) {
        INFO("style " << i);
        CHECK(c.cell(i + 1, 0).kind == (expected[i] ? Kind::Date : Kind::Number));
        CHECK(c.cell(i + 1, 0).number == 44624.25);
        CHECK(c.text(i + 1, 0) == u"44624.25"_s);
    }
}

TEST_CASE("A sheet written by other programs reads too", "[import][xlsx]")
{
    HandWorkbook book;
    book.absoluteTargets = true;
    // Rich text in runs with a phonetic guide, kept spaces, an escaped carriage return.
    book.sharedStrings
        = "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" count=\"3\" "
          "uniqueCount=\"3\"><si><t>姓名</t></si><si><r><rPr><b/></rPr><t>测试</t></r><r><t "
          "xml:space=\"preserve\"> 甲 </t></r><rPh sb=\"0\" eb=\"2\"><t>ceshi</t></rPh>"
          "<phoneticPr fontId=\"1\"/></si><si><t>第一行_x000D_\n第二行</t></si></sst>";
    book.sheets = { { u"名单"_s,
        worksheet("<dimension ref=\"A1:F6\"/><sheetData>"
                  // Cells without references follow the one before; a row without its number
                  // follows the row before.
                  "<row r=\"1\"><c t=\"s\"><v>0</v></c><c t=\"s\"><v>1</v></c><c r=\"E1\" "
                  "t=\"s\"><v>2</v></c><c><v>7</v></c></row>"
                  "<row><c t=\"inlineStr\"><is><t>行内</t></is></c><c t=\"inlineStr\"><is><r><t>富"
                  "</t></r><r><t>文本</t></r><rPh><t>fu</t></rPh></is></c><c t=\"b\"><v>1</v></c>"
                  "<c t=\"e\"><v>#REF!</v></c><c t=\"str\"><f>A1&amp;B1</f><v>a&amp;b</v></c>"
                  "<c t=\"d\"><v>2022-03-04T12:00:00</v></c></row>"
                  // A cell without its value, a formula without its result, a cell only styled.
                  "<row r=\"4\"><c r=\"A4\"/><c r=\"B4\"><f>1+1</f></c><c r=\"C4\" s=\"0\"/><c "
                  "r=\"D4\"><v>1.5E-3</v></c></row>"
                  "<row r=\"5\" hidden=\"1\"/>"
                  "<row r=\"6\" hidden=\"true\"><c r=\"B6\" t=\"inlineStr\"><is><t>隐藏</t></is>"
                  "</c></row></sheetData>") } };
    QTemporaryDir dir;
    const Collected c = readSheet(book.write(dir.filePath(u"other.xlsx"_s)));
    REQUIRE(c.rows.size() == 6);
    requireRowsInOrder(c);
    REQUIRE(c.at(1).cells.size() == 6);
    CHECK(c.text(1, 0) == u"姓名"_s);
    CHECK(c.text(1, 1) == u"测试 甲 "_s);
    CHECK(c.cell(1, 2).kind == Kind::Empty);
    CHECK(c.text(1, 4) == u"第一行\r\n第二行"_s);
    CHECK(c.cell(1, 5).kind == Kind::Number);
    CHECK(c.cell(1, 5).number == 7);

    CHECK(c.text(2, 0) == u"行内"_s);
    CHECK(c.cell(2, 0).kind == Kind::Text);
    CHECK(c.text(2, 1) == u"富文本"_s);
    CHECK(c.cell(2, 2).kind == Kind::Boolean);
    CHECK(c.cell(2, 2).number == 1);
    CHECK(c.cell(2, 3).kind == Kind::Error);
    CHECK(c.text(2, 3) == u"#REF!"_s);
    CHECK(c.cell(2, 4).kind == Kind::Text);
    CHECK(c.text(2, 4) == u"a&b"_s);
    CHECK(c.cell(2, 5).kind == Kind::Date);
    CHECK(c.cell(2, 5).number == 44624.5);

    CHECK(c.at(3).cells.isEmpty()); // left out by the file
    REQUIRE(c.at(4).cells.size() == 4);
    CHECK(c.cell(4, 0).kind == Kind::Empty);
    CHECK(c.cell(4, 1).kind == Kind::Empty);
    CHECK(c.cell(4, 2).kind == Kind::Empty);
    CHECK(c.cell(4, 3).kind == Kind::Number);
    CHECK(c.cell(4, 3).number == 0.0015);
    CHECK(c.text(4, 3) == u"1.5E-3"_s);
    // A blank hidden row stays hidden when a row with content follows it.
    CHECK(c.at(5).hidden);
    CHECK(c.at(5).cells.isEmpty());
    CHECK(c.at(6).hidden);
    CHECK(c.text(6, 1) == u"隐藏"_s);
}

TEST_CASE("A workbook in the 1904 date system gives its dates in the 1900 system", "[import][xlsx]")
{
    HandWorkbook book;
    book.date1904 = true;
    book.styles = "<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/"
                  "main\"><cellXfs count=\"2\"><xf numFmtId=\"0\"/><xf numFmtId=\"14\"/>"
                  "</cellXfs></styleSheet>";
    book.sheets = { { u"表"_s,
        worksheet("<sheetData><row r=\"1\"><c r=\"A1\" s=\"1\"><v>43162.5"
                  "</v></c><c r=\"B1\"><v>43162</v></c></row>"
                  "</sheetData>") } };
    QTemporaryDir dir;
    const Collected c = readSheet(book.write(dir.filePath(u"1904.xlsx"_s)));
    REQUIRE(c.rows.size() == 1);
    CHECK(c.cell(1, 0).kind == Kind::Date);
    CHECK(c.cell(1, 0).number == 44624.5); // 2022-03-04 12:00
    CHECK(c.text(1, 0) == u"43162.5"_s);
    // A number that is not a date stays as it is.
    CHECK(c.cell(1, 1).kind == Kind::Number);
    CHECK(c.cell(1, 1).number == 43162);
}

TEST_CASE("Merged ranges are found wherever the pieces of the sheet split them", "[import][xlsx]")
{
    // The first pass reads the sheet in pieces of 64 KiB: a comment puts the merged range at
    // each place around the end of the first piece.
    constexpr int piece = 1 << 16;
    const QByteArray head = worksheet(
        "<sheetData><row r=\"1\"><c r=\"B1\" t=\"inlineStr\"><is><t>户</t></is></c></row>"
        "<row r=\"2\"/></sheetData><!--")
                                .chopped(12);
    const QByteArray open = "--><mergeCells count=\"1\">";
    const QByteArray element = "<mergeCell ref=\"B1:C3\"/>";
    QTemporaryDir dir;
    for (int offset = -int(element.size()) - 2; offset <= 2; ++offset) {
        const qsizetype padding = piece + offset - head.size() - open.size();
        const QByteArray xml
            = head + QByteArray(padding, 'x') + open + element + "</mergeCells></worksheet>";
        INFO("the element begins at " << xml.indexOf(element) << " of " << piece);
        HandWorkbook book;
        book.sheets = { { u"表"_s, xml } };
        const Collected c = readSheet(book.write(dir.filePath(u"m%1.xlsx"_s.arg(offset + 100))));
        REQUIRE(c.rows.size() == 3);
        for (int row = 1; row <= 3; ++row) {
            for (int column = 1; column <= 2; ++column) {
                CHECK(c.text(row, column) == u"户"_s);
                CHECK(c.cell(row, column).merged == (row != 1 || column != 1));
            }
        }
    }
}

TEST_CASE("Blank rows past the last one with content or a merged range are not handed on",
    "[import][xlsx]")
{
    QTemporaryDir dir;
    const QString path = oneSheet(dir.filePath(u"tail.xlsx"_s),
        "<row r=\"2\"><c r=\"A2\"><v>1</v></c></row>"
        "<row r=\"3\" hidden=\"1\"/>"
        "<row r=\"1000\" s=\"1\" customFormat=\"1\"/>"
        "<row r=\"1048576\"><c r=\"A1048576\" s=\"1\"/><c "
        "r=\"B1048576\" t=\"str\"><v> </v></c></row>",
        "<mergeCells count=\"1\"><mergeCell ref=\"D5:E6\"/></mergeCells>");
    const Collected c = readSheet(path);
    REQUIRE(c.rows.size() == 6);
    requireRowsInOrder(c);
    CHECK(c.at(1).cells.isEmpty());
    CHECK(c.cell(2, 0).number == 1);
    CHECK(c.at(3).hidden);
    CHECK(c.at(4).cells.isEmpty());
    // Rows only a merged range covers, even when the file leaves them out.
    for (int row : { 5, 6 }) {
        REQUIRE(c.at(row).cells.size() == 5);
        CHECK(c.cell(row, 3).kind == Kind::Empty);
        CHECK(c.cell(row, 4).merged);
    }
}

TEST_CASE("The sink stops the reading which then succeeds", "[import][xlsx]")
{
    QTemporaryDir dir;
    const std::unique_ptr<Workbook> workbook
        = openWorkbook(writeLedger(dir.filePath(u"ledger.xlsx"_s), false));
    Collected c;
    c.stopAfter = 4;
    REQUIRE(workbook->read(0, c).ok());
    CHECK(c.rows.size() == 4);
    // The workbook reads its sheet again from the start.
    Collected again;
    REQUIRE(workbook->read(0, again).ok());
    CHECK(again.rows.size() == 11);
}

TEST_CASE("A sheet of 1048576 rows is read and a row past it is refused", "[import][xlsx]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"rows.xlsx"_s);
    {
        ZipWriter zip(path);
        const QByteArray workbook
            = "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
              "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
              "<sheets><sheet name=\"大表\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>";
        REQUIRE(zip.addEntry(u"xl/workbook.xml"_s, workbook, true));
        REQUIRE(zip.addEntry(u"xl/_rels/workbook.xml.rels"_s,
            "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/"
            "2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://"
            "schemas.openxmlformats.org/officeDocument/2006/relationships/"
            "worksheet\" Target=\"worksheets/sheet1.xml\"/></Relationships>",
            true));
        REQUIRE(zip.beginEntry(u"xl/worksheets/sheet1.xml"_s, true));
        REQUIRE(zip.write(worksheet("<sheetData>").chopped(12)));
        QByteArray rows;
        for (qint64 n = 1; n <= Workbook::MaxRows + 1; ++n) {
            rows += "<row><c><v>" + QByteArray::number(n) + "</v></c></row>";
            if (rows.size() > (1 << 20)) {
                REQUIRE(zip.write(rows));
                rows.clear();
            }
        }
        REQUIRE(zip.write(rows + "</sheetData></worksheet>"));
        REQUIRE(zip.endEntry());
        REQUIRE(zip.close());
    }
    struct Counter : SheetSink
    {
        bool row(const SheetRow &row) override
        {
            ok = ok && row.number == ++count && row.cells.value(0).number == double(count);
            return true;
        }
        qint64 count = 0;
        bool ok = true;
    } counter;
    QElapsedTimer timer;
    timer.start();
    const std::unique_ptr<Workbook> workbook = openWorkbook(path);
    const Result<void> read = workbook->read(0, counter);
    REQUIRE_FALSE(read.ok());
    CHECK(read.error().contains(u"1048576"_s));
    CHECK(read.error().contains(u"大表"_s));
    CHECK(counter.ok);
    CHECK(counter.count == Workbook::MaxRows);
    CHECK(timer.elapsed() < 10000);
}

TEST_CASE("Progress goes up to the whole sheet", "[import][xlsx]")
{
    QTemporaryDir dir;
    QByteArray rows;
    for (int n = 1; n <= 20000; ++n)
        rows += "<row r=\"" + QByteArray::number(n) + "\"><c r=\"A" + QByteArray::number(n)
            + "\"><v>" + QByteArray::number(n * 7) + "</v></c></row>";
    const std::unique_ptr<Workbook> workbook
        = openWorkbook(oneSheet(dir.filePath(u"progress.xlsx"_s), rows));
    Collected c;
    QList<double> shares;
    REQUIRE(workbook->read(0, c, [&shares](double share) { shares << share; }).ok());
    CHECK(c.rows.size() == 20000);
    REQUIRE(shares.size() >= 4);
    CHECK(std::is_sorted(shares.cbegin(), shares.cend()));
    CHECK(shares.first() >= 0);
    CHECK(shares.last() == 1);
}

TEST_CASE("Files that are not xlsx workbooks are refused with the reason", "[import][xlsx]")
{
    QTemporaryDir dir;
    auto write = [&dir](const QString &name, const QByteArray &bytes) {
        QFile file(dir.filePath(name));
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(bytes);
        return file.fileName();
    };
    SECTION("an old xls file")
    {
        const QString path = write(u"old.xls"_s,
            QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) + QByteArray(504, '\0'));
        const QString error = readError(path);
        CHECK(error.contains(u".xls"_s));
        CHECK(error.contains(u".xlsx"_s));
        CHECK(error.contains(u"WPS"_s));
    }
    SECTION("a binary file that is no zip")
    {
        CHECK(readError(write(u"scan.xlsx"_s, QByteArray("%PDF-1.4\n\0\0\x01", 12))).contains(u"CSV"_s));
    }
    SECTION("an empty file")
    {
        CHECK(readError(write(u"empty.xlsx"_s, {})).contains(u"empty"_s));
    }
    SECTION("a zip file without a workbook")
    {
        const QString path = dir.filePath(u"photos.xlsx"_s);
        ZipWriter zip(path);
        REQUIRE(zip.addEntry(u"photo.txt"_s, "not a sheet", true));
        REQUIRE(zip.close());
        CHECK(readError(path).contains(u"not an xlsx workbook"_s));
    }
    SECTION("a workbook cut short")
    {
        const QString whole = writeLedger(dir.filePath(u"whole.xlsx"_s), false);
        QFile file(whole);
        REQUIRE(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        CHECK(
            readError(write(u"cut.xlsx"_s, bytes.left(bytes.size() / 2))).contains(u"cut short"_s));
    }
}

TEST_CASE("A damaged sheet is refused and says which sheet", "[import][xlsx]")
{
    QTemporaryDir dir;
    // A sheet whose compressed bytes are damaged in the middle.
    QByteArray rows;
    for (int n = 1; n <= 5000; ++n)
        rows += "<row r=\"" + QByteArray::number(n) + "\"><c r=\"A" + QByteArray::number(n)
            + "\" t=\"inlineStr\"><is><t>测试" + QByteArray::number(n * 7919)
            + "</t></is></c></row>";
    const QString path = oneSheet(dir.filePath(u"damaged.xlsx"_s), rows);
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadWrite));
    QByteArray bytes = file.readAll();
    const qsizetype middle = bytes.indexOf("xl/worksheets/sheet1.xml") + 2000;
    for (qsizetype i = middle; i < middle + 64; ++i)
        bytes[i] = char(bytes[i] ^ 0x5A);
    file.seek(0);
    file.write(bytes);
    file.close();
    const QString error = readError(path);
    CHECK(error.contains(u"表一"_s));
    CHECK(error.contains(u"damaged"_s));
}

TEST_CASE("Malformed XML is refused with its sheet and row", "[import][xlsx]")
{
    QTemporaryDir dir;
    SECTION("an element not closed")
    {
        const QString error = readError(oneSheet(dir.filePath(u"bad.xlsx"_s),
            "<row r=\"1\"><c r=\"A1\"><v>1</v></c></row><row r=\"2\"><c "
            "r=\"A2\"><v>2</v></row>"));
        CHECK(error.contains(u"表一"_s));
        CHECK(error.contains(u"row 2"_s));
    }
    SECTION("a sheet that ends early")
    {
        HandWorkbook book;
        book.sheets = { { u"表一"_s,
            worksheet("<sheetData><row r=\"1\"><c r=\"A1\"><v>1</v></c>"
                      "</row><row r=\"2\">")
                .chopped(12) } };
        const QString error = readError(book.write(dir.filePath(u"early.xlsx"_s)));
        CHECK(error.contains(u"表一"_s));
        CHECK(error.contains(u"ends early"_s));
    }
    SECTION("a document type")
    {
        HandWorkbook book;
        book.sheets = { { u"表一"_s,
            "<?xml version=\"1.0\"?><!DOCTYPE worksheet [<!ENTITY a \"aaaaaaaaaa\">]>"
            "<worksheet><sheetData><row><c t=\"inlineStr\"><is><t>&a;</t></is></c></row>"
            "</sheetData></worksheet>" } };
        CHECK(readError(book.write(dir.filePath(u"dtd.xlsx"_s))).contains(u"document type"_s));
    }
    SECTION("rows out of order")
    {
        CHECK(readError(oneSheet(dir.filePath(u"order.xlsx"_s), "<row r=\"5\"/><row r=\"3\"/>"))
                  .contains(u"row 3 comes after row 5"_s));
    }
    SECTION("a shared text that is not there")
    {
        CHECK(readError(oneSheet(dir.filePath(u"shared.xlsx"_s),
                            "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>"))
                  .contains(u"does not hold"_s));
    }
}

TEST_CASE("Cells past column XFD are refused", "[import][xlsx]")
{
    QTemporaryDir dir;
    SECTION("by reference")
    {
        CHECK(readSheet(oneSheet(dir.filePath(u"xfd.xlsx"_s),
                            "<row r=\"1\"><c r=\"XFD1\"><v>1</v></c></row>"))
                  .at(1)
                  .cells.size()
            == Workbook::MaxColumns);
        const QString error = readError(
            oneSheet(dir.filePath(u"xfe.xlsx"_s), "<row r=\"7\"><c r=\"XFE7\"><v>1</v></c></row>"));
        CHECK(error.contains(u"row 7"_s));
        CHECK(error.contains(u"XFD"_s));
    }
    SECTION("by counting cells without references")
    {
        QByteArray cells;
        for (int i = 0; i <= Workbook::MaxColumns; ++i)
            cells += "<c><v>1</v></c>";
        CHECK(readError(oneSheet(dir.filePath(u"wide.xlsx"_s), "<row>" + cells + "</row>"))
                  .contains(u"XFD"_s));
    }
}

TEST_CASE("A cell longer than a spreadsheet allows is refused", "[import][xlsx]")
{
    QTemporaryDir dir;
    const QByteArray longest(Workbook::MaxCellCharacters, 'a');
    SECTION("inline")
    {
        const Collected c = readSheet(oneSheet(dir.filePath(u"longest.xlsx"_s),
            "<row><c t=\"inlineStr\"><is><t>" + longest + "</t></is></c></row>"));
        CHECK(c.text(1, 0).size() == Workbook::MaxCellCharacters);
        const QString error = readError(oneSheet(dir.filePath(u"long.xlsx"_s),
            "<row><c t=\"inlineStr\"><is><t>" + longest + "b</t></is></c></row>"));
        CHECK(error.contains(u"32767"_s));
        CHECK(error.contains(u"row 1"_s));
    }
    SECTION("shared")
    {
        HandWorkbook book;
        book.sharedStrings = "<sst><si><t>" + longest + "</t></si><si><r><t>b</t></r><r><t>"
            + longest + "</t></r></si></sst>";
        book.sheets = { { u"表"_s,
            worksheet("<sheetData><row><c t=\"s\"><v>0</v></c></row>"
                      "</sheetData>") } };
        CHECK(readError(book.write(dir.filePath(u"shared.xlsx"_s))).contains(u"32767"_s));
    }
}

TEST_CASE("A zip bomb posing as a sheet is refused while it unpacks", "[import][xlsx]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"bomb.xlsx"_s);
    HandWorkbook book;
    book.sheets = { { u"表一"_s, worksheet("<sheetData/>") } };
    book.write(path);
    {
        // The same workbook with a sheet of 96 MB of spaces, deflated a thousand times.
        ZipWriter zip(dir.filePath(u"bomb2.xlsx"_s));
        ZipReader original(path);
        for (const ZipReader::Entry &e : original.entries()) {
            if (e.name != u"xl/worksheets/sheet1.xml"_s)
                REQUIRE(zip.addEntry(e.name, original.read(e.name, 1 << 20).value(), true));
        }
        REQUIRE(zip.beginEntry(u"xl/worksheets/sheet1.xml"_s, true));
        REQUIRE(zip.write(worksheet("<sheetData>").chopped(12)));
        const QByteArray spaces(1 << 20, ' ');
        for (int i = 0; i < 96; ++i)
            REQUIRE(zip.write(spaces));
        REQUIRE(zip.write("</sheetData></worksheet>"));
        REQUIRE(zip.endEntry());
        REQUIRE(zip.close());
    }
    QElapsedTimer timer;
    timer.start();
    const QString error = readError(dir.filePath(u"bomb2.xlsx"_s));
    CHECK(error.contains(u"zip bomb"_s));
    CHECK(error.contains(u"表一"_s));
    CHECK(timer.elapsed() < 3000);
}

// Not run by default: times reading a ledger of 100,000 rows and 12 columns, with its texts inline
// (libxlsxwriter's constant-memory mode) and shared (as Excel and WPS save).
TEST_CASE("Reading a ledger of 100000 rows", "[.][bench]")
{
    const bool shared = GENERATE(false, true);
    const QString path
        = shared ? u"/tmp/tl-bench-100k-shared.xlsx"_s : u"/tmp/tl-bench-100k.xlsx"_s;
    constexpr int rowCount = 100000;
    if (!QFile::exists(path)) {
        lxw_workbook_options options = {};
        options.constant_memory = shared ? LXW_FALSE : LXW_TRUE;
        lxw_workbook *wb = workbook_new_opt(QFile::encodeName(path).constData(), &options);
        REQUIRE(wb);
        lxw_worksheet *ws = workbook_add_worksheet(wb, "台账");
        lxw_format *date = workbook_add_format(wb);
        format_set_num_format(date, "yyyy/m/d");
        merge(ws, 0, 0, 0, 11, title);
        for (int c = 0; c < 11; ++c)
            put(ws, 1, c, headers[c]);
        put(ws, 1, 11, u"村"_s);
        for (int i = 0; i < rowCount; ++i) {
            const auto r = lxw_row_t(i + 2);
            worksheet_write_number(ws, r, 0, i + 1, nullptr);
            put(ws, int(r), 1, u"测试%1"_s.arg(i));
            put(ws, int(r), 2, i % 2 ? u"女"_s : u"男"_s);
            put(ws, int(r), 3, idNumber(u"19900101"_s, i % 1000));
            put(ws, int(r), 4, u"1380000%1"_s.arg(i % 10000, 4, 10, QLatin1Char('0')));
            lxw_datetime d = { 2022, 3, uint8_t(1 + i % 28), 0, 0, 0 };
            worksheet_write_datetime(ws, r, 5, &d, date);
            worksheet_write_number(ws, r, 6, 36.5 + (i % 10) / 10.0, nullptr);
            put(ws, int(r), 7, u"测试镇东村%1号"_s.arg(i % 500));
            put(ws, int(r), 8, u"居家健康监测"_s);
            put(ws, int(r), 9, u"测试干部%1"_s.arg(i % 20));
            put(ws, int(r), 10, u"无"_s);
            put(ws, int(r), 11, u"东村"_s);
        }
        REQUIRE(workbook_close(wb) == LXW_NO_ERROR);
    }
    struct Counter : SheetSink
    {
        bool row(const SheetRow &row) override
        {
            ++rows;
            cells += row.cells.size();
            return true;
        }
        qint64 rows = 0;
        qint64 cells = 0;
    } counter;
    QElapsedTimer timer;
    timer.start();
    const std::unique_ptr<Workbook> workbook = openWorkbook(path);
    REQUIRE(workbook->read(0, counter).ok());
    const qint64 ms = qMax<qint64>(timer.elapsed(), 1);
    CHECK(counter.rows == rowCount + 2);
    WARN((shared ? "shared texts: " : "inline texts: ")
        << counter.rows << " rows, " << counter.cells << " cells in " << ms
        << " ms: " << counter.rows * 1000 / ms << " rows/s");
}
