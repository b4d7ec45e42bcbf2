#include "BundleBench.h"

#include "exchange/BundleImport.h"
#include "exchange/InstanceKeys.h"
#include "store/Store.h"

#include <QElapsedTimer>
#include <QFile>

#include <sqlite3.h>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace BundleBench {

long peakKilobytes()
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLong();
    }
    return 0;
}

int failed(const QString &message)
{
    std::fprintf(stderr, "%s\n", qPrintable(message));
    return 1;
}

int importPhase(const QString &storePath, const QString &bundle)
{
    auto opened = Store::open(storePath);
    if (!opened)
        return failed(opened.error());
    auto keys = InstanceKeys::loadOrCreate(InstanceKeys::folderFor(storePath));
    if (!keys)
        return failed(keys.error());
    QElapsedTimer timer;
    timer.start();
    // TL_BENCH_STEPS=1 prints how long each step took, on stderr.
    BundleImport::Options options;
    QString step;
    qint64 stepStarted = 0;
    if (qEnvironmentVariableIsSet("TL_BENCH_STEPS")) {
        // And every statement that takes more than 100 ms.
        sqlite3_trace_v2(
            opened.value()->handle(), SQLITE_TRACE_PROFILE,
            [](unsigned, void *, void *statement, void *nanoseconds) {
                const auto ns = *static_cast<const qint64 *>(nanoseconds);
                if (ns > 100'000'000) {
                    char *sql = sqlite3_expanded_sql(static_cast<sqlite3_stmt *>(statement));
                    std::fprintf(stderr, "%8.1f ms  %.160s\n", double(ns) / 1e6, sql ? sql : "");
                    sqlite3_free(sql);
                }
                return 0;
            },
            nullptr);
        options.progress = [&](const QString &next) {
            const qint64 now = timer.nsecsElapsed();
            if (!step.isEmpty())
                std::fprintf(stderr, "%8.1f ms  %s\n", double(now - stepStarted) / 1e6,
                    qPrintable(step));
            step = next;
            stepStarted = now;
            return true;
        };
    }
    auto report = BundleImport::run(*opened.value(), keys.value(), bundle, options);
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    if (!report)
        return failed(report.error());
    // A row the county did not take would make the rate a lie.
    if (report->inserted() != report->manifest.rowCount())
        return failed(
            u"%1 of %2 rows inserted"_s.arg(report->inserted()).arg(report->manifest.rowCount()));
    std::printf("%lld %.6f %ld\n", static_cast<long long>(report->manifest.rowCount()), seconds,
        peakKilobytes());
    return 0;
}

Result<Peer> peerOf(Store &store)
{
    auto keys = InstanceKeys::loadOrCreate(InstanceKeys::folderFor(store.path()));
    if (!keys)
        return Result<Peer>::failure(keys.error());
    return KeyFile::self(store, keys.value());
}

} // namespace BundleBench
