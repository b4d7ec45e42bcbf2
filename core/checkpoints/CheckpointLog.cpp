#include "CheckpointLog.h"

#include "CheckpointRepository.h"
#include "Plate.h"

#include "../county/RiskAreaRepository.h"
#include "../health/Temperature.h"
#include "../measures/ControlMeasure.h"
#include "../measures/MeasureRepository.h"
#include "../measures/PolicyValues.h"
#include "../people/IdNumber.h"
#include "../people/PersonRepository.h"
#include "../people/PhoneNumber.h"
#include "../regions/RegionRepository.h"
#include "../store/Rights.h"
#include "../store/SqliteStatement.h"
#include "../store/Store.h"
#include "../store/SyncedRows.h"
#include "../store/Transaction.h"

#include <QHash>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace {

const QString entryColumns
    = u"e.id, e.checkpoint_id, e.entered_at, e.direction, e.person_name, e.id_number, "
      "e.phone, e.plate, e.temperature, e.health_code, e.came_from, e.reason, "
      "e.disinfected, e.permit_number, e.outcome, e.recorded_by, e.amends_id"_s;

// Entries a later one corrects are left out of counts.
const QString notAmended
    = u"NOT EXISTS (SELECT 1 FROM checkpoint_entries a WHERE a.amends_id = e.id AND a.deleted = 0)"_s;

CheckpointEntry entryFrom(const QSqlQuery &q)
{
    CheckpointEntry e;
    e.id = q.value(0).toString();
    e.checkpointId = q.value(1).toString();
    e.enteredAt = QDateTime::fromString(q.value(2).toString(), Qt::ISODate);
    e.direction = q.value(3).toString();
    e.personName = q.value(4).toString();
    e.idNumber = q.value(5).toString();
    e.phone = q.value(6).toString();
    e.plate = q.value(7).toString();
    e.temperatureTenths
        = q.value(8).isNull() ? 0 : Temperature::fromCelsius(q.value(8).toDouble()).tenths();
    e.healthCode = q.value(9).toString();
    e.cameFrom = q.value(10).toString();
    e.reason = q.value(11).toString();
    e.disinfected = q.value(12).toBool();
    e.permitNumber = q.value(13).toString();
    e.outcome = q.value(14).toString();
    e.recordedBy = q.value(15).toString();
    e.amendsId = q.value(16).toString();
    return e;
}

// [day, next day) as the ISO text entered_at is compared with.
QPair<QString, QString> dayRange(QDate day)
{
    return { day.toString(Qt::ISODate), day.addDays(1).toString(Qt::ISODate) };
}

} // namespace

CheckpointLog::Lookup CheckpointLog::lookup(const QString &idNumber) const
{
    Lookup found;
    auto id = IdNumber::parse(idNumber);
    if (!id)
        return found;
    const Person person = PersonRepository(m_store).byIdNumber(id->text());
    if (person.id.isEmpty())
        return found;
    found.personId = person.id;
    found.name = person.name;
    found.phone = person.phone;
    const Region region = RegionRepository(m_store).byId(person.regionId);
    found.village = RegionRepository(m_store).byCode(region.code.left(12)).name;
    return found;
}

