#include "AuditModel.h"

#include "users/AuditTexts.h"

using namespace Qt::StringLiterals;

AuditModel::AuditModel(StoreReader *reader, int channel, QObject *parent) : PagedRowsModel(parent)
{
    readWith(reader, channel, [this](const QString &problem) { emit loaded(problem); });
    setHeadings({ tr("Time"), tr("User"), tr("Action"), tr("Of"), tr("Record"),
                  tr("Columns changed"), tr("Before"), tr("After") });
}

void AuditModel::show(const AuditLog::Filter &filter)
{
    m_filter = filter;
    refetch();
}

QVariant AuditModel::data(const QModelIndex &index, int role) const
{
    const AuditLog::Entry *e = recordAt(index);
    if (!e)
        return {};
    if (role == Qt::ToolTipRole && (index.column() == Before || index.column() == After))
        return data(index, Qt::DisplayRole);
    if (role == Qt::ToolTipRole && index.column() == At)
        return e->seq > 0 ? tr("Entry %1 of installation %2").arg(e->seq).arg(e->origin)
                          : tr("Entry of installation %1, from before the trail was chained")
                                .arg(e->origin);
    if (role != Qt::DisplayRole && role != RawValueRole)
        return {};
    switch (Column(index.column())) {
    case At: return role == RawValueRole ? e->at : AuditTexts::at(e->at);
    case User: return e->userName;
    case Action: return role == RawValueRole ? e->action : AuditTexts::action(e->action);
    case Table: return role == RawValueRole ? e->table : AuditTexts::table(e->table);
    case Record: return e->rowId;
    case Columns: return AuditTexts::columns(e->changed);
    case Before: return AuditTexts::values(e->beforeJson);
    case After: return AuditTexts::values(e->afterJson);
    case ColumnCount: break;
    }
    return {};
}

StoreReader::Read<qint64> AuditModel::countRead() const
{
    return [filter = m_filter](Store &store) { return AuditLog::count(store, filter); };
}

StoreReader::Read<QList<AuditLog::Entry>> AuditModel::pageRead(qint64 offset, int limit) const
{
    return [filter = m_filter, offset, limit](Store &store) {
        return AuditLog::find(store, filter, offset, limit);
    };
}

QString AuditModel::idOf(const AuditLog::Entry &entry) const
{
    return entry.origin + u'/' + QString::number(entry.seq) + u'/' + entry.at;
}
