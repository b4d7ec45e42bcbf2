#include "SiteOccupancyModel.h"

#include "main/FormParts.h"

#include <QBrush>
#include <QColor>

using namespace Qt::StringLiterals;

SiteOccupancyModel::SiteOccupancyModel(Store &store, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(&store)
{
    reload();
}

SiteOccupancyModel::SiteOccupancyModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void SiteOccupancyModel::reload()
{
    Q_ASSERT(m_store);
    show(IsolationSiteRepository(*m_store).occupancies());
}

void SiteOccupancyModel::show(const QList<IsolationSiteRepository::Occupancy> &rows)
{
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

const IsolationSiteRepository::Occupancy *SiteOccupancyModel::recordAt(
    const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this || index.row() >= m_rows.size())
        return nullptr;
    return &m_rows.at(index.row());
}

QModelIndex SiteOccupancyModel::indexOf(const QString &siteId) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).site.id == siteId)
            return index(row, 0);
    }
    return {};
}

int SiteOccupancyModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int SiteOccupancyModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SiteOccupancyModel::data(const QModelIndex &index, int role) const
{
    const auto *row = recordAt(index);
    if (!row)
        return {};
    const IsolationSite &site = row->site;
    if (role == RawValueRole) {
        switch (index.column()) {
        case Name:
            return site.name;
        case Status:
            return site.status;
        case Occupancy:
            return row->occupied;
        case Address:
            return site.address;
        case Phone:
            return site.phone;
        default:
            return {};
        }
    }
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Name:
            return site.name;
        case Status:
            return IsolationSite::statusLabel(site.status);
        case Occupancy:
            return tr("%1 / %2").arg(row->occupied).arg(site.capacity);
        case Address:
            return site.address;
        case Phone:
            return site.phone;
        default:
            return {};
        }
    }
    if (role == Qt::ForegroundRole && row->isFull() && site.status != "closed"_L1)
        return QBrush(FormParts::problemColor());
    if (role == Qt::ForegroundRole && site.status == "closed"_L1)
        return QBrush(Qt::gray);
    return {};
}

QVariant SiteOccupancyModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Isolation site");
    case Status:
        return tr("Status");
    case Occupancy:
        return tr("Occupied / capacity");
    case Address:
        return tr("Address");
    case Phone:
        return tr("Phone");
    default:
        return {};
    }
}
