#include "SyncMerge.h"

#include "DuplicateRows.h"

#include "../store/Store.h"

#include <QDateTime>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace {

const QStringList syncColumns = { u"id"_s, u"updated_hlc"_s, u"origin"_s, u"deleted"_s };

QString failure(const QString &table, const QSqlQuery &q)
{
    return SyncMerge::tr("The rows of %1 cannot be merged: %2")
        .arg(table, q.lastError().databaseText());
}

} // namespace

QStringList SyncMerge::columnsOf(Store &store, const QString &schema, const QString &table)
{
    QStringList columns;
    QSqlQuery q(store.db());
    q.exec(u"SELECT name FROM pragma_table_info('%1', '%2') ORDER BY cid"_s.arg(table, schema));
    while (q.next())
        columns << q.value(0).toString();
    return columns;
}

QString SyncMerge::rowJson(const QString &alias, const QStringList &columns)
{
    QStringList parts;
    for (const QString &c : columns) {
        if (c == "id"_L1 || c == "updated_hlc"_L1 || c == "origin"_L1)
            continue;
        parts << u"'%1', %2.\"%1\""_s.arg(c, alias);
    }
    return u"json_object(%1)"_s.arg(parts.join(u", "_s));
}

QString SyncMerge::newer(const QString &a, const QString &b)
{
    return u"(%1.updated_hlc > %2.updated_hlc OR (%1.updated_hlc = %2.updated_hlc AND %1.origin > %2.origin))"_s
        .arg(a, b);
}

bool SyncMerge::isAppendOnly(const QString &table)
{
    static const QSet<QString> logs = { u"audit_log"_s, u"checkpoint_entries"_s };
    return logs.contains(table);
}

QStringList SyncMerge::tablesInOrder(Store &store)
{
    const QStringList tables = store.syncedTables();
    QHash<QString, QStringList> parents;
    for (const QString &t : tables) {
        QSqlQuery q(store.db());
        q.exec(u"SELECT DISTINCT \"table\" FROM pragma_foreign_key_list('%1')"_s.arg(t));
        while (q.next()) {
            const QString parent = q.value(0).toString();
            if (parent != t && tables.contains(parent))
                parents[t] << parent;
        }
    }
    QStringList ordered;
    QSet<QString> placed;
    std::function<void(const QString &)> place = [&](const QString &t) {
        if (placed.contains(t))
            return;
        placed.insert(t);
        for (const QString &p : parents.value(t))
            place(p);
        ordered << t;
    };
    for (const QString &t : tables)
        place(t);
    return ordered;
}

QString SyncMerge::tableLabel(const QString &table)
{
    static const QHash<QString, const char *> labels = {
        { u"regions"_s, QT_TR_NOOP("Region") },
        { u"households"_s, QT_TR_NOOP("Household") },
        { u"persons"_s, QT_TR_NOOP("Person") },
        { u"screening_visits"_s, QT_TR_NOOP("Screening visit") },
        { u"policy_values"_s, QT_TR_NOOP("Policy value") },
        { u"isolation_sites"_s, QT_TR_NOOP("Isolation site") },
        { u"control_measures"_s, QT_TR_NOOP("Control measure") },
        { u"responsibilities"_s, QT_TR_NOOP("Responsible cadre") },
        { u"health_checks"_s, QT_TR_NOOP("Health check") },
        { u"test_rounds"_s, QT_TR_NOOP("Test round") },
        { u"test_round_villages"_s, QT_TR_NOOP("Test round village") },
        { u"test_sites"_s, QT_TR_NOOP("Test site") },
        { u"samples"_s, QT_TR_NOOP("Sample") },
        { u"need_records"_s, QT_TR_NOOP("Special need") },
        { u"audit_log"_s, QT_TR_NOOP("Audit entry") },
        { u"checkpoints"_s, QT_TR_NOOP("Checkpoint") },
        { u"checkpoint_entries"_s, QT_TR_NOOP("Checkpoint entry") },
        { u"duty_shifts"_s, QT_TR_NOOP("Duty shift") },
        { u"pass_permits"_s, QT_TR_NOOP("Pass permit") },
        { u"supervision_teams"_s, QT_TR_NOOP("Supervision team") },
        { u"checklist_templates"_s, QT_TR_NOOP("Checklist") },
        { u"supervision_rounds"_s, QT_TR_NOOP("Supervision round") },
        { u"supervision_visits"_s, QT_TR_NOOP("Supervision visit") },
        { u"findings"_s, QT_TR_NOOP("Finding") },
        { u"accountability_records"_s, QT_TR_NOOP("Accountability record") },
        { u"risk_areas"_s, QT_TR_NOOP("Risk area") },
        { u"verification_tasks"_s, QT_TR_NOOP("Verification task") },
        { u"users"_s, QT_TR_NOOP("User") },
        { u"registries"_s, QT_TR_NOOP("Registry export") },
    };
    const char *label = labels.value(table);
    return label ? tr(label) : table;
}

