#pragma once

#include "../store/Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

class Store;

// Two rows of one unit that are the same record: the same ID number registered on the office PC
// and on a field laptop, a checkpoint of one name made at both, one person's morning temperature
// of one day entered twice. Every installation settles them alike, without a clerk, so that all
// end up holding the same rows: the row with the smaller id (the one made first) survives; the
// other becomes a tombstone naming it (merged_into), and what referred to it moves over. A second
// record of one slot is set aside. Both are listed among the conflicts, where a clerk can undo a
// merge or keep the other reading.
class DuplicateRows
{
    Q_DECLARE_TR_FUNCTIONS(DuplicateRows)

public:
    // What makes two rows of a table the same record.
    struct Key
    {
        QString table;
        QStringList columns;
        QString condition; // over alias %1, such as "%1.id_number <> ''"
        // The other row is merged into the survivor (true), or only set aside (false: nothing
        // refers to it, or it is one reading of a slot).
        bool merges = true;
    };
    // The keys of the synced tables' unique indexes, each within its owner.
    static const QList<Key> &uniqueKeys();
    // Slots that hold one record, checked after a merge (no index enforces them, since a merge
    // itself may bring a second one).
    static const QList<Key> &slotKeys();

    // What one import is doing, for the rows it changes itself.
    struct Context
    {
        QString schema; // the attached payload
        QString peerUnit;
        quint64 stamp = 0; // one clock value for every row the import changes on its own
        QString detectedAt;
    };

    // Before table's rows are merged: settles every arriving row that is the same record as a
    // different row here. Returns how many.
    static Result<qint64> settleArriving(Store &store, const Context &context, const Key &key);
    // After every table: moves what refers to a merged row over to its survivor, then sets aside
    // second records of a slot. Returns the count per table.
    static Result<QHash<QString, qint64>> finish(Store &store, const Context &context);

    // The column a clerk corrects to keep two merged records apart: the ID number of a person,
    // the name of a checkpoint, the number of a permit, the code of a region.
    static QString keyColumn(const QString &table);

    // Undoes a merge listed among the conflicts: the merged row lives again with the key values
    // given (the ID number corrected, say), and what was moved from it moves back.
    static Result<void> split(
        Store &store, const QString &table, const QString &mergedId, const QVariantMap &newKey);
};
