#include "CadreLoadModel.h"

#include "main/FormParts.h"
#include "measures/ControlMeasure.h"
#include "measures/Responsibility.h"

#include <QFont>

void CadreLoadModel::show(const QList<MeasureRepository::CadreLoad> &loads)
{
    beginResetModel();
    m_loads = loads;
    m_lines.clear();
    for (int load = 0; load < m_loads.size(); ++load) {
        for (int measure = 0; measure < m_loads.at(load).measures.size(); ++measure)
            m_lines.append({ load, measure });
    }
    endResetModel();
}

const MeasureRepository::Row *CadreLoadModel::recordAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this || index.row() >= m_lines.size())
        return nullptr;
    const Line &line = m_lines.at(index.row());
    return &m_loads.at(line.load).measures.at(line.measure);
}

const MeasureRepository::CadreLoad *CadreLoadModel::cadreAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this || index.row() >= m_lines.size())
        return nullptr;
    return &m_loads.at(m_lines.at(index.row()).load);
}

QModelIndex CadreLoadModel::indexOf(const QString &cadreName) const
{
    for (int row = 0; row < m_lines.size(); ++row) {
        if (m_loads.at(m_lines.at(row).load).cadreName == cadreName)
            return index(row, 0);
    }
    return {};
}

int CadreLoadModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_lines.size());
}

int CadreLoadModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CadreLoadModel::data(const QModelIndex &index, int role) const
{
    const MeasureRepository::Row *row = recordAt(index);
    if (!row)
        return {};
    const MeasureRepository::CadreLoad &load = *cadreAt(index);
    const bool firstOfCadre = m_lines.at(index.row()).measure == 0;
    if (role == RawValueRole || role == Qt::DisplayRole) {
        const bool raw = role == RawValueRole;
        const bool showCadre = raw || firstOfCadre;
        switch (index.column()) {
        case Cadre:
            return showCadre ? load.cadreName : QString();
        case Role:
            return showCadre ? (raw ? load.role : Responsibility::roleLabel(load.role)) : QString();
        case CadrePhone:
            return showCadre ? load.phone : QString();
        case Person:
            return row->personName;
        case Kind:
            return raw ? row->measure.kind : ControlMeasure::kindLabel(row->measure.kind);
        case Village:
            return row->villageName;
        case PlannedEnd:
            return raw ? QVariant(row->measure.plannedEndOn)
                       : QVariant(FormParts::dayText(row->measure.plannedEndOn));
        default:
            return {};
        }
    }
    if (role == Qt::FontRole && index.column() == Cadre && firstOfCadre) {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    return {};
}

QVariant CadreLoadModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Cadre:
        return tr("Responsible cadre");
    case Role:
        return tr("Role");
    case CadrePhone:
        return tr("Cadre's phone");
    case Person:
        return tr("Person");
    case Kind:
        return tr("Measure");
    case Village:
        return tr("Village");
    case PlannedEnd:
        return tr("Planned end");
    default:
        return {};
    }
}
