#include "AuditLog.h"

#include "Rights.h"
#include "Store.h"
#include "SyncedRows.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace AuditLog {

namespace {

QString actionName(Action action)
{
    switch (action) {
    case Action::Insert: return u"insert"_s;
    case Action::Update: return u"update"_s;
    case Action::Delete: return u"delete"_s;
    case Action::Bulk: return u"bulk"_s;
    case Action::Export: return u"export"_s;
    }
    Q_UNREACHABLE();
}

// Rows that are records of their own: the entry says who wrote one, not what it holds.
bool isLog(const QString &table)
{
    return table == "checkpoint_entries"_L1 || table == "health_checks"_L1;
}

bool isSensitive(const QString &column)
{
    return column == "id_number"_L1 || column == "phone"_L1 || column.endsWith(u"_phone"_s)
        || column.endsWith(u"_id_number"_s) || column == "password"_L1;
}

QVariant toJson(const QVariantMap &row)
{
    if (row.isEmpty())
        return QVariant(QMetaType::fromType<QString>());
    QVariantMap shown = row;
    for (auto it = shown.begin(); it != shown.end(); ++it) {
        if (isSensitive(it.key()) && !it.value().toString().isEmpty())
            it.value() = u"***"_s;
    }
    return QString::fromUtf8(
            QJsonDocument(QJsonObject::fromVariantMap(shown)).toJson(QJsonDocument::Compact));
}

// What an entry says, in one string, for its hash.
struct Fields
{
    QString id, at, userName, table, rowId, action, changed, beforeJson, afterJson, origin;
    qint64 seq = 0;
    QString previousHash;

    QString hash() const
    {
        const QStringList parts = { id, at, userName, table, rowId, action, changed, beforeJson,
                                    afterJson, origin, QString::number(seq), previousHash };
        return QString::fromLatin1(
            QCryptographicHash::hash(parts.join(QChar(0x1f)).toUtf8(), QCryptographicHash::Sha256)
                .toHex());
    }
};

} // namespace

