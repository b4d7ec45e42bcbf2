#pragma once

#include "store/StoreReader.h"

#include <QAbstractTableModel>
#include <QList>
#include <QPointer>
#include <QStringList>

#include <functional>

// A table over rows that core hands out a page at a time (LIMIT/OFFSET): keeps the rows fetched
// so far, fetches the next page as the view scrolls, and finds a row by its id. A subclass says
// how to count and fetch its rows and what a row's id is, and shows the columns. Given a
// StoreReader, it counts and fetches on the reader's worker instead (see readWith).
template<typename Row>
class PagedRowsModel : public QAbstractTableModel
{
public:
    // The raw value of a cell, for sorting and tests.
    static constexpr int RawValueRole = Qt::UserRole + 1;
    static constexpr int PageSize = 200;

    // All rows, not only those fetched so far.
    qint64 totalCount() const { return m_total; }

    const Row *recordAt(const QModelIndex &index) const
    {
        if (!index.isValid() || index.model() != this || index.row() >= m_rows.size())
            return nullptr;
        return &m_rows.at(index.row());
    }

    QModelIndex indexOf(const QString &id) const
    {
        for (int row = 0; row < m_rows.size(); ++row) {
            if (idOf(m_rows.at(row)) == id)
                return index(row, 0);
        }
        return {};
    }

    int rowCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_rows.size());
    }
    int columnCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_headings.size());
    }
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override
    {
        if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
            return {};
        return m_headings.value(section);
    }

    bool canFetchMore(const QModelIndex &parent) const override
    {
        return !parent.isValid() && !m_fetching && !m_loading && m_rows.size() < m_total;
    }

    void fetchMore(const QModelIndex &parent) override
    {
        if (!canFetchMore(parent))
            return;
        if (!m_reader) {
            append(page(m_rows.size(), PageSize));
            return;
        }
        // One read at a time on the channel (see m_loading).
        m_fetching = true;
        m_reader->template read<QList<Row>>(m_channel, pageRead(m_rows.size(), PageSize),
            [this, alive = QPointer<QObject>(this), shown = m_shown](
                const Result<QList<Row>> &more) {
                // The rows were replaced meanwhile: this page belonged to the old ones.
                if (!alive || shown != m_shown)
                    return;
                m_fetching = false;
                if (!more) {
                    m_total = m_rows.size();
                    if (m_read)
                        m_read(more.error());
                    return;
                }
                append(more.value());
            });
    }

    // From now on reads off the GUI thread: refetch() counts and reads the first page with
    // countRead() and pageRead() on reader's worker, on channel, and shows them when they come;
    // later pages come the same way. read is told when the first page is shown (an empty
    // problem) and why a read failed.
    void readWith(StoreReader *reader, int channel, std::function<void(const QString &problem)> read)
    {
        m_reader = reader;
        m_channel = channel;
        m_read = std::move(read);
    }
    // A refetch() through the reader has not come back yet.
    bool isLoading() const { return m_loading; }

protected:
    using QAbstractTableModel::QAbstractTableModel;

    // How a model without a reader counts and reads; one given a reader needs neither.
    virtual qint64 countAll() const
    {
        Q_ASSERT_X(false, "PagedRowsModel", "a model that refetches counts its rows");
        return 0;
    }
    virtual QList<Row> page(qint64 offset, int limit) const
    {
        Q_UNUSED(offset);
        Q_UNUSED(limit);
        Q_ASSERT_X(false, "PagedRowsModel", "a model without a reader reads its pages");
        return {};
    }
    virtual QString idOf(const Row &row) const = 0;
    // The count and a page as the worker reads them, for a model given a reader: they capture
    // what they need by value, since they run on the worker's own store.
    virtual StoreReader::Read<qint64> countRead() const
    {
        Q_ASSERT_X(false, "PagedRowsModel", "a model given a reader counts with countRead");
        return {};
    }
    virtual StoreReader::Read<QList<Row>> pageRead(qint64 offset, int limit) const
    {
        Q_UNUSED(offset);
        Q_UNUSED(limit);
        Q_ASSERT_X(false, "PagedRowsModel", "a model given a reader reads its pages with pageRead");
        return {};
    }
    // The column headings in the order of the columns; a subclass sets them when it is made.
    void setHeadings(const QStringList &headings) { m_headings = headings; }

    // Counts again and shows the first page; through the reader, when they have been read.
    void refetch()
    {
        if (m_reader) {
            refetchOnWorker();
            return;
        }
        beginResetModel();
        ++m_shown;
        m_fetching = false;
        m_total = countAll();
        m_rows = m_total > 0 ? page(0, PageSize) : QList<Row>();
        endResetModel();
    }

    // Shows a count and first page read elsewhere, such as on a worker thread with its own
    // connection; later pages come from page() as the view scrolls.
    void showFirstPage(qint64 total, const QList<Row> &rows)
    {
        beginResetModel();
        ++m_shown;
        m_fetching = false;
        m_total = total;
        m_rows = rows;
        endResetModel();
    }

    // Shows a short list whole, for lists that come in one query and need no count.
    void showAll(const QList<Row> &rows)
    {
        beginResetModel();
        ++m_shown;
        m_fetching = false;
        m_rows = rows;
        m_total = rows.size();
        endResetModel();
    }

    QList<Row> m_rows;
    qint64 m_total = 0;
    QStringList m_headings;

private:
    struct FirstPage
    {
        qint64 total = 0;
        QList<Row> rows;
    };

    void refetchOnWorker()
    {
        // A page still on its way belongs to the rows this read replaces.
        m_fetching = false;
        m_loading = true;
        ++m_shown;
        m_reader->template read<FirstPage>(m_channel,
            [count = countRead(), first = pageRead(0, PageSize)](Store &store) -> Result<FirstPage> {
                const Result<qint64> total = count(store);
                if (!total)
                    return Result<FirstPage>::failure(total.error());
                if (total.value() == 0)
                    return FirstPage {};
                const Result<QList<Row>> rows = first(store);
                if (!rows)
                    return Result<FirstPage>::failure(rows.error());
                return FirstPage { total.value(), rows.value() };
            },
            [this, alive = QPointer<QObject>(this)](const Result<FirstPage> &read) {
                if (!alive)
                    return;
                m_loading = false;
                if (read)
                    showFirstPage(read->total, read->rows);
                else
                    showFirstPage(0, {});
                if (m_read)
                    m_read(read.error());
            });
    }

    void append(const QList<Row> &more)
    {
        if (more.isEmpty()) {
            // The store changed under us: stop asking.
            m_total = m_rows.size();
            return;
        }
        beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + more.size()) - 1);
        m_rows.append(more);
        endInsertRows();
    }

    StoreReader *m_reader = nullptr;
    int m_channel = 0;
    std::function<void(const QString &)> m_read;
    bool m_fetching = false;
    // A refetch is on its way: no page is fetched meanwhile, since on the same channel it would
    // make the refetch stale.
    bool m_loading = false;
    // Counts the times the rows were replaced, so that a page read for the old ones is dropped.
    quint64 m_shown = 0;
};
