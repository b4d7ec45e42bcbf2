#include "TestSupport.h"

#include "import/CsvWorkbook.h"

#include "../CatchQt.h"

#include <QElapsedTimer>
#include <QFile>
#include <QStringEncoder>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;

namespace {

// Keeps every row it is handed, or only counts them past keepRows.
struct Rows : SheetSink
{
    bool row(const SheetRow &row) override
    {
        ++count;
        if (rows.size() < keepRows)
            rows.append(row);
        return stopAfter < 0 || count < stopAfter;
    }

    QList<SheetRow> rows;
    qint64 count = 0;
    qsizetype keepRows = 1000;
    qint64 stopAfter = -1;
};

QStringList texts(const SheetRow &row)
{
    QStringList out;
    for (const SheetCell &cell : row.cells) {
        CHECK(cell.kind == (cell.text.isEmpty() ? SheetCell::Kind::Empty : SheetCell::Kind::Text));
        out.append(cell.text);
    }
    return out;
}

// A file of the given bytes in a fresh temporary folder.
struct CsvFile
{
    explicit CsvFile(const QByteArray &bytes, QString name = u"台账.csv"_s)
        : fileName(std::move(name))
    {
        REQUIRE(dir.isValid());
        QFile file(path());
        REQUIRE(file.open(QIODevice::WriteOnly));
        REQUIRE(file.write(bytes) == bytes.size());
    }
    QString path() const { return dir.filePath(fileName); }

    QTemporaryDir dir;
    QString fileName;
};

std::unique_ptr<Workbook> opened(const QString &path)
{
    auto workbook = CsvWorkbook::open(path);
    INFO(workbook.error().toStdString());
    REQUIRE(workbook.ok());
    return std::move(workbook).value();
}

Rows readAll(const QString &path)
{
    const auto workbook = opened(path);
    Rows rows;
    const auto read = workbook->read(0, rows);
    INFO(read.error().toStdString());
    REQUIRE(read.ok());
    return rows;
}

QString readError(const QString &path)
{
    const auto workbook = opened(path);
    Rows rows;
    rows.keepRows = 0;
    const auto read = workbook->read(0, rows);
    REQUIRE_FALSE(read.ok());
    return read.error();
}

// An office's ledger as a spreadsheet holds it: title lines above the header, a blank line, a
// cell on two lines, a cell with quotes and the separator, and a short last row.
QList<QStringList> ledger()
{
    return {
        { u"乡镇防控台账（测试镇）"_s },
        { u"填报日期：2022年3月4日"_s },
        {},
        { u"序号"_s, u"姓名"_s, u"身份证号"_s, u"登记日期"_s, u"备注"_s },
        { u"1"_s, u"张三"_s, syntheticIdNumber(u"19900101"_s, 123), u"2022-03-04"_s,
          u"住址：东村\n3组"_s },
        { u"2"_s, u"李四"_s, syntheticIdNumber(u"19851231"_s, 124), u"2022/3/5"_s,
          u"说\"已返乡\", 居家;\t观察"_s },
        { u"3"_s, u"王五"_s, syntheticIdNumber(u"20010615"_s, 125), u"2022年3月6日"_s },
    };
}

// The ledger written as Excel writes CSV: cells quoted only when they must be, then two blank
// lines at the end as some exports leave.
QString written(const QList<QStringList> &records, QChar separator, const QString &lineEnd)
{
    QString out;
    for (const QStringList &record : records) {
        QStringList cells;
        for (QString cell : record) {
            if (cell.contains(separator) || cell.contains(u'"') || cell.contains(u'\n'))
                cell = u'"' + cell.replace(u"\""_s, u"\"\""_s) + u'"';
            cells.append(cell);
        }
        out += cells.join(separator) + lineEnd;
    }
    return out + lineEnd + lineEnd;
}

void checkLedger(const Rows &read)
{
    const auto expected = ledger();
    REQUIRE(read.rows.size() == expected.size());
    for (qsizetype i = 0; i < expected.size(); ++i) {
        CAPTURE(i);
        CHECK(read.rows[i].number == i + 1);
        CHECK(texts(read.rows[i]) == expected[i]);
    }
}

QByteArray encoded(const QString &text, QStringConverter::Encoding encoding)
{
    QStringEncoder encoder(encoding);
    return encoder.encode(text);
}

// As Excel on Chinese Windows saves "CSV": in the system's code page.
QByteArray gb18030(const QString &text)
{
    QStringEncoder encoder("GB18030");
    REQUIRE(encoder.isValid());
    return encoder.encode(text);
}

#ifdef Q_OS_LINUX
// The most memory the process has held so far, in KiB.
qint64 peakMemoryKiB()
{
    QFile status(u"/proc/self/status"_s);
    REQUIRE(status.open(QIODevice::ReadOnly | QIODevice::Text));
    for (QByteArray line = status.readLine(); !line.isEmpty(); line = status.readLine()) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').constFirst().toLongLong();
    }
    FAIL("no VmHWM in /proc/self/status");
    return 0;
}
#endif

} // namespace

