#pragma once

#include "Result.h"

#include <QVariantMap>

class Store;

// Writes rows of synced tables on behalf of a person: stamps id, updated_hlc, origin and deleted,
// and appends the audit entry. Call inside a Transaction. Table and column names come from code,
// never from input; every value is bound.
namespace SyncedRows {

// Inserts the row; makes a new UUID unless values holds an "id". Returns the id.
Result<QString> insert(Store &store, const QString &table, QVariantMap values);
// insert() in a transaction of its own (a savepoint inside the caller's), for a write that is
// whole by itself.
Result<QString> insertAndCommit(Store &store, const QString &table, const QVariantMap &values);
// Changes the given columns of a live row; refuses a missing or deleted row.
Result<void> update(
    Store &store, const QString &table, const QString &id, const QVariantMap &changes);
// Marks the row deleted, with the columns in alongside (why it was removed); rows are never
// removed, so the deletion can travel in a bundle.
Result<void> tombstone(Store &store, const QString &table, const QString &id,
    const QVariantMap &alongside = {});
// Writes a whole version of the row that a clerk chose (keeping one side of a sync conflict):
// every given column and the tombstone flag, stamped as a new change here so that it also wins
// at the other side. Inserts the row when there is none.
Result<void> put(
    Store &store, const QString &table, const QString &id, const QVariantMap &values, bool deleted);
// The row's columns without the sync columns; empty when there is no such row.
QVariantMap fetch(Store &store, const QString &table, const QString &id);

QString newId();

// The text to bind for a NOT NULL text column: QSqlQuery binds a null QString as NULL, and an
// empty field is ''.
QString boundText(const QString &text);

} // namespace SyncedRows