Result<void> append(Store &store, const QString &table, const QString &rowId, Action action,
                    const QVariantMap &before, const QVariantMap &after)
{
    using R = Result<void>;
    // Only what the change wrote: for a change, the columns whose values differ.
    QStringList changed;
    QVariantMap was;
    QVariantMap is;
    switch (action) {
    case Action::Insert:
    case Action::Bulk:
    case Action::Export:
        changed = after.keys();
        is = after;
        break;
    case Action::Update:
        for (auto it = after.cbegin(); it != after.cend(); ++it) {
            if (before.value(it.key()) != it.value()) {
                changed << it.key();
                was.insert(it.key(), before.value(it.key()));
                is.insert(it.key(), it.value());
            }
        }
        break;
    case Action::Delete:
        break;
    }
    if (isLog(table)) {
        was.clear();
        is.clear();
    }

    Fields f;
    f.id = SyncedRows::newId();
    f.at = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    f.userName = store.user().name;
    f.table = table;
    f.rowId = rowId;
    f.action = actionName(action);
    f.changed = changed.join(u',');
    f.beforeJson = toJson(was).toString();
    f.afterJson = toJson(is).toString();
    f.origin = store.instanceId();

    QSqlQuery last(store.db());
    last.prepare(u"SELECT seq, hash FROM audit_log WHERE origin = ? AND seq IS NOT NULL "
                 "ORDER BY seq DESC LIMIT 1"_s);
    last.addBindValue(f.origin);
    if (!last.exec())
        return R::failure(Store::tr("Cannot write the audit log: %1").arg(last.lastError().text()));
    if (last.next()) {
        f.seq = last.value(0).toLongLong() + 1;
        f.previousHash = last.value(1).toString();
    } else {
        f.seq = 1;
    }

    QSqlQuery q(store.db());
    q.prepare(u"INSERT INTO audit_log (id, at, user_name, table_name, row_id, action, changed, "
              "before_json, after_json, seq, prev_hash, hash, updated_hlc, origin, owner_unit) "
              "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    q.addBindValue(f.id);
    q.addBindValue(f.at);
    q.addBindValue(f.userName);
    q.addBindValue(f.table);
    q.addBindValue(f.rowId);
    q.addBindValue(f.action);
    q.addBindValue(SyncedRows::boundText(f.changed));
    q.addBindValue(was.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(f.beforeJson));
    q.addBindValue(is.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(f.afterJson));
    q.addBindValue(f.seq);
    q.addBindValue(SyncedRows::boundText(f.previousHash));
    q.addBindValue(f.hash());
    q.addBindValue(qint64(store.hlc().now()));
    q.addBindValue(f.origin);
    q.addBindValue(store.unitCode());
    if (!q.exec())
        return R::failure(Store::tr("Cannot write the audit log: %1").arg(q.lastError().text()));
    return {};
}

namespace {

const QString EntryColumns = u"origin, coalesce(seq, 0), at, user_name, table_name, row_id, action, "
                             "changed, before_json, after_json"_s;

Entry entryFrom(const QSqlQuery &q)
{
    return { q.value(0).toString(), q.value(1).toLongLong(), q.value(2).toString(),
             q.value(3).toString(), q.value(4).toString(), q.value(5).toString(),
             q.value(6).toString(), q.value(7).toString().split(u',', Qt::SkipEmptyParts),
             q.value(8).toString(), q.value(9).toString() };
}

// The WHERE clause of a filter and its values, in order. The stamps are UTC in ISO form, so a
// local day is the range of stamps between its first moment and the next day's, in UTC.
QString whereOf(const Filter &filter, QVariantList *values)
{
    QStringList terms;
    if (!filter.userName.isEmpty()) {
        terms << u"user_name = ?"_s;
        *values << filter.userName;
    }
    if (!filter.table.isEmpty()) {
        terms << u"table_name = ?"_s;
        *values << filter.table;
    }
    if (!filter.rowId.trimmed().isEmpty()) {
        terms << u"substr(row_id, 1, ?) = ?"_s;
        *values << filter.rowId.trimmed().size() << filter.rowId.trimmed();
    }
    auto stamp = [](QDate day) {
        return day.startOfDay().toUTC().toString(Qt::ISODateWithMs);
    };
    if (filter.from.isValid()) {
        terms << u"at >= ?"_s;
        *values << stamp(filter.from);
    }
    if (filter.to.isValid()) {
        terms << u"at < ?"_s;
        *values << stamp(filter.to.addDays(1));
    }
    return terms.isEmpty() ? QString() : u" WHERE "_s + terms.join(u" AND "_s);
}

QStringList distinct(Store &store, const QString &column)
{
    QStringList values;
    QSqlQuery q(store.db());
    q.exec(u"SELECT DISTINCT "_s + column + u" FROM audit_log ORDER BY 1"_s);
    while (q.next())
        values << q.value(0).toString();
    return values;
}

} // namespace

QList<Entry> entriesFor(Store &store, const QString &table, const QString &rowId)
{
    QList<Entry> entries;
    QSqlQuery q(store.db());
    q.prepare(u"SELECT "_s + EntryColumns
              + u" FROM audit_log WHERE table_name = ? AND row_id = ? ORDER BY updated_hlc DESC"_s);
    q.addBindValue(table);
    q.addBindValue(rowId);
    q.exec();
    while (q.next())
        entries.append(entryFrom(q));
    return entries;
}

namespace {

// The entries the filter takes, newest first, to visit; the SQL's tail limits them.
Result<qint64> select(Store &store, const Filter &filter, const QString &tail,
                      const QVariantList &tailValues, const std::function<bool(const Entry &)> &visit)
{
    using R = Result<qint64>;
    if (auto allowed = Rights::check(store, Right::ReadAuditTrail); !allowed)
        return R::failure(allowed.error());
    QVariantList values;
    const QString where = whereOf(filter, &values);
    QSqlQuery q(store.db());
    q.setForwardOnly(true);
    q.prepare(u"SELECT "_s + EntryColumns + u" FROM audit_log"_s + where
              + u" ORDER BY updated_hlc DESC, id"_s + tail);
    for (const QVariant &v : values + tailValues)
        q.addBindValue(v);
    if (!q.exec())
        return R::failure(Store::tr("Cannot read the audit trail: %1").arg(q.lastError().text()));
    qint64 visited = 0;
    while (q.next()) {
        ++visited;
        if (!visit(entryFrom(q)))
            break;
    }
    return visited;
}

} // namespace

Result<QList<Entry>> find(Store &store, const Filter &filter, qint64 offset, qint64 limit)
{
    QList<Entry> entries;
    auto found = select(store, filter, u" LIMIT ? OFFSET ?"_s, { limit, offset },
                        [&](const Entry &e) {
                            entries.append(e);
                            return true;
                        });
    if (!found)
        return Result<QList<Entry>>::failure(found.error());
    return entries;
}

Result<qint64> forEach(Store &store, const Filter &filter,
                       const std::function<bool(const Entry &)> &visit)
{
    return select(store, filter, {}, {}, visit);
}

Result<qint64> count(Store &store, const Filter &filter)
{
    using R = Result<qint64>;
    if (auto allowed = Rights::check(store, Right::ReadAuditTrail); !allowed)
        return R::failure(allowed.error());
    QVariantList values;
    const QString where = whereOf(filter, &values);
    QSqlQuery q(store.db());
    q.prepare(u"SELECT count(*) FROM audit_log"_s + where);
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec() || !q.next())
        return R::failure(Store::tr("Cannot read the audit trail: %1").arg(q.lastError().text()));
    return q.value(0).toLongLong();
}

