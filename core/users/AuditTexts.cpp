#include "AuditTexts.h"

#include "../exchange/SyncMerge.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

QString AuditTexts::action(const QString &action)
{
    if (action == "insert"_L1)
        return tr("Added");
    if (action == "update"_L1)
        return tr("Changed");
    if (action == "delete"_L1)
        return tr("Removed");
    if (action == "bulk"_L1)
        return tr("Imported");
    if (action == "export"_L1)
        return tr("Exported full data");
    return action;
}

QString AuditTexts::table(const QString &table)
{
    return SyncMerge::tableLabel(table);
}

QString AuditTexts::columns(const QStringList &changed)
{
    QStringList labels;
    for (const QString &column : changed)
        labels << SyncMerge::columnLabel(column);
    return labels.join(tr(", "));
}

QString AuditTexts::values(const QString &json)
{
    if (json.isEmpty())
        return {};
    const QJsonObject object = QJsonDocument::fromJson(json.toUtf8()).object();
    QStringList parts;
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QJsonValue v = it.value();
        const QString value = v.isString() ? v.toString()
            : v.isDouble()                 ? QString::number(v.toDouble(), 'g', 15)
            : v.isBool()                   ? (v.toBool() ? tr("yes") : tr("no"))
            : v.isNull()                   ? QString()
                                           : QString::fromUtf8(QJsonDocument(v.toObject()).toJson(
                                               QJsonDocument::Compact));
        // An empty column says nothing a row's columns list does not say already, nor its id
        // what the record column says.
        if (!value.isEmpty() && it.key() != "id"_L1)
            parts << tr("%1: %2").arg(SyncMerge::columnLabel(it.key()), value);
    }
    return parts.join(tr("; "));
}

QString AuditTexts::at(const QString &stamp)
{
    const QDateTime utc = QDateTime::fromString(stamp, Qt::ISODateWithMs);
    return utc.isValid() ? utc.toLocalTime().toString(u"yyyy-MM-dd HH:mm:ss"_s) : stamp;
}

QString AuditTexts::filter(const AuditLog::Filter &filter)
{
    QStringList parts;
    if (!filter.userName.isEmpty())
        parts << tr("user %1").arg(filter.userName);
    if (!filter.table.isEmpty())
        parts << tr("records of %1").arg(table(filter.table));
    if (!filter.rowId.trimmed().isEmpty())
        parts << tr("record %1").arg(filter.rowId.trimmed());
    if (filter.from.isValid() && filter.to.isValid())
        parts << tr("from %1 to %2")
                     .arg(filter.from.toString(Qt::ISODate), filter.to.toString(Qt::ISODate));
    else if (filter.from.isValid())
        parts << tr("from %1").arg(filter.from.toString(Qt::ISODate));
    else if (filter.to.isValid())
        parts << tr("until %1").arg(filter.to.toString(Qt::ISODate));
    return parts.isEmpty() ? tr("All entries") : parts.join(tr(", "));
}
