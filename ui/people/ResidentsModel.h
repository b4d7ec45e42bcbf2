#pragma once

#include "people/PersonQuery.h"

#include <QAbstractTableModel>

class Store;

// The residents list: a window onto PersonQuery that fetches a page at a time as the view
// scrolls (canFetchMore/fetchMore), and sorts and filters by asking core for a new query.
class ResidentsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Name, Gender, BirthDate, IdNumber, Phone, Village, Address, Categories, ColumnCount };
    // The raw value of a cell, for sorting and tests.
    static constexpr int RawValueRole = Qt::UserRole + 1;
    static constexpr int PageSize = 200;

    explicit ResidentsModel(Store &store, QObject *parent = nullptr);

    void setFilter(const PersonQuery::Filter &filter);
    const PersonQuery::Filter &filter() const { return m_filter; }
    // All persons matching the filter, not only those fetched so far.
    qint64 totalCount() const { return m_total; }
    bool isSearchTooShort() const { return m_searchTooShort; }
    // True when a search matches more than PersonQuery::SearchCountCap persons.
    bool isCountCapped() const { return m_countCapped; }
    // Empty unless the last read failed: then the list is short or empty for that reason.
    const QString &error() const { return m_error; }
    // Reads the store again, keeping filter and sort.
    void reload();

    const PersonQuery::Row *recordAt(const QModelIndex &index) const;
    QModelIndex indexOf(const QString &personId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

signals:
    void totalCountChanged(qint64 count);

private:
    static QString removalText(const PersonQuery::Row &row);

    Store &m_store;
    PersonQuery::Filter m_filter;
    PersonQuery::SortKey m_sortKey = PersonQuery::SortKey::Name;
    Qt::SortOrder m_order = Qt::AscendingOrder;
    QList<PersonQuery::Row> m_rows;
    qint64 m_total = 0;
    bool m_searchTooShort = false;
    bool m_countCapped = false;
    QString m_error;
    bool m_fetching = false; // a view may ask for more while rows are being inserted
};
