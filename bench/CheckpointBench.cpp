// The checkpoints' benchmark: a township whose log holds N checkpoint entries (1,000,000 by
// default) over a hundred days at four checkpoints; then the time to save one more entry as the
// entry line does (p50/p95 of 200, each its own transaction), and to count a day's passages for
// all checkpoints (p50/p95 of 50 days). Targets: save p95 under 5 ms, a day's counts under 100 ms.

#include "checkpoints/CheckpointLog.h"
#include "checkpoints/CheckpointRepository.h"
#include "regions/RegionRepository.h"
#include "regions/UnitSetup.h"
#include "store/SqliteStatement.h"
#include "store/Store.h"
#include "store/SyncedRows.h"
#include "store/Transaction.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

QTextStream out(stdout);

double percentile(QList<double> values, double p)
{
    std::sort(values.begin(), values.end());
    return values.at(std::min<qsizetype>(values.size() - 1, qsizetype(p * double(values.size()))));
}

int run(qint64 entries)
{
    QTemporaryDir dir(QCoreApplication::applicationDirPath() + u"/checkpoint-bench-XXXXXX"_s);
    auto opened = Store::open(dir.filePath(u"store.sqlite"_s));
    if (!opened) {
        out << opened.error() << Qt::endl;
        return 1;
    }
    Store &store = *opened.value();
    store.setUser({ QString(), u"bench"_s, Role::Administrator });
    if (auto r = UnitSetup::setUpTownship(
            store, u"370285105000"_s, u"基准镇"_s, { { u"370285105001"_s, u"东村"_s } });
        !r) {
        out << r.error() << Qt::endl;
        return 1;
    }
    CheckpointRepository checkpoints(store);
    const QString village = RegionRepository(store).byCode(u"370285105001"_s).id;
    QStringList ids;
    for (int i = 1; i <= 4; ++i) {
        Checkpoint c;
        c.name = u"%1号卡口"_s.arg(i);
        c.regionId = village;
        ids << checkpoints.add(c).value();
    }

    // The log, written straight into the table as a checkpoint laptop's bundles would leave it.
    const int days = 100;
    const QDate last = QDate::currentDate().addDays(-1);
    QElapsedTimer timer;
    timer.start();
    {
        Transaction tx(store);
        SqliteStatement insert(store.handle(),
            "INSERT INTO checkpoint_entries (id, checkpoint_id, entered_at, direction, "
            "person_name, "
            "plate, temperature, health_code, outcome, recorded_by, updated_hlc, origin) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        auto *random = QRandomGenerator::global();
        for (qint64 i = 0; i < entries; ++i) {
            const QDateTime at(
                last.addDays(-int(i % days)), QTime(0, 0).addSecs(int(random->bounded(86400))));
            SqliteRow(insert) << SyncedRows::newId() << ids[int(i % 4)] << at.toString(Qt::ISODate)
                              << (i % 2 ? u"in"_s : u"out"_s) << u"过路人"_s
                              << (i % 3 ? u""_s : u"鲁B%1"_s.arg(10000 + i % 90000))
                              << QString::number(36.0 + double(random->bounded(20)) / 10.0, 'f', 1)
                              << (i % 50 ? u"green"_s : u"yellow"_s)
                              << (i % 40 ? u"let_through"_s : u"turned_back"_s) << u"值守员"_s
                              << qint64(store.hlc().now()) << store.instanceId();
            if (!insert.run()) {
                out << insert.error() << Qt::endl;
                return 1;
            }
        }
        if (auto r = tx.commit(); !r) {
            out << r.error() << Qt::endl;
            return 1;
        }
    }
    out << u"== checkpoints, %1 entries over %2 days at 4 checkpoints (written in %3 s) =="_s
               .arg(entries)
               .arg(days)
               .arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1)
        << Qt::endl;

    CheckpointLog log(store);
    QList<double> saves;
    for (int i = 0; i < 200; ++i) {
        CheckpointEntry e;
        e.checkpointId = ids[i % 4];
        e.personName = u"张伟"_s;
        e.plate = u"鲁B%1"_s.arg(20000 + i);
        e.temperatureTenths = 365;
        e.healthCode = u"green"_s;
        e.recordedBy = u"值守员"_s;
        timer.restart();
        if (auto r = log.record(e); !r) {
            out << r.error() << Qt::endl;
            return 1;
        }
        saves << double(timer.nsecsElapsed()) / 1e6;
    }
    out << u"save one entry: p50 %1 ms, p95 %2 ms (target: p95 under 5 ms)"_s
               .arg(percentile(saves, 0.5), 0, 'f', 2)
               .arg(percentile(saves, 0.95), 0, 'f', 2)
        << Qt::endl;

    QList<double> counts;
    qint64 counted = 0;
    for (int d = 0; d < 50; ++d) {
        timer.restart();
        for (const CheckpointLog::Counts &c : log.dayCounts(last.addDays(-d)))
            counted += c.in + c.out;
        counts << double(timer.nsecsElapsed()) / 1e6;
    }
    out << u"a day's counts, all checkpoints (%1 passages a day): p50 %2 ms, p95 %3 ms (target: under 100 ms)"_s
               .arg(counted / 50)
               .arg(percentile(counts, 0.5), 0, 'f', 1)
               .arg(percentile(counts, 0.95), 0, 'f', 1)
        << Qt::endl;
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QStringList sizes = app.arguments().mid(1);
    if (sizes.isEmpty())
        sizes = { u"1000000"_s };
    for (const QString &size : sizes) {
        if (int rc = run(size.toLongLong()); rc != 0)
            return rc;
    }
    return 0;
}