TEST_CASE("reads a ledger saved as CSV in every encoding Excel and WPS use", "[import][csv]")
{
    const QString comma = written(ledger(), u',', u"\r\n"_s);
    const QString tab = written(ledger(), u'\t', u"\r\n"_s);
    const QByteArray bom8("\xEF\xBB\xBF");
    const QByteArray bom16LE("\xFF\xFE");
    const QByteArray bom16BE("\xFE\xFF");
    const auto [what, bytes] = GENERATE_COPY(table<std::string, QByteArray>({
            { "UTF-8 with a BOM", bom8 + comma.toUtf8() },
            { "UTF-8 without a BOM", comma.toUtf8() },
            { "UTF-8 with LF line ends", written(ledger(), u',', u"\n"_s).toUtf8() },
            { "UTF-8 with CR line ends", written(ledger(), u',', u"\r"_s).toUtf8() },
            { "UTF-8 with semicolons", written(ledger(), u';', u"\r\n"_s).toUtf8() },
            { "UTF-16LE tab-separated as Unicode text",
              bom16LE + encoded(tab, QStringConverter::Utf16LE) },
            { "UTF-16LE without a BOM", encoded(tab, QStringConverter::Utf16LE) },
            { "UTF-16BE with a BOM", bom16BE + encoded(comma, QStringConverter::Utf16BE) },
            { "GB18030", gb18030(comma) },
    }));
    CAPTURE(what);
    const CsvFile file(bytes);
    checkLedger(readAll(file.path()));
}

TEST_CASE("reads GBK bytes as Excel on Chinese Windows saves them", "[import][csv]")
{
    // 张三 in GBK, and 𠀀 (U+20000), which only GB18030's four-byte form holds.
    const CsvFile file(QByteArray("\xD5\xC5\xC8\xFD,\x95\x32\x82\x36\r\n"));
    const Rows read = readAll(file.path());
    REQUIRE(read.rows.size() == 1);
    CHECK(texts(read.rows[0]) == QStringList { u"张三"_s, u"𠀀"_s });
}

TEST_CASE("reads a character split between two chunks of the file", "[import][csv]")
{
    // 13107 rows of five bytes put the next character across the 64 KiB mark.
    QByteArray filler;
    for (int i = 0; i < 13107; ++i)
        filler += "a,b\r\n";
    REQUIRE(filler.size() == 65535);
    const QString last = u"张三,𠀀李四\r\n"_s;
    const QByteArray bytes = GENERATE_COPY(QByteArray(filler + last.toUtf8()),
                                           QByteArray(filler + gb18030(last)));
    const CsvFile file(bytes);
    const auto workbook = opened(file.path());
    Rows rows;
    rows.keepRows = 0;
    QList<double> shares;
    const auto read = workbook->read(0, rows, [&](double share) { shares.append(share); });
    REQUIRE(read.ok());
    CHECK(rows.count == 13108);
    // The last row is kept by a second sink reading the same workbook.
    Rows again;
    again.keepRows = 20000;
    REQUIRE(workbook->read(0, again).ok());
    CHECK(texts(again.rows.constLast()) == QStringList { u"张三"_s, u"𠀀李四"_s });
    CHECK(again.rows.constLast().number == 13108);
    REQUIRE_FALSE(shares.isEmpty());
    CHECK(std::is_sorted(shares.cbegin(), shares.cend()));
    CHECK(shares.constFirst() > 0);
    CHECK(shares.constLast() <= 1);
}

TEST_CASE("reads quoting as RFC 4180 has it", "[import][csv]")
{
    const CsvFile file(QByteArray("\"a,b\",\"say \"\"hi\"\"\",\"\"\r\n"
                                  "\"two\r\nlines\",x\"y,\"q\"tail\r"
                                  ",,\n"
                                  "last,row"));
    const Rows read = readAll(file.path());
    REQUIRE(read.rows.size() == 4);
    CHECK(texts(read.rows[0]) == QStringList { u"a,b"_s, u"say \"hi\""_s });
    CHECK(texts(read.rows[1]) == QStringList { u"two\nlines"_s, u"x\"y"_s, u"qtail"_s });
    CHECK(read.rows[2].cells.isEmpty());
    CHECK(texts(read.rows[3]) == QStringList { u"last"_s, u"row"_s });
    CHECK(read.rows[3].number == 4);
}

TEST_CASE("names the sheet after the file and reads an empty file as no rows", "[import][csv]")
{
    const CsvFile file(QByteArray(), u"东村台账.2022.csv"_s);
    const auto workbook = opened(file.path());
    REQUIRE(workbook->sheets().size() == 1);
    CHECK(workbook->sheets().constFirst().name == u"东村台账.2022"_s);
    CHECK_FALSE(workbook->sheets().constFirst().hidden);
    Rows rows;
    REQUIRE(workbook->read(0, rows).ok());
    CHECK(rows.count == 0);
}

