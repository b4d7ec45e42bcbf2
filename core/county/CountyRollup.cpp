#include "CountyRollup.h"

#include "../measures/PolicyValues.h"
#include "../store/Store.h"

#include <QHash>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace CountyRollup {

namespace {

// Counts per township code from a query of (township code, count).
QHash<QString, qint64> counts(Store &store, const QString &sql, const QVariantList &values = {})
{
    QHash<QString, qint64> counts;
    QSqlQuery q(store.db());
    q.prepare(sql);
    for (const QVariant &v : values)
        q.addBindValue(v);
    q.exec();
    while (q.next())
        counts.insert(q.value(0).toString(), q.value(1).toLongLong());
    return counts;
}

// The same from a query of counts per region (region_id, n): counting by region first reads the
// persons' region index alone, and only the few hundred regions are then looked up; joining
// every person to its region took 5.6 s at 1,000,000 persons.
QHash<QString, qint64> perTownship(
    Store &store, const QString &perRegion, const QVariantList &values = {})
{
    return counts(store,
        u"SELECT substr(r.code, 1, 9) || '000', sum(c.n) FROM (%1) c "
        "JOIN regions r ON r.id = c.region_id GROUP BY 1"_s.arg(perRegion),
        values);
}

} // namespace

QList<Township> townships(Store &store, QDate day)
{
    const auto persons = perTownship(store,
        u"SELECT region_id, count(*) AS n FROM persons WHERE deleted = 0 GROUP BY region_id"_s);
    // A township's measures, checks and samples are owned by it: counted by their owner, never
    // joined to their persons (the samples' join took 0.7 s at 800,000 persons).
    const auto measures = counts(store,
        u"SELECT owner_unit, count(*) FROM control_measures "
        "WHERE deleted = 0 AND released_on = '' GROUP BY owner_unit"_s);
    const auto fevers = counts(store,
        u"SELECT owner_unit, count(DISTINCT person_id) FROM health_checks "
        "WHERE deleted = 0 AND checked_on = ? AND temperature >= ? GROUP BY owner_unit"_s,
        { day.toString(Qt::ISODate), PolicyValues(store).feverThreshold() });
    const auto samples = counts(store,
        u"SELECT owner_unit, count(*) FROM samples WHERE deleted = 0 GROUP BY owner_unit"_s);
    const auto tasks = counts(store,
        u"SELECT substr(for_unit, 1, 9) || '000', count(*) FROM verification_tasks "
        "WHERE deleted = 0 AND result = '' GROUP BY 1"_s);

    QList<Township> list;
    QSqlQuery q(store.db());
    // A township may send from several installations (a field laptop): any one's break counts.
    q.exec(u"SELECT t.code, t.name, max(e.received_seq), max(e.received_at), count(a.origin), "
           "group_concat(nullif(a.problem, ''), ' ') FROM regions t "
           "LEFT JOIN exchange_peers e ON e.unit_code = t.code "
           "LEFT JOIN audit_chain_checks a ON a.origin = e.instance_id "
           "WHERE t.level = 1 AND t.deleted = 0 GROUP BY t.code, t.name ORDER BY t.code"_s);
    while (q.next()) {
        Township t;
        t.code = q.value(0).toString();
        t.name = q.value(1).toString();
        t.persons = persons.value(t.code);
        t.underMeasures = measures.value(t.code);
        t.fevers = fevers.value(t.code);
        t.samples = samples.value(t.code);
        t.openTasks = tasks.value(t.code);
        t.lastBundle = q.value(2).toLongLong();
        t.lastReceivedAt = q.value(3).toString();
        t.auditChecked = q.value(4).toLongLong() > 0;
        t.auditBreak = q.value(5).toString();
        list.append(t);
    }
    return list;
}

} // namespace CountyRollup
