#include "RowMerge.h"

#include "Store.h"
#include "SyncedRows.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace {

Result<void> failed(const QSqlQuery &q)
{
    return Result<void>::failure(Store::tr("Database error: %1").arg(q.lastError().text()));
}

} // namespace

namespace RowMerge {

const QStringList &mergingTables()
{
    static const QStringList tables
        = { u"regions"_s, u"households"_s, u"persons"_s, u"checkpoints"_s, u"pass_permits"_s };
    return tables;
}

const QList<Slot> &slotKeys()
{
    static const QList<Slot> list = {
        { u"health_checks"_s, { u"person_id"_s, u"checked_on"_s, u"period"_s } },
        { u"samples"_s, { u"round_id"_s, u"person_id"_s } },
    };
    return list;
}

QList<QPair<QString, QString>> referencesTo(Store &store, const QString &table)
{
    QList<QPair<QString, QString>> found;
    QSqlQuery q(store.db());
    for (const QString &child : store.syncedTables()) {
        q.exec(u"SELECT \"from\" FROM pragma_foreign_key_list('%1') WHERE \"table\" = '%2'"_s.arg(
            child, table));
        while (q.next())
            found.append({ child, q.value(0).toString() });
    }
    return found;
}

Result<qint64> mergeInto(Store &store, const QString &table, const QString &mergedId,
    const QString &survivorId, const QVariantMap &alongside)
{
    using R = Result<qint64>;
    Q_ASSERT(mergingTables().contains(table));
    qint64 moved = 0;
    QSqlQuery q(store.db());
    for (const auto &[child, column] : referencesTo(store, table)) {
        // A slot the survivor holds already keeps the merged row's reading where it is.
        QString heldBySurvivor;
        for (const Slot &slot : slotKeys()) {
            if (slot.table != child || !slot.columns.contains(column))
                continue;
            QStringList same;
            for (const QString &c : slot.columns) {
                if (c != column)
                    same << u"x.\"%1\" = c.\"%1\""_s.arg(c);
            }
            heldBySurvivor = u" AND NOT EXISTS (SELECT 1 FROM \"%1\" x WHERE x.deleted = 0 "
                             "AND x.\"%2\" = :survivor AND %3)"_s.arg(child, column,
                                 same.join(u" AND "_s));
        }
        q.prepare(u"SELECT c.id FROM \"%1\" c WHERE c.\"%2\" = :merged AND c.deleted = 0"_s.arg(
                      child, column)
            + heldBySurvivor);
        q.bindValue(u":merged"_s, mergedId);
        if (!heldBySurvivor.isEmpty())
            q.bindValue(u":survivor"_s, survivorId);
        if (!q.exec())
            return R::failure(failed(q).error());
        QStringList ids;
        while (q.next())
            ids << q.value(0).toString();
        for (const QString &childId : ids) {
            QSqlQuery note(store.db());
            note.prepare(u"INSERT OR REPLACE INTO sync_moves (parent_table, merged_id, survivor_id, "
                         "child_table, child_id, column_name) VALUES (?, ?, ?, ?, ?, ?)"_s);
            for (const QString &v : { table, mergedId, survivorId, child, childId, column })
                note.addBindValue(v);
            if (!note.exec())
                return R::failure(failed(note).error());
            if (auto r = SyncedRows::update(store, child, childId, { { column, survivorId } }); !r)
                return R::failure(r.error());
            ++moved;
        }
    }
    QVariantMap tombstone = alongside;
    tombstone.insert(u"merged_into"_s, survivorId);
    if (auto r = SyncedRows::tombstone(store, table, mergedId, tombstone); !r)
        return R::failure(r.error());
    return moved;
}

Result<void> moveBack(Store &store, const QString &mergedId, const QString &survivorId)
{
    QSqlQuery q(store.db());
    q.prepare(u"SELECT child_table, child_id, column_name FROM sync_moves WHERE merged_id = ?"_s);
    q.addBindValue(mergedId);
    if (!q.exec())
        return failed(q);
    QList<std::tuple<QString, QString, QString>> moves;
    while (q.next())
        moves.append({ q.value(0).toString(), q.value(1).toString(), q.value(2).toString() });
    for (const auto &[child, childId, column] : moves) {
        if (SyncedRows::fetch(store, child, childId).value(column).toString() != survivorId)
            continue;
        if (auto r = SyncedRows::update(store, child, childId, { { column, mergedId } }); !r)
            return r;
    }
    q.prepare(u"DELETE FROM sync_moves WHERE merged_id = ?"_s);
    q.addBindValue(mergedId);
    if (!q.exec())
        return failed(q);
    return {};
}

} // namespace RowMerge