QList<CheckpointLog::Warning> CheckpointLog::warningsFor(const CheckpointEntry &entry) const
{
    QList<Warning> warnings;
    const QDate day = entry.enteredAt.isValid() ? entry.enteredAt.date() : QDate::currentDate();
    if (!entry.idNumber.trimmed().isEmpty()) {
        const Lookup person = lookup(entry.idNumber);
        if (!person.personId.isEmpty()) {
            const ControlMeasure measure = MeasureRepository(m_store).runningFor(person.personId);
            const bool running = !measure.id.isEmpty();
            if (running
                && (measure.kind == "home_isolation"_L1
                    || measure.kind == "central_isolation"_L1)) {
                warnings.append({ Warning::Stop,
                    tr("%1 is under %2 until %3 and must not pass.")
                        .arg(person.name, ControlMeasure::kindLabel(measure.kind),
                            measure.plannedEndOn.toString(Qt::ISODate)) });
            } else if (running && measure.kind == "home_monitoring"_L1) {
                warnings.append({ Warning::Caution,
                    tr("%1 is under home monitoring until %2.")
                        .arg(person.name, measure.plannedEndOn.toString(Qt::ISODate)) });
            }
            if (PersonRepository(m_store).byId(person.personId).riskArea)
                warnings.append({ Warning::Caution,
                    tr("%1 is registered as arrived from a risk area.").arg(person.name) });
        }
        auto id = IdNumber::parse(entry.idNumber);
        QSqlQuery q(m_store.db());
        q.prepare(
            u"SELECT reason FROM verification_tasks WHERE id_number = ? AND result = '' AND deleted = 0"_s);
        q.addBindValue(id ? id->text() : entry.idNumber.trimmed());
        if (q.exec() && q.next())
            warnings.append({ Warning::Stop,
                tr("On the county's verification list (%1): hold the person and call the "
                   "township office.")
                    .arg(q.value(0).toString()) });
    }
    if (!entry.cameFrom.trimmed().isEmpty()) {
        const RiskArea area = RiskAreaRepository(m_store).matching(entry.cameFrom, day);
        if (!area.id.isEmpty())
            warnings.append({ area.riskLevel == "low"_L1 ? Warning::Caution : Warning::Stop,
                tr("Comes from %1, a %2 area.")
                    .arg(area.name, RiskArea::levelLabel(area.riskLevel)) });
    }
    if (entry.temperatureTenths > 0
        && entry.temperatureTenths / 10.0 >= PolicyValues(m_store).feverThreshold())
        warnings.append({ Warning::Stop,
            tr("Fever: %1 ℃.")
                .arg(Temperature::fromCelsius(entry.temperatureTenths / 10.0).text()) });
    if (entry.healthCode == "red"_L1 || entry.healthCode == "yellow"_L1)
        warnings.append({ Warning::Stop,
            tr("%1 health code.").arg(CheckpointEntry::healthCodeLabel(entry.healthCode)) });
    if (!entry.permitNumber.trimmed().isEmpty()) {
        QString plate = entry.plate;
        if (auto p = Plate::normalize(entry.plate))
            plate = p.value();
        const auto status = CheckpointRepository(m_store).permitStatus(
            entry.permitNumber, entry.personName, plate, day);
        if (status != CheckpointRepository::PermitStatus::Valid)
            warnings.append({ Warning::Caution, CheckpointRepository::permitStatusText(status) });
    }
    std::stable_sort(warnings.begin(), warnings.end(),
        [](const Warning &a, const Warning &b) { return a.level < b.level; });
    return warnings;
}

QString CheckpointLog::suggestedOutcome(const CheckpointEntry &entry) const
{
    const bool fever = entry.temperatureTenths > 0
        && entry.temperatureTenths / 10.0 >= PolicyValues(m_store).feverThreshold();
    const bool code = entry.healthCode == "red"_L1 || entry.healthCode == "yellow"_L1;
    return fever || code ? u"turned_back"_s : u"let_through"_s;
}

Result<CheckpointEntry> CheckpointLog::check(const CheckpointEntry &given) const
{
    using R = Result<CheckpointEntry>;
    CheckpointEntry e = given;
    const Checkpoint checkpoint = CheckpointRepository(m_store).byId(e.checkpointId);
    if (checkpoint.id.isEmpty())
        return R::failure(tr("Choose the checkpoint."));
    if (!checkpoint.active)
        return R::failure(tr("The checkpoint %1 is closed.").arg(checkpoint.name));
    if (e.direction != "in"_L1 && e.direction != "out"_L1)
        return R::failure(tr("Choose in or out."));
    if (!e.enteredAt.isValid())
        e.enteredAt = QDateTime::currentDateTime();
    e.personName = e.personName.simplified();
    if (!e.idNumber.trimmed().isEmpty()) {
        auto id = IdNumber::parse(e.idNumber, e.enteredAt.date());
        if (!id)
            return R::failure(id.error());
        e.idNumber = id->text();
    } else {
        e.idNumber.clear();
    }
    if (!e.phone.trimmed().isEmpty()) {
        auto phone = PhoneNumber::normalize(e.phone);
        if (!phone)
            return R::failure(phone.error());
        e.phone = phone.value();
    } else {
        e.phone.clear();
    }
    if (!e.plate.trimmed().isEmpty()) {
        auto plate = Plate::normalize(e.plate);
        if (!plate)
            return R::failure(plate.error());
        e.plate = plate.value();
    } else {
        e.plate.clear();
    }
    if (e.personName.isEmpty() && e.idNumber.isEmpty() && e.plate.isEmpty())
        return R::failure(tr("Enter who passes: a name, an ID number or a plate."));
    if (e.temperatureTenths != 0
        && (e.temperatureTenths < Temperature::minimum * 10
            || e.temperatureTenths > Temperature::maximum * 10))
        return R::failure(tr("A temperature must be between %1 ℃ and %2 ℃.")
                              .arg(Temperature::minimum, 0, 'f', 1)
                              .arg(Temperature::maximum, 0, 'f', 1));
    if (!e.healthCode.isEmpty() && !CheckpointEntry::healthCodes().contains(e.healthCode))
        return R::failure(tr("The health code is green, yellow or red."));
    if (!CheckpointEntry::outcomes().contains(e.outcome))
        return R::failure(
            tr("Choose what was done: let through, turned back or sent to an isolation site."));
    e.recordedBy = e.recordedBy.simplified();
    if (e.recordedBy.isEmpty())
        return R::failure(tr("Enter who records the passage."));
    e.cameFrom = e.cameFrom.simplified();
    e.reason = e.reason.simplified();
    e.permitNumber = e.permitNumber.trimmed().toUpper();
    return e;
}

