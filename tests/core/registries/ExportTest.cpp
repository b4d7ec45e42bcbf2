#include "RegistryFixture.h"

#include "people/IdNumber.h"
#include "registries/CsvExport.h"
#include "registries/RegistryCatalog.h"
#include "registries/RegistryLayout.h"
#include "registries/XlsxExport.h"

#include "../CatchQt.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QStringDecoder>

#include <catch2/catch.hpp>

#include <unzip.h>

using namespace Qt::StringLiterals;

namespace {

// One entry of a zip file, read with minizip; empty when there is none.
QByteArray zipEntry(const QString &path, const char *entry)
{
    unzFile zip = unzOpen64(QFile::encodeName(path).constData());
    REQUIRE(zip);
    QByteArray data;
    if (unzLocateFile(zip, entry, 1) == UNZ_OK && unzOpenCurrentFile(zip) == UNZ_OK) {
        char buffer[65536];
        int n = 0;
        while ((n = unzReadCurrentFile(zip, buffer, sizeof buffer)) > 0)
            data.append(buffer, n);
        unzCloseCurrentFile(zip);
    }
    unzClose(zip);
    return data;
}

// RFC 4180: fields in double quotes, a quote doubled, lines ended by CRLF.
QList<QStringList> parseCsv(const QString &text)
{
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text[i + 1] == u'"') {
                field += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            row << field;
            field.clear();
        } else if (c == u'\n') {
            row << field;
            field.clear();
            rows << row;
            row.clear();
        } else if (c != u'\r') {
            field += c;
        }
    }
    return rows;
}

QList<QStringList> expectedRows(Store &store, const QString &name, const RegistryFilter &filter)
{
    RegistryQuery query(store, RegistryCatalog::find(name), filter);
    auto rows = query.fetch(0, 1000);
    REQUIRE(rows.ok());
    QStringList header;
    for (const RegistryColumn &c : query.definition().columns)
        header << RegistryLayout::flatHeading(c);
    return QList<QStringList> { header } + rows.value();
}

} // namespace

