#include "SyncedRows.h"

#include "AuditLog.h"
#include "Ownership.h"
#include "Store.h"
#include "Transaction.h"

#include <QDateTime>
#include <QMutex>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

using namespace Qt::StringLiterals;

namespace SyncedRows {

namespace {

bool isSyncColumn(const QString &column)
{
    return column == "updated_hlc"_L1 || column == "origin"_L1 || column == "deleted"_L1;
}

QVariantMap withoutSyncColumns(const QSqlRecord &record)
{
    QVariantMap row;
    for (int i = 0; i < record.count(); ++i) {
        if (!isSyncColumn(record.fieldName(i)))
            row.insert(record.fieldName(i), record.value(i));
    }
    return row;
}

// QSqlQuery binds a null QString as SQL NULL; an empty text field is '', and only a null QVariant
// (as for a household_id left out) means NULL.
QVariant bindable(const QVariant &value)
{
    if (!value.isNull() && value.typeId() == QMetaType::QString)
        return boundText(value.toString());
    return value;
}

Result<void> failed(const QSqlQuery &q)
{
    return Result<void>::failure(Store::tr("Database error: %1").arg(q.lastError().text()));
}

} // namespace

QString newId()
{
    // UUID version 7 (RFC 9562): 48 bits of Unix milliseconds, a 12-bit counter for ids made in
    // the same millisecond, then 62 random bits. Ids made later sort later, so inserts append to
    // the primary-key and foreign-key indexes instead of landing on random pages, and two
    // installations still never make the same id.
    static QBasicMutex mutex;
    static qint64 lastMillis = 0;
    static quint16 counter = 0;
    qint64 millis = QDateTime::currentMSecsSinceEpoch();
    {
        const QMutexLocker lock(&mutex);
        if (millis <= lastMillis) {
            millis = lastMillis;
            if (++counter > 0x0fff) {
                counter = 0;
                millis = ++lastMillis;
            }
        } else {
            lastMillis = millis;
            counter = 0;
        }
    }
    const quint64 random = QRandomGenerator::global()->generate64();
    const quint64 high = (quint64(millis) << 16) | 0x7000u | counter;
    const quint64 low = (random & 0x3fffffffffffffffull) | 0x8000000000000000ull;
    // Written digit by digit: the demo and the benchmarks make a hundred thousand ids at a time.
    static constexpr char digits[] = "0123456789abcdef";
    char16_t text[36];
    int at = 0;
    for (int nibble = 0; nibble < 32; ++nibble) {
        if (nibble == 8 || nibble == 12 || nibble == 16 || nibble == 20)
            text[at++] = u'-';
        const quint64 word = nibble < 16 ? high : low;
        text[at++] = char16_t(digits[(word >> (60 - 4 * (nibble % 16))) & 0xf]);
    }
    return QString(reinterpret_cast<const QChar *>(text), 36);
}

QString boundText(const QString &text)
{
    return text.isNull() ? u""_s : text;
}

QVariantMap fetch(Store &store, const QString &table, const QString &id)
{
    QSqlQuery q(store.db());
    q.prepare(u"SELECT * FROM %1 WHERE id = ? AND deleted = 0"_s.arg(table));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return {};
    return withoutSyncColumns(q.record());
}

Result<QString> insert(Store &store, const QString &table, QVariantMap values)
{
    if (auto allowed = Rights::checkWriting(store, table); !allowed)
        return Result<QString>::failure(allowed.error());
    if (values.value(u"id"_s).toString().isEmpty())
        values.insert(u"id"_s, newId());
    const QString id = values.value(u"id"_s).toString();
    if (!values.contains(u"owner_unit"_s))
        values.insert(u"owner_unit"_s, Ownership::ownerOf(store, table, values));
    const QVariantMap audited = values;
    values.insert(u"updated_hlc"_s, qint64(store.hlc().now()));
    values.insert(u"origin"_s, store.instanceId());
    values.insert(u"deleted"_s, 0);

    const QStringList columns = values.keys();
    QStringList marks;
    marks.fill(u"?"_s, columns.size());
    QSqlQuery q(store.db());
    q.prepare(u"INSERT INTO %1 (%2) VALUES (%3)"_s.arg(
        table, columns.join(u", "_s), marks.join(u", "_s)));
    for (const QString &column : columns)
        q.addBindValue(bindable(values.value(column)));
    if (!q.exec())
        return Result<QString>::failure(failed(q).error());
    if (auto r = AuditLog::append(store, table, id, AuditLog::Action::Insert, {}, audited); !r)
        return Result<QString>::failure(r.error());
    return id;
}

Result<QString> insertAndCommit(Store &store, const QString &table, const QVariantMap &values)
{
    Transaction tx(store);
    auto id = insert(store, table, values);
    if (!id)
        return id;
    if (auto r = tx.commit(); !r)
        return Result<QString>::failure(r.error());
    return id;
}

Result<void> update(
    Store &store, const QString &table, const QString &id, const QVariantMap &changes)
{
    if (auto allowed = Rights::checkWriting(store, table); !allowed)
        return allowed;
    const QVariantMap before = fetch(store, table, id);
    if (before.isEmpty())
        return Result<void>::failure(
            Store::tr("The record no longer exists; it may have been deleted."));
    QVariantMap after = before;
    QStringList assignments;
    for (auto it = changes.cbegin(); it != changes.cend(); ++it) {
        Q_ASSERT(!isSyncColumn(it.key()) && it.key() != "id"_L1 && it.key() != "owner_unit"_L1);
        after.insert(it.key(), it.value());
        assignments.append(it.key() + u" = ?"_s);
    }
    if (after == before)
        return {};
    QSqlQuery q(store.db());
    q.prepare(u"UPDATE %1 SET %2, updated_hlc = ?, origin = ? WHERE id = ?"_s.arg(
        table, assignments.join(u", "_s)));
    for (auto it = changes.cbegin(); it != changes.cend(); ++it)
        q.addBindValue(bindable(it.value()));
    q.addBindValue(qint64(store.hlc().now()));
    q.addBindValue(store.instanceId());
    q.addBindValue(id);
    if (!q.exec())
        return failed(q);
    return AuditLog::append(store, table, id, AuditLog::Action::Update, before, after);
}

Result<void> tombstone(
    Store &store, const QString &table, const QString &id, const QVariantMap &alongside)
{
    if (auto allowed = Rights::checkWriting(store, table); !allowed)
        return allowed;
    const QVariantMap before = fetch(store, table, id);
    if (before.isEmpty())
        return Result<void>::failure(
            Store::tr("The record no longer exists; it may have been deleted."));
    QString assignments;
    for (auto it = alongside.cbegin(); it != alongside.cend(); ++it) {
        Q_ASSERT(!isSyncColumn(it.key()) && it.key() != "id"_L1 && it.key() != "owner_unit"_L1);
        assignments += it.key() + u" = ?, "_s;
    }
    QSqlQuery q(store.db());
    q.prepare(u"UPDATE %1 SET %2deleted = 1, updated_hlc = ?, origin = ? WHERE id = ?"_s.arg(
        table, assignments));
    for (auto it = alongside.cbegin(); it != alongside.cend(); ++it)
        q.addBindValue(bindable(it.value()));
    q.addBindValue(qint64(store.hlc().now()));
    q.addBindValue(store.instanceId());
    q.addBindValue(id);
    if (!q.exec())
        return failed(q);
    return AuditLog::append(store, table, id, AuditLog::Action::Delete, before, {});
}

Result<void> put(
    Store &store, const QString &table, const QString &id, const QVariantMap &values, bool deleted)
{
    if (auto allowed = Rights::checkWriting(store, table); !allowed)
        return allowed;
    QSqlQuery q(store.db());
    q.prepare(u"SELECT * FROM %1 WHERE id = ?"_s.arg(table));
    q.addBindValue(id);
    if (!q.exec())
        return failed(q);
    if (!q.next()) {
        QVariantMap row = values;
        row.insert(u"id"_s, id);
        auto inserted = insert(store, table, row);
        if (!inserted)
            return Result<void>::failure(inserted.error());
        return deleted ? tombstone(store, table, id) : Result<void>();
    }
    const QVariantMap before = withoutSyncColumns(q.record());
    // A row never changes owner: the stored one stays.
    QVariantMap kept = values;
    kept.remove(u"owner_unit"_s);
    QVariantMap after = before;
    QStringList assignments;
    for (auto it = kept.cbegin(); it != kept.cend(); ++it) {
        Q_ASSERT(!isSyncColumn(it.key()) && it.key() != "id"_L1);
        after.insert(it.key(), it.value());
        assignments.append(it.key() + u" = ?"_s);
    }
    assignments.append(u"deleted = ?"_s);
    q.prepare(u"UPDATE %1 SET %2, updated_hlc = ?, origin = ? WHERE id = ?"_s.arg(
        table, assignments.join(u", "_s)));
    for (auto it = kept.cbegin(); it != kept.cend(); ++it)
        q.addBindValue(bindable(it.value()));
    q.addBindValue(deleted ? 1 : 0);
    q.addBindValue(qint64(store.hlc().now()));
    q.addBindValue(store.instanceId());
    q.addBindValue(id);
    if (!q.exec())
        return failed(q);
    return AuditLog::append(store, table, id,
        deleted ? AuditLog::Action::Delete : AuditLog::Action::Update, before,
        deleted ? QVariantMap() : after);
}

} // namespace SyncedRows
