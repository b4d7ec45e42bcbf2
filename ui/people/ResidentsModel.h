#pragma once

#include "main/PersonalData.h"
#include "people/PersonQuery.h"

#include <QAbstractTableModel>

class StoreReader;

// The residents list: a window onto PersonQuery that fetches a page at a time as the view
// scrolls (canFetchMore/fetchMore), and sorts and filters by asking core for a new query. A
// search counts and sorts the whole register, so the count and the pages are read on the reader's
// worker; loaded() says when the first page is shown.
class ResidentsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Name, Gender, BirthDate, IdNumber, Phone, Village, Address, Categories, ColumnCount };
    // The raw value of a cell, for sorting and tests.
    static constexpr int RawValueRole = Qt::UserRole + 1;
    static constexpr int PageSize = 200;

    ResidentsModel(StoreReader *reader, int channel, const PersonalData &shown,
                   QObject *parent = nullptr);

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
    // A reload() has not come back yet.
    bool isLoading() const { return m_loading; }

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
    // problem is empty when the first page is shown.
    void loaded(const QString &problem);

private:
    struct FirstPage
    {
        QList<PersonQuery::Row> rows;
        qint64 total = 0;
        bool searchTooShort = false;
        bool countCapped = false;
    };

    static QString removalText(const PersonQuery::Row &row);
    void show(const FirstPage &first);

    StoreReader *m_reader;
    int m_channel;
    const PersonalData m_personalData;
    PersonQuery::Filter m_filter;
    PersonQuery::SortKey m_sortKey = PersonQuery::SortKey::Name;
    Qt::SortOrder m_order = Qt::AscendingOrder;
    QList<PersonQuery::Row> m_rows;
    qint64 m_total = 0;
    bool m_searchTooShort = false;
    bool m_countCapped = false;
    QString m_error;
    // A page is being read; one at a time, since on the same channel it would make the one
    // before it stale.
    bool m_fetching = false;
    // A reload is on its way: no page is fetched meanwhile (see m_fetching).
    bool m_loading = false;
    // Counts the times the rows were replaced, so that a page read for the old ones is dropped.
    quint64 m_shown = 0;
};