TEST_CASE("stops reading, successfully, when the sink says so", "[import][csv]")
{
    const CsvFile file(QByteArray("a\n\nb\nc\n"));
    const auto workbook = opened(file.path());
    Rows rows;
    rows.stopAfter = 3;
    REQUIRE(workbook->read(0, rows).ok());
    REQUIRE(rows.rows.size() == 3);
    CHECK(rows.rows[1].cells.isEmpty());
    CHECK(texts(rows.rows[2]) == QStringList { u"b"_s });
}

TEST_CASE("refuses a 100 MB line fast and with bounded memory", "[import][csv]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(u"huge.csv"_s);
    {
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
        QByteArray chunk;
        while (chunk.size() < 1024 * 1024)
            chunk += QByteArray(99, 'x') + ',';
        for (int i = 0; i < 100; ++i)
            REQUIRE(file.write(chunk) == chunk.size());
    }
#ifdef Q_OS_LINUX
    const qint64 peakBefore = peakMemoryKiB();
#endif
    QElapsedTimer timer;
    timer.start();
    const QString error = readError(path);
    CHECK(timer.elapsed() < 3000);
#ifdef Q_OS_LINUX
    // Reading the line whole would take 300 MB (its bytes and their UTF-16).
    CHECK(peakMemoryKiB() - peakBefore < 64 * 1024);
#endif
    CHECK(error.contains(u"Row 1 "_s));
    CHECK(error.contains(QString::number(CsvWorkbook::MaxRecordCharacters)));
}

TEST_CASE("refuses a cell longer than a spreadsheet cell can be", "[import][csv]")
{
    const CsvFile file("a,b\n1," + QByteArray(Workbook::MaxCellCharacters + 1, 'x') + "\n");
    const QString error = readError(file.path());
    CHECK(error.contains(u"Cell 2 of row 2"_s));
}

TEST_CASE("refuses more columns than a spreadsheet has", "[import][csv]")
{
    QByteArray wide;
    for (int i = 0; i <= Workbook::MaxColumns; ++i)
        wide += "1,";
    const CsvFile file("a,b\n" + wide + "\n");
    CHECK(readError(file.path()).contains(u"Row 2 has more than 16384 columns"_s));
}

TEST_CASE("refuses more rows than a spreadsheet has", "[import][csv]")
{
    QByteArray rows;
    for (qint64 i = 0; i <= Workbook::MaxRows; ++i)
        rows += "1\n";
    const CsvFile file(rows);
    CHECK(readError(file.path()).contains(u"more than 1048576 rows"_s));
}

TEST_CASE("refuses an unterminated quote naming the row and line it opens in", "[import][csv]")
{
    const CsvFile file(QByteArray("a,\"x\ny\"\n1,2\n3,\"open\n4,5\n"));
    const QString error = readError(file.path());
    CHECK(error.contains(u"cell 2 of row 3 (line 4 of the file)"_s));
}

TEST_CASE("refuses an endless quoted cell as one that is never closed", "[import][csv]")
{
    const CsvFile file("a,b\n\"" + QByteArray(Workbook::MaxCellCharacters + 10, 'x') + "\n1,2\n");
    const QString error = readError(file.path());
    CHECK(error.contains(u"Cell 1 of row 2"_s));
    CHECK(error.contains(u"line 2 of the file"_s));
}

TEST_CASE("refuses binary files named .csv", "[import][csv]")
{
    const auto [what, bytes] = GENERATE(table<std::string, QByteArray>({
            { "an old xls",
              QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) + QByteArray(504, '\0') },
            { "a PDF", QByteArray("%PDF-1.4\n%\xE2\xE3\xCF\xD3\n1 0 obj\n<< /Length 9 >>\nstream\n")
                               + QByteArray("x\0\x01\x02\0\x03\x04\0\x05", 9) + "\nendstream\n" },
            { "an xlsx",
              QByteArray("PK\x03\x04\x14\0\x06\0\x08\0\0\0!\0", 14) + QByteArray(64, 'z') },
    }));
    CAPTURE(what);
    const CsvFile file(bytes, u"名单.csv"_s);
    const auto workbook = CsvWorkbook::open(file.path());
    REQUIRE_FALSE(workbook.ok());
    CHECK(workbook.error().contains(u"名单.csv is not a CSV file"_s));
}

TEST_CASE("refuses a NUL character further down a text file", "[import][csv]")
{
    const CsvFile file(QByteArray("\xEF\xBB\xBF" "a,b\n1,\0\n", 11));
    CHECK(readError(file.path()).contains(u"Row 2 holds a NUL character"_s));
}

TEST_CASE("refuses a row that is not in the encoding of the start of the file", "[import][csv]")
{
    // Past the megabytes that tell the encoding, a row saved in another one.
    QByteArray bytes;
    const QByteArray line = QByteArray(98, '7') + ",\n";
    while (bytes.size() < 5 * 1024 * 1024)
        bytes += line;
    const qint64 rows = bytes.size() / line.size();
    bytes += "1,\xD5\xC5\xC8\xFD\n";
    const CsvFile file(bytes);
    CHECK(readError(file.path()).contains(u"Row %1 is not UTF-8 text"_s.arg(rows + 1)));
}
