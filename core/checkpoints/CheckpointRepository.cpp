#include "CheckpointRepository.h"

#include "Plate.h"

#include "../measures/PolicyValues.h"
#include "../people/PhoneNumber.h"
#include "../regions/RegionRepository.h"
#include "../store/Store.h"
#include "../store/SyncedRows.h"
#include "../store/Transaction.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace {

const QString checkpointColumns = u"id, name, kind, region_id, location, active"_s;

Checkpoint checkpointFrom(const QSqlQuery &q)
{
    Checkpoint c;
    c.id = q.value(0).toString();
    c.name = q.value(1).toString();
    c.kind = q.value(2).toString();
    c.regionId = q.value(3).toString();
    c.location = q.value(4).toString();
    c.active = q.value(5).toBool();
    return c;
}

QString iso(QDate day)
{
    return day.toString(Qt::ISODate);
}

} // namespace

Result<QString> CheckpointRepository::add(const Checkpoint &checkpoint)
{
    using R = Result<QString>;
    const QString name = checkpoint.name.simplified();
    if (name.isEmpty())
        return R::failure(tr("Enter the name of the checkpoint."));
    if (byName(name).id.size() > 0)
        return R::failure(tr("There is already a checkpoint named %1.").arg(name));
    if (!Checkpoint::kinds().contains(checkpoint.kind))
        return R::failure(
            tr("Choose the kind of checkpoint: road exit, village gate or compound gate."));
    if (!RegionRepository(m_store).byId(checkpoint.regionId).isValid())
        return R::failure(tr("Choose the village the checkpoint is in."));
    return SyncedRows::insertAndCommit(m_store, u"checkpoints"_s,
        { { u"name"_s, name }, { u"kind"_s, checkpoint.kind },
            { u"region_id"_s, checkpoint.regionId },
            { u"location"_s, checkpoint.location.trimmed() },
            { u"active"_s, checkpoint.active ? 1 : 0 } });
}

QList<Checkpoint> CheckpointRepository::all(bool activeOnly) const
{
    QList<Checkpoint> list;
    QSqlQuery q(m_store.db());
    q.exec(
        u"SELECT %1 FROM checkpoints WHERE deleted = 0 %2 ORDER BY name COLLATE tl_natural"_s.arg(
            checkpointColumns, activeOnly ? u"AND active = 1"_s : QString()));
    while (q.next())
        list.append(checkpointFrom(q));
    return list;
}

Checkpoint CheckpointRepository::byId(const QString &id) const
{
    QSqlQuery q(m_store.db());
    q.prepare(u"SELECT %1 FROM checkpoints WHERE id = ? AND deleted = 0"_s.arg(checkpointColumns));
    q.addBindValue(id);
    return q.exec() && q.next() ? checkpointFrom(q) : Checkpoint();
}

Checkpoint CheckpointRepository::byName(const QString &name) const
{
    QSqlQuery q(m_store.db());
    q.prepare(
        u"SELECT %1 FROM checkpoints WHERE name = ? AND deleted = 0"_s.arg(checkpointColumns));
    q.addBindValue(name.simplified());
    return q.exec() && q.next() ? checkpointFrom(q) : Checkpoint();
}

Result<QString> CheckpointRepository::addShift(const DutyShift &shift)
{
    using R = Result<QString>;
    if (byId(shift.checkpointId).id.isEmpty())
        return R::failure(tr("Choose the checkpoint."));
    if (!shift.dutyOn.isValid())
        return R::failure(tr("Enter the day of the shift."));
    if (shift.fromHour < 0 || shift.toHour > 24 || shift.fromHour >= shift.toHour)
        return R::failure(
            tr("A shift runs from one hour to a later one of the same day, such as 8 to 16."));
    if (shift.staffName.simplified().isEmpty())
        return R::failure(tr("Enter who is on duty."));
    if (!DutyShift::roles().contains(shift.role))
        return R::failure(tr("Choose the role of the person on duty."));
    QString phone;
    if (!shift.phone.trimmed().isEmpty()) {
        auto checked = PhoneNumber::normalize(shift.phone);
        if (!checked)
            return R::failure(checked.error());
        phone = checked.value();
    }
    return SyncedRows::insertAndCommit(m_store, u"duty_shifts"_s,
        { { u"checkpoint_id"_s, shift.checkpointId }, { u"duty_on"_s, iso(shift.dutyOn) },
            { u"from_hour"_s, shift.fromHour }, { u"to_hour"_s, shift.toHour },
            { u"staff_name"_s, shift.staffName.simplified() }, { u"role"_s, shift.role },
            { u"phone"_s, phone } });
}

QList<DutyShift> CheckpointRepository::shifts(QDate day, const QString &checkpointId) const
{
    QList<DutyShift> list;
    QSqlQuery q(m_store.db());
    q.prepare(
        u"SELECT s.id, s.checkpoint_id, s.from_hour, s.to_hour, s.staff_name, s.role, s.phone "
        "FROM duty_shifts s JOIN checkpoints c ON c.id = s.checkpoint_id "
        "WHERE s.deleted = 0 AND s.duty_on = ? AND (? = '' OR s.checkpoint_id = ?) "
        "ORDER BY c.name COLLATE tl_natural, s.from_hour, s.staff_name"_s);
    const QString checkpoint = SyncedRows::boundText(checkpointId);
    q.addBindValue(iso(day));
    q.addBindValue(checkpoint);
    q.addBindValue(checkpoint);
    q.exec();
    while (q.next()) {
        DutyShift s;
        s.id = q.value(0).toString();
        s.checkpointId = q.value(1).toString();
        s.dutyOn = day;
        s.fromHour = q.value(2).toInt();
        s.toHour = q.value(3).toInt();
        s.staffName = q.value(4).toString();
        s.role = q.value(5).toString();
        s.phone = q.value(6).toString();
        list.append(s);
    }
    return list;
}

