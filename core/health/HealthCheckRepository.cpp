#include "HealthCheckRepository.h"

#include "Temperature.h"

#include "../store/Rights.h"
#include "../store/SqliteStatement.h"
#include "../store/Store.h"
#include "../store/SyncedRows.h"
#include "../store/Transaction.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace {

const QString columns = u"id, person_id, checked_on, period, temperature, symptoms, taken_by"_s;

HealthCheck fromQuery(const QSqlQuery &q)
{
    HealthCheck c;
    c.id = q.value(0).toString();
    c.personId = q.value(1).toString();
    c.checkedOn = QDate::fromString(q.value(2).toString(), Qt::ISODate);
    c.period = q.value(3).toString();
    c.temperature = q.value(4).toDouble();
    c.symptoms = q.value(5).toString();
    c.takenBy = q.value(6).toString();
    return c;
}

} // namespace

Result<QString> HealthCheckRepository::record(const HealthCheck &check, QDate today)
{
    using R = Result<QString>;
    if (!check.checkedOn.isValid())
        return R::failure(tr("Enter the date of the check."));
    if (check.checkedOn > today)
        return R::failure(tr("The date %1 is in the future.").arg(check.checkedOn.toString(Qt::ISODate)));
    if (!HealthCheck::periods().contains(check.period))
        return R::failure(tr("Choose morning or afternoon."));
    const Temperature temperature = Temperature::fromCelsius(check.temperature);
    if (auto t = Temperature::parse(temperature.text()); !t)
        return R::failure(t.error());

    Transaction transaction(m_store);
    if (!transaction.isActive())
        return R::failure(transaction.error());
    QSqlQuery q(m_store.db());
    q.prepare(u"SELECT 1 FROM persons WHERE id = ? AND deleted = 0"_s);
    q.addBindValue(check.personId);
    if (!q.exec() || !q.next())
        return R::failure(tr("The person was not found: the record may have been removed."));

    const QVariantMap values = { { u"temperature"_s, temperature.celsius() },
                                 { u"symptoms"_s, check.symptoms.trimmed() },
                                 { u"taken_by"_s, check.takenBy.trimmed() } };
    QString id = slot(check.personId, check.checkedOn, check.period).id;
    if (!id.isEmpty()) {
        if (auto r = SyncedRows::update(m_store, u"health_checks"_s, id, values); !r)
            return R::failure(r.error());
    } else {
        QVariantMap row = values;
        row.insert(u"person_id"_s, check.personId);
        row.insert(u"checked_on"_s, check.checkedOn.toString(Qt::ISODate));
        row.insert(u"period"_s, check.period);
        auto inserted = SyncedRows::insert(m_store, u"health_checks"_s, row);
        if (!inserted)
            return inserted;
        id = inserted.value();
    }
    if (auto r = transaction.commit(); !r)
        return R::failure(r.error());
    return id;
}

