#include "NeedRepository.h"

#include "../people/HouseholdRepository.h"
#include "../people/Person.h"
#include "../people/PersonRepository.h"
#include "../regions/RegionRepository.h"
#include "../store/Store.h"
#include "../store/SyncedRows.h"
#include "../store/Transaction.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace {

const QString needColumns = u"n.id, n.person_id, n.household_id, n.need, n.detail, n.requested_on, "
                            "n.met_on, n.met_by, n.notes"_s;
constexpr int needColumnCount = 9;

// A need belongs to the village of its person, or of its household.
const QString needJoins
    = u"FROM need_records n LEFT JOIN persons p ON p.id = n.person_id "
      "LEFT JOIN households h ON h.id = coalesce(n.household_id, p.household_id) "
      "LEFT JOIN persons hp ON hp.id = h.head_person_id "
      "JOIN regions r ON r.id = coalesce(p.region_id, h.region_id) "
      "LEFT JOIN regions v ON v.code = substr(r.code, 1, 12) AND v.deleted = 0 "_s;

QString iso(QDate date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

NeedRecord recordFrom(const QSqlQuery &q)
{
    NeedRecord n;
    n.id = q.value(0).toString();
    n.personId = q.value(1).toString();
    n.householdId = q.value(2).toString();
    n.need = q.value(3).toString();
    n.detail = q.value(4).toString();
    n.requestedOn = QDate::fromString(q.value(5).toString(), Qt::ISODate);
    n.metOn = QDate::fromString(q.value(6).toString(), Qt::ISODate);
    n.metBy = q.value(7).toString();
    n.notes = q.value(8).toString();
    return n;
}

QString villageWhere(Store &store, const QString &villageId, QVariantList &values)
{
    QString where = u"n.deleted = 0"_s;
    if (!villageId.isEmpty()) {
        where += u" AND substr(r.code, 1, 12) = ?"_s;
        values << RegionRepository(store).byId(villageId).code;
    }
    return where;
}

} // namespace

Result<NeedRecord> NeedRepository::check(const NeedRecord &input, QDate today) const
{
    using R = Result<NeedRecord>;
    NeedRecord n = input;
    if (!n.personId.isEmpty()) {
        const Person person = PersonRepository(m_store).byId(n.personId);
        if (person.id.isEmpty())
            return R::failure(tr("The person no longer exists."));
        if (person.specialGroup.isEmpty())
            return R::failure(tr("%1 is in no special group: record the need for the household, "
                                 "or set the special group on the person first.")
                                  .arg(person.name));
        // A person's need is that person's; the household comes through the person.
        n.householdId.clear();
    } else if (!n.householdId.isEmpty()) {
        if (HouseholdRepository(m_store).byId(n.householdId).id.isEmpty())
            return R::failure(tr("The household no longer exists."));
    } else {
        return R::failure(tr("Choose the person or the household that has the need."));
    }
    if (!NeedRecord::needs().contains(n.need))
        return R::failure(tr("Choose what is needed."));
    n.detail = n.detail.simplified();
    if (n.need == "other"_L1 && n.detail.isEmpty())
        return R::failure(tr("Describe the need."));
    if (!n.requestedOn.isValid())
        return R::failure(tr("Enter the date the need was reported."));
    if (n.requestedOn > today)
        return R::failure(
            tr("The date the need was reported, %1, is in the future.").arg(iso(n.requestedOn)));
    return n;
}

