#pragma once

#include "../store/Result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

class Store;
struct Peer;

// What a bundle may carry (DESIGN: "Identity, ownership and scope"): a township's bundle, and its
// field laptops', only rows the township owns; a county's downward bundle only the county's own
// rows and the recipient township's. Export picks the rows by the same rules the import checks.
class BundleScope
{
    Q_DECLARE_TR_FUNCTIONS(BundleScope)

public:
    // The units whose rows a bundle from `producer` may carry into this store.
    static QStringList allowedOwners(Store &store, const Peer &producer);
    // Rows a laptop passes on of the county's, when this installation hears from the county
    // itself: they are left out of the merge, never taken from a second hand.
    static QString secondHandOwner(Store &store, const Peer &producer);

    // Refuses the whole bundle (attached as schema) when a row belongs to a unit outside
    // `allowed`, claims an owner its region, parent or task does not give it, or would take a
    // row stored here from its owner. The message names the table, the row and the owner.
    static Result<void> check(Store &store, const QString &schema, const QStringList &allowed,
        const QString &producerLabel);

    // The SQL condition, over a row of table, for the rows `me` sends to recipient (given
    // whether `me` hears from its county directly); binds :me (this instance), :recipient (its
    // instance), :unit (this unit), :county (this unit's county) and :for (the recipient's unit)
    // where it uses them.
    static QString exportCondition(
        const QString &table, const Peer &me, const Peer &recipient, bool meHearsFromCounty);
    // Whether this installation exchanges bundles with its county directly.
    static bool hearsFromCounty(Store &store);
};
