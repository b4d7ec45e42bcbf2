#include "DaySheet.h"

#include "HealthCheck.h"

#include "../measures/PolicyValues.h"
#include "../store/Store.h"
#include "../store/SyncedRows.h"

#include <QSqlQuery>

#include <cmath>

using namespace Qt::StringLiterals;

namespace {

DaySheet::Reading reading(const QSqlQuery &q, int first)
{
    DaySheet::Reading r;
    r.checkId = q.value(first).toString();
    if (!r.checkId.isEmpty()) {
        r.temperature = q.value(first + 1).toDouble();
        r.symptoms = q.value(first + 2).toString();
    }
    return r;
}

// Rounded to tenths, so 37.3 stored is not below a threshold of 37.3 by a float's error.
int tenths(double celsius)
{
    return int(std::lround(celsius * 10));
}

} // namespace

const DaySheet::Reading &DaySheet::Entry::reading(const QString &period) const
{
    return period == "afternoon"_L1 ? afternoon : morning;
}

DaySheet DaySheet::load(Store &store, QDate day, const QString &villageId, const QDateTime &now)
{
    DaySheet sheet;
    sheet.m_day = day;
    sheet.m_now = now;
    sheet.m_feverThreshold = PolicyValues(store).feverThreshold();
    const QString iso = day.toString(Qt::ISODate);

    QSqlQuery q(store.db());
    q.setForwardOnly(true);
    q.prepare(u"SELECT p.id, p.name, p.id_number, v.id, v.name, coalesce(h.address, ''), m.kind, "
              "  cm.id, cm.temperature, cm.symptoms, ca.id, ca.temperature, ca.symptoms "
              "FROM (SELECT person_id, min(kind) AS kind FROM control_measures "
              "      WHERE deleted = 0 AND started_on <= ? AND (released_on = '' OR released_on > ?) "
              "      GROUP BY person_id) m "
              "JOIN persons p ON p.id = m.person_id AND p.deleted = 0 "
              "JOIN regions r ON r.id = p.region_id "
              "JOIN regions v ON v.code = substr(r.code, 1, 12) AND v.deleted = 0 "
              "LEFT JOIN households h ON h.id = p.household_id "
              "LEFT JOIN health_checks cm ON cm.checked_on = ? AND cm.person_id = p.id "
              "  AND cm.period = 'morning' AND cm.deleted = 0 "
              "LEFT JOIN health_checks ca ON ca.checked_on = ? AND ca.person_id = p.id "
              "  AND ca.period = 'afternoon' AND ca.deleted = 0 "
              "WHERE (? = '' OR v.id = ?) "
              "ORDER BY v.code, coalesce(h.address, ''), tl_name_key(p.name), p.id"_s);
    const QString village = SyncedRows::boundText(villageId);
    for (const QVariant &v : { QVariant(iso), QVariant(iso), QVariant(iso), QVariant(iso),
                               QVariant(village), QVariant(village) })
        q.addBindValue(v);
    if (q.exec()) {
        while (q.next()) {
            Entry e;
            e.personId = q.value(0).toString();
            e.name = q.value(1).toString();
            e.idNumber = q.value(2).toString();
            e.villageId = q.value(3).toString();
            e.villageName = q.value(4).toString();
            e.address = q.value(5).toString();
            e.measureKind = q.value(6).toString();
            e.morning = reading(q, 7);
            e.afternoon = reading(q, 10);
            sheet.m_entries.append(e);
        }
    }
    return sheet;
}

bool DaySheet::isFever(double celsius) const
{
    return tenths(celsius) >= tenths(m_feverThreshold);
}

QList<DaySheet::Slot> DaySheet::fevers() const
{
    QList<Slot> list;
    for (int i = 0; i < m_entries.size(); ++i) {
        for (const QString &period : HealthCheck::periods()) {
            const Reading &r = m_entries[i].reading(period);
            if (r.recorded() && isFever(*r.temperature))
                list.append({ i, period });
        }
    }
    return list;
}

QList<DaySheet::Slot> DaySheet::missing() const
{
    QList<Slot> list;
    for (int i = 0; i < m_entries.size(); ++i) {
        for (const QString &period : HealthCheck::periods()) {
            if (isDue(period) && !m_entries[i].reading(period).recorded())
                list.append({ i, period });
        }
    }
    return list;
}

bool DaySheet::isDue(const QString &period) const
{
    const QDate today = m_now.date();
    if (m_day < today)
        return true;
    if (m_day > today)
        return false;
    return period == "morning"_L1 || m_now.time() >= QTime(15, 0);
}
