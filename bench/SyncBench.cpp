// The sync bundles' benchmark: a full bundle of a demo township exported for its county and
// imported there, next to a bare sqlite3 insert of the same rows into a store of the same schema
// (the floor), with the bundle's size and the peak memory of the export and of the import, on
// townships of the sizes given on the command line.
//
// Peak memory: the export and the import each run in a fresh process (this program started again
// with --phase), which reports its own high-water mark (VmHWM). Both run again on a township a
// tenth the size, so that the two peaks show whether memory grows with the rows.

#include "BundleBench.h"

#include "county/CountyRollup.h"
#include "demo/DemoTownship.h"
#include "exchange/BundleExport.h"
#include "exchange/BundleImport.h"
#include "exchange/ExchangePeers.h"
#include "exchange/InstanceKeys.h"
#include "exchange/SyncMerge.h"
#include "people/PersonSearch.h"
#include "regions/UnitSetup.h"
#include "store/Store.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>

#include <sqlite3.h>

#include <bit>
#include <cstdio>
#include <optional>
#include <vector>

using namespace Qt::StringLiterals;
using namespace BundleBench;

namespace {

QTextStream out(stdout);

// --phase export TOWNSHIP RECIPIENT BUNDLE: prints rows, seconds, bytes and peak kB.
int exportPhase(const QString &storePath, const QString &recipient, const QString &bundle)
{
    auto opened = Store::open(storePath);
    if (!opened)
        return failed(opened.error());
    auto keys = InstanceKeys::loadOrCreate(InstanceKeys::folderFor(storePath));
    if (!keys)
        return failed(keys.error());
    BundleExport::Options options;
    options.full = true;
    options.fileName = QFileInfo(bundle).fileName();
    QElapsedTimer timer;
    timer.start();
    auto made = BundleExport::write(
        *opened.value(), keys.value(), recipient, QFileInfo(bundle).absolutePath(), options);
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    if (!made)
        return failed(made.error());
    std::printf("%lld %.6f %lld %ld\n", static_cast<long long>(made->manifest.rowCount()), seconds,
        static_cast<long long>(made->bytes), peakKilobytes());
    return 0;
}

struct Phase
{
    qint64 rows = 0;
    qint64 bytes = 0;
    double seconds = 1e9;
    long peakKb = 0;
};

bool runPhase(const QStringList &arguments, Phase &best)
{
    QProcess process;
    process.start(QCoreApplication::applicationFilePath(), arguments);
    if (!process.waitForFinished(-1) || process.exitCode() != 0) {
        QTextStream(stderr) << process.readAllStandardError();
        return false;
    }
    const QStringList fields
        = QString::fromLatin1(process.readAllStandardOutput()).trimmed().split(u' ');
    if (fields.size() < 3)
        return false;
    best.rows = fields[0].toLongLong();
    best.seconds = std::min(best.seconds, fields[1].toDouble());
    if (fields.size() == 4)
        best.bytes = fields[2].toLongLong();
    best.peakKb = std::max(best.peakKb, fields.last().toLong());
    return true;
}

// A county installation in store that trusts the township and is trusted by it, as two clerks
// swapping key files make them; returns the county's instance id.
Result<QString> addCounty(Store &county, Store &township, const Peer &townshipPeer)
{
    using R = Result<QString>;
    if (auto r = UnitSetup::setUpCounty(county, u"370285000000"_s, u"某某县"_s); !r)
        return R::failure(r.error());
    auto countyPeer = peerOf(county);
    if (!countyPeer)
        return R::failure(countyPeer.error());
    if (auto r = ExchangePeers(county).trust(townshipPeer); !r)
        return R::failure(r.error());
    if (auto r = ExchangePeers(township).trust(countyPeer.value()); !r)
        return R::failure(r.error());
    return countyPeer->instanceId;
}

struct Exchange
{
    QString townshipPath;
    QString countyInstanceId;
    Phase exported;
    Phase imported;
};

// A demo township in folder and as many counties as attempts, each trusting the township and
// trusted by it: an import can be made only once into a store, so each attempt exports a full
// bundle for a county of its own and imports it there.
std::optional<Exchange> exchange(const QString &folder, qint64 persons, int attempts)
{
    Exchange result;
    result.townshipPath = QDir(folder).filePath(u"township.sqlite"_s);
    QStringList countyPaths;
    QStringList countyIds;
    {
        auto township = Store::open(result.townshipPath);
        if (!township) {
            out << township.error() << Qt::endl;
            return {};
        }
        DemoTownship::Options options;
        options.persons = persons;
        options.seed = 7;
        // Households, persons and visits: the rows that make a bundle big.
        options.controlWork = false;
        if (auto summary = DemoTownship::generate(*township.value(), options); !summary) {
            out << summary.error() << Qt::endl;
            return {};
        }
        auto townshipPeer = peerOf(*township.value());
        if (!townshipPeer) {
            out << townshipPeer.error() << Qt::endl;
            return {};
        }
        for (int attempt = 0; attempt < attempts; ++attempt) {
            countyPaths << QDir(folder).filePath(u"county-%1.sqlite"_s.arg(attempt));
            auto county = Store::open(countyPaths.last());
            auto countyId = county
                ? addCounty(*county.value(), *township.value(), townshipPeer.value())
                : Result<QString>::failure(county.error());
            if (!countyId) {
                out << countyId.error() << Qt::endl;
                return {};
            }
            countyIds << countyId.value();
        }
    }
    result.countyInstanceId = countyIds.first();
    for (int attempt = 0; attempt < attempts; ++attempt) {
        const QString bundle = QDir(folder).filePath(u"bundle-%1.tlb"_s.arg(attempt));
        if (!runPhase(
                { u"--phase"_s, u"export"_s, result.townshipPath, countyIds[attempt], bundle },
                result.exported)
            || !runPhase(
                { u"--phase"_s, u"import"_s, countyPaths[attempt], bundle }, result.imported)) {
            out << "a phase failed" << Qt::endl;
            return {};
        }
    }
    return result;
}

// One table's rows as SQLite stored them: a value per cell, text in one buffer, so that a
// million rows fit in memory without a heap block per cell.
struct Table
{
    struct Value
    {
        qint64 number; // an integer, a double's bits, or where the text starts in bytes
        qint32 size;
        qint32 type;
    };
    QByteArray insertSql;
    int columns = 0;
    std::vector<Value> values;
    QByteArray bytes;
};

// The rows a full bundle for the county carries (all but the county's own), read back into
// memory, parents first as the merge takes them, so that the floor's timed loop does nothing but
// insert them.
QList<Table> readBack(Store &store, const QString &countyInstanceId, qint64 *rows)
{
    QList<Table> tables;
    sqlite3 *db = store.handle();
    const QByteArray county = countyInstanceId.toUtf8();
    for (const QString &name : SyncMerge::tablesInOrder(store)) {
        Table t;
        sqlite3_stmt *stmt = nullptr;
        sqlite3_prepare_v2(db,
            (u"SELECT * FROM \"%1\" WHERE origin <> ?"_s.arg(name)).toUtf8().constData(), -1, &stmt,
            nullptr);
        sqlite3_bind_text(stmt, 1, county.constData(), int(county.size()), SQLITE_STATIC);
        t.columns = sqlite3_column_count(stmt);
        QStringList names;
        QStringList marks;
        for (int c = 0; c < t.columns; ++c) {
            names << u"\"%1\""_s.arg(QString::fromUtf8(sqlite3_column_name(stmt, c)));
            marks << u"?"_s;
        }
        t.insertSql = (u"INSERT INTO \"%1\" (%2) VALUES (%3)"_s.arg(
                           name, names.join(u','), marks.join(u',')))
                          .toUtf8();
        while (sqlite3_step(stmt) == SQLITE_ROW) {
            for (int c = 0; c < t.columns; ++c) {
                Table::Value v { 0, 0, sqlite3_column_type(stmt, c) };
                if (v.type == SQLITE_INTEGER) {
                    v.number = sqlite3_column_int64(stmt, c);
                } else if (v.type == SQLITE_FLOAT) {
                    v.number = std::bit_cast<qint64>(sqlite3_column_double(stmt, c));
                } else if (v.type != SQLITE_NULL) {
                    const char *data = v.type == SQLITE_TEXT
                        ? reinterpret_cast<const char *>(sqlite3_column_text(stmt, c))
                        : static_cast<const char *>(sqlite3_column_blob(stmt, c));
                    v.size = sqlite3_column_bytes(stmt, c);
                    v.number = t.bytes.size();
                    t.bytes.append(data, v.size);
                }
                t.values.push_back(v);
            }
            ++*rows;
        }
        sqlite3_finalize(stmt);
        tables << t;
    }
    return tables;
}

// The rows into a fresh store: the same tables and indexes as the county's, on a connection
// configured as the program's, in one transaction, foreign keys checked at the end as the import
// checks them; a bare prepared statement in place of the merge's SQL. The search indexes are
// filled once at the end instead of by their triggers, as the demo does: FTS5 flushes its
// pending terms at every statement that touches it, which makes a statement per person several
// times slower than the merge's one statement per table. Returns the seconds taken, or a negative number when a row
// was refused.
double floorInsert(const QString &path, const QList<Table> &tables)
{
    auto opened = Store::open(path);
    if (!opened) {
        out << opened.error() << Qt::endl;
        return -1;
    }
    sqlite3 *db = opened.value()->handle();
    QElapsedTimer timer;
    timer.start();
    if (sqlite3_exec(db,
            "BEGIN; PRAGMA defer_foreign_keys = ON; DROP TRIGGER persons_search_insert; "
            "DROP TRIGGER households_search_insert;", nullptr,
            nullptr, nullptr)
        != SQLITE_OK) {
        out << "floor: " << sqlite3_errmsg(db) << Qt::endl;
        return -1;
    }
    for (const Table &t : tables) {
        sqlite3_stmt *stmt = nullptr;
        sqlite3_prepare_v2(db, t.insertSql.constData(), -1, &stmt, nullptr);
        for (size_t at = 0; at < t.values.size(); at += size_t(t.columns)) {
            for (int c = 0; c < t.columns; ++c) {
                const Table::Value &v = t.values[at + size_t(c)];
                switch (v.type) {
                case SQLITE_INTEGER:
                    sqlite3_bind_int64(stmt, c + 1, v.number);
                    break;
                case SQLITE_FLOAT:
                    sqlite3_bind_double(stmt, c + 1, std::bit_cast<double>(v.number));
                    break;
                case SQLITE_TEXT:
                    sqlite3_bind_text(
                        stmt, c + 1, t.bytes.constData() + v.number, v.size, SQLITE_STATIC);
                    break;
                case SQLITE_BLOB:
                    sqlite3_bind_blob(
                        stmt, c + 1, t.bytes.constData() + v.number, v.size, SQLITE_STATIC);
                    break;
                default:
                    sqlite3_bind_null(stmt, c + 1);
                }
            }
            if (sqlite3_step(stmt) != SQLITE_DONE) {
                out << "floor: " << sqlite3_errmsg(db) << Qt::endl;
                sqlite3_finalize(stmt);
                return -1;
            }
            sqlite3_reset(stmt);
        }
        sqlite3_finalize(stmt);
    }
    if (auto r = PersonSearch::indexRowsAfter(*opened.value(), {}); !r) {
        out << "floor: " << r.error() << Qt::endl;
        return -1;
    }
    if (sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr) != SQLITE_OK) {
        out << "floor: " << sqlite3_errmsg(db) << Qt::endl;
        return -1;
    }
    return double(timer.nsecsElapsed()) / 1e9;
}

