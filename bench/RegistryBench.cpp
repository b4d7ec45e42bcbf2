// The registries' benchmark: exports the personnel register of a demo township to xlsx, next to
// a bare libxlsxwriter program writing the same cells (the floor), and prints rows/s, their
// ratio and the peak memory of each.
//
// Peak memory: each leg runs in a fresh process (this program started again with --leg), which
// reports its own getrusage() ru_maxrss. A forked child would inherit the parent's pages (the demo
// township's generation, Qt) and report them as its own; a fresh process counts only what the leg
// itself needs, libraries included. The floor reads the cells from a flat file that the parent
// writes beforehand, row by row, so neither leg ever holds the whole registry.

#include "demo/DemoTownship.h"
#include "registries/RegistryCatalog.h"
#include "registries/RegistryQuery.h"
#include "registries/XlsxExport.h"
#include "store/Store.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>

#include <xlsxwriter.h>

#include <sys/resource.h>

#include <cstdio>
#include <cstdlib>
#include <cstring>

using namespace Qt::StringLiterals;

namespace {

const QString registry = u"personnel_register"_s;

long peakKilobytes()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

// The leg's result on one line: rows, seconds, peak kB.
int report(qint64 rows, double seconds)
{
    std::printf("%lld %.6f %ld\n", static_cast<long long>(rows), seconds, peakKilobytes());
    return 0;
}

int exportLeg(int argc, char *argv[], const QString &storePath, const QString &out)
{
    QCoreApplication app(argc, argv);
    QElapsedTimer timer;
    timer.start();
    auto opened = Store::open(storePath);
    if (!opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.error()));
        return 1;
    }
    RegistryQuery query(*opened.value(), RegistryCatalog::find(registry), {});
    auto written = XlsxExport::write(query, out);
    if (!written) {
        std::fprintf(stderr, "%s\n", qPrintable(written.error()));
        return 1;
    }
    return report(written.value(), double(timer.nsecsElapsed()) / 1e9);
}

// What a hand-written C exporter does: one format, a string or number per cell, constant memory.
int floorLeg(const char *cellsPath, const char *out)
{
    QElapsedTimer timer;
    timer.start();
    std::FILE *in = std::fopen(cellsPath, "rb");
    if (!in)
        return 1;
    quint32 columns = 0;
    if (std::fread(&columns, sizeof columns, 1, in) != 1)
        return 1;
    lxw_workbook_options options = {};
    options.constant_memory = LXW_TRUE;
    lxw_workbook *workbook = workbook_new_opt(out, &options);
    lxw_worksheet *sheet = workbook_add_worksheet(workbook, nullptr);
    lxw_format *border = workbook_add_format(workbook);
    format_set_border(border, LXW_BORDER_THIN);
    char cell[4096];
    qint64 rows = 0;
    quint32 length = 0;
    for (lxw_row_t row = 4; std::fread(&length, sizeof length, 1, in) == 1; ++row) {
        for (quint32 c = 0; c < columns; ++c) {
            if (c > 0 && std::fread(&length, sizeof length, 1, in) != 1)
                return 1;
            if (length >= sizeof cell || std::fread(cell, 1, length, in) != length)
                return 1;
            cell[length] = '\0';
            if (c == 0)
                worksheet_write_number(
                    sheet, row, lxw_col_t(c), std::strtod(cell, nullptr), border);
            else
                worksheet_write_string(sheet, row, lxw_col_t(c), cell, border);
        }
        ++rows;
    }
    std::fclose(in);
    if (workbook_close(workbook) != LXW_NO_ERROR)
        return 1;
    return report(rows, double(timer.nsecsElapsed()) / 1e9);
}

struct Leg
{
    qint64 rows = 0;
    double seconds = 1e9;
    long peakKb = 0;
};

bool runLeg(const QStringList &arguments, Leg &best)
{
    QProcess process;
    process.start(QCoreApplication::applicationFilePath(), arguments);
    if (!process.waitForFinished(-1) || process.exitCode() != 0) {
        QTextStream(stderr) << process.readAllStandardError();
        return false;
    }
    const QStringList fields = QString::fromLatin1(process.readAllStandardOutput()).split(u' ');
    if (fields.size() != 3)
        return false;
    best.rows = fields[0].toLongLong();
    best.seconds = std::min(best.seconds, fields[1].toDouble());
    best.peakKb = std::max(best.peakKb, fields[2].trimmed().toLong());
    return true;
}

int run(qint64 persons)
{
    QTextStream out(stdout);
    QTemporaryDir dir;
    const QString storePath = dir.filePath(u"bench.sqlite"_s);
    const QString cellsPath = dir.filePath(u"cells.bin"_s);
    {
        auto opened = Store::open(storePath);
        if (!opened) {
            out << opened.error() << Qt::endl;
            return 1;
        }
        DemoTownship::Options options;
        options.persons = persons;
        options.seed = 7;
        if (auto summary = DemoTownship::generate(*opened.value(), options); !summary) {
            out << summary.error() << Qt::endl;
            return 1;
        }
        // The floor's input: the very cells the export writes (masked, codes in words).
        QFile cells(cellsPath);
        if (!cells.open(QIODevice::WriteOnly))
            return 1;
        RegistryQuery query(*opened.value(), RegistryCatalog::find(registry), {});
        const quint32 columns = quint32(query.definition().columns.size());
        cells.write(reinterpret_cast<const char *>(&columns), sizeof columns);
        if (!query.start())
            return 1;
        while (query.next()) {
            for (const QByteArray &cell : query.cells()) {
                const quint32 length = quint32(cell.size());
                cells.write(reinterpret_cast<const char *>(&length), sizeof length);
                cells.write(cell);
            }
        }
    }

    // Disk and CPU vary on a shared machine: each leg runs three times, alternating, and the
    // best time counts.
    Leg exported;
    Leg floor;
    for (int attempt = 0; attempt < 3; ++attempt) {
        if (!runLeg(
                { u"--leg"_s, u"export"_s, storePath, dir.filePath(u"export.xlsx"_s) }, exported)
            || !runLeg(
                { u"--leg"_s, u"floor"_s, cellsPath, dir.filePath(u"floor.xlsx"_s) }, floor)) {
            out << "a leg failed" << Qt::endl;
            return 1;
        }
    }
    out << "== " << registry << ", " << exported.rows << " rows to xlsx ==" << Qt::endl;
    out << "registry export: " << qint64(double(exported.rows) / exported.seconds) << " rows/s ("
        << exported.seconds << " s, best of 3), peak " << exported.peakKb / 1024 << " MB"
        << Qt::endl;
    out << "bare floor     : " << qint64(double(floor.rows) / floor.seconds) << " rows/s ("
        << floor.seconds << " s), peak " << floor.peakKb / 1024 << " MB" << Qt::endl;
    out << "ratio          : " << exported.seconds / floor.seconds
        << "x the floor (target <= 1.5); peak target < 200 MB" << Qt::endl;
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    if (argc == 5 && std::strcmp(argv[1], "--leg") == 0) {
        if (std::strcmp(argv[2], "export") == 0)
            return exportLeg(
                argc, argv, QString::fromLocal8Bit(argv[3]), QString::fromLocal8Bit(argv[4]));
        return floorLeg(argv[3], argv[4]);
    }
    QCoreApplication app(argc, argv);
    const qint64 persons = argc > 1 ? QByteArray(argv[1]).toLongLong() : 100000;
    return run(persons > 0 ? persons : 100000);
}
