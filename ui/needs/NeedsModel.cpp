#include "NeedsModel.h"

#include "main/FormParts.h"

#include <QBrush>

NeedsModel::NeedsModel(StoreReader *reader, int channel, QObject *parent)
    : PagedRowsModel(parent)
{
    readWith(reader, channel, [this](const QString &problem) { emit loaded(problem); });
}

void NeedsModel::setVillage(const QString &villageId)
{
    m_villageId = villageId;
    refetch();
}

int NeedsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant NeedsModel::data(const QModelIndex &index, int role) const
{
    const NeedRepository::Row *row = recordAt(index);
    if (!row)
        return {};
    const NeedRecord &n = row->record;
    if (role == RawValueRole) {
        switch (index.column()) {
        case RequestedOn:
            return n.requestedOn;
        case Person:
            return row->personName;
        case Address:
            return row->address;
        case Village:
            return row->villageName;
        case Need:
            return n.need;
        case Detail:
            return n.detail;
        case MetOn:
            return n.metOn;
        case MetBy:
            return n.metBy;
        default:
            return {};
        }
    }
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case RequestedOn:
            return FormParts::dayText(n.requestedOn);
        case Person:
            return row->personName;
        case Address:
            return row->address;
        case Village:
            return row->villageName;
        case Need:
            return NeedRecord::needLabel(n.need);
        case Detail:
            return n.detail;
        case MetOn:
            return n.isMet() ? FormParts::dayText(n.metOn) : tr("open");
        case MetBy:
            return n.metBy;
        default:
            return {};
        }
    }
    if (role == Qt::ForegroundRole && n.isMet())
        return QBrush(Qt::gray);
    return {};
}

QVariant NeedsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case RequestedOn:
        return tr("Reported");
    case Person:
        return tr("Person or head of household");
    case Address:
        return tr("Address");
    case Village:
        return tr("Village");
    case Need:
        return tr("Need");
    case Detail:
        return tr("Detail");
    case MetOn:
        return tr("Met on");
    case MetBy:
        return tr("Met by");
    default:
        return {};
    }
}

StoreReader::Read<qint64> NeedsModel::countRead() const
{
    return [villageId = m_villageId](Store &store) -> Result<qint64> {
        return NeedRepository(store).count(villageId);
    };
}

StoreReader::Read<QList<NeedRepository::Row>> NeedsModel::pageRead(qint64 offset, int limit) const
{
    return [villageId = m_villageId, offset, limit](
               Store &store) -> Result<QList<NeedRepository::Row>> {
        return NeedRepository(store).list(villageId, int(offset), limit);
    };
}

QString NeedsModel::idOf(const NeedRepository::Row &row) const
{
    return row.record.id;
}
