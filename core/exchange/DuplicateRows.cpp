#include "DuplicateRows.h"

#include "SyncMerge.h"

#include "../people/IdNumber.h"
#include "../store/RowMerge.h"
#include "../store/Store.h"
#include "../store/SyncedRows.h"
#include "../store/Transaction.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace {

const QString conflictInsert
    = u"INSERT OR IGNORE INTO main.sync_conflicts (table_name, row_id, kind, local_hlc, "
      "local_json, remote_hlc, remote_origin, remote_json, peer_unit, detected_at) "_s;

Result<void> run(QSqlQuery &q, const QString &sql, const QVariantMap &values = {})
{
    if (!q.prepare(sql))
        return Result<void>::failure(
            DuplicateRows::tr("Rows that are the same record cannot be settled: %1")
                .arg(q.lastError().databaseText()));
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        if (sql.contains(it.key()))
            q.bindValue(it.key(), it.value());
    }
    if (!q.exec())
        return Result<void>::failure(
            DuplicateRows::tr("Rows that are the same record cannot be settled: %1")
                .arg(q.lastError().databaseText()));
    return {};
}

qint64 countOf(QSqlQuery &q, const QString &sql)
{
    const qint64 n = q.exec(sql) && q.next() ? q.value(0).toLongLong() : 0;
    q.finish();
    return n;
}

// Empties the import's working table `name` (made on first use) and fills it from select. Temp
// tables are never dropped: a DROP is refused while any statement of the import is still open.
Result<void> refill(QSqlQuery &q, const QString &name, const QString &columns,
    const QString &select, const QVariantMap &values = {})
{
    if (auto r = run(q, u"CREATE TEMP TABLE IF NOT EXISTS %1 (%2)"_s.arg(name, columns)); !r)
        return r;
    if (auto r = run(q, u"DELETE FROM temp.%1"_s.arg(name)); !r)
        return r;
    return run(q, u"INSERT INTO temp.%1 %2"_s.arg(name, select), values);
}

// "a.c1 = b.c1 AND a.c2 = b.c2"
QString sameKey(const DuplicateRows::Key &key, const QString &a, const QString &b)
{
    QStringList parts;
    for (const QString &c : key.columns)
        parts << u"%1.\"%3\" = %2.\"%3\""_s.arg(a, b, c);
    return parts.join(u" AND "_s);
}

QString condition(const DuplicateRows::Key &key, const QString &alias)
{
    return key.condition.isEmpty() ? QString() : u" AND "_s + key.condition.arg(alias);
}

} // namespace

const QList<DuplicateRows::Key> &DuplicateRows::uniqueKeys()
{
    static const QList<Key> keys = {
        { u"regions"_s, { u"code"_s }, {}, true },
        { u"persons"_s, { u"id_number"_s, u"owner_unit"_s }, u"%1.id_number <> ''"_s, true },
        { u"checkpoints"_s, { u"name"_s, u"owner_unit"_s }, {}, true },
        { u"pass_permits"_s, { u"number"_s, u"owner_unit"_s }, {}, true },
        { u"policy_values"_s, { u"key"_s, u"owner_unit"_s }, {}, false },
    };
    return keys;
}

const QList<DuplicateRows::Key> &DuplicateRows::slotKeys()
{
    static const QList<Key> keys = [] {
        QList<Key> list;
        for (const RowMerge::Slot &slot : RowMerge::slotKeys())
            list.append({ slot.table, slot.columns, {}, false });
        return list;
    }();
    return keys;
}

