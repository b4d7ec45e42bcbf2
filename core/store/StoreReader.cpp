#include "StoreReader.h"

#include "Store.h"

#include <QThread>

#include <sqlite3.h>

using namespace Qt::StringLiterals;

// Lives on the reader's thread and owns the connection there.
class StoreReaderWorker : public QObject
{
public:
    StoreReaderWorker(QString path, std::optional<User> user)
        : m_path(std::move(path)), m_user(std::move(user))
    { }

    // Opens the store at the first read, and again after a failed opening (the file may have
    // been busy or missing for a moment).
    Store *store()
    {
        if (m_store)
            return m_store.get();
        auto opened = Store::open(m_path);
        if (!opened) {
            m_problem = opened.error();
            return nullptr;
        }
        // Reads only: a write belongs on the window's connection, in its own short transaction.
        if (auto r = opened.value()->exec(u"PRAGMA query_only = ON"_s); !r) {
            m_problem = r.error();
            return nullptr;
        }
        m_store = std::move(opened.value());
        // What the window's user may read, and no more (full ID numbers, say).
        if (m_user)
            m_store->setUser(*m_user);
        m_handle = m_store->handle();
        return m_store.get();
    }

    void close()
    {
        m_handle = nullptr;
        // What reads kept may hold statements of the connection.
        m_kept.clear();
        m_store.reset();
    }

    const QString m_path;
    const std::optional<User> m_user;
    std::unique_ptr<Store> m_store;
    QHash<int, std::shared_ptr<void>> m_kept;
    QString m_problem;
    std::atomic<sqlite3 *> m_handle = nullptr;
    std::atomic_bool m_closing = false;
};

StoreReader::StoreReader(const QString &path, QObject *parent)
    : QObject(parent)
    , m_path(path)
{ }

StoreReader::StoreReader(const Store &store, QObject *parent)
    : QObject(parent)
    , m_path(store.path())
    , m_user(store.user())
{ }

StoreReader::~StoreReader()
{
    if (!m_thread)
        return;
    m_worker->m_closing = true;
    // The worker closes its connection only on the close below, after this.
    if (sqlite3 *handle = m_worker->m_handle.load())
        sqlite3_interrupt(handle);
    QMetaObject::invokeMethod(m_worker, [worker = m_worker] {
        worker->close();
        QThread::currentThread()->quit();
    });
    m_thread->wait();
    delete m_worker;
    delete m_thread;
}

void StoreReader::start()
{
    if (m_thread)
        return;
    m_thread = new QThread;
    m_thread->setObjectName(u"StoreReader"_s);
    m_worker = new StoreReaderWorker(m_path, m_user);
    m_worker->moveToThread(m_thread);
    m_thread->start();
}

bool StoreReader::isReading(int channel) const
{
    const auto c = m_channels.constFind(channel);
    return c != m_channels.cend() && c->latest->load() > c->delivered;
}

bool StoreReader::isReading() const
{
    for (auto c = m_channels.cbegin(); c != m_channels.cend(); ++c) {
        if (c->latest->load() > c->delivered)
            return true;
    }
    return false;
}

void StoreReader::post(int channel, Job job)
{
    start();
    const bool wasReading = isReading(channel);
    const std::shared_ptr<std::atomic<quint64>> latest = m_channels[channel].latest;
    const quint64 generation = ++*latest;
    if (!wasReading)
        emit readingChanged(channel, true);

    // Sent to the worker once this event is handled, so that of the reads one click posts on a
    // channel (a page reloaded by its first showing and by the window) only the last runs.
    QMetaObject::invokeMethod(
        this,
        [this, latest, generation, channel, job = std::move(job)]() mutable {
            if (latest->load() == generation)
                dispatch(channel, latest, generation, std::move(job));
        },
        Qt::QueuedConnection);
}

void StoreReader::dispatch(
    int channel, const std::shared_ptr<std::atomic<quint64>> &latest, quint64 generation, Job job)
{
    StoreReaderWorker *worker = m_worker;
    QMetaObject::invokeMethod(
        worker, [this, worker, latest, generation, channel, job = std::move(job)] {
            // Replaced by a later read before it began: its result would only be dropped.
            if (worker->m_closing || latest->load() != generation)
                return;
            Store *store = worker->store();
            std::function<void()> deliver = job(store, worker->m_problem, worker->m_kept[channel]);
            if (worker->m_closing)
                return;
            // Posted to the reader, so dropped with it if it is destroyed first.
            QMetaObject::invokeMethod(
                this, [this, channel, generation, deliver = std::move(deliver)] {
                    if (m_channels[channel].latest->load() != generation)
                        return;
                    m_channels[channel].delivered = generation;
                    deliver();
                    // done() may have posted the channel's next read.
                    if (!isReading(channel))
                        emit readingChanged(channel, false);
                });
        });
}