QList<QPair<int, int>> CheckpointRepository::periods() const
{
    return PolicyValues(m_store).checkpointPeriods();
}

QList<CheckpointRepository::Gap> CheckpointRepository::uncovered(QDate day) const
{
    QList<Gap> gaps;
    const QList<DutyShift> dayShifts = shifts(day);
    const QList<QPair<int, int>> roster = periods();
    for (const Checkpoint &checkpoint : all(true)) {
        for (const auto &[from, to] : roster) {
            // Covered when every hour of the period has somebody on duty.
            bool covered = true;
            for (int hour = from; hour < to && covered; ++hour) {
                covered
                    = std::any_of(dayShifts.cbegin(), dayShifts.cend(), [&](const DutyShift &s) {
                          return s.checkpointId == checkpoint.id && s.fromHour <= hour
                              && hour < s.toHour;
                      });
            }
            if (!covered)
                gaps.append({ checkpoint, from, to });
        }
    }
    return gaps;
}

Result<QString> CheckpointRepository::addPermit(const PassPermit &permit)
{
    using R = Result<QString>;
    const QString number = permit.number.trimmed().toUpper();
    if (number.isEmpty())
        return R::failure(tr("Enter the permit's number."));
    if (!permitByNumber(number).id.isEmpty())
        return R::failure(tr("A permit numbered %1 was already issued.").arg(number));
    QString plate;
    if (!permit.plate.trimmed().isEmpty()) {
        auto checked = Plate::normalize(permit.plate);
        if (!checked)
            return R::failure(checked.error());
        plate = checked.value();
    }
    if (permit.holderName.simplified().isEmpty() && plate.isEmpty())
        return R::failure(
            tr("A permit is for a person or a vehicle: enter the holder or the plate."));
    if (!permit.validFrom.isValid() || !permit.validTo.isValid()
        || permit.validTo < permit.validFrom)
        return R::failure(tr("Enter the first and the last day the permit is valid."));
    if (permit.issuedBy.simplified().isEmpty())
        return R::failure(tr("Enter who issued the permit."));
    return SyncedRows::insertAndCommit(m_store, u"pass_permits"_s,
        { { u"number"_s, number }, { u"holder_name"_s, permit.holderName.simplified() },
            { u"plate"_s, plate }, { u"valid_from"_s, iso(permit.validFrom) },
            { u"valid_to"_s, iso(permit.validTo) },
            { u"issued_by"_s, permit.issuedBy.simplified() } });
}

namespace {

const QString permitColumns = u"id, number, holder_name, plate, valid_from, valid_to, issued_by"_s;

PassPermit permitFrom(const QSqlQuery &q)
{
    PassPermit p;
    p.id = q.value(0).toString();
    p.number = q.value(1).toString();
    p.holderName = q.value(2).toString();
    p.plate = q.value(3).toString();
    p.validFrom = QDate::fromString(q.value(4).toString(), Qt::ISODate);
    p.validTo = QDate::fromString(q.value(5).toString(), Qt::ISODate);
    p.issuedBy = q.value(6).toString();
    return p;
}

} // namespace

PassPermit CheckpointRepository::permitByNumber(const QString &number) const
{
    QSqlQuery q(m_store.db());
    q.prepare(u"SELECT %1 FROM pass_permits WHERE number = ? AND deleted = 0"_s.arg(permitColumns));
    q.addBindValue(number.trimmed().toUpper());
    return q.exec() && q.next() ? permitFrom(q) : PassPermit();
}

QList<PassPermit> CheckpointRepository::permits(QDate day, int limit) const
{
    QList<PassPermit> list;
    QSqlQuery q(m_store.db());
    q.prepare(
        u"SELECT %1 FROM pass_permits WHERE deleted = 0 ORDER BY valid_to < ?, valid_to, number "
        "LIMIT ?"_s.arg(permitColumns));
    q.addBindValue(iso(day));
    q.addBindValue(limit);
    q.exec();
    while (q.next())
        list.append(permitFrom(q));
    return list;
}

CheckpointRepository::PermitStatus CheckpointRepository::permitStatus(
    const QString &number, const QString &personName, const QString &plate, QDate day) const
{
    const PassPermit p = permitByNumber(number);
    if (p.id.isEmpty())
        return PermitStatus::Unknown;
    if (day < p.validFrom)
        return PermitStatus::NotYetValid;
    if (day > p.validTo)
        return PermitStatus::Expired;
    const bool holderMatches = !p.holderName.isEmpty() && p.holderName == personName.simplified();
    const bool plateMatches = !p.plate.isEmpty() && p.plate == plate;
    return holderMatches || plateMatches ? PermitStatus::Valid : PermitStatus::OtherHolder;
}

QString CheckpointRepository::permitStatusText(PermitStatus status)
{
    switch (status) {
    case PermitStatus::Valid:
        return tr("Permit valid");
    case PermitStatus::Unknown:
        return tr("No permit with this number was issued");
    case PermitStatus::NotYetValid:
        return tr("The permit is not valid yet");
    case PermitStatus::Expired:
        return tr("The permit has expired");
    case PermitStatus::OtherHolder:
        return tr("The permit was issued to somebody else");
    }
    return {};
}
