#include "AuditLog.h"

#include "Store.h"
#include "SyncedRows.h"

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
    }
    Q_UNREACHABLE();
}

QVariant toJson(const QVariantMap &row)
{
    if (row.isEmpty())
        return QVariant(QMetaType::fromType<QString>());
    return QString::fromUtf8(
            QJsonDocument(QJsonObject::fromVariantMap(row)).toJson(QJsonDocument::Compact));
}

} // namespace

Result<void> append(Store &store, const QString &table, const QString &rowId, Action action,
                    const QVariantMap &before, const QVariantMap &after)
{
    QSqlQuery q(store.db());
    q.prepare(u"INSERT INTO audit_log (id, at, user_name, table_name, row_id, action, before_json, "
              "after_json, updated_hlc, origin, owner_unit) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    q.addBindValue(SyncedRows::newId());
    q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    q.addBindValue(store.user().name);
    q.addBindValue(table);
    q.addBindValue(rowId);
    q.addBindValue(actionName(action));
    q.addBindValue(toJson(before));
    q.addBindValue(toJson(after));
    q.addBindValue(qint64(store.hlc().now()));
    q.addBindValue(store.instanceId());
    q.addBindValue(store.unitCode());
    if (!q.exec())
        return Result<void>::failure(Store::tr("Cannot write the audit log: %1").arg(q.lastError().text()));
    return {};
}

QList<Entry> entriesFor(Store &store, const QString &table, const QString &rowId)
{
    QList<Entry> entries;
    QSqlQuery q(store.db());
    q.prepare(u"SELECT at, user_name, table_name, row_id, action, before_json, after_json "
              "FROM audit_log WHERE table_name = ? AND row_id = ? ORDER BY updated_hlc DESC"_s);
    q.addBindValue(table);
    q.addBindValue(rowId);
    q.exec();
    while (q.next()) {
        entries.append({ q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                         q.value(3).toString(), q.value(4).toString(), q.value(5).toString(),
                         q.value(6).toString() });
    }
    return entries;
}

} // namespace AuditLog