QString SyncMerge::columnLabel(const QString &column)
{
    static const QHash<QString, const char *> labels = {
        { u"name"_s, QT_TR_NOOP("Name") },
        { u"id_number"_s, QT_TR_NOOP("ID number") },
        { u"phone"_s, QT_TR_NOOP("Phone") },
        { u"gender"_s, QT_TR_NOOP("Gender") },
        { u"birth_date"_s, QT_TR_NOOP("Birth date") },
        { u"address"_s, QT_TR_NOOP("Address") },
        { u"household_id"_s, QT_TR_NOOP("Household") },
        { u"region_id"_s, QT_TR_NOOP("Region") },
        { u"person_id"_s, QT_TR_NOOP("Person") },
        { u"residence_type"_s, QT_TR_NOOP("Residence") },
        { u"returnee"_s, QT_TR_NOOP("Returnee") },
        { u"relation_to_head"_s, QT_TR_NOOP("Relation to the head") },
        { u"role"_s, QT_TR_NOOP("Role") },
        { u"password"_s, QT_TR_NOOP("Password") },
        { u"returnee_origin"_s, QT_TR_NOOP("Came from") },
        { u"arrived_on"_s, QT_TR_NOOP("Arrived on") },
        { u"risk_area"_s, QT_TR_NOOP("From a risk area") },
        { u"close_contact"_s, QT_TR_NOOP("Close contact") },
        { u"special_group"_s, QT_TR_NOOP("Special group") },
        { u"notes"_s, QT_TR_NOOP("Notes") },
        { u"code"_s, QT_TR_NOOP("Code") },
        { u"kind"_s, QT_TR_NOOP("Kind") },
        { u"started_on"_s, QT_TR_NOOP("Started on") },
        { u"planned_end_on"_s, QT_TR_NOOP("Planned end") },
        { u"released_on"_s, QT_TR_NOOP("Released on") },
        { u"result"_s, QT_TR_NOOP("Result") },
        { u"value"_s, QT_TR_NOOP("Value") },
        { u"checked_on"_s, QT_TR_NOOP("Checked on") },
        { u"temperature"_s, QT_TR_NOOP("Temperature") },
        { u"owner_unit"_s, QT_TR_NOOP("Owning unit") },
        { u"merged_into"_s, QT_TR_NOOP("Merged into") },
    };
    const char *label = labels.value(column);
    return label ? tr(label) : column;
}

quint64 SyncMerge::oldestRow(Store &store, const QString &schema)
{
    quint64 oldest = 0;
    const QStringList tables = store.syncedTables();
    for (const QString &t : tables) {
        QSqlQuery q(store.db());
        if (q.exec(u"SELECT min(updated_hlc) FROM \"%1\".\"%2\""_s.arg(schema, t)) && q.next()
            && !q.value(0).isNull()) {
            const quint64 v = q.value(0).toULongLong();
            oldest = oldest == 0 ? v : qMin(oldest, v);
        }
    }
    return oldest;
}

