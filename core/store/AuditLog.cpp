#include "AuditLog.h"

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
        || column.endsWith(u"_id_number"_s);
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

QList<Entry> entriesFor(Store &store, const QString &table, const QString &rowId)
{
    QList<Entry> entries;
    QSqlQuery q(store.db());
    q.prepare(u"SELECT at, user_name, table_name, row_id, action, changed, before_json, after_json "
              "FROM audit_log WHERE table_name = ? AND row_id = ? ORDER BY updated_hlc DESC"_s);
    q.addBindValue(table);
    q.addBindValue(rowId);
    q.exec();
    while (q.next()) {
        entries.append({ q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                         q.value(3).toString(), q.value(4).toString(),
                         q.value(5).toString().split(u',', Qt::SkipEmptyParts),
                         q.value(6).toString(), q.value(7).toString() });
    }
    return entries;
}

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
        QSqlQuery q(store.db());
        q.prepare(u"SELECT id, at, user_name, table_name, row_id, action, changed, "
                  "coalesce(before_json, ''), coalesce(after_json, ''), seq, prev_hash, hash, "
                  "updated_hlc FROM audit_log WHERE origin = ? AND seq IS NOT NULL "
                  "ORDER BY seq, updated_hlc"_s);
        q.addBindValue(origin);
        q.exec();
        qint64 expected = 1;
        QString previousHash;
        qint64 firstHlc = -1;
        while (q.next()) {
            Fields f { q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                       q.value(3).toString(), q.value(4).toString(), q.value(5).toString(),
                       q.value(6).toString(), q.value(7).toString(), q.value(8).toString(),
                       origin, q.value(9).toLongLong(), q.value(10).toString() };
            if (firstHlc < 0)
                firstHlc = q.value(12).toLongLong();
            const QString where = Store::tr("entry %1 (%2, %3 by %4)")
                                      .arg(f.seq)
                                      .arg(f.at, f.table, f.userName);
            QString broken;
            if (f.seq < expected)
                broken = Store::tr("The audit trail of installation %1 holds %2 twice: an entry was put in.");
            else if (f.seq > expected)
                broken = Store::tr("The audit trail of installation %1 lacks the entries before %2: they were removed.");
            else if (f.previousHash != previousHash)
                broken = Store::tr("The audit trail of installation %1 does not follow on at %2: entries were removed, put in or moved.");
            else if (f.hash() != q.value(11).toString())
                broken = Store::tr("The audit trail of installation %1 was changed at %2 after it was written.");
            if (!broken.isEmpty()) {
                problems << broken.arg(origin, where);
                break;
            }
            previousHash = q.value(11).toString();
            ++expected;
        }
        // An entry without a number written after the chain began was put in beside it.
        QSqlQuery outside(store.db());
        outside.prepare(u"SELECT count(*) FROM audit_log WHERE origin = ? AND seq IS NULL "
                        "AND updated_hlc > ?"_s);
        outside.addBindValue(origin);
        outside.addBindValue(firstHlc);
        if (outside.exec() && outside.next() && outside.value(0).toLongLong() > 0)
            problems << Store::tr("The audit trail of installation %1 has %2 entries without a "
                                  "number written after it began: they were put in.")
                            .arg(origin)
                            .arg(outside.value(0).toLongLong());
    }
    return problems;
}

} // namespace AuditLog
