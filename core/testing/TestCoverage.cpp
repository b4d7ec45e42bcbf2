#include "TestCoverage.h"

#include "../store/Store.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace {

// The live persons of the round's villages (bound: the round id), with their village. Regions are
// few, so matching them by code prefix is cheap; persons are then found by persons_region.
const QString scopedFrom
    = u"FROM test_round_villages trv "
      "JOIN regions v ON v.id = trv.region_id AND v.deleted = 0 "
      "JOIN regions r ON r.deleted = 0 AND substr(r.code, 1, 12) = v.code "
      "JOIN persons p ON p.region_id = r.id AND p.deleted = 0"_s;
const QString scopedWhere = u"trv.round_id = ? AND trv.deleted = 0"_s;

const QString sampledCondition
    = u"EXISTS (SELECT 1 FROM samples s WHERE s.round_id = trv.round_id "
      "AND s.person_id = p.id AND s.deleted = 0)"_s;

} // namespace

QList<TestCoverage::VillageCoverage> TestCoverage::perVillage() const
{
    QSqlQuery q(m_store.db());
    // Villages without anybody still get a row: LEFT JOINs from the scope.
    q.prepare(u"SELECT v.id, v.code, v.name, count(p.id), "
              "  count(p.id) FILTER (WHERE %1) "
              "FROM test_round_villages trv "
              "JOIN regions v ON v.id = trv.region_id AND v.deleted = 0 "
              "LEFT JOIN regions r ON r.deleted = 0 AND substr(r.code, 1, 12) = v.code "
              "LEFT JOIN persons p ON p.region_id = r.id AND p.deleted = 0 "
              "WHERE trv.round_id = ? AND trv.deleted = 0 "
              "GROUP BY v.id ORDER BY v.code"_s.arg(sampledCondition));
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
    q.prepare(u"SELECT count(*) %1 WHERE %2 AND NOT %3"_s.arg(
        scopedFrom, scopedWhere, sampledCondition));
    q.addBindValue(m_roundId);
    return q.exec() && q.next() ? q.value(0).toLongLong() : 0;
}

QList<TestCoverage::UntestedPerson> TestCoverage::untested(qint64 offset, qint64 limit) const
{
    QSqlQuery q(m_store.db());
    q.prepare(u"SELECT p.id, p.name, p.id_number, p.phone, v.name, coalesce(h.address, '') "
              "%1 LEFT JOIN households h ON h.id = p.household_id AND h.deleted = 0 "
              "WHERE %2 AND NOT %3 "
              "ORDER BY v.code, coalesce(h.address, ''), p.name, p.id LIMIT ? OFFSET ?"_s.arg(
                  scopedFrom, scopedWhere, sampledCondition));
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