Result<QString> CheckpointLog::record(const CheckpointEntry &given)
{
    auto checked = check(given);
    if (!checked)
        return Result<QString>::failure(checked.error());
    const CheckpointEntry &e = checked.value();
    return SyncedRows::insertAndCommit(m_store, u"checkpoint_entries"_s,
        { { u"checkpoint_id"_s, e.checkpointId },
            { u"entered_at"_s, e.enteredAt.toString(Qt::ISODate) }, { u"direction"_s, e.direction },
            { u"person_name"_s, e.personName }, { u"id_number"_s, e.idNumber },
            { u"phone"_s, e.phone }, { u"plate"_s, e.plate },
            { u"temperature"_s,
                e.temperatureTenths > 0 ? QVariant(e.temperatureTenths / 10.0)
                                        : QVariant(QMetaType::fromType<double>()) },
            { u"health_code"_s, e.healthCode }, { u"came_from"_s, e.cameFrom },
            { u"reason"_s, e.reason }, { u"disinfected"_s, e.disinfected ? 1 : 0 },
            { u"permit_number"_s, e.permitNumber }, { u"outcome"_s, e.outcome },
            { u"recorded_by"_s, e.recordedBy },
            { u"amends_id"_s,
                e.amendsId.isEmpty() ? QVariant(QMetaType::fromType<QString>())
                                     : QVariant(e.amendsId) } });
}

