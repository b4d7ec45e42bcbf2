#include "NeedsModel.h"

#include <QBrush>

NeedsModel::NeedsModel(Store &store, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
{
    reload();
}

void NeedsModel::setVillage(const QString &villageId)
{
    m_villageId = villageId;
    reload();
}

void NeedsModel::reload()
{
    beginResetModel();
    NeedRepository needs(m_store);
    m_total = needs.count(m_villageId);
    m_rows = needs.list(m_villageId, 0, PageSize);
    endResetModel();
}

const NeedRepository::Row *NeedsModel::recordAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this || index.row() >= m_rows.size())
        return nullptr;
    return &m_rows.at(index.row());
}

QModelIndex NeedsModel::indexOf(const QString &needId) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).record.id == needId)
            return index(row, 0);
    }
    return {};
}

int NeedsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
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
            return n.requestedOn.toString(Qt::ISODate);
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
            return n.isMet() ? n.metOn.toString(Qt::ISODate) : tr("open");
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

bool NeedsModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_rows.size() < m_total;
}

void NeedsModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    const auto more = NeedRepository(m_store).list(m_villageId, int(m_rows.size()), PageSize);
    if (more.isEmpty()) {
        // The store changed under us: stop asking.
        m_total = int(m_rows.size());
        return;
    }
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + more.size()) - 1);
    m_rows.append(more);
    endInsertRows();
}
