#include "ImportVerdictsModel.h"

#include "main/FormParts.h"

#include <QBrush>

ImportVerdictsModel::ImportVerdictsModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void ImportVerdictsModel::setVerdicts(const QList<ImportRowVerdict> &verdicts)
{
    beginResetModel();
    m_all = verdicts;
    refilter();
    endResetModel();
}

void ImportVerdictsModel::setFilter(Filter filter)
{
    if (filter == m_filter)
        return;
    beginResetModel();
    m_filter = filter;
    refilter();
    endResetModel();
}

void ImportVerdictsModel::refilter()
{
    m_shown.clear();
    for (qsizetype i = 0; i < m_all.size(); ++i) {
        const ImportVerdict v = m_all[i].verdict;
        if (m_filter == Filter::All || v == ImportVerdict::Refused || v == ImportVerdict::Fixed
            || v == ImportVerdict::Duplicate)
            m_shown.append(i);
    }
}

const ImportRowVerdict *ImportVerdictsModel::recordAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this || index.row() >= m_shown.size())
        return nullptr;
    return &m_all[m_shown[index.row()]];
}

QModelIndex ImportVerdictsModel::indexOf(qint64 row) const
{
    for (qsizetype i = 0; i < m_shown.size(); ++i) {
        if (m_all[m_shown[i]].row == row)
            return index(int(i), 0);
    }
    return {};
}

QString ImportVerdictsModel::verdictLabel(ImportVerdict verdict)
{
    switch (verdict) {
    case ImportVerdict::Ok:
        return tr("Ready");
    case ImportVerdict::Fixed:
        return tr("Corrected");
    case ImportVerdict::Refused:
        return tr("Refused");
    case ImportVerdict::Skipped:
        return tr("Skipped");
    case ImportVerdict::Duplicate:
        return tr("Duplicate");
    }
    return {};
}

int ImportVerdictsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_shown.size());
}

int ImportVerdictsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ImportVerdictsModel::data(const QModelIndex &index, int role) const
{
    const ImportRowVerdict *v = recordAt(index);
    if (!v)
        return {};
    if (role == Qt::ForegroundRole && v->verdict == ImportVerdict::Refused)
        return QBrush(FormParts::problemColor());
    if (role == Qt::TextAlignmentRole && index.column() == Row)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == RawValueRole) {
        switch (index.column()) {
        case Row:
            return v->row;
        case Verdict:
            return int(v->verdict);
        case Note:
            return v->note;
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case Row:
        return QString::number(v->row);
    case Verdict:
        return verdictLabel(v->verdict);
    case Note:
        return v->note;
    default:
        return {};
    }
}

QVariant ImportVerdictsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Row:
        return tr("Row");
    case Verdict:
        return tr("Verdict");
    case Note:
        return tr("What was found");
    default:
        return {};
    }
}