QStringList userNames(Store &store)
{
    return distinct(store, u"user_name"_s);
}

QStringList tables(Store &store)
{
    return distinct(store, u"table_name"_s);
}

namespace {

// Where a walk along an installation's chain got to: the last entry that held, and the first
// break after it.
struct ChainEnd
{
    qint64 seq = 0;
    QString hash;
    qint64 firstHlc = -1; // of the first entry walked
    QString problem;
};

// Whose trail, in a problem's words: this installation, a township or county it exchanges
// bundles with, or an installation known by its id only.
QString trailOf(Store &store, const QString &origin)
{
    if (origin == store.instanceId())
        return Store::tr("The audit trail of this installation");
    QSqlQuery q(store.db());
    q.prepare(u"SELECT unit_name, unit_code FROM exchange_peers WHERE instance_id = ?"_s);
    q.addBindValue(origin);
    if (q.exec() && q.next())
        return Store::tr("The audit trail of %1 (%2)").arg(q.value(0).toString(), q.value(1).toString());
    return Store::tr("The audit trail of installation %1").arg(origin);
}

// Checks origin's numbered entries after from: each one more than the one before, following on
// from its hash, its own hash what it says; stops at the first that does not hold.
ChainEnd walk(Store &store, const QString &origin, const ChainEnd &from)
{
    ChainEnd end = from;
    QSqlQuery q(store.db());
    q.setForwardOnly(true);
    q.prepare(u"SELECT id, at, user_name, table_name, row_id, action, changed, "
              "coalesce(before_json, ''), coalesce(after_json, ''), seq, prev_hash, hash, "
              "updated_hlc FROM audit_log WHERE origin = ? AND seq > ? "
              "ORDER BY seq, updated_hlc"_s);
    q.addBindValue(origin);
    q.addBindValue(from.seq);
    q.exec();
    while (q.next()) {
        Fields f { q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                   q.value(3).toString(), q.value(4).toString(), q.value(5).toString(),
                   q.value(6).toString(), q.value(7).toString(), q.value(8).toString(),
                   origin, q.value(9).toLongLong(), q.value(10).toString() };
        if (end.firstHlc < 0)
            end.firstHlc = q.value(12).toLongLong();
        const QString where = Store::tr("entry %1 (%2, %3 by %4)")
                                  .arg(f.seq)
                                  .arg(f.at, f.table, f.userName);
        const qint64 expected = end.seq + 1;
        QString broken;
        if (f.seq < expected)
            broken = Store::tr("%1 holds %2 twice: an entry was put in.");
        else if (f.seq > expected)
            broken = Store::tr("%1 lacks the entries before %2: they were removed.");
        else if (f.previousHash != end.hash)
            broken = Store::tr("%1 does not follow on at %2: entries were removed, put in or moved.");
        else if (f.hash() != q.value(11).toString())
            broken = Store::tr("%1 was changed at %2 after it was written.");
        if (!broken.isEmpty()) {
            end.problem = broken.arg(trailOf(store, origin), where);
            return end;
        }
        end.seq = f.seq;
        end.hash = q.value(11).toString();
    }
    return end;
}

} // namespace

