#pragma once

#include "Result.h"

#include <QDate>
#include <QStringList>
#include <QVariantMap>

#include <functional>

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
    QString origin; // the installation that wrote it
    qint64 seq = 0; // its number in that installation's chain; 0 before the chain began
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

// What the audit viewer looks for; an empty part takes every entry.
struct Filter
{
    QString userName;
    QString table;
    QString rowId; // the row's id, or its beginning
    QDate from; // days of this computer's time zone, both included
    QDate to;
};
// The entries the filter takes, newest first: at most limit (all when negative) after the first
// offset. Needs the right to read the audit trail.
Result<QList<Entry>> find(Store &store, const Filter &filter, qint64 offset = 0, qint64 limit = -1);
Result<qint64> count(Store &store, const Filter &filter);
// Hands every entry the filter takes to visit, newest first, without holding them all; visit
// returns false to stop. Returns how many were visited.
Result<qint64> forEach(Store &store, const Filter &filter,
                       const std::function<bool(const Entry &)> &visit);
// The users and the tables that have entries, for the viewer's choices.
QStringList userNames(Store &store);
QStringList tables(Store &store);

// The breaks in every installation's chain the store holds (or in those of the origins given),
// each naming the first entry that does not hold (changed, missing, put in, or out of order);
// empty when every chain is whole.
QStringList verify(Store &store, const QStringList &origins = {});
// For entries that came in from origin (a bundle's producer): checks that they follow on from
// the last entry of origin checked before, and remembers how far the chain holds and its first
// break. Returns that break (empty while the chain holds), said again at every later import.
Result<QString> checkReceived(Store &store, const QString &origin);

} // namespace AuditLog