Result<QString> NeedRepository::add(const NeedRecord &record, QDate today)
{
    using R = Result<QString>;
    auto checked = check(record, today);
    if (!checked)
        return R::failure(checked.error());
    const NeedRecord &n = checked.value();
    Transaction transaction(m_store);
    if (!transaction.isActive())
        return R::failure(transaction.error());
    const QVariant noId(QMetaType::fromType<QString>());
    auto id = SyncedRows::insert(m_store, u"need_records"_s,
        { { u"person_id"_s, n.personId.isEmpty() ? noId : QVariant(n.personId) },
            { u"household_id"_s, n.householdId.isEmpty() ? noId : QVariant(n.householdId) },
            { u"need"_s, n.need }, { u"detail"_s, n.detail },
            { u"requested_on"_s, iso(n.requestedOn) }, { u"notes"_s, n.notes.trimmed() } });
    if (!id)
        return id;
    if (auto r = transaction.commit(); !r)
        return R::failure(r.error());
    return id;
}

Result<void> NeedRepository::checkMet(
    const QString &id, QDate metOn, const QString &metBy, QDate today) const
{
    using R = Result<void>;
    const NeedRecord n = byId(id);
    if (!n.isValid())
        return R::failure(tr("The need record no longer exists."));
    if (n.isMet())
        return R::failure(tr("The need was already met on %1 by %2.").arg(iso(n.metOn), n.metBy));
    if (!metOn.isValid())
        return R::failure(tr("Enter the date the need was met."));
    if (metOn < n.requestedOn)
        return R::failure(tr("The date met, %1, is before the need was reported on %2.")
                              .arg(iso(metOn), iso(n.requestedOn)));
    if (metOn > today)
        return R::failure(tr("The date met, %1, is in the future.").arg(iso(metOn)));
    if (metBy.simplified().isEmpty())
        return R::failure(tr("Enter who met the need."));
    return {};
}

Result<void> NeedRepository::markMet(
    const QString &id, QDate metOn, const QString &metBy, QDate today)
{
    if (auto r = checkMet(id, metOn, metBy, today); !r)
        return r;
    const QString by = metBy.simplified();
    Transaction transaction(m_store);
    if (!transaction.isActive())
        return Result<void>::failure(transaction.error());
    if (auto r = SyncedRows::update(
            m_store, u"need_records"_s, id, { { u"met_on"_s, iso(metOn) }, { u"met_by"_s, by } });
        !r)
        return r;
    return transaction.commit();
}

NeedRecord NeedRepository::byId(const QString &id) const
{
    QSqlQuery q(m_store.db());
    q.prepare(
        u"SELECT "_s + needColumns + u" FROM need_records n WHERE n.id = ? AND n.deleted = 0"_s);
    q.addBindValue(id);
    return q.exec() && q.next() ? recordFrom(q) : NeedRecord();
}

int NeedRepository::count(const QString &villageId) const
{
    QVariantList values;
    const QString where = villageWhere(m_store, villageId, values);
    QSqlQuery q(m_store.db());
    q.prepare(u"SELECT count(*) "_s + needJoins + u"WHERE "_s + where);
    for (const QVariant &v : std::as_const(values))
        q.addBindValue(v);
    return q.exec() && q.next() ? q.value(0).toInt() : 0;
}

QList<NeedRepository::Row> NeedRepository::list(
    const QString &villageId, int offset, int limit) const
{
    QVariantList values;
    const QString where = villageWhere(m_store, villageId, values);
    QSqlQuery q(m_store.db());
    q.setForwardOnly(true);
    q.prepare(u"SELECT "_s + needColumns + u", coalesce(p.name, hp.name), h.address, v.name "_s
        + needJoins + u"WHERE "_s + where
        + u" ORDER BY n.met_on <> '', CASE WHEN n.met_on = '' THEN n.requested_on END, "
          "n.met_on DESC, n.requested_on, n.id LIMIT ? OFFSET ?"_s);
    for (const QVariant &v : std::as_const(values))
        q.addBindValue(v);
    q.addBindValue(limit);
    q.addBindValue(offset);
    QList<Row> rows;
    if (q.exec()) {
        while (q.next())
            rows.append({ recordFrom(q), q.value(needColumnCount).toString(),
                q.value(needColumnCount + 1).toString(), q.value(needColumnCount + 2).toString() });
    }
    return rows;
}
