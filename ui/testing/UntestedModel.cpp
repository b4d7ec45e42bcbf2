#include "UntestedModel.h"

#include "people/IdNumber.h"

UntestedModel::UntestedModel(StoreReader *reader, int channel, QObject *parent)
    : PagedRowsModel(parent)
{
    readWith(reader, channel, [this](const QString &problem) { emit loaded(problem); });
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

StoreReader::Read<qint64> UntestedModel::countRead() const
{
    return [roundId = m_roundId](Store &store) -> Result<qint64> {
        return roundId.isEmpty() ? 0 : TestCoverage(store, roundId).untestedCount();
    };
}

StoreReader::Read<QList<TestCoverage::UntestedPerson>> UntestedModel::pageRead(
    qint64 offset, int limit) const
{
    return [roundId = m_roundId, offset, limit](
               Store &store) -> Result<QList<TestCoverage::UntestedPerson>> {
        return TestCoverage(store, roundId).untested(offset, limit);
    };
}

QString UntestedModel::idOf(const TestCoverage::UntestedPerson &row) const
{
    return row.personId;
}
