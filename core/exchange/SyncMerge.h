#pragma once

#include "../store/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <functional>

class Store;

// What a bundle did to one table.
struct TableReport
{
    QString table;
    qint64 inserted = 0;
    qint64 updated = 0;
    qint64 unchanged = 0;
    qint64 conflicts = 0; // changed on both sides; the newer edit was kept
    qint64 notStored = 0; // clashes with another row here; kept aside as a conflict
    qint64 merged = 0; // the same record as another row of the unit: merged, or set aside

    // The rows of the table that the conflicts list shows.
    qint64 listed() const { return conflicts + notStored + merged; }
};

// Merges the rows of an attached bundle payload into the store, table by table, in set-based
// SQL that knows nothing of the tables but their sync columns: any table with id, updated_hlc,
// origin and deleted travels. Newer clock wins per row (equal clocks: the greater origin) (a tombstone is a change like any other);
// rows of append-only tables are only ever added. Call inside a Transaction.
class SyncMerge
{
    Q_DECLARE_TR_FUNCTIONS(SyncMerge)

public:
    struct Source
    {
        QString schema; // the attached payload, such as "bundle"
        QString peerInstanceId; // who made the bundle
        QString peerUnit; // for the conflicts list
        quint64 peerSeenHlc = 0; // the peer has every row of ours up to this
        quint64 remoteFromHlc = 0; // the bundle's rows changed after this at the peer
    };

    // What a clerk calls a table's rows: 人员 for persons.
    static QString tableLabel(const QString &table);
    // What a clerk calls a column: 身份证号 for id_number; the column's own name when it has none.
    static QString columnLabel(const QString &column);

    // Tables whose rows are only ever added (logs): never updated or in conflict by a bundle.
    static bool isAppendOnly(const QString &table);

    // The synced tables in an order where a row's parents come before it.
    static QStringList tablesInOrder(Store &store);

    static Result<QList<TableReport>> merge(Store &store, const Source &source,
        const std::function<bool(const QString &table)> &beforeTable = {});

    // The smallest clock value among the payload's rows (0 when it has none).
    static quint64 oldestRow(Store &store, const QString &schema);

    // The columns of schema.table, in their order; none when there is no such table.
    static QStringList columnsOf(Store &store, const QString &schema, const QString &table);
    // The SQL condition that version a of a row is newer than version b: the later clock, or on
    // equal clocks the greater origin, so that every installation decides alike.
    static QString newer(const QString &a, const QString &b);
    // json_object('name', alias."name", ...) over the row's own columns and its tombstone flag:
    // one version of a row, as the conflicts list keeps it.
    static QString rowJson(const QString &alias, const QStringList &columns);
};
