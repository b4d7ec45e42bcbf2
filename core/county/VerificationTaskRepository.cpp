#include "VerificationTaskRepository.h"

#include "../people/IdNumber.h"
#include "../regions/Region.h"
#include "../regions/RegionCode.h"
#include "../store/Store.h"
#include "../store/SyncedRows.h"
#include "../store/Transaction.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace {

const QString taskColumns
    = u"t.id, t.for_unit, t.person_name, t.id_number, t.phone, t.reason, t.issued_on, "
      "t.due_on, t.result, t.result_notes, t.verified_on, t.verified_by"_s;

VerificationTask taskFrom(const QSqlQuery &q)
{
    VerificationTask t;
    t.id = q.value(0).toString();
    t.forUnit = q.value(1).toString();
    t.personName = q.value(2).toString();
    t.idNumber = q.value(3).toString();
    t.phone = q.value(4).toString();
    t.reason = q.value(5).toString();
    t.issuedOn = QDate::fromString(q.value(6).toString(), Qt::ISODate);
    t.dueOn = QDate::fromString(q.value(7).toString(), Qt::ISODate);
    t.result = q.value(8).toString();
    t.resultNotes = q.value(9).toString();
    t.verifiedOn = QDate::fromString(q.value(10).toString(), Qt::ISODate);
    t.verifiedBy = q.value(11).toString();
    return t;
}

QString iso(QDate date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : u""_s;
}

qint64 scalar(Store &store, const QString &sql, const QString &forUnit)
{
    QSqlQuery q(store.db());
    q.prepare(sql);
    q.addBindValue(SyncedRows::boundText(forUnit));
    q.addBindValue(SyncedRows::boundText(forUnit));
    return q.exec() && q.next() ? q.value(0).toLongLong() : 0;
}

} // namespace

const QStringList &VerificationTask::results()
{
    static const QStringList list = { u"located"_s, u"not_here"_s, u"left"_s };
    return list;
}

QString VerificationTask::resultLabel(const QString &result)
{
    if (result == "located"_L1)
        return VerificationTaskRepository::tr("Located and verified");
    if (result == "not_here"_L1)
        return VerificationTaskRepository::tr("Never lived here");
    if (result == "left"_L1)
        return VerificationTaskRepository::tr("Has left");
    return VerificationTaskRepository::tr("Open");
}

Result<VerificationTask> VerificationTaskRepository::check(
    const VerificationTask &given, QDate today) const
{
    using R = Result<VerificationTask>;
    VerificationTask t = given;
    t.forUnit = RegionCode::normalized(t.forUnit);
    if (RegionCode::levelOf(t.forUnit) != Region::Township)
        return R::failure(tr("Choose the township that must verify the person."));
    t.personName = t.personName.simplified();
    if (t.personName.isEmpty())
        return R::failure(tr("Enter the name of the person to verify."));
    if (!t.idNumber.trimmed().isEmpty()) {
        auto id = IdNumber::parse(t.idNumber, today);
        if (!id)
            return R::failure(id.error());
        t.idNumber = id->text();
    } else {
        t.idNumber.clear();
    }
    t.phone = t.phone.trimmed();
    t.reason = t.reason.trimmed();
    if (t.reason.isEmpty())
        return R::failure(
            tr("Say why the person must be verified (where they came from, a contact of whom)."));
    if (!t.issuedOn.isValid())
        t.issuedOn = today;
    if (!t.dueOn.isValid() || t.dueOn < t.issuedOn)
        return R::failure(tr("The deadline must be on or after the day the task is given."));
    return t;
}

Result<QString> VerificationTaskRepository::add(const VerificationTask &given, QDate today)
{
    auto checked = check(given, today);
    if (!checked)
        return Result<QString>::failure(checked.error());
    const VerificationTask &t = checked.value();
    return SyncedRows::insertAndCommit(m_store, u"verification_tasks"_s,
        { { u"for_unit"_s, t.forUnit }, { u"person_name"_s, t.personName },
            { u"id_number"_s, t.idNumber }, { u"phone"_s, t.phone }, { u"reason"_s, t.reason },
            { u"issued_on"_s, iso(t.issuedOn) }, { u"due_on"_s, iso(t.dueOn) } });
}

