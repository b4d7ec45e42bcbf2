#include "TasksModel.h"

#include "main/FormParts.h"

#include <QBrush>
#include <QColor>
#include <QPalette>

TasksModel::TasksModel(Store &store, QObject *parent)
    : PagedRowsModel(parent)
    , m_store(store)
{
    refetch();
}

void TasksModel::setTownship(const QString &code)
{
    m_township = code;
    refetch();
}

int TasksModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TasksModel::data(const QModelIndex &index, int role) const
{
    const VerificationTaskRepository::Row *row = recordAt(index);
    if (!row)
        return {};
    const VerificationTask &t = row->task;
    if (role == Qt::ForegroundRole) {
        if (!t.isOpen())
            return QBrush(QPalette().color(QPalette::Disabled, QPalette::Text));
        if (t.isOverdue(QDate::currentDate()))
            return QBrush(FormParts::problemColor());
        return {};
    }
    if (role != Qt::DisplayRole && role != RawValueRole)
        return {};
    switch (index.column()) {
    case DueOn:
        return t.dueOn.toString(Qt::ISODate);
    case Township:
        return t.forUnit;
    case Person:
        return t.personName;
    case IdNumber:
        return t.idNumber;
    case Phone:
        return t.phone;
    case Reason:
        return t.reason;
    case KnownHere:
        return row->knownPersonId.isEmpty() ? tr("No") : row->knownVillage;
    case Result:
        return VerificationTask::resultLabel(t.result);
    case VerifiedOn:
        return t.verifiedOn.toString(Qt::ISODate);
    case VerifiedBy:
        return t.verifiedBy;
    case Notes:
        return t.resultNotes;
    default:
        return {};
    }
}

QVariant TasksModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case DueOn:
        return tr("Due");
    case Township:
        return tr("Township");
    case Person:
        return tr("Name");
    case IdNumber:
        return tr("ID number");
    case Phone:
        return tr("Phone");
    case Reason:
        return tr("Why");
    case KnownHere:
        return tr("Registered here");
    case Result:
        return tr("Result");
    case VerifiedOn:
        return tr("Verified on");
    case VerifiedBy:
        return tr("By");
    case Notes:
        return tr("Found out");
    default:
        return {};
    }
}

qint64 TasksModel::countAll() const
{
    return VerificationTaskRepository(m_store).count(m_township);
}

QList<VerificationTaskRepository::Row> TasksModel::page(qint64 offset, int limit) const
{
    return VerificationTaskRepository(m_store).list(m_township, offset, limit);
}
