// The county's benchmark: a county takes in N demo townships of the same size, one full bundle
// after the other, as on the day it starts. Each import runs in a fresh process (this program
// started again with --phase import), which reports its rows, time and peak memory, so that the
// rate of the last import next to the first shows whether the cost grows with the county, and the
// peaks whether memory does. Then it times the county's roll-up and the list of persons known to
// several townships over everything taken in.

#include "BundleBench.h"

#include "county/CountyRollup.h"
#include "county/KnownToSeveralUnits.h"
#include "demo/DemoTownship.h"
#include "exchange/BundleExport.h"
#include "exchange/BundleImport.h"
#include "exchange/ExchangePeers.h"
#include "exchange/InstanceKeys.h"
#include "regions/UnitSetup.h"
#include "store/Store.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace BundleBench;

namespace {

QTextStream out(stdout);

// Township number n (1..99) of the county, its villages, its demo people, trusted both ways
// with the county; its full bundle for the county goes into folder. Returns the bundle's path.
Result<QString> township(
    int n, qint64 persons, Store &county, const Peer &countyPeer, const QString &folder)
{
    using R = Result<QString>;
    const QString code = u"370285"_s + QString::number(100 + n) + u"000"_s;
    const QString path = QDir(folder).filePath(u"township-%1.sqlite"_s.arg(n));
    auto store = Store::open(path);
    if (!store)
        return R::failure(store.error());
    QList<UnitSetup::Village> villages;
    for (int v = 1; v <= 30; ++v)
        villages.append(
            { code.left(9) + u"%1"_s.arg(v, 3, 10, QLatin1Char('0')), u"第%1村"_s.arg(v) });
    if (auto r = UnitSetup::setUpTownship(*store.value(), code, u"第%1镇"_s.arg(n), villages); !r)
        return R::failure(r.error());
    DemoTownship::Options options;
    options.persons = persons;
    options.seed = quint64(n);
    if (auto r = DemoTownship::generate(*store.value(), options); !r)
        return R::failure(r.error());
    auto peer = peerOf(*store.value());
    if (!peer)
        return R::failure(peer.error());
    if (auto r = ExchangePeers(county).trust(peer.value()); !r)
        return R::failure(r.error());
    if (auto r = ExchangePeers(*store.value()).trust(countyPeer); !r)
        return R::failure(r.error());
    auto keys = InstanceKeys::loadOrCreate(InstanceKeys::folderFor(path));
    if (!keys)
        return R::failure(keys.error());
    BundleExport::Options bundleOptions;
    bundleOptions.full = true;
    auto made = BundleExport::write(
        *store.value(), keys.value(), countyPeer.instanceId, folder, bundleOptions);
    if (!made)
        return R::failure(made.error());
    return made->filePath;
}

struct Imported
{
    qint64 rows = 0;
    double seconds = 0;
    long peakKb = 0;
};

bool importInProcess(const QString &countyPath, const QString &bundle, Imported &result)
{
    QProcess process;
    // Its messages (and its steps' times with TL_BENCH_STEPS=1) go straight to ours.
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    process.start(
        QCoreApplication::applicationFilePath(), { u"--phase"_s, u"import"_s, countyPath, bundle });
    if (!process.waitForFinished(-1) || process.exitCode() != 0)
        return false;
    const QStringList fields
        = QString::fromLatin1(process.readAllStandardOutput()).trimmed().split(u' ');
    if (fields.size() != 3)
        return false;
    result = { fields[0].toLongLong(), fields[1].toDouble(), fields[2].toLong() };
    return true;
}

double medianMs(const std::function<void()> &work)
{
    QList<double> times;
    for (int i = 0; i < 5; ++i) {
        QElapsedTimer timer;
        timer.start();
        work();
        times << double(timer.nsecsElapsed()) / 1e6;
    }
    std::sort(times.begin(), times.end());
    return times[2];
}

int run(int townships, qint64 persons)
{
    out << "== county, " << townships << " townships of " << persons << " persons ==" << Qt::endl;
    // Beside the program, on the build's disk, not in a tmpfs /tmp.
    QTemporaryDir dir(
        QDir(QCoreApplication::applicationDirPath()).filePath(u"county-bench-XXXXXX"_s));
    if (!dir.isValid())
        return failed(u"cannot make a folder beside the program"_s);
    // TL_BENCH_KEEP=1 leaves the county's store for a look with the sqlite3 shell.
    if (qEnvironmentVariableIsSet("TL_BENCH_KEEP")) {
        dir.setAutoRemove(false);
        out << "county store  : " << dir.filePath(u"county.sqlite"_s) << Qt::endl;
    }
    const QString countyPath = dir.filePath(u"county.sqlite"_s);
    QList<Imported> imports;
    for (int n = 1; n <= townships; ++n) {
        QString bundle;
        {
            auto county = Store::open(countyPath);
            if (!county)
                return failed(county.error());
            if (n == 1) {
                if (auto r
                    = UnitSetup::setUpCounty(*county.value(), u"370285000000"_s, u"某某县"_s);
                    !r)
                    return failed(r.error());
            }
            auto countyPeer = peerOf(*county.value());
            if (!countyPeer)
                return failed(countyPeer.error());
            auto made = township(n, persons, *county.value(), countyPeer.value(), dir.path());
            if (!made)
                return failed(made.error());
            bundle = made.value();
        }
        // Only the county's store stays: the township's is not needed once its bundle is made.
        QFile::remove(dir.filePath(u"township-%1.sqlite"_s.arg(n)));
        Imported imported;
        if (!importInProcess(countyPath, bundle, imported))
            return failed(u"the import of township %1 failed"_s.arg(n));
        QFile::remove(bundle);
        imports << imported;
        out << "import " << n << (n < 10 ? "     : " : "    : ")
            << qint64(double(imported.rows) / imported.seconds) << " rows/s (" << imported.rows
            << " rows, " << imported.seconds << " s), peak " << imported.peakKb / 1024 << " MB"
            << Qt::endl;
    }
    const double first = double(imports.first().rows) / imports.first().seconds;
    const double last = double(imports.last().rows) / imports.last().seconds;
    out << "last / first  : " << last / first << " (target >= 0.7)" << Qt::endl;
    long lowest = imports.first().peakKb;
    long highest = lowest;
    for (const Imported &i : imports) {
        lowest = std::min(lowest, i.peakKb);
        highest = std::max(highest, i.peakKb);
    }
    out << "peak memory   : " << lowest / 1024 << "-" << highest / 1024 << " MB over the imports"
        << Qt::endl;

    auto county = Store::open(countyPath);
    if (!county)
        return failed(county.error());
    qint64 counted = 0;
    const double rollup = medianMs([&] {
        counted = 0;
        for (const auto &t : CountyRollup::townships(*county.value(), QDate::currentDate()))
            counted += t.persons;
    });
    out << "county roll-up: " << rollup << " ms (median of 5; " << counted << " persons)"
        << Qt::endl;
    KnownToSeveralUnits known(*county.value());
    KnownToSeveralUnits::Count shared;
    QList<KnownToSeveralUnits::Row> page;
    const double listing = medianMs([&] {
        shared = known.count();
        page = known.list(0, 50);
    });
    out << "known to several townships: " << listing << " ms for the count and the first page ("
        << shared.idNumbers << " ID numbers, " << shared.rows << " rows; target < 500 ms)"
        << Qt::endl;
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = app.arguments();
    if (arguments.size() == 5 && arguments[1] == "--phase"_L1 && arguments[2] == "import"_L1)
        return importPhase(arguments[3], arguments[4]);
    const int townships = arguments.size() > 1 ? arguments[1].toInt() : 20;
    const qint64 persons = arguments.size() > 2 ? arguments[2].toLongLong() : 100'000;
    if (townships < 1 || townships > 99 || persons < 1)
        return failed(u"usage: bench_county [TOWNSHIPS (1-99)] [PERSONS EACH]"_s);
    return run(townships, persons);
}
