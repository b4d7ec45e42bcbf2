#pragma once

#include "checkpoints/CheckpointLog.h"
#include "main/PagedRowsModel.h"
#include "main/PersonalData.h"

class StoreReader;

// A day's entries at a checkpoint, newest first; fevers and red or yellow codes red, corrected
// entries greyed and struck through. Read on the reader's worker, since a day's log at a busy
// checkpoint is long; loaded() says when the first page is shown.
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

    CheckpointEntriesModel(StoreReader *reader, int channel, const PersonalData &shown,
                           QObject *parent = nullptr);
    // fever: the policy's threshold, from which a temperature shows red.
    void show(QDate day, const QString &checkpointId, double fever);
    void reload() { refetch(); }

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

signals:
    // problem is empty when the first page is shown.
    void loaded(const QString &problem);

protected:
    StoreReader::Read<qint64> countRead() const override;
    StoreReader::Read<QList<CheckpointLog::Row>> pageRead(qint64 offset, int limit) const override;
    QString idOf(const CheckpointLog::Row &row) const override { return row.entry.id; }

private:
    QDate m_day = QDate::currentDate();
    QString m_checkpointId;
    double m_fever = 37.3;
    const PersonalData m_shown;
};
