#pragma once

#include "measures/MeasureRepository.h"

#include <QAbstractTableModel>
#include <QDate>

class Store;

// Running measures with their persons: all of them (filtered by village and kind, fetched a page
// at a time as the view scrolls), or only those due for release today, or only the overdue ones.
// The checklist columns of a home isolation can be ticked in place.
class MeasuresModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        Name,
        IdNumber,
        Phone,
        Village,
        Kind,
        Site,
        StartedOn,
        PlannedEnd,
        CardPosted,
        AgreementSigned,
        CameraInstalled,
        ColumnCount
    };
    enum class List { Running, DueToday, Overdue };
    // The raw value of a cell, for sorting and tests.
    static constexpr int RawValueRole = Qt::UserRole + 1;
    static constexpr int PageSize = 200;

    MeasuresModel(Store &store, List list, QObject *parent = nullptr);

    // Only for the running list.
    void setFilter(const MeasureRepository::Filter &filter);
    // Reads the store again for the current day, keeping the filter.
    void reload();
    // All measures of the list, not only those fetched so far.
    int totalCount() const { return m_total; }

    const MeasureRepository::Row *recordAt(const QModelIndex &index) const;
    QModelIndex indexOf(const QString &measureId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

signals:
    // A change the store refused, in words for the clerk.
    void writeFailed(const QString &message);

private:
    Store &m_store;
    List m_list;
    MeasureRepository::Filter m_filter;
    QDate m_today;
    QList<MeasureRepository::Row> m_rows;
    int m_total = 0;
};