qint64 megabytes(long kilobytes)
{
    return kilobytes / 1024;
}

int run(qint64 persons)
{
    // Disk writes on a shared machine vary from run to run: each side is timed several times and
    // the best run counts.
    const int repeats = persons <= 200'000 ? 3 : 1;
    // Beside the program, on the build's disk: /tmp may be tmpfs, which would flatter every write
    // and hold the stores in memory.
    const QString base
        = QDir(QCoreApplication::applicationDirPath()).filePath(u"sync-bench-XXXXXX"_s);
    out << "== sync bundle, " << persons << " persons ==" << Qt::endl;
    QTemporaryDir dir(base);
    if (!dir.isValid()) {
        out << "cannot make " << base << Qt::endl;
        return 1;
    }
    const auto big = exchange(dir.path(), persons, repeats);
    if (!big)
        return 1;

    qint64 rows = 0;
    QList<Table> tables;
    {
        auto township = Store::open(big->townshipPath);
        if (!township) {
            out << township.error() << Qt::endl;
            return 1;
        }
        tables = readBack(*township.value(), big->countyInstanceId, &rows);
    }
    double floorSeconds = 1e9;
    for (int attempt = 0; attempt < repeats; ++attempt) {
        const double seconds = floorInsert(dir.filePath(u"floor-%1.sqlite"_s.arg(attempt)), tables);
        if (seconds < 0)
            return 1;
        floorSeconds = std::min(floorSeconds, seconds);
    }
    tables.clear();

    // The county's roll-up over the township it has just taken in, as its first page shows it.
    QList<double> rollup;
    {
        auto county = Store::open(dir.filePath(u"county-0.sqlite"_s));
        if (!county) {
            out << county.error() << Qt::endl;
            return 1;
        }
        for (int attempt = 0; attempt < 5; ++attempt) {
            QElapsedTimer timer;
            timer.start();
            const auto townships = CountyRollup::townships(*county.value(), QDate::currentDate());
            rollup << double(timer.nsecsElapsed()) / 1e6;
            if (townships.size() != 1 || townships.first().persons != persons) {
                out << "the roll-up does not count the township's persons" << Qt::endl;
                return 1;
            }
        }
        std::sort(rollup.begin(), rollup.end());
    }

    // The same on a tenth of the township, for memory alone; its files go as soon as it is done.
    std::optional<Exchange> small;
    if (persons >= 10) {
        QTemporaryDir smallDir(base);
        small = exchange(smallDir.path(), persons / 10, 1);
        if (!small)
            return 1;
    }

    const Phase &e = big->exported;
    const Phase &i = big->imported;
    const double importRate = double(i.rows) / i.seconds;
    const double floorRate = double(rows) / floorSeconds;
    out << "export        : " << qint64(double(e.rows) / e.seconds) << " rows/s (" << e.rows
        << " rows, full bundle; " << e.seconds << " s, best of " << repeats << "), peak "
        << megabytes(e.peakKb) << " MB" << Qt::endl;
    out << "bundle        : " << e.bytes << " bytes, " << double(e.bytes) / double(e.rows)
        << " bytes/row" << Qt::endl;
    out << "import        : " << qint64(importRate) << " rows/s (" << i.seconds << " s, best of "
        << repeats << "), peak " << megabytes(i.peakKb) << " MB" << Qt::endl;
    out << "bare floor    : " << qint64(floorRate) << " rows/s (" << rows << " rows, "
        << floorSeconds << " s)" << Qt::endl;
    out << "ratio         : import at " << importRate / floorRate
        << " of the floor's rate (target >= 0.5)" << Qt::endl;
    out << "county roll-up: " << rollup[2] << " ms (median of 5; " << persons
        << " persons in one township)" << Qt::endl;
    if (small) {
        out << "peak memory   : export " << megabytes(small->exported.peakKb) << " MB at "
            << persons / 10 << " persons, " << megabytes(e.peakKb) << " MB at " << persons
            << "; import " << megabytes(small->imported.peakKb) << " MB, " << megabytes(i.peakKb)
            << " MB" << Qt::endl;
    }
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = app.arguments();
    if (arguments.size() >= 4 && arguments[1] == "--phase"_L1) {
        if (arguments[2] == "export"_L1 && arguments.size() == 6)
            return exportPhase(arguments[3], arguments[4], arguments[5]);
        if (arguments[2] == "import"_L1 && arguments.size() == 5)
            return importPhase(arguments[3], arguments[4]);
        return failed(u"unknown phase"_s);
    }
    QStringList sizes = arguments.mid(1);
    if (sizes.isEmpty())
        sizes = { u"1000000"_s };
    int status = 0;
    for (const QString &size : sizes)
        status |= run(size.toLongLong());
    return status;
}
