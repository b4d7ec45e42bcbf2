#include "TasksModel.h"

#include "main/FormParts.h"

#include <QBrush>
#include <QColor>
#include <QPalette>

TasksModel::TasksModel(Store &store, QObject *parent)
    : PagedRowsModel(parent)
    , m_store(store)
{
    setHeadings({ tr("Due"), tr("Township"), tr("Name"), tr("ID number"), tr("Phone"), tr("Why"),
        tr("Registered here"), tr("Result"), tr("Verified on"), tr("By"), tr("Found out") });
    refetch();
}

void TasksModel::setTownship(const QString &code)
{
    m_township = code;
    refetch();
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
        return FormParts::dayText(t.dueOn);
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
        return FormParts::dayText(t.verifiedOn);
    case VerifiedBy:
        return t.verifiedBy;
    case Notes:
        return t.resultNotes;
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