TEST_CASE("a CSV export starts with the BOM and decodes back to the same cells", "[registries]")
{
    RegistryFixture t;
    for (const RegistryDefinition &d : RegistryCatalog::all()) {
        INFO(d.name.toStdString());
        const QString path = t.dir.filePath(d.name + u".csv"_s);
        RegistryQuery query(*t.store, d, {});
        auto written = CsvExport::write(query, path);
        INFO(written.error().toStdString());
        REQUIRE(written.ok());
        QFile file(path);
        REQUIRE(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        REQUIRE(bytes.startsWith("\xEF\xBB\xBF"));
        const QList<QStringList> rows = parseCsv(QString::fromUtf8(bytes.mid(3)));
        CHECK(rows == expectedRows(*t.store, d.name, {}));
        CHECK(written.value() == rows.size() - 1);
    }
}

TEST_CASE("a CSV export in GB18030 round-trips Chinese and quotes what needs it", "[registries]")
{
    RegistryFixture t;
    REQUIRE(
        t.store->exec(u"UPDATE persons SET notes = '说\"明\", 第二行' WHERE name = '李四'"_s).ok());
    const QString path = t.dir.filePath(u"gb.csv"_s);
    RegistryFilter full;
    full.fullData = true;
    full.reason = QStringLiteral("the county asked for the list");
    RegistryQuery query(*t.store, RegistryCatalog::find(u"personnel_register"_s), full);
    REQUIRE(CsvExport::write(query, path, CsvExport::Encoding::Gb18030).ok());
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    CHECK_FALSE(bytes.startsWith("\xEF\xBB\xBF"));
    CHECK(bytes.contains("\xD5\xC5\xC8\xFD")); // 张三 in GB18030
    QStringDecoder decoder("GB18030");
    const QList<QStringList> rows = parseCsv(decoder.decode(bytes));
    CHECK(rows == expectedRows(*t.store, u"personnel_register"_s, full));
    CHECK(rows.last().last() == u"说\"明\", 第二行"_s);
    // The full ID number is text in quotes, with no tab or formula around it.
    CHECK(bytes.contains(QByteArray(",\"" + t.zhangId.toLatin1() + "\",")));
}

TEST_CASE(
    "an xlsx export has text ID cells, merged title and groups, and print titles", "[registries]")
{
    RegistryFixture t;
    const QString path = t.dir.filePath(u"register.xlsx"_s);
    RegistryFilter full;
    full.fullData = true;
    full.reason = QStringLiteral("the county asked for the list");
    RegistryQuery query(*t.store, RegistryCatalog::find(u"personnel_register"_s), full);
    auto written = XlsxExport::write(query, path, {}, QDate(2022, 3, 10));
    INFO(written.error().toStdString());
    REQUIRE(written.ok());
    CHECK(written.value() == 3);

    const QString sheet = QString::fromUtf8(zipEntry(path, "xl/worksheets/sheet1.xml"));
    REQUIRE_FALSE(sheet.isEmpty());
    // Constant-memory mode writes strings inline; the ID number is one, never a number.
    CHECK(sheet.contains(u"t=\"inlineStr\"><is><t>"_s + t.zhangId + u"</t>"_s));
    CHECK_FALSE(sheet.contains(u"<v>"_s + t.zhangId));
    CHECK(sheet.contains(u"t=\"inlineStr\"><is><t>13800001111</t>"_s));
    CHECK(sheet.contains(u"<t>"_s + RegistryCatalog::tr("Personnel register") + u"</t>"_s));
    CHECK(sheet.contains(u"2022-03-10"_s));
    // Title and unit rows across the 11 columns, the two groups, the lone columns down two rows.
    CHECK(sheet.contains(u"<mergeCell ref=\"A1:K1\"/>"_s));
    CHECK(sheet.contains(u"<mergeCell ref=\"A2:K2\"/>"_s));
    CHECK(sheet.contains(u"<mergeCell ref=\"B3:F3\"/>"_s));
    CHECK(sheet.contains(u"<mergeCell ref=\"G3:I3\"/>"_s));
    CHECK(sheet.contains(u"<mergeCell ref=\"A3:A4\"/>"_s));
    CHECK(sheet.contains(u"<mergeCell ref=\"K3:K4\"/>"_s));
    // The signature line after a blank row, under the three data rows 5-7.
    CHECK(sheet.contains(u"<mergeCell ref=\"A9:K9\"/>"_s));
    CHECK(sheet.contains(u"paperSize=\"9\""_s));
    CHECK(sheet.contains(u"orientation=\"landscape\""_s));
    CHECK(sheet.contains(u"fitToHeight=\"0\""_s));

    const QString workbook = QString::fromUtf8(zipEntry(path, "xl/workbook.xml"));
    CHECK(workbook.contains(u"_xlnm.Print_Titles"_s));
    CHECK(workbook.contains(u"$3:$4"_s));
}

TEST_CASE("an xlsx export freezes and filters its header and sizes columns and rows to their text",
          "[registries]")
{
    RegistryFixture t;
    // 王五's notes: sixty characters, more than a column of the register takes.
    const QString notes = QString(u"居家隔离期间每日两次测温，由村医上门采样，家属代购生活物资。"_s).repeated(2);
    REQUIRE(SyncedRows::update(*t.store, u"persons"_s, t.wang, { { u"notes"_s, notes } }).ok());
    const QString path = t.dir.filePath(u"register.xlsx"_s);
    RegistryQuery query(*t.store, RegistryCatalog::find(u"personnel_register"_s), {});
    REQUIRE(XlsxExport::write(query, path, {}, QDate(2022, 3, 10)).ok());
    const QString sheet = QString::fromUtf8(zipEntry(path, "xl/worksheets/sheet1.xml"));

    // The two header rows stay on screen, the filter sits on the last one over the three rows.
    CHECK(sheet.contains(u"ySplit=\"4\""_s));
    CHECK(sheet.contains(u"state=\"frozen\""_s));
    CHECK(sheet.contains(u"<autoFilter ref=\"A4:K7\"/>"_s));
    CHECK(QString::fromUtf8(zipEntry(path, "xl/workbook.xml")).contains(u"_xlnm._FilterDatabase"_s));
    // The notes column widens to its cap, and 王五's row grows to the lines his notes wrap to.
    const int capped = RegistryLayout::MaxColumnWidth;
    // libxlsxwriter rounds a width to whole pixels of the default font.
    const auto notesColumn = QRegularExpression(u"<col min=\"11\" max=\"11\" width=\"([0-9.]+)\""_s).match(sheet);
    REQUIRE(notesColumn.hasMatch());
    CHECK(notesColumn.captured(1).toDouble() == Approx(capped * 1.1 + 1).margin(1));
    const int lines = RegistryLayout::lineCount(notes, capped);
    CHECK(lines == 4);
    const QRegularExpression grown(u"<row r=\"[5-7]\"[^>]* ht=\"%1\" customHeight=\"1\""_s.arg(lines * 13.5 + 1));
    CHECK(grown.match(sheet).hasMatch());
    CHECK(sheet.contains(notes));
}

TEST_CASE("an xlsx export masks by default", "[registries]")
{
    RegistryFixture t;
    const QString path = t.dir.filePath(u"masked.xlsx"_s);
    RegistryQuery query(*t.store, RegistryCatalog::find(u"returnee_screening"_s), {});
    REQUIRE(XlsxExport::write(query, path).ok());
    const QString sheet = QString::fromUtf8(zipEntry(path, "xl/worksheets/sheet1.xml"));
    CHECK(sheet.contains(u"<t>"_s + IdNumber::masked(t.zhangId) + u"</t>"_s));
    CHECK_FALSE(sheet.contains(t.zhangId));
    CHECK_FALSE(sheet.contains(u"13800001111"_s));
}

TEST_CASE("a cancelled export leaves no file behind", "[registries]")
{
    RegistryFixture t;
    // Enough rows for the progress callback to be asked.
    {
        Transaction tx(*t.store);
        for (int i = 0; i < 1200; ++i)
            REQUIRE(SyncedRows::insert(*t.store, u"persons"_s,
                { { u"region_id"_s, t.villageId(2) }, { u"name"_s, u"居民%1"_s.arg(i) } })
                        .ok());
        REQUIRE(tx.commit().ok());
    }
    const auto cancel = [](qint64, qint64) { return false; };
    const QString xlsx = t.dir.filePath(u"cancelled.xlsx"_s);
    const QString csv = t.dir.filePath(u"cancelled.csv"_s);
    RegistryQuery q1(*t.store, RegistryCatalog::find(u"personnel_register"_s), {});
    CHECK_FALSE(XlsxExport::write(q1, xlsx, cancel).ok());
    RegistryQuery q2(*t.store, RegistryCatalog::find(u"personnel_register"_s), {});
    CHECK_FALSE(CsvExport::write(q2, csv, CsvExport::Encoding::Utf8Bom, cancel).ok());
    CHECK_FALSE(QFile::exists(xlsx));
    CHECK_FALSE(QFile::exists(csv));
    CHECK(QDir(t.dir.path()).entryList(QDir::Files)
        == QStringList { u"store.sqlite"_s, u"store.sqlite-shm"_s, u"store.sqlite-wal"_s });
}

TEST_CASE("an export of full data needs the right and a reason, and is kept in the audit log",
          "[registries][users]")
{
    RegistryFixture t;
    const RegistryDefinition register_ = RegistryCatalog::find(u"personnel_register"_s);
    RegistryFilter full;
    full.fullData = true;
    const QString path = t.dir.filePath(u"full.csv"_s);
    {
        RegistryQuery query(*t.store, register_, full);
        CHECK(CsvExport::write(query, path, CsvExport::Encoding::Utf8Bom).error().contains(u"reason"_s));
    }
    full.reason = u"县疫情防控指挥部核对"_s;
    {
        RegistryQuery query(*t.store, register_, full);
        REQUIRE(CsvExport::write(query, path, CsvExport::Encoding::Utf8Bom).ok());
    }
    QSqlQuery q(t.store->db());
    REQUIRE(q.exec(u"SELECT user_name, row_id, after_json FROM audit_log WHERE action = 'export'"_s));
    REQUIRE(q.next());
    CHECK(q.value(0).toString() == t.store->user().name);
    CHECK(q.value(1).toString() == u"personnel_register"_s);
    CHECK(q.value(2).toString().contains(u"县疫情防控指挥部核对"_s));
    CHECK(q.value(2).toString().contains(u"\"rows\":3"_s));
    CHECK_FALSE(q.next());

    // A viewer may neither export full data nor see it; masked, the register is theirs to read.
    t.store->setUser({ QString(), u"孙查看"_s, Role::Viewer });
    RegistryQuery refused(*t.store, register_, full);
    CHECK(CsvExport::write(refused, path, CsvExport::Encoding::Utf8Bom).error().contains(u"孙查看"_s));
    CHECK_FALSE(RegistryQuery(*t.store, register_, full).start().ok());
    RegistryQuery masked(*t.store, register_, {});
    CHECK(CsvExport::write(masked, path, CsvExport::Encoding::Utf8Bom).ok());
}
