#include "UntestedModel.h"

#include "people/IdNumber.h"

UntestedModel::UntestedModel(Store &store, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
{
}

void UntestedModel::setRound(const QString &roundId)
{
    m_roundId = roundId;
    reload();
}

void UntestedModel::reload()
{
    beginResetModel();
    m_rows.clear();
    m_total = 0;
    if (!m_roundId.isEmpty()) {
        const TestCoverage coverage(m_store, m_roundId);
        m_total = coverage.untestedCount();
        m_rows = coverage.untested(0, PageSize);
    }
    endResetModel();
}

const TestCoverage::UntestedPerson *UntestedModel::recordAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this || index.row() >= m_rows.size())
        return nullptr;
    return &m_rows.at(index.row());
}

QModelIndex UntestedModel::indexOf(const QString &personId) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).personId == personId)
            return index(row, 0);
    }
    return {};
}

int UntestedModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int UntestedModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant UntestedModel::data(const QModelIndex &index, int role) const
{
    const TestCoverage::UntestedPerson *p = recordAt(index);
    if (!p || (role != Qt::DisplayRole && role != RawValueRole))
        return {};
    switch (index.column()) {
    case Name:
        return p->name;
    case IdNumber:
        // The list is printed and carried about: only the raw value keeps the whole number.
        return role == RawValueRole ? p->idNumber : IdNumber::masked(p->idNumber);
    case Phone:
        return p->phone;
    case Village:
        return p->villageName;
    case Address:
        return p->address;
    default:
        return {};
    }
}

QVariant UntestedModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Name");
    case IdNumber:
        return tr("ID number");
    case Phone:
        return tr("Phone");
    case Village:
        return tr("Village");
    case Address:
        return tr("Address");
    default:
        return {};
    }
}

bool UntestedModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_rows.size() < m_total;
}

void UntestedModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    const auto more = TestCoverage(m_store, m_roundId).untested(m_rows.size(), PageSize);
    if (more.isEmpty()) {
        // The store changed under us: stop asking.
        m_total = m_rows.size();
        return;
    }
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + more.size()) - 1);
    m_rows.append(more);
    endInsertRows();
}
