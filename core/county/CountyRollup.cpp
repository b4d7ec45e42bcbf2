#include "CountyRollup.h"

#include "../measures/PolicyValues.h"
#include "../store/Store.h"

#include <QHash>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace CountyRollup {

namespace {

// Counts per township code from a query of (the code's first nine digits, count).
QHash<QString, qint64> counts(Store &store, const QString &sql, const QVariantList &values = {})
{
    QHash<QString, qint64> counts;
    QSqlQuery q(store.db());
    q.prepare(sql);
    for (const QVariant &v : values)
        q.addBindValue(v);
    q.exec();
    while (q.next())
        counts.insert(q.value(0).toString() + u"000"_s, q.value(1).toLongLong());
    return counts;
}

// The same from a query of counts per region (region_id, n): counting by region first reads the
// persons' region index alone, and only the few hundred regions are then looked up; joining
// every person to its region took 5.6 s at 1,000,000 persons.
QHash<QString, qint64> perTownship(
    Store &store, const QString &perRegion, const QVariantList &values = {})
{
    return counts(store,
        u"SELECT substr(r.code, 1, 9), sum(c.n) FROM (%1) c "
        "JOIN regions r ON r.id = c.region_id GROUP BY 1"_s.arg(perRegion),
        values);
}

} // namespace

QList<Township> townships(Store &store, QDate day)
{
    const QString byPersonRegion = u"JOIN persons p ON p.id = x.person_id "_s;
    const auto persons = perTownship(store,
        u"SELECT region_id, count(*) AS n FROM persons WHERE deleted = 0 GROUP BY region_id"_s);
    const auto measures = perTownship(store,
        u"SELECT p.region_id, count(*) AS n FROM control_measures x "_s + byPersonRegion
            + u"WHERE x.deleted = 0 AND x.released_on = '' GROUP BY p.region_id"_s);
    const auto fevers = perTownship(store,
        u"SELECT p.region_id, count(DISTINCT x.person_id) AS n FROM health_checks x "_s
            + byPersonRegion
            + u"WHERE x.deleted = 0 AND x.checked_on = ? AND x.temperature >= ? "
              "GROUP BY p.region_id"_s,
        { day.toString(Qt::ISODate), PolicyValues(store).feverThreshold() });
    const auto samples = perTownship(store,
        u"SELECT p.region_id, count(*) AS n FROM samples x "_s + byPersonRegion
            + u"WHERE x.deleted = 0 GROUP BY p.region_id"_s);
    const auto tasks = counts(store,
        u"SELECT substr(for_unit, 1, 9), count(*) FROM verification_tasks "
        "WHERE deleted = 0 AND result = '' GROUP BY 1"_s);

    QList<Township> list;
    QSqlQuery q(store.db());
    q.exec(u"SELECT t.code, t.name, max(e.received_seq), max(e.received_at) FROM regions t "
           "LEFT JOIN exchange_peers e ON e.unit_code = t.code "
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
        list.append(t);
    }
    return list;
}

} // namespace CountyRollup
