#pragma once

#include "needs/NeedRepository.h"

#include <QAbstractTableModel>

class Store;

// The special-needs register: open needs first (oldest request first), then met ones, greyed;
// filtered by village in the store and fetched a page at a time as the view scrolls.
class NeedsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { RequestedOn, Person, Address, Village, Need, Detail, MetOn, MetBy, ColumnCount };
    // The raw value of a cell, for sorting and tests.
    static constexpr int RawValueRole = Qt::UserRole + 1;
    static constexpr int PageSize = 200;

    explicit NeedsModel(Store &store, QObject *parent = nullptr);

    void setVillage(const QString &villageId);
    void reload();
    int totalCount() const { return m_total; }

    const NeedRepository::Row *recordAt(const QModelIndex &index) const;
    QModelIndex indexOf(const QString &needId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

private:
    Store &m_store;
    QString m_villageId;
    QList<NeedRepository::Row> m_rows;
    int m_total = 0;
};
