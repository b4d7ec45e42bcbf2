#include "SyncConflicts.h"

#include "DuplicateRows.h"

#include "../store/Store.h"
#include "../store/SyncedRows.h"
#include "../store/Transaction.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace {

const QString columns
    = u"conflict_no, table_name, row_id, kind, local_json, remote_json, peer_unit, "
      "detected_at, resolution"_s;

// The row's own columns, and its tombstone flag apart.
QVariantMap rowFrom(const QString &json, bool *deleted)
{
    QVariantMap row = QJsonDocument::fromJson(json.toUtf8()).object().toVariantMap();
    *deleted = row.take(u"deleted"_s).toInt() != 0;
    return row;
}

SyncConflict conflictFrom(const QSqlQuery &q)
{
    SyncConflict c;
    c.number = q.value(0).toLongLong();
    c.table = q.value(1).toString();
    c.rowId = q.value(2).toString();
    c.kind = q.value(3).toString();
    c.local = rowFrom(q.value(4).toString(), &c.localDeleted);
    c.remote = rowFrom(q.value(5).toString(), &c.remoteDeleted);
    c.peerUnit = q.value(6).toString();
    c.detectedAt = q.value(7).toString();
    c.resolution = q.value(8).toString();
    return c;
}

} // namespace

QStringList SyncConflict::differences() const
{
    QStringList changed;
    for (auto it = remote.cbegin(); it != remote.cend(); ++it) {
        if (local.value(it.key()) != it.value())
            changed << it.key();
    }
    if (localDeleted != remoteDeleted)
        changed << u"deleted"_s;
    return changed;
}

QString SyncConflict::label() const
{
    for (const QString &key : { u"name"_s, u"address"_s, u"code"_s, u"key"_s }) {
        const QString value = remote.value(key, local.value(key)).toString();
        if (!value.isEmpty())
            return value;
    }
    return rowId;
}

qint64 SyncConflicts::openCount() const
{
    QSqlQuery q(m_store.db());
    return q.exec(u"SELECT count(*) FROM sync_conflicts WHERE resolution = ''"_s) && q.next()
        ? q.value(0).toLongLong()
        : 0;
}

qint64 SyncConflicts::count() const
{
    QSqlQuery q(m_store.db());
    return q.exec(u"SELECT count(*) FROM sync_conflicts"_s) && q.next() ? q.value(0).toLongLong()
                                                                        : 0;
}

QList<SyncConflict> SyncConflicts::list(int offset, int limit) const
{
    QList<SyncConflict> conflicts;
    QSqlQuery q(m_store.db());
    q.prepare(
        u"SELECT %1 FROM sync_conflicts ORDER BY resolution <> '', "
        "CASE WHEN resolution = '' THEN conflict_no ELSE -conflict_no END LIMIT ? OFFSET ?"_s.arg(
            columns));
    q.addBindValue(limit);
    q.addBindValue(offset);
    q.exec();
    while (q.next())
        conflicts.append(conflictFrom(q));
    return conflicts;
}

SyncConflict SyncConflicts::byNumber(qint64 number) const
{
    QSqlQuery q(m_store.db());
    q.prepare(u"SELECT %1 FROM sync_conflicts WHERE conflict_no = ?"_s.arg(columns));
    q.addBindValue(number);
    return q.exec() && q.next() ? conflictFrom(q) : SyncConflict();
}

Result<void> SyncConflicts::keepLocal(qint64 number)
{
    return keep(number, false);
}

Result<void> SyncConflicts::keepRemote(qint64 number)
{
    return keep(number, true);
}

namespace {

Result<void> markSettled(Store &store, qint64 number, const QString &resolution)
{
    QSqlQuery q(store.db());
    q.prepare(
        u"UPDATE sync_conflicts SET resolution = ?, resolved_at = ?, resolved_by = ? WHERE conflict_no = ?"_s);
    q.addBindValue(resolution);
    q.addBindValue(QDateTime::currentDateTime().toString(Qt::ISODate));
    q.addBindValue(store.user().name);
    q.addBindValue(number);
    if (!q.exec())
        return Result<void>::failure(Store::tr("Database error: %1").arg(q.lastError().text()));
    return {};
}

} // namespace

Result<void> SyncConflicts::split(qint64 number, const QVariantMap &newKey)
{
    const SyncConflict conflict = byNumber(number);
    if (conflict.number == 0)
        return Result<void>::failure(tr("There is no such conflict."));
    if (conflict.kind != "merged"_L1)
        return Result<void>::failure(tr("Only a merge can be undone."));
    if (!conflict.resolution.isEmpty())
        return Result<void>::failure(tr("This conflict was already settled."));
    Transaction tx(m_store);
    if (!tx.isActive())
        return Result<void>::failure(tx.error());
    if (auto r = DuplicateRows::split(m_store, conflict.table, conflict.rowId, newKey); !r)
        return r;
    if (auto r = markSettled(m_store, number, u"split"_s); !r)
        return r;
    return tx.commit();
}

Result<void> SyncConflicts::keep(qint64 number, bool remote)
{
    const SyncConflict conflict = byNumber(number);
    if (conflict.number == 0)
        return Result<void>::failure(tr("There is no such conflict."));
    if (!conflict.resolution.isEmpty())
        return Result<void>::failure(tr("This conflict was already settled."));
    // A merge is accepted as it stands (keeping the record here) or undone by split().
    if (conflict.kind == "merged"_L1 && remote)
        return Result<void>::failure(
            tr("The two records were merged into one; to keep them apart, undo the merge."));
    Transaction tx(m_store);
    if (!tx.isActive())
        return Result<void>::failure(tx.error());
    const QVariantMap &chosen = remote ? conflict.remote : conflict.local;
    const bool chosenDeleted = remote ? conflict.remoteDeleted : conflict.localDeleted;
    // Keeping the version here of a row that never arrived, or accepting a merge, only closes the
    // conflict.
    if (!chosen.isEmpty() && conflict.kind != "merged"_L1) {
        QSqlQuery q(m_store.db());
        q.prepare(u"SELECT deleted FROM \"%1\" WHERE id = ?"_s.arg(conflict.table));
        q.addBindValue(conflict.rowId);
        const bool exists = q.exec() && q.next();
        const bool sameDeleted = exists && (q.value(0).toInt() != 0) == chosenDeleted;
        QVariantMap current
            = exists ? SyncedRows::fetch(m_store, conflict.table, conflict.rowId) : QVariantMap();
        current.remove(u"id"_s);
        QVariantMap wanted = chosen;
        wanted.remove(u"id"_s);
        bool same = exists && sameDeleted;
        for (auto it = wanted.cbegin(); same && it != wanted.cend(); ++it)
            same = current.value(it.key()).toString() == it.value().toString();
        if (!same) {
            if (auto r
                = SyncedRows::put(m_store, conflict.table, conflict.rowId, wanted, chosenDeleted);
                !r) {
                if (r.error().contains(u"UNIQUE"_s))
                    return Result<void>::failure(
                        tr("Another record here holds the same ID number or code; "
                           "change or delete that one first."));
                return Result<void>::failure(tr("The version cannot be kept: %1").arg(r.error()));
            }
        }
    }
    if (auto r = markSettled(m_store, number, remote ? u"kept_remote"_s : u"kept_local"_s); !r)
        return r;
    return tx.commit();
}