Result<qint64> DuplicateRows::settleArriving(Store &store, const Context &context, const Key &key)
{
    using R = Result<qint64>;
    const QString t = u"main.\"%1\""_s.arg(key.table);
    const QString p = u"\"%1\".\"%2\""_s.arg(context.schema, key.table);
    QSqlQuery q(store.db());
    // The arriving live rows that will be stored, and the different live rows here, not about to
    // be replaced, that they are the same record as.
    if (auto r = refill(q, u"tl_pairs"_s, u"theirs TEXT, ours TEXT"_s,
            u"SELECT p.id, m.id FROM %1 AS p "
            "JOIN %2 AS m ON %3 WHERE p.deleted = 0 AND m.deleted = 0 AND m.id <> p.id %4 %5 "
            "AND NOT EXISTS (SELECT 1 FROM %1 AS q WHERE q.id = m.id AND %6) "
            "AND NOT EXISTS (SELECT 1 FROM %2 AS o WHERE o.id = p.id AND NOT %7)"_s.arg(p, t,
                sameKey(key, u"m"_s, u"p"_s), condition(key, u"p"_s), condition(key, u"m"_s),
                SyncMerge::newer(u"q"_s, u"m"_s), SyncMerge::newer(u"p"_s, u"o"_s)));
        !r)
        return R::failure(r.error());
    const qint64 pairs = countOf(q, u"SELECT count(*) FROM temp.tl_pairs"_s);
    if (pairs == 0)
        return qint64(0);

    QStringList columns;
    const QStringList theirs = SyncMerge::columnsOf(store, context.schema, key.table);
    for (const QString &c : SyncMerge::columnsOf(store, u"main"_s, key.table)) {
        if (theirs.contains(c))
            columns << c;
    }
    const QVariantMap values = { { u":table"_s, key.table }, { u":peer"_s, context.peerUnit },
        { u":now"_s, context.detectedAt }, { u":stamp"_s, qint64(context.stamp) },
        { u":me"_s, store.instanceId() } };
    // A merge is listed under the row merged away; a value set aside under the one kept.
    if (auto r = run(q,
            conflictInsert
                + u"SELECT :table, %1, '%2', m.updated_hlc, %3, p.updated_hlc, p.origin, %4, "
                  ":peer, :now FROM temp.tl_pairs AS pr JOIN %5 AS p ON p.id = pr.theirs "
                  "JOIN %6 AS m ON m.id = pr.ours"_s.arg(
                      key.merges ? u"max(pr.theirs, pr.ours)"_s : u"min(pr.theirs, pr.ours)"_s,
                      key.merges ? u"merged"_s : u"same_slot"_s,
                      SyncMerge::rowJson(u"m"_s, columns), SyncMerge::rowJson(u"p"_s, columns), p,
                      t),
            values);
        !r)
        return R::failure(r.error());
    auto pointer = [&](const QString &to) {
        return key.merges ? u", merged_into = pr."_s + to : QString();
    };
    if (auto r = run(q,
            u"UPDATE %1 AS t SET deleted = 1 %2, updated_hlc = :stamp, origin = :me "
            "FROM temp.tl_pairs AS pr WHERE t.id = pr.ours AND pr.ours > pr.theirs"_s.arg(
                t, pointer(u"theirs"_s)),
            values);
        !r)
        return R::failure(r.error());
    if (auto r = run(q,
            u"UPDATE %1 AS t SET deleted = 1 %2, updated_hlc = :stamp, origin = :me "
            "FROM temp.tl_pairs AS pr WHERE t.id = pr.theirs AND pr.theirs > pr.ours"_s.arg(
                p, pointer(u"ours"_s)),
            values);
        !r)
        return R::failure(r.error());
    if (key.merges) {
        if (auto r = run(q,
                u"INSERT INTO temp.tl_merged (table_name, merged_id, survivor_id) "
                "SELECT :table, max(theirs, ours), min(theirs, ours) FROM temp.tl_pairs"_s,
                values);
            !r)
            return R::failure(r.error());
    }
    return pairs;
}

