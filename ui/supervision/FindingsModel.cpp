#include "FindingsModel.h"

#include "main/FormParts.h"

#include <QBrush>
#include <QPalette>

FindingsModel::FindingsModel(Store &store, QObject *parent)
    : PagedRowsModel(parent)
    , m_store(store)
{
    setHeadings({ tr("Deadline"), tr("Status"), tr("Place"), tr("Category"), tr("Problem"),
        tr("Severity"), tr("Responsible"), tr("Team"), tr("Visited on") });
    refetch();
}

void FindingsModel::setFilter(const FindingFilter &filter)
{
    m_filter = filter;
    refetch();
}

QVariant FindingsModel::data(const QModelIndex &index, int role) const
{
    const FindingRow *row = recordAt(index);
    if (!row)
        return {};
    const Finding &f = row->finding;
    if (role == Qt::ForegroundRole) {
        if (f.isOverdue(QDate::currentDate()))
            return QBrush(FormParts::problemColor());
        if (f.status == u"closed")
            return QBrush(QPalette().color(QPalette::Disabled, QPalette::Text));
        return {};
    }
    if (role != Qt::DisplayRole && role != RawValueRole)
        return {};
    switch (index.column()) {
    case Deadline:
        return f.isOverdue(QDate::currentDate())
            ? tr("%1 (overdue)").arg(FormParts::dayText(f.deadline))
            : FormParts::dayText(f.deadline);
    case Status:
        return Finding::statusLabel(f.status);
    case Place:
        return row->target;
    case Category:
        return Finding::categoryLabel(f.category);
    case Problem:
        return QString(f.description).replace(u'\n', u' ');
    case Severity:
        return Finding::severityLabel(f.severity);
    case Responsible:
        return QStringList { f.responsibleUnit, f.responsiblePerson }.join(u' ').trimmed();
    case Team:
        return row->teamName;
    case VisitedOn:
        return FormParts::dayText(row->visitedOn);
    default:
        return {};
    }
}

qint64 FindingsModel::countAll() const
{
    return SupervisionRepository(m_store).countFindings(m_filter);
}

QList<FindingRow> FindingsModel::page(qint64 offset, int limit) const
{
    return SupervisionRepository(m_store).findings(
        m_filter, QDate::currentDate(), int(offset), limit);
}
