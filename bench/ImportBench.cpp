// The ledger import's benchmark: a township's household register of N rows, written as an
// office keeps it in Excel (title, unit and date line, two-level heading, households under their
// heads), is imported (read, dry run, written in one transaction) next to LibreOffice converting
// the same file to CSV, the cheapest thing any other program does with it. Prints rows/s, the
// ratio and the import's peak memory; targets: at least 3x LibreOffice, under 300 MB.
//
// The import runs in a fresh process (this program started again with --leg), which reports its
// own peak (getrusage), so that writing the file does not count.

#include "import/LedgerImport.h"
#include "people/IdNumber.h"
#include "regions/UnitSetup.h"
#include "store/Store.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <xlsxwriter.h>

#include <sys/resource.h>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

const QStringList villages = { u"东村"_s, u"西村"_s, u"南村"_s, u"北村"_s, u"前村"_s,
                               u"后村"_s, u"上村"_s, u"下村"_s, u"中村"_s, u"新村"_s };

long peakKilobytes()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

// Synthetic numbers only: region 990101 is no real county.
QString idNumber(qint64 n, QDate born, bool male)
{
    const int sequence = int(n % 499) * 2 + (male ? 1 : 2);
    const QString first17 = u"990101"_s + born.toString(u"yyyyMMdd"_s)
        + u"%1"_s.arg(sequence, 3, 10, QLatin1Char('0'));
    return first17 + IdNumber::checkCharacter(first17);
}

bool writeLedger(const QString &path, qint64 rows)
{
    lxw_workbook_options options = {};
    options.constant_memory = LXW_TRUE;
    lxw_workbook *wb = workbook_new_opt(QFile::encodeName(path).constData(), &options);
    if (!wb)
        return false;
    lxw_worksheet *ws = workbook_add_worksheet(wb, "花名册");
    worksheet_merge_range(ws, 0, 0, 0, 11, "居民花名册", nullptr);
    worksheet_merge_range(ws, 1, 0, 1, 11, "填报单位：测试镇　　填报日期：2022年3月4日", nullptr);
    const char *upper[] = { "序号", "村", "户主姓名", "与户主关系", "基本信息", "基本信息",
                            "基本信息", "基本信息", "联系电话", "住址", "人员类型", "备注" };
    const char *lower[] = { "序号", "村", "户主姓名", "与户主关系", "姓名", "性别", "身份证号码",
                            "出生日期", "联系电话", "住址", "人员类型", "备注" };
    for (lxw_col_t c = 0; c < 12; ++c) {
        worksheet_write_string(ws, 2, c, upper[c], nullptr);
        worksheet_write_string(ws, 3, c, lower[c], nullptr);
    }
    static const char16_t surnames[] = u"王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗";
    static const char16_t given[] = u"伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华";
    const char *relations[] = { "户主", "配偶", "子", "女" };
    QRandomGenerator random(7);
    QString head;
    QString address;
    int member = 0;
    int size = 0;
    for (qint64 n = 0; n < rows; ++n) {
        if (member == size) {
            member = 0;
            size = 1 + int(random.bounded(4));
        }
        const bool male = random.bounded(2) == 0;
        const QDate born = QDate(1940, 1, 1).addDays(random.bounded(25000));
        const QString name = QString(QChar(surnames[random.bounded(20)]))
            + QChar(given[random.bounded(24)]) + QChar(given[random.bounded(24)]);
        const QString village = villages[int((n / 10000) % villages.size())];
        if (member == 0) {
            head = name;
            address = village + u"%1组%2号"_s.arg(1 + n % 5).arg(n / 3 + 1);
        }
        const auto r = lxw_row_t(n + 4);
        worksheet_write_number(ws, r, 0, double(n + 1), nullptr);
        worksheet_write_string(ws, r, 1, village.toUtf8().constData(), nullptr);
        worksheet_write_string(ws, r, 2, head.toUtf8().constData(), nullptr);
        worksheet_write_string(ws, r, 3, relations[std::min(member, 3)], nullptr);
        worksheet_write_string(ws, r, 4, name.toUtf8().constData(), nullptr);
        worksheet_write_string(ws, r, 5, male ? "男" : "女", nullptr);
        worksheet_write_string(ws, r, 6, idNumber(n, born, male).toUtf8().constData(), nullptr);
        worksheet_write_string(ws, r, 7, born.toString(u"yyyy/M/d"_s).toUtf8().constData(), nullptr);
        worksheet_write_string(ws, r, 8, u"138%1"_s.arg(n, 8, 10, QLatin1Char('0')).toUtf8().constData(), nullptr);
        worksheet_write_string(ws, r, 9, address.toUtf8().constData(), nullptr);
        worksheet_write_string(ws, r, 10, "户籍人口", nullptr);
        ++member;
    }
    return workbook_close(wb) == LXW_NO_ERROR;
}

