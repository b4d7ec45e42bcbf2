#include "TestCoverage.h"

#include "../store/Store.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace {

// The regions of the round's villages (bound: the round id): each village itself and its groups
// and grids. Regions are few, so matching them by code prefix is cheap; materialized first, the
// persons are then found through persons_region, 4x faster at 100k persons than letting the
// planner scan persons and look each region up.
const QString scope
    = u"WITH scope AS MATERIALIZED ("
      "  SELECT trv.round_id, v.id AS village_id, v.code AS village_code, "
      "    v.name AS village_name, r.id AS region_id, r.code AS region_code "
      "  FROM test_round_villages trv "
      "  JOIN regions v ON v.id = trv.region_id AND v.deleted = 0 "
      "  JOIN regions r ON r.deleted = 0 AND substr(r.code, 1, 12) = v.code "
      "  WHERE trv.round_id = ? AND trv.deleted = 0) "_s;

const QString sampled
    = u"EXISTS (SELECT 1 FROM samples s WHERE s.round_id = sc.round_id "
      "AND s.person_id = p.id AND s.deleted = 0)"_s;

} // namespace

QList<TestCoverage::VillageCoverage> TestCoverage::perVillage() const
{
    QSqlQuery q(m_store.db());
    // A village is a region of its own scope, so a village without anybody still gets a row.
    q.prepare(u"%1 SELECT sc.village_id, sc.village_code, sc.village_name, count(p.id), "
              "  count(p.id) FILTER (WHERE %2) "
              "FROM scope sc LEFT JOIN persons p ON p.region_id = sc.region_id AND p.deleted = 0 "
              "GROUP BY sc.village_id ORDER BY sc.village_code"_s.arg(scope, sampled));
    q.addBindValue(m_roundId);
    QList<VillageCoverage> list;
    if (q.exec()) {
        while (q.next())
            list.append({ q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                          q.value(3).toLongLong(), q.value(4).toLongLong() });
    }
    return list;
}

TestCoverage::VillageCoverage TestCoverage::total(const QList<VillageCoverage> &villages)
{
    VillageCoverage sum;
    for (const VillageCoverage &v : villages) {
        sum.inScope += v.inScope;
        sum.sampled += v.sampled;
    }
    return sum;
}

qint64 TestCoverage::untestedCount() const
{
    QSqlQuery q(m_store.db());
    q.prepare(u"%1 SELECT count(*) FROM scope sc "
              "JOIN persons p ON p.region_id = sc.region_id AND p.deleted = 0 WHERE NOT %2"_s.arg(
                  scope, sampled));
    q.addBindValue(m_roundId);
    return q.exec() && q.next() ? q.value(0).toLongLong() : 0;
}

QList<TestCoverage::UntestedPerson> TestCoverage::untested(qint64 offset, qint64 limit) const
{
    QSqlQuery q(m_store.db());
    q.prepare(u"%1 SELECT p.id, p.name, p.id_number, p.phone, sc.village_name, "
              "  coalesce(h.address, '') "
              "FROM scope sc JOIN persons p ON p.region_id = sc.region_id AND p.deleted = 0 "
              "LEFT JOIN households h ON h.id = p.household_id AND h.deleted = 0 "
              "WHERE NOT %2 "
              "ORDER BY sc.region_code, coalesce(h.address, '') COLLATE tl_natural, "
              "tl_name_key(p.name), p.id "
              "LIMIT ? OFFSET ?"_s.arg(scope, sampled));
    q.addBindValue(m_roundId);
    q.addBindValue(limit);
    q.addBindValue(offset);
    QList<UntestedPerson> list;
    if (q.exec()) {
        while (q.next())
            list.append({ q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                          q.value(3).toString(), q.value(4).toString(), q.value(5).toString() });
    }
    return list;
}
