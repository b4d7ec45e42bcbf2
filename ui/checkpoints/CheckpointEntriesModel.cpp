#include "CheckpointEntriesModel.h"

#include "main/FormParts.h"

#include "health/Temperature.h"

#include <QBrush>
#include <QFont>
#include <QPalette>

CheckpointEntriesModel::CheckpointEntriesModel(StoreReader *reader, int channel,
                                               const PersonalData &shown, QObject *parent)
    : PagedRowsModel(parent), m_shown(shown)
{
    readWith(reader, channel, [this](const QString &problem) { emit loaded(problem); });
    setHeadings({ tr("Time"), tr("In/out"), tr("Name"), tr("ID number"), tr("Phone"), tr("Plate"),
        tr("℃"), tr("Code"), tr("From"), tr("Outcome"), tr("By") });
}

void CheckpointEntriesModel::show(QDate day, const QString &checkpointId, double fever)
{
    m_day = day;
    m_checkpointId = checkpointId;
    m_fever = fever;
    refetch();
}

QVariant CheckpointEntriesModel::data(const QModelIndex &index, int role) const
{
    const CheckpointLog::Row *row = recordAt(index);
    if (!row)
        return {};
    const CheckpointEntry &e = row->entry;
    if (role == Qt::ForegroundRole) {
        if (row->amended)
            return QBrush(QPalette().color(QPalette::Disabled, QPalette::Text));
        const bool fever = e.temperatureTenths > 0 && e.temperatureTenths / 10.0 >= m_fever;
        if (fever || e.healthCode == u"red" || e.healthCode == u"yellow")
            return QBrush(FormParts::problemColor());
        return {};
    }
    if (role == Qt::FontRole && row->amended) {
        QFont struck;
        struck.setStrikeOut(true);
        return struck;
    }
    if (role != Qt::DisplayRole && role != RawValueRole)
        return {};
    switch (index.column()) {
    case Time:
        return e.enteredAt.time().toString(u"HH:mm");
    case Direction:
        return CheckpointEntry::directionLabel(e.direction);
    case Name:
        return e.personName;
    case IdNumber:
        return role == Qt::DisplayRole ? m_shown.idNumber(e.idNumber) : e.idNumber;
    case Phone:
        return role == Qt::DisplayRole ? m_shown.phone(e.phone) : e.phone;
    case Plate:
        return e.plate;
    case Temperature:
        return e.temperatureTenths > 0 ? Temperature::fromCelsius(e.temperatureTenths / 10.0).text()
                                       : QString();
    case HealthCode:
        return CheckpointEntry::healthCodeLabel(e.healthCode);
    case From:
        return e.cameFrom;
    case Outcome:
        return row->amended ? tr("Corrected") : CheckpointEntry::outcomeLabel(e.outcome);
    case RecordedBy:
        return e.recordedBy;
    default:
        return {};
    }
}

StoreReader::Read<qint64> CheckpointEntriesModel::countRead() const
{
    return [day = m_day, checkpointId = m_checkpointId](Store &store) -> Result<qint64> {
        return CheckpointLog(store).count(day, checkpointId);
    };
}

StoreReader::Read<QList<CheckpointLog::Row>> CheckpointEntriesModel::pageRead(
    qint64 offset, int limit) const
{
    return [day = m_day, checkpointId = m_checkpointId, offset, limit](
               Store &store) -> Result<QList<CheckpointLog::Row>> {
        return CheckpointLog(store).entries(day, checkpointId, offset, limit);
    };
}
