#pragma once

#include "checkpoints/CheckpointLog.h"
#include "main/PagedRowsModel.h"

class Store;

// A day's entries at a checkpoint, newest first; fevers and red or yellow codes red, corrected
// entries greyed and struck through.
class CheckpointEntriesModel : public PagedRowsModel<CheckpointLog::Row>
{
    Q_OBJECT

public:
    enum Column {
        Time,
        Direction,
        Name,
        IdNumber,
        Phone,
        Plate,
        Temperature,
        HealthCode,
        From,
        Outcome,
        RecordedBy,
        ColumnCount
    };

    explicit CheckpointEntriesModel(Store &store, QObject *parent = nullptr);
    void show(QDate day, const QString &checkpointId);
    void reload() { refetch(); }

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

protected:
    qint64 countAll() const override;
    QList<CheckpointLog::Row> page(qint64 offset, int limit) const override;
    QString idOf(const CheckpointLog::Row &row) const override { return row.entry.id; }

private:
    Store &m_store;
    QDate m_day = QDate::currentDate();
    QString m_checkpointId;
    double m_fever = 37.3;
};
