#pragma once

#include "Result.h"

#include <QVariantMap>

class Store;

// The append-only record of who changed what: one entry per row a person inserted, changed or
// deleted, with the row before and after as JSON. Written inside the change's own transaction,
// so a change and its audit entry are stored together or not at all.
namespace AuditLog {

enum class Action { Insert, Update, Delete, Bulk };

Result<void> append(Store &store, const QString &table, const QString &rowId, Action action,
                    const QVariantMap &before, const QVariantMap &after);

struct Entry
{
    QString at;
    QString userName;
    QString table;
    QString rowId;
    QString action;
    QString beforeJson;
    QString afterJson;
};
// Newest first.
QList<Entry> entriesFor(Store &store, const QString &table, const QString &rowId);

} // namespace AuditLog
