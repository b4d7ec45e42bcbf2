#pragma once

#include "Result.h"

#include <QStringList>
#include <QVariantMap>

class Store;

// The append-only record of who changed what: one entry per row a user inserted, changed or
// deleted (or a summary of a bulk change, or a note of an export of full data), with which
// columns were written and their values before and after — ID numbers and phones masked, and
// no values at all for the rows of logs that are records themselves (checkpoint entries,
// health checks). Written inside the change's own transaction, so a change and its entry are
// stored together or not at all.
//
// Each installation's entries are numbered from 1 and chained: an entry holds the SHA-256 of
// the one before, and its own hash covers everything it says. The table refuses updates and
// deletes; verify() finds whatever a database tool did to it all the same.
namespace AuditLog {

enum class Action { Insert, Update, Delete, Bulk, Export };

Result<void> append(Store &store, const QString &table, const QString &rowId, Action action,
                    const QVariantMap &before, const QVariantMap &after);

struct Entry
{
    QString at;
    QString userName;
    QString table;
    QString rowId;
    QString action;
    QStringList changed;
    QString beforeJson;
    QString afterJson;
};
// Newest first.
QList<Entry> entriesFor(Store &store, const QString &table, const QString &rowId);

// The breaks in every installation's chain the store holds (or in those of the origins given),
// each naming the first entry that does not hold (changed, missing, put in, or out of order);
// empty when every chain is whole.
QStringList verify(Store &store, const QStringList &origins = {});

} // namespace AuditLog