int importLeg(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QElapsedTimer timer;
    timer.start();
    auto opened = Store::open(QString::fromLocal8Bit(argv[2]));
    if (!opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.error()));
        return 1;
    }
    LedgerImport import(*opened.value());
    if (auto r = import.open(QString::fromLocal8Bit(argv[3])); !r) {
        std::fprintf(stderr, "%s\n", qPrintable(r.error()));
        return 1;
    }
    auto counts = import.dryRun({});
    if (!counts) {
        std::fprintf(stderr, "%s\n", qPrintable(counts.error()));
        return 1;
    }
    const double dryRun = double(timer.nsecsElapsed()) / 1e9;
    auto written = import.commit();
    if (!written) {
        std::fprintf(stderr, "%s\n", qPrintable(written.error()));
        return 1;
    }
    std::printf("%lld %lld %.6f %.6f %ld\n", static_cast<long long>(counts->taken()),
                static_cast<long long>(counts->refused), dryRun,
                double(timer.nsecsElapsed()) / 1e9, peakKilobytes());
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    if (argc == 4 && qstrcmp(argv[1], "--leg") == 0)
        return importLeg(argc, argv);
    QCoreApplication app(argc, argv);
    const qint64 rows = argc > 1 ? QByteArray(argv[1]).toLongLong() : 100000;
    QTemporaryDir dir;
    const QString ledger = dir.filePath(u"ledger.xlsx"_s);
    if (!writeLedger(ledger, rows)) {
        std::fprintf(stderr, "cannot write the ledger\n");
        return 1;
    }
    const QString storePath = dir.filePath(u"store.sqlite"_s);
    {
        auto store = Store::open(storePath);
        QList<UnitSetup::Village> list;
        for (int i = 0; i < villages.size(); ++i)
            list.append({ u"370285105%1"_s.arg(i + 1, 3, 10, QLatin1Char('0')), villages[i] });
        if (!store || !UnitSetup::setUpTownship(*store.value(), u"370285105000"_s, u"测试镇"_s, list)) {
            std::fprintf(stderr, "cannot set up the township\n");
            return 1;
        }
    }
    std::printf("Ledger import of %lld rows (%.1f MB xlsx)\n", static_cast<long long>(rows),
                double(QFile(ledger).size()) / 1e6);

    QProcess leg;
    leg.start(QCoreApplication::applicationFilePath(), { u"--leg"_s, storePath, ledger });
    if (!leg.waitForFinished(-1) || leg.exitCode() != 0) {
        std::fprintf(stderr, "import failed: %s\n", leg.readAllStandardError().constData());
        return 1;
    }
    // Whatever the leg said besides its figures (Qt's warnings, say).
    std::fputs(leg.readAllStandardError().constData(), stderr);
    const QList<QByteArray> out = leg.readAllStandardOutput().trimmed().split(' ');
    const double seconds = out.value(3).toDouble();
    const long peakMb = out.value(4).toLong() / 1024;
    std::printf("  import: %s rows taken, %s refused; dry run %.2f s, all %.2f s = %.0f rows/s; "
                "peak %ld MB (target < 300)\n",
                out.value(0).constData(), out.value(1).constData(), out.value(2).toDouble(), seconds,
                double(rows) / seconds, peakMb);

    const QString soffice = QStandardPaths::findExecutable(u"soffice"_s);
    if (soffice.isEmpty()) {
        std::printf("  LibreOffice (soffice) is not installed: no comparison\n");
        return 0;
    }
    QElapsedTimer timer;
    timer.start();
    QProcess convert;
    // A profile of its own, so that a running LibreOffice of the user's is not asked instead.
    convert.start(soffice, { u"-env:UserInstallation=file://"_s + dir.filePath(u"profile"_s),
                             u"--headless"_s, u"--convert-to"_s, u"csv"_s, u"--outdir"_s,
                             dir.path(), ledger });
    if (!convert.waitForFinished(-1) || !QFile::exists(dir.filePath(u"ledger.csv"_s))) {
        std::fprintf(stderr, "LibreOffice did not convert: %s\n", convert.readAllStandardError().constData());
        return 1;
    }
    const double office = double(timer.nsecsElapsed()) / 1e9;
    std::printf("  LibreOffice to CSV: %.2f s = %.0f rows/s\n", office, double(rows) / office);
    std::printf("  import is %.1fx LibreOffice (target >= 3)\n", office / seconds);
    return 0;
}
