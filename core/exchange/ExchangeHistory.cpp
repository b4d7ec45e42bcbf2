#include "ExchangeHistory.h"

#include "../store/Store.h"
#include "../store/SyncedRows.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace ExchangeHistory {

namespace {

const QString columns
    = u"history_no, at, direction, peer_instance_id, unit_code, unit_name, file_name, "
      "seq, full, row_count, byte_count, report_json, warning, user_name, kind"_s;

QByteArray reportJson(const QList<TableReport> &tables)
{
    QJsonArray array;
    for (const TableReport &t : tables) {
        array.append(QJsonObject { { u"table"_s, t.table }, { u"inserted"_s, t.inserted },
            { u"updated"_s, t.updated }, { u"unchanged"_s, t.unchanged },
            { u"conflicts"_s, t.conflicts }, { u"not_stored"_s, t.notStored },
            { u"merged"_s, t.merged } });
    }
    return QJsonDocument(array).toJson(QJsonDocument::Compact);
}

QList<TableReport> tablesFrom(const QString &json)
{
    QList<TableReport> tables;
    for (const QJsonValue &v : QJsonDocument::fromJson(json.toUtf8()).array()) {
        const QJsonObject o = v.toObject();
        tables.append({ o.value(u"table"_s).toString(), o.value(u"inserted"_s).toInteger(),
            o.value(u"updated"_s).toInteger(), o.value(u"unchanged"_s).toInteger(),
            o.value(u"conflicts"_s).toInteger(), o.value(u"not_stored"_s).toInteger(),
            o.value(u"merged"_s).toInteger() });
    }
    return tables;
}

ExchangeRecord recordFrom(const QSqlQuery &q)
{
    ExchangeRecord r;
    r.number = q.value(0).toLongLong();
    r.at = q.value(1).toString();
    r.direction = q.value(2).toString();
    r.peerInstanceId = q.value(3).toString();
    r.unitCode = q.value(4).toString();
    r.unitName = q.value(5).toString();
    r.fileName = q.value(6).toString();
    r.seq = q.value(7).toLongLong();
    r.full = q.value(8).toBool();
    r.rows = q.value(9).toLongLong();
    r.bytes = q.value(10).toLongLong();
    r.tables = tablesFrom(q.value(11).toString());
    r.warning = q.value(12).toString();
    r.userName = q.value(13).toString();
    r.kind = q.value(14).toString();
    return r;
}

} // namespace

Result<void> record(Store &store, const ExchangeRecord &entry)
{
    QSqlQuery q(store.db());
    q.prepare(
        u"INSERT INTO exchange_history (at, direction, peer_instance_id, unit_code, unit_name, "
        "file_name, seq, full, row_count, byte_count, report_json, warning, user_name, kind) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    q.addBindValue(
        entry.at.isEmpty() ? QDateTime::currentDateTime().toString(Qt::ISODate) : entry.at);
    q.addBindValue(entry.direction);
    q.addBindValue(SyncedRows::boundText(entry.peerInstanceId));
    q.addBindValue(SyncedRows::boundText(entry.unitCode));
    q.addBindValue(SyncedRows::boundText(entry.unitName));
    q.addBindValue(SyncedRows::boundText(entry.fileName));
    q.addBindValue(entry.seq);
    q.addBindValue(entry.full ? 1 : 0);
    q.addBindValue(entry.rows);
    q.addBindValue(entry.bytes);
    q.addBindValue(QString::fromUtf8(reportJson(entry.tables)));
    q.addBindValue(SyncedRows::boundText(entry.warning));
    q.addBindValue(entry.userName.isEmpty() ? store.user().name : entry.userName);
    q.addBindValue(entry.kind);
    if (!q.exec())
        return Result<void>::failure(Store::tr("Database error: %1").arg(q.lastError().text()));
    return {};
}

QList<ExchangeRecord> recent(Store &store, int limit)
{
    QList<ExchangeRecord> list;
    QSqlQuery q(store.db());
    q.prepare(u"SELECT %1 FROM exchange_history ORDER BY history_no DESC LIMIT ?"_s.arg(columns));
    q.addBindValue(limit);
    q.exec();
    while (q.next())
        list.append(recordFrom(q));
    return list;
}

ExchangeRecord findImport(Store &store, const QString &peerInstanceId, qint64 seq)
{
    QSqlQuery q(store.db());
    q.prepare(
        u"SELECT %1 FROM exchange_history WHERE peer_instance_id = ? AND direction = 'import' "
        "AND seq = ? ORDER BY history_no DESC LIMIT 1"_s.arg(columns));
    q.addBindValue(peerInstanceId);
    q.addBindValue(seq);
    return q.exec() && q.next() ? recordFrom(q) : ExchangeRecord();
}

} // namespace ExchangeHistory
