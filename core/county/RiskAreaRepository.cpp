#include "RiskAreaRepository.h"

#include "../store/Store.h"
#include "../store/SyncedRows.h"
#include "../store/Transaction.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

const QStringList &RiskArea::levels()
{
    static const QStringList list = { u"high"_s, u"medium"_s, u"low"_s };
    return list;
}

QString RiskArea::levelLabel(const QString &level)
{
    if (level == "high"_L1)
        return RiskAreaRepository::tr("High risk");
    if (level == "medium"_L1)
        return RiskAreaRepository::tr("Medium risk");
    return RiskAreaRepository::tr("Low risk");
}

Result<QString> RiskAreaRepository::add(const RiskArea &area, QDate today)
{
    const QString name = area.name.simplified();
    if (name.isEmpty())
        return Result<QString>::failure(
            tr("Enter the area as the list names it, such as 上海市浦东新区."));
    if (!RiskArea::levels().contains(area.riskLevel))
        return Result<QString>::failure(tr("Choose the risk level."));
    const QDate listed = area.listedOn.isValid() ? area.listedOn : today;
    for (const RiskArea &known : all()) {
        if (known.name == name && !known.liftedOn.isValid())
            return Result<QString>::failure(tr("%1 is already on the list.").arg(name));
    }
    return SyncedRows::insertAndCommit(m_store, u"risk_areas"_s,
        { { u"name"_s, name }, { u"risk_level"_s, area.riskLevel },
            { u"listed_on"_s, listed.toString(Qt::ISODate) } });
}

Result<void> RiskAreaRepository::lift(const QString &id, QDate liftedOn)
{
    for (const RiskArea &area : all()) {
        if (area.id != id)
            continue;
        if (liftedOn < area.listedOn)
            return Result<void>::failure(
                tr("An area cannot be taken off the list before it was put on it."));
        Transaction tx(m_store);
        if (auto r = SyncedRows::update(m_store, u"risk_areas"_s, id,
                { { u"lifted_on"_s, liftedOn.toString(Qt::ISODate) } });
            !r)
            return r;
        return tx.commit();
    }
    return Result<void>::failure(tr("The area is no longer on the list."));
}

QList<RiskArea> RiskAreaRepository::all() const
{
    QList<RiskArea> areas;
    QSqlQuery q(m_store.db());
    q.exec(u"SELECT id, name, risk_level, listed_on, lifted_on FROM risk_areas WHERE deleted = 0 "
           "ORDER BY lifted_on <> '', CASE risk_level WHEN 'high' THEN 0 WHEN 'medium' THEN 1 ELSE "
           "2 END, "
           "name COLLATE tl_natural"_s);
    while (q.next()) {
        RiskArea a;
        a.id = q.value(0).toString();
        a.name = q.value(1).toString();
        a.riskLevel = q.value(2).toString();
        a.listedOn = QDate::fromString(q.value(3).toString(), Qt::ISODate);
        a.liftedOn = QDate::fromString(q.value(4).toString(), Qt::ISODate);
        areas.append(a);
    }
    return areas;
}

RiskArea RiskAreaRepository::matching(const QString &place, QDate day) const
{
    const QString text = place.simplified().remove(u' ');
    RiskArea best;
    for (const RiskArea &area : all()) {
        // The most precise listed area wins: 浦东新区张江镇 over 浦东新区.
        if (area.isListed(day) && text.contains(area.name) && area.name.size() > best.name.size())
            best = area;
    }
    return best;
}