Result<QList<TableReport>> SyncMerge::merge(
    Store &store, const Source &source, const std::function<bool(const QString &)> &beforeTable)
{
    using R = Result<QList<TableReport>>;
    QList<TableReport> reports;
    const QString now = QDateTime::currentDateTime().toString(Qt::ISODate);
    DuplicateRows::Context context;
    context.schema = source.schema;
    context.peerUnit = source.peerUnit;
    context.stamp = store.hlc().now();
    context.detectedAt = now;
    {
        QSqlQuery q(store.db());
        if (!q.exec(u"CREATE TEMP TABLE IF NOT EXISTS tl_merged (table_name TEXT NOT NULL, "
                    "merged_id TEXT NOT NULL, survivor_id TEXT NOT NULL)"_s)
            || !q.exec(u"DELETE FROM temp.tl_merged"_s))
            return R::failure(tr("The rows cannot be merged: %1").arg(q.lastError().databaseText()));
    }
    for (const QString &table : tablesInOrder(store)) {
        const QStringList theirs = columnsOf(store, source.schema, table);
        if (theirs.isEmpty())
            continue; // the bundle carries nothing of this table
        for (const QString &c : syncColumns) {
            if (!theirs.contains(c))
                return R::failure(tr("The bundle's table %1 has no column %2.").arg(table, c));
        }
        if (beforeTable && !beforeTable(table))
            return R::failure(tr("The import was cancelled; nothing was changed."));

        QStringList columns;
        for (const QString &c : columnsOf(store, u"main"_s, table)) {
            if (theirs.contains(c))
                columns << c;
        }
        QStringList quoted;
        QStringList fromBundle;
        for (const QString &c : columns) {
            quoted << u"\"%1\""_s.arg(c);
            fromBundle << u"p.\"%1\""_s.arg(c);
        }
        const QString t = u"main.\"%1\""_s.arg(table);
        const QString p = u"\"%1\".\"%2\""_s.arg(source.schema, table);
        const bool appendOnly = isAppendOnly(table);
        TableReport report;
        report.table = table;

        QSqlQuery q(store.db());
        if (!q.exec(u"SELECT count(*) FROM %1"_s.arg(p)) || !q.next())
            return R::failure(failure(table, q));
        const qint64 total = q.value(0).toLongLong();
        q.finish();
        if (total == 0)
            continue;

        for (const DuplicateRows::Key &key : DuplicateRows::uniqueKeys()) {
            if (key.table != table)
                continue;
            auto settled = DuplicateRows::settleArriving(store, context, key);
            if (!settled)
                return R::failure(settled.error());
            report.merged = settled.value();
        }

        // Rows this store already holds: none when a county takes in a township's first bundle,
        // and then nothing can have changed on both sides or be replaced.
        if (!q.exec(u"SELECT count(*) FROM %1 AS p JOIN %2 AS m ON m.id = p.id"_s.arg(p, t))
            || !q.next())
            return R::failure(failure(table, q));
        const bool known = q.value(0).toLongLong() > 0;
        q.finish();

        const QString conflictColumns
            = u"INSERT OR IGNORE INTO main.sync_conflicts (table_name, row_id, kind, local_hlc, "
              "local_json, remote_hlc, remote_origin, remote_json, peer_unit, detected_at) "_s;
        if (!appendOnly && known) {
            // Changed here since the peer last heard from us, and there since its last bundle:
            // the newer edit wins below, the other is kept here for a clerk to look at.
            q.prepare(conflictColumns
                + u"SELECT :table, p.id, 'both_changed', m.updated_hlc, %1, p.updated_hlc, "
                  "p.origin, %2, :peer, :now FROM %3 AS p JOIN %4 AS m ON m.id = p.id "
                  "WHERE p.origin <> m.origin "
                  "AND m.origin <> :peerInstance AND m.updated_hlc > :seen "
                  "AND p.updated_hlc > :remoteFrom AND %1 IS NOT %2"_s.arg(
                      rowJson(u"m"_s, columns), rowJson(u"p"_s, columns), p, t));
            q.bindValue(u":table"_s, table);
            q.bindValue(u":peer"_s, source.peerUnit);
            q.bindValue(u":now"_s, now);
            q.bindValue(u":peerInstance"_s, source.peerInstanceId);
            q.bindValue(u":seen"_s, qint64(source.peerSeenHlc));
            q.bindValue(u":remoteFrom"_s, qint64(source.remoteFromHlc));
            if (!q.exec())
                return R::failure(failure(table, q));
            report.conflicts = q.numRowsAffected();

            QStringList sets;
            for (const QString &c : columns)
                sets << u"\"%1\" = p.\"%1\""_s.arg(c);
            if (!q.exec(u"UPDATE OR IGNORE %1 AS m SET %2 FROM %3 AS p "
                        "WHERE p.id = m.id AND %4"_s.arg(
                            t, sets.join(u", "_s), p, newer(u"p"_s, u"m"_s))))
                return R::failure(failure(table, q));
            report.updated = q.numRowsAffected();
        }

        if (!q.exec(u"INSERT OR IGNORE INTO %1 (%2) SELECT %3 FROM %4 AS p %5"_s.arg(t,
                quoted.join(u", "_s), fromBundle.join(u", "_s), p,
                known ? u"WHERE NOT EXISTS (SELECT 1 FROM %1 AS m WHERE m.id = p.id)"_s.arg(t)
                      : QString())))
            return R::failure(failure(table, q));
        report.inserted = q.numRowsAffected();

        // What could not be stored (the same ID number under another id, say) is not lost: it
        // waits in the conflicts list with the whole row.
        if (report.inserted + report.updated < total) {
            q.prepare(conflictColumns
                + u"SELECT :table, p.id, 'duplicate', m.updated_hlc, "
                  "CASE WHEN m.id IS NULL THEN '' ELSE %1 END, p.updated_hlc, p.origin, %2, "
                  ":peer, :now FROM %3 AS p LEFT JOIN %4 AS m ON m.id = p.id "
                  "WHERE m.id IS NULL %5"_s.arg(rowJson(u"m"_s, columns), rowJson(u"p"_s, columns),
                      p, t, appendOnly ? QString() : u"OR "_s + newer(u"p"_s, u"m"_s)));
            q.bindValue(u":table"_s, table);
            q.bindValue(u":peer"_s, source.peerUnit);
            q.bindValue(u":now"_s, now);
            if (!q.exec())
                return R::failure(failure(table, q));
            report.notStored = q.numRowsAffected();
        }
        report.unchanged
            = qMax<qint64>(0, total - report.inserted - report.updated - report.notStored);
        reports.append(report);
    }
    auto setAside = DuplicateRows::finish(store, context);
    if (!setAside)
        return R::failure(setAside.error());
    for (auto it = setAside->cbegin(); it != setAside->cend(); ++it) {
        auto report = std::find_if(reports.begin(), reports.end(),
            [&](const TableReport &r) { return r.table == it.key(); });
        if (report == reports.end()) {
            reports.append({ it.key() });
            report = reports.end() - 1;
        }
        report->merged += it.value();
    }
    return reports;
}
