#include "TestCoverageModel.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

void TestCoverageModel::show(const QList<TestCoverage::VillageCoverage> &rows)
{
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

const TestCoverage::VillageCoverage *TestCoverageModel::recordAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this || index.row() >= m_rows.size())
        return nullptr;
    return &m_rows.at(index.row());
}

QModelIndex TestCoverageModel::indexOf(const QString &villageId) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).villageId == villageId)
            return index(row, 0);
    }
    return {};
}

int TestCoverageModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int TestCoverageModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TestCoverageModel::data(const QModelIndex &index, int role) const
{
    const TestCoverage::VillageCoverage *v = recordAt(index);
    if (!v)
        return {};
    if (role == RawValueRole) {
        switch (index.column()) {
        case Village:
            return v->villageName;
        case InScope:
            return v->inScope;
        case Sampled:
            return v->sampled;
        case NotSampled:
            return v->notSampled();
        default:
            return v->ratio();
        }
    }
    if (role == Qt::DisplayRole) {
        if (index.column() == Village)
            return v->villageName;
        if (index.column() == Percent)
            return QString(QLocale().toString(v->ratio() * 100.0, 'f', 1) + QLocale().percent());
        return QLocale().toString(data(index, RawValueRole).toLongLong());
    }
    if (role == Qt::TextAlignmentRole && index.column() != Village)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    // 应检尽检: anybody not yet sampled is what the office must chase.
    if (role == Qt::ForegroundRole && index.column() == NotSampled && v->notSampled() > 0)
        return QBrush(QColor(0xc0, 0x00, 0x00));
    return {};
}

QVariant TestCoverageModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Village:
        return tr("Village");
    case InScope:
        return tr("In scope");
    case Sampled:
        return tr("Sampled");
    case NotSampled:
        return tr("Not sampled");
    case Percent:
        return tr("Sampled %");
    default:
        return {};
    }
}
