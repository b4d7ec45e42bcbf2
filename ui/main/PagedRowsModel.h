#pragma once

#include <QAbstractTableModel>
#include <QList>
#include <QStringList>

// A table over rows that core hands out a page at a time (LIMIT/OFFSET): keeps the rows fetched
// so far, fetches the next page as the view scrolls, and finds a row by its id. A subclass says
// how to count and fetch its rows and what a row's id is, and shows the columns.
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
        return !parent.isValid() && m_rows.size() < m_total;
    }

    void fetchMore(const QModelIndex &parent) override
    {
        if (!canFetchMore(parent))
            return;
        const QList<Row> more = page(m_rows.size(), PageSize);
        if (more.isEmpty()) {
            // The store changed under us: stop asking.
            m_total = m_rows.size();
            return;
        }
        beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + more.size()) - 1);
        m_rows.append(more);
        endInsertRows();
    }

protected:
    using QAbstractTableModel::QAbstractTableModel;

    virtual qint64 countAll() const = 0;
    virtual QList<Row> page(qint64 offset, int limit) const = 0;
    virtual QString idOf(const Row &row) const = 0;
    // The column headings in the order of the columns; a subclass sets them when it is made.
    void setHeadings(const QStringList &headings) { m_headings = headings; }

    // Counts again and shows the first page.
    void refetch()
    {
        beginResetModel();
        m_total = countAll();
        m_rows = m_total > 0 ? page(0, PageSize) : QList<Row>();
        endResetModel();
    }

    // Shows a count and first page read elsewhere, such as on a worker thread with its own
    // connection; later pages come from page() as the view scrolls.
    void showFirstPage(qint64 total, const QList<Row> &rows)
    {
        beginResetModel();
        m_total = total;
        m_rows = rows;
        endResetModel();
    }

    // Shows a short list whole, for lists that come in one query and need no count.
    void showAll(const QList<Row> &rows)
    {
        beginResetModel();
        m_rows = rows;
        m_total = rows.size();
        endResetModel();
    }

    QList<Row> m_rows;
    qint64 m_total = 0;
    QStringList m_headings;
};
