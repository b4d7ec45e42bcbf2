#pragma once

#include "Result.h"

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QVariantMap>

class Store;

// Two rows that are one record become one: the merged row turns into a tombstone naming its
// survivor (merged_into), and every live row that referred to it refers to the survivor instead.
// Each move is written down in sync_moves, so that undoing the merge moves exactly those rows
// back. Used by a clerk's merge (a person registered twice, two households that are one) and by
// the import's settling of rows that are the same record.
namespace RowMerge {

// The tables whose rows can be merged into another of their table.
const QStringList &mergingTables();

// A record that a row holds once: one temperature per person, day and period; one sample per
// person and round. A row of such a table is not moved onto a survivor that holds its slot
// already: it stays with the merged row, and comes back with it if the merge is undone.
struct Slot
{
    QString table;
    QStringList columns;
};
const QList<Slot> &slotKeys();

// The child tables and columns whose foreign keys refer to rows of table.
QList<QPair<QString, QString>> referencesTo(Store &store, const QString &table);

// Call inside a Transaction. Tombstones mergedId as merged into survivorId, with the columns
// in alongside (a removal's reason, say), and moves what refers to it. Returns how many rows
// moved.
Result<qint64> mergeInto(Store &store, const QString &table, const QString &mergedId,
    const QString &survivorId, const QVariantMap &alongside = {});

// Call inside a Transaction, after mergedId lives again: what was moved from it to its survivor
// moves back, unless a clerk has moved it elsewhere since.
Result<void> moveBack(Store &store, const QString &mergedId, const QString &survivorId);

} // namespace RowMerge
