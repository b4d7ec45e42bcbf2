#pragma once

#include "Result.h"
#include "Rights.h"

#include <QHash>
#include <QObject>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

class QThread;
class Store;
class StoreReaderWorker;

// Reads the store on a worker thread with its own connection to the same file, so that the
// window's event loop never waits for a slow query: a page posts a read (a function of the
// worker's Store returning a Result) and gets the result back on its own thread, in order.
// Reads go by channel (a page's own numbers, one per kind of read): a later read on a channel
// makes the earlier ones stale, so that their results are dropped and, if not yet begun, they
// are not run at all; of the reads posted on a channel while one event is handled, only the last
// runs. Destroying the reader (with its page) drops every result still to come.
// The worker opens its connection at its first read and closes it when the reader is destroyed;
// it only reads (query_only), and WAL lets it read while the window's connection writes.
class StoreReader : public QObject
{
    Q_OBJECT

public:
    template<typename T>
    using Read = std::function<Result<T>(Store &store)>;
    template<typename T>
    using Done = std::function<void(const Result<T> &result)>;

    // Reads as the store's user, whose rights the reads are checked against.
    explicit StoreReader(const Store &store, QObject *parent = nullptr);
    // Reads the store at path as nobody logged in (see Store::open).
    explicit StoreReader(const QString &path, QObject *parent = nullptr);
    // Cuts a running read short and waits for the worker to close its connection.
    ~StoreReader() override;

    // Runs read on the worker; done gets its result on this object's thread, unless a later
    // read was posted on the same channel meanwhile.
    template<typename T>
    void read(int channel, Read<T> read, Done<T> done)
    {
        post(channel,
            [read = std::move(read), done = std::move(done)](Store *store, const QString &problem,
                std::shared_ptr<void> &) -> std::function<void()> {
                auto result = std::make_shared<Result<T>>(
                    store ? read(*store) : Result<T>::failure(problem));
                return [done, result] { done(*result); };
            });
    }

    // The same for reads that keep something on the worker from one read to the next, such as
    // an open statement that hands out a page at a time: state belongs to the channel (every read
    // on it must keep the same type), and is made, used and destroyed on the worker only, before
    // the worker's connection closes.
    template<typename T, typename State>
    using ReadKeeping = std::function<Result<T>(Store &store, std::unique_ptr<State> &state)>;
    template<typename T, typename State>
    void readKeeping(int channel, ReadKeeping<T, State> read, Done<T> done)
    {
        post(channel,
            [read = std::move(read), done = std::move(done)](Store *store, const QString &problem,
                std::shared_ptr<void> &kept) -> std::function<void()> {
                if (!kept)
                    kept = std::make_shared<std::unique_ptr<State>>();
                auto &state = *std::static_pointer_cast<std::unique_ptr<State>>(kept);
                auto result = std::make_shared<Result<T>>(
                    store ? read(*store, state) : Result<T>::failure(problem));
                return [done, result] { done(*result); };
            });
    }

    // True from a read's posting until its result has been delivered (or it was made stale by
    // a later read that has been delivered).
    bool isReading(int channel) const;
    bool isReading() const;

signals:
    // A channel's latest read was posted (true) or delivered (false).
    void readingChanged(int channel, bool reading);

private:
    // Runs on the worker with its store (or with none and why it could not be opened) and what
    // the channel keeps there; returns what delivers the result.
    using Job = std::function<std::function<void()>(
        Store *store, const QString &problem, std::shared_ptr<void> &kept)>;

    struct Channel
    {
        std::shared_ptr<std::atomic<quint64>> latest = std::make_shared<std::atomic<quint64>>(0);
        quint64 delivered = 0;
    };

    void post(int channel, Job job);
    void dispatch(int channel, const std::shared_ptr<std::atomic<quint64>> &latest,
        quint64 generation, Job job);
    void start();

    QString m_path;
    std::optional<User> m_user;
    QThread *m_thread = nullptr;
    StoreReaderWorker *m_worker = nullptr;
    QHash<int, Channel> m_channels;
};
