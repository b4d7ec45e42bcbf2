#pragma once

#include <QList>
#include <QString>
#include <QVariantMap>

class Store;

// Which unit owns a row of a synced table (DESIGN: "Identity, ownership and scope"), written
// down per table: by its region's code, through its parent row, the township a task is for,
// the county for county-wide values, or the unit that made it. New rows are stamped with their
// owner in owner_unit; arriving rows are checked against the same rules.
namespace Ownership {

enum class Kind {
    Maker, // the unit of the installation that made the row
    County, // the county of the unit that made it: values that hold county-wide
    RegionCode, // the township (or county) the region's code lies in
    ForUnit, // the unit named in for_unit
    Parent, // the owner of the parent row (the first of the columns that is set)
};

struct ParentLink
{
    QString column;
    QString table;
};

struct Rule
{
    Kind kind = Kind::Maker;
    QList<ParentLink> parents;
};

// The rule of a synced table; false when the table has none written down.
bool hasRule(const QString &table);
Rule ruleFor(const QString &table);

// 370285000000 for 370285105000: the county a unit lies in.
QString countyOf(const QString &unit);
bool isCounty(const QString &unit);
// The unit that owns a region of this code and level.
QString ofRegion(const QString &code, int level);

// The owner of a new row of table with these values, made on this store.
QString ownerOf(Store &store, const QString &table, const QVariantMap &values);

// An SQL expression for the owner that the row `alias` of table must have, given its region,
// parent or for_unit (a county for county-wide values); parents are looked up in each of the
// schemas in turn. Empty for rows whose owner only the producer vouches for (Maker).
QString derivedOwnerSql(const QString &table, const QString &alias, const QStringList &schemas);

} // namespace Ownership