Result<QHash<QString, qint64>> DuplicateRows::finish(Store &store, const Context &context)
{
    using R = Result<QHash<QString, qint64>>;
    QHash<QString, qint64> setAside;
    QSqlQuery q(store.db());
    const QVariantMap values
        = { { u":peer"_s, context.peerUnit }, { u":now"_s, context.detectedAt },
              { u":stamp"_s, qint64(context.stamp) }, { u":me"_s, store.instanceId() } };
    auto inBundle = [&](const QString &table) {
        return !SyncMerge::columnsOf(store, context.schema, table).isEmpty();
    };

    // A merge undone elsewhere: the merged row arrives alive again, and what this installation
    // moved from it to the survivor moves back (unless a clerk has moved it since).
    for (const QString &table : RowMerge::mergingTables()) {
        if (!inBundle(table)
            || countOf(q,
                   u"SELECT count(*) FROM (SELECT 1 FROM main.sync_moves WHERE parent_table = '%1' "
                   "LIMIT 1)"_s.arg(table))
                == 0)
            continue;
        const QString revived = u"SELECT b.id FROM \"%1\".\"%2\" b JOIN main.\"%2\" t ON t.id = b.id "
                                "WHERE b.deleted = 0 AND t.deleted = 0"_s.arg(context.schema, table);
        QList<QPair<QString, QString>> referring;
        q.exec(u"SELECT DISTINCT child_table, column_name FROM main.sync_moves WHERE parent_table = '%1' "
               "AND merged_id IN (%2)"_s.arg(table, revived));
        while (q.next())
            referring.append({ q.value(0).toString(), q.value(1).toString() });
        if (referring.isEmpty())
            continue;
        for (const auto &[child, column] : referring) {
            if (auto r = run(q,
                    u"UPDATE main.\"%1\" AS c SET \"%2\" = m.merged_id, updated_hlc = :stamp, "
                    "origin = :me FROM main.sync_moves m WHERE m.parent_table = '%3' "
                    "AND m.child_table = '%1' AND m.column_name = '%2' AND m.child_id = c.id "
                    "AND c.\"%2\" = m.survivor_id AND m.merged_id IN (%4)"_s.arg(
                        child, column, table, revived),
                    values);
                !r)
                return R::failure(r.error());
        }
        if (auto r = run(q,
                u"UPDATE main.sync_conflicts SET resolution = 'split', resolved_at = :now, "
                "resolved_by = :peer WHERE kind = 'merged' AND resolution = '' "
                "AND table_name = '%1' AND row_id IN (%2)"_s.arg(table, revived),
                values);
            !r)
            return R::failure(r.error());
        if (auto r = run(q,
                u"DELETE FROM main.sync_moves WHERE parent_table = '%1' AND merged_id IN (%2)"_s
                    .arg(table, revived));
            !r)
            return R::failure(r.error());
    }

    // What refers to a merged row moves to its survivor: rows here that referred to a row this
    // import merged away, and arriving rows that still refer to a row merged before.
    for (const QString &table : RowMerge::mergingTables()) {
        // Merged rows that arrive as such (the peer merged them first) count as merged now.
        if (inBundle(table)) {
            if (auto r = run(q,
                    u"INSERT INTO temp.tl_merged (table_name, merged_id, survivor_id) "
                    "SELECT '%1', id, merged_into FROM \"%2\".\"%1\" "
                    "WHERE deleted = 1 AND merged_into IS NOT NULL"_s.arg(
                        table, context.schema));
                !r)
                return R::failure(r.error());
        }
        const bool mergedNow
            = countOf(q,
                  u"SELECT count(*) FROM temp.tl_merged WHERE table_name = '%1'"_s.arg(table))
            > 0;
        const bool mergedBefore
            = countOf(q,
                  u"SELECT count(*) FROM (SELECT 1 FROM main.\"%1\" WHERE merged_into IS NOT NULL LIMIT 1)"_s
                      .arg(table))
            > 0;
        if (!mergedNow && !mergedBefore)
            continue;
        for (const auto &[child, column] : RowMerge::referencesTo(store, table)) {
            QStringList sources;
            if (mergedNow)
                sources
                    << u"SELECT c.id AS child_id, g.merged_id, g.survivor_id FROM main.\"%1\" c "
                       "JOIN temp.tl_merged g ON g.table_name = '%3' AND g.merged_id = c.\"%2\""_s
                           .arg(child, column, table);
            if (mergedBefore && inBundle(child))
                sources << u"SELECT b.id AS child_id, t.id AS merged_id, t.merged_into AS "
                           "survivor_id FROM \"%4\".\"%1\" b "
                           "JOIN main.\"%3\" t ON t.id = b.\"%2\" "
                           "WHERE t.deleted = 1 AND t.merged_into IS NOT NULL"_s.arg(
                               child, column, table, context.schema);
            if (sources.isEmpty())
                continue;
            if (auto r
                = refill(q, u"tl_moves"_s, u"child_id TEXT, merged_id TEXT, survivor_id TEXT"_s,
                    u"SELECT DISTINCT s.* FROM (%1) AS s "
                    "JOIN main.\"%2\" c ON c.id = s.child_id AND c.\"%3\" = s.merged_id "
                    "WHERE c.deleted = 0"_s.arg(sources.join(u" UNION ALL "_s), child, column));
                !r)
                return R::failure(r.error());
            if (countOf(q, u"SELECT count(*) FROM temp.tl_moves"_s) == 0)
                continue;
            if (auto r = run(q,
                    u"INSERT OR IGNORE INTO main.sync_moves (parent_table, merged_id, survivor_id, "
                    "child_table, child_id, column_name) SELECT '%1', merged_id, survivor_id, '%2', "
                    "child_id, '%3' FROM temp.tl_moves"_s.arg(table, child, column));
                !r)
                return R::failure(r.error());
            if (auto r = run(q,
                    u"UPDATE main.\"%1\" AS c SET \"%2\" = s.survivor_id, updated_hlc = :stamp, "
                    "origin = :me FROM temp.tl_moves AS s WHERE c.id = s.child_id"_s.arg(
                        child, column),
                    values);
                !r)
                return R::failure(r.error());
        }
    }

    // One record per slot: the one made first is kept, the other set aside in the conflicts
    // list, where a clerk can keep its values instead.
    for (const Key &key : slotKeys()) {
        const QString t = u"main.\"%1\""_s.arg(key.table);
        const QString keyColumns = u"c.\""_s + key.columns.join(u"\", c.\""_s) + u'"';
        // Only the keys that hold a second live row are looked at further: a probe of the key's
        // index for each arriving or moved row, where most hold one.
        const QString second = u"EXISTS (SELECT 1 FROM %1 x WHERE x.deleted = 0 AND %2 "
                               "AND x.id <> c.id)"_s.arg(t, sameKey(key, u"x"_s, u"c"_s));
        QStringList touched;
        if (inBundle(key.table))
            touched << u"SELECT %1 FROM \"%2\".\"%3\" c WHERE c.deleted = 0 AND %4"_s.arg(
                keyColumns, context.schema, key.table, second);
        touched << u"SELECT %1 FROM %2 c WHERE c.deleted = 0 AND c.updated_hlc = :stamp AND %3"_s
                       .arg(keyColumns, t, second);
        if (auto r = refill(q, u"tl_slots"_s, u"loser TEXT, keeper TEXT"_s,
                u"SELECT o.id, "
                "(SELECT min(x.id) FROM %1 x WHERE x.deleted = 0 AND %2) "
                "FROM (%3) AS c JOIN %1 o ON o.deleted = 0 AND %4"_s.arg(t,
                    sameKey(key, u"x"_s, u"c"_s), touched.join(u" UNION "_s),
                    sameKey(key, u"o"_s, u"c"_s)),
                values);
            !r)
            return R::failure(r.error());
        q.exec(u"DELETE FROM temp.tl_slots WHERE loser = keeper"_s);
        const qint64 n = countOf(q, u"SELECT count(*) FROM temp.tl_slots"_s);
        if (n == 0)
            continue;
        const QStringList columns = SyncMerge::columnsOf(store, u"main"_s, key.table);
        if (auto r = run(q,
                conflictInsert
                    + u"SELECT '%1', s.keeper, 'same_slot', k.updated_hlc, %2, o.updated_hlc, "
                      "o.origin, %3, :peer, :now FROM temp.tl_slots s JOIN %4 k ON k.id = s.keeper "
                      "JOIN %4 o ON o.id = s.loser"_s.arg(key.table,
                          SyncMerge::rowJson(u"k"_s, columns), SyncMerge::rowJson(u"o"_s, columns),
                          t),
                values);
            !r)
            return R::failure(r.error());
        if (auto r = run(q,
                u"UPDATE %1 AS t SET deleted = 1, updated_hlc = :stamp, origin = :me "
                "FROM temp.tl_slots AS s WHERE t.id = s.loser"_s.arg(t),
                values);
            !r)
            return R::failure(r.error());
        setAside.insert(key.table, n);
    }
    return setAside;
}

