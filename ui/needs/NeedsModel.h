#pragma once

#include "main/PagedRowsModel.h"
#include "needs/NeedRepository.h"

class Store;

// The special-needs register: open needs first (oldest request first), then met ones, greyed;
// filtered by village in the store and fetched a page at a time as the view scrolls.
class NeedsModel : public PagedRowsModel<NeedRepository::Row>
{
    Q_OBJECT

public:
    enum Column { RequestedOn, Person, Address, Village, Need, Detail, MetOn, MetBy, ColumnCount };

    explicit NeedsModel(Store &store, QObject *parent = nullptr);

    void setVillage(const QString &villageId);
    void reload();

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    qint64 countAll() const override;
    QList<NeedRepository::Row> page(qint64 offset, int limit) const override;
    QString idOf(const NeedRepository::Row &row) const override;

private:
    Store &m_store;
    QString m_villageId;
};