Result<void> VerificationTaskRepository::checkResult(const QString &id, const QString &result,
    const QString &notes, QDate verifiedOn, const QString &verifiedBy, QDate today) const
{
    if (!VerificationTask::results().contains(result))
        return Result<void>::failure(tr("Choose what the verification found."));
    if (!verifiedOn.isValid() || verifiedOn > today)
        return Result<void>::failure(tr("The day of the verification cannot be in the future."));
    if (verifiedBy.trimmed().isEmpty())
        return Result<void>::failure(tr("Enter who verified the person."));
    if (result != "located"_L1 && notes.trimmed().isEmpty())
        return Result<void>::failure(
            tr("Say what was found out (who was asked, where the person went)."));
    const VerificationTask task = byId(id);
    if (task.id.isEmpty())
        return Result<void>::failure(tr("The task no longer exists."));
    if (verifiedOn < task.issuedOn)
        return Result<void>::failure(
            tr("The verification cannot be before the task was given (%1).")
                .arg(iso(task.issuedOn)));
    return {};
}

Result<void> VerificationTaskRepository::recordResult(const QString &id, const QString &result,
    const QString &notes, QDate verifiedOn, const QString &verifiedBy, QDate today)
{
    if (auto r = checkResult(id, result, notes, verifiedOn, verifiedBy, today); !r)
        return r;
    Transaction tx(m_store);
    if (auto r = SyncedRows::update(m_store, u"verification_tasks"_s, id,
            { { u"result"_s, result }, { u"result_notes"_s, notes.trimmed() },
                { u"verified_on"_s, iso(verifiedOn) },
                { u"verified_by"_s, verifiedBy.trimmed() } });
        !r)
        return r;
    return tx.commit();
}

VerificationTask VerificationTaskRepository::byId(const QString &id) const
{
    QSqlQuery q(m_store.db());
    q.prepare(
        u"SELECT %1 FROM verification_tasks t WHERE t.id = ? AND t.deleted = 0"_s.arg(taskColumns));
    q.addBindValue(id);
    return q.exec() && q.next() ? taskFrom(q) : VerificationTask();
}

qint64 VerificationTaskRepository::count(const QString &forUnit) const
{
    return scalar(m_store,
        u"SELECT count(*) FROM verification_tasks WHERE deleted = 0 AND (? = '' OR for_unit = ?)"_s,
        forUnit);
}

qint64 VerificationTaskRepository::openCount(const QString &forUnit) const
{
    return scalar(m_store,
        u"SELECT count(*) FROM verification_tasks WHERE deleted = 0 AND result = '' "
        "AND (? = '' OR for_unit = ?)"_s,
        forUnit);
}

QList<VerificationTaskRepository::Row> VerificationTaskRepository::list(
    const QString &forUnit, qint64 offset, int limit) const
{
    QList<Row> rows;
    QSqlQuery q(m_store.db());
    q.prepare(
        u"SELECT %1, p.id, v.name FROM verification_tasks t "
        "LEFT JOIN persons p ON p.id_number = t.id_number AND p.owner_unit = t.for_unit "
        "AND t.id_number <> '' AND p.deleted = 0 "
        "LEFT JOIN regions r ON r.id = p.region_id "
        "LEFT JOIN regions v ON v.code = substr(r.code, 1, 12) AND v.deleted = 0 "
        "WHERE t.deleted = 0 AND (? = '' OR t.for_unit = ?) "
        "ORDER BY t.result <> '', CASE WHEN t.result = '' THEN t.due_on END, t.verified_on DESC, "
        "t.person_name COLLATE tl_natural LIMIT ? OFFSET ?"_s.arg(taskColumns));
    q.addBindValue(SyncedRows::boundText(forUnit));
    q.addBindValue(SyncedRows::boundText(forUnit));
    q.addBindValue(limit);
    q.addBindValue(offset);
    q.exec();
    while (q.next())
        rows.append({ taskFrom(q), q.value(12).toString(), q.value(13).toString() });
    return rows;
}
