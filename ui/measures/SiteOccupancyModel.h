#pragma once

#include "measures/IsolationSiteRepository.h"

#include <QAbstractTableModel>

class Store;

// Isolation sites with their occupancy against capacity; a full site shows red.
class SiteOccupancyModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Name, Status, Occupancy, Address, Phone, ColumnCount };
    // The raw value of a cell (for Occupancy, the number of persons), for sorting and tests.
    static constexpr int RawValueRole = Qt::UserRole + 1;

    // Reads the sites itself, from store, at once and on reload().
    explicit SiteOccupancyModel(Store &store, QObject *parent = nullptr);
    // Shows the sites as they were read elsewhere (show()), such as on a worker.
    explicit SiteOccupancyModel(QObject *parent = nullptr);

    void reload();
    void show(const QList<IsolationSiteRepository::Occupancy> &rows);
    const IsolationSiteRepository::Occupancy *recordAt(const QModelIndex &index) const;
    QModelIndex indexOf(const QString &siteId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    Store *m_store = nullptr;
    QList<IsolationSiteRepository::Occupancy> m_rows;
};
