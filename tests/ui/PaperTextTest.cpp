#include "core/registries/RegistryFixture.h"

#include "PaperFont.h"
#include "demo/DemoTownship.h"
#include "people/PersonRepository.h"
#include "registries/RegistryCatalog.h"
#include "registries/RegistryPrinter.h"
#include "store/SyncedRows.h"

#include <QFile>
#include <QFontDatabase>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;

namespace {

// The text layer of a PDF as poppler reads it back; null when pdftotext is not installed.
QString pdfText(const QString &path)
{
    if (QStandardPaths::findExecutable(u"pdftotext"_s).isEmpty())
        return {};
    QProcess pdftotext;
    pdftotext.start(u"pdftotext"_s, { u"-raw"_s, u"-enc"_s, u"UTF-8"_s, path, u"-"_s });
    REQUIRE(pdftotext.waitForFinished(60000));
    REQUIRE(pdftotext.exitCode() == 0);
    return QString::fromUtf8(pdftotext.readAllStandardOutput());
}

bool hasRadicals(const QString &text)
{
    return std::any_of(text.cbegin(), text.cend(),
                       [](QChar c) { return c.unicode() >= 0x2E80 && c.unicode() <= 0x2FDF; });
}

} // namespace

TEST_CASE("paper is set in a font whose glyphs map back to the ideographs drawn", "[render]")
{
    const QStringList families = PaperFont::chineseFamilies();
    REQUIRE_FALSE(families.isEmpty());
    // Debian's AR PL UMing is installed with the program; Noto CJK shares its glyphs.
    CHECK(PaperFont::keepsRadicalsApart(families.first()));
    if (QFontDatabase::hasFamily(u"Noto Serif CJK SC"_s))
        CHECK_FALSE(PaperFont::keepsRadicalsApart(u"Noto Serif CJK SC"_s));
}

TEST_CASE("a registry's PDF gives back the characters it was written with", "[render]")
{
    RegistryFixture t;
    // 高, 立, 方, 人 and 示 are among the characters whose glyph a radical shares in Noto CJK.
    Person p;
    p.name = u"高立方"_s;
    p.regionId = t.villageId(1);
    p.idNumber = syntheticIdNumber(u"19700707"_s, 468);
    p.notes = u"人员示范户"_s;
    REQUIRE(PersonRepository(*t.store).add(p).ok());

    const QString path = t.dir.filePath(u"register.pdf"_s);
    RegistryQuery query(*t.store, RegistryCatalog::find(u"personnel_register"_s), {});
    auto written = RegistryPrinter::writePdf(query, path);
    INFO(written.error().toStdString());
    REQUIRE(written.ok());
    const QString text = pdfText(path);
    if (text.isNull()) {
        WARN("pdftotext (poppler-utils) is not installed: the PDF's text is not read back");
        return;
    }
    INFO(text.toStdString());
    CHECK_FALSE(hasRadicals(text));
    for (const QString &expected : { u"测试镇"_s, u"高立方"_s, u"人员示范户"_s, u"张三"_s, u"东村"_s })
        CHECK(text.contains(expected));
}

TEST_CASE("every registry's PDF holds every cell whole, however long", "[render]")
{
    RegistryFixture t;
    // Notes longer than a row of the register has room for: they wrap, the row grows.
    const QString notes = QString(u"居家隔离期间每日两次测温，由村医上门采样，家属代购生活物资。"_s).repeated(3);
    REQUIRE(SyncedRows::update(*t.store, u"persons"_s, t.wang, { { u"notes"_s, notes } }).ok());
    auto squeezed = [](QString text) {
        text.remove(QRegularExpression(u"\\s"_s));
        return text;
    };
    for (const RegistryDefinition &definition : RegistryCatalog::all()) {
        INFO(definition.name.toStdString());
        const QString path = t.dir.filePath(definition.name + u".pdf"_s);
        RegistryQuery printed(*t.store, definition, {});
        REQUIRE(RegistryPrinter::writePdf(printed, path).ok());
        const QString text = pdfText(path);
        if (text.isNull()) {
            WARN("pdftotext (poppler-utils) is not installed: the PDFs' text is not read back");
            return;
        }
        CHECK_FALSE(text.contains(u"…"_s));
        CHECK_FALSE(hasRadicals(text));
        // A cell wraps onto lines of its own, so its text is found with the line breaks out.
        const QString all = squeezed(text);
        RegistryQuery shown(*t.store, definition, {});
        const auto rows = shown.fetch(0, 1000);
        REQUIRE(rows.ok());
        for (const QStringList &row : rows.value()) {
            for (const QString &cell : row) {
                INFO(cell.toStdString());
                CHECK(all.contains(squeezed(cell)));
            }
        }
    }
}

TEST_CASE("a page of a register holds as many single-line rows as a spreadsheet prints", "[render]")
{
    TempStore t;
    t.open();
    DemoTownship::Options options;
    options.persons = 300;
    REQUIRE(DemoTownship::generate(*t.store, options).ok());
    const QString path = t.dir.filePath(u"register.pdf"_s);
    RegistryQuery query(*t.store, RegistryCatalog::find(u"personnel_register"_s), {});
    auto written = RegistryPrinter::writePdf(query, path);
    REQUIRE(written.ok());
    QFile pdf(path);
    REQUIRE(pdf.open(QIODevice::ReadOnly));
    // Each page is one "/Type /Page" object; the page tree is "/Type /Pages".
    const QByteArray bytes = pdf.readAll();
    const qsizetype pages = bytes.count("/Type /Page") - bytes.count("/Type /Pages");
    INFO(pages << " pages for " << written.value() << " rows");
    CHECK(pages >= 1);
    // At least 36 a page: LibreOffice prints our xlsx at about 50, and the PDF may take at most
    // 1.3 times its pages (the rows are 9 pt, never smaller).
    CHECK(pages <= (written.value() + 35) / 36);
}
