#include "Ownership.h"

#include "Store.h"

#include <QHash>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Ownership {

namespace {

Rule parent(std::initializer_list<ParentLink> links)
{
    return { Kind::Parent, QList<ParentLink>(links) };
}

const QHash<QString, Rule> &rules()
{
    static const QHash<QString, Rule> table = {
        { u"regions"_s, { Kind::RegionCode, {} } },
        { u"households"_s, parent({ { u"region_id"_s, u"regions"_s } }) },
        { u"persons"_s, parent({ { u"region_id"_s, u"regions"_s } }) },
        { u"screening_visits"_s, parent({ { u"household_id"_s, u"households"_s } }) },
        { u"control_measures"_s, parent({ { u"person_id"_s, u"persons"_s } }) },
        { u"responsibilities"_s, parent({ { u"measure_id"_s, u"control_measures"_s } }) },
        { u"health_checks"_s, parent({ { u"person_id"_s, u"persons"_s } }) },
        { u"samples"_s, parent({ { u"person_id"_s, u"persons"_s } }) },
        { u"need_records"_s,
            parent({ { u"person_id"_s, u"persons"_s }, { u"household_id"_s, u"households"_s } }) },
        { u"test_rounds"_s, { Kind::Maker, {} } },
        { u"test_round_villages"_s, parent({ { u"round_id"_s, u"test_rounds"_s } }) },
        { u"test_sites"_s, parent({ { u"round_id"_s, u"test_rounds"_s } }) },
        { u"isolation_sites"_s, { Kind::Maker, {} } },
        { u"checkpoints"_s, parent({ { u"region_id"_s, u"regions"_s } }) },
        { u"duty_shifts"_s, parent({ { u"checkpoint_id"_s, u"checkpoints"_s } }) },
        { u"checkpoint_entries"_s, parent({ { u"checkpoint_id"_s, u"checkpoints"_s } }) },
        { u"pass_permits"_s, { Kind::Maker, {} } },
        { u"supervision_teams"_s, { Kind::Maker, {} } },
        { u"checklist_templates"_s, { Kind::Maker, {} } },
        { u"supervision_rounds"_s, parent({ { u"team_id"_s, u"supervision_teams"_s } }) },
        { u"supervision_visits"_s, parent({ { u"round_id"_s, u"supervision_rounds"_s } }) },
        { u"findings"_s, parent({ { u"visit_id"_s, u"supervision_visits"_s } }) },
        { u"accountability_records"_s, { Kind::Maker, {} } },
        { u"policy_values"_s, { Kind::County, {} } },
        { u"risk_areas"_s, { Kind::County, {} } },
        { u"verification_tasks"_s, { Kind::ForUnit, {} } },
        { u"audit_log"_s, { Kind::Maker, {} } },
    };
    return table;
}

} // namespace

bool hasRule(const QString &table)
{
    return rules().contains(table);
}

Rule ruleFor(const QString &table)
{
    return rules().value(table);
}

QString countyOf(const QString &unit)
{
    return unit.left(6) + u"000000"_s;
}

bool isCounty(const QString &unit)
{
    return unit.size() == 12 && unit.endsWith("000000"_L1);
}

QString ofRegion(const QString &code, int level)
{
    return level == 0 ? code : code.left(9) + u"000"_s;
}

QString ownerOf(Store &store, const QString &table, const QVariantMap &values)
{
    const Rule rule = ruleFor(table);
    switch (rule.kind) {
    case Kind::RegionCode:
        return ofRegion(values.value(u"code"_s).toString(), values.value(u"level"_s).toInt());
    case Kind::ForUnit:
        return values.value(u"for_unit"_s).toString();
    case Kind::County:
        return countyOf(store.unitCode());
    case Kind::Parent:
        for (const ParentLink &link : rule.parents) {
            const QString parentId = values.value(link.column).toString();
            if (parentId.isEmpty())
                continue;
            QSqlQuery q(store.db());
            q.prepare(u"SELECT owner_unit FROM %1 WHERE id = ?"_s.arg(link.table));
            q.addBindValue(parentId);
            if (q.exec() && q.next())
                return q.value(0).toString();
        }
        break;
    case Kind::Maker:
        break;
    }
    return store.unitCode();
}

QString derivedOwnerSql(const QString &table, const QString &alias, const QStringList &schemas)
{
    const Rule rule = ruleFor(table);
    switch (rule.kind) {
    case Kind::RegionCode:
        return u"CASE WHEN %1.level = 0 THEN %1.code ELSE substr(%1.code, 1, 9) || '000' END"_s.arg(
            alias);
    case Kind::ForUnit:
        return alias + u".for_unit"_s;
    case Kind::Parent: {
        QStringList lookups;
        for (const ParentLink &link : rule.parents) {
            for (const QString &schema : schemas)
                lookups << u"(SELECT o.owner_unit FROM %1.\"%2\" o WHERE o.id = %3.\"%4\")"_s.arg(
                    schema, link.table, alias, link.column);
        }
        return u"coalesce(%1)"_s.arg(lookups.join(u", "_s));
    }
    case Kind::County:
        // A county-wide value belongs to a county, never to a township that claims it.
        return u"substr(%1.owner_unit, 1, 6) || '000000'"_s.arg(alias);
    case Kind::Maker:
        break;
    }
    return {};
}

} // namespace Ownership
