#include "TestSupport.h"

#include "store/Store.h"
#include "store/StoreReader.h"

#include "../CatchQt.h"

#include <QFile>
#include <QSemaphore>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>
#include <QThread>

#include <catch2/catch.hpp>

#include <atomic>

using namespace Qt::StringLiterals;

namespace {

Result<qint64> regionCount(Store &store)
{
    QSqlQuery q(store.db());
    if (!q.exec(u"SELECT count(*) FROM regions"_s) || !q.next())
        return Result<qint64>::failure(u"no count"_s);
    return q.value(0).toLongLong();
}

} // namespace

TEST_CASE("a read runs on the worker and its result arrives on the reader's thread, with what "
          "the window's connection committed",
    "[store][reader]")
{
    TownshipStore t;
    StoreReader reader(t.path());
    QSignalSpy changes(&reader, &StoreReader::readingChanged);
    QThread *ranOn = nullptr;
    QThread *deliveredOn = nullptr;
    std::optional<qint64> regions;
    reader.read<qint64>(
        0,
        [&](Store &store) {
            ranOn = QThread::currentThread();
            return regionCount(store);
        },
        [&](const Result<qint64> &result) {
            deliveredOn = QThread::currentThread();
            REQUIRE(result.ok());
            regions = result.value();
        });
    CHECK(reader.isReading(0));
    CHECK(reader.isReading());
    REQUIRE(QTest::qWaitFor([&] { return regions.has_value(); }));
    CHECK(*regions == regionCount(*t.store).value());
    CHECK(ranOn != QThread::currentThread());
    CHECK(deliveredOn == QThread::currentThread());
    CHECK_FALSE(reader.isReading());
    REQUIRE(changes.size() == 2);
    CHECK(changes.at(0) == QVariantList { 0, true });
    CHECK(changes.at(1) == QVariantList { 0, false });
}

TEST_CASE("a later read on a channel drops the earlier one's result and skips one not yet begun, "
          "while other channels deliver their own",
    "[store][reader]")
{
    TownshipStore t;
    StoreReader reader(t.path());
    QSemaphore started;
    QSemaphore release;
    std::atomic_int runs = 0;
    QStringList delivered;
    auto read = [&](const QString &name, bool hold) -> StoreReader::Read<QString> {
        return [&, name, hold](Store &) -> Result<QString> {
            ++runs;
            if (hold) {
                started.release();
                release.acquire();
            }
            return name;
        };
    };
    auto done = [&](const Result<QString> &result) { delivered << result.value(); };

    reader.read<QString>(1, read(u"first"_s, true), done);
    // The worker is inside the first read while the others are posted.
    REQUIRE(QTest::qWaitFor([&] { return started.tryAcquire(); }));
    reader.read<QString>(1, read(u"second"_s, false), done);
    reader.read<QString>(2, read(u"other channel"_s, false), done);
    reader.read<QString>(1, read(u"third"_s, false), done);
    release.release();
    REQUIRE(QTest::qWaitFor([&] { return !reader.isReading(); }));
    CHECK(delivered == QStringList { u"other channel"_s, u"third"_s });
    // The second was replaced before it began.
    CHECK(runs == 3);
}

TEST_CASE(
    "a failed read, or a store the worker cannot open, delivers its message", "[store][reader]")
{
    TownshipStore t;
    StoreReader reader(t.path());
    std::optional<Result<qint64>> failed;
    reader.read<qint64>(
        0, [](Store &) { return Result<qint64>::failure(u"The list cannot be read."_s); },
        [&](const Result<qint64> &result) { failed = result; });
    REQUIRE(QTest::qWaitFor([&] { return failed.has_value(); }));
    CHECK_FALSE(failed->ok());
    CHECK(failed->error() == u"The list cannot be read."_s);

    // The worker only reads: a write is refused.
    std::optional<Result<qint64>> written;
    reader.read<qint64>(
        0,
        [](Store &store) -> Result<qint64> {
            if (auto r = store.exec(u"DELETE FROM regions"_s); !r)
                return Result<qint64>::failure(r.error());
            return 0;
        },
        [&](const Result<qint64> &result) { written = result; });
    REQUIRE(QTest::qWaitFor([&] { return written.has_value(); }));
    CHECK_FALSE(written->ok());
    CHECK(regionCount(*t.store).value() > 0);

    const QString notAStore = t.dir.filePath(u"notes.sqlite"_s);
    {
        QFile file(notAStore);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(4096, 'x'));
    }
    StoreReader broken(notAStore);
    std::optional<Result<qint64>> refused;
    broken.read<qint64>(0, regionCount, [&](const Result<qint64> &result) { refused = result; });
    REQUIRE(QTest::qWaitFor([&] { return refused.has_value(); }));
    CHECK_FALSE(refused->ok());
    CHECK_FALSE(refused->error().isEmpty());
}

TEST_CASE("destroying the reader drops the results still to come and closes the worker's "
          "connection",
    "[store][reader]")
{
    TownshipStore t;
    const qsizetype connections = QSqlDatabase::connectionNames().size();
    bool delivered = false;
    {
        StoreReader reader(t.path());
        // Opened at the first read, not before.
        CHECK(QSqlDatabase::connectionNames().size() == connections);
        reader.read<qint64>(0, regionCount, [&](const Result<qint64> &) { delivered = true; });
        REQUIRE(QTest::qWaitFor([&] { return delivered; }));
        CHECK(QSqlDatabase::connectionNames().size() == connections + 1);
        delivered = false;
        reader.read<qint64>(0, regionCount, [&](const Result<qint64> &) { delivered = true; });
    }
    CHECK(QSqlDatabase::connectionNames().size() == connections);
    QCoreApplication::processEvents();
    CHECK_FALSE(delivered);
}

namespace {

// Counts where it ends, to tell that the worker destroys what a channel keeps.
struct Kept
{
    explicit Kept(std::atomic<QThread *> &endedOn)
        : endedOn(endedOn)
    { }
    ~Kept() { endedOn = QThread::currentThread(); }
    std::atomic<QThread *> &endedOn;
    int reads = 0;
};

} // namespace

TEST_CASE("what a channel keeps on the worker lasts from one read to the next and ends there",
    "[store][reader]")
{
    TownshipStore t;
    std::atomic<QThread *> endedOn = nullptr;
    QThread *madeOn = nullptr;
    {
        StoreReader reader(t.path());
        QList<int> seen;
        for (int i = 0; i < 3; ++i) {
            reader.readKeeping<int, Kept>(
                5,
                [&](Store &, std::unique_ptr<Kept> &kept) -> Result<int> {
                    if (!kept) {
                        kept = std::make_unique<Kept>(endedOn);
                        madeOn = QThread::currentThread();
                    }
                    return ++kept->reads;
                },
                [&](const Result<int> &reads) { seen << reads.value(); });
            REQUIRE(QTest::qWaitFor([&] { return !reader.isReading(); }));
        }
        CHECK(seen == QList<int> { 1, 2, 3 });
        CHECK(endedOn == nullptr);
    }
    CHECK(madeOn != QThread::currentThread());
    CHECK(endedOn.load() == madeOn);
}
