#include "CountyRollup.h"

#include "../measures/PolicyValues.h"
#include "../store/Store.h"

#include <QHash>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace CountyRollup {

namespace {

// Counts per township code (the first nine digits of a region code, then 000).
QHash<QString, qint64> perTownship(
    Store &store, const QString &sql, const QVariantList &values = {})
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

} // namespace

QList<Township> townships(Store &store, QDate day)
{
    const QString byPersonRegion
        = u"JOIN persons p ON p.id = x.person_id JOIN regions r ON r.id = p.region_id "_s;
    const auto persons = perTownship(store,
        u"SELECT substr(r.code, 1, 9), count(*) FROM persons p "
        "JOIN regions r ON r.id = p.region_id WHERE p.deleted = 0 GROUP BY 1"_s);
    const auto measures = perTownship(store,
        u"SELECT substr(r.code, 1, 9), count(*) FROM control_measures x "_s + byPersonRegion
            + u"WHERE x.deleted = 0 AND x.released_on = '' GROUP BY 1"_s);
    const auto fevers = perTownship(store,
        u"SELECT substr(r.code, 1, 9), count(DISTINCT x.person_id) FROM health_checks x "_s
            + byPersonRegion
            + u"WHERE x.deleted = 0 AND x.checked_on = ? AND x.temperature >= ? "
              "GROUP BY 1"_s,
        { day.toString(Qt::ISODate), PolicyValues(store).feverThreshold() });
    const auto samples = perTownship(store,
        u"SELECT substr(r.code, 1, 9), count(*) FROM samples x "_s + byPersonRegion
            + u"WHERE x.deleted = 0 GROUP BY 1"_s);
    const auto tasks = perTownship(store,
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