Result<qint64> CheckpointLog::recordAll(const QList<CheckpointEntry> &entries)
{
    using R = Result<qint64>;
    if (auto allowed = Rights::checkWriting(m_store, u"checkpoint_entries"_s); !allowed)
        return R::failure(allowed.error());
    Transaction transaction(m_store);
    if (!transaction.isActive())
        return R::failure(transaction.error());
    QHash<QString, QString> owners; // checkpoint id → owner unit
    QSqlQuery owner(m_store.db());
    owner.prepare(u"SELECT owner_unit FROM checkpoints WHERE id = ? AND deleted = 0"_s);
    SqliteStatement insert(m_store.handle(),
        "INSERT INTO checkpoint_entries (id, checkpoint_id, entered_at, direction, person_name, "
        "id_number, phone, plate, temperature, health_code, came_from, reason, disinfected, "
        "permit_number, outcome, recorded_by, updated_hlc, origin, owner_unit) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    const QString origin = m_store.instanceId();
    qint64 written = 0;
    for (const CheckpointEntry &given : entries) {
        auto checked = check(given);
        if (!checked)
            return R::failure(checked.error());
        const CheckpointEntry &e = checked.value();
        auto found = owners.constFind(e.checkpointId);
        if (found == owners.cend()) {
            owner.addBindValue(e.checkpointId);
            if (!owner.exec() || !owner.next())
                return R::failure(tr("Choose the checkpoint."));
            found = owners.insert(e.checkpointId, owner.value(0).toString());
            owner.finish();
        }
        SqliteRow row(insert);
        row << SyncedRows::newId() << e.checkpointId << e.enteredAt.toString(Qt::ISODate)
            << e.direction << e.personName << e.idNumber << e.phone << e.plate;
        if (e.temperatureTenths > 0)
            row << Temperature::fromCelsius(e.temperatureTenths / 10.0).text();
        else
            row.null();
        row << e.healthCode << e.cameFrom << e.reason << qint64(e.disinfected ? 1 : 0)
            << e.permitNumber << e.outcome << e.recordedBy << qint64(m_store.hlc().now())
            << origin << *found;
        if (!row.run())
            return R::failure(Store::tr("Database error: %1").arg(insert.error()));
        ++written;
    }
    if (auto r = transaction.commit(); !r)
        return R::failure(r.error());
    return written;
}

Result<QString> CheckpointLog::amend(const QString &amendedId, const CheckpointEntry &correction)
{
    QSqlQuery q(m_store.db());
    q.prepare(u"SELECT e.checkpoint_id, (SELECT count(*) FROM checkpoint_entries a WHERE "
              u"a.amends_id = e.id "
              "AND a.deleted = 0) FROM checkpoint_entries e WHERE e.id = ? AND e.deleted = 0"_s);
    q.addBindValue(amendedId);
    if (!q.exec() || !q.next())
        return Result<QString>::failure(tr("The entry to correct no longer exists."));
    if (q.value(1).toInt() > 0)
        return Result<QString>::failure(
            tr("This entry was already corrected; correct the correction instead."));
    CheckpointEntry e = correction;
    e.amendsId = amendedId;
    e.checkpointId = q.value(0).toString();
    return record(e);
}

qint64 CheckpointLog::count(QDate day, const QString &checkpointId) const
{
    const auto [from, to] = dayRange(day);
    QSqlQuery q(m_store.db());
    q.prepare(
        u"SELECT count(*) FROM checkpoint_entries e WHERE e.entered_at >= ? AND e.entered_at < ? "
        "AND e.deleted = 0 AND (? = '' OR e.checkpoint_id = ?)"_s);
    q.addBindValue(from);
    q.addBindValue(to);
    q.addBindValue(SyncedRows::boundText(checkpointId));
    q.addBindValue(SyncedRows::boundText(checkpointId));
    return q.exec() && q.next() ? q.value(0).toLongLong() : 0;
}

QList<CheckpointLog::Row> CheckpointLog::entries(
    QDate day, const QString &checkpointId, qint64 offset, int limit) const
{
    const auto [from, to] = dayRange(day);
    QList<Row> rows;
    QSqlQuery q(m_store.db());
    q.prepare(
        u"SELECT %1, c.name, NOT %2 FROM checkpoint_entries e JOIN checkpoints c ON c.id = "
        u"e.checkpoint_id "
        "WHERE e.entered_at >= ? AND e.entered_at < ? AND e.deleted = 0 AND (? = '' OR "
        "e.checkpoint_id = ?) "
        "ORDER BY e.entered_at DESC, e.id DESC LIMIT ? OFFSET ?"_s.arg(entryColumns, notAmended));
    q.addBindValue(from);
    q.addBindValue(to);
    q.addBindValue(SyncedRows::boundText(checkpointId));
    q.addBindValue(SyncedRows::boundText(checkpointId));
    q.addBindValue(limit);
    q.addBindValue(offset);
    q.exec();
    while (q.next())
        rows.append({ entryFrom(q), q.value(17).toString(), q.value(18).toBool() });
    return rows;
}

QList<CheckpointLog::Counts> CheckpointLog::dayCounts(QDate day) const
{
    const auto [from, to] = dayRange(day);
    QHash<QString, Counts> counted;
    QSqlQuery q(m_store.db());
    q.prepare(u"SELECT e.checkpoint_id, sum(e.direction = 'in'), sum(e.direction = 'out'), "
              u"sum(e.plate <> ''), "
              "sum(e.outcome = 'turned_back'), sum(e.temperature >= ?), sum(e.health_code IN "
              "('red', 'yellow')) "
              "FROM checkpoint_entries e WHERE e.entered_at >= ? AND e.entered_at < ? AND "
              "e.deleted = 0 AND %1 "
              "GROUP BY e.checkpoint_id"_s.arg(notAmended));
    q.addBindValue(PolicyValues(m_store).feverThreshold());
    q.addBindValue(from);
    q.addBindValue(to);
    q.exec();
    while (q.next()) {
        Counts c;
        c.day = day;
        c.in = q.value(1).toLongLong();
        c.out = q.value(2).toLongLong();
        c.vehicles = q.value(3).toLongLong();
        c.turnedBack = q.value(4).toLongLong();
        c.fevers = q.value(5).toLongLong();
        c.redOrYellow = q.value(6).toLongLong();
        counted.insert(q.value(0).toString(), c);
    }
    QList<Counts> list;
    for (const Checkpoint &checkpoint : CheckpointRepository(m_store).all()) {
        if (!checkpoint.active && !counted.contains(checkpoint.id))
            continue;
        Counts c = counted.value(checkpoint.id);
        c.checkpoint = checkpoint;
        c.day = day;
        list.append(c);
    }
    return list;
}

QList<CheckpointLog::Counts> CheckpointLog::trend(QDate last, int days) const
{
    QList<Counts> list;
    for (QDate day = last.addDays(1 - days); day <= last; day = day.addDays(1)) {
        Counts total;
        total.day = day;
        for (const Counts &c : dayCounts(day)) {
            total.in += c.in;
            total.out += c.out;
            total.vehicles += c.vehicles;
            total.turnedBack += c.turnedBack;
            total.fevers += c.fevers;
            total.redOrYellow += c.redOrYellow;
        }
        list.append(total);
    }
    return list;
}