QStringList verify(Store &store, const QStringList &only)
{
    QStringList problems;
    QStringList origins = only;
    if (origins.isEmpty()) {
        QSqlQuery all(store.db());
        all.exec(u"SELECT DISTINCT origin FROM audit_log WHERE seq IS NOT NULL ORDER BY origin"_s);
        while (all.next())
            origins << all.value(0).toString();
    }
    for (const QString &origin : std::as_const(origins)) {
        const ChainEnd end = walk(store, origin, {});
        if (!end.problem.isEmpty())
            problems << end.problem;
        // An entry without a number written after the chain began was put in beside it.
        QSqlQuery outside(store.db());
        outside.prepare(u"SELECT count(*) FROM audit_log WHERE origin = ? AND seq IS NULL "
                        "AND updated_hlc > ?"_s);
        outside.addBindValue(origin);
        outside.addBindValue(end.firstHlc);
        if (outside.exec() && outside.next() && outside.value(0).toLongLong() > 0)
            problems << Store::tr("%1 has %2 entries without a number written after it began: "
                                  "they were put in.")
                            .arg(trailOf(store, origin))
                            .arg(outside.value(0).toLongLong());
    }
    return problems;
}

Result<QString> checkReceived(Store &store, const QString &origin)
{
    using R = Result<QString>;
    ChainEnd from;
    QString known;
    QSqlQuery last(store.db());
    last.prepare(u"SELECT seq, hash, problem FROM audit_chain_checks WHERE origin = ?"_s);
    last.addBindValue(origin);
    if (!last.exec())
        return R::failure(Store::tr("Cannot check the audit trail: %1").arg(last.lastError().text()));
    if (last.next()) {
        from.seq = last.value(0).toLongLong();
        from.hash = last.value(1).toString();
        known = last.value(2).toString();
    }
    ChainEnd end = walk(store, origin, from);
    // An entry numbered among those checked before came in beside them.
    if (end.problem.isEmpty() && from.seq > 0) {
        QSqlQuery seen(store.db());
        seen.prepare(u"SELECT count(*) FROM audit_log WHERE origin = ? AND seq BETWEEN 1 AND ?"_s);
        seen.addBindValue(origin);
        seen.addBindValue(from.seq);
        if (seen.exec() && seen.next() && seen.value(0).toLongLong() != from.seq)
            end.problem = Store::tr("%1 holds more entries up to entry %2 than were checked "
                                    "before: entries were put in.")
                              .arg(trailOf(store, origin))
                              .arg(from.seq);
    }
    // The first break stays said: what follows it cannot be trusted either.
    const QString problem = known.isEmpty() ? end.problem : known;
    QSqlQuery save(store.db());
    save.prepare(u"INSERT INTO audit_chain_checks (origin, seq, hash, checked_at, problem) "
                 "VALUES (?, ?, ?, ?, ?) ON CONFLICT (origin) DO UPDATE SET seq = excluded.seq, "
                 "hash = excluded.hash, checked_at = excluded.checked_at, "
                 "problem = excluded.problem"_s);
    // A null QString binds as NULL; these columns hold '' for none.
    auto text = [](const QString &s) { return s.isNull() ? u""_s : s; };
    save.addBindValue(origin);
    save.addBindValue(end.seq);
    save.addBindValue(text(end.hash));
    save.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    save.addBindValue(text(problem));
    if (!save.exec())
        return R::failure(Store::tr("Cannot check the audit trail: %1").arg(save.lastError().text()));
    return problem;
}

} // namespace AuditLog