QString DuplicateRows::keyColumn(const QString &table)
{
    for (const Key &key : uniqueKeys()) {
        if (key.table == table)
            return key.columns.first();
    }
    return {};
}

Result<void> DuplicateRows::split(
    Store &store, const QString &table, const QString &mergedId, const QVariantMap &newKey)
{
    QSqlQuery q(store.db());
    q.prepare(u"SELECT merged_into FROM \"%1\" WHERE id = ? AND deleted = 1"_s.arg(table));
    q.addBindValue(mergedId);
    if (!q.exec() || !q.next() || q.value(0).isNull())
        return Result<void>::failure(tr("The record was not merged into another one."));
    const QString survivor = q.value(0).toString();
    QVariantMap revived = newKey;
    if (table == "persons"_L1 && revived.contains(u"id_number"_s)) {
        auto number = IdNumber::parse(revived.value(u"id_number"_s).toString());
        if (!number)
            return Result<void>::failure(number.error());
        // The gender and birth date are the corrected number's, as when a person is entered.
        revived.insert(u"id_number"_s, number->text());
        revived.insert(u"gender"_s,
            number->gender() == IdNumber::Gender::Male ? u"male"_s : u"female"_s);
        revived.insert(u"birth_date"_s, number->birthDate().toString(Qt::ISODate));
    }
    Transaction tx(store);
    if (!tx.isActive())
        return Result<void>::failure(tx.error());
    revived.insert(u"merged_into"_s, QVariant(QMetaType::fromType<QString>()));
    if (auto r = SyncedRows::put(store, table, mergedId, revived, false); !r) {
        if (r.error().contains(u"UNIQUE"_s))
            return Result<void>::failure(
                tr("The record still has the same ID number or name as the one it was merged "
                   "into; correct it to undo the merge."));
        return r;
    }
    if (auto r = RowMerge::moveBack(store, mergedId, survivor); !r)
        return r;
    return tx.commit();
}
