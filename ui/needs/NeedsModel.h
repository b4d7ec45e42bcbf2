#pragma once

#include "main/PagedRowsModel.h"
#include "needs/NeedRepository.h"

class StoreReader;

// The special-needs register: open needs first (oldest request first), then met ones, greyed;
// filtered by village in the store and fetched a page at a time as the view scrolls, counted and
// read on the reader's worker; loaded() says when the first page is shown.
class NeedsModel : public PagedRowsModel<NeedRepository::Row>
{
    Q_OBJECT

public:
    enum Column { RequestedOn, Person, Address, Village, Need, Detail, MetOn, MetBy, ColumnCount };

    NeedsModel(StoreReader *reader, int channel, QObject *parent = nullptr);

    // Reads the needs of the village again (of all villages when empty).
    void setVillage(const QString &villageId);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    // problem is empty when the first page is shown.
    void loaded(const QString &problem);

protected:
    StoreReader::Read<qint64> countRead() const override;
    StoreReader::Read<QList<NeedRepository::Row>> pageRead(qint64 offset, int limit) const override;
    QString idOf(const NeedRepository::Row &row) const override;

private:
    QString m_villageId;
};