Result<qint64> HealthCheckRepository::recordAll(const QList<HealthCheck> &checks, QDate today)
{
    using R = Result<qint64>;
    if (auto allowed = Rights::checkWriting(m_store, u"health_checks"_s); !allowed)
        return R::failure(allowed.error());
    Transaction transaction(m_store);
    if (!transaction.isActive())
        return R::failure(transaction.error());
    QSqlQuery person(m_store.db());
    person.prepare(u"SELECT owner_unit FROM persons WHERE id = ? AND deleted = 0"_s);
    QSqlQuery existing(m_store.db());
    existing.prepare(u"SELECT id, temperature, symptoms, taken_by FROM health_checks "
                     "WHERE checked_on = ? AND person_id = ? AND period = ? AND deleted = 0"_s);
    sqlite3 *db = m_store.handle();
    SqliteStatement insert(db,
        "INSERT INTO health_checks (id, person_id, checked_on, period, temperature, symptoms, "
        "taken_by, updated_hlc, origin, owner_unit) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    SqliteStatement update(db,
        "UPDATE health_checks SET temperature = ?, symptoms = ?, taken_by = ?, updated_hlc = ?, "
        "origin = ? WHERE id = ?");
    const QByteArray origin = m_store.instanceId().toUtf8();
    QHash<QString, QString> owners; // person id → owner unit
    qint64 written = 0;
    for (const HealthCheck &check : checks) {
        if (!check.checkedOn.isValid())
            return R::failure(tr("Enter the date of the check."));
        if (check.checkedOn > today)
            return R::failure(
                tr("The date %1 is in the future.").arg(check.checkedOn.toString(Qt::ISODate)));
        if (!HealthCheck::periods().contains(check.period))
            return R::failure(tr("Choose morning or afternoon."));
        const Temperature temperature = Temperature::fromCelsius(check.temperature);
        if (auto t = Temperature::parse(temperature.text()); !t)
            return R::failure(t.error());
        auto owner = owners.constFind(check.personId);
        if (owner == owners.cend()) {
            person.addBindValue(check.personId);
            if (!person.exec() || !person.next())
                return R::failure(tr("The person was not found: the record may have been removed."));
            owner = owners.insert(check.personId, person.value(0).toString());
            person.finish();
        }
        const QString day = check.checkedOn.toString(Qt::ISODate);
        existing.addBindValue(day);
        existing.addBindValue(check.personId);
        existing.addBindValue(check.period);
        if (!existing.exec())
            return R::failure(Store::tr("Database error: %1").arg(existing.lastError().text()));
        const qint64 hlc = qint64(m_store.hlc().now());
        if (existing.next()) {
            const QString id = existing.value(0).toString();
            const bool same = Temperature::fromCelsius(existing.value(1).toDouble()).tenths()
                    == temperature.tenths()
                && existing.value(2).toString() == check.symptoms.trimmed()
                && existing.value(3).toString() == check.takenBy.trimmed();
            existing.finish();
            if (same)
                continue;
            if (!(SqliteRow(update) << temperature.text() << check.symptoms.trimmed()
                                     << check.takenBy.trimmed() << hlc << QString::fromUtf8(origin)
                                     << id)
                     .run())
                return R::failure(Store::tr("Database error: %1").arg(update.error()));
        } else {
            existing.finish();
            if (!(SqliteRow(insert) << SyncedRows::newId() << check.personId << day << check.period
                                     << temperature.text() << check.symptoms.trimmed()
                                     << check.takenBy.trimmed() << hlc << QString::fromUtf8(origin)
                                     << *owner)
                     .run())
                return R::failure(Store::tr("Database error: %1").arg(insert.error()));
        }
        ++written;
    }
    if (auto r = transaction.commit(); !r)
        return R::failure(r.error());
    return written;
}

Result<void> HealthCheckRepository::remove(const QString &id)
{
    Transaction transaction(m_store);
    if (!transaction.isActive())
        return Result<void>::failure(transaction.error());
    if (auto r = SyncedRows::tombstone(m_store, u"health_checks"_s, id); !r)
        return r;
    return transaction.commit();
}

HealthCheck HealthCheckRepository::slot(const QString &personId, QDate day, const QString &period) const
{
    QSqlQuery q(m_store.db());
    q.prepare(u"SELECT "_s + columns
              + u" FROM health_checks WHERE checked_on = ? AND person_id = ? AND period = ? "
                "AND deleted = 0"_s);
    q.addBindValue(day.toString(Qt::ISODate));
    q.addBindValue(personId);
    q.addBindValue(period);
    return q.exec() && q.next() ? fromQuery(q) : HealthCheck{};
}

QList<HealthCheck> HealthCheckRepository::ofPerson(const QString &personId) const
{
    QSqlQuery q(m_store.db());
    q.prepare(u"SELECT "_s + columns
              + u" FROM health_checks WHERE person_id = ? AND deleted = 0 "
                "ORDER BY checked_on, period DESC"_s);
    q.addBindValue(personId);
    QList<HealthCheck> list;
    if (q.exec()) {
        while (q.next())
            list.append(fromQuery(q));
    }
    return list;
}
