#include "ConflictsModel.h"

#include "exchange/SyncMerge.h"

#include <QBrush>
#include <QPalette>

ConflictsModel::ConflictsModel(Store &store, QObject *parent)
    : PagedRowsModel(parent)
    , m_store(store)
{
    setHeadings({ tr("Found"), tr("Kind"), tr("Record"), tr("Which"), tr("From"),
        tr("Fields that differ"), tr("Settled") });
    refetch();
}

QVariant ConflictsModel::data(const QModelIndex &index, int role) const
{
    const SyncConflict *c = recordAt(index);
    if (!c)
        return {};
    if (role == Qt::ForegroundRole && !c->resolution.isEmpty())
        return QBrush(QPalette().color(QPalette::Disabled, QPalette::Text));
    if (role != Qt::DisplayRole && role != RawValueRole)
        return {};
    switch (index.column()) {
    case DetectedAt:
        return QString(c->detectedAt).replace(u'T', u' ');
    case Kind:
        return c->kind == u"duplicate" ? tr("Clashes with a record here")
            : c->kind == u"merged"     ? tr("Merged into the same record here")
            : c->kind == u"same_slot"  ? tr("Second record of one slot, set aside")
                                       : tr("Changed at both ends");
    case Record:
        return SyncMerge::tableLabel(c->table);
    case Label:
        return c->label();
    case From:
        return c->peerUnit;
    case Differences:
        return c->differences().join(u", ");
    case Resolution:
        return c->resolution == u"kept_local" ? tr("Kept this installation's")
            : c->resolution == u"kept_remote" ? tr("Kept the arriving one")
            : c->resolution == u"split"       ? tr("Merge undone")
                                              : tr("Open");
    default:
        return {};
    }
}

qint64 ConflictsModel::countAll() const
{
    return SyncConflicts(m_store).count();
}

QList<SyncConflict> ConflictsModel::page(qint64 offset, int limit) const
{
    return SyncConflicts(m_store).list(int(offset), limit);
}
