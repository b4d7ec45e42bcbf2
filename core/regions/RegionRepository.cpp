#include "RegionRepository.h"

#include "RegionCode.h"

#include "../store/Store.h"
#include "../store/SyncedRows.h"
#include "../store/Transaction.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

QList<Region> RegionRepository::select(const QString &where, const QVariantList &values) const
{
    QSqlQuery q(m_store.db());
    q.prepare(u"SELECT id, code, name, level, parent_id FROM regions WHERE deleted = 0 AND "_s + where
              + u" ORDER BY code"_s);
    for (const QVariant &v : values)
        q.addBindValue(v);
    QList<Region> regions;
    if (!q.exec())
        return regions;
    while (q.next()) {
        regions.append({ q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                         Region::Level(q.value(3).toInt()), q.value(4).toString() });
    }
    return regions;
}

Region RegionRepository::byId(const QString &id) const
{
    return select(u"id = ?"_s, { id }).value(0);
}

Region RegionRepository::byCode(const QString &code) const
{
    return select(u"code = ?"_s, { RegionCode::normalized(code) }).value(0);
}

Region RegionRepository::township() const
{
    return select(u"level = ?"_s, { int(Region::Township) }).value(0);
}

QList<Region> RegionRepository::villages() const
{
    return select(u"level = ?"_s, { int(Region::Village) });
}

QList<Region> RegionRepository::children(const QString &parentId) const
{
    return select(u"parent_id = ?"_s, { parentId });
}

Region RegionRepository::villageOf(const QString &regionId) const
{
    const Region region = byId(regionId);
    return region.level == Region::Village ? region : byCode(RegionCode::villageOf(region.code));
}

Result<QString> RegionRepository::add(const QString &parentId, const QString &code,
                                      const QString &name)
{
    const Region parent = byId(parentId);
    if (!parent.isValid() || parent.level == Region::Grid)
        return Result<QString>::failure(tr("A region can only be added under a township, village or group."));
    const QString normalized = RegionCode::normalized(code);
    const auto level = Region::Level(parent.level + 1);
    if (const QString problem = RegionCode::problem(normalized, level, parent.code); !problem.isEmpty())
        return Result<QString>::failure(problem);
    if (name.trimmed().isEmpty())
        return Result<QString>::failure(tr("The region %1 needs a name.").arg(normalized));
    if (const Region existing = byCode(normalized); existing.isValid())
        return Result<QString>::failure(
                tr("The code %1 is already used by %2.").arg(normalized, existing.name));
    Transaction transaction(m_store);
    if (!transaction.isActive())
        return Result<QString>::failure(transaction.error());
    auto id = SyncedRows::insert(m_store, u"regions"_s,
                                 { { u"code"_s, normalized },
                                   { u"name"_s, name.trimmed() },
                                   { u"level"_s, int(level) },
                                   { u"parent_id"_s, parent.id } });
    if (!id)
        return id;
    if (auto r = transaction.commit(); !r)
        return Result<QString>::failure(r.error());
    return id;
}

QString RegionRepository::nextChildCode(const QString &parentId) const
{
    const Region parent = byId(parentId);
    if (!parent.isValid() || parent.level >= Region::Grid)
        return {};
    // Village codes replace the township's last three digits; groups and grids append three.
    const QString stem = parent.level == Region::Township ? parent.code.left(9) : parent.code;
    int highest = 0;
    QSqlQuery q(m_store.db());
    q.prepare(u"SELECT code FROM regions WHERE parent_id = ?"_s);
    q.addBindValue(parentId);
    q.exec();
    while (q.next())
        highest = std::max(highest, q.value(0).toString().mid(stem.size(), 3).toInt());
    if (highest >= 999)
        return {};
    return stem + u"%1"_s.arg(highest + 1, 3, 10, QLatin1Char('0'));
}
