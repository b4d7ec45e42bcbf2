#include "UntestedModel.h"

#include "people/IdNumber.h"

UntestedModel::UntestedModel(Store &store, QObject *parent)
    : PagedRowsModel(parent)
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
    refetch();
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

qint64 UntestedModel::countAll() const
{
    return m_roundId.isEmpty() ? 0 : TestCoverage(m_store, m_roundId).untestedCount();
}

QList<TestCoverage::UntestedPerson> UntestedModel::page(qint64 offset, int limit) const
{
    return TestCoverage(m_store, m_roundId).untested(offset, limit);
}

QString UntestedModel::idOf(const TestCoverage::UntestedPerson &row) const
{
    return row.personId;
}
