#pragma once

#include "exchange/SyncConflicts.h"
#include "main/PagedRowsModel.h"

class Store;

// The sync conflicts: open ones first (oldest first), then settled ones, greyed; a page at a time.
class ConflictsModel : public PagedRowsModel<SyncConflict>
{
    Q_OBJECT

public:
    enum Column { DetectedAt, Kind, Record, Label, From, Differences, Resolution, ColumnCount };

    explicit ConflictsModel(Store &store, QObject *parent = nullptr);
    void reload() { refetch(); }

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

protected:
    qint64 countAll() const override;
    QList<SyncConflict> page(qint64 offset, int limit) const override;
    QString idOf(const SyncConflict &row) const override { return QString::number(row.number); }

private:
    Store &m_store;
};
