#include "BundleScope.h"

#include "ExchangePeers.h"
#include "SyncMerge.h"

#include "../store/Ownership.h"
#include "../store/Store.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace {

bool isCountyPeer(const Peer &peer)
{
    return peer.unitLevel == "county"_L1;
}

} // namespace

bool BundleScope::hearsFromCounty(Store &store)
{
    const QString county = Ownership::countyOf(store.unitCode());
    if (county == store.unitCode())
        return false;
    const QList<Peer> peers = ExchangePeers(store).all();
    return std::any_of(peers.cbegin(), peers.cend(),
        [&](const Peer &p) { return isCountyPeer(p) && p.unitCode == county; });
}

QStringList BundleScope::allowedOwners(Store &store, const Peer &producer)
{
    const QString me = store.unitCode();
    QStringList allowed { producer.unitCode };
    // The county writes the rows of the township it sends to (a name corrected, a village
    // added, a task for it).
    if (isCountyPeer(producer) && Ownership::countyOf(me) == producer.unitCode
        && me != producer.unitCode)
        allowed << me;
    // Another installation of this township passes on what the county sent it, unless this
    // one hears from the county itself (then they are left out, see secondHandOwner).
    if (producer.unitCode == me && !hearsFromCounty(store))
        allowed << Ownership::countyOf(me);
    return allowed;
}

QString BundleScope::secondHandOwner(Store &store, const Peer &producer)
{
    if (producer.unitCode == store.unitCode() && hearsFromCounty(store))
        return Ownership::countyOf(store.unitCode());
    return {};
}

Result<void> BundleScope::check(
    Store &store, const QString &schema, const QStringList &allowed, const QString &producerLabel)
{
    QStringList placeholders;
    for (qsizetype i = 0; i < allowed.size(); ++i)
        placeholders << u":a%1"_s.arg(i);
    const QString inAllowed = placeholders.join(u", "_s);
    for (const QString &table : store.syncedTables()) {
        QSqlQuery q(store.db());
        if (!q.exec(u"SELECT 1 FROM pragma_table_info('%1', '%2') WHERE name = 'owner_unit'"_s.arg(
                table, schema))
            || !q.next())
            continue; // the bundle carries nothing of this table
        const QString rows = u"\"%1\".\"%2\""_s.arg(schema, table);

        q.prepare(
            u"SELECT p.id, p.owner_unit FROM %1 p WHERE p.owner_unit NOT IN (%2) LIMIT 1"_s.arg(
                rows, inAllowed));
        for (qsizetype i = 0; i < allowed.size(); ++i)
            q.bindValue(placeholders[i], allowed[i]);
        if (q.exec() && q.next())
            return Result<void>::failure(
                tr("The bundle from %1 carries the row %2 of %3, which belongs to unit %4: %1 "
                   "may not write it. The bundle is refused and nothing was changed.")
                    .arg(producerLabel, q.value(0).toString(), SyncMerge::tableLabel(table),
                        q.value(1).toString()));

        const QString derived = Ownership::derivedOwnerSql(table, u"p"_s, { schema, u"main"_s });
        if (!derived.isEmpty()
            && q.exec(u"SELECT p.id, p.owner_unit, %1 FROM %2 p WHERE p.owner_unit <> "
                      "coalesce(%1, p.owner_unit) LIMIT 1"_s.arg(derived, rows))
            && q.next())
            return Result<void>::failure(
                tr("The bundle from %1 gives the row %2 of %3 to unit %4, but it belongs to unit "
                   "%5 by its place or the record it is part of. The bundle is refused and "
                   "nothing was changed.")
                    .arg(producerLabel, q.value(0).toString(), SyncMerge::tableLabel(table),
                        q.value(1).toString(), q.value(2).toString()));

        if (q.exec(u"SELECT p.id, m.owner_unit FROM %1 p JOIN main.\"%2\" m ON m.id = p.id "
                   "WHERE m.owner_unit <> p.owner_unit LIMIT 1"_s.arg(rows, table))
            && q.next())
            return Result<void>::failure(
                tr("The bundle from %1 carries the row %2 of %3 as its own, but here it belongs "
                   "to unit %4. The bundle is refused and nothing was changed.")
                    .arg(producerLabel, q.value(0).toString(), SyncMerge::tableLabel(table),
                        q.value(1).toString()));
    }
    return {};
}

QString BundleScope::exportCondition(
    const QString &table, const Peer &me, const Peer &recipient, bool meHearsFromCounty)
{
    if (isCountyPeer(me)) {
        // What the county made itself, for the county or for this township; the county's audit
        // trail stays at the county, since it speaks of every township's people.
        if (table == "audit_log"_L1)
            return u"0"_s;
        return u"origin = :me AND owner_unit IN (:unit, :for)"_s;
    }
    // A township passes on all but the recipient's own rows: to its county only its own, to
    // another installation of itself also the county's when it hears from the county.
    if (recipient.unitCode == me.unitCode && meHearsFromCounty)
        return u"origin <> :recipient AND owner_unit IN (:unit, :county)"_s;
    return u"origin <> :recipient AND owner_unit = :unit"_s;
}
