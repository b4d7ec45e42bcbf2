#include "ScreeningCoverage.h"

#include "../store/Store.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace ScreeningCoverage {

QDate currentSince(QDate today)
{
    return today.addDays(-13);
}

QList<VillageCoverage> perVillage(Store &store, QDate since)
{
    QSqlQuery q(store.db());
    q.prepare(u"SELECT v.id, v.code, v.name, count(h.id), "
              "  count(h.id) FILTER (WHERE EXISTS (SELECT 1 FROM screening_visits s "
              "    WHERE s.household_id = h.id AND s.deleted = 0 AND s.visited_on >= ?)) "
              "FROM regions v "
              "LEFT JOIN regions r ON r.deleted = 0 AND substr(r.code, 1, 12) = v.code "
              "LEFT JOIN households h ON h.region_id = r.id AND h.deleted = 0 "
              "WHERE v.level = 2 AND v.deleted = 0 GROUP BY v.id ORDER BY v.code"_s);
    // '' rather than a null QString, which would bind as NULL and match no visit at all.
    q.addBindValue(since.isValid() ? since.toString(Qt::ISODate) : QString(u""_s));
    QList<VillageCoverage> list;
    if (q.exec()) {
        while (q.next())
            list.append({ q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                          q.value(3).toLongLong(), q.value(4).toLongLong() });
    }
    return list;
}

} // namespace ScreeningCoverage
